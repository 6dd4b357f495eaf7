"""The extractor on holdout articles 158-209 (synthetic, tests/data/holdout; written blind, see its README): sources
named as a letterhead or a facility names them, checked against the article's own words."""
from __future__ import annotations

from extract_testlib import actor, all_names, claims_with, entity_names, holdout, person_names, source_of

BAJAUR, MANTA, MAGUINDANAO = holdout("160_bajaur-checkpoint-bombing-wire", "163_manta-massacre-daily",
                                     "168_maguindanao-ambush-police-release")
[UPPER_NILE] = holdout("198_upper-nile-nasir-ulang-radio-web")
PORT_AU_PRINCE, FIZI = holdout("194_port-au-prince-bel-air-un-statement", "209_fizi-minembwe-village-attacks-church-radio")
ADRE, GUMA = holdout("197_chad-adre-refugees-unhcr-briefing", "200_benue-guma-attacks-daily")
[BELGOROD] = holdout("186_belgorod-governor-telegram-digest")
BENI, KURRAM, BANDARBAN = holdout("180_beni-kasinga-diocese-relay", "178_kurram-convoy-clashes-daily", "191_bandarban-knf-daily")
[AFGOOYE] = holdout("175_afgooye-mortar-radio")
[MUQDADIYAH] = holdout("173_muqdadiyah-village-kurdish-web")
BIJAPUR, KUPWARA = holdout("190_bijapur-ied-agency", "154_kupwara-gunfight-release")
SUAREZ, NDOP = holdout("171_suarez-jamundi-drones-regional-translated", "176_ndop-villages-ngo-statement")


def test_a_doctor_at_a_facility_named_with_its_town_speaks_for_the_facility_so_named(drafts):
    # "A doctor at the District Headquarters Hospital in Khar, who asked not to be named ..., said 11 bodies had been
    # brought in": the hospital many districts share, told apart by its town, as the facility is named
    _, article = drafts(BAJAUR)
    assert source_of(article, count=11, outcome="killed") == actor(article, "District Headquarters Hospital in Khar")


def test_the_hospital_s_management_speaks_for_the_one_hospital_named(drafts):
    # "Two more died ... at the Rafael Rodríguez Zambrano hospital ... The hospital's management said yesterday afternoon
    # that five wounded, among them a 16-year-old, remained under observation."
    _, article = drafts(MANTA)
    assert source_of(article, count=5, outcome="injured") == actor(article, "Rafael Rodríguez Zambrano hospital")


def test_a_dash_in_the_outlet_s_name_is_part_of_it_when_the_letterhead_repeats_it(drafts):
    # "Outlet: Police Regional Office – Bangsamoro Autonomous Region (press release)" above the letterhead "POLICE
    # REGIONAL OFFICE – BANGSAMORO AUTONOMOUS REGION": the whole name, which issues the release's figures
    _, article = drafts(MAGUINDANAO)
    publisher = actor(article, "Police Regional Office – Bangsamoro Autonomous Region")
    assert source_of(article, count=2, outcome="killed") == publisher


def test_a_group_s_deputy_spokesperson_with_a_rank_speaks_for_the_group(drafts):
    # "SSPDF deputy spokesperson Brigadier General Chol Makuei Deng said the soldiers repulsed the attack and killed more
    # than 30 of the attackers."
    _, article = drafts(UPPER_NILE)
    assert source_of(article, count=30, outcome="killed") == actor(article, "SSPDF")


def test_a_rank_and_a_first_name_are_the_person_named_before(drafts):
    # "Brig. Gen. Chol told Sobat Radio ... 'We lost four gallant soldiers and seven others were wounded.'": Chol Makuei
    # Deng again, whose figures are the army's
    _, article = drafts(UPPER_NILE)
    assert "Chol" not in person_names(article)
    assert source_of(article, count=4, outcome="killed") == actor(article, "SSPDF")


def test_the_verb_before_a_pair_of_figures_governs_both(drafts):
    # "drone attacks in Cauca and the south of Valle del Cauca have killed nine members of the security forces and two
    # civilians"; "wounding two soldiers and three passers-by"
    _, article = drafts(SUAREZ)
    assert claims_with(article, count=9, outcome="killed") and claims_with(article, count=2, outcome="killed", victims="civilians")
    _, article = drafts(NDOP)
    assert claims_with(article, count=3, outcome="injured", victim_phrase="three passers-by")


