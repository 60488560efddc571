"""Infer the competency an answer is about, from the question first and the answer second."""

from __future__ import annotations

import marshal
import math
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from roundtable import answer_model, question_model
from roundtable import regexes as re
from roundtable.catalog.loader import competencies
from roundtable.catalog.schema import Competency
from roundtable.json_cache import computed

_QUESTION_WEIGHT = 1.0
_SIMILARITY_WEIGHT = 20.0
"""Points for a question whose words are the competency's own words (cosine 1.0); real
questions reach 0.12-0.28 against the competency they ask about (each word's share capped at
`_WORD_CAP`; 0.2-0.5 before the cap)."""
_ANSWER_SIMILARITY_WEIGHT = 2.0
"""An answer's words say less than the question's (a story about a deadline may be about
conflict), but with no question they tell competencies apart better than cues alone."""

_ANSWER_KEYWORD_WEIGHT = 0.5
_CUE_WEIGHT = 0.5
_ANSWER_SHARE = 0.75
"""How much an answer's evidence (its keywords, words and cues) counts beside a question that
names its subject, against the same answer with no question: an interview's story often
wanders into another competency's words (a conflict told through its deadline), and the
question asked is what the panel is to judge."""
_CLEAR_QUESTION = 0.15
"""A question whose best similarity to any competency reaches this names its subject."""
_VAGUE_ANSWER_BOOST = 2.0
"""How much more the answer's words weigh for a question that names no subject at all."""
LOW_CONFIDENCE_MARGIN = 0.5

_STOPWORDS = frozenset(
    "a an the of to in on for with you your i me we my our it is was were be been that this what "
    "how when where who did do does about time tell give describe example situation walk through "
    "had have has as at by from or and but not if so they them their there one some any can could "
    "would last ever "
    # How interviewers frame a question, whatever it asks about: "Think back to...", "What's the
    # toughest...", "Walk me through the first time you...". Left in, they made the competency
    # whose sample questions happen to say "biggest" or "moment" win generic questions.
    "think back share recall remember talk take let us please now okay so just really actually "
    "happened happen handle handled deal dealt went go going get got make made thing things "
    "something someone anything everyone moment occasion instance case story experience "
    "biggest hardest toughest most best worst nastiest proudest first recent recently "
    "couple years year ago yourself what's "
    # English function words: each sits in one or two competencies' text by accident ("very",
    # "under", "along", "down"), and their rarity there made them weigh like subject words.
    "yours ours their theirs him her his she he its very under over along down up out off into "
    "onto upon about above below again against all also always because before after while until "
    "than then too more much many other others such only own same each both few once here why "
    "which whom whose will shall should might must may are being just even still yet though "
    "although whether either neither nor per via "
    # The rest of the indefinite pronouns and quantifiers ("anything", "everyone", "many" are
    # above): kept as words of phrases ("nobody owned it"), they made the one competency whose
    # phrases say them win any question that does ("nobody reports to anyone here").
    "anyone anybody nobody nothing everybody somebody everything lot lots little bit anyway "
    "anyhow".split())
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
_CONTRACTION = re.compile(r"'(?:t|ve|re|d|ll|m)$")
""""didn't", "you've": the grammar of the question, not its subject."""
_SUFFIXES = ("isations", "izations", "isation", "ization", "ations", "ation", "ness", "ments",
             "ment", "ising", "izing", "ised", "ized", "ings", "ing", "ied", "ies", "ise", "ize",
             "ed", "es", "s", "ly")


_DOUBLING = frozenset({"ed", "ing", "ings"})
_UNDOUBLED = frozenset("bdgmnprt")


@dataclass(frozen=True)
class Inference:
    """The chosen competency and why."""

    competency: Competency
    matched: list[str]
    from_question: bool
    runner_up: Competency | None = None
    """The next best competency, which the review names when the choice is close."""
    margin: float = 0.0
    """How many points the chosen competency scored above the runner-up."""
    grounded: bool = True
    """Whether the question (when there is one) says a keyword or a situation the catalog
    lists for the chosen competency, or the question model is sure of it, rather than only
    sharing loose words with its text."""

    @property
    def close_call(self) -> bool:
        """On the probe questions, a margin under `LOW_CONFIDENCE_MARGIN` was wrong about half
        the time, and above it rarely."""
        return self.margin < LOW_CONFIDENCE_MARGIN

    @property
    def confident(self) -> bool:
        """Whether the choice is clear: not a close call, and not resting on loose words
        alone. On questions written apart from the catalog, a choice no keyword or situation
        of the question backed was as often wrong as right (5 of 13 wrong choices were
        confident on margin alone, 1 with this rule too)."""
        return not self.close_call and self.grounded

    def doubt(self, runner_up: str) -> str:
        """Why the choice is not confident, naming the runner-up as the caller names
        competencies."""
        if self.close_call:
            return f"'{runner_up}' fits almost as well"
        return (f"the question names none of the situations listed for it, and '{runner_up}' "
                f"is the next best fit")


