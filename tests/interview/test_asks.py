"""How an interviewer's turn is read: a new behavioral question, a follow-up or neither.

Each row is a way interviewers really phrase it; the transcripts in `dev2` hold them in context.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from roundtable.ingest.asks import read_turn, small_talk
from roundtable.ingest.formats import read_transcript
from roundtable.ingest.segments import converse, split

NEW_QUESTIONS = [
    "Okay. Think about a product decision you made that turned out to be wrong. What happened?",
    "And then, what's the biggest mistake you've made in your career?",
    "Moving on. Was there a time when a teammate let you down?",
    "Great story. Now, can you share an example of a time you had to say no to a customer?",
    "Sure. I'm curious about leadership. What's a situation where you led without authority?",
    "Has there ever been a time you disagreed with your whole team?",
    "Walk me through your most complex migration.",
    "I'd like to hear about a moment you were proud of your team.",
    "Okay. Next one. Describe a stakeholder you found hard to work with.",
    "How did you deal with the lowest performer you've managed?",
    "When was the last time you had to explain something technical to a buyer?",
    "Tell me about a launch that didn't go the way you planned.",
    "Talk to me about a time you had to implement a change that your team resisted.",
    # pressed for the candidate's own part, but as a new story
    "Tell me about a time you personally had to let someone go.",
    "Can you think of a time you yourself made the call?",
    "Have you ever had to deliver bad news to a customer yourself?",
    # a carried-on ask that still asks for a new story
    "What about a time you disagreed with your manager?",
]
FOLLOW_UPS = [
    "Then what happened?",
    "What did you do next?",
    "Was there a time when that approach didn't work?",
    "What would you do differently?",
    "Can you give me an example of how you measured that?",
    "Did you ever find out why?",
    "How did that land with your team?",
    "What was the hardest part you had to figure out?",
    "How did the CEO react when his request didn't make the cut?",
    "Would you push harder next time?",
    # pressed for the candidate's own part in what the story told of a team or a dashboard
    "When did you last speak to a customer yourself?",
    "Did you personally talk to any of the growers?",
    "And did you ever go down to the loading bay yourself?",
    # an ask with no verb of its own, carrying on the last one
    "What about more generally, a bug you misdiagnosed?",
    "Okay, and how about the night shift?",
    # what the candidate knows of the story's own detail, not their views
    "Do you know why the postcode format caused the rejection?",
]


@pytest.mark.parametrize("text", NEW_QUESTIONS)
def test_a_new_situation_opens_a_question_even_after_an_answer(text: str) -> None:
    reading = read_turn(text, in_question=True, started=True)
    assert reading.kind == "question"
    asked = text[reading.start:]
    assert asked.split()[0] not in {"Okay.", "Great", "Sure.", "Moving"}


@pytest.mark.parametrize("text", FOLLOW_UPS)
def test_an_ask_about_the_story_being_told_is_a_follow_up(text: str) -> None:
    assert read_turn(text, in_question=True, started=True).kind == "follow_up"


def test_the_question_starts_at_its_own_sentence() -> None:
    text = "Okay. Think about a decision you made that was wrong. What happened?"
    reading = read_turn(text, in_question=False)
    assert text[reading.start:] == "Think about a decision you made that was wrong. What happened?"


@pytest.mark.parametrize(("text", "kind"), [
    ("Let's switch gears. How do you prioritize your week?", "general"),
    ("Do you know Python well?", "general"),
    ("How would you approach designing for a market you don't know?", "general"),
    ("Tell me a bit about yourself.", "intro"),
    ("Great. Any questions for us?", "wrap_up"),
    ("Perfect, that's everything from me. Is there anything you'd like to ask?", "wrap_up"),
    ("We're basically out of time. Anything you want to ask me before we wrap up?", "wrap_up"),
])
def test_what_closes_a_question_without_being_reviewed(text: str, kind: str) -> None:
    assert read_turn(text, in_question=True, started=True).kind == kind


def test_questions_about_the_format_before_the_first_question_end_nothing() -> None:
    text = "Before we start, is there anything you'd like to ask about the format?"
    assert read_turn(text, in_question=False, started=False).kind == "other"


def test_numbered_voices_are_speakers_and_numbered_steps_are_not() -> None:
    transcript = read_transcript("Speaker 1: Tell me about a time you failed.\n"
                                 "Speaker 2: I shipped a bug and fixed it the same day.\n")
    assert transcript is not None
    assert [c.speaker for c in transcript.cues] == ["Speaker 1", "Speaker 2"]
    assert read_transcript("Week 1: we planned the work.\nWeek 2: we built it.\n") is None


def test_speakers_named_with_accents() -> None:
    transcript = read_transcript("Zoë: Tell me about a time you failed.\n"
                                 "Tomás Ruiz: I shipped a bug and fixed it the same day.\n")
    assert transcript is not None
    assert [c.speaker for c in transcript.cues] == ["Zoë", "Tomás Ruiz"]


def test_a_situation_from_the_cv_asked_about_in_the_next_sentence() -> None:
    text = ("So, I was reading your CV last night. I saw that you led the move to services at "
            "Brightline. Walk me through that.")
    reading = read_turn(text, in_question=True, started=True)
    assert reading.kind == "question"
    assert text[reading.start:].startswith("I saw that you led")
    # A preamble before an introduction question is not a behavioral question.
    assert read_turn("I read your CV. I saw that you worked at Acme. Tell me a bit about "
                     "yourself.", in_question=False).kind == "intro"


@pytest.mark.parametrize("text", ["Sorry, is that a dog I hear?", "Can you hear me okay?",
                                  "You're breaking up a little. Is your connection okay?"])
def test_small_talk_in_the_middle_of_a_question(text: str) -> None:
    assert read_turn(text, in_question=True, started=True).kind == "small_talk"


def test_a_reply_to_small_talk_is_not_part_of_the_answer() -> None:
    path = Path(__file__).parents[1] / "data" / "interviews" / "dev2" / "src" / "resume.txt"
    transcript = read_transcript(path.read_text(encoding="utf-8"))
    assert transcript is not None
    segments = split(converse(transcript))
    assert len(segments) == 3
    assert "Biscuit" not in " ".join(s.answer for s in segments)
    assert segments[0].answer.endswith("for their first service.")


@pytest.mark.parametrize("text", [
    "Can you recall a shift when you were badly short-staffed?",
    "Okay, situations. Talk me through a product you launched that had to meet strict rules.",
    "Let's move to people. Has a stakeholder ever gone over your head?",
    "To open, could you describe a class that was difficult to manage?",
    "Tell me about some feedback from an observation that changed how you teach.",
    "Sure. Last one. Have you had a disagreement with a parent that you had to resolve?",
    "Now let's talk about cross-functional work. I'd like an example of a time you had to "
    "get sales and marketing aligned on something.",
    "Okay. And when did you last have to learn a new tool quickly?",
])
def test_a_request_may_name_any_kind_of_situation(text: str) -> None:
    assert read_turn(text, in_question=True, started=True).kind == "question"


@pytest.mark.parametrize("text", ["Was there a metric you tracked?",
                                  "Did you ever find out why?"])
def test_a_yes_no_question_about_a_detail_stays_a_follow_up(text: str) -> None:
    assert read_turn(text, in_question=True, started=True).kind == "follow_up"


STORY = ("We launched a campaign and after two weeks the cost was three times our target. I "
         "paused the two worst ad sets, I dug into the audience data and I found we were "
         "reaching the wrong people. I rebuilt the audience and changed the creative, and "
         "within three weeks the cost was below target, so we reused the audience twice.")


def _conversation(*lines: str) -> list[str]:
    transcript = read_transcript("\n".join(lines) + "\n")
    assert transcript is not None
    return [s.question for s in split(converse(transcript))]


def test_a_question_answered_with_a_story_is_a_behavioral_question() -> None:
    """However it is phrased: the candidate's reply narrates what they did."""
    assert _conversation("Interviewer: Alright, let's go. What's a campaign of yours that "
                         "underperformed, and how did you respond?",
                         f"Candidate: {STORY}") == [
        "What's a campaign of yours that underperformed, and how did you respond?"]


