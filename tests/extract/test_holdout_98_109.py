"""The extractor on holdout articles 98-109 (synthetic, tests/data/holdout; once unseen, see its README), and on
earlier holdout articles where the same rules apply: the behaviours their first measurement found missing, each checked
against the article's own words."""
from __future__ import annotations

from ckg.paths import ROOT
from extract_testlib import actor

HOLDOUT = ROOT / "tests" / "data" / "holdout"
BURKINA, HAITI, TIBU, SABIID, ABU_SHOUK, KANGVAI = (HOLDOUT / f"{name}.txt" for name in (
    "98_burkina-village-raid-wire", "99_haiti-artibonite-ocha-flash", "100_catatumbo-tibu-translated-daily",
    "101_somalia-sabiid-base-wire", "102_darfur-abu-shouk-flash-update", "103_manipur-kangvai-gunfight-daily"))
ZAMFARA, TRIPOLI, OUHAM_PENDE, JONGLEI, MICHOACAN, NIGER = (HOLDOUT / f"{name}.txt" for name in (
    "104_zamfara-bandits-local-daily", "105_tripoli-shelling-wire", "106_car-ouham-pende-ocha-flash",
    "107_jonglei-ocha-flash-update", "108_michoacan-police-ambush-wire", "109_niger-fds-weekly-communique"))


def test_the_outlet_a_header_names_is_a_group_of_the_source_even_when_the_body_never_names_it(drafts):
    # "Outlet: The Northern Chronicle" and "Outlet: The Loktak Herald" head bodies that never name their paper
    for article_path, outlet in ((ZAMFARA, "The Northern Chronicle"), (KANGVAI, "The Loktak Herald")):
        _, article = drafts(article_path)
        body = article_path.read_text(encoding="utf-8").split("\n\n", 1)[1]
        assert outlet not in body
        [group] = [g for g in article["groups"] if g["id"] == actor(article, outlet)]
        assert group["evidence"] == outlet