@cache
def _any_keyword(competency_id: str) -> re.Pattern[str]:
    """One pattern for all of a competency's keywords: most texts match none of them, and
    compiling hundreds of keyword patterns would dominate a review's start-up."""
    keywords = competencies()[competency_id].keywords
    return re.compile(rf"\b(?:{'|'.join(re.escape(k.lower()) for k in keywords) or '(?!)'})\b")


_SAME_ROLE = {
    **dict.fromkeys("patient patients client clients guest guests passenger passengers shopper "
                    "shoppers buyer buyers resident residents subscriber subscribers tenant "
                    "tenants diner diners caller callers consumer consumers".split(), "customer"),
}
"""Words for the customer in other industries: a hospital's patients, a hotel's guests and an
agency's clients are the customers the catalog speaks of ("a patient's family complained").
Read as "customer" everywhere (the catalog's words, the question's, the answer's), so that every
phrase written with "customer" meets "a difficult guest" too. (The manager's and the
colleague's other names were read the same way and lost more than they found: "boss" is a
word of disagreeing upward that "manager" is not.)"""


@cache
def _stem(word: str) -> str:
    word = _SAME_ROLE.get(word, word)
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            stem = word[: -len(suffix)]
            # "stopped", "shipping", "planned": the consonant doubled before the ending is
            # not the word's own ("stop", "ship", "plan"); a double l, s or z is ("called").
            if suffix in _DOUBLING and stem[-1] == stem[-2] and stem[-1] in _UNDOUBLED:
                return stem[:-1]
            return stem
    return word


def _terms(text: str) -> Counter[str]:
    """Content words cut to a rough stem, so "prioritising" meets "priorities". (Pairs of
    neighbouring words were tried as terms too: no better on the probe questions.)"""
    stems = (_stem(word.removesuffix("'s"))
             for word in _WORD.findall(text.lower().replace("’", "'"))
             if len(word) > 2 and word not in _STOPWORDS and not _CONTRACTION.search(word))
    return Counter(stem for stem in stems if stem not in _STOPWORDS)


def _tf(n: float) -> float:
    """A term said twice counts more than once, but not twice as much; a term said only in a
    question's preamble counts less than once."""
    return 1 + math.log(n) if n >= 1 else n


def _unit(terms: Mapping[str, float], idf: dict[str, float]) -> dict[str, float]:
    weights = {t: _tf(n) * idf.get(t, 0.0) for t, n in terms.items()}
    norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
    return {t: w / norm for t, w in weights.items()}


_Profiles = tuple[dict[str, float], dict[str, dict[str, float]], dict[str, str]]


@cache
def _profiles() -> _Profiles:
    """Each competency's words (its name, description, sample questions, keywords and criteria
    names) weighted by how few competencies share them: a question is matched on the words that
    tell competencies apart, not only on the keywords a file happens to list. With them, the
    family each of the catalog's words belongs to (see `_families`)."""
    texts = {c.id: " ".join([c.name, c.description, *c.questions, *c.keywords, *c.vocabulary,
                             *(k.name for k in c.criteria)])
             for c in competencies().values()}
    # Cutting the catalog's words to stems is a fiftieth of a `roundtable review` process: the
    # profiles are kept while the catalog's words and this module's code are unchanged.
    key = marshal.dumps(texts) + Path(__file__).read_bytes()
    return computed("inference-profiles", key, lambda: _weighted(texts))


_PREFIX = 5
"""Letters a word and the word of its family it is read as must share at least."""
_ENDINGS = ("e", "t", "r", "er", "or", "ee")
"""The endings by which two words of one family differ, once cut to their stems: a noun made of
a verb ("complaint", "manager", "trainee") or a final "e" the stem kept ("change" and
"changing"). Longer ones join words of different meaning ("person" and "personal", "count"
and "country")."""


