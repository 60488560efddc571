"""A naive Bayes model of a question's words and word pairs: which competency it asks about.

The catalog's keywords and situation phrases recognise the wordings they list, and little else:
"Have you ever had your role redefined while you were in it?" names none of them. This model
is trained (`scripts/train_inference.py`) on over a thousand interview questions written the
way interviewers ask them (`tests/data/inference`) and on the catalog's own phrases, so it
weighs every word and pair of neighbouring words a question says. (A logistic regression over
the same features was tried too: weaker alone and joined, on cross-validation.)

Its weights are data (`question_model.json`, read as `word_model` reads every such file), read
lazily the first time a question is inferred.
"""

from __future__ import annotations

from pathlib import Path

from roundtable.word_model import SCALE, Features, WordModel

MODEL_PATH = Path(__file__).with_name("question_model.json")
MODEL = WordModel(MODEL_PATH)

trial = MODEL.trial
log_probabilities = MODEL.log_probabilities
reasons = MODEL.reasons

__all__ = ["MODEL", "MODEL_PATH", "SCALE", "Features", "log_probabilities", "reasons", "trial"]