def test_a_signposted_subject_asked_about_with_it_is_the_question() -> None:
    """"Tell me about it." stands for what the sentence before named: the question is both."""
    assert _conversation("Interviewer: Great. Let's begin with the project that mattered most "
                         "to you this year. Tell me about it.",
                         f"Candidate: {STORY}") == [
        "Let's begin with the project that mattered most to you this year. Tell me about it."]
    assert _conversation("Interviewer: Let's begin with the project you're proudest of from "
                         "the last couple of years. Tell me about it.",
                         f"Candidate: {STORY}")[0].startswith("Let's begin with the project")


def test_what_is_something_you_lived_through_opens_a_question() -> None:
    """Whatever the thing is called ("a near miss"), asked as new and not a tool or a metric."""
    text = ("Nice. I'm thinking of safety here, because nights can be quiet. What's a near miss "
            "you were involved in, and what did you do afterwards?")
    reading = read_turn(text, in_question=True, started=True)
    assert reading.kind == "question" and text[reading.start:].startswith("What's a near miss")
    for detail in ("What was a metric you tracked?", "What's a framework you used?"):
        assert read_turn(detail, in_question=True, started=True).kind != "question"


def test_a_story_told_to_an_introduction_follow_up_is_not_reviewed() -> None:
    assert _conversation("Interviewer: Tell me a little about yourself.",
                         "Candidate: I am a marketer with eight years in retail brands.",
                         "Interviewer: What changed in how you work over those years?",
                         f"Candidate: {STORY}",
                         "Interviewer: How would you grow our brand abroad?",
                         f"Candidate: {STORY}") == []


