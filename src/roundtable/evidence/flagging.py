"""A learned reader of red flags: one logistic model per flag over a clause's reading and words.

The phrase rules in `lexicon.py` find a red flag in the wording they were written from and
little else: "the data folks handed us a schema that was half wrong" blames as plainly as "it
was their fault", with none of its words. This layer reads each clause for what a flag is made
of rather than for a phrase: who acts (the candidate, or another person or team), whether the
clause is negated, hypothetical or reported, which evaluative words it uses (about people's
competence, about anger, about having done it all, about fault, about brushing input off or
forcing a decision) and in combination with whom, and its words and word pairs.

The weights are data (`flag_model.json`), written by `scripts/train_flags.py` from the dev part
of the red-flag corpus (`tests/data/flags`) and of the clause corpus (`tests/data/clauses`).
Each flag has its own threshold, set high so that a clause is flagged only when the model is
sure; the credit rules (`credit.py`) then veto a flag in a clause that denies it or that
reports someone else's words, exactly as for a phrase the rules found. Deterministic and
offline: a score is a sum of weights.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from functools import cache, lru_cache
from pathlib import Path

from roundtable import regexes as re
from roundtable.evidence.reading import Clause, subject_split
from roundtable.json_cache import Rows, load_json

MODEL_PATH = Path(__file__).with_name("flag_model.json")
KINDS = ("contempt", "emotional", "never_fail", "sole_credit", "dismissive")
"""The flags the model reads clause by clause. Blame and steamroll are left to the phrase rules:
cross-validation inside dev found blame at 0.04 recall where precision held at 0.75 (it is told
in the same words as the scene of a story: "because they feared ordering the wrong strength" is
what customers felt), and steamroll at 0.77 precision, with two of its three findings on the dev
set's answers false ("I made sure my team got behind it", "I just got it unstuck"): the model
added false flags and few findings. Tried again with twice the corpus (round 30), both still
flagged the scene of strong answers ("they were failing because of attendance", "until sign-off
came through" after "I didn't push it live"), and steamroll kept strong dev answers clean only
at a threshold of 0.98, with a cross-validated recall of 0.06. Blame tried once more (round 31,
with deflection by contrast in the corpus): cross-validated precision 0.80 at recall 0.15, and
it flagged six strong answers of the tuning sets (blind9-14) for two weak ones; deflection by
contrast is read by a phrase family (`lexicon.py`). `hypothetical` and `no_story` are read over
the whole answer."""

# Any run of letters, digits and apostrophes, capitals included: "I", "I'm" and "QA" are words
# ("I did the heavy lifting" is not "they did the heavy lifting").
_TOKEN = re.compile(r"[A-Za-z0-9']+")
# Word classes a flag is made of. A class generalises past the words the corpus happens to use,
# and combined with the clause's actor it tells "I was furious" from "the customer was furious".
# Words of flags-heldout2.yaml seen before these lists were written ("brick", "box-ticker",
# "mediocre", "roof", "heavy lifting", "watched", "nitpicking") are left out, so that set stays
# a fair measure.
_CLASSES: dict[str, frozenset[str]] = {
    name: frozenset(words.split()) for name, words in {
        "people": """team teams they them their he she him her his guys folks people manager
            managers lead leads vendor vendors client clients qa ops devops marketing sales legal
            product design designer designers finance leadership management contractor
            contractors consultant consultants analyst analysts intern interns support partner
            partners colleague colleagues teammate teammates developer developers engineer
            engineers tester testers director boss others everyone somebody someone nobody
            procurement architects infra backend frontend squad department pm <name>
            supplier suppliers customer customers reviewer reviewers admin admins office crew
            shift clerk technician agent agents architect predecessor owner owners board
            committee council staff nurse nurses doctor doctors teacher teachers chef driver
            drivers landlord auditor auditors inspector inspectors vp ceo cto
            executive executives stakeholder stakeholders coworker coworkers""",
        "incompetent": """clueless useless incompetent lazy stupid dumb idiot idiots
            clown clowns amateur amateurs dinosaur bright brightest sharp sharpest capable
            competent league depth clue waste weight moron morons hopeless pathetic joke
            embarrassing slow sloppy careless ignorant worthless terrible awful rubbish
            hat incapable unqualified smart understand know""",
        "anger": """angry anger furious livid fuming mad pissed annoyed irritated irritating
            frustrated frustrating frustration snapped snap shouted shout yelled yell blew
            temper seething boil boiling red handle rope wall stormed crazy nuts rage
            raging outraged lost exploded upset tense rant ranted screamed scream""",
        "all_mine": """everything all whole alone single-handedly myself mine only carried
            carry one-man engine passenger passengers tagged along solo entire
            ninety percent nobody else baby""",
        "fault": """fault blame blamed because responsibility dropped ball failed forgot
            messed screwed late slow delay delayed bus bag goalposts dragged fumbled wrong
            broke broken killed cost sideways let down mistake mistakes caused reason""",
        "deny": """never failed fail failure failures mistake mistakes wrong weakness
            perfectionist record track remember think missed flaw flaws slip foot""",
        "dismiss": """ignored ignore ignoring whatever bother bothered pointless noise waved
            brushed nitpick care cares matter relevant worth salt lip rug ear
            anyway nodded tuned dismissed irrelevant""",
        "force": """over head anyway without objection objections bypassed bypass skipped
            forced force overrode override pushed through behind back rank bulldozed
            steamrolled rammed approval sign-off permission forgiveness choice whether cc'd
            around straight directly myself""",
    }.items()
}
# The classes of each word, in the order of `_CLASSES`: a clause's words are looked up once
# rather than every class scanning all of them.
_CLASSES_OF: dict[str, tuple[str, ...]] = {}
for _name, _words in _CLASSES.items():
    for _word in _words:
        _CLASSES_OF[_word] = (*_CLASSES_OF.get(_word, ()), _name)


def _stem(word: str) -> str:
    """A verb's stem without its ending: "blamed", "blaming" and "blame" all read "blam"."""
    for ending in ("ing", "ed"):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            word = word[:-len(ending)]
            break
    return word.removesuffix("e")


# A class word's other forms ("ignoring" for "ignored", "blaming" for "blame") are read as the
# word itself; only forms ending "-ed" or "-ing" are looked up this way, as "cars" is no "care".
# An "-ing" word lends its class to no other form: "embarrassing" judges someone, where "he's
# embarrassed" tells how he felt.
_CLASS_WORD_OF_STEM: dict[str, str] = {}
for _word in sorted(_CLASSES_OF):
    if not _word.endswith("ing"):
        _CLASS_WORD_OF_STEM.setdefault(_stem(_word), _word)


@lru_cache(maxsize=4096)  # asked of every word of every clause, by the flags' features and others
def _class_word(token: str) -> str | None:
    """The class word `token` is, or is a form of, if any."""
    token = token.removesuffix("'s")  # "the vendor's fault" names the vendor
    if token in _CLASSES_OF:
        return token
    if token.endswith(("ed", "ing")):
        return _CLASS_WORD_OF_STEM.get(_stem(token))
    return None


# "care" waves input away only as not caring ("I didn't care", "who cares", "couldn't care
# less"); a care home, customer care or caring more about the customer than the charts is the
# work itself. Knowing belittles only as not knowing ("he doesn't understand", "they know
# nothing"): "he was genuinely glad to know" and "she understands the contract" belittle no one.
# Mattering waves input away only as not mattering ("their input didn't matter"): "the three
# sites that mattered" is a priority set.
_SAID_AS_NOT = frozenset({"care", "cares", "understand", "know", "matter", "matters"})
_NOT = frozenset({"don't", "didn't", "doesn't", "not", "never", "couldn't", "wouldn't", "won't",
                  "who", "nobody", "no", "hardly", "barely"})


_SPEECH = frozenset("""said mentioned asked told suggested added commented remarked joked
    say says mention mentions""".split())


def _said_as_a_joke(tokens: tuple[str, ...], i: int) -> bool:
    """Whether "joke" tells how something was said ("she mentioned, almost as a joke"), not
    what someone is ("treated him as a joke")."""
    return tokens[i] == "joke" and tokens[max(0, i - 2):i] == ("as", "a") and bool(
        _SPEECH.intersection(tokens[:i]))


# "The whole team" and "not only to her" name who was reached, not who did it all: "I sent it
# to my whole team, not only to her" shares what the candidate did; "I did the whole thing" and
# "only I knew" still claim it.
_GROUPS = frozenset("""team teams staff store shop shift ward department class company office
    floor crew site branch unit group county service org organisation organization""".split())


def _said_of_whom(tokens: tuple[str, ...], i: int) -> bool:
    """Whether a word of having done it all tells whom something reached instead: "whole" or
    "entire" before a group ("my whole team"), or "only" after "not" ("not only to her")."""
    word = tokens[i]
    if word in ("whole", "entire"):
        return tokens[i + 1:i + 2] != () and tokens[i + 1] in _GROUPS | _CLASSES["people"]
    return word == "only" and tokens[i - 1:i] == ("not",)


# Whose anger a word of anger tells: the nearest person before it ("everyone" in "it drove
# everyone mad", "people" in "I knew people will be angry"), or the one right after it ("the
# three things that annoyed them most"). Another person's feeling is what the candidate saw or
# foresaw, no framing of their own; "it drove me mad" and "I got so frustrated" still are.
_TELLER = frozenset("i i'm i've i'd me my myself we we're we'd us".split())
_OTHERS = (_CLASSES["people"] - {"<name>"}) | frozenset(
    "everybody customers customer patients guests residents parents staff public".split())
_EXPERIENCER_SPAN = 4


# A feeling owned with a softener ("I was kind of annoyed that nobody had caught it", "a bit
# frustrated") is candour about a mild one; "I was furious" and "I shouted" carry no softener.
_SOFTENED = frozenset({("kind", "of"), ("sort", "of"), ("a", "bit"), ("little", "bit"),
                       ("a", "little"), ("bit", "of")})
_MILD = frozenset("annoyed irritated frustrated upset tense annoying irritating".split())


def _felt_by_others(tokens: tuple[str, ...], i: int) -> bool:
    """Whether the word of anger at `i` tells someone else's feeling rather than the teller's,
    or a mild one of the teller's owned with a softener."""
    if "anger" not in _CLASSES_OF.get(tokens[i], ()):
        return False
    if tokens[i] in _MILD and (tokens[max(0, i - 2):i] in _SOFTENED
                               or tokens[max(0, i - 1):i] == ("slightly",)):
        return True
    if tokens[i + 1:i + 2] and tokens[i + 1] in _OTHERS:
        return True
    for token in reversed(tokens[max(0, i - _EXPERIENCER_SPAN):i]):
        if token in _TELLER:
            return False
        if token in _OTHERS:
            return True
    return False


# "It drove me mad", "that got me so angry", "she annoyed me": "me" after a verb of making or of
# stirring a feeling is who felt it; "a director called me furious", "she got angry with me" and
# "longer than me" name the teller as someone else's object.
_MAKING = frozenset("""made make makes making drove drive drives driving got get gets getting left
    leaves leaving had has have set sets annoyed annoys frustrated frustrates upset upsets
    angered angers irritated irritates bothered bothers infuriated infuriates wound winds
    pissed""".split())
_TELLER_SUBJECT = frozenset("i i'm i'd i've i'll we we're we'd we've my myself".split())
_OTHER_SUBJECT = frozenset("""he she they who whom who'd who's whose everyone everybody someone
    somebody""".split())


# A relative clause between a subject and its feeling tells about the subject, whoever is in it:
# "the manager, whose delivery I had moved, came in angry" is the manager's anger.
_RELATIVE = re.compile(r",\s*(?:who|whose|which|who['’]d|who['’]s)\b[^,]*,")


def felt_by_another(before: str) -> bool:
    """Whether the feeling told right after `before` (the words of its clause up to the word of
    feeling) is someone else's: the nearest subject back from it is another person ("the
    station manager, whose flight I'd put fourth, came into the ops room very angry" is read
    back to "ops room" … "manager"; "Gloria, who'd been there longer than me, got angry")."""
    before = _RELATIVE.sub(",", before)
    tokens = list(_tokens(before))
    first = before.split(" ", 1)[0]
    # a name set off by a comma ("Gloria, who'd been there longer, got angry"), where "At one
    # point I" opens on a capital only because the sentence starts there
    if tokens and first.endswith(",") and _NAME.match(first[:-1]) and first[:-1] not in _NOT_NAMES:
        tokens[0] = "<name>"
    for i in range(len(tokens) - 1, max(-1, len(tokens) - 11), -1):
        token = tokens[i]
        if token in _TELLER_SUBJECT:
            return False
        if token in ("me", "us"):
            if i and tokens[i - 1] in _MAKING:
                return False
            continue
        if token in _OTHER_SUBJECT or token == "<name>" or (
                _class_word(token) in _CLASSES["people"]):
            return True
    return False


def _said_as_not(tokens: tuple[str, ...], i: int) -> bool:
    """Whether the word at `i` is said as its absence: a negation or "who" just before it,
    "nothing" just after ("know nothing"), or "too … to" before it ("too junior to really
    understand")."""
    before = tokens[max(0, i - 2):i]
    return (bool(_NOT.intersection(before)) or tokens[i + 1:i + 2] in (("nothing",), ("nothings",))
            or ("to" in before and "too" in tokens[max(0, i - 6):i]))


# Noise waves input away only as a verdict on it ("their objections were just noise", "I treated
# it as noise"): "noise readings" and "the noise in the sensor data" are what was measured.
_AS_A_VERDICT = frozenset({"was", "were", "is", "are", "'s", "as", "just", "mostly", "only",
                           "under", "pure", "basically"})


def _in_its_sense(word: str, tokens: tuple[str, ...], i: int) -> bool:
    """Whether the class word `word`, at `i` of `tokens`, is said in the sense its class is
    made of."""
    if word in _SAID_AS_NOT:
        return _said_as_not(tokens, i)
    if word == "handle":
        # "flew off the handle", "couldn't handle it"; "one site could handle the volume" is
        # what a thing can take
        return tokens[i - 1:i] == ("the",) or _said_as_not(tokens, i)
    if word == "noise":
        return not _AS_A_VERDICT.isdisjoint(tokens[max(0, i - 3):i])
    if word == "track":
        # a record claimed ("my track record"), not a count kept ("I didn't keep track")
        return tokens[i + 1:i + 2] == ("record",)
    if word in _IDIOMS:
        return _IDIOMS[word](tokens[max(0, i - 2):i], tokens[i + 1:i + 3])
    if word in _OF_A_PERSON and _of_a_thing(tokens, i):
        return False
    if word in ("mine", "myself", "alone") and tokens[i - 1:i] == ("not",):
        # "Tomasz's idea, not mine" hands the credit on
        return False
    return not _said_as_a_joke(tokens, i)


_Context = tuple[str, ...]
_POSSESSIVE = frozenset({"my", "his", "her", "their", "our", "your"})
# Words of a class only inside their idiom: "at the end of my rope", "drove me up the wall", "saw
# red", "lost my temper", "blew up", "made my blood boil", "drove me crazy", "out of his depth",
# "no clue", "dead weight", "a waste of space"; "rope spend", "weight-based alarms", "a red
# folder", "we lost the contract" and "food waste" are the work itself.
_IDIOMS: dict[str, Callable[[_Context, _Context], bool]] = {
    "rope": lambda before, after: before[:1] == ("of",) and before[-1] in _POSSESSIVE,
    "wall": lambda before, after: before == ("up", "the"),
    "red": lambda before, after: bool(before) and before[-1] in ("saw", "see", "seeing", "sees"),
    "lost": lambda before, after: bool(after) and (
        after[0] in ("it", "temper", "patience", "cool") or after[0] in _POSSESSIVE and
        after[1:2] in (("temper",), ("patience",), ("cool",), ("mind",), ("head",))),
    "blew": lambda before, after: bool(after) and (after[0] in _POSSESSIVE or after[0] == "up"),
    "boil": lambda before, after: bool(before) and before[-1] == "blood",
    "boiling": lambda before, after: after[:1] == ("point",) or before[-1:] == ("was",),
    "crazy": lambda before, after: bool(before) and before[-1] in ("me", "us", "went", "go"),
    "nuts": lambda before, after: bool(before) and before[-1] in ("me", "us", "went", "go"),
    "league": lambda before, after: before[-1:] in (("of",), ("their",), ("his",), ("her",)),
    "depth": lambda before, after: before[-1:] in (("their",), ("his",), ("her",)),
    "clue": lambda before, after: before[-1:] in (("no",), ("a",), ("zero",)),
    "weight": lambda before, after: before[-1:] in (("dead",), ("their",), ("his",), ("her",)),
    "waste": lambda before, after: after[:1] == ("of",) and after[1:2] in (("space",),
                                                                           ("oxygen",)),
    "hat": lambda before, after: before[-1:] == ("all",),
}
# Words that judge a person, and in front of a thing judge only the thing: "a dumb version of the
# plan", "the dinosaur exhibit", "slow turnaround", "a sloppy handover note".
_OF_A_PERSON = frozenset("""useless stupid dumb dinosaur amateur hopeless pathetic slow sloppy
    careless terrible awful rubbish embarrassing""".split())
_FUNCTION_WORDS = frozenset("""and or but as to of at in on with for about when because than
    that who which is are was were be been the a an so if it this too very really just not
    from by all any""".split())


def judges_a_thing(text: str) -> bool:
    """Whether `text` opens on a word that judges a person, said of a thing instead ("dumb
    version of the plan", "dinosaur exhibit")."""
    tokens = _tokens(text[:80])
    word = tokens[0].removesuffix("s") if tokens else ""
    return word in _OF_A_PERSON and _of_a_thing(tokens, 0)


def judges_someone(text: str) -> bool:
    """Whether `text` holds a word that judges what someone can do ("clowns", "useless",
    "didn't understand")."""
    return any("incompetent" in _CLASSES_OF.get(_class_word(token) or "", ())
               for token in _tokens(text))


def _of_a_thing(tokens: tuple[str, ...], i: int) -> bool:
    """Whether the judging word at `i` stands before a noun that names no person."""
    after = tokens[i + 1:i + 2]
    if not after or after[0] in _FUNCTION_WORDS or after[0].isdigit():
        return False
    word = _class_word(after[0]) or _class_word(after[0].removesuffix("s"))
    return word is None or "people" not in _CLASSES_OF[word] and "incompetent" not in \
        _CLASSES_OF[word]


# A judging word said of a thing the teller was unsure of: "asking the question I thought
# might be stupid", "the idea we worried was dumb". Said plainly of a noun ("the new hires were
# useless", "my manager at the time was a clown") it judges people as often as things, so only
# the teller's doubt about a named thing is read this way.
_COPULA = frozenset("be was is were are been seemed seem seems sounded sounds".split())
_SOFTENING = frozenset("bit pretty so too quite very kind sort of honestly totally just "
                       "really".split())
_DOUBTING = frozenset("thought think felt worried assumed figured feared".split())
_MODALS = frozenset("might could would may must".split())
_STANDS_FOR_ANYONE = frozenset("""he she they them him her his their it that this you i we
    <name> who which one""".split())


def judged_thing_before(before: str) -> bool:
    """Whether the judging word that follows `before` is said of a thing the teller doubted:
    a noun, then "I thought" or "we worried", then "(might) be"."""
    tokens = list(_tokens(before[-100:]))
    while tokens and tokens[-1] in _SOFTENING:
        tokens.pop()
    if not tokens or tokens[-1] not in _COPULA:
        return False
    tokens.pop()
    if tokens and tokens[-1] in _MODALS:
        tokens.pop()
    if len(tokens) < 3 or tokens[-1] not in _DOUBTING or tokens[-2] not in ("i", "we"):
        return False
    head = tokens[-3]
    word = _class_word(head) or _class_word(head.removesuffix("s"))
    return head not in _STANDS_FOR_ANYONE and (word is None or "people" not in _CLASSES_OF[word])


# A clause whose only judging words praise, unnegated: "He was sharp after that, I'll give him
# that". "Not the sharpest" and "the least capable" still belittle.
_PRAISE = frozenset("bright brightest sharp sharpest capable competent smart".split())
_DIMINISHING = frozenset({"least", "less", "hardly", "barely", "exactly"})


def praises_only(text: str) -> bool:
    """Whether every judging word in `text` praises, with nothing negating it."""
    tokens = _tokens(text)
    judging = [t for t in tokens if "incompetent" in _CLASSES_OF.get(_class_word(t) or "", ())]
    return bool(judging) and all(t in _PRAISE for t in judging) and not any(
        t in _NOT or t in _DIMINISHING or t.endswith("n't") for t in tokens)


# Words said before a verb that are no verb: "it stops me just confirming" has "stops" for its
# verb, not "just" (read as a verb, "just" became a sign of taking all the credit).
_ADVERBS = frozenset("""just really basically simply actually also then even only still
    always never often usually quickly finally""".split())


_SLIGHTING = frozenset({"just", "merely", "simply"})


def _whose(before: tuple[str, ...]) -> str:
    """Who the few words before a slighting word are about: "others", the teller ("me"), or
    "none"."""
    if any(_class_word(token) in _CLASSES["people"] for token in before):
        return "others"
    if not _ME.isdisjoint(before) or "me" in before:
        return "me"
    return "none"


_NAME = re.compile(r"^[A-Z][a-z]+$")
_NOT_NAMES = frozenset("""I The A An And But So Then When While After Before Because Also My Our
    We He She They It This That There Honestly Frankly Look Yeah Well Oh Not No Yes Let Long
    Every Nothing Nobody Without With Through Had If Once Hmm Unfortunately""".split())
_PRONOUNS = frozenset({"he", "she", "they", "them", "him", "her", "his", "their"})


@lru_cache(maxsize=4096)  # a clause's words are read for its features and as the one before
def _tokens(text: str) -> tuple[str, ...]:
    """Lowercased words, with a name mid-clause read as "<name>": the model learns what is said
    of a person, not who the corpus's people are."""
    found: list[str] = []
    for i, token in enumerate(_TOKEN.findall(text.replace("’", "'"))):
        # (its capital looked at first: most words have none, and calling the engine for every
        # word of every clause cost about 0.1 ms of a first review)
        if i > 0 and "A" <= token[0] <= "Z" and _NAME.match(token) and token not in _NOT_NAMES:
            found.append("<name>")
        else:
            found.append(token.lower())
    return tuple(found)


# Speech's fillers, said between commas or opening a clause: "because, you know, school budgets
# being what they are" judges no one, and "you know" had come to weigh as contempt.
_FILLER = re.compile(r"(?:^|(?<=[,;:—–-]))\W*(?:(?:and|but|so),?\s+)?(?:you know|I mean)\b"
                     r"(?=\s*(?:[,;:—–-]|$))", re.IGNORECASE)


def features(clause: Clause, before: Clause | None) -> list[str]:
    """What the model sees of a clause: its reading, its words, its word classes alone and with
    its actor and mode, and the reading of the clause before it in the sentence. Speech's
    fillers (`_FILLER`) are left out of its words."""
    tokens = _tokens(_FILLER.sub(" ", clause.text))
    actor, mode = clause.actor, clause.mode
    found = ["bias", f"actor={actor}", f"owner={clause.owner}", f"mode={mode}",
             f"role={clause.role}", f"actor+mode={actor}|{mode}", f"reported={clause.reported}",
             f"before={before.actor}|{before.mode}" if before else "before=start"]
    found += [f"w={token}" for token in dict.fromkeys(tokens) if token not in _SLIGHTING]
    # "Just" slights a part only as whose part it is: "the others just followed my plan" gives
    # them the small part, where "it stops me just confirming what I expect" slights no one.
    found += [f"slight={_whose(tokens[max(0, i - 3):i])}" for i, token in enumerate(tokens)
              if token in _SLIGHTING]
    found += [f"p={a}_{b}" for a, b in dict.fromkeys(zip(tokens, tokens[1:], strict=False))]
    head, rest = subject_split(clause.text)
    subject = " ".join(_tokens(" ".join(head))) if head else ""
    subject_kind = ("I" if subject.startswith("i") and subject.split()[0] in ("i", "i'm", "i've",
                                                                           "i'd")
                    else "we" if subject.split()[:1] == ["we"]
                    else "pronoun" if subject in _PRONOUNS else "other" if subject else "none")
    found.append(f"subject={subject_kind}")
    verbs = [word for word in rest if word.lower() not in _ADVERBS]
    if verbs:
        found.append(f"verb={verbs[0]}")
    counts: dict[str, int] = {}
    for i, token in enumerate(tokens):
        word = _class_word(token)
        if word is not None and _in_its_sense(word, tokens, i) \
                and not _said_of_whom(tokens, i) and not _felt_by_others(tokens, i):
            for name in _CLASSES_OF[word]:
                counts[name] = counts.get(name, 0) + 1
    present = []
    for name in _CLASSES:
        hits = counts.get(name, 0)
        if hits:
            present.append(name)
            found += [f"class={name}", f"class={name}|{actor}", f"class={name}|{mode}",
                      f"class={name}|subject={subject_kind}"]
            if hits > 1:
                found.append(f"classes={name}")
    # What a flag is made of is a combination: a person and a fault, "I" and having done it all.
    found += [f"both={a}+{b}" for i, a in enumerate(present) for b in present[i + 1:]]
    return found


@cache
def _model() -> tuple[tuple[str, ...], list[float], list[float], Rows]:
    """The flags, each one's bias and threshold, and one row of weights per feature (a weight
    per flag): a clause is scored for every flag in one pass over its features."""
    if not MODEL_PATH.exists():
        return (), [], [], Rows.of({})
    # Parsed once per version of the file, not per process; a row read when a feature asks.
    data = load_json(MODEL_PATH, rows=(("weights",),))
    return tuple(data["kinds"]), data["bias"], data["threshold"], data["weights"]


def _sigmoid(total: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, total))))


