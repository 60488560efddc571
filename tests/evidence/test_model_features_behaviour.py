"""The two learned layers (`evidence/flagging.py`, `evidence/learned.py`) read a clause into
features and sum the weights a training script wrote for those features. A feature the reader
names differently from the trainer, or builds from the wrong part of the clause, is silently
weightless: the model still answers, only worse. These tests hold the reader to the model it
serves, on sentences written for them, and hold the sum of weights to what it promises: an
unknown feature changes nothing, a known one moves the log-odds by exactly its weight, and the
rules' own label wins a tie.
"""

from __future__ import annotations

import json
import math

import pytest

from roundtable.evidence import flagging, learned
from roundtable.evidence.analysis import analyze
from roundtable.evidence.reading import Clause

# One line each, in the voices answers come in: blame, contempt, anger, sole credit, denial,
# dismissal, forcing through, a plain step, a habit, a hypothetical, a hedge, a bullet, a name.
ANSWERS = [
    "I was furious with the vendor because they missed the deadline again.",
    "We shipped the new checkout flow two weeks early.",
    "She told me the data team had dropped the ball, but honestly they were clueless.",
    "The contractors were useless, so I rewrote the whole thing myself over a weekend.",
    "Honestly, I have never failed at anything important.",
    "I didn't care what marketing thought, so I pushed it through without sign-off.",
    "They ignored my emails for a week and then blamed me for the delay.",
    "Our manager was livid when the release slipped.",
    "Nobody else on the team could do it, so I carried the project alone.",
    "If I had more time, I would have tested it more carefully.",
    "I usually check every invoice twice before it goes out.",
    "I'm not sure the fix was right, but it seemed to work.",
    "Dev from finance said the numbers were wrong and asked me to redo them.",
    "The release went out on Friday and error rates fell by 40%.",
    "He thought the plan was pointless, and we went ahead anyway.",
    "Kept pushing them for the logs until they finally sent them.",
    "- pulled the logs, nobody had looked since March",
]

# Features named by the clause's own words: any word may appear, and the trainer keeps only
# those it saw often enough, so these are left out of the vocabulary check.
FLAG_WORDS = ("w=", "p=", "verb=")
LAYER_WORDS = ("word=", "pair=", "at0=", "at1=", "at2=", "verb=", "head=", "head2=",
               "progressive=", "cue=")


def _clauses() -> list[tuple[Clause, Clause | None]]:
    """Every clause of ANSWERS with the clause before it in its sentence, as the flag reader
    is called."""
    found: list[tuple[Clause, Clause | None]] = []
    for answer in ANSWERS:
        before: Clause | None = None
        for clause in analyze(answer).clauses:
            found.append((clause, before if before and before.sentence == clause.sentence
                          else None))
            before = clause
    return found


def _flag_vocabulary() -> set[str]:
    return set(json.loads(flagging.MODEL_PATH.read_text("utf-8"))["weights"])


def _features(text: str) -> list[str]:
    clause = analyze(text).clauses[0]
    return flagging.features(clause, None)


def test_every_feature_the_flag_reader_builds_is_one_the_model_was_trained_on() -> None:
    vocabulary = _flag_vocabulary()
    unknown = {f for clause, before in _clauses() for f in flagging.features(clause, before)
               if not f.startswith(FLAG_WORDS) and f not in vocabulary}
    # "bias" carries no row: the model keeps each flag's bias apart from the weights.
    assert unknown == {"bias"}


def test_the_flag_reader_states_each_part_of_the_reading_once() -> None:
    for clause, before in _clauses():
        found = flagging.features(clause, before)
        assert found[0] == "bias"
        assert len(found) == len(set(found)), found
        assert f"actor={clause.actor}" in found and f"mode={clause.mode}" in found
        assert f"role={clause.role}" in found and f"owner={clause.owner}" in found
        assert f"reported={clause.reported}" in found
        assert f"actor+mode={clause.actor}|{clause.mode}" in found
        assert (f"before={before.actor}|{before.mode}" if before else "before=start") in found
        for family in ("actor", "mode", "role", "owner", "reported", "before", "subject"):
            assert sum(f.startswith(f"{family}=") for f in found) == 1, (family, found)


def test_a_word_class_is_read_with_who_says_it_and_how() -> None:
    """Anger said by the manager is not anger said by the candidate: each class the clause
    uses comes with its actor, its mode and its subject."""
    for clause, before in _clauses():
        found = flagging.features(clause, before)
        subject = next(f for f in found if f.startswith("subject="))
        classes = [f.removeprefix("class=") for f in found
                   if f.startswith("class=") and "|" not in f]
        for name in classes:
            assert name in flagging._CLASSES
            assert {f"class={name}|{clause.actor}", f"class={name}|{clause.mode}",
                    f"class={name}|{subject}"} <= set(found)
        pairs = {f.removeprefix("both=") for f in found if f.startswith("both=")}
        assert len(pairs) == len(classes) * (len(classes) - 1) // 2


