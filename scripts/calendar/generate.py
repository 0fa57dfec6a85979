#!/usr/bin/env python3
"""Generates the production calendar of the Russian Federation shipped with the
project: crates/policy-calendar/data/production-calendar.toml.

Run during development only (the product reads nothing but the shipped file):

    python3 -m venv /tmp/cal && /tmp/cal/bin/pip install holidays==0.108
    /tmp/cal/bin/python scripts/calendar/generate.py > crates/policy-calendar/data/production-calendar.toml
    /tmp/cal/bin/python scripts/calendar/generate.py --check   # the shipped file is what it generates

The days come from the `holidays` package (its Russia calendar: the non-working
holidays of ТК РФ ст. 112, holidays moved off a weekend by ст. 112 ч. 2, and the
Government's yearly transfers of days off, with the weekend days they make
working), with the few days in CORRECTIONS fixed. Each year was compared with
the decree named in SOURCES and with independent data (COMPARED, below);
SOURCES is kept by hand: when a decree is published, add its year here, run the
script and compare the year's lists with the decree's text.

The presidential non-working days of 2020 (Указы Президента РФ от 25.03.2020
№ 206, от 02.04.2020 № 239, от 28.04.2020 № 294, 24 June and 1 July 2020) and
of 2021 (Указ от 23.04.2021 № 242: 4–7 May; the Указ of October 2021: 1–3
November) are «нерабочие дни с сохранением заработной платы», not days off of
the production calendar (ТК РФ ст. 112 and the Government's decree), and are
left out, as the `holidays` package and the data.gov.ru calendar leave them out.
"""

import datetime
import io
import pathlib
import sys

import holidays

HOLIDAYS_VERSION = "0.108"

FIRST, LAST = 2008, 2027

SHIPPED = pathlib.Path(__file__).resolve().parents[2] / "crates/policy-calendar/data/production-calendar.toml"

# The Government's decree on transfers of days off for each year ("О переносе
# выходных дней в … году") with its date and number, as confirmed by the
# decree's published text or the Government's announcement of it. Where the
# number could not be confirmed the source says so («номер не сверен»); the
# year's transfers were still compared (see COMPARED).
SOURCES = {
    2008: "Постановление Правительства РФ о переносе выходных дней в 2008 году (2007; номер и дата не сверены); ТК РФ ст. 112",
    2009: "Постановление Правительства РФ о переносе выходного дня в 2009 году (ноябрь 2008; номер и дата не сверены); ТК РФ ст. 112",
    2010: "Постановление Правительства РФ «О переносе выходных дней в 2010 году» (ноябрь 2009; номер и дата не сверены); ТК РФ ст. 112",
    2011: "Постановление Правительства РФ от 05.08.2010 № 600 «О переносе выходных дней в 2011 году»; ТК РФ ст. 112",
    2012: "Постановление Правительства РФ от 20.07.2011 № 581 «О переносе выходных дней в 2012 году» (ред. от 15.03.2012 № 201); ТК РФ ст. 112",
    2013: "Постановление Правительства РФ от 15.10.2012 № 1048 «О переносе выходных дней в 2013 году»; ТК РФ ст. 112 (ред. Федерального закона от 23.04.2012 № 35-ФЗ)",
    2014: "Постановление Правительства РФ от 28.05.2013 № 444 «О переносе выходных дней в 2014 году»; ТК РФ ст. 112 (10 марта — выходной за субботу 8 марта, ч. 2)",
    2015: "Постановление Правительства РФ от 27.08.2014 № 860 «О переносе выходных дней в 2015 году»; ТК РФ ст. 112",
    2016: "Постановление Правительства РФ от 24.09.2015 № 1017 «О переносе выходных дней в 2016 году»; ТК РФ ст. 112",
    2017: "Постановление Правительства РФ от 04.08.2016 № 756 «О переносе выходных дней в 2017 году»; ТК РФ ст. 112",
    2018: "Постановление Правительства РФ от 14.10.2017 № 1250 «О переносе выходных дней в 2018 году»; ТК РФ ст. 112",
    2019: "Постановление Правительства РФ от 01.10.2018 № 1163 «О переносе выходных дней в 2019 году»; ТК РФ ст. 112",
    2020: "Постановление Правительства РФ «О переносе выходных дней в 2020 году» (июль 2019; номер и дата не сверены); ТК РФ ст. 112; нерабочие дни по указам Президента РФ не входят",
    2021: "Постановление Правительства РФ от 10.10.2020 № 1648 «О переносе выходных дней в 2021 году»; ТК РФ ст. 112; нерабочие дни по указам Президента РФ не входят",
    2022: "Постановление Правительства РФ от 16.09.2021 № 1564 «О переносе выходных дней в 2022 году»; ТК РФ ст. 112",
    2023: "Постановление Правительства РФ от 29.08.2022 № 1505 «О переносе выходных дней в 2023 году»; ТК РФ ст. 112",
    2024: "Постановление Правительства РФ от 10.08.2023 № 1314 «О переносе выходных дней в 2024 году»; ТК РФ ст. 112",
    2025: "Постановление Правительства РФ от 04.10.2024 № 1335 «О переносе выходных дней в 2025 году»; ТК РФ ст. 112",
    2026: "Постановление Правительства РФ от 24.09.2025 № 1466 «О переносе выходных дней в 2026 году»; ТК РФ ст. 112",
    2027: "Постановление Правительства РФ от 17.09.2026 № 1187 «О переносе выходных дней в 2027 году»; ТК РФ ст. 112",
}

