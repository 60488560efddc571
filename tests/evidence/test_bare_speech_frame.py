"""A second-language speaker's frame of speech in the bare present after whoever speaks ("my
manager say", "the client say") is cut from what was said, and what was said is the speaker's
(LABELS.md: reported speech belongs to its speaker), as "my manager said" is. Sentences the
corpus does not hold, with near misses where "say" frames nothing.
"""

from __future__ import annotations

from one_clause import clause_starting

from roundtable.evidence.analysis import analyze


def test_a_bare_say_after_its_speaker_frames_what_they_said() -> None:
    answer = "My supervisor say next time I should phone him before I open the gate."
    frame = clause_starting(answer, "My supervisor say")
    said = clause_starting(answer, "next time I should phone him")
    assert (frame.actor, frame.mode) == ("other", "fact")
    assert (said.actor, said.mode, said.reported) == ("other", "hypothetical", True)


def test_a_say_that_frames_nothing_is_not_cut() -> None:
    # a noun, an infinitive and a stance keep their clause whole
    assert [c.text for c in analyze("The drivers had no say in the new rota.").clauses] == [
        "The drivers had no say in the new rota."]
    assert [c.text for c in analyze("I want to say it was the March release.").clauses] == [
        "I want to say it was the March release."]
    assert [c.text for c in analyze("I would say the drivers were right.").clauses] == [
        "I would say the drivers were right."]


def test_words_run_on_after_a_one_word_answer_are_the_speakers() -> None:
    """"He said no, | it will be fine, | and we have a good relationship with them" is his
    answer, unquoted: present and future clauses after the answer are what he said."""
    answer = ("He said no, it will be fine, the customer will not see the difference, and we "
              "have a good relationship with them.")
    for opening in ("it will be fine", "the customer will not", "and we have a good"):
        said = clause_starting(answer, opening)
        assert (said.owner, said.reported) == ("other", True), opening


def test_the_story_told_on_after_an_answer_is_not_what_was_said() -> None:
    """A clause told in the past after the answer is the story going on ("He said no, | so I
    went to his boss"), and so is a sentence with no answer word after its "said"."""
    for answer, opening in (("He said no, so I went to his boss the next morning.", "so I went"),
                            ("She said yes, and we started on Monday.", "and we started"),
                            ("She said no, and I escalated it the same day.", "and I escalated")):
        step = clause_starting(answer, opening)
        assert (step.owner, step.reported) != ("other", True), answer
        assert step.actor in ("candidate", "team"), answer
