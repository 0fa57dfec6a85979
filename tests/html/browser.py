"""Headless Chromium for the HTML tests: start it, open a page at a width or
as printed on A4, and measure what a reader would notice — Cyrillic drawn
without a glyph, elements sticking out of their box or of the page, chart
labels drawn over each other — plus screenshots and PDF pages.

Needs Debian's `chromium` and `chromium-driver` (`.ci/run` installs them).
"""

import base64
import functools
import os
import pathlib
import shutil
import subprocess

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

ROOT = pathlib.Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "target" / "html-screenshots"

# The width of an A4 page's printable area at 96 px per inch: 210 mm less
# Chromium's default margins of 1 cm on each side.
A4_PRINT_WIDTH = 718
A4_PRINT_HEIGHT = 1047


def start(env=None):
    """A headless Chromium under chromedriver; `env` (e.g. FONTCONFIG_FILE)
    replaces the browser's environment."""
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for arg in ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars"]:
        options.add_argument(arg)
    service = Service(shutil.which("chromedriver") or "/usr/bin/chromedriver", env=env)
    return webdriver.Chrome(options=options, service=service)


def open_page(driver, path, width, print_media=False):
    """Loads the file `path` in a viewport `width` px wide, as on screen or
    (`print_media`) with the print style sheet at the width of an A4 page."""
    height = A4_PRINT_HEIGHT if print_media else 900
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False},
    )
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print" if print_media else "screen"})
    driver.get(pathlib.Path(path).resolve().as_uri())
    driver.execute_script("return document.fonts.ready")


# Marks every element with text of its own (data-glyph-probe) and returns
# [index, text, font] triples; `font` is what Chromium picks fonts by, with
# the letter: family, weight, style, stretch and language.
_MARK_TEXT = """
var out = [];
var walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
var seen = new Map();
for (var n = walker.nextNode(); n; n = walker.nextNode()) {
  var text = n.nodeValue.replace(/\\s+/g, '');
  var e = n.parentElement;
  if (!text || !e || e.closest('script, style, title')) continue;
  if (!seen.has(e)) {
    seen.set(e, out.length);
    e.setAttribute('data-glyph-probe', out.length);
    var s = getComputedStyle(e);
    var lang = e.closest('[lang]');
    out.push([out.length, '', [s.fontFamily, s.fontWeight, s.fontStyle, s.fontStretch, lang ? lang.lang : ''].join('|')]);
  }
  out[seen.get(e)][1] += text;
}
return out;
"""


@functools.lru_cache(maxsize=None)
def _families_with(char, fontconfig):
    """The font families that have a glyph for `char` (fontconfig's view, the
    one Chromium on Linux draws with)."""
    env = dict(os.environ)
    if fontconfig:
        env["FONTCONFIG_FILE"] = fontconfig
    listed = subprocess.run(
        ["fc-list", f":charset={ord(char):x}", "family"], capture_output=True, text=True, env=env, check=True
    ).stdout
    return frozenset(name.strip() for line in listed.splitlines() for name in line.split(","))


def missing_glyphs(driver, fontconfig=None, alphabet=None):
    """The letters drawn with no glyph: for every element with text, the
    fonts Chromium used for it (CDP `CSS.getPlatformFontsForNode`) are
    checked to have each of its letters; a letter none of them has is drawn
    as a fallback box. `alphabet` limits the letters checked (default: every
    letter). `fontconfig`: the FONTCONFIG_FILE the browser runs with.
    Returns "letters in <text>: fonts" lines.

    As Chromium picks the font of a letter by the letter and the element's
    font, an element is asked about only when it has a letter not yet seen
    in its font (a page of thousands of elements takes a few dozen calls)."""
    texts = driver.execute_script(_MARK_TEXT)
    driver.execute_cdp_cmd("DOM.enable", {})
    driver.execute_cdp_cmd("CSS.enable", {})
    root = driver.execute_cdp_cmd("DOM.getDocument", {"depth": 0})["root"]["nodeId"]
    problems = []
    seen = {}
    for index, text, font in texts:
        letters = {c for c in text if c.isalpha() and (alphabet is None or c in alphabet)}
        if letters <= seen.get(font, set()):
            continue
        seen.setdefault(font, set()).update(letters)
        node = driver.execute_cdp_cmd("DOM.querySelector", {"nodeId": root, "selector": f'[data-glyph-probe="{index}"]'})
        fonts = driver.execute_cdp_cmd("CSS.getPlatformFontsForNode", {"nodeId": node["nodeId"]})["fonts"]
        used = {f["familyName"] for f in fonts}
        missing = sorted(c for c in letters if not used & _families_with(c, fontconfig))
        if missing:
            problems.append(f"{''.join(missing)} in «{text[:60]}»: drawn with {sorted(used) or 'no font'}")
    return problems


