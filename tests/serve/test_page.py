"""The page at / in headless Chromium, as a deputy director uses it: choose a
school's policy, fill in a case, submit, read the report with its clauses."""

import pathlib
import sys

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

ROOT = pathlib.Path(__file__).resolve().parents[2]
# The one harness that starts headless Chromium, shared with the HTML tests.
sys.path.insert(0, str(ROOT / "tests" / "html"))
import browser as chromium  # noqa: E402

OVER_CAP = ROOT / "policies/tests/murmansk-16/m02-grade5-over-by-quarter-hour.yaml"


@pytest.fixture(scope="module")
def browser():
    driver = chromium.start()
    yield driver
    driver.quit()


def open_page(browser, server):
    browser.get(server + "/")
    wait = WebDriverWait(browser, 20)
    wait.until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "#policy option")) == 4)
    Select(browser.find_element(By.ID, "policy")).select_by_value("murmansk-16")
    return wait


def test_a_pasted_case_gives_the_report_with_its_clause(browser, server):
    wait = open_page(browser, server)
    assert browser.find_element(By.TAG_NAME, "h1").text == "Проверка случая по положению школы"
    case = browser.find_element(By.ID, "case")
    case.clear()
    case.send_keys(OVER_CAP.read_text(encoding="utf-8"))
    browser.find_element(By.ID, "submit").click()
    report = wait.until(lambda d: d.find_element(By.ID, "report").text or None)
    assert "МОУ СОШ № 16 г. Мурманска" in report
    assert "Нарушения (1)" in report
    assert "Недельная нагрузка 10,25 ч превышает предел 10 ч для 5 класса" in report
    # The sentence of п. 16 that decides a grade-5 pupil, not the clause's first words.
    assert "п. 16: «В V - VIII классах - до 10 часов;»" in report


def test_the_form_fills_the_case_and_a_wrong_field_is_named(browser, server):
    wait = open_page(browser, server)
    browser.find_element(By.ID, "case").clear()
    browser.find_element(By.ID, "form-button").click()
    grade = wait.until(lambda d: d.find_element(By.ID, "field-pupil-grade"))
    grade.send_keys("5")
    Select(browser.find_element(By.ID, "field-request-form")).select_by_value("home")
    browser.find_element(By.ID, "form-to-case").click()
    text = browser.find_element(By.ID, "case").get_attribute("value")
    assert '"grade": 5' in text and '"form": "home"' in text
    browser.find_element(By.ID, "submit").click()
    problem = wait.until(lambda d: d.find_element(By.ID, "problems").text or None)
    assert "Случай заполнен с ошибками" in problem
    assert "поле «plan»" in problem


def test_schools_are_compared_on_the_case(browser, server):
    wait = open_page(browser, server)
    case = browser.find_element(By.ID, "case")
    case.clear()
    case.send_keys(OVER_CAP.read_text(encoding="utf-8"))
    browser.find_element(By.ID, "compare-button").click()
    table = wait.until(lambda d: d.find_elements(By.ID, "compare-table") and d.find_element(By.ID, "compare-table"))
    headers = [th.text for th in table.find_elements(By.TAG_NAME, "th")]
    assert "МОУ СОШ № 16 г. Мурманска" in headers
    assert len(headers) == 5
    assert table.find_elements(By.CSS_SELECTOR, "tr.differs")


def test_the_policy_reads_as_a_document(browser, server):
    wait = open_page(browser, server)
    browser.find_element(By.ID, "doc-button").click()
    frame = wait.until(lambda d: d.find_element(By.ID, "doc") if d.find_element(By.ID, "doc").get_attribute("srcdoc") else None)
    browser.switch_to.frame(frame)
    assert "МОУ СОШ № 16" in browser.find_element(By.TAG_NAME, "body").text
    browser.switch_to.default_content()


def test_the_example_case_is_judged_clean(browser, server):
    wait = open_page(browser, server)
    browser.find_element(By.ID, "example-button").click()
    wait.until(lambda d: d.find_element(By.ID, "case").get_attribute("value").startswith("{"))
    browser.find_element(By.ID, "submit").click()
    report = wait.until(lambda d: d.find_element(By.ID, "report").text or None)
    assert "Итог: нарушений нет" in report, report