def _families(words: set[str]) -> dict[str, str]:
    """Each word read as the shortest word it extends by one of `_ENDINGS`:
    the cut to a stem leaves the endings that make a noun of a verb or a person of an act
    ("complaint" and "complain", "manager" and "manage"), and a question asked with one meets
    a catalog written with the other."""
    family: dict[str, str] = {}
    for word in sorted(words, key=lambda w: (len(w), w)):
        heads = [word.removesuffix(e) for e in _ENDINGS if word.endswith(e)]
        family[word] = next((family[h] for h in heads if len(h) >= _PREFIX and h in family),
                            word)
    return family


@cache
def _by_prefix() -> dict[str, list[str]]:
    """The catalog's words by their first letters."""
    found: dict[str, list[str]] = {}
    for word in sorted(_profiles()[2]):
        if len(word) >= _PREFIX:
            found.setdefault(word[:_PREFIX], []).append(word)
    return found


@cache
def _known(term: str) -> str:
    """The family of the catalog's words a word belongs to: its own, or for a word the catalog
    never uses, the family of the catalog's word it differs from only by an ending
    ("redeployment" and "redeploy")."""
    families = _profiles()[2]
    if term in families or len(term) < _PREFIX:
        return families.get(term, term)
    near = [word for word in _by_prefix().get(term[:_PREFIX], ())
            if any(term == word + e or word == term + e for e in _ENDINGS)]
    return families[min(near, key=lambda w: (len(w), w))] if near else term


def _weighted(texts: dict[str, str]) -> _Profiles:
    words = {cid: _terms(text) for cid, text in texts.items()}
    families = _families({word for found in words.values() for word in found})
    terms: dict[str, Counter[str]] = {}
    for cid, found in words.items():
        terms[cid] = Counter()
        for word, n in found.items():
            terms[cid][families[word]] += n
    shared = Counter(t for found in terms.values() for t in found)
    idf = {t: math.log(len(terms) / n) for t, n in shared.items()}
    return idf, {cid: _unit(found, idf) for cid, found in terms.items()}, families


def _similarity(text: str | list[tuple[str, float]], cap: float = 1.0) -> dict[str, float]:
    """Cosine similarity of a question's (or an answer's) words to each competency's; a
    question is given as its parts, each with the weight its words carry (see `_parts`), and
    no one word adds more than `cap` to it."""
    idf, profiles, _ = _profiles()
    weighted: dict[str, float] = {}
    for part, weight in [(text, 1.0)] if isinstance(text, str) else text:
        for term, n in _terms(part).items():
            known = _known(term)
            weighted[known] = weighted.get(known, 0.0) + n * weight
    found = dict.fromkeys(profiles, 0.0)
    postings = _postings()
    for term, w in _unit(weighted, idf).items():
        for cid, weight in postings.get(term, ()):
            found[cid] += min(cap, w * weight)
    return found


@cache
def _postings() -> dict[str, list[tuple[str, float]]]:
    """Each of the catalog's words with the competencies that use it and its weight in each:
    a text's similarity then walks only the words it shares with the catalog, not every
    competency's words for each of its own."""
    found: dict[str, list[tuple[str, float]]] = {}
    for cid, profile in _profiles()[1].items():
        for term, weight in profile.items():
            found.setdefault(term, []).append((cid, weight))
    return found


_WORD_CAP = 0.09
"""The most one word of a question adds to its similarity with a competency. A short question
puts most of its weight on its rarest word, and one competency's text may say that word
often: "learn something new fast" read as bias for action on "fast" alone (0.23), over the
two phrases of learning it says. Between 0.07 and 0.10 the tune sets gained (the second tune
half 33 -> 34/40, the probe dev questions 163 -> 165/168, the later 24 11 -> 12); a real
question's best match shares several words at 0.02-0.08 each."""


def _question_similarity(asked: str) -> dict[str, float]:
    """`_similarity` of a question: its preamble counted low, no word counted past the cap."""
    return _similarity(_parts(asked), cap=_WORD_CAP)


_PREAMBLE_WEIGHT = 0.35
"""How much a word of the question's preamble counts beside a word of its ask: "We're a
logistics firm and routes change the night before. Tell me about a time you..." sets the
scene in words that belong to whatever the industry is, and asks about something else."""
_ASK = re.compile(
    r"\b(?:tell (?:me|us)|describe|give (?:me|us)|walk (?:me|us)|talk (?:me|us)|share (?:with|a|an|"
    r"one|some)|(?:can|could|would) you|have you|(?:how|what|when|where|why) (?:did|do|have|"
    r"were|would) you|what(?:'s| is| was| were)|when was|think (?:of|about) a|recall a|"
    r"(?:an|one) example|i'd (?:like|love) to hear|i want to hear|let's talk about|"
    r"(?:switch|switching|move on|moving on|turn|turning) to|(?:one|question|topic)(?:'s| is) "
    r"(?:about|on)|(?:a )?question (?:about|on)|ask (?:you )?about)\b",
    re.IGNORECASE)
