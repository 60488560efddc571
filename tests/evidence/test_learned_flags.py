"""The learned red-flag reader (evidence/flagging.py) and the vetoes every red flag passes.

The model is data trained by scripts/train_flags.py on the dev part of tests/data/flags and of
the clause corpus; these tests check what it must never do (flag a denial, someone else's
feeling, a teammate's trouble told as the scene of helping, words reported only to be denied)
and what it adds to the phrase rules on sentences no rule was written from.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from roundtable.evidence import flagging
from roundtable.evidence.analysis import analyze
from roundtable.evidence.reading import read_answer
from roundtable.evidence.text import sentences

CORPUS = Path(__file__).parent.parent / "data" / "flags"


def raised(text: str) -> set[str]:
    return {f.kind for f in analyze(text).flags}


def test_the_model_file_has_every_flag_with_a_high_threshold() -> None:
    data = json.loads(flagging.MODEL_PATH.read_text("utf-8"))
    assert sorted(data["kinds"]) == sorted(flagging.KINDS)
    assert all(cut >= 0.6 for cut in data["threshold"])
    for i in range(len(flagging.KINDS)):
        assert any(row[i] for row in data["weights"].values())


def test_the_corpus_has_each_flag_with_positives_and_hard_negatives() -> None:
    for kind in (*flagging.KINDS, "blame"):
        lines = [line for line in (CORPUS / f"{kind}.txt").read_text("utf-8").splitlines()
                 if line[:2] in ("+ ", "- ")]
        assert sum(line.startswith("+") for line in lines) >= 40, kind
        assert sum(line.startswith("-") for line in lines) >= 20, kind


def test_the_reading_is_deterministic() -> None:
    text = "The data folks left us holding the bag, and I was fuming for a week."
    clauses = read_answer(sentences(text))
    first = [flagging.flags_of(c, None) for c in clauses]
    assert first == [flagging.flags_of(c, None) for c in clauses]


@pytest.mark.parametrize(("text", "kind"), [
    # Written for this test, in wording no phrase rule lists.
    ("I pretty much carried the whole release on my back while the others watched.",
     "sole_credit"),
    ("I was so wound up after that call that I shouted at him in front of everyone.",
     "emotional"),
    ("Her team was a bunch of amateurs who couldn't organise anything.", "contempt"),
])
def test_new_wording_is_read(text: str, kind: str) -> None:
    assert kind in raised(text)


@pytest.mark.parametrize(("text", "kind"), [
    ("Backend developer on my team was behind on his part of the API, so I offered to take the "
     "auth endpoints.", "blame"),
    ("Backend developer on my team was behind on his part of the API. I offered to take the "
     "auth endpoints and we shipped on time.", "blame"),
    # a poor state of things found on arrival, told as the scene of what the candidate then
    # helped others put right
    ("When I joined, the handover notes were useless and half the steps were missing. I sat "
     "with the night team for a week and we rewrote them together.", "contempt"),
    ("The previous manager's spreadsheets were a joke. I helped the team move everything into "
     "one tracker.", "contempt"),
    # a trainee's weakness told as what the candidate then trained them through
    ("I was head baker in a busy bakery, and we had a new apprentice, Tom, who'd been with us "
     "about four months. He was keen but really slow on the line, especially on a busy Friday, "
     "and he'd panic a bit. I started putting him on the quieter mornings with me next to him.",
     "contempt"),
    ("I never said she had no idea what she was doing; I said the plan was missing a test "
     "phase.", "contempt"),
    ("I didn't ignore her feedback; I went through every comment with her.", "dismissive"),
    ("I could see she was frustrated, so I suggested we take a break.", "emotional"),
    ("I was told the client was furious.", "emotional"),
    ("She didn't understand our build setup at first, which was my fault for not documenting "
     "it.", "contempt"),
    ("Details matter; I like getting to the bottom of things.", "dismissive"),
    ("I found that half the nodes sat idle between 8pm and 6am.", "blame"),
    ("I saw that most of them could not read the dosage table on a phone screen.", "contempt"),
    # The feeling of the people the candidate steadied, told in a clause that describes them.
    ("I had to reopen the ward on time, and keep a staff that was tired and frustrated working "
     "as one.", "emotional"),
    # A remainder set aside is not the whole of the work claimed.
    ("I avoided all the other formulas and instead gave them a plain timeline.", "sole_credit"),
    ("I told the parents that everything else would wait until the spring term.",
     "sole_credit"),
    # a self-critical aside claims no work
    ("I snapped at the sous chef, which, in front of the whole kitchen, was not my proudest "
     "moment.", "sole_credit"),
    # "care" as a noun or as caring more about someone waves no input away
    ("I took over the catering contract for a child care centre two weeks before the audit.",
     "dismissive"),
    ("I guessed the head teacher would care more about the parents' letters than about my "
     "spreadsheet.", "dismissive"),
    # what the audience did not know is what the message was made for
    ("I had to get it across to a room of carers and a manager who didn't know what \"two of "
     "three sets\" means.", "contempt"),
    # someone else's blaming, told by the candidate, is the scene of the conflict
    ("The fitters kept damaging the sockets, and each trade blamed the other.", "blame"),
    ("My manager blamed the vendor for the delay, so I called the vendor myself.", "blame"),
    # the candidate's own side late is a miss told, not blame
    ("We handed over nine days late; the school used portable classrooms for a week.", "blame"),
    # what a thing did claims no work for anyone
    ("I noted that a single pump carried all of the load for the whole site.", "sole_credit"),
    # an audience's background said flatly is what the message was adapted to
    ("I briefed the hospital trustees, who are not technical people, on why the scanner was "
     "down.", "contempt"),
    # others' shortfall told as the problem whose cause the candidate went on to ask about
    ("The claims form ran to nine pages, and the clinics sent it in late. When I rang a dozen "
     "clinic managers to ask why, most said they were copying numbers we already held.",
     "blame"),
    # the cause found in what people lacked, which the candidate then got them
    ("Most of the delay was the pickers walking back to the office, because they didn't have "
     "scanners on the floor. So I asked the site manager if the pickers could get two spare "
     "handhelds.", "blame"),
    # the other side's reason for their position, told fairly
    ("In his first month the head chef was ready to let him go, because he was slow on the line.",
     "blame"),
    ("The head chef didn't want the new menu yet because the fish vendor hadn't delivered on "
     "time once that month.", "blame"),
    # the team given its due claims nothing for the teller
    ("Honestly the whole crew really pulled together, and we opened the shop on time.",
     "sole_credit"),
    # the teller's own work and pride, told without taking anyone's share or denying a miss
    ("I did a bunch of the stocktaking that month because two of us were off sick.",
     "sole_credit"),
    ("I'm proud of how I handled the night shifts that winter.", "sole_credit"),
    ("I'm proud of how I handled the night shifts that winter.", "never_fail"),
    # a record told as the backdrop of the miss that follows it
    ("My launches generally land on schedule, but this one slipped by two weeks because of my "
     "plan.", "never_fail"),
    # what was measured, in words that wave input away elsewhere ("it was just noise")
    ("I showed the facilities manager a week of noise measurements from the bottling line.",
     "dismissive"),
    ("I asked the radio engineer to check the signal readings at the far gate with me.",
     "dismissive"),
    # a design told as robust claims nothing of the teller's record
    ("I moved the orders onto two couriers so that nothing rested on a single point of failure.",
     "never_fail"),
    # a lesson about people in general denies no failing of the teller's
    ("What that winter taught me is that the quiet trainee isn't always the weak one, some just "
     "need the job shown a second way.", "never_fail"),
])
def test_what_carries_no_flag(text: str, kind: str) -> None:
    assert kind not in raised(text)


@pytest.mark.parametrize(("text", "kind"), [
    # The same words where they do carry the flag: the vetoes are not blanket.
    ("I said she had no idea what she was doing.", "contempt"),
    ("Backend developer on my team was behind on his part of the API, and that is why we "
     "missed the launch.", "blame"),
    ("I was furious and I shouted at her.", "emotional"),
    ("I ignored her feedback and merged anyway.", "dismissive"),
    ("We sat idle for a week waiting on the vendor.", "blame"),
    # the candidate's own reason is theirs to answer for
    ("I didn't want the new menu yet because the fish vendor hadn't delivered on time once "
     "that month.", "blame"),
    ("Some of them couldn't even read a spec.", "contempt"),
    # the scene that claims the work still takes the credit
    ("In my last job I was the one who basically delivered the whole stock move. The rest "
     "of the crew helped out.", "sole_credit"),
    ("The site foreman just wasn't really a numbers guy, so I filled in the cost sheets "
     "myself.", "contempt"),
    # not knowing what one was doing is still belittled, and the candidate's blaming blames
    ("The new supervisor didn't know what he was doing and frankly never would.", "contempt"),
    ("Honestly, we blamed the night shift for the missing pallets.", "blame"),
    ("The claims form ran to nine pages, and the clinics sent it in late. That is why we "
     "missed the quarter's audit.", "blame"),
    ("Design sent the specs a week late and that cost us the sprint.", "blame"),
    # a thing as the subject still claims the work when the teller is its predicate, or when
    # the thing is the teller's, however the sentence capitalises it
    ("Honestly, the whole migration was basically me.", "sole_credit"),
    # (the sole-credit model retrained in round 53 reads the claim only with its "whole")
    ("My work carried that whole release.", "sole_credit"),
    ("Mine was the only name that belonged on that award.", "sole_credit"),
])
def test_what_still_carries_it(text: str, kind: str) -> None:
    assert kind in raised(text)


@pytest.mark.parametrize(("text", "dismissing"), [
    ("Frankly I didn't care what the night shift thought of the new rota.", True),
    ("Who cares what the auditors write, I thought.", True),
    ("I ran the evening shift at a care home for forty residents.", False),
    ("I knew the landlord would care about the damp more than about the rent figures.", False),
    ("The pickers' suggestions didn't matter to the shift manager.", True),
    ("I kept the two routes that mattered most for the Christmas peak.", False),
])
def test_caring_and_mattering_dismiss_only_as_not(text: str, dismissing: bool) -> None:
    clause = read_answer(sentences(text))[0]
    assert ("class=dismiss" in flagging.features(clause, None)) is dismissing


@pytest.mark.parametrize(("text", "belittling"), [
    ("The new buyer doesn't understand how the pallets are costed.", True),
    ("Half of that steering group know nothing about the wards.", True),
    ("Most of the crew were too green to really understand the rigging plan.", True),
    ("He was pleased to know the order had cleared by Friday.", False),
    ("She understands the tenancy rules better than anyone in the office.", False),
])
def test_knowing_belittles_only_as_not_knowing(text: str, belittling: bool) -> None:
    clause = read_answer(sentences(text))[0]
    assert ("class=incompetent" in flagging.features(clause, None)) is belittling


@pytest.mark.parametrize(("text", "belittling"), [
    # how a thing was said, not what someone is
    ("The chef mentioned, almost as a joke, that the walk-in was always warm.", False),
    ("The new supervisor treated the night porters as a joke.", True),
])
def test_a_joke_belittles_only_as_what_someone_is(text: str, belittling: bool) -> None:
    clause = read_answer(sentences(text))[0]
    assert ("class=incompetent" in flagging.features(clause, None)) is belittling


@pytest.mark.parametrize(("text", "word_class", "read"), [
    # noise waves input away as a verdict on it, not as what was measured
    ("The porters' complaints were mostly noise to the new manager.", "dismiss", True),
    ("The tenants asked for the noise measurements from the flat upstairs.", "dismiss", False),
    # handling is anger lost, not what a thing can take
    ("The supervisor flew off the handle at the drivers.", "anger", True),
    ("The supervisor couldn't handle the drivers' questions.", "anger", True),
    ("The second depot could handle the extra parcels on Mondays.", "anger", False),
    # an "-ing" word's class is not lent to its "-ed" form: "embarrassed" is how someone felt
    ("The supplier's invoice was embarrassing for the whole buying team.", "incompetent", True),
    ("The new clerk was embarrassed when she saw the figures.", "incompetent", False),
    # a record claimed, not a count kept
    ("My track record with the auditors speaks for itself.", "deny", True),
    ("The porters didn't keep track of the returns that week.", "deny", False),
])
def test_class_words_are_read_in_their_flag_sense(text: str, word_class: str,
                                                  read: bool) -> None:
    clause = read_answer(sentences(text))[0]
    assert (f"class={word_class}" in flagging.features(clause, None)) is read


@pytest.mark.parametrize(("text", "whose"), [
    ("The rest of the crew just loaded the vans I had planned.", "others"),
    ("Reading the logs first keeps me from just guessing at the cause.", "me"),
    ("It was just a long week at the depot.", "none"),
])
def test_a_slighting_word_is_read_with_whose_part_it_slights(text: str, whose: str) -> None:
    """"The others just followed" gives them the small part; "keeps me from just guessing"
    slights no one: the model sees whose part it is, not the word alone."""
    found = flagging.features(read_answer(sentences(text))[0], None)
    assert f"slight={whose}" in found and "w=just" not in found


def test_a_lesson_that_denies_a_verdict_on_people_holds_no_one_in_contempt() -> None:
    text = ("Sam struggled in his first month on the tills, so I paired him with our best "
            "cashier for two weeks, and by the spring he was training new starters himself. "
            "What I took from it is that the person who's slow at the start isn't always the "
            "wrong hire, sometimes they just need the job shown twice.")
    assert "contempt" not in raised(text)


def test_someone_glad_to_hear_the_news_is_not_held_in_contempt() -> None:
    text = ("I went over the scan results with the locum on Monday, and he was genuinely "
            "glad to know.")
    assert "contempt" not in raised(text)


@pytest.mark.parametrize(("text", "subject"), [
    ("I told the buyers the date would slip.", "I"),
    ("I'm telling you, the buyers knew the date would slip.", "I"),
    ("We told the buyers the date would slip.", "we"),
    ("They told the buyers the date would slip.", "pronoun"),
    ("The warehouse manager told the buyers the date would slip.", "other"),
])
def test_the_model_sees_who_the_subject_is(text: str, subject: str) -> None:
    """Blame said of "we" is not blame said of "they": the model is told which it is."""
    clause = read_answer(sentences(text))[0]
    assert f"subject={subject}" in flagging.features(clause, None)


def test_single_capitals_are_words() -> None:
    """"I" and "QA" are read as words, so "I did the lifting" is not "they did the lifting"."""
    mine = flagging.features(read_answer(sentences("I rebuilt the rota alone."))[0], None)
    theirs = flagging.features(read_answer(sentences("They rebuilt the rota alone."))[0], None)
    assert "w=i" in mine and "p=i_rebuilt" in mine and "w=i" not in theirs
    qa = flagging.features(read_answer(sentences("QA signed off the build on Friday."))[0], None)
    assert "class=people" in qa


@pytest.mark.parametrize(("text", "word_class"), [
    # another form of a class word is the word ("brushing" for "brushed")
    ("She kept brushing aside the porters on the night shift.", "dismiss"),
    ("He kept blaming the printers over the leaflets.", "fault"),
    # a possessive names its owner ("the supplier's fault" names the supplier)
    ("It was the supplier's mess in the end.", "people"),
])
def test_word_forms_and_possessives_keep_their_class(text: str, word_class: str) -> None:
    clause = read_answer(sentences(text))[0]
    assert f"class={word_class}" in flagging.features(clause, None)


@pytest.mark.parametrize("text", [
    "The cars were parked outside the depot all week.",
    "She was caring for her father that spring, so I covered her rounds.",
])
def test_only_verb_forms_are_read_as_class_words(text: str) -> None:
    """"cars" is no form of "care", and caring for someone waves no input away."""
    clause = read_answer(sentences(text))[0]
    assert "class=dismiss" not in flagging.features(clause, None)


@pytest.mark.parametrize(("text", "me"), [
    ("My part was the rota.", True),
    ("I'd rebuilt it by then.", True),
    ("The team pulled together.", False),
    ("Imogen ran the night shift.", False),
])
def test_the_teller_is_found_by_word(text: str, me: bool) -> None:
    assert flagging.mentions_me(text) is me