# What each year's days were compared with (December 2026), besides the
# decree's text or the Government's announcement of it:
#   * data.gov.ru «Производственный календарь» (Минэкономразвития), the CSV kept
#     in github.com/shlima/russian_calendar: 2008–2022 (its rows for 2023–2025
#     were written before those decrees and are not a source for them);
#   * xmlcalendar.ru (github.com/xmlcalendar/data): 2013–2026;
#   * github.com/carono/production-calendar: 2011–2025;
#   * isdayoff.ru (github.com/isdayoff/calendars): 2022–2026;
#   * github.com/iposho/holidays-calendar-ru: 2023–2026.
# Every day of every year agrees with them except:
#   * 2014-03-10, off by ТК РФ ст. 112 ч. 2 (8 March was a Saturday) in all
#     three sources for 2014, missing in the package: fixed in CORRECTIONS;
#   * the presidential non-working days of 2020 and 2021, listed by
#     xmlcalendar.ru only, left out (see the module's docstring);
#   * days in a single source, against all the others and the decree: carono
#     2011-03-09, isdayoff 2022-05-04, iposho 2024-04-27 and 2024-04-29 (the
#     transfer of 27 April missing); kept as the package has them.
# 2027: no data set above covers it; two open-source calendars found by text
# search (a Rust and a Python project, not named by the search index) cite the
# decree of 17.09.2026 № 1187 and list its transfers (2 January to 5 November,
# 3 January to 31 December, Saturday 20 February to Monday 22 February) and the
# year's days off: all agree. (A deputy's forecast of December 2025 of a working
# Saturday 13 November 2027 is not what the decree says.)

# Days where the package differs from the law and two or more independent
# sources agree against it: year -> (days added to `non_working`, days
# removed from it). A correction the package already has is an error, so a
# stale entry is noticed when the pinned version moves.
CORRECTIONS = {
    # ТК РФ ст. 112 ч. 2: 8 March 2014 (Saturday) moves to Monday 10 March;
    # data.gov.ru, xmlcalendar.ru and carono/production-calendar all have it off.
    2014: ([datetime.date(2014, 3, 10)], []),
}


def year_days(year):
    """The non-working days and the working weekend days of `year`."""
    ru = holidays.country_holidays("RU", years=year)
    non_working = {d for d in ru if d.year == year}
    working = sorted(d for d in getattr(ru, "weekend_workdays", ()) if d.year == year)
    added, removed = CORRECTIONS.get(year, ([], []))
    for d in added:
        assert d not in non_working, f"{d}: the package has it now, drop the correction"
        non_working.add(d)
    for d in removed:
        assert d in non_working, f"{d}: the package no longer has it, drop the correction"
        non_working.remove(d)
    return sorted(non_working), working


def dates(days):
    return "[" + ", ".join(d.isoformat() for d in days) + "]"


def write(out):
    """Writes the calendar's TOML text to `out`."""
    out.write("# The production calendar of the Russian Federation, 2008–2027.\n")
    out.write("# Generated by scripts/calendar/generate.py from the `holidays` package\n")
    out.write(f"# {HOLIDAYS_VERSION} with the script's CORRECTIONS; each year compared with the\n")
    out.write("# decree named in its `source` and with independent data (see the script).\n")
    out.write("# A day is non-working when it is listed in `non_working` (holidays of\n")
    out.write("# ТК РФ ст. 112, holidays moved off a weekend, transferred days off) or\n")
    out.write("# is a Saturday or Sunday not listed in `working` (weekend days made\n")
    out.write("# working by a transfer). Pre-holiday shortened days are working days.\n")
    out.write("# The presidential non-working days of 2020 and 2021 are not in it (see the script).\n")
    for year in range(FIRST, LAST + 1):
        non_working, working = year_days(year)
        for d in working:
            assert d.weekday() >= 5, f"{d} is listed as a working weekend day but is a weekday"
        out.write("\n[[year]]\n")
        out.write(f"year = {year}\n")
        out.write(f'source = "{SOURCES[year]}"\n')
        out.write(f"non_working = {dates(non_working)}\n")
        out.write(f"working = {dates(working)}\n")


def main():
    if holidays.__version__ != HOLIDAYS_VERSION:
        sys.exit(f"holidays {HOLIDAYS_VERSION} is pinned, found {holidays.__version__}")
    if sys.argv[1:] == ["--check"]:
        text = io.StringIO()
        write(text)
        if SHIPPED.read_text(encoding="utf-8") != text.getvalue():
            sys.exit(f"{SHIPPED} is not what the script generates: regenerate it")
        print(f"{SHIPPED.name}: up to date")
    elif sys.argv[1:]:
        sys.exit("usage: generate.py [--check]")
    else:
        write(sys.stdout)


if __name__ == "__main__":
    main()
