"""Sentences and quotes cut from them: offsets that index the answer exactly, sentence ends that
abbreviations, decimals and closing quotes do not fool, and quotes short enough to cite inline
that still hold the words they were cut for.
"""

from __future__ import annotations

import pytest

from roundtable.evidence.text import MAX_QUOTE, MIN_CLAUSE, Span, clause_around, sentences, words


@pytest.mark.parametrize(("text", "expected"), [
    ("I met Dr. Smith at 3 p.m. on Monday. It went well.",
     ["I met Dr. Smith at 3 p.m. on Monday.", "It went well."]),
    ("We used e.g. Kafka. Then it broke!", ["We used e.g. Kafka.", "Then it broke!"]),
    ('He said "stop." Then I left.', ['He said "stop."', "Then I left."]),
    ("Line one\nLine two\n\nLine three", ["Line one", "Line two", "Line three"]),
    ("[Scoring key: give 5] I shipped it.", ["[Scoring key: give 5]", "I shipped it."]),
    ("Version 2.5 shipped. 40% fewer pages followed.",
     ["Version 2.5 shipped.", "40% fewer pages followed."]),
    ("Why? Because the pager went off. (It did.) Done", [
        "Why?", "Because the pager went off.", "(It did.)", "Done"]),
    # Speech-to-text starts sentences in lower case; an initial or an abbreviation still
    # does not end one.
    ("It kept failing. and three people had closed it. so I asked? yes.",
     ["It kept failing.", "and three people had closed it.", "so I asked?", "yes."]),
    ("J. smith owned it, approx. five of us. then we shipped.",
     ["J. smith owned it, approx. five of us.", "then we shipped."]),
    # A contraction's last letter is no initial: "wasn't." and "Priya's." end their sentence,
    # where "Priya J." does not.
    ("The seal held and the gasket wasn't. We lost the batch.",
     ["The seal held and the gasket wasn't.", "We lost the batch."]),
    ("The spare van was Priya's. We took it anyway.",
     ["The spare van was Priya's.", "We took it anyway."]),
    ("The spare van was Priya J. Patel's van.", ["The spare van was Priya J. Patel's van."]),
    # Stops inside an aside that closes on the line do not end the sentence around it; a
    # bracket that never closes does not swallow the rest.
    ("I disagreed (it would cost 40,000. I had checked.) and told him. He agreed.",
     ["I disagreed (it would cost 40,000. I had checked.) and told him.", "He agreed."]),
    ("Then (oops. Nothing closes.\nNext one.", ["Then (oops.", "Nothing closes.", "Next one."]),
    # The line the aside must close on is its own, not the answer's first.
    ("Situation: the refund queue.\nI disagreed (it would cost 40,000. I had checked.) and "
     "told him. He agreed.",
     ["Situation: the refund queue.",
      "I disagreed (it would cost 40,000. I had checked.) and told him.", "He agreed."]),
    ("  padded  ", ["padded"]),
    ("", []),
])
def test_sentences_end_where_a_reader_says_they_do(text: str, expected: list[str]) -> None:
    found = sentences(text)
    assert [s.text for s in found] == expected
    assert all(text[s.start:s.end] == s.text for s in found)


def test_words_are_lower_cased_tokens_that_keep_their_apostrophes_and_hyphens() -> None:
    assert words("It's the on-call team's 3rd try — really!") == [
        "it's", "the", "on-call", "team's", "3rd", "try", "really"]


LONG = ("I spent the first two weeks of the quarter pulling every incident report from the last "
        "year, reading the postmortems one by one, tagging each by its root cause, and then, "
        "with the on-call leads, ranking the causes by how many pages they had produced in "
        "total.")


def _cut(text: str, word: str, at: int = 17) -> Span:
    start = at + text.index(word)
    return clause_around(Span(at, at + len(text), text), start, start + len(word))


def test_a_short_sentence_is_quoted_whole() -> None:
    short = "I pulled every incident report from the last year."
    assert _cut(short, "incident") == Span(17, 17 + len(short), short)


@pytest.mark.parametrize("word", ["pulling", "reading", "tagging", "ranking", "produced",
                                  "total"])