def probabilities(found: list[str]) -> dict[str, float]:
    """The model's probability, per flag, that a clause with features `found` carries it."""
    kinds, bias, _, weights = _model()
    rows = weights.rows(found)
    totals = [sum(column) for column in zip(*rows, strict=True)] if rows else [0.0] * len(kinds)
    return {kind: _sigmoid(b + t) for kind, b, t in zip(kinds, bias, totals, strict=True)}


def probability(kind: str, found: list[str]) -> float:
    """The model's probability that a clause with features `found` carries flag `kind`."""
    return probabilities(found)[kind]


ABOUT_OTHERS = frozenset({"contempt", "dismissive"})
"""Flags about what the candidate says or does to other people: they need someone else in the
clause or the one before it ("Details matter" dismisses no one's input)."""


@lru_cache(maxsize=4096)  # asked of a clause for its own flags and as the one before
def mentions_others(text: str) -> bool:
    """Whether `text` names or points to another person or team."""
    return any(_class_word(token) in _CLASSES["people"] for token in _tokens(text))


ABOUT_ME = frozenset({"sole_credit"})
"""Flags the teller claims for themself: they need the teller ("I", "my", "me") in the clause or
the one before it ("But the team really pulled together" gives the team its due)."""
_ME = frozenset({"i", "i'm", "i've", "i'd", "i'll", "me", "my", "mine", "myself"})


