"""A headline from the answer's content: who the candidate was, what they did, what came of it."""

from __future__ import annotations

from roundtable import regexes as re
from roundtable.deliberation.phrasing import FLAG_SAYS, flag_says, lower_first
from roundtable.engines.base import Case
from roundtable.evidence.reading import Clause, has_verb, names_in, opens_on_verb, told_in_past

_ROLE = re.compile(
    r"\b(?:as|I was|I'm|I am|I worked as|working as)\s+(?:the|a|an|our|their)\s+"
    r"(?:(?:only|first|sole|new|acting|interim)\s+)?((?:(?:senior|"
    r"junior|lead|staff|principal|associate|head|chief|founding)\s+)?"
    r"(?:[a-z]+\s+){0,2}(?:manager|engineer|designer|analyst|scientist|developer|lead|director|"
    r"pm|consultant|architect|researcher|specialist|coordinator|owner|nurse|teacher|"
    r"representative|rep|executive|administrator|strategist|marketer|recruiter|officer))\b",
    re.IGNORECASE,
)
_PAST = (r"[a-z]{2,}ed|took|wrote|built|ran|led|made|met|sent|set|went|spoke|brought|sat|found|"
         r"began|chose|gave|held|kept|told|sought|taught|dug|did|got|pulled|pushed|called|drove|"
         r"split|cut|shipped|rewrote|rebuilt|spent|stood|fought|won|put|shut|drew|flew|sold|"
         r"paired|rolled|moved|stopped|dropped|planned|mapped|scrapped|bought|broke|"
         r"withdrew|read|saw|rang|paid|caught|lent|oversaw|sped|threw|swapped|shook|"
         # "had the other nine vans checked" (not "had to", "had been", "had no time")
         r"had(?! (?:to|been|no|never|always|just|already|not|a|an)\b)")
# A title's stop ends no phrase: "asked Dr. Okafor for two minutes".
_TITLE = r"(?:Dr|Mr|Mrs|Ms|Prof|St)\."
_STATIVE = (r"wanted|needed|liked|loved|hoped|felt|used|seemed|learned|realized|realised|"
            r"believed|guessed|thought|noticed|assumed|figured|decided to wait|tried|suspected|"
            r"knew|expected|wondered|worried|doubted|reckoned|"
            # a language the teller has, no step: "I speak little bit Urdu from my grandmother"
            r"spoke (?:a )?(?:little|some|bit|basic|fluent|good|decent)\b|"
            # what the candidate was allowed, no step: "I had the authority to reprocess"
            r"had (?:the |no |full |a |an )?(?:authority|access|permission|right|rights|power|"
            r"sign-?off|budget)")
# "I" opening a clause, not inside a relative clause ("the project I worked on").
_ACTION = re.compile(
    # (a step may open on when it was taken: "The next morning I asked him…", "On Monday I…")
    rf"(?:^|[,;:]\s+|\b(?i:so|and|but|yet|then|first|finally|eventually|instead|immediately|"
    rf"quickly|personally|also)\s+|^(?i:the next|next|that|on|by|after|later that|early (?:the )?"
    rf"next) [\w']+\s+)[Ii]\s+(?:(?:then|also|first|quickly|personally|immediately|finally|"
    rf"just|simply)\s+)?"
    rf"(?!(?:{_STATIVE})\b)((?:{_PAST})\b(?:\s+(?:\d+:\d+|{_TITLE}|[^\s,.;:!?]+)){{1,9}})",
)
_BULLET_STEP = re.compile(rf"^[-*•·▪ ]*(?!(?:{_STATIVE})\b)(?:{_PAST})\b", re.IGNORECASE)
# A time before "before" or "after" is what they modify ("the logs from the week before"), so
# the phrase is not cut there: cut, it would end on "from the week".
_TIME = ("day", "night", "week", "month", "year", "morning", "evening", "afternoon", "shift",
         "quarter", "season", "weekend", "sprint", "term", "semester")