@pytest.mark.parametrize("text", [
    "Tell me about a mistake.",
    "Talk about a failure.",
    "Tell me about a difficult stakeholder.",
    "Tell me about one of your failures.",
    "Please explain me one time when you make a mistake and how you fix.",
    "Recount a situation where you had to change course.",
    "Describe how you dealt with a team member who wasn't pulling their weight.",
    "I'd like to hear how you handled your first layoff.",
    "I want to hear about your experience leading a migration.",
    "Tell me about when you first managed people.",
    "Was there ever a point where you disagreed with your manager?",
    "Did you ever have to push back on a deadline?",
    "Ever had to fire someone?",
    "What is one thing you are proud of from your last job?",
    "Describe for me the most difficult conversation you had with an employee.",
    "What's the most useful piece of feedback someone gave you?",
    "We value candor here. Tell me about feedback you gave your boss.",
    "So my question is about ownership: a time you fixed something that was not your job.",
    "In your current role, how have you dealt with conflicting priorities? Give me a specific "
    "case.",
    "Think about your last performance review. What feedback did you get, and what did you do "
    "with it?",
    "Think of a situation where you had to deliver bad news. How did you handle it?",
    "Could you describe a challenging project and your role in it?",
    "I'd be interested to hear about a project that got cancelled.",
    "Let me ask about failure. What's a project of yours that failed?",
    "I want an example where you took initiative.",
    "At your previous company, you grew the team from three to twelve. How did you approach "
    "hiring for that?",
    "Have you had to manage someone who was underperforming?",
    "What did you do when you disagreed with a decision made by leadership?",
    "How have you handled feedback you disagreed with?",
    "I'm keen to hear about a launch you led from start to finish.",
    "I would like that you tell me about a conflict in your team.",
    "Right, so, and I know this is a classic, but tell me about a time you made a mistake and "
    "how you recovered from it, and what you'd do differently.",
    "You mentioned on your application that you led a team of ten. What was the hardest part "
    "of that?",
])
def test_a_story_asked_for_in_other_words_opens_a_question(text: str) -> None:
    """Phrasings from probe transcripts written after the dev sets: the request may name a bare
    event or a described person, ask how the candidate handled something new, or reach across
    the candidate's past ("ever", "one of your", "your last ..."). A pronoun after the new thing
    stands for it, so the question is not a follow-up."""
    assert read_turn(text, in_question=True, started=True).kind == "question"


@pytest.mark.parametrize("text", [
    "What's your biggest weakness?",
    "What's your favourite programming language?",
    "Have you ever used Kubernetes?",
    "What are your greatest strengths?",
    "Describe a good manager.",
    "Tell me about a typical day in your current job.",
    "How would you handle a situation where two stakeholders want opposite things?",
    "Do you have experience managing budgets?",
    "In a situation where your manager disagrees with you, what do you typically do?",
    "What's the most important thing in a team for you?",
    "What's the biggest problem you'd want me to fix first?",
])
def test_a_trait_or_a_tool_check_is_not_a_story(text: str) -> None:
    assert read_turn(text, in_question=False).kind != "question"
    assert read_turn(text, in_question=True, started=True).kind != "question"