"""Where the ask of a question starts: a request for a story or a question put to the
candidate, or the interviewer's signpost to its subject ("Let's switch to automation.", "This
one is about influence."), which names the subject as surely as the ask."""


def _parts(question: str) -> list[tuple[str, float]]:
    """The question cut into its preamble (the words before its first ask, at
    `_PREAMBLE_WEIGHT`) and its ask (at full weight)."""
    found = _ASK.search(question)
    if found is None or not question[: found.start()].strip(" ,.;:!?-"):
        return [(question, 1.0)]
    return [(question[: found.start()], _PREAMBLE_WEIGHT), (question[found.start():], 1.0)]


_GRAMMAR = re.compile(r"'(?:s|ve|re|d|ll|m)$")
_FRAME = frozenset(
    "a an the of to in on for with you your i me we my our it is was were be been that this what "
    "how when where who did do does about time tell give describe example situation walk through "
    "had have has as at by from or and but if so they them their there one some any can could "
    "would last ever".split())
"""Words every question says whatever it asks about, left out as single words (cross-validated:
better without them); the pairs they make ("say no", "fell out", "let go") are kept."""


def _question_words(text: str) -> list[tuple[str, str]]:
    """A question's words as the question model reads them, each with the words of the text it
    stands for: cut to stems (the customer under other industries' names, see `_SAME_ROLE`),
    "didn't" read as "did not" (a "not" says much: "not my job", "didn't agree")."""
    found: list[tuple[str, str]] = []
    for word in _WORD.findall(text.lower().replace("’", "'")):
        if word.endswith("n't") and len(word) > 3:
            found += [(_stem(word[:-3]), word), ("not", word)]
        else:
            found.append((_stem(_GRAMMAR.sub("", word)), word))
    return found


def question_features(question: str) -> dict[str, tuple[float, str]]:
    """What the question model (`question_model`) sees of a question: each word and each pair
    of neighbouring words, valued by the part of the question they are said in (a preamble's
    words count less, see `_parts`), with the question's own words they stand for."""
    found: dict[str, tuple[float, str]] = {}
    for part, weight in _parts(question):
        words = _question_words(part)
        terms = [(f"w={stem}", said) for stem, said in words if stem not in _FRAME]
        terms += [(f"p={a}_{b}", f"{said_a} {said_b}" if said_a != said_b else said_a)
                  for (a, said_a), (b, said_b) in zip(words, words[1:], strict=False)]
        for term, said in terms:
            if term not in found or found[term][0] < weight:
                found[term] = (weight, said)
    return found


@cache
def _listed_by() -> dict[tuple[str, ...], int]:
    """How many competencies list each keyword or situation phrase, in the stems it is matched
    by: a phrase five competencies list says little about which one a question asks."""
    phrases = {c.id: [*c.keywords, *c.vocabulary] for c in competencies().values()}
    # Stemming every keyword and phrase of the catalog took a thirtieth of a `roundtable review`
    # process: the counts are kept while the phrases and this module's code are unchanged.
    key = marshal.dumps(phrases) + Path(__file__).read_bytes()
    return computed("inference-listed", key, lambda: _listed(phrases))


def _listed(phrases: dict[str, list[str]]) -> dict[tuple[str, ...], int]:
    listed: Counter[tuple[str, ...]] = Counter()
    for said in phrases.values():
        listed.update({_phrase_key(k) for k in said})
    return dict(listed)


def _phrase_key(phrase: str) -> tuple[str, ...]:
    return tuple(token for token, _, _ in _tokens(phrase))


def _specificity(phrase: str) -> float:
    """A keyword or a situation's weight: 1 when one competency lists it, less the more do."""
    return 1.0 / _listed_by().get(_phrase_key(phrase), 1)