def mentions_me(text: str) -> bool:
    """Whether `text` has the teller in it."""
    return not _ME.isdisjoint(_tokens(text))


def flags_of(clause: Clause, before: Clause | None) -> list[str]:
    """The flags the model is sure the clause carries (at or above each flag's threshold)."""
    return list(_flags_of(clause, before))


# A clause's flags follow from its reading and the one before it: an answer reviewed again (with
# another panel or competency, or re-run) reads the same clauses, and scoring them took about a
# twentieth of a review.
@lru_cache(maxsize=4096)
def _flags_of(clause: Clause, before: Clause | None) -> tuple[str, ...]:
    kinds, _, thresholds, _ = _model()
    if not kinds:
        return ()
    scores = probabilities(features(clause, before))
    texts = [clause.text] if before is None else [clause.text, before.text]
    others = any(map(mentions_others, texts))
    me = any(map(mentions_me, texts))
    # A lesson that denies a verdict on people ("the one who's slow at the start isn't always
    # the wrong hire") judges no one, and, without the teller in it, denies no failing of theirs.
    judged = not (clause.role == "reflection" and clause.mode == "negated")
    return tuple(kind for kind, cut in zip(kinds, thresholds, strict=True)
                 if scores[kind] >= cut and (others and judged or kind not in ABOUT_OTHERS)
                 and (me or kind not in ABOUT_ME)
                 and (judged or kind != "never_fail" or mentions_me(clause.text))
                 and (kind != "never_fail" or _of_the_teller(clause)
                      and not _NO_TIME.search(clause.text)
                      and not _FEELING_MEASURED.search(clause.text)
                      and not _CREED.search(clause.text)
                      and not _CONDUCT_HABIT.search(clause.text))
                 and (kind != "contempt" or not _names_a_gap(clause.text))
                 and (kind != "dismissive" or not _HEARS_FIRST.search(clause.text))
                 and (kind != "sole_credit" or not (_LIST_CLOSED.search(clause.text)
                                                    or _IN_MY_CARE.search(clause.text))))


