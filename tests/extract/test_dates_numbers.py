"""Time expressions resolved against a publication date, and numbers written in words and digits."""
import datetime as dt

import pytest

from ingest.extract.dates import DateFinder
from ingest.extract.numbers import find_numbers, parse_number

THURSDAY = dt.date(2016, 11, 3)  # the seed article's publication day


def resolve(phrase: str, published: dt.date = THURSDAY, anchor: dt.date | None = None):
    found = DateFinder(published).find(phrase, 0, len(phrase), anchor)
    assert len(found) == 1, found
    return found[0]


def test_weekday_is_the_one_before_publication():
    value = resolve("he told reporters on Tuesday")
    assert (value.precision, value.value, value.phrase) == ("day", "2016-11-01", "on Tuesday")


def test_publication_weekday_is_the_publication_day():
    assert resolve("On Thursday, rebels launched a new push").value == "2016-11-03"


def test_weekday_in_a_future_clause_is_the_next_one():
    friday = dt.date(2016, 10, 28)
    assert resolve("their fighters would begin an advance on Saturday", friday).value == "2016-10-29"


def test_since_a_month_is_that_month():
    value = resolve("besieged by pro-government forces since July")
    assert (value.precision, value.value) == ("month", "2016-07")


def test_since_a_later_month_is_last_year():
    assert resolve("since December").value == "2015-12"


def test_last_week_is_a_bound_from_monday_to_sunday():
    value = resolve("retook the town last week")
    assert value.precision == "bound" and value.value is None
    assert (value.earliest, value.latest) == (dt.date(2016, 10, 24), dt.date(2016, 10, 30))


@pytest.mark.parametrize("phrase", ["two herders were killed near Mbadwem the previous week",
                                    "the village was attacked the week before"])
def test_the_previous_week_is_last_week(phrase):
    # holdout 200: "two herders were killed and over 100 cows rustled near Mbadwem the previous week"
    value = resolve(phrase)
    assert (value.earliest, value.latest) == (dt.date(2016, 10, 24), dt.date(2016, 10, 30))


def test_the_end_of_a_month_of_a_year_is_that_month():
    # holdout 202: "Since Operation Hilaac was launched at the end of December 2024"
    value = resolve("Since Operation Hilaac was launched at the end of December 2024", dt.date(2025, 2, 13))
    assert (value.precision, value.value) == ("month", "2024-12")


def test_a_day_earlier_counts_back_from_the_anchor():
    value = resolve("a meeting a day earlier in Geneva", anchor=dt.date(2016, 11, 2))
    assert (value.precision, value.value) == ("day", "2016-11-01")


def test_a_day_earlier_without_anchor_is_not_resolved():
    assert DateFinder(THURSDAY).find("a day earlier", 0, 13, None) == []


@pytest.mark.parametrize("phrase, precision, value", [
    ("began on Oct. 17.", "day", "2016-10-17"),
    ("attacks on bases since Oct. 17 have", "day", "2016-10-17"),
    ("In April this year, a firefight near the village", "month", "2016-04"),
    ("on 8 October killed", "day", "2016-10-08"),
    ("fell in June 2014, when", "month", "2014-06"),
    ("under siege since 2013", "year", "2013"),
    ("captured it last month", "month", "2016-10"),
    ("03 November, 2016", "day", "2016-11-03"),
    ("Thursday, 20 October 2016", "day", "2016-10-20"),
])
def test_explicit_and_relative_dates(phrase, precision, value):
    found = resolve(phrase)
    assert (found.precision, found.value) == (precision, value)


def test_overnight_spans_the_night_before_publication():
    value = resolve("attacked the checkpoints overnight")
    assert (value.precision, value.earliest, value.latest) == ("bound", dt.date(2016, 11, 2), THURSDAY)


@pytest.mark.parametrize("text, value", [
    ("nine", 9), ("Two", 2), ("twenty-three", 23), ("three hundred and forty two", 342), ("17,000", 17000),
    ("3 million", 3_000_000), ("1.5 million", 1_500_000), ("a million", 1_000_000), ("10", 10),
])
def test_numbers(text, value):
    assert parse_number(text) == value


