"""A line told with "we" (here in a spoken answer's lower-case "i") that also says what the
candidate did is not called the team's doing with the candidate's own part unclear."""

from __future__ import annotations

from pathlib import Path

import yaml

import roundtable

ANSWER = (
    'so um this was at my last job, i was the QA lead for a mobile banking app and we had a '
    'release going out for the new bill pay feature. the product manager, Rafael, really wanted '
    'it out before the end of the month because marketing had already booked an email campaign. '
    'and you know, the happy path worked fine. but when i ran it on older Android phones, like '
    'the cheap ones a lot of our customers actually use, the payment confirmation screen would '
    'sometimes just hang, and people would tap pay again. so i tried it like forty times and got '
    "eleven double payments in the sandbox. i didn't just say no, i took the recordings to Rafael "
    'and the engineering lead and showed them the eleven duplicates, and i proposed we ship bill '
    'pay to iOS on the date and hold Android a week while we added an idempotency key on the '
    "payment call. Rafael wasn't thrilled, honestly he was pretty annoyed with me that afternoon, "
    'but he agreed once he saw the videos. the engineers added the key in three days, i reran the '
    'same forty tries and got zero duplicates, and Android went out six days later. after that we '
    'added a low-end Android phone to the release checklist, and Rafael actually asked me to do '
    'the same device review for the next two launches.'
)


def test_a_we_line_with_the_candidates_own_step_is_not_called_the_teams_doing() -> None:
    for panel in ("product-trio", "engineering-loop", "hiring-manager"):
        review = roundtable.review(ANSWER, competency="insist-on-the-highest-standards",
                                   panel=panel)
        said = [t.text for r in review.rounds for t in r.turns] + [
            s.concern for s in review.signals]
        for text in said:
            if "i proposed we ship" in text:
                assert "with their own part unclear" not in text, text



def _probe(probe_id: str) -> str:
    rows = yaml.safe_load((Path(__file__).parents[1] / "data" / "probes" /
                           "adapt-dive.yaml").read_text(encoding="utf-8"))
    return str(next(row["answer"] for row in rows if row["id"] == probe_id))


def test_a_we_line_that_only_sets_the_scene_is_not_called_the_teams_doing() -> None:
    # "I was operations manager in warehouse…, we have day shift and night shift."
    answer = _probe("ad-35")
    seen = False
    for panel in ("product-trio", "engineering-loop", "hiring-manager"):
        review = roundtable.review(answer, competency="dive-deep", panel=panel)
        said = [t.text for r in review.rounds for t in r.turns] + [
            s.concern for s in review.signals]
        for text in said:
            if "we have day shift" in text:
                seen = True
                assert "told as 'we'" not in text, text
    assert seen  # the line is quoted, so the test reads what is said of it