# Time or a chance the teller has not had is no failing denied: "I've kept meaning to go deeper,
# but I haven't really had much time" (the model had learnt "haven't really had" from "I haven't
# really had any failures").
_NO_TIME = re.compile(
    r"\b(?:haven['’]t|have not|hasn['’]t|has not|hadn['’]t|had not|didn['’]t|did not|don['’]t|"
    r"do not|doesn['’]t|does not)\s+(?:really\s+|yet\s+|actually\s+)?(?:had|got|found|have|"
    r"get|find)\s+(?:much\s+|enough\s+|the\s+|any\s+|"
    r"a lot of\s+)?(?:spare\s+|free\s+)?(?:time|chance|opportunity|room|budget)\b", re.IGNORECASE)


# Whom or what the teller answered for, said as theirs: "but the patients were mine", "the
# decision was mine" owns a charge, and claims no one's work.
_IN_MY_CARE = re.compile(
    r"\b(?:the |those |these |my )?(?:[\w-]+ )?(?:patients?|residents?|pupils?|students?|"
    r"children|kids|customers?|clients?|guests?|passengers?|job|responsibility|call|decision|"
    r"problem|fault|mistake|error|shift|ward|class|team|crew|site) (?:were|was|are|is|felt) "
    r"(?:all |still |really )?mine\b", re.IGNORECASE)