def _question_evidence(question: str) -> tuple[dict[str, float], dict[str, list[str]]]:
    """Each competency's keywords and situation phrases said in the question: their weight,
    each counted by how specific it is to that competency and by the part of the question it
    is said in, and the phrases themselves."""
    points: dict[str, float] = {}
    said: dict[str, list[str]] = {}
    for part, weight in _parts(question):
        situations = _situations(part.lower())
        for competency in competencies().values():
            found = _hits(part, competency)
            found += [p for p in situations.get(competency.id, ()) if p not in found]
            # A keyword said inside a longer phrase of the same competency ("up to speed" in
            # "got up to speed") is one situation, counted once.
            found = [p for p in found if not any(p != q and f" {p.lower()} " in f" {q.lower()} "
                                                 for q in found)]
            for phrase in found:
                points[competency.id] = (points.get(competency.id, 0.0)
                                         + weight * _specificity(phrase))
                if phrase not in said.setdefault(competency.id, []):
                    said[competency.id].append(phrase)
    return points, said


@cache
def _keyword_patterns(competency_id: str) -> list[tuple[str, re.Pattern[str]]]:
    competency = competencies()[competency_id]
    return [(k, re.compile(rf"\b{re.escape(k.lower())}\b")) for k in competency.keywords]


@cache
def _cue_patterns(competency_id: str) -> list[list[tuple[re.Pattern[str], bool]]]:
    """Each criterion's cues compiled, and whether each runs on the lowered text: a cue written
    in lower case matches there exactly as it matches the text case-insensitively, and much
    faster (see `evidence.lexicon.finditer`)."""
    competency = competencies()[competency_id]
    return [[(re.compile(cue), True) if cue == cue.lower() else
             (re.compile(cue, re.IGNORECASE), False) for cue in c.cues]
            for c in competency.criteria]


def _hits(text: str, competency: Competency) -> list[str]:
    lowered = text.lower()
    if not _any_keyword(competency.id).search(lowered):
        return []
    return [k for k, pattern in _keyword_patterns(competency.id) if pattern.search(lowered)]


_STANDS_IN = {**dict.fromkeys("i you we they he she".split(), "<who>"),
              **dict.fromkeys("my your our their his her".split(), "<whose>"),
              **dict.fromkeys("a an the".split(), "<the>")}
"""A phrase written "disagreed with my manager" is asked as "disagreed with your manager"."""
_OBJECTS = frozenset("it them him her me us this that".split())


def _tokens(text: str) -> list[tuple[str, int, int]]:
    """A text's words stemmed, the person and the article made general, each with where it
    stands in the text ("didn't" is "did" and "not", both where "didn't" stands)."""
    tokens: list[tuple[str, int, int]] = []
    for match in _WORD.finditer(text.lower().replace("’", "'")):
        word, start, end = match.group(), match.start(), match.end()
        words = [word[:-3], "not"] if word.endswith("n't") and len(word) > 3 else [word]
        tokens += [(_STANDS_IN.get(w) or _phrase_stem(w.removesuffix("'s")), start, end)
                   for w in words]
    return tokens


@cache
def _phrase_stem(word: str) -> str:
    """`_stem`, and a final "e" dropped too, so that a phrase written "managed people" meets
    "manage people" (in single words the same cut merged too many unrelated ones)."""
    stem = _stem(word)
    return stem[:-1] if len(stem) > 4 and stem.endswith("e") else stem


@cache
def _situation_phrases() -> dict[int, dict[tuple[str, ...], list[tuple[str, str]]]]:
    """Every competency's vocabulary of two words or more, by length: a situation named in the
    question ("went along with a decision", "fell behind") says more than its words apart, each
    of which other competencies use too. A trailing object is dropped so that "went along with
    it" meets "went along with the plan"."""
    vocabularies = {c.id: c.vocabulary for c in competencies().values()}
    # Stemming every phrase of the catalog took a tenth of a `roundtable review` process: the
    # phrases are kept while the vocabularies and this module's code are unchanged.
    key = marshal.dumps(vocabularies) + Path(__file__).read_bytes()
    return computed("inference-phrases", key, lambda: _phrases_of(vocabularies))


def _phrases_of(vocabularies: dict[str, list[str]]
                ) -> dict[int, dict[tuple[str, ...], list[tuple[str, str]]]]:
    phrases: dict[int, dict[tuple[str, ...], list[tuple[str, str]]]] = {}
    for competency_id, vocabulary in vocabularies.items():
        for phrase in vocabulary:
            tokens = [token for token, _, _ in _tokens(phrase)]
            while len(tokens) > 2 and tokens[-1] in _OBJECTS:
                tokens.pop()
            # "my team" says no more than "team": a phrase needs two words of its own.
            if sum(not t.startswith("<") for t in tokens) >= 2:
                found = phrases.setdefault(len(tokens), {}).setdefault(tuple(tokens), [])
                found.append((competency_id, phrase))
    return phrases


