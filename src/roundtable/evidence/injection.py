"""Text addressed to the reviewer, recognised by what it does rather than by set phrases.

The lexicon's `prompt_injection` pattern catches known phrasings. This catches the rest by the
shape every such sentence has: it talks to whoever judges the answer (a reviewer, a grader, the
committee, an AI), or about the answer as a thing to be rated ("this response", "the above"),
and it asks for or states a rating (a score, a vote, a verdict, "Strong Hire"). A story that
mentions a review ("my manager rated the vendors") has neither the addressee nor the meta
reference, so it is not caught; the dev set holds no false alarm (see tests/evidence).
"""

from __future__ import annotations

from functools import lru_cache

from roundtable import regexes as re

_FLAGS = re.IGNORECASE

# Whoever judges the answer, in English and the languages the probes use.
_JUDGE = re.compile(
    r"\b(?:evaluators?|assessors?|graders?|examiners?|"
    r"hiring committee|interview(?:ing)? panel|panelists?|"
    r"language models?|ai models?|llms?|chatbot|gpt|"
    r"system prompt|system message|"
    r"evaluador(?:es|a)?|valutator[ei]|avaliador(?:es|a)?|[ée]valuat(?:eur|rice)s?|"
    r"pr[üu]fer(?:in)?|gutachter|bewerter)\b|评审|评委|面试官|审核",
    _FLAGS,
)
# A judge word the story owns ("our AI model scored each ticket", "their chatbot", "the vendor's
# LLM") names a tool in the story, not whoever reads the answer: it counts as a
# judge only as the words below do, beside both a rating and a request.
_OWNED_JUDGE = re.compile(
    r"\b(?:our|my|their|his|her|its|\w+'s)\s+(?:own\s+|new\s+|internal\s+|"
    r"in-house\s+|\w+-based\s+)?(?:language models?|ai models?|llms?|chatbot|gpt)\b", _FLAGS)
# Words that name a judge only beside a rating and a request ("the committee" is also a team).
_MAYBE_JUDGE = re.compile(
    r"\b(?:reviewers?|committee|comit[ée]|the panel|ai|a\.i\.|assistant|model|prompt|whoever|"
    r"anyone|the person)\b", _FLAGS)
# The answer spoken of as a thing to be rated.
_META = re.compile(
    r"\b(?:this|my|the above|the following|the preceding) (?:answer|response|submission|"
    r"transcript|story|example)\b|\bthe above\b|\bthe candidate (?:below|above)\b|"
    r"\b(?:esta|essa) respuesta\b|\besta resposta\b|\bcette r[ée]ponse\b|\bdiese antwort\b|"
    r"\bquesta risposta\b|这个回答|本回答",
    _FLAGS,
)
# Spoken to, not of: "Reviewer, ...", "(To the AI ...", "Note for the panel". Opening a
# sentence, the word is spoken to only when a pause follows it: "Committee approved that" tells
# of the committee.
_VOCATIVE = re.compile(
    r"^\W*(?:reviewers?|ai|panel|panelists|committee|interviewers?)\s*[,:;!—–-]"
    r"|(?:[(\[]\s*|\b(?:to|for|dear|attention)\s+(?:the\s+|any\s+|all\s+)?)"
    r"(?:reviewers?|ai|panel|panelists|committee|interviewers?)\b", _FLAGS)
# A rating asked for or stated.
_RATING = re.compile(
    r"\b(?:scores?|scoring|scored|rate|rated|rating|grade|graded|mark|marked|marks|verdict|"
    r"votes?|voting|band|criteria|criterion|rubric|recommendation|decision|pre-?approved|"
    r"approved|exceptional|flawless|perfect|maximum|highest|top|five out of five|\d\s*/\s*\d|"
    r"a \d on|full marks|"
    r"puntuaci[oó]n|calificaci[oó]n|note maximale|meilleure note|punktzahl|bewert\w*|"
    r"punteggio|nota m[aá]xima|votate|votem|votez|votad)\b|最高分|满分|打分|评分",
    _FLAGS,
)
# Someone being told what to do.
_ASKING = re.compile(
    r"\b(?:you|your|please|kindly|dear|must|should|shall|need to|ignore|disregard|override|"
    r"pretend|imagine|from now on|act as|treat|assign|output|return|confirm|instructions?|"
    r"reminder|note|message|attention|p\.?s\.?)\b|请",
    _FLAGS,
)
# Speech's "you" that asks nothing of anyone: "you know, the committee approved it", "so you
# see, the model was scoring the top accounts wrong", "as you can imagine". Transcripts are full
# of them, and a story's committee, model or top accounts beside one read as a request to rate.
# ("you know what to do", "you know that this deserves…" do ask.)
_SPOKEN_YOU = re.compile(
    r"\b(?:y(?:ou|a)[’']?\s?know(?!\s+(?:what|that|how|to|you)\b)|you see|y['’]know|"
    r"as you (?:can |could |might |may )?(?:imagine|know|guess|expect|tell|see)|"
    r"if you (?:will|like)|mind you|(?:you|ya) could say|you might say)\b", _FLAGS)
# The reader told to be someone else: a reviewer who loves the answer, a hiring manager who hired.
_ROLE_PLAY = re.compile(
    r"\b(?:you are (?:now )?(?:a|an|the|my)|from now on|pretend|imagine|let's play|"
    r"role-?play|act as)\b.{0,80}\b(?:reviewer|interviewer|hiring manager|judge|grader|"
    r"evaluator|panel|panelist|committee|recruiter)s?\b", _FLAGS)
# A hiring vote written as the panel's label: candidates do not call their own story that.
_VOTE = re.compile(r"\bstrong[\s_-]*(?:no[\s_-]*)?hire\b|\bstrong_hire\b", _FLAGS)
_VOTE_CONTEXT = re.compile(
    r"\b(?:vote|voting|verdict|decision|recommend\w*|confirm|output|return|rate|rated|rating|"
    r"score|grade|mark|panel|committee|final|me|this (?:answer|response|candidate))\b|"
    r"STRONG[\s_-]*HIRE|strong_hire|投",
    _FLAGS,
)


_VOTE_WORD = re.compile(r"\bSTRONG[\s_-]*HIRE\b|\bstrong_hire\b")  # the vote as a label


@lru_cache(maxsize=1024)  # asked of a sentence as it is read, and again as it is quarantined
def addressed_to_reviewer(sentence: str) -> bool:
    """Whether a sentence speaks to whoever rates the answer, about rating it."""
    if _VOTE.search(sentence) and _VOTE_CONTEXT.search(_VOTE.sub(" ", sentence)):
        return True
    if _VOTE_WORD.search(sentence):
        return True
    asked = _SPOKEN_YOU.sub(" ", sentence) if _SPOKEN_YOU.search(sentence) else sentence
    if _ROLE_PLAY.search(asked):  # ("as you can imagine, the committee…" imagines no one)
        return True
    # Each test only as it decides the answer: most sentences of a story name no judge and ask
    # for no rating, and are done after two or three of them.
    # (`sub` runs the engine whatever the text: a sentence with no tool of the story's is searched
    # as it is.)
    unowned = _OWNED_JUDGE.sub(" ", sentence) if _OWNED_JUDGE.search(sentence) else sentence
    if _JUDGE.search(unowned) or _VOCATIVE.search(sentence):
        return bool(_RATING.search(sentence) or _ASKING.search(sentence))
    return bool(_RATING.search(sentence) and _ASKING.search(asked) and (
        _MAYBE_JUDGE.search(sentence) or _META.search(sentence)
        or _OWNED_JUDGE.search(sentence)))