# "everything" closing a list of what was explained or checked names the list's sum, no work
# claimed from the team: "I explain every noise, the landing gear, the turbulence, the engine,
# everything" ("I did the design, the build, everything" still claims it all).
_LIST_CLOSED = re.compile(
    r"\b(?:explain\w*|show\w*|check\w*|talk\w* (?:her|him|them) through|tell\w*|told|walk\w* "
    r"(?:her|him|them) through)\b[^.;!?]*,[^.;!?]*, (?:and )?(?:everything|all of it|the lot)"
    r"\W*$", re.IGNORECASE)


# Asking to speak with someone before anything else is done about them is hearing them out:
# "Sam wanted to go straight to the supervisor, and I sort of said, let me talk to him first"
# (the model had learnt "let", "talk" and "said" after another's wish from "I just let her talk
# and then did what I'd planned").
_HEARS_FIRST = re.compile(
    r"\b(?:let|give) me (?:\w+ ){0,3}?(?:talk|speak|chat|have a (?:word|chat|talk)|sit down|"
    r"meet)(?:ing)? (?:to|with)\b|\b(?:talk|speak|chat)(?:ing)? (?:to|with) (?:him|her|them|"
    r"the \w+|[A-Z][a-z]+) (?:first|together|myself|before)\b", re.IGNORECASE)


