"""Casualty claims on holdout articles (synthetic, tests/data/holdout; written blind, see its README): one count
covering two kinds of victims, figures "according to a count by", "figures from" or "information gathered by" a body
or "according to government figures", a body that "gave lower figures", a translator's bracket that gives a body's
other name, auxiliaries counted by their acronym, a list of the dead, one victim among the dead, sources known by where they
serve ("county security officials", "the civil society of Bwito") and periods that run from a day the text gave ("since the attack")."""
from __future__ import annotations

from extract_testlib import actor, all_names, claims_with, entity_names, holdout, people_by_name, registered, source_of

FADA, BEN_GUERDANE = holdout("135_fada-convoy-wire", "402_ben-guerdane-raid")
MICHOACAN, MANTA, BOCARANGA = holdout("108_michoacan-police-ambush-wire", "163_manta-massacre-daily",
                                      "274_bocaranga-3r-minusca-statement")
HOMS, CHOCO = holdout("131_homs-border-shelling-outlet", "141_choco-confinement-regional")
KASESE, DJIBO = holdout("56_kasese-adf-village-raid", "128_djibo-convoy-army-release")
JONGLEI, = holdout("28_jonglei-cattle-raid-radio")
GEZIRA, KHARKIV = holdout("250_gezira-rsf-village-raid", "360_kharkiv-shopping-centre-liveblog")
MARSABIT, MYAING, IDLIB = holdout("169_marsabit-banditry-kbc", "144_pauk-airstrike-outlet", "263_idlib-olive-press-strikes")
MASISI, = holdout("123_masisi-militia-attack-monitor")
GEDO, KISMAYO = holdout("124_gedo-ied-convoy-radio", "377_kismayo-hotel-siege")
BWITO, LULENGE, BAHEMA = holdout("137_rutshuru-bambo-radio", "209_fizi-minembwe-village-attacks-church-radio",
                                 "382_djugu-displacement-site")


def test_one_count_of_two_kinds_of_victims(drafts):
    # "At least 17 soldiers and auxiliaries were killed when jihadists ambushed a supply convoy ..., a security source
    # said": one figure for both, of the first kind named, and the security source's
    _, fada = drafts(FADA)
    [claim] = claims_with(fada, count=17, outcome="killed")
    assert claim["victims"] == "soldiers" and claim["victim_phrase"] == "At least 17 soldiers and auxiliaries"
    assert claim["claimed_by"] != actor(fada, "AFP")
    # "Dozens of assailants and some twenty members of the security forces and civilians were killed": the second
    # count runs to the verb too
    _, ben_guerdane = drafts(BEN_GUERDANE)
    [twenty] = claims_with(ben_guerdane, count=20, outcome="killed")
    assert twenty["victims"] == "soldiers"
    assert twenty["victim_phrase"] == "some twenty members of the security forces and civilians"


def test_a_figure_by_or_from_a_body_is_the_bodys(drafts):
    # "The ambush brings to 27 the number of police officers killed ..., according to a count by Causa en Comun, a
    # civil society group": its count, a name with a Spanish particle
    _, michoacan = drafts(MICHOACAN)
    assert source_of(michoacan, count=27, outcome="killed") == actor(michoacan, "Causa en Comun")
    # "Manabí has recorded 287 violent deaths so far in 2025, according to figures from the Ministerio del Interior
    # [Interior Ministry]": the ministry's, which is no place "from the" text
    _, manta = drafts(MANTA)
    assert source_of(manta, count=287) == actor(manta, "Ministerio del Interior")
    assert not any("Ministerio" in name for name in all_names(manta, "places"))
    # "According to preliminary information gathered by the Mission's Human Rights and Justice Division, at least nine
    # civilians were killed": a division of the mission (MINUSCA) speaks for it
    _, bocaranga = drafts(BOCARANGA)
    mission = "United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic"
    assert source_of(bocaranga, count=9, outcome="killed") == actor(bocaranga, mission)


def test_a_body_in_a_place_that_gave_lower_figures(drafts):
    # "The health directorate in Homs gave lower figures, saying two people had been killed and seven wounded"
    _, homs = drafts(HOMS)
    directorate = source_of(homs, count=7, outcome="injured")
    assert directorate == source_of(homs, count=2, outcome="killed")
    assert entity_names(homs, "actors")[directorate][0] == "health directorate"


def test_a_translators_bracket_names_the_same_body(drafts):
    # "the Ombudsman's Office [Defensoría del Pueblo] warned", "The Titan Joint Task Force [Fuerza de Tarea Conjunta
    # Titán], the Army unit in charge of Chocó, said": one group each, under the name the text gives first
    _, choco = drafts(CHOCO)
    names = entity_names(choco, "actors")
    for first, other in (("Ombudsman's Office", "Defensoría del Pueblo"),
                         ("Titan Joint Task Force", "Fuerza de Tarea Conjunta Titán")):
        [group] = [g for g, group_names in names.items() if other in group_names]
        assert names[group][0] == first, names[group]


def test_official_figures_are_the_governments(drafts):
    # "In June 2023, the rebels attacked Lhubiriha Secondary School in Mpondwe, killing 42 people, 37 of them students,
    # according to government figures": the government's of the country the article is about, not the outlet's
    _, kasese = drafts(KASESE)
    government = source_of(kasese, count=42, outcome="killed")
    [actor_entry] = [a for a in kasese["entities"]["actors"] if a["id"] == government]
    assert actor_entry["type"] == "government" and "Uganda" in actor_entry["name"]
    assert source_of(kasese, count=37, outcome="killed") == government


