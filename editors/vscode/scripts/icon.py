#!/usr/bin/env python3
"""Draws the extension's icon, images/icon.png (256×256 RGBA), with nothing but
the standard library: a regulation's page with its clauses as lines, and a
green check mark — a policy that has been checked. Shapes are painted in order
and each pixel is the average of 4×4 samples (antialiasing).

    python3 scripts/icon.py            # writes images/icon.png
"""

import math
import pathlib
import struct
import zlib

SIZE = 256
SAMPLES = 4
OUT = pathlib.Path(__file__).resolve().parent.parent / "images" / "icon.png"

BLUE = (30, 77, 140, 255)
PAGE = (250, 250, 247, 255)
FOLD = (200, 208, 220, 255)
LINE = (120, 134, 156, 255)
GREEN = (46, 160, 67, 255)
WHITE = (255, 255, 255, 255)


def rounded_rect(x0, y0, x1, y1, r):
    def inside(x, y):
        if not (x0 <= x <= x1 and y0 <= y <= y1):
            return False
        cx = min(max(x, x0 + r), x1 - r)
        cy = min(max(y, y0 + r), y1 - r)
        return (x - cx) ** 2 + (y - cy) ** 2 <= r * r

    return inside


def polygon(points):
    def inside(x, y):
        result = False
        j = len(points) - 1
        for i, (xi, yi) in enumerate(points):
            xj, yj = points[j]
            if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
                result = not result
            j = i
        return result

    return inside


def circle(cx, cy, r):
    return lambda x, y: (x - cx) ** 2 + (y - cy) ** 2 <= r * r


def stroke(points, width):
    """A polyline of this width with round joins and ends."""
    half = width / 2

    def inside(x, y):
        for (ax, ay), (bx, by) in zip(points, points[1:]):
            dx, dy = bx - ax, by - ay
            t = max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)))
            if math.hypot(x - (ax + t * dx), y - (ay + t * dy)) <= half:
                return True
        return False

    return inside


# Painted in this order: background, page with a folded corner, the clauses, the check.
SHAPES = [
    (rounded_rect(8, 8, 248, 248, 44), BLUE),
    (polygon([(62, 34), (150, 34), (188, 72), (188, 218), (62, 218)]), PAGE),
    (polygon([(150, 34), (150, 72), (188, 72)]), FOLD),
    (stroke([(84, 70), (128, 70)], 10), LINE),
    (stroke([(84, 100), (166, 100)], 10), LINE),
    (stroke([(84, 128), (166, 128)], 10), LINE),
    (stroke([(84, 156), (132, 156)], 10), LINE),
    (stroke([(84, 184), (120, 184)], 10), LINE),
    (circle(180, 182, 50), WHITE),
    (circle(180, 182, 43), GREEN),
    (stroke([(158, 183), (174, 199), (203, 166)], 13), WHITE),
]


def pixel(px, py):
    total = [0.0, 0.0, 0.0, 0.0]
    for sy in range(SAMPLES):
        for sx in range(SAMPLES):
            x = px + (sx + 0.5) / SAMPLES
            y = py + (sy + 0.5) / SAMPLES
            colour = (0, 0, 0, 0)
            for inside, fill in SHAPES:
                if inside(x, y):
                    colour = fill
            # Premultiplied, so that transparent samples do not darken the edge.
            a = colour[3] / 255
            total[0] += colour[0] * a
            total[1] += colour[1] * a
            total[2] += colour[2] * a
            total[3] += a
    n = SAMPLES * SAMPLES
    alpha = total[3] / n
    if alpha == 0:
        return (0, 0, 0, 0)
    return tuple(round(c / n / alpha) for c in total[:3]) + (round(alpha * 255),)


def png(width, height, rows):
    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    raw = b"".join(b"\x00" + bytes(c for p in row for c in p) for row in rows)
    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def main():
    rows = [[pixel(x, y) for x in range(SIZE)] for y in range(SIZE)]
    data = png(SIZE, SIZE, rows)
    OUT.parent.mkdir(exist_ok=True)
    OUT.write_bytes(data)
    print(f"wrote {OUT} ({SIZE}×{SIZE})")


if __name__ == "__main__":
    main()