def test_a_class_used_twice_is_marked_as_used_more_than_once() -> None:
    twice = _features("The vendor and the contractors missed every deadline.")
    once = _features("The vendor missed every deadline.")
    assert "classes=people" in twice and "class=people" in twice
    assert "classes=people" not in once and "class=people" in once


def test_two_classes_together_are_read_as_a_pair_in_one_order() -> None:
    found = _features("The contractors were clueless about the schema.")
    assert "both=people+incompetent" in found
    assert "both=incompetent+people" not in found


@pytest.mark.parametrize(("text", "subject"), [
    ("We rewrote the onboarding guide in a week.", "we"),
    ("She rewrote the onboarding guide in a week.", "pronoun"),
    ("The new hire rewrote the onboarding guide in a week.", "other"),
])
def test_the_subject_is_read_from_the_clauses_own_opening(text: str, subject: str) -> None:
    found = _features(text)
    assert [f for f in found if f.startswith("subject=")] == [f"subject={subject}"]


def test_a_name_inside_a_clause_is_read_as_a_name_not_as_a_person() -> None:
    """The model learns what is said of someone, not who the corpus's people were."""
    found = _features("Honestly I thought Priya was out of her depth on the migration.")
    assert "w=<name>" in found and "w=priya" not in found
    # A capitalised word that only opens a sentence or is a common word is no name.
    opening = _features("Priya was out of her depth on the migration.")
    assert "w=priya" in opening and "w=<name>" not in opening
    assert "w=<name>" not in _features("We met, and Then nothing happened for a week.")


@pytest.mark.parametrize(("text", "people"), [
    ("The vendor sent the file late.", True),
    ("They sent the file late.", True),
    ("I sent the file late.", False),
    ("The file went out late.", False),
])
def test_another_person_is_found_by_their_word(text: str, people: bool) -> None:
    assert flagging.mentions_others(text) is people


def test_an_unknown_feature_changes_no_probability() -> None:
    known = _features("I was furious with the vendor because they missed the deadline again.")
    with_unknown = [*known, "w=zzzunseenword", "class=not-a-class"]
    assert flagging.probabilities(with_unknown) == flagging.probabilities(known)


def test_each_known_feature_moves_the_log_odds_by_its_weight() -> None:
    data = json.loads(flagging.MODEL_PATH.read_text("utf-8"))
    kinds, bias, weights = data["kinds"], data["bias"], data["weights"]
    base = flagging.probabilities([])
    for at, kind in enumerate(kinds):
        assert base[kind] == pytest.approx(1 / (1 + math.exp(-bias[at])))
        assert flagging.probability(kind, []) == base[kind]
    feature = "class=anger|candidate"
    moved = flagging.probabilities([feature])
    for at, kind in enumerate(kinds):
        odds = math.log(moved[kind] / (1 - moved[kind]))
        assert odds == pytest.approx(bias[at] + weights[feature][at], abs=1e-6)


def test_a_pile_of_one_feature_saturates_instead_of_overflowing() -> None:
    data = json.loads(flagging.MODEL_PATH.read_text("utf-8"))
    strongest = {kind: max(data["weights"], key=lambda f, at=at: abs(data["weights"][f][at]))
                 for at, kind in enumerate(data["kinds"])}
    for kind, feature in strongest.items():
        piled = flagging.probability(kind, [feature] * 5000)
        assert piled in (0.0, 1.0) or piled < 1e-12 or piled > 1 - 1e-12


def test_a_clause_flagged_for_what_it_says_of_others_must_name_someone() -> None:
    """Contempt and dismissal are about what the candidate says or does to someone."""
    for clause, before in _clauses():
        for kind in flagging.flags_of(clause, before):
            assert kind in flagging.KINDS
            if kind in flagging.ABOUT_OTHERS:
                assert flagging.mentions_others(clause.text) or (
                    before is not None and flagging.mentions_others(before.text))


def test_the_flag_reader_reads_contempt_and_anger_in_the_voice_they_are_said() -> None:
    flagged = {kind for answer in ANSWERS[:4] for kind in _kinds(answer)}
    assert {"contempt", "emotional"} <= flagged
    assert not _kinds("We shipped the new checkout flow two weeks early.")