def test_a_count_of_soldiers_and_auxiliaries_by_their_acronym(drafts):
    # "seven (07) soldiers and three (03) VDP killed", "eleven (11) soldiers and four (04) VDP fallen with arms in hand":
    # the Volunteers for the Defence of the Homeland are counted as soldiers, as the army counts them with its own
    _, djibo = drafts(DJIBO)
    for count in (3, 4):
        [claim] = claims_with(djibo, count=count, outcome="killed", victims="soldiers")
        assert "VDP" in claim["victim_phrase"]


def test_a_list_of_the_dead_is_of_the_set_it_follows(drafts):
    # "Among the dead are eleven young men who were guarding the cattle, four women and two children," the commissioner
    # said: three figures, each of the dead, none a part of the first (the gold makes all three parts of his toll of
    # 17, given a paragraph before)
    _, jonglei = drafts(JONGLEI)
    [young_men] = claims_with(jonglei, count=11, outcome="killed")
    [women] = claims_with(jonglei, count=4, outcome="killed", victims="women")
    [children] = claims_with(jonglei, count=2, outcome="killed", victims="children")
    assert young_men["claimed_by"] == women["claimed_by"] == children["claimed_by"]
    assert women.get("part_of") != young_men["id"] and children.get("part_of") != young_men["id"]


def test_one_victim_among_the_dead(drafts):
    # "Five women and a 12-year-old boy were among the dead": two parts of the alliance's toll of 23, neither a part of
    # the other
    _, gezira = drafts(GEZIRA)
    [toll] = claims_with(gezira, count=23, outcome="killed")
    [women] = claims_with(gezira, count=5, outcome="killed", victims="women")
    [boy] = claims_with(gezira, count=1, outcome="killed", victims="children")
    assert women["part_of"] == boy["part_of"] == toll["id"]
    assert women["claimed_by"] == boy["claimed_by"] == toll["claimed_by"]
    # "A 12-year-old boy is among the dead": one, in a sentence of its own
    _, kharkiv = drafts(KHARKIV)
    assert [c for c in claims_with(kharkiv, count=1, outcome="killed", victims="children")
            if c["evidence"].startswith("A 12-year-old boy is among the dead")]


def test_unnamed_sources_known_by_where_they_serve(drafts):
    # "According to county security officials, more than 30 people have been killed ... in Marsabit since January"
    _, marsabit = drafts(MARSABIT)
    assert source_of(marsabit, count=30, outcome="killed") == actor(marsabit, "county security officials")
    # "... killing five people, according to local resistance groups"
    _, myaing = drafts(MYAING)
    assert source_of(myaing, count=5, outcome="killed") == actor(myaing, "local resistance groups")
    # "The UK-based Syrian Observatory for Human Rights, which relies on a network of sources inside Syria, initially
    # reported eight deaths": the Observatory, without the adjective before its name
    _, idlib = drafts(IDLIB)
    assert source_of(idlib, count=8, outcome="killed") == registered("Syrian Observatory for Human Rights")
    assert not [name for name in all_names(idlib, "actors") if name.startswith("UK-based")]


def test_periods_that_run_to_publication(drafts):
    # A paper of 8 October 2020: "around 400 households had fled ... since the attack" (of Sunday 4 October), and "46
    # civilians killed in Masisi territory since the start of 2020"
    _, masisi = drafts(MASISI)
    spans = {e.get("date_phrase"): (e.get("precision"), e.get("earliest"), e.get("latest")) for e in masisi["events"]}
    assert spans["since the attack"] == ("bound", "2020-10-04", "2020-10-08")
    assert spans["since the start of 2020"] == ("bound", "2020-01-01", "2020-10-08")


def test_the_civil_society_of_a_place_speaks_through_its_president(drafts):
    # "Justin Kakule Mbusa, president of the civil society of Bwito chiefdom, told Radio Tujenge": he speaks for the
    # civil society of Bwito, which the text also quotes by that name
    _, bwito = drafts(BWITO)
    society = actor(bwito, "civil society of Bwito")
    mbusa = people_by_name(bwito)["Justin Kakule Mbusa"]
    assert mbusa["affiliation"] == society and mbusa["title"] == "president of the civil society of Bwito"
    # "... says Jean-Paul Dhedonga, president of the civil society of Bahema Nord.": the place without the full stop
    _, bahema = drafts(BAHEMA)
    assert source_of(bahema, count=6, outcome="injured") == actor(bahema, "civil society of Bahema Nord")
    # "the civil society of the Lulenge sector" and "Bahati Musafiri, the president of the civil society of Lulenge":
    # one body by two names, whose figures are all its own
    _, lulenge = drafts(LULENGE)
    society = actor(lulenge, "civil society of Lulenge")
    assert actor(lulenge, "civil society of the Lulenge sector") == society
    assert source_of(lulenge, count=9, outcome="killed") == society


def test_a_name_that_claims_an_attack_is_a_group(drafts):
    # "Al-Shabaab claimed responsibility for the attack through its Radio Andalus, saying its fighters had killed 11
    # \"apostate soldiers\"": the group's figure, though the text names it nowhere else as a group
    _, gedo = drafts(GEDO)
    assert source_of(gedo, count=11, outcome="killed") == actor(gedo, "Al-Shabaab")
    # "In July, al-Shabaab gunmen and a suicide car bomber stormed the Medina hotel": gunmen of a group
    _, kismayo = drafts(KISMAYO)
    assert "al-Shabaab" in all_names(kismayo, "actors")
