"""The extractor on holdout articles 490-529 (synthetic, tests/data/holdout; written blind on 2026-11-28, see its
README): who gives a figure when the text names a hospital's staff with the hospital in lower case ("a doctor at Murzuq
general hospital"), an official after a long title ("according to the district commissioner of Bulo Burde (also spelled
Buuloburde), Abdiwali Osman Guure."), a source "in the area", a name of one word or with a number set off by what it is
("Saba, the news agency run by ...", "Suwayda 24, a local news network ..."), a country before a service's name, whoever
a reporter only quoted or reached, and a statement reproduced in quotation marks under the paragraph that introduces it.
Then figures themselves: "neutralise seven (07) terrorists", "nine of whom have since died", "one of whom died
overnight". And no place where there is none: a language ("in Haitian Creole", "in K'iche'", "in Balochi"), a word
opening a sentence before a title ("Reacting, the state Commissioner for ...")."""
from __future__ import annotations

from extract_testlib import actor, all_names, claims_with, holdout, name_of, source_of

MURZUQ, WAD_AL_MAHI, BULO_BURDE = holdout("494_murzuq-gathering-drone-strike-wire", "495_wad-al-mahi-clashes-outlet",
                                          "497_bulo-burde-attack-site")
ABS, MAZAR, SUWAYDA = holdout("493_abs-health-centre-strike-ngo", "519_mazar-shiite-mosque-bombing-wire",
                              "525_suwayda-druze-tribal-clashes-outlet")
HUWARA, ZAHEDAN = holdout("524_huwara-settler-rampage-agency-translated", "526_zahedan-friday-crackdown-report")
NDU, BARSALOGHO, MOURA = holdout("505_ndu-ambush-raid-diaspora", "503_barsalogho-trench-attack-translated",
                                "504_moura-military-operation-un-report")
FASKARI, NAHUALA, CROIX = holdout("501_faskari-bandit-abductions-radio", "513_nahuala-ixtahuacan-boundary-shooting-print",
                                  "514_croix-des-bouquets-rights-report-digest")


def by_evidence(annotation: dict, words: str) -> list[dict]:
    return [c for c in annotation["claims"] if words in c["evidence"]]


def test_a_hospitals_staff_speak_for_it_when_its_kind_is_in_lower_case(drafts):
    # "A doctor at Murzuq general hospital, who asked not to be named, said the facility had received "more than 20
    # bodies"": the hospital's figure, named as the text names it
    _, murzuq = drafts(MURZUQ)
    assert name_of(murzuq, source_of(murzuq, count=20, outcome="killed")) == "Murzuq general hospital"
    # "A medical source at Wad al-Mahi rural hospital, who asked not to be named because ..., said the hospital had
    # received between 60 and 70 bodies": a name with an Arabic article
    _, wad_al_mahi = drafts(WAD_AL_MAHI)
    [bodies] = by_evidence(wad_al_mahi, "between 60 and 70 bodies")
    assert name_of(wad_al_mahi, bodies["claimed_by"]) == "Wad al-Mahi rural hospital"
    # "A nurse at Bulo Burde district hospital, who spoke on condition of anonymity, said the hospital had received 26
    # wounded people"; the update line at the top of the page ("UPDATE 15:40 EAT: A nurse at Bulo Burde district
    # hospital says ...") names no group "UPDATE"
    _, bulo_burde = drafts(BULO_BURDE)
    assert name_of(bulo_burde, source_of(bulo_burde, count=26, outcome="injured")) == "Bulo Burde district hospital"
    assert "UPDATE" not in all_names(bulo_burde, "actors")


def test_an_official_named_after_a_long_title_at_the_end_of_a_sentence(drafts):
    # "..., according to the district commissioner of Bulo Burde (also spelled Buuloburde), Abdiwali Osman Guure.",
    # then "Guure told the Somali Sentinel by phone that seven soldiers ... were killed ... He said 15 soldiers were
    # wounded.": his figures, not the outlet's he spoke to
    _, bulo_burde = drafts(BULO_BURDE)
    guure = actor(bulo_burde, "Abdiwali Osman Guure")
    assert source_of(bulo_burde, count=15, outcome="injured") == guure
    assert source_of(bulo_burde, count=7, outcome="killed", victims="soldiers") == guure


def test_sources_in_the_area(drafts):
    # "Residents of the area said more than 30 people had been killed.": named as the text names them, as curators do
    # ("sources in the area", "traditional chief in the area")
    _, mazar = drafts(MAZAR)
    [thirty] = claims_with(mazar, count=30, outcome="killed")
    assert name_of(mazar, thirty["claimed_by"]) == "residents of the area"