_STOP = re.compile(r"\s+(?:and|but|so|because|which|while|when|to see|since|even|until|unless|"
                   r"although|though|where|who|rather than|instead of)\b.*$|"
                   + "".join(rf"(?<!\b{noun})" for noun in _TIME)
                   + r"\s+(?:after|before)\b.*$"
                   # ("by a week after checking with maintenance": a step of its own)
                   r"|\s+(?:after|before)\s+\w+ing\b.*$", re.IGNORECASE)
_ENDS_ON_TIME = re.compile(rf"\b(?:{'|'.join(_TIME)})\W*$", re.IGNORECASE)
_OPENS_BEFORE_AFTER = re.compile(r"^\W*(?:before|after)\b", re.IGNORECASE)
_PRONOUNS = {"my": "their", "me": "them", "myself": "themselves", "i": "they", "we": "the team",
             "our": "the team's", "us": "the team", "mine": "theirs", "i'd": "they'd",
             "i'm": "they're", "ourselves": "the team", "i've": "they've", "i'll": "they'll",
             # "we'd fix it" would read "the team'd fix it"
             "we'd": "the team would", "we've": "the team has", "we're": "the team is",
             "we'll": "the team will"}
# "By the end of the quarter" goes whole: cut after "end", the headline would read "of the…".
# A second-language "In the end of the year" is the same time: cut after "end", it reads "of…".
# (a connector may come with speech's fillers: "But I mean the trailers were going out")
_CONNECTOR = re.compile(r"^\s*(?:(?:and|so|but|then|as a result|in the end(?! of)|ultimately|"
                        r"(?:by|at|in) the end(?: of (?:the |that |this |our |my )?"
                        r"(?:next |following |same |first |last |second |third )?[\w-]+)?|"
                        r"eventually|overall|finally|after (?:that|this)|since then|I mean|"
                        r"you know|um+|uh+|er+m?|honestly|basically|yeah)\b[,\s]*)+",
                        re.IGNORECASE)
# A headline must not end on a word that promises more ("..., and we").
_DANGLING = {"a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "by", "with", "at",
             "we", "i", "they", "he", "she", "it", "our", "my", "their", "was", "were", "is",
             "that", "which", "so", "but", "from", "as", "than", "about", "had", "have", "into",
             "the team", "them", "its", "this", "these", "those", "every", "each", "more",
             # a pronoun whose relative clause was cut off ("for anyone | who wanted it")
             "anyone", "anybody", "someone", "somebody", "everyone", "everybody", "anything",
             "something", "whoever",
             # an adverb or a question word waiting for the clause it leads into
             "exactly", "precisely", "just", "only", "even", "very", "really", "how", "what",
             "why", "whether", "where", "who", "when"}


_FIRST_PERSON = re.compile(r"\b(my|me|myself|I[’'](?:d|m|ve|ll)|I|we[’'](?:d|ve|re|ll)|we|our|us|"
                           r"mine|ourselves)\b",
                           re.IGNORECASE)


# A quotation keeps its speaker's words: the "treat me fairly" score is not "treat them".
_QUOTED = re.compile(r"(\"[^\"]*\"|“[^”]*”)")


def _unquoted(text: str) -> str:
    return "".join(part for i, part in enumerate(_QUOTED.split(text)) if i % 2 == 0)


# "in our team meeting" is the team's meeting: "the team's team meeting" says it twice.
_TEAMS_TEAM = re.compile(r"\bthe team's team\b")


def _third_person(text: str) -> str:
    return "".join(part if i % 2 else _TEAMS_TEAM.sub("the team", _FIRST_PERSON.sub(
        lambda m: _PRONOUNS[m.group(0).lower().replace("’", "'")], part))
        for i, part in enumerate(_QUOTED.split(text)))


_THEY_WAS = re.compile(r"\b([Tt]hey) was\b")
_ACRONYMS = {"pm", "ux", "ui", "qa", "sre", "it", "hr", "ml", "ai", "tpm", "cx", "vp", "bi"}
_AGREEMENT = ((" the team were", " the team was"), (" the team have", " the team has"),
              (" the team are", " the team is"))


def _role(case: Case) -> str | None:
    if case.submission.role:
        return case.submission.role.strip()
    match = _ROLE.search(case.submission.answer)
    if match:
        return " ".join(w.upper() if w.lower() in _ACRONYMS else w.capitalize()
                        for w in match.group(1).split())
    return None


