"""The extractor on holdout articles 330-369 (synthetic, tests/data/holdout; written blind, see its README), and on
older holdout articles where the same rule is at work: lands named with their local division's word, places named
without a preposition, facilities, and a titled source named only further on, checked against the article's own
words."""
from __future__ import annotations

from extract_testlib import actor, all_names, holdout, ids_named, named, places, source_of

SUMY, SOKOTO, BAJAUR = holdout("159_sumy-border-shelling-ova-update", "281_sokoto-villages-rights-statement",
                               "276_bajaur-rally-bombing")
WAZIRISTAN, KACHIN, PAUK = holdout("203_north-waziristan-post-ispr", "162_kachin-airstrike-outlet",
                                   "144_pauk-airstrike-outlet")
BENI, RUZIZI, KHARKIV = holdout("114_beni-adf-village-ngo", "53_ruzizi-plain-ocha-flash",
                                "360_kharkiv-shopping-centre-liveblog")
CHAD_LAC, MASISI, BELGOROD = holdout("333_chad-lac-base-attack-afp", "123_masisi-militia-attack-monitor",
                                     "186_belgorod-governor-telegram-digest")
LAMU, = holdout("341_lamu-bus-attack-daily")
KAJURU, PONT_SONDE, SOTK = holdout("134_kajuru-attack-daily", "357_haiti-pont-sonde-massacre",
                                  "363_sotk-border-shelling-regional")
KATSINA, ILAMA = holdout("125_katsina-bandit-raid-daily", "78_ilama-prison-riot-translated")
BOSSO, KULGAM, FIZI = holdout("109_niger-fds-weekly-communique", "49_kashmir-kupwara-kulgam-pressrelease",
                              "265_uvira-fizi-civil-society")
TIBU, RUESO, SILGER = holdout("261_catatumbo-ombudsman-release", "47_narathiwat-ranger-bomb-daily",
                              "264_bijapur-ied-road-opening-party")


def test_a_land_named_with_its_local_division_word(drafts):
    # "Khotin hromada: the enemy carried out a mortar attack", "Augie Local Government Area", "Loi Mamund tehsil": the
    # word is part of the land's name, as a curator writes it
    assert named(places(drafts, SUMY), "Khotin hromada")
    assert named(places(drafts, SOKOTO), "Augie Local Government Area")
    assert named(places(drafts, BAJAUR), "Loi Mamund tehsil")


def test_a_town_and_the_land_named_after_it_are_two_places(drafts):
    # "the airstrike on the town of Bilopillia" and "Bilopillia hromada"; "Kharkiv" and "Kharkiv district" (a known
    # city): the town is not renamed into the land around it
    sumy = places(drafts, SUMY)
    assert named(sumy, "Bilopillia") != named(sumy, "Bilopillia hromada")
    kharkiv = places(drafts, KHARKIV)
    assert named(kharkiv, "Kharkiv") != named(kharkiv, "Kharkiv district")


def test_a_land_with_a_capitalised_kind_after_a_comma_or_an_owner(drafts):
    # "in general area Mir Ali, North Waziristan District", "in Kachin State's Bhamo District", "in Magway Region's Pauk
    # Township": the land as named, whatever word comes before it
    assert named(places(drafts, WAZIRISTAN), "North Waziristan District")
    assert named(places(drafts, KACHIN), "Bhamo District")
    assert named(places(drafts, PAUK), "Pauk Township")


def test_an_armys_region_or_an_islamic_state_province_is_no_land(drafts):
    # "the FARDC's 33rd Military Region", "the Islamic State's Central Africa Province": names of a command and of a
    # group's branch, not places
    assert not [n for n in all_names(drafts(RUZIZI)[1], "places") if "Military Region" in n]
    assert not ids_named(places(drafts, BENI), "Central Africa Province")


def test_the_country_a_text_never_names_is_where_its_places_lie(drafts):
    # a Nigerian daily names Katsina State and its towns but never Nigeria; a Honduran daily, Santa Bárbara and Ilama
    # but never Honduras: the country is the top of their containment, as an event record's country is
    for article, country in ((KATSINA, "Nigeria"), (ILAMA, "Honduras")):
        assert country not in article.read_text(encoding="utf-8")
        places = drafts(article)[1]["entities"]["places"]
        [home] = [p for p in places if p["name"] == country]
        assert home["kind"] == "country"
        assert any(p.get("parent") == home["id"] for p in places)


def test_places_named_without_a_preposition(drafts):
    # "attacked the FDS position at Toumour", "the security forces' camp at Silger", "in village Reshipora of Kulgam
    # district", "the neighbouring villages of Kahololo and Ndegu", "the vereda Caño Indio", "in tambon Sawo"
    assert named(places(drafts, BOSSO), "Toumour")
    assert named(places(drafts, SILGER), "Silger")
    assert named(places(drafts, KULGAM), "Reshipora")
    fizi = places(drafts, FIZI)
    assert named(fizi, "Kahololo") != named(fizi, "Ndegu")
    assert "vereda Caño Indio" in places(drafts, TIBU)[named(places(drafts, TIBU), "Caño Indio")]
    assert named(places(drafts, RUESO), "Sawo")


def test_a_place_name_ends_at_a_full_stop(drafts):
    # "... at Ngomirom, in the department of Kaya. Eighteen of our valiant soldiers": Kaya, not "Kaya. Eighteen"
    names = all_names(drafts(CHAD_LAC)[1], "places")
    assert "Kaya" in names or "Kaya department" in names
    assert not [n for n in names if "Eighteen" in n]


def test_a_facility_where_the_wounded_were_taken_or_that_speaks(drafts):
    # "4 of whom were transferred to the general referral hospital in Oicha", "A nurse at the Kalau health center said",
    # "The wounded were taken to the Nyabiondo health centre", "taken to the Shebekino central district hospital"
    beni = places(drafts, BENI)
    assert named(beni, "general referral hospital in Oicha") and named(beni, "Kalau health center")
    assert named(places(drafts, MASISI), "Nyabiondo health centre")
    assert named(places(drafts, BELGOROD), "Shebekino central district hospital")


def test_some_hospital_is_no_place(drafts):
    # "the injured victims were rushed to a hospital in Kajuru": a hospital no curator can name
    assert not [n for n in all_names(drafts(KAJURU)[1], "places") if "hospital" in n]


def test_a_facility_named_at_the_end_of_a_sentence_has_no_full_stop(drafts):
    # "... died of his wounds in a military hospital in Yerevan."
    names = all_names(drafts(SOTK)[1], "places")
    assert "military hospital in Yerevan" in names and "military hospital in Yerevan." not in names


def test_a_title_named_before_the_person_it_belongs_to(drafts):
    # "The mayor of Saint-Marc, the commune that includes Pont-Sondé, said more than 60 people had been killed. On
    # Wednesday, he had given a toll of about 50." and further on "Mayor Wilson Saint-Fleur told AFP"
    _, article = drafts(PONT_SONDE)
    mayor = actor(article, "Wilson Saint-Fleur")
    assert source_of(article, count=60, outcome="killed") == mayor
    assert source_of(article, count=50, outcome="killed") == mayor


def test_a_word_opening_the_sentence_is_no_part_of_an_office(drafts):
    # "But Lamu Governor Mohamed Athman Shee, in a post on his X account ...": no group "But Lamu"
    _, article = drafts(LAMU)
    assert not [n for n in all_names(article, "actors") if n.startswith("But ")]