def _situations(text: str) -> dict[str, list[str]]:
    """The vocabulary phrases of each competency that the text says, in the text's words; a
    phrase inside a longer one of the same competency ("went along with" in "went along with
    a decision") is the same situation and counts once."""
    tokens = _tokens(text)
    words = [token for token, _, _ in tokens]
    spans: dict[str, list[tuple[int, int]]] = {}
    for size, phrases in _situation_phrases().items():
        for start in range(len(words) - size + 1):
            for cid, _ in phrases.get(tuple(words[start:start + size]), ()):
                spans.setdefault(cid, []).append((start, start + size))
    found: dict[str, list[str]] = {}
    for cid, found_spans in spans.items():
        for start, end in sorted(set(found_spans)):
            if any(s <= start and end <= e and (s, e) != (start, end) for s, e in found_spans):
                continue
            said = text[tokens[start][1]:tokens[end - 1][2]]
            if said not in found.setdefault(cid, []):
                found[cid].append(said)
    return found


def _subjects(keywords: list[str]) -> set[str]:
    """Keywords counted once per subject: "customer, customers, customer's" is one."""
    return {_stem(k.replace("’", "'").removesuffix("'s")) for k in keywords}


def _cue_hits(text: str, competency: Competency) -> int:
    """How many of the competency's criteria the answer shows a cue of: each criterion counts
    once, so a competency with many cues for one criterion does not outweigh the others, and
    its search stops at the first cue found."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a case fold that changes length: match case-insensitively
        return sum(1 for c in competency.criteria
                   if any(re.search(cue, text, re.IGNORECASE) for cue in c.cues))
    return sum(1 for cues in _cue_patterns(competency.id)
               if any(pattern.search(lowered if low else text) for pattern, low in cues))


def _vagueness(similar: dict[str, float]) -> float:
    """How little the question says what it asks about: 1 with no question, or one in words no
    competency owns, down to 0 for one that names its subject."""
    if not similar:
        return 1.0
    return min(1.0, max(0.0, (_CLEAR_QUESTION - max(similar.values())) / _CLEAR_QUESTION))


def _answer_share(similar: dict[str, float]) -> float:
    """The share of its full weight the answer's evidence gets: all of it with no question or
    with one in words no competency owns, `_ANSWER_SHARE` beside a question that names its
    subject."""
    return _ANSWER_SHARE + (1.0 - _ANSWER_SHARE) * _vagueness(similar)


def _answer_weight(similar: dict[str, float]) -> float:
    """How much the answer's words count: more when the question is in words no competency
    owns ("Tell me about a service where everything went wrong at once"), whose story then
    says more than its question; as much as ever with no question at all."""
    if not similar:
        return _ANSWER_SIMILARITY_WEIGHT
    return _ANSWER_SIMILARITY_WEIGHT * (1.0 + _VAGUE_ANSWER_BOOST * _vagueness(similar))


def _model_vagueness(similar: dict[str, float], said: dict[str, list[str]],
                     says: dict[str, list[str]]) -> float:
    """How far the answer model weighs in: not at all when the question says a keyword or
    situation of the catalog's or the question model reads it, else as far as the question's
    words are vague (`_vagueness`)."""
    return 0.0 if said or says else _vagueness(similar)


_ANSWER_MODEL_WEIGHT = 16.0
"""Points the answer model (`answer_model`) gives the competency it is sure of, shared out by
its probabilities, when there is no question or the question names no subject (a question that
names one decides; the model only weighs in as far as it is vague: `_model_vagueness`). With
`_ANSWER_MODEL_TEMPERATURE`, chosen by cross-validation over the unseen sets, five folds of
whole sets (`scripts/train_answer_model.py --cv`): answer-only inference went from 46.4% right
to 69.5% (the model alone: 60.3%)."""
_ANSWER_MODEL_TEMPERATURE = 30.0
"""What the model's log-probabilities are divided by before they are shared out: naive Bayes
sums a long answer's every word as if each were independent evidence and is far surer than it
is right, so its probabilities are softened; a short answer's stay softer still."""


def answer_features(answer: str) -> dict[str, float]:
    """What the answer model reads of an answer: its content words (`_terms`), names left
    out."""
    return answer_model.features(_terms(answer_model.without_names(answer)))