_HAS_CHANGE = re.compile(r"\d|\b(dropped|fell|rose|grew|doubled|halved|improved|cut|saved|"
                         r"reduced|increased|decreased|launched|shipped|renewed|caught|"
                         r"on time|less|fewer|adopted|signed|won|closed|stopped|went live|"
                         # what was put right: "Everybody was paid correctly on the Friday"
                         r"correctly|in full|resolved|restored|accepted|approved)\b",
                         re.IGNORECASE)
# "After that the waste went down" opens on a connective, not a subordinate clause.
# ("After three months her score was 84%" dates the outcome; it is no clause of when)
_SUBORDINATE = re.compile(r"^\W*(?!(?:after|since) (?:that|this|then)\b)(?!after (?:a|an|one|two|"
                          r"three|four|five|six|\d+|a few|several|about|around) (?:\w+ )?"
                          r"(?:days?|weeks?|months?|years?|quarters?|sprints?)\b,? \w)"
                          r"(?:after|before|when|"
                          r"while|whilst|because|since|if|until|unless|which|that|so that|once|"
                          r"as|where|whereas|although|though|even though)\b", re.IGNORECASE)
_WHEN_AT_END = re.compile(r"\s+(?:(?:over|in|within|during|across|by|for|after)\s+(?:the\s+)?"
                          r"(?:next|following|first|last|coming|that|this)|(?:by|at|before) the "
                          r"end of (?:the|that|this|our|my|its))\s+(?:\w+\s+)?"
                          r"(?:days?|weeks?|months?|quarters?|years?|sprints?|releases?|shifts?|"
                          r"seasons?|terms?)$",
                          re.IGNORECASE)
_GENDERED = re.compile(r"\b(?:he|him|his|himself|she|her|hers|herself)\b", re.IGNORECASE)
# Other people the headline cannot name ("spoke with them"); "their" and "they" are kept for
# the candidate, whom `_third_person` writes that way.
_THEM = re.compile(r"\bthem(?:selves)?\b", re.IGNORECASE)
# A person's name, which gives "her" someone to refer to; a day or a month names nobody.
_NAME = re.compile(r"(?<!^)\b(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                   r"January|February|March|April|May|June|July|August|September|October|"
                   r"November|December)\b)[A-Z][a-z]+\b")
# "his" always, "her" before a word that is not what follows an object ("asked her for…"),
# and never after a verb that takes her as its object ("told her sorry", "gave her a slot").
_TAKES_OBJECT = ("told", "tell", "gave", "give", "asked", "ask", "sent", "send", "showed", "show",
                 "offered", "offer", "promised", "called", "rang", "emailed", "texted", "paid",
                 "owed", "brought", "bring", "handed", "taught", "wished", "got", "get", "let",
                 "made", "helped", "found", "booked", "assured", "reminded",
                 # "started giving her some bits to do"
                 "telling", "giving", "asking", "sending", "showing", "offering", "calling",
                 "paying", "bringing", "handing", "teaching", "getting", "letting", "helping",
                 "reminding")
# After an object "her", the words that go on the sentence rather than name what is hers:
# "replaced her within a week", "gave her some bits". "her own" is hers but cannot be "the
# own", so a phrase with it keeps "her" and is not used.
_NOT_HERS = ("for|to|about|that|and|or|if|why|how|what|when|the|a|an|in|on|at|with|from|into|"
             "out|up|down|back|over|off|through|within|after|before|during|until|since|again|"
             "once|twice|today|yesterday|tomorrow|now|then|later|instead|first|straight|right|"
             "directly|too|as|by|so|because|some|any|every|each|no|all|both|one|two|three|"
             "several|more|this|these|those|own|myself|herself|next|beside|alongside|onto|"
             "across|around|away|along|near|opposite|behind")
_POSSESSIVE = re.compile(r"\bhis\b|" + "".join(rf"(?<!\b{verb} )" for verb in _TAKES_OBJECT)
                         + rf"\bher\b(?=\s+(?!(?:{_NOT_HERS})\b)[a-z])", re.IGNORECASE)
