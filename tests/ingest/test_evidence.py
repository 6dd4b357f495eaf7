"""Quote matching on the real article: no-break spaces, curly quotes, line breaks, the stray U+0639."""
from __future__ import annotations

import pytest

from ingest.evidence import CONTEXT_CHARS, EvidenceError, TextIndex, normalise
from ingest.layout import read_raw_text

from ingest_testlib import SEED_TEXT

RAW = read_raw_text(SEED_TEXT)
INDEX = TextIndex(RAW, SEED_TEXT.name)


def check_selectors(found):
    """The raw slice is the exact quote, and prefix/suffix are the raw text right around it."""
    assert RAW[found.start:found.end] == found.exact
    assert found.prefix == RAW[max(0, found.start - CONTEXT_CHARS):found.start]
    assert found.suffix == RAW[found.end:found.end + CONTEXT_CHARS]


def test_plain_space_matches_no_break_space():
    found = INDEX.locate("reported the correspondent for The New Arab Arabic edition")
    check_selectors(found)
    assert "\u00a0" in found.exact and found.exact.replace("\u00a0", " ") == (
        "reported the correspondent for The New Arab Arabic edition")


def test_straight_quotes_match_typographic_ones():
    typed = ("\"This is completely out of the question. We will not give up the city of Aleppo to the Russians "
             "and we won't surrender,\"")
    found = INDEX.locate(typed)
    check_selectors(found)
    assert found.exact[0] == "\u201c" and found.exact[-1] == "\u201d" and "won\u2019t" in found.exact
    assert len(found.exact) == len(typed)


@pytest.mark.parametrize("typed", ["Zahraa neighbourhoods", "Zahraa neighborhoods", "Zahraa neighbo\u0639rhoods"])
def test_stray_arabic_letter_inside_a_word(typed):
    found = INDEX.locate(typed)
    check_selectors(found)
    assert found.exact == "Zahraa neighbo\u0639rhoods"
    assert RAW.index("\u0639") in range(found.start, found.end)


def test_quote_across_a_line_break_and_a_typed_space():
    found = INDEX.locate("killed nine civilians. It blamed the strike on Russian aircraft. The Observatory")
    check_selectors(found)
    found = INDEX.locate("among them seven children. Both sides have been blamed")
    check_selectors(found)
    assert "\n" in found.exact


def test_offsets_count_code_points_after_multibyte_characters():
    # everything after the curly quotes and the Arabic letter sits at different byte and code-point offsets
    found = INDEX.locate("With input from agencies")
    check_selectors(found)
    assert len(RAW[:found.start].encode("utf-8")) > found.start


def test_search_copy_maps_back_to_raw_offsets():
    text = "a\u00a0\u00a0\u201cb\u201d\r\n c"
    search, origin = normalise(text)
    assert search == 'a "b" c'
    assert [text[i] for i in origin] == ["a", "\u00a0", "\u201c", "b", "\u201d", "\r", "c"]


def test_misspelt_quote_names_the_closest_match():
    with pytest.raises(EvidenceError) as error:
        INDEX.locate("airstrikes on the village of Mizznaz killed nine civilians")
    message = str(error.value)
    assert "not found" in message
    assert "'airstrikes on the village of Miznaz killed nine civilians'" in message
    start = RAW.index("airstrikes on the village of Miznaz")
    assert f"at characters {start}-" in message


def test_repeated_quote_is_ambiguous_unless_an_occurrence_is_given():
    starts = [i for i in range(len(RAW)) if RAW.startswith("West Aleppo", i)]
    assert len(starts) == 2
    with pytest.raises(EvidenceError) as error:
        INDEX.locate("West Aleppo")
    assert "2 times" in str(error.value) and f"{starts[0]}, {starts[1]}" in str(error.value)
    second = INDEX.locate("West Aleppo", occurrence=2)
    assert second.start == starts[1]
    check_selectors(second)
    with pytest.raises(EvidenceError, match="occurrence 3"):
        INDEX.locate("West Aleppo", occurrence=3)