def _answer_model_points(answer: str) -> tuple[dict[str, float], dict[str, float]]:
    """The answer model's points for each competency, and the answer's features it read."""
    found = answer_features(answer)
    likely = answer_model.MODEL.log_probabilities(found)
    if not likely:
        return {}, found
    top = max(likely.values())
    shares = {cid: math.exp((lp - top) / _ANSWER_MODEL_TEMPERATURE) for cid, lp in likely.items()}
    whole = sum(shares.values())
    return {cid: _ANSWER_MODEL_WEIGHT * share / whole for cid, share in shares.items()}, found


def _answer_words(answer: str, found: dict[str, float], competency_id: str) -> list[str]:
    """The answer's words the answer model weighed most for the competency, as the answer says
    them: what the review names as matched when no keyword of the competency was."""
    said: dict[str, str] = {}
    for word in _WORD.findall(answer.lower().replace("’", "'")):
        said.setdefault(_stem(word.removesuffix("'s")), word)
    return [said[term] for term in answer_model.MODEL.reasons(found, competency_id)
            if term in said][:4]


_MODEL_WEIGHT = 2.0
"""Points for a question the question model gives a competency with certainty: its
log-probability, floored at `-_MODEL_FLOOR`, read from 0 points (at the floor) to this. Chosen
with the floor by five-fold cross-validation on the training questions
(`scripts/train_inference.py --cv`): on rows of `tests/data/inference` the keywords were never
tuned on, 62.7% right with the keywords and words of the catalog alone, 69% with the model
beside them (the model alone: 60%)."""
_MODEL_FLOOR = 6.0
_MODEL_SAYS = 0.5
"""A probability from which the question model's choice is the question's reading: a choice of
that competency is inferred from the question, on the words the model weighed."""
_MODEL_SURE = 0.9
"""A probability from which the question model's choice grounds a confident inference, as a
keyword or a listed situation of the question does. On cross-validation (1,152 questions),
against the keywords alone (132 choices confidently wrong, 540 right and confident): 127
confidently wrong and 572 right and confident; at 0.5, 174 and 657."""


def _model_words(read: dict[str, tuple[float, str]], competency_id: str) -> list[str]:
    """The question's words the model weighed most for the competency, as the question says
    them, each naming a word the ones before it did not. A pair of words every question says
    ("did you", "to get") counts for the model but names nothing to a reader."""
    words: list[str] = []
    named: set[str] = set()
    for term in question_model.reasons({t: v for t, (v, _) in read.items()}, competency_id):
        said = read[term][1]
        own = {w for w in said.split()
               if w not in _FRAME and w not in _STOPWORDS and not _CONTRACTION.search(w)}
        if own and not own & named:  # "your role" after "role" names nothing new
            words.append(said)
            named |= own
    return words[:4]


def _modelled(asked: str) -> tuple[dict[str, float], dict[str, list[str]], set[str]]:
    """The question model's points for each competency (none with no question); the
    competency it reads the question as asking about, if any, with the question's words it
    chose on (see `_MODEL_SAYS`); and that competency again if the model is sure of it (see
    `_MODEL_SURE`)."""
    if not asked:
        return {}, {}, set()
    read = question_features(asked)
    likely = question_model.log_probabilities({t: v for t, (v, _) in read.items()})
    points = {cid: _MODEL_WEIGHT * (1 + max(lp, -_MODEL_FLOOR) / _MODEL_FLOOR)
              for cid, lp in likely.items()}
    says = {cid: _model_words(read, cid) for cid, lp in likely.items()
            if lp >= math.log(_MODEL_SAYS)}
    return points, says, {cid for cid, lp in likely.items() if lp >= math.log(_MODEL_SURE)}


def infer_competency(question: str | None, answer: str) -> Inference:
    """The best-matching built-in competency; ties break toward the generic ones' order."""
    return _infer(question, answer)


