"""Each HTML output of `policy` in headless Chromium, as a lawyer opens it on a
laptop (1280 px), a small window (800 px), a phone (400 px) and prints it on A4: every Cyrillic
letter has a glyph, nothing sticks out of its box or of the page, and the
labels of compare's chart do not overlap. Screenshots of compare and of a
report are saved under target/html-screenshots/."""

import pytest

import browser as chromium

RUSSIAN = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ"
OUTPUTS = ["compare", "report", "batch", "doc-murmansk-16", "doc-balashikha-7", "doc-privolzhye-1", "doc-samara-99", "doc-amendment"]
# A laptop, a small window, a phone, and print on A4.
LAYOUTS = [(1280, False), (800, False), (400, False), (chromium.A4_PRINT_WIDTH, True)]


def layout_name(width, print_media):
    return "print-a4" if print_media else f"{width}px"


@pytest.mark.parametrize("name", OUTPUTS)
def test_every_cyrillic_letter_has_a_glyph(browser, pages, name):
    chromium.open_page(browser, pages[name], 1280)
    text = browser.execute_script("return document.body.innerText")
    assert sum(c in RUSSIAN for c in text) > 100, f"{name}: hardly any Russian on the page"
    assert chromium.missing_glyphs(browser, alphabet=RUSSIAN) == []


@pytest.mark.parametrize("width,print_media", LAYOUTS, ids=[layout_name(w, p) for w, p in LAYOUTS])
@pytest.mark.parametrize("name", OUTPUTS)
def test_nothing_overflows(browser, pages, name, width, print_media):
    chromium.open_page(browser, pages[name], width, print_media)
    assert chromium.overflowing(browser, print_media) == []


# Every output with a table at every width but a phone's (at 400 px a long word may have
# to break), except compare, only on a laptop: its four school columns are narrow in a
# small window and in print. balashikha-7's doc has no table.
NARROW_WORD_CASES = [
    *[(name, w, p) for name in OUTPUTS if name not in ("compare", "doc-balashikha-7") for w, p in LAYOUTS if w > 400],
    ("compare", 1280, False),
]


@pytest.mark.parametrize(
    "name,width,print_media", NARROW_WORD_CASES, ids=[f"{n}-{layout_name(w, p)}" for n, w, p in NARROW_WORD_CASES]
)
def test_no_table_column_is_narrower_than_its_words(browser, pages, name, width, print_media):
    chromium.open_page(browser, pages[name], width, print_media)
    assert browser.execute_script("return document.querySelectorAll('td').length") > 3, f"{name}: no table"
    assert chromium.broken_words(browser) == []


@pytest.mark.parametrize("width,print_media", LAYOUTS, ids=[layout_name(w, p) for w, p in LAYOUTS])
def test_the_chart_labels_do_not_overlap(browser, pages, width, print_media):
    chromium.open_page(browser, pages["compare"], width, print_media)
    labels = browser.execute_script("return document.querySelectorAll('svg.chart text').length")
    assert labels > 20, "the compare page has no chart"
    assert chromium.overlapping_labels(browser) == []


@pytest.mark.parametrize("name,width", [("compare", 1280), ("report", 1280), ("report", 800)])
def test_screenshots_are_saved(browser, pages, name, width):
    chromium.open_page(browser, pages[name], width)
    path = chromium.screenshot(browser, f"{name}-{width}px")
    assert path.stat().st_size > 10_000


def test_each_part_of_a_doc_starts_a_new_printed_page(browser, pages, tmp_path):
    html = pages["doc-murmansk-16"].read_text(encoding="utf-8")
    rule = ".part { break-before: page; }"
    assert rule in html, "the print style has no page breaks between parts"
    chromium.open_page(browser, pages["doc-murmansk-16"], 1280)
    broken = chromium.printed_pages(browser)
    assert broken >= 10, f"only {broken} pages"
    # Without the page breaks between parts, the same page prints on fewer pages.
    unbroken = tmp_path / "unbroken.html"
    unbroken.write_text(html.replace(rule, ""), encoding="utf-8")
    chromium.open_page(browser, unbroken, 1280)
    assert chromium.printed_pages(browser) < broken, "the parts do not start new pages"