def test_words_that_are_not_numbers():
    assert parse_number("dozens") is None
    assert parse_number("none") is None
    assert [n.value for n in find_numbers("someone counted nine, then 17,000")] == [9, 17000]


FRIDAY = dt.date(2024, 2, 9)


@pytest.mark.parametrize("phrase, earliest, latest", [
    ("have arrived since Monday", dt.date(2024, 2, 5), FRIDAY),  # a process that began that day and goes on
    ("since the M23 resurged in late 2021", dt.date(2021, 10, 1), dt.date(2021, 12, 31)),
    ("in early 2023", dt.date(2023, 1, 1), dt.date(2023, 3, 31)),
    ("by mid-2022", dt.date(2022, 4, 1), dt.date(2022, 9, 30)),
    ("damaged since the start of the month", dt.date(2024, 2, 1), FRIDAY),
    ("fled over the weekend", dt.date(2024, 2, 3), dt.date(2024, 2, 4)),
    ("Earlier this month, a magnetic bomb", dt.date(2024, 2, 1), dt.date(2024, 2, 8)),  # to the day before
    ("have been killed in the state so far this year", dt.date(2024, 1, 1), FRIDAY),
    ("\u2022 Since the beginning of 2024, at least 43 Palestinians", dt.date(2024, 1, 1), FRIDAY),
    ("46 civilians killed in Masisi territory since the start of 2023", dt.date(2023, 1, 1), dt.date(2023, 12, 31)),  # not its
    # first quarter: a year now past runs to its end
    ("against the group in the Cal Miskaad mountains at the end of last year", dt.date(2023, 10, 1), dt.date(2023, 12, 31)),
    # two dates that open and close one span
    ("attacked three communities between Sunday night and the early hours of Monday", dt.date(2024, 2, 4), dt.date(2024, 2, 5)),
    ("shot or burnt in their homes between Wednesday February 7 and Friday February 9", dt.date(2024, 2, 7), FRIDAY),
    ("In the night of Wednesday to Thursday, armed men abducted the village chief", dt.date(2024, 2, 7), dt.date(2024, 2, 8)),
    # months between two named ones, the latest such span before publication (Friday 9 February 2024)
    ("at least 86 civilian deaths between July and October", dt.date(2023, 7, 1), dt.date(2023, 10, 31)),
    ("in December and January", dt.date(2023, 12, 1), dt.date(2024, 1, 31)),
    ("from November to February", dt.date(2023, 11, 1), FRIDAY),  # up to publication, not beyond
    # a span counted back from publication, or from the day its speaker gave it
    ("attacked the region 112 times over the past day", dt.date(2024, 2, 8), FRIDAY),
    ("Over the past 24 hours, three counterattacks were repelled", dt.date(2024, 2, 8), FRIDAY),
    ("more than 15,000 refugees have arrived over the past week", dt.date(2024, 2, 2), FRIDAY),
    ("in the past two weeks", dt.date(2024, 1, 26), FRIDAY),
    ("in the past month", dt.date(2024, 1, 9), FRIDAY),
])
def test_bounds(phrase, earliest, latest):
    value = resolve(phrase, FRIDAY)
    assert (value.precision, value.earliest, value.latest) == ("bound", earliest, latest)


def test_a_span_counted_back_from_the_day_its_speaker_gave_it():
    phrase = "112 times over the past day, the acting governor said on Wednesday evening"
    span, said = DateFinder(FRIDAY).find(phrase, 0, len(phrase))
    assert (span.precision, span.earliest, span.latest) == ("bound", dt.date(2024, 2, 6), dt.date(2024, 2, 7))
    assert said.value == "2024-02-07"


def test_a_span_of_hours_that_is_no_whole_day_is_no_date():
    assert DateFinder(FRIDAY).find("in the past few hours", 0, 21) == []
    assert DateFinder(FRIDAY).find("in the last 36 hours", 0, 20) == []


@pytest.mark.parametrize("phrase", ["it has since seized several towns",
                                    "About 3,500 people have fled Kalau for Oicha since the attack",
                                    "displaced since the fighting began"])
