"""General rules on short texts worded unlike any article of tests/data: each text is a handful of invented
news sentences, drafted as `ckg extract ARTICLE --date ... --outlet reuters` would, and checked by what it says."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from ingest.extract.draft import extract

PUBLISHED = dt.date(2025, 4, 6)  # a Sunday


@pytest.fixture()
def extracted(tmp_path: Path):
    def run(text: str):
        path = tmp_path / "article.txt"
        path.write_text(text, encoding="utf-8")
        return extract(path, PUBLISHED, outlet="reuters")
    return run


def _claims(extraction) -> list[tuple]:
    """(count or (min, max) or phrase, outcome, victims, claimant name, total's count) of every claim."""
    def figure(c):
        return c.count.count if c.count.count is not None else (
            (c.count.minimum, c.count.maximum) if c.count.minimum is not None else c.count.phrase)
    return [(figure(c), c.outcome, c.victims, c.claimant.name if c.claimant else None,
             figure(c.part_of) if c.part_of else None) for c in extraction.claims]


def test_a_count_taken_from_the_dead_and_the_wounded(extracted):
    x = extracted("The Syrian Observatory for Human Rights reported heavy shelling on Friday. The monitor put the "
                  "death toll at 14 and said five of the dead were children. "
                  "Two of the wounded died on Saturday, hospital officials said.\n")
    assert _claims(x) == [(14, "killed", "people", "Syrian Observatory for Human Rights", None),
                          (5, "killed", "children", "Syrian Observatory for Human Rights", 14),
                          (2, "killed", "people", "hospital officials", None)]


def test_a_set_named_before_the_count(extracted):
    x = extracted("Gunmen killed nine villagers on Friday, the police said. The dead included a six-year-old girl, "
                  "and elders put the number of missing at between 10 and 15.\n")
    claims = _claims(x)
    assert (1, "killed", "children") == claims[1][:3] and claims[1][4] == 9
    assert claims[2][:3] == ((10, 15), "missing", "people")


def test_shares_and_ages_are_no_counts(extracted):
    x = extracted("A shell wounded 12 people, among them two drivers aged 19 and 23. Most of the wounded were "
                  "taken to a clinic, a medical charity said.\n")
    assert [c[0] for c in _claims(x)] == [12, 2]


def test_an_undescribed_source_names_a_group_of_its_own(extracted):
    x = extracted("A medical charity that runs a clinic in the town said it had treated 23 wounded people.\n")
    assert _claims(x) == [(23, "injured", "people", "medical charity", None)]


def test_a_description_points_to_the_group_named_next(extracted):
    x = extracted("Shelling killed eight people, a rights group said on Monday. The Sahel Rights Watch said "
                  "three of the dead were women.\n")
    assert {c[3] for c in _claims(x)} == {"Sahel Rights Watch"}


def test_a_repeated_summary_bullet_is_no_claim(extracted):
    x = extracted("HIGHLIGHTS\n\u2022 About 300 families have fled since Monday.\n\nSITUATION\n"
                  "According to the Jos Relief Committee, about 300 families have fled the village since Monday.\n")
    assert _claims(x) == [(300, "displaced", "families", "Jos Relief Committee", None)]


def test_plans_and_conditions_are_neither_claims_nor_events(extracted):
    x = extracted("Agencies are planning for up to 40,000 arrivals if fighting reaches the town.\n")
    assert not x.claims and not x.events


@pytest.mark.parametrize("sentence, name", [
    ("Turkey's defence ministry denied the report.", "Turkish defence ministry"),
    ("Ukrainian officials said the toll had risen.", "Ukrainian officials"),
    ("The Kurdish-led Syrian Democratic Forces (SDF) said it had retaken the dam.", "Syrian Democratic Forces"),
    ("The Farmers' Defence League said its fighters had left.", "Farmers' Defence League"),
])
def test_group_names(extracted, sentence, name):
    x = extracted(sentence + "\n")
    assert name in {e.name for e in x.entities.all() if e.category == "group"}


def test_the_group_a_spokesman_speaks_for(extracted):
    x = extracted("The Kurdish-led Syrian Democratic Forces (SDF) blamed Turkish-backed fighters for the attack. "
                  "A spokesman for the group, Farhad Shami, said the strike was a crime.\n")
    shami = [e for e in x.entities.all() if e.name == "Farhad Shami"][0]
    groups = {e.id: e.name for e in x.entities.all()}
    assert groups[shami.affiliation] == "Syrian Democratic Forces"


def test_places_after_roads_and_coordination(extracted):
    x = extracted("The fighting spread to the region of Darfur and to Kordofan, and cut the road to Babanusa.\n")
    assert {"Darfur", "Kordofan", "Babanusa"} <= {e.name for e in x.entities.all() if e.category == "place"}


def test_adjectives_of_nationality_the_suffix_rules_would_misread():
    from ingest.extract.gazetteer import demonym_country

    # "Nigerian" is not Niger's; "Nigerien" is
    assert (demonym_country("Nigerian"), demonym_country("Nigerien")) == ("Nigeria", "Niger")
    assert [demonym_country(w) for w in ("Peruvian", "Togolese", "Honduran", "Kyrgyz", "Tajik", "Mozambican")] == \
        ["Peru", "Togo", "Honduras", "Kyrgyzstan", "Tajikistan", "Mozambique"]


def test_a_capital_stands_for_its_government_but_not_on_a_road(extracted):
    # "pressed Damascus", "between Baghdad and Erbil" (talks): governments; "the highway between Damascus and Homs":
    # the city, where the road runs
    x = extracted("Jordan, which borders Syria, has pressed Damascus to curb smuggling. Talks between Baghdad and Erbil "
                  "stalled.\n")
    assert not {"Damascus", "Baghdad"} & {e.name for e in x.entities.all("place")}
    x = extracted("Gunmen killed four drivers on Sunday on the highway between Damascus and Homs in Syria.\n")
    assert {"Damascus", "Homs"} <= {e.name for e in x.entities.all("place")}