def _kinds(answer: str) -> set[str]:
    found: set[str] = set()
    before: Clause | None = None
    for clause in analyze(answer).clauses:
        found |= set(flagging.flags_of(clause, before))
        before = clause
    return found


# The actor layer (learned.py).

def _layer_vocabulary() -> set[str]:
    return set(json.loads(learned.MODEL_PATH.read_text("utf-8"))["actor"]["weights"])


def _layer_features(clause: Clause, before: Clause | None) -> list[str]:
    return learned.features(clause.text, clause.actor, clause.mode, clause.role, clause.reported,
                            (before.actor, before.mode) if before else None,
                            clause.text.lstrip().startswith("-"))


def test_every_feature_the_actor_layer_builds_is_one_it_was_trained_on() -> None:
    vocabulary = _layer_vocabulary()
    unknown = {f for clause, before in _clauses() for f in _layer_features(clause, before)
               if not f.startswith(LAYER_WORDS) and f not in vocabulary}
    assert not unknown


def test_the_actor_layer_reads_the_rules_reading_and_the_clause_before() -> None:
    found = learned.features("and then blamed me for the delay", "other", "fact", "action",
                             False, ("other", "fact"))
    for feature in ("bias", "actor=other", "mode=fact", "role=action", "actor+mode=other|fact",
                    "reported=False", "bullet=False", "before=other|fact",
                    "before-actor+actor=other|other"):
        assert feature in found
    first = learned.features("I blamed myself", "candidate", "fact", "action", True,
                             bullet=True)
    assert {"before=start", "before-actor+actor=start|candidate", "reported=True",
            "bullet=True"} <= set(first)


def test_the_actor_layer_reads_the_opening_words_in_order() -> None:
    found = learned.features("Priya rewrote the rota", "other", "fact", "action", False)
    assert [f for f in found if f[:2] == "at"] == ["at0=priya", "at1=rewrote", "at2=the"]
    assert "pair=priya_rewrote" in found and "pair=rewrote_priya" not in found
    assert len(found) == len(set(found))


@pytest.mark.parametrize(("text", "form"), [
    ("I was finding the gaps", "s"),
    ("she kept clashing with the leads", "other"),
    ("we owned the outage review", "ed"),
    ("they asking for more", "ing"),
])
def test_the_actor_layer_reads_the_form_of_the_verb_after_the_subject(text: str,
                                                                       form: str) -> None:
    found = learned.features(text, "candidate", "fact", "action", False)
    assert [f for f in found if f.startswith("form=")] == [f"form={form}"]


def test_a_verb_followed_by_an_ing_form_is_read_as_progressive() -> None:
    found = learned.features("I was finding the gaps", "candidate", "fact", "action", False)
    assert "progressive=was" in found
    # …also where the -ing form ends the clause.
    assert "progressive=were" in learned.features("they were arguing", "other", "fact",
                                                  "situation", False)
    assert not any(f.startswith("progressive=") for f in learned.features(
        "I found the gaps", "candidate", "fact", "action", False))


def test_a_number_is_read_as_such() -> None:
    assert "digit" in learned.features("error rates fell 40%", "none", "fact", "result", False)
    assert "digit" not in learned.features("error rates fell by half", "none", "fact", "result",
                                           False)


def test_a_subjectless_clause_is_read_as_opening_on_its_verb() -> None:
    found = learned.features("kept pushing them for the logs", "candidate", "fact", "action",
                             False)
    assert "fragment=True" in found and "head=kept" in found
    told = learned.features("I kept pushing them for the logs", "candidate", "fact", "action",
                            False)
    assert "fragment=False" in told and "head=i" in told


@pytest.mark.parametrize("fallback", ["candidate", "team", "other", "none"])
def test_with_nothing_to_go_on_the_layer_keeps_the_rules_label(fallback: str) -> None:
    assert learned.predict("actor", [], fallback) == fallback
    assert learned.predict("actor", ["word=zzzunseenword"], fallback) == fallback
    # A field the shipped model does not hold is always the rules'.
    assert learned.predict("role", ["bias", "word=i"], fallback) == fallback


def test_the_layer_picks_the_label_with_the_greatest_summed_weight() -> None:
    labels, weights = learned._weights()["actor"]
    found = ["bias", "actor=other", "word=i", "at0=i", "head=i"]
    totals = [sum(weights[f][at] for f in found if f in weights) for at in range(len(labels))]
    best = labels[max(range(len(labels)), key=lambda at: totals[at])]
    for fallback in labels:
        if totals[labels.index(fallback)] < max(totals):
            assert learned.predict("actor", found, fallback) == best
