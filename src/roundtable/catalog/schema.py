"""Pydantic models for the catalog's data files: competencies (rubrics) and panels (personas).

A user adds a competency or a panel by writing a YAML file of this shape; a bad file fails
with the file, the field and the reason (see `catalog.loader`).

Annotations are not postponed (no `from __future__ import annotations`), as in `models`: pydantic
would evaluate each field's annotation string when it builds the classes, at every start.
"""

from functools import cached_property
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, field_validator, model_validator

from roundtable import regexes as re
from roundtable.evidence.kinds import RED_FLAGS, EvidenceKind
from roundtable.models import new_list

Family = Literal[
    "customer",
    "data",
    "ownership",
    "influence",
    "relationship",
    "execution",
    "results",
    "reflection",
    "communication",
    "judgment",
    "people",
    "standards",
]
"""Criteria families: a persona's lens weighs criteria by the family they belong to."""

_ID = r"^[a-z0-9]+(-[a-z0-9]+)*$"


PLACING_KINDS: frozenset[str] = frozenset({
    "situation", "task", "action", "metric", "timeframe", "named_entity", "collective_we",
    "stakeholder", "customer", "vague", "hedge", "generic_claim", "passive_voice"})
"""Kinds that say where a line sits in the story rather than what it shows."""
_WAYS_OF_WORKING = frozenset({"deep_dive", "standards", "adaptation", "simplification",
                               "curiosity", "speed", "prioritization", "cost"})
TOLD_BY_ANYONE: frozenset[str] = frozenset({
    "result", "quantified_result", "relationship", "trust", "customer_feedback", "decision",
    "influence", "disagreement", "big_picture", "broad_impact"}) | PLACING_KINDS - {"action"}