def test_since_reaches_from_the_anchor_to_publication(phrase):
    value = resolve(phrase, FRIDAY, anchor=dt.date(2024, 1, 27))
    assert (value.precision, value.earliest, value.latest) == ("bound", dt.date(2024, 1, 27), FRIDAY)


@pytest.mark.parametrize("phrase, anchor, day", [
    ("two days earlier", dt.date(2024, 2, 7), "2024-02-05"),
    ("the following day", dt.date(2024, 2, 7), "2024-02-08"),
    ("three days ago", None, "2024-02-06"),
])
def test_days_counted_from_an_anchor_or_publication(phrase, anchor, day):
    value = resolve(phrase, FRIDAY, anchor)
    assert (value.precision, value.value) == ("day", day)


def test_a_date_inside_an_organisations_name_is_no_date():
    text = "clashes between the March 23 Movement and the army"
    assert DateFinder(FRIDAY).find(text, 0, len(text)) == []


def test_a_month_of_last_year():
    value = resolve("In August last year, clashes killed", FRIDAY)
    assert (value.precision, value.value) == ("month", "2023-08")


def test_the_first_months_of_this_year_end_with_the_last_month_counted():
    published = dt.date(2023, 8, 3)
    value = resolve("martyred in militant attacks in Balochistan in the first seven months of this year", published)
    assert (value.precision, value.earliest, value.latest) == ("bound", dt.date(2023, 1, 1), dt.date(2023, 7, 31))


def test_a_holiday_is_its_day():
    value = resolve("Weeks later, on New Year\u2019s Day 2018, attacks in Guma and Logo killed", FRIDAY)
    assert (value.precision, value.value) == ("day", "2018-01-01")
    assert resolve("killed on Christmas Eve", FRIDAY).value == "2023-12-24"


def test_two_dates_not_joined_as_a_span_stay_apart():
    text = "clashes on Monday and Wednesday"  # no "between" or "from": two days, not a span
    assert [v.value for v in DateFinder(FRIDAY).find(text, 0, len(text))] == ["2024-02-05", "2024-02-07"]


def test_last_night_is_the_day_before_publication():
    value = resolve("an SDF checkpoint in Al-Busayrah town in the eastern countryside of Deir Ezzor late last night", FRIDAY)
    assert (value.precision, value.value, value.phrase) == ("day", "2024-02-08", "late last night")


def test_days_after_count_back_from_the_sentences_own_date():
    wednesday = dt.date(2025, 4, 30)
    text = "Tuesday's strikes came a day after a drone strike on a motorcycle in Kfar Kila killed one man"
    tuesday, before = DateFinder(wednesday).find(text, 0, len(text))
    assert (tuesday.value, tuesday.looks_ahead) == ("2025-04-29", False)
    assert (before.value, before.phrase, before.looks_ahead) == ("2025-04-28", "a day after", True)
    text = "Israel launched the operation in the Jenin refugee camp on Jan. 21, two days after a ceasefire took effect"
    assert [v.value for v in DateFinder(dt.date(2025, 2, 20)).find(text, 0, len(text))] == ["2025-01-21", "2025-01-19"]
    # "less than a week": the six days before
    text = "The raid on Tuesday came less than a week after a roadside bomb wounded four rangers"
    week = DateFinder(dt.date(2019, 7, 16)).find(text, 0, len(text))[1]
    assert (week.precision, week.earliest, week.latest) == ("bound", dt.date(2019, 7, 10), dt.date(2019, 7, 15))


def test_days_after_without_a_date_of_its_own_sentence_are_not_resolved():
    # "The strike came three days after ...": the date an earlier sentence gave last (here "this morning", in a quote)
    # need not be the strike's
    text = "The strike came three days after Turkish artillery shelled orchards on the outskirts of Shiladze"
    assert DateFinder(dt.date(2025, 4, 9)).find(text, 0, len(text), anchor=dt.date(2025, 4, 9)) == []


def test_a_weekly_market_is_no_week():
    text = "An air strike hit the weekly market in Adi Gudem"
    assert DateFinder(dt.date(2021, 10, 26)).find(text, 0, len(text)) == []
    assert resolve("the market reopened earlier this week", dt.date(2021, 10, 26)).precision == "bound"
