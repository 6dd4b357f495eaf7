"""The extractor on holdout articles 250-289 (synthetic, tests/data/holdout; written blind, see its README): a sentence's
subject named with its article, and health facilities that speak, checked against the article's own words."""
from __future__ import annotations

from extract_testlib import actor, entity_names, holdout, source_of

ANBAR, MAWASI, ALIBORI = holdout("283_anbar-shepherds-security-cell", "259_khan-younis-mawasi-tent-strike",
                                 "286_alibori-w-park-soldiers")


def test_the_body_that_opens_a_sentence_with_the_is_its_subject(drafts):
    # "The Security Media Cell announced on Monday that "terrorist remnants" of the Islamic State (ISIS) killed three
    # shepherds": the cell, named nowhere before, not the outlet that relays it ("The" is no part of its name)
    _, article = drafts(ANBAR)
    assert source_of(article, count=3, outcome="killed", victims="civilians") == actor(article, "Security Media Cell")


def test_a_named_facility_speaks_under_its_own_name_and_a_second_clause_has_its_own_subject(drafts):
    # "The Nasser Medical Complex in Khan Younis said it had received 12 bodies from the site and 27 wounded people,
    # while the Kuwaiti field hospital in Mawasi said it had treated "dozens" of injured"
    _, article = drafts(MAWASI)
    nasser = actor(article, "Nasser Medical Complex")
    assert "Nasser Medical Complex in Khan Younis" in entity_names(article, "actors")[nasser]
    assert source_of(article, count=12, outcome="killed") == nasser
    assert source_of(article, count=27, outcome="injured") == nasser
    assert source_of(article, count_phrase="dozens", outcome="injured") == actor(article, "Kuwaiti field hospital")


def test_an_article_published_at_a_french_time_is_read(drafts):
    # "Published: 23/10/2024 à 19h12": the day is read and the time after "à" left aside
    _, article = drafts(ALIBORI)
    assert article["source"]["published"] == "2024-10-23"
