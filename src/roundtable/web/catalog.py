"""The catalog as the web app sees it: the built-in files plus the ones users uploaded."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from typing import Generic, TypeVar

from pydantic import BaseModel

from roundtable.catalog import Competency, Panel, competencies, get_competency, get_panel, panels
from roundtable.catalog.loader import parse_file
from roundtable.errors import CatalogError
from roundtable.store import Store
from roundtable.store.records import CatalogKind

_M = TypeVar("_M", bound=BaseModel)
_T = TypeVar("_T")


@dataclass(frozen=True)
class Entry(Generic[_T]):
    """A competency or panel with where it came from."""

    item: _T
    uploaded: bool


def _uploaded(store: Store | None, kind: CatalogKind, model: type[_M]) -> list[_M]:
    if store is None:
        return []
    found = []
    for stored in store.catalog_files(kind):
        try:
            found.append(parse_file(stored.text, stored.name, model))
        except CatalogError:
            continue  # validated on upload; a schema change since then hides it, not the page
    return found


def competency_entries(store: Store | None) -> list[Entry[Competency]]:
    """Every competency a review can use, built-ins first (only those without a store)."""
    builtin = [Entry(c, False) for c in competencies().values()]
    return builtin + [Entry(c, True) for c in _uploaded(store, "competency", Competency)]


def panel_entries(store: Store | None) -> list[Entry[Panel]]:
    """Every panel a review can use, built-ins first (only those without a store)."""
    builtin = [Entry(p, False) for p in panels().values()]
    return builtin + [Entry(p, True) for p in _uploaded(store, "panel", Panel)]


def uploaded_item(store: Store, kind: CatalogKind, item_id: str) -> Competency | Panel | None:
    """The uploaded competency or panel with this id; None for a built-in or an unknown id."""
    entries: list[Entry[Competency]] | list[Entry[Panel]] = (
        competency_entries(store) if kind == "competency" else panel_entries(store))
    return next((e.item for e in entries if e.uploaded and e.item.id == item_id), None)


def resolve_competency(store: Store, ref: str | None) -> Competency | None:
    """A competency by id or name, uploaded ones included; None asks the panel to infer it."""
    if not ref or not ref.strip():
        return None
    for entry in competency_entries(store):
        if entry.uploaded and entry.item.id == ref.strip():
            return entry.item
    if "/" in ref or "\\" in ref or ref.endswith((".yaml", ".yml", ".json")):
        # Never let a web request name a file on the server.
        raise CatalogError(f"unknown competency '{ref}'")
    return get_competency(ref)


def resolve_panel(store: Store, ref: str | None) -> Panel:
    """A panel by id or name, uploaded ones included; None gives the default panel."""
    if ref and ref.strip():
        for entry in panel_entries(store):
            if entry.uploaded and entry.item.id == ref.strip():
                return entry.item
        if "/" in ref or "\\" in ref or ref.endswith((".yaml", ".yml", ".json")):
            raise CatalogError(f"unknown panel '{ref}'")
    return get_panel(ref or None)


def upload(store: Store, kind: CatalogKind, filename: str, data: bytes) -> Competency | Panel:
    """Validate an uploaded file and keep it; raise CatalogError with a one-line reason."""
    origin = filename or f"the uploaded {kind} file"
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise CatalogError(f"{origin}: not UTF-8 text; save it as UTF-8 YAML") from None
    if not text.strip():
        raise CatalogError(f"{origin}: the file is empty")
    item: Competency | Panel
    if kind == "competency":
        item = parse_file(text, origin, Competency)
        taken = item.id in competencies()
    else:
        item = parse_file(text, origin, Panel)
        taken = item.id in panels()
    if taken:
        raise CatalogError(
            f"{origin}: id '{item.id}' is already a built-in {kind}; give yours another id"
        )
    store.put_catalog_file(kind, item.id, origin, text)
    return item


@dataclass(frozen=True)
class Example:
    """A file a user can download, edit and upload: a built-in one under a new id and name."""

    filename: str
    text: str


_EXAMPLES: dict[CatalogKind, tuple[str, str]] = {
    "competency": ("competencies/teamwork.yaml", "my-teamwork"),
    "panel": ("panels/product-trio.yaml", "my-panel"),
}


def example(kind: CatalogKind) -> Example:
    """A valid file of `kind` to start from, with a note on what to change.

    It is a copy of a built-in file, so it keeps up with the schema; its id is changed because
    an upload may not reuse a built-in id.
    """
    path, new_id = _EXAMPLES[kind]
    text = resources.files("roundtable.catalog").joinpath(path).read_text(encoding="utf-8")
    lines = text.splitlines()
    old_id = next(line for line in lines if line.startswith("id: "))
    name = next(line for line in lines if line.startswith("name: "))
    body = text.replace(old_id, f"id: {new_id}", 1).replace(name, f"{name} (my copy)", 1)
    body = body.replace("\nshort_name: ", "\nshort_name: My ", 1)
    what, page = ("criteria", "Competencies") if kind == "competency" else ("personas", "Panels")
    note = (f"# An example Roundtable {kind}: a copy of the built-in '{old_id[4:]}'.\n"
            f"# Change the id (lower-case words joined by hyphens, not a built-in id), the name\n"
            f"# and the {what}, then upload it on the {page} page. The upload checks every\n"
            "# field and names the one that is wrong.\n")
    return Example(f"{new_id}.yaml", note + body)
