"""The learned flag reader's words in their sense: an idiom's word outside its idiom, a judging
word said of a thing, and whose feeling a word of anger tells."""

from __future__ import annotations

import pytest

from roundtable.evidence.analysis import analyze
from roundtable.evidence.flagging import features, felt_by_another, judges_a_thing


def _classes(text: str) -> set[str]:
    clause = analyze(text).clauses[0]
    return {f.removeprefix("class=") for f in features(clause, None)
            if f.startswith("class=") and "|" not in f}


@pytest.mark.parametrize(("text", "angry"), [
    ("I was at the end of my rope with the rota.", True),
    ("Our rope spend went up only 8% that year.", False),
    ("The delays drove me up the wall.", True),
    ("We fixed the shelf to the back wall.", False),
    ("I saw red when the order went missing again.", True),
    ("We moved the red folders to the front desk.", False),
    ("I lost my temper in the stand-up.", True),
    ("We lost the Henley contract in March.", False),
    ("The noise drove me crazy all week.", True),
    ("It was a crazy idea, and it worked.", False),
])
def test_an_idioms_word_is_anger_only_inside_its_idiom(text: str, angry: bool) -> None:
    assert ("anger" in _classes(text)) is angry


@pytest.mark.parametrize(("text", "judged"), [
    ("He was out of his depth on the new till.", True),
    ("We measured the depth of the trench twice.", False),
    ("Honestly, the new hires were dead weight.", True),
    ("We switched to weight-based alarm presets.", False),
    ("She had no clue what the spreadsheet did.", True),
    ("The first clue was a spike in refunds.", False),
])
def test_a_judging_idioms_word_judges_only_inside_its_idiom(text: str, judged: bool) -> None:
    assert ("incompetent" in _classes(text)) is judged


@pytest.mark.parametrize(("text", "of_a_thing"), [
    ("dumb version of the plan", True),
    ("dinosaur exhibit opened in May", True),
    ("sloppy handover notes", True),
    ("dumb developers", False),
    ("useless idiots", False),
    ("useless, this is the fourth time", False),
    ("lazy and slow", False),
    ("stupid", False),
])
def test_a_judging_word_before_a_thing_judges_the_thing(text: str, of_a_thing: bool) -> None:
    assert judges_a_thing(text) is of_a_thing


@pytest.mark.parametrize(("before", "theirs"), [
    ("A clinic director called me ", True),
    ("The station manager, whose flight I'd put fourth, came into the ops room very ", True),
    ("Gloria, who'd been there longer than me, got really ", True),
    ("The whole thing made me ", False),
    ("My manager annoyed me so much ", False),
    ("I got so ", False),
    ("When Tom said that, I was ", False),
    ("At one point I ", False),
    ("Afterwards the manager was ", True),
    ("And I apologised to the two nurses who'd been taken off, one of whom had been very ", True),
    ("", False),
])
def test_whose_feeling_is_told(before: str, theirs: bool) -> None:
    assert felt_by_another(before) is theirs


@pytest.mark.parametrize(("text", "angry"), [
    ("I was slightly annoyed that nobody had caught it.", False),
    ("I was a bit frustrated with the supplier.", False),
    ("I was annoyed that nobody had caught it.", True),
    # The softener eases only a mild feeling: "slightly furious" is still furious.
    ("I was slightly furious with the supplier.", True),
])
def test_a_mild_feeling_owned_with_a_softener_is_no_anger(text: str, angry: bool) -> None:
    """Candour about a mild feeling ("slightly annoyed", "a bit frustrated") is not read as
    the teller's anger by the learned flag reader."""
    assert ("anger" in _classes(text)) is angry


@pytest.mark.parametrize("sentence", [
    "The flight pushed back four minutes late.",
    "The launch was pushed back to Friday.",
    "We pushed back from the gate on time.",
])
def test_pushing_back_a_plane_or_a_date_is_no_disagreement(sentence: str) -> None:
    assert not analyze(sentence).of("disagreement")


def test_pushing_back_on_someone_is_still_one() -> None:
    assert analyze("She wanted it Friday and I pushed back on the date.").of("disagreement")


@pytest.mark.parametrize(("text", "contempt"), [
    ("I'm quite blunt if something's sloppy.", False),
    ("It was sloppy, so I sent it back to the printer.", False),
    ("If anything looked a bit sloppy I reran it.", False),
    ("He was sloppy and the client noticed.", True),
    ("Honestly the night crew were sloppy.", True),
])
def test_a_judging_word_said_of_whatever_is_at_hand_judges_no_one(text: str,
                                                                    contempt: bool) -> None:
    assert ("contempt" in {f.kind for f in analyze(text).flags}) is contempt


@pytest.mark.parametrize(("text", "steamroll"), [
    ("I kept him out of the spotlight, because frankly some of the newer pedagogy was going "
     "over his head.", False),
    ("The jargon was going over everyone's heads, so I rewrote the brief.", False),
    ("He blocked it, so I went over his head to the director and got it signed.", True),
])
def test_what_goes_over_someones_head_is_too_hard_for_them_not_a_way_round_them(
        text: str, steamroll: bool) -> None:
    assert ("steamroll" in {f.kind for f in analyze(text).flags}) is steamroll
