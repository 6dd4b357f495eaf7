"""The extractor on holdout articles 250-289 (synthetic, tests/data/holdout; written blind, see its README): who speaks
where a sentence opens with its article, a dateline or a time, where a facility or a titled person is named again, and
inside a document an outlet reproduces, checked against the article's own words."""
from __future__ import annotations

from extract_testlib import actor, entity_names, holdout, source_of

ANBAR, MAWASI, ALIBORI = holdout("283_anbar-shepherds-security-cell", "259_khan-younis-mawasi-tent-strike",
                                 "286_alibori-w-park-soldiers")
GUAYAQUIL, BAJAUR, CULIACAN = holdout("275_guayaquil-prison-riot", "276_bajaur-rally-bombing",
                                      "285_culiacan-prosecutor-tally")
SUAREZ, AFGOOYE = holdout("171_suarez-jamundi-drones-regional-translated", "175_afgooye-mortar-radio")
DEMOSO, BAALBEK = holdout("267_demoso-church-airstrike", "278_baalbek-strikes-health-ministry")
SINGU, KOLONGO, TOGO = holdout("282_singu-airstrike-exile-outlet", "262_segou-kolongo-siege-communique",
                               "288_togo-savanes-army-post")


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


def test_a_dateline_and_a_day_between_subject_and_verb_leave_the_subject_speaking(drafts):
    # "Cotonou, 23 October 2024 (BHI) – The government on Wednesday confirmed that nine soldiers ... were killed and six
    # others wounded": the government, not the outlet
    _, article = drafts(ALIBORI)
    government = actor(article, "Government of Benin")
    assert source_of(article, count=9, outcome="killed") == government
    assert source_of(article, count=6, outcome="injured") == government


def test_a_facility_or_a_titled_person_named_again_speaks_again(drafts):
    # "..., killing five members of the same family, including three children, Nasser hospital said": the Nasser Medical
    # Complex named before. "According to the priest, eleven people were injured": Fr. Lawrence Khu Reh, "the priest who
    # looks after the parish"
    _, article = drafts(MAWASI)
    assert source_of(article, count=5, outcome="killed") == actor(article, "Nasser Medical Complex")
    _, article = drafts(DEMOSO)
    assert source_of(article, count=11, outcome="injured") == actor(article, "Lawrence Khu Reh")


def test_a_toll_the_ministry_had_given_is_the_ministry_s(drafts):
    # "In a first statement issued shortly after midnight, the ministry had given a preliminary toll of four dead and 11
    # wounded."
    _, article = drafts(BAALBEK)
    ministry = actor(article, "Health Ministry")
    assert source_of(article, count=4, outcome="killed") == ministry
    assert source_of(article, count=11, outcome="injured") == ministry


def test_figures_inside_a_reproduced_document_are_its_issuer_s(drafts):
    # "STATEMENT (translated by Ayeyar Post) / Singu Township People's Defence Force / Statement No. 14/2025 / ... 2.
    # Eleven civilians, including four children and two elderly people, were killed": the force's, not the outlet's
    _, article = drafts(SINGU)
    force = actor(article, "Singu Township People's Defence Force")
    assert source_of(article, count=4, outcome="killed", victims="children") == force
    assert source_of(article, count=2, outcome="killed", victims="people") == force
    # "ASSOCIATION POUR LE DÉVELOPPEMENT DE KOLONGO (ADK) / National Bureau – Bamako / COMMUNIQUÉ N°004/ADK/BN/2025 ...
    # – 17 people killed, among them 3 women and a child of 11 years;": the ADK's, known by its acronym
    _, article = drafts(KOLONGO)
    association = actor(article, "Association for the Development of Kolongo")
    assert source_of(article, count=17, outcome="killed") == association
    assert source_of(article, count=23, outcome="abducted") == association
    # "The announcement came in a communiqué read on Saturday evening ... The communiqué said, in part: / "1. ... 2. ...
    # Some twenty assailants were killed": the government's, whose figures opened the story
    _, article = drafts(TOGO)
    assert source_of(article, count=20, outcome="killed") == source_of(article, count=7, outcome="killed") == \
        actor(article, "Togolese government")


def test_an_aside_or_a_bracket_after_the_subject_leaves_it_the_subject(drafts):
    # "The Attorney General's Office (Fiscalía), for its part, reported ... that its forensic teams had removed 16
    # bodies"; "The Islamic State Khorasan Province (IS-K) has claimed the attack through its Amaq news agency, saying
    # "more than 40" people had been killed": the office and the province, not the outlet nor the news agency
    _, article = drafts(GUAYAQUIL)
    assert source_of(article, count=16, outcome="killed") == actor(article, "Attorney General's Office")
    _, article = drafts(BAJAUR)
    assert source_of(article, count=40, outcome="killed") == actor(article, "Islamic State Khorasan Province")
    # "The Group for the Support of Islam and Muslims (JNIM), al-Qaeda's affiliate in the Sahel, claimed the attack ...,
    # saying its fighters had killed "more than 30" Togolese soldiers"
    _, article = drafts(TOGO)
    assert source_of(article, count=30, outcome="killed") == actor(article, "Group for the Support of Islam and Muslims")


def test_a_report_issued_by_someone_is_theirs(drafts):
    # "Nineteen people were murdered in Sinaloa between Friday and Sunday, ..., according to the weekend report released
    # on Monday by the Sinaloa State Attorney General's Office (FGE)."
    _, article = drafts(CULIACAN)
    assert source_of(article, count=19, outcome="killed") == actor(article, "Sinaloa State Attorney General's Office")


def test_a_statement_between_subject_and_verb_and_a_name_in_brackets(drafts):
    # holdout 175: "Al-Shabaab, in a statement carried by its Radio Andalus, said its fighters had ... killed "more than 15"
    # soldiers": the group, not the radio station that reports it; holdout 171: "The Ombudsman's Office (Defensoría del
    # Pueblo) reported that three civilians were wounded": the office, which the bracket names too
    _, article = drafts(AFGOOYE)
    assert source_of(article, count=15, outcome="killed") == actor(article, "al-Shabaab")
    _, article = drafts(SUAREZ)
    office = source_of(article, count=3, outcome="injured")
    assert "Defensoría del Pueblo" in entity_names(article, "actors")[office]