# Written "them", the candidate as an object reads as the others in the phrase: "made sure
# the drivers heard it from them". "myself" stays clear as "themselves".
_ME = re.compile(r"\bme\b", re.IGNORECASE)
_SECOND_CLAUSE = re.compile(r"\s+(?:and|but) (?=(?:we|I|they|he|she|it|the team)\s)")
MAX_CLAUSE_WORDS = 14
"""A headline quotes whole clauses only, so a clause longer than this is not used."""


# (a note's arrow too: "Gary rang batching plant → 5 still cancellable")
_LIST_OR_CLAUSE = re.compile(r"\s*[:;]\s+|,\s+|\s*(?:→|->|=>)\s*")
_COMMA = re.compile(r",\s+")
# (not a list's last item: "found dents, scratches, some paint marks")
_PARTICLE_TAIL = re.compile(r"^(?:on|off|in|into|out|up|down|back|away|over|aside|to|for|at|"
                            r"with|by|through)\b", re.IGNORECASE)
_TWO_SENTENCES_OR_MARKUP = re.compile(r"(?<!\bDr)(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bProf)(?<!\bSt)"
                                      r"[.!?]\s|[<>{}]")


_HER = re.compile(r"\b(?:her|him|his)\b", re.IGNORECASE)
_SHE = re.compile(r"\b(?:she|her|hers|herself)\b", re.IGNORECASE)
_HE = re.compile(r"\b(?:he|him|his|himself)\b", re.IGNORECASE)


def the_one_named(answer: str) -> str | None:
    """The only person the answer names, when every "she" or "he" in it is of one kind: in
    "one of my agents, Priya, … I gave her permission…" the "her" can only be Priya, so a
    headline can say so ("gave Priya permission…") instead of dropping the step."""
    names = names_in(answer)
    if len(names) != 1 or bool(_SHE.search(answer)) == bool(_HE.search(answer)):
        return None
    name = next(iter(names))
    # A capitalised word names a person only where the answer treats it as one ("one of my
    # agents, Priya", "Priya said"): "Android" or "GCSE" is no "her".
    if not _named_as_a_person(name, answer):
        return None
    if name.rstrip(".") in _HONORIFICS:
        # "Mr. K" is the name; "Mr" alone would read "explained Mr every step"
        full = re.search(rf"\b{re.escape(name)}\.?\s+[A-Z][\w'’-]*", answer)
        return full.group(0) if full else None
    return name


_HONORIFICS = frozenset({"Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof"})


# What makes a capitalised word a person's name, around it: a role before it ("one of my agents,
# Priya"), "called" or "named" before it, or a verb of a person's after it ("Priya said"). Read
# around each place the name stands, so that no pattern is compiled for the name: `re` compiles
# in Python, and a pattern of the name cost a few milliseconds in each answer naming one person.
_PERSON_BEFORE = re.compile(
    r"(?:\b(?:agents?|engineers?|reports?|nurses?|colleagues?|analysts?|developers?|designers?|"
    r"managers?|lead|member|hire|starters?|apprentices?|trainees?|interns?|teammates?|worker|"
    r"assistants?|technicians?|chefs?|drivers?|teachers?|students?|clients?|customers?|boss|"
    r"director|supervisor|peers?|friend|mentee|guy|woman|man|girl|boy|lady),?|"
    r"\b(?:called|named))\s+\Z")
_PERSON_AFTER = re.compile(
    r",?\s+(?:said|told|asked|was|had|is|has|wanted|came|agreed|kept|did|didn['’]t|started|"
    r"became|joined|got|felt|thought|left|needed|struggled|refused|admitted|replied)\b")
_WORD_EDGE = re.compile(r"\b")


def _named_as_a_person(name: str, answer: str) -> bool:
    """Whether `answer` treats `name` as a person's somewhere (`_PERSON_BEFORE`,
    `_PERSON_AFTER`): where a role or "called" ends right before it, and the name ends a word;
    or where it starts a word and a verb of a person's follows."""
    at = answer.find(name)
    while at >= 0:
        after = at + len(name)
        if _WORD_EDGE.match(answer, after) and _PERSON_BEFORE.search(answer, 0, at) or (
                _WORD_EDGE.match(answer, at) and _PERSON_AFTER.match(answer, after)):
            return True
        at = answer.find(name, at + 1)
    return False