"""Kinds a line shows whoever's words or deeds it tells (an outcome, a later bond, another's
decision, the scene); any other kind, in someone else's clause, is not the candidate's."""
HEARD: frozenset[str] = frozenset({"customer_feedback"})
"""The only kind someone else's words show: what a customer said. A manager's praise ("she said
I had shown real courage") is no evidence of trust grown or a bar held."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Anchors(_Strict):
    """What a 1, a 3 and a 5 look like on this criterion, in observable behavior."""

    one: str = Field(alias="1", min_length=10)
    three: str = Field(alias="3", min_length=10)
    five: str = Field(alias="5", min_length=10)


class Signals(_Strict):
    """Evidence kinds that speak for (positive) or against (negative) a criterion."""

    positive: list[EvidenceKind] = Field(min_length=1)
    negative: list[EvidenceKind] = Field(default_factory=new_list)
    own: list[EvidenceKind] = Field(
        default_factory=new_list,
        description="Positive kinds that count only where the candidate or their team tells "
        "them as their own: a failure's 'their part' is a decision of theirs, so the exam "
        "board's \"they said yes\" shows none of it, where elsewhere a decision someone else "
        "reached is the outcome an argument won.")

    floor: list[EvidenceKind] = Field(
        default_factory=new_list,
        description="Red flags that are the criterion's floor anchor in so many words (teamwork's "
        "own contribution: 'they claim the whole team's work as their own' is `sole_credit`): "
        "raised anywhere in the answer, each holds the criterion below its middle anchor.")

    @model_validator(mode="after")
    def _own_is_positive(self) -> "Signals":
        stray = [kind for kind in self.own if kind not in self.positive]
        if stray:
            raise ValueError(f"own signals must be positive ones: {', '.join(stray)}")
        loose = [kind for kind in self.floor if kind not in RED_FLAGS]
        if loose:
            raise ValueError(f"floor signals must be red flags: {', '.join(loose)}")
        return self


class Needs(_Strict):
    """What a criterion's top anchors cannot do without: finding the cause needs a cause found.
    However well the work towards it is told, the criterion stays at its middle anchor until
    one of these cues is told as fact, or one of these kinds is found."""

    cues: list[str] = Field(default_factory=new_list,
                            description="Case-insensitive regular expressions.")
    missing: str = Field(min_length=5, description='The concern when none is told ("no cause '
                         'found is told").')
    own: bool = Field(default=False, description="Whether it must be found or checked by the "
                      "candidate or their team: where what the story settles on is someone "
                      "else's finding or word, never checked (\"the vendor's engineer found the "
                      "electrode was worn\", `Analysis.told_by_others`), the criterion stays "
                      "below its middle anchor.")
    kinds: list[EvidenceKind] = Field(
        default_factory=new_list,
        description="Evidence kinds that meet the need as a cue does, found anywhere in the "
        "answer: a disagreement is told in more ways than cues can list (\"I did not agree\", "
        "\"I wasn't convinced\"), and the reading's `disagreement`, or the grounds given for "
        "it, find them.")

    @field_validator("cues")
    @classmethod
    def _cues_compile(cls, cues: list[str]) -> list[str]:
        return _compiled_cues(cues)

    @model_validator(mode="after")
    def _something_meets_it(self) -> "Needs":
        if not self.cues and not self.kinds:
            raise ValueError("a need is met by cues or by kinds: give at least one")
        return self


def _compiled_cues(cues: list[str]) -> list[str]:
    for cue in cues:
        try:
            # The same flags as every use, so the program cache holds one program per cue;
            # a cue whose program is stored compiled before and is not built again here.
            re.check(cue, re.IGNORECASE)
        except re.error as exc:
            raise ValueError(f"cue {cue!r} is not a valid regular expression: {exc}") from exc
    return cues


class Criterion(_Strict):
    """One thing the panel looks for, with its behavioral anchors and signals."""

    id: str = Field(pattern=_ID)
    name: str
    family: Family
    description: str
    anchors: Anchors
    signals: Signals
    cues: list[str] = Field(
        default_factory=new_list,
        description="Extra case-insensitive regular expressions that count as positive "
        "evidence for this criterion only.",
    )
    negative_cues: list[str] = Field(
        default_factory=new_list,
        description="Case-insensitive regular expressions for phrasing that counts against this "
        'criterion (e.g. "keep the peace" for facing a conflict).',
    )
    follow_up: str = Field(description="The question that would close a gap on this criterion.")
    needs: Needs | None = Field(
        default=None,
        description="What a score above the middle anchor cannot do without (see `Needs`).",
    )
    wants: str | None = Field(
        default=None,
        description="What would close the gap, as a phrase about the candidate that completes "
        '"I would want …" (e.g. "how the working relationship stood afterwards"). Without it '
        "panelists ask for more on the criterion by name.",
    )

    @cached_property  # asked for each finding a panelist may quote: hundreds of times a review
    def evidencing(self) -> frozenset[str]:
        """The evidence kinds that show this criterion on their own.

        A date, a name, a number or a step of any kind places a line in the story; it shows a
        criterion only when the criterion is made of nothing else, and a step ("I built the
        parser") shows only a criterion about doing things oneself, not one about how a
        conversation was held.
        """
        kinds = set(self.signals.positive)
        placing = set(PLACING_KINDS)
        # A step shows a criterion about doing things oneself (owning it, seeing it through,
        # keeping one's word), unless the criterion asks for a way of working of its own
        # (digging into the detail, holding a bar), which a step of any kind does not show.
        if self.family == "ownership" or self.signals.positive[0] == "action" or (
                self.family == "execution" and not kinds & _WAYS_OF_WORKING):
            placing.discard("action")
        return frozenset(kinds - placing or kinds)

    @field_validator("cues", "negative_cues")
    @classmethod
    def _cues_compile(cls, cues: list[str]) -> list[str]:
        return _compiled_cues(cues)


class Competency(_Strict):
    """A competency: what it means, how it is asked about, and how it is scored."""

    id: str = Field(pattern=_ID)
    name: str
    short_name: str
    source: str = Field("generic", description='"amazon-lp" or "generic" or a user label.')
    description: str
    questions: list[str] = Field(min_length=1)
    aliases: list[str] = Field(
        default_factory=new_list,
        description="Other names interviewers and job descriptions give this competency "
        '("conflict resolution", "time management"): accepted wherever a competency is named.',
    )
    keywords: list[str] = Field(
        default_factory=new_list,
        description="Words that point to this competency when inferring it from a question.",
    )
    vocabulary: list[str] = Field(
        default_factory=new_list,
        description="The subject's words as interviewers ask about it in their own phrasing and "
        "as candidates tell it (situations, behaviours, outcomes): read only to infer the "
        "competency of a question or an answer, never to score one.",
    )
    criteria: list[Criterion] = Field(min_length=4, max_length=7)

    @model_validator(mode="after")
    def _unique_criteria(self) -> "Competency":
        ids = [c.id for c in self.criteria]
        dupes = sorted({i for i in ids if ids.count(i) > 1})
        if dupes:
            raise ValueError(f"criterion ids must be unique, repeated: {', '.join(dupes)}")
        return self


class Voice(_Strict):
    """How a persona talks: phrases the rubric engine draws on, and a style note for LLMs."""

    style: str = Field(description="One or two sentences on tone, for the LLM engine's prompt.")
    focus: list[str] = Field(min_length=1, description="Phrases naming what this lens values.")
    openers: list[str] = Field(min_length=2)
    agree: list[str] = Field(min_length=2)
    build: list[str] = Field(min_length=2)
    pushback: list[str] = Field(min_length=2,
                                description="Disagreement phrases true whichever of the two "
                                "reads the answer higher.")
    pushback_lower: list[str] = Field(
        default_factory=new_list, description="Disagreement phrases said only by a panelist who "
        "reads the answer lower than the one addressed (\"that's generous:\").")
    pushback_higher: list[str] = Field(
        default_factory=new_list, description="Disagreement phrases said only by a panelist who "
        "reads the answer higher (\"I wonder if we're being hard on them:\").")
    closers: list[str] = Field(min_length=2)

    @model_validator(mode="after")
    def _addressed_by_name(self) -> "Voice":
        # Cross-talk turns speak *to* a colleague ("Sam, I'd push back: you..."), so each
        # phrase opens with the name being addressed.
        for field in ("agree", "build", "pushback", "pushback_lower", "pushback_higher"):
            missing = [p for p in getattr(self, field) if not p.startswith("{name}")]
            if missing:
                raise ValueError(
                    f"every {field} phrase must start with {{name}} (panelists address each "
                    f"other directly): {missing[0]!r}"
                )
        return self


class Persona(_Strict):
    """One expert on a panel."""

    id: str = Field(pattern=_ID)
    name: str
    title: str
    lens: dict[Family, float] = Field(
        description="Weights over criteria families; unlisted families weigh 1.0."
    )
    strictness: float = Field(
        0.0, ge=-1.0, le=1.0,
        description="-1 lenient, 0 calibrated, 1 designated skeptic. It acts on the evidence, "
        "not on the score: from 0.15 up the persona does not credit hedged or vague lines.",
    )
    voice: Voice
    _called: str | None = PrivateAttr(None)

    @property
    def called(self) -> str:
        """How the other panelists address this one: the first name, unless the panel sits over
        an answer that names someone else so (`Panel.over`)."""
        # (read from the model's private values: `self._called` goes through pydantic's
        # `__getattr__`, which raises and catches an AttributeError at every asking)
        private = self.__pydantic_private__ or {}
        return private.get("_called") or self.name.split()[0]

    @field_validator("lens")
    @classmethod
    def _weights_positive(cls, lens: dict[str, float]) -> dict[str, float]:
        bad = [f for f, w in lens.items() if not 0.0 <= w <= 5.0]
        if bad:
            raise ValueError(f"lens weights must be between 0 and 5: {', '.join(bad)}")
        return lens


class Panel(_Strict):
    """A panel of two to six personas."""

    id: str = Field(pattern=_ID)
    name: str
    description: str
    personas: list[Persona] = Field(min_length=2, max_length=6)

    @model_validator(mode="after")
    def _unique_people(self) -> "Panel":
        ids = [p.id for p in self.personas]
        first = [p.name.split()[0] for p in self.personas]
        if len(set(ids)) != len(ids):
            raise ValueError("persona ids must be unique within a panel")
        if len(set(first)) != len(first):
            raise ValueError("persona first names must be unique (panelists address each other)")
        return self

    def over(self, answer: str) -> "Panel":
        """This panel as it sits over `answer`: each panelist is called as `called` says."""
        personas = []
        for persona in self.personas:
            seated = persona.model_copy()
            seated._called = called(persona.name, answer)
            personas.append(seated)
        return self.model_copy(update={"personas": personas})


def called(name: str, answer: str) -> str:
    """How a panelist named `name` is addressed in the review of `answer`: by first name, or by
    the whole name where the answer has someone of that first name. "Priya, you're right" over a
    story with a colleague Priya in it would make the two one person to the reader."""
    first = name.split()[0]
    at = answer.find(first)
    while at >= 0:
        end = at + len(first)
        if not _in_word(answer[at - 1: at]) and not _in_word(answer[end: end + 1]):
            return name
        at = answer.find(first, end)
    return first


def _in_word(char: str) -> bool:
    return char.isalnum() or char in ("-", "_")
