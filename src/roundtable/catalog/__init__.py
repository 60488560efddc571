"""The catalog: competencies (rubrics with behavioral anchors) and panels (personas) as data."""

from roundtable.catalog.loader import (
    DEFAULT_PANEL,
    competencies,
    get_competency,
    get_panel,
    load_file,
    panels,
)
from roundtable.catalog.schema import Competency, Criterion, Panel, Persona

__all__ = [
    "DEFAULT_PANEL",
    "Competency",
    "Criterion",
    "Panel",
    "Persona",
    "competencies",
    "get_competency",
    "get_panel",
    "load_file",
    "panels",
]
