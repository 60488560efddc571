"""The learned layer over the rule reading: it corrects the rules within what the words allow."""

from __future__ import annotations

import pytest

from roundtable.evidence import learned
from roundtable.evidence.analysis import analyze
from roundtable.evidence.reading import Mode


def _reading(text: str) -> list[tuple[str, str]]:
    return [(c.actor, c.mode) for c in analyze(text).clauses]


@pytest.mark.parametrize("text", [
    "It made my blood boil to watch them wave away the numbers.",
    "The whole thing made me angry.",
    "We shipped the migration two weeks early.",
])
def test_a_clause_without_a_modal_or_a_negation_is_never_read_as_one(text: str) -> None:
    assert all(mode not in ("hypothetical", "negated") for _, mode in _reading(text))


def test_a_clause_without_first_person_words_is_never_the_candidates() -> None:
    assert all(actor != "candidate" for actor, _ in _reading(
        "The vendor's release broke the checkout for a day."))


def test_the_layer_reads_a_habit_told_with_would_as_a_habit() -> None:
    assert _reading("Every sprint we'd argue about scope for an hour.") == [("team", "habitual")]


def test_the_layer_can_be_switched_off_for_training() -> None:
    # "which broke" has no subject of its own: the layer reads it as nobody's step
    with learned.rules_only():
        assert learned.relabel("which broke", "candidate", "fact", "action",
                               False) == ("candidate", "fact")
    assert learned.relabel("which broke", "candidate", "fact", "action",
                           False) == ("none", "fact")


def test_the_layer_leaves_mode_to_the_rules() -> None:
    # It read mode no better than the rules in cross-validation (`learned.APPLIED`).
    assert learned.APPLIED == ("actor",)
    assert learned.relabel("I usually call them first", "candidate", "fact", "action",
                           False)[1] == "fact"


@pytest.mark.parametrize(("text", "allowed"), [
    ("Every sprint we'd argue about scope for an hour.", False),
    ("and it was fine", False),
    ("Priya pushed back", True),
    ("and the vendor said", True),
    ("nobody asked", True),
])
def test_the_layer_names_someone_else_only_where_the_words_do(text: str, allowed: bool) -> None:
    """Someone else's reading needs a word for someone: a person, a name, a pronoun, "nobody"."""
    from roundtable.evidence.reading import licensed
    assert licensed(text, "team", "fact", "other", "fact")[0] == ("other" if allowed else "team")


def test_someone_named_after_the_subject_does_not_make_the_clause_theirs() -> None:
    """"The risk was that merchants would not get paid": the subject is the risk."""
    from roundtable.evidence.reading import licensed
    assert licensed("The risk was that merchants would not get paid on time.", "none", "fact",
                    "other", "fact")[0] == "none"


@pytest.mark.parametrize(("text", "rules_mode", "kept"), [
    # A modal or a negation on the clause's own verb, a word of recurrence: the rules' reading
    # stands.
    ("because they'd only have slowed the release down", "hypothetical", True),
    ("I didn't sign the release", "negated", True),
    # …a denial read from "before anyone" has no negation on its verb.
    ("before anyone on the night team noticed", "negated", False),
    ("and the porters often stacked the trolleys by the lift", "habitual", True),
    # A modal in a complement, a habit read from the present alone: the layer may call it a fact.
    ("I underestimated how long the audit would take", "hypothetical", False),
    ("So I ring the depot manager", "habitual", False),
])
def test_the_layer_does_not_overrule_a_modal_a_negation_or_a_recurrence(text: str, rules_mode: Mode,
                                                             kept: bool) -> None:
    from roundtable.evidence.reading import licensed
    assert licensed(text, "candidate", rules_mode, "candidate", "fact")[1] == (
        rules_mode if kept else "fact")