def _named(text: str, name: str | None, first_only: bool = False) -> str:
    """The one named person for "her" or "him" in a phrase (`the_one_named`): an object "her"
    is the name, a possessive one ("her calls") the name's; with `first_only`, only the first."""
    if name is None:
        return text
    return _HER.sub(lambda m: (f"{name}'s" if m.group(0).lower() == "his" or
                               _POSSESSIVE.match(text, m.start()) else name), text,
                    count=1 if first_only else 0)


def _phrase(text: str, name: str | None = None) -> str | None:
    """A whole clause as a headline phrase, or None when it cannot stand whole; `name` is the
    one person "her" or "him" can be (`the_one_named`)."""
    text = _CONNECTOR.sub("", text.strip().strip("\"“”")).rstrip(" .,;:!?—-")
    # An aside between commas goes, when what closes the phrase comes after it: "put two
    # lots, about 4,800 parts, on hold" is "put two lots on hold".
    parts = _COMMA.split(text)
    if len(parts) == 3 and len(parts[2].split()) <= 4 and _PARTICLE_TAIL.match(parts[2]) \
            and not has_verb(parts[2]):
        text = f"{parts[0]} {parts[2]}"
    # A list or a second clause after ":" or ", " is cut off where a whole phrase ends.
    text = _LIST_OR_CLAUSE.split(text)[0]
    words = text.split()
    if len(words) > MAX_CLAUSE_WORDS:
        # "…went from 48 to 19 min over the next quarter": the change is whole without its when.
        text = _WHEN_AT_END.sub("", text)
        words = text.split()
    if len(words) > MAX_CLAUSE_WORDS:
        # "the waste went down to 3 kilos and we don't fight anymore": the first of two
        # clauses joined by "and" is whole on its own.
        text = _SECOND_CLAUSE.split(text)[0]
        words = text.split()
    if not 3 <= len(words) <= MAX_CLAUSE_WORDS or words[-1].lower() in _DANGLING:
        return None
    if text.count("(") != text.count(")"):
        return None  # "(with Grace" opens an aside it never closes
    if sum(text.count(q) for q in "\"“”") % 2 or _TWO_SENTENCES_OR_MARKUP.search(text):
        return None  # half a quotation, two sentences, or markup
    if _THEM.search(text):
        return None
    if name is not None and name not in text:
        named = _named(text, name)
        # "listened to ten of Priya's calls with her", not "…with Priya": the name once, at the
        # first "her", and the pronoun after it reads back to it
        text = named if named.count(name) == 1 else _named(text, name, first_only=True)
    gendered = _GENDERED.search(text)
    if gendered and not _NAME.search(text[:gendered.start()]):
        # The headline never says who "her" is before she comes up ("got him two hours
        # shadowing Neha" names someone after him): "in her staff meeting" reads "in the staff
        # meeting"; "gave him ownership" has no such reading and is not used.
        text = _POSSESSIVE.sub("the", text)
        if _GENDERED.search(text):
            return None
    if _ME.search(_unquoted(text)):
        return None
    # (the candidate's "I was" is "they were": "they was" is no English)
    text = _THEY_WAS.sub(r"\1 were", _third_person(text))
    for wrong, right in _AGREEMENT:
        text = text.replace(wrong, right)
    return text


_WHEN_OTHERS = re.compile(r"^\W*(?:when|whenever|every time|each time|if)\b", re.IGNORECASE)


def _consequence(before: Clause | None, clause: Clause) -> bool:
    """Whether the clause tells what someone else's act did to the candidate ("when he
    changed the list, | I made double work"): what befell them, not a step of theirs."""
    return (before is not None and before.sentence == clause.sentence
            and before.actor == "other" and bool(_WHEN_OTHERS.match(before.text)))


# A verb whose object is the clause after it: "so I asked | if we could bring in frost
# blankets" says what was asked only with both.
# ("asked our parts supplier | if they could lend…": the one asked may come between)
_ASKING = re.compile(r"\b(?:(?:asked|checked with|wrote to|showed)(?:\s+[\w'-]+){0,6}|checked|"
                     r"explained|suggested|proposed|argued|said|wrote|insisted|agreed)\W*$",
                     re.IGNORECASE)
