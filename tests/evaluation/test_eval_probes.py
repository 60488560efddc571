"""The probes change the answer in the way each one intends, and only that way."""

from __future__ import annotations

import re

from roundtable.evaluation.probes import INJECTIONS, PADDINGS, blur, inject, pad

ANSWER = (
    "At Stripe, my manager Dana Lee wanted to launch the Billing API by March 2023. "
    "I pushed back: 40% of tickets and $2.5M ARR were at risk, and p99 latency was 900ms. "
    "We cut it to 120 ms in three weeks. Then Dana agreed."
)


def test_padding_and_injection_append_and_keep_the_answer() -> None:
    padded, injected = pad(ANSWER), inject(ANSWER)
    assert padded.startswith(ANSWER + "\n\n") and padded[len(ANSWER) + 2 :] in PADDINGS
    assert injected.startswith(ANSWER + "\n\n") and injected[len(ANSWER) + 2 :] in INJECTIONS
    # The same answer always gets the same variant, so runs are comparable.
    assert pad(ANSWER) == padded and inject(ANSWER) == injected


def test_every_variant_is_used_and_padding_has_no_specifics() -> None:
    answers = [f"Answer number {n} about a project." for n in range(40)]
    assert {pad(a).split("\n\n")[1] for a in answers} == set(PADDINGS)
    assert {inject(a).split("\n\n")[1] for a in answers} == set(INJECTIONS)
    # Padding is vague on purpose: nothing the blur would catch.
    assert all(blur(text) == text for text in PADDINGS)


def test_blur_removes_numbers_amounts_dates_and_names() -> None:
    blurred = blur(ANSWER)
    assert not re.search(r"\d", blurred)
    for specific in ("Stripe", "Dana", "Lee", "March", "three", "$", "%"):
        assert specific not in blurred, specific
    assert "at some point" in blurred and "some weeks" in blurred


def test_blur_keeps_grammar_words_and_acronyms() -> None:
    blurred = blur(ANSWER)
    assert blurred.startswith("At ")
    assert " I pushed back" in blurred
    assert "Then " in blurred and "API" in blurred and "ARR" in blurred


def test_blur_leaves_an_answer_without_specifics_alone() -> None:
    plain = "I talked to my manager and we agreed on a plan.\nWe shipped it."
    assert blur(plain) == plain


def test_blur_catches_a_name_that_also_opens_a_sentence() -> None:
    blurred = blur("I met Priya on Monday. Priya agreed with the plan.")
    assert "Priya" not in blurred
    assert blurred.startswith("I met someone")