# What someone did not yet know or understand, named as a gap to fill ("what he didn't
# understand was how the bank feeds work underneath", "she didn't know which form applied"): the
# words the model reads as a verdict on people's competence, used of a lesson not yet learnt.
# "Even" makes it the verdict again ("they didn't even know how a join works").
_GAP = re.compile(r"\b(?:didn't|did not|doesn't|does not|don't|do not|hadn't|had not|wasn't "
                  r"able to|couldn't|could not) (?:yet |really |fully |quite )?(?:understand|"
                  r"know|see|follow|get)(?: was)? (?:how|why|what|which|where|when|whether)\b")
_EVEN = re.compile(r"\beven\b")


# How strongly something was felt, said in the negative: "I don't think I've been that angry in
# years" measures a feeling and denies no failing.
_FEELING_MEASURED = re.compile(
    r"\b(?:that|so|as) (?:angry|upset|furious|annoyed|livid|hurt|stressed|nervous|scared|"
    r"frustrated)\b", re.IGNORECASE)


# What the teller has always believed or loved is a creed, and claims no record: "I've always
# believed, like, the customer is king" denies no failing, where "I've always hit my numbers" does.
_CREED = re.compile(
    r"\b(?:I|we)(?:['’]ve| have)? always (?:really )?(?:believed|thought|felt|loved|liked|"
    r"valued|enjoyed|wanted|cared|been (?:passionate|keen|interested|a believer|a fan))\b"
    r"(?![^.;]*\b(?:right|wrong|fail\w*|mistakes?|missed|never)\b)", re.IGNORECASE)