_COMPLEMENT = re.compile(r"^\W*(?:if|whether|that|what|how|why)\b", re.IGNORECASE)
# A verb of thinking or saying whose object is a whole clause with no "that": "I told Dimitri I
# thought | it was a mistake", "I said | we should wait" ("…and told her, | but she…" is not one).
_THOUGHT = re.compile(r"\b(?:thought|believed|felt|knew|realised|realized|reckoned|figured|"
                      r"said|told \w+)\W*$", re.IGNORECASE)
_NEXT_CLAUSE = re.compile(r"^\W*(?:and|but|so|or|because|since|as|then|when|while|although|"
                          r"though|until|before|after)\b", re.IGNORECASE)


def _next_in_sentence(case: Case, clause: Clause) -> Clause | None:
    clauses = case.analysis.clauses
    at = clauses.index(clause)
    after = clauses[at + 1] if at + 1 < len(clauses) else None
    return after if after is not None and after.sentence == clause.sentence else None


def _with_its_time(case: Case, clause: Clause) -> str:
    """The clause's text, with the clause that finishes its time when it ends on one: "I
    rebuilt the rota the morning | after the storm" is whole only with both."""
    after = _next_in_sentence(case, clause)
    if (after is not None and _ENDS_ON_TIME.search(clause.text)
            and _OPENS_BEFORE_AFTER.match(after.text)):
        return case.analysis.answer[clause.span.start:after.span.end]
    return clause.text


def _its_object(case: Case, clause: Clause) -> Clause | None:
    """The clause after this one when it is this one's verb's object ("so I asked | if…")."""
    after = _next_in_sentence(case, clause)
    if after is not None and (_ASKING.search(clause.text) and _COMPLEMENT.match(after.text) or
                              _THOUGHT.search(clause.text) and not _NEXT_CLAUSE.match(after.text)):
        return after
    return None


def _with_its_object(case: Case, clause: Clause) -> str:
    """The clause's text, with the clause that is its verb's object when it ends on one (told
    as what happened: "asked if they could lend us one" is a wish, not a step)."""
    after = _its_object(case, clause)
    if after is not None and after.mode in ("fact", "hedged"):
        return case.analysis.answer[clause.span.start:after.span.end]
    return clause.text


# How long something took is no step: "Took about a year but persistence pays off."
_HOW_LONG = re.compile(r"^(?:took|spent) (?:(?:about|nearly|almost|over|around|roughly|just|"
                       r"only|more than|less than|under) )?(?:a|an|one|two|three|four|five|six|"
                       r"several|a few|a couple of|\d+) (?:years?|months?|weeks?|days?|hours?|"
                       r"minutes?)\W*$", re.IGNORECASE)


# What the candidate came to know is no step of theirs: "I found out later his dad was ill".
# Nor is what they had: "so I had the most contact with the farm manager".
_LEARNT_OF = re.compile(r"^\W*(?:(?:and|so|then|but),?\s+)?I\s+(?:\w+ly\s+)?(?:found out|heard|"
                        r"knew|learned|learnt|was told|had (?:the most|more|a lot of|lots of|no|"
                        r"little|less)\b)", re.IGNORECASE)


