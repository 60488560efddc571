"""The lexicon's needle index, built afresh: a kind the index leaves out of what a sentence may
match must find nothing there, or a long-running process (the web server, an evaluation) would
stop seeing what one review sees. A process that has reviewed answers already holds a built
index, so the index is built here from the patterns themselves."""

from __future__ import annotations

from roundtable.evidence import lexicon

SENTENCES = [
    "It was their fault: the vendor never sent the specs, so we lost 3 weeks.",
    "I asked her for a 1:1 and showed her the cohort numbers, and she agreed to keep four weeks.",
    "Looking back, I should have called IT sooner instead of waiting for them.",
    "We launched on time and churn in the pilot cohort dropped 12%.",
    "Honestly the product team was clueless about how customers used it.",
    "I always make sure everyone is aligned before a launch.",
]


def test_every_kind_a_sentence_matches_is_among_those_the_index_allows() -> None:
    index = lexicon._index()
    matched = 0
    for text in SENTENCES:
        possible = index.possible(text, text.lower())
        kinds = possible | {name.partition(" ")[0] for name in possible}
        for kind in lexicon.PATTERNS:
            if next(lexicon.finditer(kind, text), None) is not None:
                matched += 1
                assert kind in kinds, (kind, text)
    assert matched > len(SENTENCES) * 3  # the sentences hold many kinds, not one or two
