"""Ingest: turn raw user input (a plain answer or a labelled transcript) into a Submission."""

from roundtable.ingest.checks import MIN_WORDS, check_reviewable
from roundtable.ingest.reader import MAX_BYTES, read_source
from roundtable.ingest.submission import Submission
from roundtable.ingest.transcript import parse_input

__all__ = ["MAX_BYTES", "MIN_WORDS", "Submission", "check_reviewable", "parse_input",
           "read_source"]
