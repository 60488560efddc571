"""The one way Roundtable builds Jinja environments for its self-contained HTML pages."""

from __future__ import annotations

from jinja2 import Environment, PackageLoader, StrictUndefined


def environment(package: str) -> Environment:
    """Templates from `package`'s templates/ folder: autoescaped, and a missing value is an
    error rather than an empty string, so a renamed field can never silently vanish from a page.
    """
    return Environment(
        loader=PackageLoader(package, "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
