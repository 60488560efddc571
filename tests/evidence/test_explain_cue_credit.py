"""`--explain` lists a criterion's own cue as crediting the clause it is in, as the rubric
credits it: a cue found plainly, with nothing specific beside it, has the ordinary weight of
1.0 and still counts (`explain.explain`)."""

from __future__ import annotations

from roundtable.catalog.loader import get_competency
from roundtable.evidence.analysis import analyze
from roundtable.evidence.explain import explain


def test_a_plain_cue_credits_its_criterion_in_the_explanation() -> None:
    answer = ("At the depot the nightly stock export kept failing. It wasn't my job, the export "
              "belonged to the data team. I rang their lead that morning.")
    analysis = analyze(answer)
    competency = get_competency("ownership")
    took_it_on = next(c for c in competency.criteria if c.id == "took-it-on")
    assert {e.strength for e in analysis.matches(took_it_on.cues, "cue")} == {1.0}
    by_text = {r.clause.text: r for r in explain(analysis, competency)}
    for text in ("It wasn't my job", "the export belonged to the data team."):
        assert (by_text[text].credits, by_text[text].kinds) == (["took-it-on"], ["cue"]), text