def _key_action(case: Case) -> str | None:
    """The candidate's own step, a whole clause, from the sentences behind the best criteria."""
    ranked = sorted(case.criteria, key=lambda s: -s.score)
    key = {case.analysis.sentence_at(q.start) for s in ranked[:3] for q in s.evidence}
    clauses = case.analysis.clauses
    name = the_one_named(case.submission.answer)
    steps = [c for i, c in enumerate(clauses)
             if c.owner == "candidate" and c.actor == "candidate" and c.mode == "fact"
             and c.role in ("action", "dispute", "decision", "grounds") and not c.reported
             and not _consequence(clauses[i - 1] if i else None, c)
             and not _LEARNT_OF.match(c.text)]
    # The opening sentence usually sets the scene ("I ran operations for…"): a step comes later.
    steps.sort(key=lambda c: (c.sentence == 0, c.sentence not in key, c.role != "dispute",
                              c.span.start))
    # A step whole in its own clause before one that needs its object ("so I asked | if…"):
    # asking leave to sit in on calls is rarely the step that carried the story.
    for clause, whole in [(c, True) for c in steps] + [(c, False) for c in steps]:
        if whole:
            if _its_object(case, clause) is not None:
                continue  # "asked our supplier" says what was asked only with its object
            text = _with_its_time(case, clause)
        else:
            text = _with_its_object(case, clause)
            if text == clause.text:
                continue
        edit = told_in_past(clause)
        if edit is not None:
            # "So I decide to call the supplier" is headlined as the past story it tells
            start, end = edit[0] - clause.span.start, edit[1] - clause.span.start
            text = text[:start] + edit[2] + text[end:]
        match = _ACTION.search(text)
        if match:
            # From the verb to the end of its clause: a whole phrase, never cut mid-way.
            phrase = _phrase(_STOP.sub("", text[match.start(1):]), name)
        elif _BULLET_STEP.match(text) and opens_on_verb(text):
            # A terse bullet ("Spent three Fridays rewriting…") is the candidate's own step.
            text = text.lstrip("-*•·▪ ")
            phrase = _phrase(_STOP.sub("", text[0].lower() + text[1:]), name)
        else:
            continue
        if phrase and not _HOW_LONG.match(phrase):
            return phrase
    return None


def _continued(phrase: str, answer: str) -> str:
    """A phrase that opened its sentence, continuing the headline's: lower-cased unless it
    opens on an acronym ("SSO shipped") or on a name, which the answer capitalises in mid
    sentence too ("we asked Marco", then "Marco agreed")."""
    first = phrase.split(maxsplit=1)[0] if phrase.strip() else ""
    # (on one line: after a heading's line break, "Task\nThe discharge checklist…" opens one)
    if first[:1].isupper() and re.search(rf"[a-z,][ \t]+{re.escape(first)}\b", answer):
        return phrase
    return lower_first(phrase)


def _alike(one: str, other: str) -> bool:
    """Whether two phrases say mostly the same words."""
    a, b = set(one.lower().split()), set(other.lower().split())
    return len(a & b) >= 0.6 * min(len(a), len(b))


_ADVERBIAL = re.compile(r"^\W*(?:\w+ly|on|in|at|by|down|up|to|from|about|around|under|over|"
                        r"within|all|just|only|still|even|almost|nearly)\b", re.IGNORECASE)


# Words that name nothing: with only these and numbers, "they had 41" says 41 of what?
_EMPTY = frozenset("they them their the team it this that these those he she we i a an of to in "
                   "on at by for with from up down about around had has have got get was were is "
                   "are be been went came made did done back all some more less fewer than per "
                   "and or so then there".split())
_NUMBER = re.compile(r"^[\d.,%£$€]+$|^(?:one|two|three|four|five|six|seven|eight|nine|ten|"
                     r"eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|half|"
                     r"dozen)$", re.IGNORECASE)


_COMPARED_BACK = re.compile(r"^\W*(?:(?:and|so|then),? )?(?:the )?(?:same|similar|just like|"
                            r"like|as good|as fast|no different)\b", re.IGNORECASE)


def _names_something(phrase: str) -> bool:
    """Whether an outcome names what changed, not a number alone."""
    return any(word not in _EMPTY and not _NUMBER.match(word)
               for word in re.findall(r"[\w'%£$€.,-]+", phrase.lower()))


_THEY = re.compile(r"\b(?:they|them|their)\b", re.IGNORECASE)
# A note's price with its "it" left out: "Cost ~£1,300 (2nd pump visit)" would read "and cost…".
_PRICE_WITHOUT_SUBJECT = re.compile(r"^\W*(?:(?:and|so|but)\s+)?(?:cost|costs)\s+(?:us\b|me\b|"
                                    r"them\b|about|around|roughly|nearly|over|~|[£$€\d])",
                                    re.IGNORECASE)
