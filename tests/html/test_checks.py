"""Each check of browser.py fails on a page broken on purpose, and passes on
the same page mended: the checks of test_outputs.py can fail."""

import pathlib

import pytest

import browser as chromium

CYRILLIC = "<p>Недельная нагрузка обучающегося</p>"
# A font without Cyrillic letters (fonts-dejavu-extra), to run the browser as
# on a machine that has no Cyrillic font.
LATIN_ONLY = pathlib.Path("/usr/share/fonts/truetype/dejavu/DejaVuMathTeXGyre.ttf")


def page(tmp_path, body, style=""):
    path = tmp_path / "page.html"
    path.write_text(
        f'<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><style>{style}</style></head><body>{body}</body></html>',
        encoding="utf-8",
    )
    return path


def test_a_letter_no_font_has_is_a_missing_glyph(browser, tmp_path):
    chromium.open_page(browser, page(tmp_path, CYRILLIC + "<p>знак 𓀀</p>"), 800)
    missing = chromium.missing_glyphs(browser)
    assert len(missing) == 1 and missing[0].startswith("𓀀 in «знак𓀀»"), missing
    chromium.open_page(browser, page(tmp_path, CYRILLIC), 800)
    assert chromium.missing_glyphs(browser) == []


@pytest.mark.skipif(not LATIN_ONLY.exists(), reason=f"needs {LATIN_ONLY} (Debian's fonts-dejavu-extra)")
def test_without_a_cyrillic_font_the_russian_letters_have_no_glyph(tmp_path):
    fonts = tmp_path / "fonts"
    fonts.mkdir()
    (fonts / LATIN_ONLY.name).symlink_to(LATIN_ONLY)
    config = tmp_path / "fonts.conf"
    config.write_text(
        f"<?xml version='1.0'?><fontconfig><dir>{fonts}</dir><cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>",
        encoding="utf-8",
    )
    driver = chromium.start(env={"FONTCONFIG_FILE": str(config), "HOME": str(tmp_path)})
    try:
        chromium.open_page(driver, page(tmp_path, CYRILLIC + "<p>Latin only</p>"), 800)
        missing = chromium.missing_glyphs(driver, fontconfig=str(config))
    finally:
        driver.quit()
    assert len(missing) == 1 and "Недельнаянагрузка" in missing[0], missing


def test_a_table_wider_than_the_page_overflows(browser, tmp_path):
    wide = "<table><tr>" + "<td>нагрузка_по_учебному_плану_в_неделю</td>" * 12 + "</tr></table>"
    chromium.open_page(browser, page(tmp_path, wide), 800)
    found = chromium.overflowing(browser)
    assert any(line.startswith("the page scrolls sideways") for line in found), found
    assert any(line.startswith("table") for line in found), found
    # Mended: the cells wrap anywhere.
    chromium.open_page(browser, page(tmp_path, wide, "td { overflow-wrap: anywhere; }"), 800)
    assert chromium.overflowing(browser) == []


def test_a_long_word_spilling_out_of_its_box_overflows(browser, tmp_path):
    body = '<div style="width: 200px">Положение_об_организации_индивидуального_обучения</div>'
    chromium.open_page(browser, page(tmp_path, body), 1280)
    found = chromium.overflowing(browser)
    assert len(found) == 1 and found[0].startswith("div [8..208] content"), found
    chromium.open_page(browser, page(tmp_path, body, "div { overflow-wrap: anywhere; }"), 1280)
    assert chromium.overflowing(browser) == []


def test_a_scrolling_box_is_fine_on_screen_but_not_in_print(browser, tmp_path):
    body = '<div style="overflow-x: auto"><table style="width: 1000px"><tr><td>п. 16</td></tr></table></div>'
    chromium.open_page(browser, page(tmp_path, body), 800)
    assert chromium.overflowing(browser) == []
    chromium.open_page(browser, page(tmp_path, body), chromium.A4_PRINT_WIDTH, print_media=True)
    assert chromium.overflowing(browser, print_media=True) != []


def test_chart_labels_drawn_over_each_other_overlap(browser, tmp_path):
    def chart(second_x):
        return (
            '<svg width="300" height="100"><text x="10" y="50">10 ч</text>'
            f'<text x="{second_x}" y="52">12 ч</text></svg>'
        )

    chromium.open_page(browser, page(tmp_path, chart(18)), 800)
    found = chromium.overlapping_labels(browser)
    assert len(found) == 1 and found[0].startswith("«10 ч»"), found
    chromium.open_page(browser, page(tmp_path, chart(80)), 800)
    assert chromium.overlapping_labels(browser) == []
