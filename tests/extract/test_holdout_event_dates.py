"""Event dates on holdout articles (synthetic, tests/data/holdout): what a sentence says came "a day after" or "two
days after" its own date, a lead under a dateline that carries the day of the report, a "weekly market", and a time
given in another zone in brackets ("at 8 p.m. (16:00 GMT) on Wednesday"), which does not end the sentence, what
happened "since mid-September, when" something did, two events of one type that a sentence dates apart, "Last
Wednesday" in a Wednesday paper, "since May" with a capital, and a date in an aside about whoever acts ("the MFDC, the
separatist movement that has fought the state since 1982, denied ...")."""
from __future__ import annotations

from extract_testlib import HOLDOUT, holdout

from ingest.extract.text import sentences

BAALBEK, JERMUK, TULKARM = holdout("278_baalbek-strikes-health-ministry", "518_jermuk-border-fighting-regional",
                                   "269_tulkarm-camp-raid-wire")
CHIN = holdout("94_chin-state-ocha-flash-update")[0]
MICHOACAN, ADI_GUDEM, HAMUSIT = holdout("108_michoacan-police-ambush-wire", "380_tigray-market-strike",
                                        "260_amhara-hamusit-market-drone")


def dated(annotation: dict, event_type: str, words: str) -> list[tuple]:
    """(date, precision, phrase) of the draft's events of this type whose evidence has these words."""
    return [(e.get("date"), e["precision"], e["date_phrase"]) for e in annotation["events"]
            if e["type"] == event_type and words in e["evidence"]]


def test_what_came_days_after_the_sentences_own_date(drafts):
    # "Tuesday's strikes came a day after a drone strike on a motorcycle in the southern town of Kfar Kila killed one
    # man" (published Wednesday 30 April 2025)
    _, baalbek = drafts(BAALBEK)
    assert dated(baalbek, "airstrike", "Kfar Kila") == [("2025-04-28", "day", "a day after")]
    # "was almost deserted on Thursday, a day after a ceasefire halted the worst fighting" (Thursday 15 September 2022)
    _, jermuk = drafts(JERMUK)
    assert dated(jermuk, "truce", "a day after a ceasefire") == [("2022-09-14", "day", "a day after")]
    # "in the Jenin refugee camp on Jan. 21, two days after a ceasefire took effect in Gaza"
    _, tulkarm = drafts(TULKARM)
    assert dated(tulkarm, "truce", "two days after a ceasefire") == [("2025-01-19", "day", "two days after")]
    # the operation itself keeps the date before the phrase
    assert dated(tulkarm, "offensive", "two days after a ceasefire") == [("2025-01-21", "day", "on Jan. 21")]


def test_what_happened_when_a_date_says(drafts):
    # "Thantlang ..., which has been largely deserted since mid-September, when most of its roughly 10,000 residents
    # fled": the flight is September's, though the date comes before it
    _, chin = drafts(CHIN)
    assert dated(chin, "forced-displacement", "since mid-September, when") == [("2021-09", "month", "since mid-September")]


def test_a_datelines_day_is_the_reports_not_the_leads(drafts):
    # "MORELIA, Mexico, Aug 10 (Reuters) - Suspected cartel gunmen ambushed a convoy of state police in the western
    # Mexican state of Michoacan on Monday": Monday 9 August, not the 10th of the dateline
    _, michoacan = drafts(MICHOACAN)
    assert dated(michoacan, "attack", "ambushed a convoy") == [("2021-08-09", "day", "on Monday")]


def test_a_weekly_market_is_no_week(drafts):
    # "An air strike hit the weekly market in Adi Gudem, ..., on Monday" under "NAIROBI, Oct 26 (Reuters) - ";
    # "A drone strike on the weekly market in Hamusit ... killed at least 19 civilians on Thursday"
    _, adi_gudem = drafts(ADI_GUDEM)
    assert dated(adi_gudem, "airstrike", "weekly market in Adi Gudem") == [("2021-10-25", "day", "on Monday")]
    _, hamusit = drafts(HAMUSIT)
    assert dated(hamusit, "airstrike", "weekly market in Hamusit") == [("2025-03-13", "day", "on Thursday")]


def test_a_time_in_another_zone_in_brackets_does_not_end_the_sentence():
    text = (HOLDOUT / f"{JERMUK.stem}.txt").read_text(encoding="utf-8")
    start = text.index("A ceasefire took effect at 8 p.m.")
    end = text.index("\n", start)
    first = sentences(text, start, end)[0]
    assert text[first[0]:first[1]].startswith("A ceasefire took effect at 8 p.m. (16:00 GMT) on Wednesday, according to")
    # a clock time that does end one still does
    text = "The shelling stopped at 8 p.m. The army said nothing."
    assert [text[s:e] for s, e in sentences(text, 0, len(text))] == ["The shelling stopped at 8 p.m.", "The army said nothing."]


LAMU_BUS, KABUL_MINISTRY = holdout("341_lamu-bus-attack-daily", "348_kabul-ministry-bombing")


def test_two_events_of_a_type_that_a_sentence_dates_apart(drafts):
    # "Monday's attack happened close to the spot where suspected militants attacked a bus in January 2020, killing
    # three passengers": two attacks, Monday's and the one of January 2020
    _, lamu = drafts(LAMU_BUS)
    assert ("2020-01", "month", "in January 2020") in dated(lamu, "attack", "attacked a bus in January 2020")
    # "In January last year, an IS-K suicide bomber struck outside the Ministry of Foreign Affairs in Kabul, and in March
    # the Taliban governor of Balkh province was killed in a bombing inside his office in Mazar-i-Sharif": the bombing
    # in March is an event of its own, not merged into January's
    _, kabul = drafts(KABUL_MINISTRY)
    assert [d for d in dated(kabul, "suicide-bombing", "in March the Taliban governor") if d[0] and d[0].endswith("-03")]


TURBAT, BANJSKA, BAYOTTE = holdout("535_turbat-naval-air-station-daily", "558_banjska-monastery-siege-balkan-outlet",
                                   "543_bayotte-wood-gatherers-senegal")


def test_last_weekday_may_in_capitals_and_a_date_in_an_aside(drafts):
    # "Last Wednesday, militants armed with guns and explosives stormed the Gwadar Port Authority complex" in a
    # Wednesday paper (27 March 2024): a week before, not the day of publication
    _, turbat = drafts(TURBAT)
    assert dated(turbat, "attack", "Last Wednesday, militants") == [("2024-03-20", "day", "Last Wednesday")]
    # "Tensions in the Serb-majority north have been high since May, when clashes in Zvečan ... left some 30
    # peacekeepers injured": "May" with a capital is the month, not the verb
    _, banjska = drafts(BANJSKA)
    assert dated(banjska, "armed-clash", "since May, when clashes") == [("2023-05", "month", "since May")]
    # "The Movement of Democratic Forces of Casamance (MFDC), the separatist movement that has fought the state since
    # 1982, denied any involvement in a statement sent to the press on Sunday": 1982 tells who the MFDC is; the denial
    # is Sunday's (7 January 2018, the page's "08-01-2018" read day first)
    _, bayotte = drafts(BAYOTTE)
    assert dated(bayotte, "denial", "since 1982, denied") == [("2018-01-07", "day", "on Sunday")]
