"""Layout parsing of the seed article and of the three development layouts, with exact offsets."""
from __future__ import annotations

import datetime as dt
from dataclasses import fields

import pytest

from ingest.errors import LayoutError
from ckg.paths import ROOT
from ingest.layout import Span, parse_layout, read_raw_text

from ingest_testlib import DEV_DIR, SEED_TEXT, read_exactly


def spans(layout):
    return {f.name: getattr(layout, f.name) for f in fields(layout) if isinstance(getattr(layout, f.name), Span)}


def assert_offsets_exact(raw, layout):
    for name, span in spans(layout).items():
        assert raw[span.start:span.end] == span.text, name


def test_seed_article_outlet_page():
    raw = read_raw_text(SEED_TEXT)
    layout = parse_layout(raw)
    assert_offsets_exact(raw, layout)
    first_line = raw.split("\n", 1)[0]
    assert layout.form == "outlet-page"
    assert layout.title.text == first_line and raw.count(first_line + "\n") == 2  # printed twice
    assert layout.title.start == 0
    assert layout.reading_time.text == "5 min read"
    assert layout.published == dt.date(2016, 11, 3)
    assert layout.published_span.text == "03 November, 2016"
    assert layout.lede.text.startswith("Syrian rebels say they will not be fooled")
    assert layout.image_caption.text == "Rebels say Russia's humanitarian pause is a ruse"
    assert layout.image_credit.text == "Anadolu"
    assert layout.body.text.startswith("Syrian rebels in Aleppo province say")
    assert layout.body.text.endswith("With input from agencies")
    assert layout.related_link.text == "Russia 'planning devastating Aleppo assault coinciding with US elections'"
    # the parts come in reading order and do not overlap
    ordered = [layout.title, layout.reading_time, layout.published_span, layout.lede, layout.image_caption,
               layout.image_credit, layout.body, layout.related_link]
    assert all(a.end <= b.start for a, b in zip(ordered, ordered[1:]))