_THEY_FIRST = re.compile(r"^they((?:\s+\w+ly)?)\s+(were|are|have|had|got|did|made|\w+ed)\b")
_SINGULAR = {"were": "was", "are": "is", "have": "has"}


def _key_outcome(case: Case, action: str | None) -> str | None:
    """The story's outcome as a whole clause, measured where the answer measures it."""
    credited = [e for e in case.analysis.of("quantified_result", "result") if e.strength >= 1.0]
    # A measured outcome first: an unmeasured "result" is sometimes a finding on the way ("most
    # of the waste was cut fruit put out after 9:30") that the reading took for one.
    credited.sort(key=lambda e: e.kind != "quantified_result")
    for item in credited:
        # A result told as a reason, the scene, the task or the dispute earns no credit
        # (credit.py), so a credited one already sits in a clause that tells an outcome.
        clause = case.analysis.clause_at(item.at)
        if clause is None:
            continue
        if (_SUBORDINATE.match(clause.text) or opens_on_verb(clause.text)
                or _PRICE_WITHOUT_SUBJECT.match(clause.text)
                or (_ADVERBIAL.match(clause.text) and not has_verb(clause.text))
                or _COMPARED_BACK.match(clause.text)):
            # "after the team launched…" says when; "and cut over" has no subject; "mostly
            # on time" says how something went without what ("transfer done by 2 am" does);
            # "Same as dryer 5" compares something told before, which it does not name
            continue
        if "hedge" in case.analysis.sentences[item.sentence].kinds:
            continue
        phrase = _phrase(clause.text, the_one_named(case.submission.answer))
        # (the headline calls the candidate "they": "…on their shift, and by hour six they were
        # at plus 0.18" would give the parts' drift to the candidate)
        if (phrase and _HAS_CHANGE.search(phrase) and _names_something(phrase)
                and not _THEY.search(clause.text)
                and (action is None or not _alike(phrase, action))):
            return phrase
    return None


def _article(role: str) -> str:
    """"a" or "an" by sound: "an Analyst", "a UX Designer", "an SRE"."""
    first = role.split()[0] if role.split() else role
    if first.isupper() and len(first) > 1:
        return "an" if first[0] in "AEFHILMNORSX" else "a"
    return "an" if first[:1].lower() in "aeio" or first.lower().startswith(("un", "hour")) \
        else "a"


def build_headline(case: Case) -> str:
    """'How a Product Manager pushed back on the launch plan, and conversion rose 4%'.

    A headline says what the answer shows and never what it lacks: a reading can miss an
    outcome told in unusual words, and "the outcome goes unstated" would then be false. Only
    an answer the reading finds no story in at all is called one.
    """
    role = _role(case)
    subject = f"{_article(role)} {role}" if role else "the candidate"
    action = _key_action(case)
    outcome = _key_outcome(case, action)
    short = case.competency.short_name
    if action and outcome:
        return f"How {subject} {action}, and {_continued(outcome, case.submission.answer)}"
    if action:
        return f"How {subject} {action}"
    if outcome:
        # ("they" stands for the candidate only after "How the candidate …": alone, "They
        # definitely got fewer angry repeat calls" says nobody in particular did)
        outcome = _THEY_FIRST.sub(lambda m: f"{subject}{m.group(1)} "
                                  f"{_SINGULAR.get(m.group(2), m.group(2))}", outcome, count=1)
        return f"{short}: {outcome[0].upper()}{outcome[1:]}"
    who = f"{_article(role).capitalize()} {role}'s" if role else "The candidate's"
    # With no step or outcome to name, what the answer does show is its red flags; a denial
    # or a blame says more about it than that no story was told.
    telling = list(dict.fromkeys(f.kind for f in case.analysis.flags if f.kind in FLAG_SAYS
                                 and f.kind not in ("hypothetical", "no_story")))
    if telling:
        says = [flag_says(k, [e.quote for e in case.analysis.evidence if e.kind == k])
                for k in telling[:2]]
        return f"{short}: {who} answer {' and '.join(says)}"
    if case.analysis.has("hypothetical") or case.analysis.has("no_story"):
        return f"{short} in general terms: {who} answer without a concrete story"
    return f"{short}: {who} answer"
