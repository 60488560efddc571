"""Ingest: turn raw user input (a plain answer or a labelled transcript) into a Submission."""

from roundtable.ingest.reader import MAX_BYTES, read_source
from roundtable.ingest.submission import Submission
from roundtable.ingest.transcript import parse_input

__all__ = ["MAX_BYTES", "Submission", "parse_input", "read_source"]
