"""User-facing errors: each carries a one-line message that says what is wrong and the fix.

The CLI prints the message and exits with status 2; the web app maps it to a 4xx response.
"""

from __future__ import annotations


class RoundtableError(Exception):
    """Base class for errors a user can fix; `str(err)` is a complete one-line message."""


class InputError(RoundtableError):
    """The submitted answer or transcript cannot be reviewed as it is."""


class CatalogError(RoundtableError):
    """A competency or panel is unknown, or its data file is malformed."""


class EngineError(RoundtableError):
    """An engine cannot be resolved or configured (unknown provider, missing key, no server)."""