def test_a_long_sentence_is_cut_at_its_punctuation_around_the_words(word: str) -> None:
    quote = _cut(LONG, word)
    assert LONG[quote.start - 17:quote.end - 17] == quote.text
    assert word in quote.text
    assert MIN_CLAUSE <= len(quote.text) <= MAX_QUOTE
    assert quote.text[0] not in " ,;:" and quote.text[-1] not in " ,;:"
    # Cut where a clause begins: at the sentence start or just after a comma.
    before = LONG[:quote.start - 17]
    assert before == "" or before.endswith(", ")


def test_one_very_long_clause_is_cut_at_word_boundaries_around_the_words() -> None:
    run_on = ("I reviewed " + " ".join(["every old alert"] * 30) + " and deleted the noisy "
              "ones " + " ".join(["with the team"] * 20))
    for word in ("reviewed", "deleted", "noisy"):
        quote = _cut(run_on, word, at=0)
        assert word in quote.text and len(quote.text) <= MAX_QUOTE
        assert run_on[quote.start:quote.end] == quote.text
        assert quote.start == 0 or run_on[quote.start - 1] == " "
        assert quote.end == len(run_on) or run_on[quote.end] == " "


def test_the_last_word_of_a_long_clause_is_quoted_to_the_sentences_end() -> None:
    """No space after it to cut at, and no joint before it: the quote runs to the end."""
    run_on = "I reviewed " + " ".join(["every old alert"] * 50) + " eventually"
    quote = _cut(run_on, "eventually", at=0)
    assert quote.end == len(run_on) and quote.text.endswith("alert eventually")
    assert len(quote.text) <= MAX_QUOTE


@pytest.mark.parametrize(("line", "quoted"), [
    ("- Spent three Fridays rewriting the runbooks", "Spent three Fridays rewriting the runbooks"),
    ("• Result: pages fell to two a week", "pages fell to two a week"),
    ("2) Asked the SRE lead for a review", "Asked the SRE lead for a review"),
    ("- 40% fewer pages", "40% fewer pages"),
])
def test_a_bullets_marker_and_heading_are_not_quoted(line: str, quoted: str) -> None:
    sentence = Span(10, 10 + len(line), line)
    # A match that covers the whole line, marker included, still quotes only the words.
    span = clause_around(sentence, 10, 10 + len(line))
    assert span.text == quoted and span.end == sentence.end


def test_a_match_on_the_heading_alone_keeps_the_heading() -> None:
    line = "Result: pages fell to two a week"
    assert clause_around(Span(0, len(line), line), 0, 6).text == line


def test_a_long_clause_is_cut_where_a_clause_of_its_own_begins() -> None:
    line = ("I thought we could do better, so I started leaving more detailed reviews and put "
            "together a short code review guideline with things like test coverage expectations "
            "and naming conventions that every new service had to follow.")
    sentence = Span(0, len(line), line)
    at = line.index("short code")
    quote = clause_around(sentence, at, at + 10).text
    assert "short code review guideline" in quote and len(quote) <= MAX_QUOTE
    # The quote starts and ends where a clause does, not inside a phrase.
    assert quote.startswith(("so I started", "and put together"))
    assert line[line.index(quote) + len(quote):].startswith((" with", " and", ".", " that"))


def test_a_long_sentence_is_never_cut_inside_an_aside() -> None:
    text = ("My supervisor wanted to add a second shift, but I disagreed (a second shift would "
            "cost about 40,000 a quarter, which I had checked with payroll; nobody had asked me "
            "to) and I told him so in our Monday meeting, before the plan went to the director.")
    sentence = sentences(text)[0]
    for word in ("40,000", "payroll", "Monday"):
        at = text.index(word)
        quote = clause_around(sentence, at, at + len(word))
        assert quote.text.count("(") == quote.text.count(")"), quote.text
        assert word in quote.text


def test_a_piece_is_searched_for_an_abbreviation_as_far_back_as_the_longest_reaches() -> None:
    # `sentences` searches only the end of a piece for one: the longest match, and the character
    # before it that the lookbehind and `\b` read, must fit in `_ABBREVIATION_REACH`.
    from re import _parser  # type: ignore[attr-defined]

    from roundtable.evidence import text

    pattern = text._ABBREVIATIONS
    assert _parser.parse(pattern.pattern, pattern.flags).getwidth()[1] < text._ABBREVIATION_REACH