@pytest.mark.parametrize("text", [
    "Can you give me an example of that?",
    "Was that the hardest conversation you've had?",
    "What was the biggest challenge you faced there?",
    "Did you ever talk to him about it afterwards?",
    "Give me an example of one of the saved replies.",
    "Have you ever had to do something like that again?",
    "What's the biggest lesson you took from it?",
    "What did you do when you found the bug?",
    "How have you handled that since?",
    "Can you describe the conversation with your manager?",
    "Did you ever regret it?",
    "Was there a moment when you doubted the approach?",
    "Can you give me a concrete example of a change you made to the process?",
    "Was there a time during the project when you had to change the plan?",
    "Was there any time where the new process didn't work?",
])
def test_an_ask_that_points_back_stays_a_follow_up(text: str) -> None:
    assert read_turn(text, in_question=True, started=True).kind != "question"


@pytest.mark.parametrize("text", [
    "How was it for you when you had to lay off part of your team?",
    "What was it like the first time you managed people?",
    "How did it feel when you had to tell a client their project was cancelled?",
    "Talk me through the night you had to cover two wards at once.",
    "And what was it like when you took over a team that had lost its manager?",
    "Picture the last time you missed a deadline. What did you do?",
    "I'm thinking of a day when a release you owned went badly wrong. What happened that day?",
    "Go back to a week where you had three deadlines at once. How did you get through it?",
    "Everyone has a bad quarter. Think of the last one your team had. How did you turn it "
    "around?",
])
def test_an_ask_about_a_lived_moment_opens_a_question(text: str) -> None:
    """An ask about how a moment of the candidate's went or felt, named by something new in
    it ("when you had to...", "the first time you..."), or a moment set up first and asked
    about after ("Picture the last time... What did you do?")."""
    reading = read_turn(text, in_question=True, started=True)
    assert reading.kind == "question"
    assert text[reading.start:].startswith(("How", "What", "Talk", "And", "Picture", "I'm",
                                            "Go", "Think"))


@pytest.mark.parametrize("text", [
    "How did it feel when you told him?",
    "What was it like when you presented it to the board?",
    "How did it go when you told your boss?",
    "What happened when you escalated?",
    "And the day you launched, how did it go?",
    "There was a point where the vendor pulled out. How did you handle that?",
])
def test_an_ask_about_a_moment_of_the_story_told_stays_a_follow_up(text: str) -> None:
    assert read_turn(text, in_question=True, started=True).kind == "follow_up"


@pytest.mark.parametrize("text", [
    "Sorry, let me share my screen. Can you see it?",
    "We have about ten minutes left.",
    "Sorry, you froze there for a second. Are you back?",
    "Sorry, there's a fire drill here, give me a moment.",
    "Nice. Sorry, is that a dog I hear?",
])
def test_logistics_and_interruptions_are_small_talk(text: str) -> None:
    assert read_turn(text, in_question=True, started=True).kind == "small_talk"


def test_a_follow_up_after_an_interruption_is_not_small_talk() -> None:
    text = "Okay, I'm back, sorry about that. How did the students react to you at first?"
    assert read_turn(text, in_question=True, started=True).kind == "follow_up"


@pytest.mark.parametrize(("text", "kind"), [
    ("What's your philosophy on homework?", "general"),
    ("Okay. Have you ever used Epic for charting?", "general"),
    ("Okay. And how do you handle it when two residents both need you at once?", "general"),
    ("Thanks. What would you say is your biggest weakness?", "general"),
    ("Where do you see yourself in three years?", "intro"),
    ("What made you apply to us?", "intro"),
])
def test_views_tool_checks_and_motivation_close_the_question(text: str, kind: str) -> None:
    assert read_turn(text, in_question=True, started=True).kind == kind


@pytest.mark.parametrize(("text", "kind"), [
    # Asked for the best example of the candidate's own: a new question; of the story told: a
    # follow-up.
    ("What's the best example of you making a rota simpler for the nurses?", "question"),
    ("What was the best example of that in the project?", "follow_up"),
])
def test_the_best_example_of_you_is_a_new_question(text: str, kind: str) -> None:
    assert read_turn(text, in_question=True, started=True).kind == kind


@pytest.mark.parametrize("text", [
    "The background check took two weeks.",
    "The fire alarm went off during the audit.",
    "With two minutes left on the clock we shipped the fix.",
    "The weather delayed every delivery that week.",
])
def test_a_fact_of_a_story_is_not_small_talk(text: str) -> None:
    assert not small_talk(text)