# A way of working claimed as a habit boasts of conduct, not of a record without failures: "I am
# always honest with them, I always explain everything", "I always double-check the labels".
# What the habit is said to have kept from failing still claims the record ("I'm always careful,
# so I've never made a mistake").
_CONDUCT_HABIT = re.compile(
    # ("I've always got a positive attitude" boasts of a manner, as "I'm always friendly" does)
    r"\b(?:I|we)(?:['’]m|['’]re|['’]ve| am| are| have)? always (?:very |really |so )?(?:(?:have|"
    r"had|got) (?:a |an )?(?:positive|good|great|can-do|friendly|open|calm) (?:attitude|mindset|"
    r"outlook|manner)|honest|polite|open|"
    r"transparent|friendly|patient|calm|explain\w*|check\w*|double-check\w*|tell\w*|listen\w*|"
    r"ask\w*|say\w*|copy\w*|keep\w*|bring\w*|walk\w*|answer\w*|write\w*|call\w*|ring\w*|"
    r"talk\w*|share\w*|try\w*)\b"
    r"(?![^.;!?]*\b(?:right|wrong|fail\w*|mistakes?|miss\w*|never|on time|deadlines?|perfect|"
    r"errors?|complaints?)\b)", re.IGNORECASE)


def _names_a_gap(text: str) -> bool:
    lowered = text.lower().replace("’", "'")
    return bool(_GAP.search(lowered)) and not _EVEN.search(lowered)