def test_a_set_of_victims_named_before_its_parts(drafts):
    # "Among those killed are at least 11 women and five children"; "Among the dead are three women and a child"
    _, article = drafts(PORT_AU_PRINCE)
    assert claims_with(article, count=11, outcome="killed", victims="women", qualifier="at_least")
    assert claims_with(article, count=5, outcome="killed", victims="children")
    _, article = drafts(FIZI)
    assert claims_with(article, count=3, outcome="killed", victims="women")
    assert claims_with(article, count=1, outcome="killed", victims="children")


def test_of_them_in_a_new_sentence_are_the_set_counted_not_its_last_part(drafts):
    # "... received more than 600 wounded people since 15 June, among them 70 children, most with gunshot wounds. At least
    # 20 of them have died."; "17 injured persons from Guma ..., among them a two-year-old boy with gunshot wounds. Two of
    # them died on Tuesday morning"
    _, article = drafts(ADRE)
    [died] = claims_with(article, count=20, outcome="killed")
    assert died["victims"] == "people"
    _, article = drafts(GUMA)
    [died] = claims_with(article, count=2, outcome="killed", evidence="Two of them died")
    assert died["victims"] == "people"


def test_a_digest_of_someone_s_posts_is_the_poster_s_but_for_the_editor_s_notes(drafts):
    # "Below are the main posts published by Governor Sergei Kolesov on his Telegram channel over the day" ... "08:46 //
    # Shebekino urban okrug. ... A man was killed on the spot." ... "Editor's note: local Telegram channels reported on
    # Sunday morning that three people had died in Shebekino."
    _, article = drafts(BELGOROD)
    governor = actor(article, "Sergei Kolesov")
    assert source_of(article, evidence="A man was killed") == governor
    assert source_of(article, count=3, outcome="killed") != governor


def test_a_cleric_s_a_private_s_and_a_philippine_officer_s_titles_are_no_part_of_the_name(drafts):
    # "Abbé Gilbert Kambale Muhindo"; "Allama Syed Tahir Abbas Naqvi"; "Sainik Rafiqul Islam"; "PRO-BAR Regional Director
    # PBGEN Eduardo P. Cabrera"
    for path, name in ((BENI, "Gilbert Kambale Muhindo"), (KURRAM, "Syed Tahir Abbas Naqvi"), (BANDARBAN, "Rafiqul Islam"),
                       (MAGUINDANAO, "Eduardo P. Cabrera")):
        _, article = drafts(path)
        assert name in person_names(article), path.name


def test_a_role_in_capitals_before_a_rank_is_no_part_of_the_organisation(drafts):
    # "MDSPPO Provincial Director PCOL Harold B. Ramos said ... a police outpost in Shariff Aguak last month, which left
    # one civilian wounded"
    _, article = drafts(MAGUINDANAO)
    assert source_of(article, count=1, outcome="injured") == actor(article, "MDSPPO")


def test_the_outlet_that_residents_spoke_to_only_listened(drafts):
    # "Residents who spoke to Radio Hogaan by phone put the number of dead at "at least four"": the residents' figure,
    # not the radio's (the subject before its relative clause)
    _, article = drafts(AFGOOYE)
    source = source_of(article, count=4, outcome="killed")
    assert entity_names(article, "actors")[source][0].startswith("residents")


def test_a_source_that_gave_a_higher_toll_reports_it(drafts):
    # "A medical source at Muqdadiyah General Hospital gave a higher toll, saying the hospital had received nine bodies and
    # 11 wounded people by early Wednesday."
    _, article = drafts(MUQDADIYAH)
    hospital = actor(article, "Muqdadiyah General Hospital")
    assert source_of(article, count=9, outcome="killed") == hospital == source_of(article, count=11, outcome="injured")


def test_police_who_said_are_the_police_by_that_name_too(drafts):
    # "Three personnel of the District Reserve Guard (DRG) were killed ..., police said on Friday": the country's police,
    # which the text calls "the police" ("The police had earlier put the toll at two")
    _, article = drafts(BIJAPUR)
    source = source_of(article, count=3, outcome="killed", victims="soldiers")
    assert "the police" in entity_names(article, "actors")[source]


def test_a_police_rank_with_its_initials_is_no_organisation(drafts):
    # "said Senior Superintendent of Police (SSP) Kupwara, Mohammad Yaseen Mir"
    _, article = drafts(KUPWARA)
    names = all_names(article, "actors")
    assert "Senior Superintendent of Police" not in names and "SSP" not in names