def test_a_name_set_off_by_what_it_is(drafts):
    # "Saba, the news agency run by the Houthi (Ansar Allah) authorities in Sana'a, put the toll at 13": a name of one
    # word that the apposition says is a body, not the authorities the apposition names
    _, abs_ = drafts(ABS)
    assert name_of(abs_, source_of(abs_, count=13, outcome="killed")) == "Saba"
    # "Suwayda 24, a local news network run by activists in the province, said nine Druze fighters had been killed"
    _, suwayda = drafts(SUWAYDA)
    [nine] = by_evidence(suwayda, "nine Druze fighters")
    assert name_of(suwayda, nine["claimed_by"]) == "Suwayda 24"


def test_a_country_before_a_services_name(drafts):
    # "Israel's Magen David Adom emergency service said it had treated three Israelis": the service, by its own name
    _, huwara = drafts(HUWARA)
    [three] = by_evidence(huwara, "three Israelis")
    assert name_of(huwara, three["claimed_by"]) == "Magen David Adom"


def test_who_spoke_not_who_quoted_them(drafts):
    # "Provincial officials quoted by the state news agency IRNA put the number of dead at 19": the officials'
    _, zahedan = drafts(ZAHEDAN)
    [nineteen] = claims_with(zahedan, count=19, outcome="killed")
    assert name_of(zahedan, nineteen["claimed_by"]) == "provincial officials"
    # "Community leaders interviewed by HRPD put the total number of dead at "more than 500"": the leaders', and "put
    # the total number of dead at" reports a figure as "put the number of dead at" does
    _, moura = drafts(MOURA)
    [leaders] = claims_with(moura, count=500, outcome="killed")
    assert name_of(moura, leaders["claimed_by"]) == "community leaders"


def test_a_statement_reproduced_under_its_introduction(drafts):
    # "The following was issued on Tuesday night in the name of the Donga-Mantung command of the Ambazonia Defence
    # Forces (ADF) ...", then the release in quotation marks: "Nine (9) enemy soldiers was neutralised"
    _, ndu = drafts(NDU)
    assert name_of(ndu, source_of(ndu, count=9, outcome="killed", victims="soldiers")) == "Ambazonia Defence Forces"
    # "The 5th Joint Military Region in Bamenda issued a communiqué on Wednesday, signed by its head of communication,
    # Lieutenant-Colonel Jean-Claude Mbarga Ateba. Extract, translated from French by The Anglophone Courier:", then
    # "... made it possible to neutralise seven (07) terrorists ... two soldiers fell on the field of honour and three
    # others were slightly wounded": the army's figures, in the present tense of a communiqué, under the unit's name
    army = {source_of(ndu, count=7, outcome="killed"), source_of(ndu, count=3, outcome="injured")}
    assert len(army) == 1 and name_of(ndu, army.pop()) == "5th Joint Military Region"
    # and both documents are statements of their issuers
    def speakers(opening: str) -> list[str]:
        return [name_of(ndu, s["speaker"]) for s in ndu["statements"] if s["quote"].startswith(opening)]
    assert speakers("PRESS RELEASE. On 15th April 2024") == ["Ambazonia Defence Forces"]
    assert speakers("On 15 April 2024, a logistics convoy") == ["5th Joint Military Region"]


def test_those_who_died_since(drafts):
    # "146 wounded had been admitted since Saturday evening, nine of whom have since died"
    _, barsalogho = drafts(BARSALOGHO)
    assert [c["count"] for c in by_evidence(barsalogho, "nine of whom have since died")] == [9]
    assert claims_with(barsalogho, count=9, outcome="killed")
    # "... wounded ..., one of whom died overnight"
    _, ndu = drafts(NDU)
    assert [c["outcome"] for c in by_evidence(ndu, "one of whom died")] == ["killed"]


def test_languages_and_titles_are_no_places(drafts):
    # "Passages in Haitian Creole are kept in the original", "Statements made in K'iche' were ...", "Reacting, the state
    # Commissioner for Internal Security and Home Affairs, Dr. Bashir Garba Kankara, said": no place "Haitian Creole",
    # "K'iche", "Reacting" (a state, by the word after it) or "Commissioner"
    _, croix = drafts(CROIX)
    assert "Haitian Creole" not in all_names(croix, "places")
    _, nahuala = drafts(NAHUALA)
    assert not {"K'iche", "K’iche"} & all_names(nahuala, "places")
    _, faskari = drafts(FASKARI)
    assert not {"Reacting", "Commissioner"} & all_names(faskari, "places")
    assert "Funtua zone" in all_names(faskari, "places")