# Elements whose box sticks out of the viewport, or whose content spills out
# of their own box; a box that scrolls sideways on screen (overflow-x: auto)
# is a way to hold a wide table and is not counted there, but is in print.
_OVERFLOWING = """
var print = arguments[0];
function scrolls(e) {
  var x = getComputedStyle(e).overflowX;
  return x === 'auto' || x === 'scroll';
}
function inScrollBox(e) {
  for (; e && e !== document.body; e = e.parentElement) if (scrolls(e)) return true;
  return false;
}
var width = document.documentElement.clientWidth;
var out = [];
if (document.documentElement.scrollWidth > width + 1) {
  out.push('the page scrolls sideways: ' + document.documentElement.scrollWidth + ' > ' + width);
}
document.querySelectorAll('body *').forEach(function (e) {
  if (e.closest('svg') && e.tagName.toLowerCase() !== 'svg') return;
  var r = e.getBoundingClientRect();
  if (r.width === 0) return;
  if (!print && inScrollBox(e.parentElement)) return;
  var spills = e.clientWidth > 0 && e.scrollWidth > e.clientWidth + 1 && !(!print && scrolls(e));
  if (r.right > width + 1 || r.left < -1 || spills) {
    var name = e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && typeof e.className === 'string' ? '.' + e.className.split(' ').join('.') : '');
    out.push(name + ' [' + Math.round(r.left) + '..' + Math.round(r.right) + '] content ' + e.scrollWidth + ' in ' + e.clientWidth + ': «' + (e.textContent || '').trim().slice(0, 50) + '»');
  }
});
return out;
"""


def overflowing(driver, print_media=False):
    """The elements overflowing their container or the page, one line each."""
    return driver.execute_script(_OVERFLOWING, print_media)


# Words of table cells drawn on more than one line: a column squeezed narrower
# than its longest word («14.09.2025» split into «14.», «09.», «2025»). A word
# is what lies between spaces and dashes (a line may break after a dash).
_BROKEN_WORDS = """
var out = [];
document.querySelectorAll('td, th').forEach(function (cell) {
  var walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
  for (var n = walker.nextNode(); n; n = walker.nextNode()) {
    var re = /[^\\s\\-\u2010-\u2015\\/]+/g, m;
    while ((m = re.exec(n.nodeValue)) !== null) {
      var range = document.createRange();
      range.setStart(n, m.index);
      range.setEnd(n, m.index + m[0].length);
      var tops = new Set(Array.from(range.getClientRects()).map(function (r) { return Math.round(r.top); }));
      if (tops.size > 1) out.push('«' + m[0] + '» in «' + cell.textContent.trim().slice(0, 40) + '»');
    }
  }
});
return out;
"""


def broken_words(driver):
    """Words of table cells broken across lines, one line each."""
    return driver.execute_script(_BROKEN_WORDS)


_TEXT_BOXES = """
return Array.from(document.querySelectorAll('svg')).map(function (svg) {
  return Array.from(svg.querySelectorAll('text')).map(function (t) {
    var r = t.getBoundingClientRect();
    return [t.textContent, r.left, r.top, r.right, r.bottom];
  });
});
"""


def overlapping_labels(driver):
    """Pairs of texts of one SVG chart whose boxes overlap, one line each."""
    out = []
    for texts in driver.execute_script(_TEXT_BOXES):
        boxes = [t for t in texts if t[3] > t[1] and t[4] > t[2]]
        for i, a in enumerate(boxes):
            for b in boxes[i + 1 :]:
                if min(a[3], b[3]) - max(a[1], b[1]) > 0.5 and min(a[4], b[4]) - max(a[2], b[2]) > 0.5:
                    out.append(f"«{a[0]}» {[round(v) for v in a[1:]]} overlaps «{b[0]}» {[round(v) for v in b[1:]]}")
    return out


def screenshot(driver, name):
    """Saves the whole page as target/html-screenshots/<name>.png; its path."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    shot = driver.execute_cdp_cmd("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True})
    path = SCREENSHOTS / f"{name}.png"
    path.write_bytes(base64.b64decode(shot["data"]))
    print(f"screenshot: {path}")
    return path


def printed_pages(driver):
    """The number of A4 pages the loaded page prints on (with its print style)."""
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    pdf = driver.execute_cdp_cmd("Page.printToPDF", {"paperWidth": 8.27, "paperHeight": 11.69, "printBackground": True})
    data = base64.b64decode(pdf["data"]).decode("latin-1")
    return data.count("/Type /Page") - data.count("/Type /Pages")