@lru_cache(maxsize=32)
def _infer(question: str | None, answer: str) -> Inference:
    """`infer_competency`, kept for the few answers of one run: an interview reads each
    question's inference twice (the review's competency, then the debrief's confidence)."""
    asked = question.strip().lower() if question else ""
    candidates = []
    similar = _question_similarity(asked) if asked else {}
    told = _similarity(answer)
    share = _answer_share(similar)
    answer_weight = _answer_weight(similar) * share
    cue_weight = _CUE_WEIGHT * share
    points, said = _question_evidence(question or "") if asked else ({}, {})
    modelled, says, sure = _modelled(asked)
    vague = _model_vagueness(similar, said, says)
    read, found = _answer_model_points(answer) if vague else ({}, {})
    for order, competency in enumerate(competencies().values()):
        in_question = said.get(competency.id, [])
        in_answer = _hits(answer, competency)
        exact = bool(asked) and asked in (q.lower() for q in competency.questions)
        base = (_QUESTION_WEIGHT * points.get(competency.id, 0.0)
                + share * _ANSWER_KEYWORD_WEIGHT * len(_subjects(in_answer))
                + (10.0 if exact else 0.0)
                + _SIMILARITY_WEIGHT * similar.get(competency.id, 0.0)
                + modelled.get(competency.id, 0.0)
                + answer_weight * told[competency.id]
                + vague * read.get(competency.id, 0.0))
        cues = sum(1 for c in competency.criteria if c.cues)
        # What the review says was matched in what it says the choice was inferred from: the
        # question's keywords, or the words the model chose on, or else the answer's keywords.
        matched = in_question or (says[competency.id] if competency.id in says else in_answer)
        candidates.append((base + cue_weight * cues, order, base, competency, matched,
                           bool(in_question or exact or competency.id in says),
                           bool(in_question or exact or competency.id in sure)))
    # Searching every cue of every competency was most of the time it took (430 patterns over
    # the whole answer). A competency whose score with every criterion's cue found cannot beat
    # the best one scored so far is never searched: the same choice, a fraction of the
    # searches. Highest bound first; the catalog's order breaks ties, as it always did.
    ordered = sorted(candidates, key=lambda c: (-c[0], c[1]))
    scores: dict[int, float] = {}
    best: tuple[float, int] | None = None
    for bound, order, base, competency, *_ in ordered:
        if best is not None and (bound, -order) <= best:
            continue
        scores[order] = base + cue_weight * _cue_hits(answer, competency)
        best = max(best or (scores[order], -order), (scores[order], -order))
    assert best is not None, "the catalog ships competencies"
    top, chosen_order = best[0], -best[1]
    # The runner-up only matters when it comes within the confidence margin: only the
    # competencies that could are searched; the others count at their bound, so the margin is
    # never overstated.
    for bound, order, base, competency, *_ in ordered:
        if order not in scores and bound > top - LOW_CONFIDENCE_MARGIN:
            scores[order] = base + cue_weight * _cue_hits(answer, competency)
    rivals = [(scores.get(order, bound), -order, competency)
              for bound, order, _, competency, *_ in ordered if order != chosen_order]
    _, _, _, chosen, matched, from_question, grounded = next(
        c for c in candidates if c[1] == chosen_order)
    second = max(rivals, key=lambda r: (r[0], r[1]), default=None)
    if not matched and read:
        matched = _answer_words(answer, found, chosen.id)
    return Inference(chosen, matched, from_question,
                     runner_up=second[2] if second else None,
                     margin=top - second[0] if second else top,
                     grounded=grounded or not asked)


MIN_OTHER_SUBJECTS = 2
"""Distinct keywords of another competency before an answer naming none of its own
competency's reads as being about that one; with some of its own, it takes three more."""


def elsewhere(answer: str, chosen: Competency, tells_a_story: bool) -> str | None:
    """Why the answer's words suggest it is about something other than `chosen`, or None.

    An answer that finds little evidence for its competency is usually a weak answer to the
    right question, not an answer to another one. It reads as off-topic only when its words
    name another competency's subject clearly more than this one's, or when it tells no story
    and names no competency's subject at all (a recipe, a paragraph of small talk).
    """
    own = len(_hits(answer, chosen))
    best: tuple[Competency, list[str]] | None = None
    anything = own > 0
    for competency in competencies().values():
        if competency.id == chosen.id:
            continue
        found = _hits(answer, competency)
        anything = anything or bool(found)
        # "customer, customers, customer's" is one subject named three ways
        distinct = list({re.sub(r"(?:'s|’s|s)$", "", k): k for k in found}.values())
        clearer = (len(distinct) >= MIN_OTHER_SUBJECTS and own == 0) or len(distinct) >= own + 3
        if clearer and (best is None or len(distinct) > len(best[1])):
            best = (competency, distinct)
    if best is not None:
        return f"its words fit '{best[0].short_name}' better (matched: {', '.join(best[1][:4])})"
    if anything or tells_a_story:
        return None
    return "it tells no story about work and names no competency's subject"