_FIRST_PERSON = frozenset("i i'm i've i'd me my mine myself we we've we'd our ours us".split())


# Speech's "I mean" puts no teller in the clause it opens: "I mean, a near miss is really just an
# error that happened to get caught" says what a near miss is.
_I_MEAN = re.compile(r"(?:^|(?<=[,;:—–-]))\W*(?:(?:and|but|so|well),?\s+)?I mean\b,?",
                     re.IGNORECASE)


def _of_the_teller(clause: Clause) -> bool:
    """Whether a clause speaks of the candidate or their team, as a denial of ever failing
    must ("my projects never slip", "I've never really failed"): "12 permit types that almost
    never failed review" says how a kind of thing goes, and denies no failing of anyone's."""
    return clause.actor in ("candidate", "team") or bool(
        _FIRST_PERSON.intersection(_tokens(_I_MEAN.sub(" ", clause.text)))) and not (
        clause.actor == "other" and _TOLD_ME.search(clause.text))


# Someone else's word to the teller: "three people told me nothing will change" denies nothing
# of the teller's, whatever "me" it names.
_TOLD_ME = re.compile(r"\b(?:told|tell|tells|telling|warned|assured|promised) (?:me|us)\b|"
                      r"\bsaid to (?:me|us)\b", re.IGNORECASE)


def reload() -> None:
    """Read the model file again (after `scripts/train_flags.py` has rewritten it)."""
    _model.cache_clear()
    _flags_of.cache_clear()


__all__ = ["ABOUT_ME", "ABOUT_OTHERS", "KINDS", "MODEL_PATH", "features", "felt_by_another",
           "flags_of", "judged_thing_before", "judges_a_thing", "judges_someone", "mentions_me",
           "mentions_others", "praises_only", "probabilities", "probability", "reload"]