def test_raw_text_is_read_without_newline_translation(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes("Title: A\r\nOutlet: B\r\nPublished: Oct. 28, 2016\r\n\r\nBody\u00a0text.\r\n".encode("utf-8"))
    raw = read_raw_text(path)
    assert "\r\n" in raw and len(raw) == len(path.read_bytes().decode("utf-8"))
    layout = parse_layout(raw)
    assert_offsets_exact(raw, layout)
    assert (layout.title.text, layout.outlet.text, layout.body.text) == ("A", "B", "Body\u00a0text.")


@pytest.mark.parametrize("name, form, published, outlet", [
    ("08_mosul-advance-wire.txt", "header", dt.date(2016, 10, 28), "Associated Press"),
    ("09_douma-market-outlet.txt", "header+outlet-page", dt.date(2016, 11, 5), "The Levant Ledger"),
    ("10_yemen-ngo-statement.txt", "header", dt.date(2016, 10, 20), "Children First International (press release)"),
])
def test_dev_layouts(name, form, published, outlet):
    raw = read_exactly(DEV_DIR / name)
    layout = parse_layout(raw)
    assert_offsets_exact(raw, layout)
    assert layout.form == form
    assert layout.published == published
    assert layout.outlet.text == outlet
    header_title = raw.split("\n", 1)[0].removeprefix("Title: ")
    assert layout.title.text == header_title
    assert layout.body.start > layout.published_span.end
    assert layout.body.end == len(raw.rstrip())


def test_dev_outlet_page_under_header():
    raw = read_exactly(DEV_DIR / "09_douma-market-outlet.txt")
    layout = parse_layout(raw)
    assert layout.reading_time.text == "3 min read"
    assert layout.image_credit.text == "Yusuf Kanaan/Anadolu"
    assert layout.image_caption.text.startswith("Civil defence workers search for survivors")
    assert layout.lede.text.startswith("Rescuers, the local council and a war monitor")
    assert layout.body.text.startswith("Warplanes struck a busy market")


def test_header_and_page_dates_must_agree():
    raw = read_exactly(DEV_DIR / "09_douma-market-outlet.txt")
    page_date_line = "\n05 November, 2016\n"
    assert raw.count(page_date_line) == 1
    with pytest.raises(LayoutError, match="disagree"):
        parse_layout(raw.replace(page_date_line, "\n06 November, 2016\n"))


def test_weekday_that_contradicts_the_date_is_refused():
    raw = read_exactly(DEV_DIR / "10_yemen-ngo-statement.txt")
    assert "Published: Thursday, 20 October 2016" in raw
    with pytest.raises(LayoutError, match="Friday"):
        parse_layout(raw.replace("Published: Thursday, 20 October 2016", "Published: Friday, 20 October 2016"))


def test_a_dotted_date_is_day_first():
    # "Published: 11.03.2026" and "11.03.2026, 13:52 (updated 17:20)": 11 March 2026, the Wednesday the article
    # names, not 3 November
    raw = read_exactly(ROOT / "tests" / "data" / "holdout" / "54_nerkin-hand-translated-report.txt")
    assert "Published: 11.03.2026" in raw and "on Wednesday" in raw
    assert parse_layout(raw).published == dt.date(2026, 3, 11)


def test_a_slashed_or_dashed_date_is_day_first_unless_it_cannot_be():
    # "Published: 10/03/2025" over a statement dated "10 March 2025 –" in its body: 10 March, not 3 October; a day over
    # twelve can only come second ("12/25/2024")
    raw = read_exactly(ROOT / "tests" / "data" / "holdout" / "194_port-au-prince-bel-air-un-statement.txt")
    assert "Published: 10/03/2025" in raw and "10 March 2025 –" in raw
    assert parse_layout(raw).published == dt.date(2025, 3, 10)
    raw = read_exactly(DEV_DIR / "10_yemen-ngo-statement.txt")
    assert parse_layout(raw.replace("Thursday, 20 October 2016", "12/25/2016", 1)).published == dt.date(2016, 12, 25)
    # and with dashes: "Published: 08-01-2018 | 11:20" on a Senegalese page is 8 January 2018 (the gold's Monday), not
    # 1 August
    raw = read_exactly(ROOT / "tests" / "data" / "holdout" / "543_bayotte-wood-gatherers-senegal.txt")
    assert "Published: 08-01-2018 | 11:20" in raw
    assert parse_layout(raw).published == dt.date(2018, 1, 8)


@pytest.mark.parametrize("line", ["20 October 2016, 09:52 (updated 18:55)", "Thursday, 20 October 2016 at 9:52 a.m. GMT",
                                  "20 October 2016 14:05 EEST", "20/10/2016 à 19h12", "20-10-2016 | 14:05",
                                  "20/10/2016 - 20:05", "20 October 2016 – 09:15", "20/10/2016 09:14:22",
                                  "20th Oct 2016 09:14:22 GMT +0300", "20 October 2016 at 11:02, updated at 16:40",
                                  "10.20.16, 21:37 | Updated: 10.21.16, 23:58", "20.10.2016 09:14 +03:00"])
def test_a_publication_line_may_carry_the_time_and_a_note(line):
    raw = read_exactly(DEV_DIR / "10_yemen-ngo-statement.txt")
    assert "Published: Thursday, 20 October 2016" in raw
    assert parse_layout(raw.replace("Thursday, 20 October 2016", line, 1)).published == dt.date(2016, 10, 20)


@pytest.mark.parametrize("line", ["Kamis, 20 Oktober 2016 | 10:22 WIB", "jeudi 20 octobre 2016 à 19h12",
                                  "jueves, 20 de octubre de 2016", "quinta-feira, 20 de outubro de 2016",
                                  "20 de octubre de 2016 - 07:40 a. m."])
def test_a_publication_line_may_be_in_the_outlets_language(line):
    # a translated article under the date line its outlet printed: the Indonesian, French, Spanish or Portuguese
    # names of the weekday and the month, and the time as Spanish spaces it ("a. m.")
    raw = read_exactly(DEV_DIR / "10_yemen-ngo-statement.txt")
    assert "Published: Thursday, 20 October 2016" in raw
    assert parse_layout(raw.replace("Thursday, 20 October 2016", line, 1)).published == dt.date(2016, 10, 20)


def test_an_unreadable_publication_line_is_an_error_unless_the_date_is_given():
    raw = read_exactly(DEV_DIR / "10_yemen-ngo-statement.txt").replace("Thursday, 20 October 2016", "the 20th, this year", 1)
    with pytest.raises(LayoutError, match="cannot read the publication date 'the 20th, this year'.*--date"):
        parse_layout(raw)
    layout = parse_layout(raw, date_given=True)
    assert layout.published is None and layout.published_span.text == "the 20th, this year"


def test_plain_text_is_all_body():
    raw = "\n  Rebels advanced on Thursday.\n\nNothing else.\n"
    layout = parse_layout(raw)
    assert layout.form == "plain" and layout.title is None and layout.published is None
    assert layout.body.text == "Rebels advanced on Thursday.\n\nNothing else."
