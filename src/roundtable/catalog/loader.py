"""Loading competencies and panels from the package's data files or a user's own file.

Lookups accept an id, the full name or the short name (case-insensitive), or a path to a YAML
file. Errors name the file, the field and the reason, on one line.
"""

from __future__ import annotations

import difflib
import hashlib
import marshal
import re
import sys
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from pydantic import BaseModel, ValidationError

from roundtable.catalog.schema import Competency, Panel
from roundtable.errors import CatalogError
from roundtable.store_paths import cache_dir, write_cache_file

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

_M = TypeVar("_M", bound=BaseModel)
DEFAULT_PANEL = "product-trio"


def _describe(error: ValidationError) -> str:
    first = error.errors()[0]
    where = ".".join(str(part) for part in first["loc"]) or "(top level)"
    more = f" (and {error.error_count() - 1} more)" if error.error_count() > 1 else ""
    return f"field '{where}': {first['msg']}{more}"


def parse_file(text: str, origin: str, model: type[_M]) -> _M:
    """Validate YAML (or JSON) `text` as `model`; `origin` names the file in errors."""
    return _validated(_yaml(text, origin), origin, model)


def _yaml(text: str, origin: str) -> Any:
    # Imported here: the built-in catalog is read from its parsed cache (`_parsed`), so most
    # runs never parse YAML, and importing PyYAML takes about 10 ms.
    import yaml

    # libyaml's loader is several times faster; the pure-Python one is the same format.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        return yaml.load(text, Loader=loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f" at line {mark.line + 1}" if mark is not None else ""
        raise CatalogError(f"{origin}: not valid YAML{line}") from None


def _validated(data: Any, origin: str, model: type[_M]) -> _M:
    if not isinstance(data, dict):
        raise CatalogError(f"{origin}: expected a mapping of fields at the top level")
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise CatalogError(f"{origin}: {_describe(exc)}") from None


def load_file(path: str | Path, model: type[_M]) -> _M:
    """Load and validate a user's competency or panel file."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise CatalogError(f"no such file: {path}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise CatalogError(f"{path}: cannot read it as UTF-8 text ({exc})") from None
    return parse_file(text, str(path), model)


def _data_folder(folder: str) -> Traversable:
    """The package's folder of data files. Read as a plain folder when it is one (installed or
    checked out): `importlib.resources` imports `zipfile` and its readers, about a
    two-hundredth of a review process, and is needed only for a package inside an archive."""
    root = Path(__file__).with_name(folder)
    if root.is_dir():
        return root
    from importlib import resources

    return resources.files("roundtable.catalog").joinpath(folder)


def _builtin(folder: str, model: type[_M]) -> dict[str, _M]:
    root = _data_folder(folder)
    files = {f"{folder}/{entry.name}": entry.read_text(encoding="utf-8")
             for entry in sorted(root.iterdir(), key=lambda e: e.name)
             if entry.name.endswith((".yaml", ".yml"))}
    found: dict[str, _M] = {}
    for origin, data in _parsed(folder, files).items():
        item = _validated(data, origin, model)
        found[item.id] = item  # type: ignore[attr-defined]
    return found


def _parsed(folder: str, files: dict[str, str]) -> dict[str, Any]:
    """Each file's YAML, parsed: from the cache while the files are unchanged.

    Parsing the catalog's YAML is most of loading it (libyaml parses, but PyYAML builds the
    objects in Python); the parsed data kept with `marshal` reads back about 30 times faster.
    Validation still runs on every load.
    """
    digest = hashlib.sha256(sys.version.encode())
    for origin, text in files.items():
        digest.update(f"\0{origin}\0{text}".encode())
    try:
        path = cache_dir() / f"catalog-{folder}.marshal"
        key, stored = marshal.loads(path.read_bytes())
        if key == digest.hexdigest() and isinstance(stored, dict) and stored.keys() == files.keys():
            return stored
    except RuntimeError:  # no home directory for a cache: parse every time
        return {origin: _yaml(text, origin) for origin, text in files.items()}
    except (OSError, EOFError, ValueError, TypeError):
        pass
    parsed = {origin: _yaml(text, origin) for origin, text in files.items()}
    try:
        write_cache_file(path, marshal.dumps((digest.hexdigest(), parsed)))
    except ValueError:  # a value marshal cannot keep (a YAML timestamp): parse every time
        pass
    return parsed


@cache
def competencies() -> dict[str, Competency]:
    """All built-in competencies by id, in id order."""
    return _builtin("competencies", Competency)


@cache
def panels() -> dict[str, Panel]:
    """All built-in panels by id, in id order."""
    return _builtin("panels", Panel)


def _looks_like_path(ref: str) -> bool:
    return ref.endswith((".yaml", ".yml", ".json")) or "/" in ref or "\\" in ref


def _slug(name: str) -> str:
    return "-".join(re.findall(r"[a-z0-9]+", name.lower()))


def names_of(competency: Competency) -> frozenset[str]:
    """Every name a user may give `competency` by, as a slug: its id, name, short name and
    aliases."""
    return frozenset(_slug(n) for n in (competency.id, competency.name, competency.short_name,
                                        *competency.aliases))


@cache
def _builtin_names() -> dict[str, Competency]:
    """Each name of a built-in competency (`names_of`), with the first competency in id order
    that has it. Every review resolves its competency by name: slugging all the names of every
    competency each time cost about a hundredth of an in-process review."""
    found: dict[str, Competency] = {}
    for item in competencies().values():
        for name in names_of(item):
            found.setdefault(name, item)
    return found


def get_competency(ref: str | Competency) -> Competency:
    """Resolve a competency by id, name, short name, alias (any case) or file path."""
    if isinstance(ref, Competency):
        return ref
    if _looks_like_path(ref):
        return load_file(ref, Competency)
    key = _slug(ref)
    # "hire-and-develop", "Hire and Develop" and "hire and develop" are one short name.
    found = _builtin_names().get(key)
    if found is not None:
        return found
    close = _suggested(ref, key)
    hint = f"; did you mean '{close}'?" if close else ""
    raise CatalogError(
        f"unknown competency '{ref}'{hint} (see `roundtable competencies`)"
    )


TYPO = 0.85
"""How like a known name a misspelling must be to be suggested ("ownrship", "have-backbon").
Looser, any name is like some other: "planning" was offered "influencing" and "stress
management" "time management"."""


def _suggested(ref: str, key: str) -> str | None:
    """The competency a name that is none of them most likely means: a known name spelt nearly
    so, else the competency its words are a keyword of ("working under pressure" is
    adaptability's, "ethics" broad responsibility's); None when neither."""
    names = [name for c in competencies().values() for name in sorted(names_of(c))]
    close = difflib.get_close_matches(key, names, n=1, cutoff=TYPO)
    if close:
        return close[0]
    from roundtable.inference import infer_competency

    inferred = infer_competency(ref, "")
    return inferred.competency.id if inferred.matched else None


def get_panel(ref: str | Panel | None = None) -> Panel:
    """Resolve a panel by id, name (any case) or file path; None gives the default panel."""
    if isinstance(ref, Panel):
        return ref
    ref = ref or DEFAULT_PANEL
    if _looks_like_path(ref):
        return load_file(ref, Panel)
    key = ref.strip().lower()
    for item in panels().values():
        if key in {item.id, item.name.lower()}:
            return item
    close = difflib.get_close_matches(key, list(panels()), n=1, cutoff=0.5)
    hint = f"; did you mean '{close[0]}'?" if close else ""
    raise CatalogError(f"unknown panel '{ref}'{hint} (see `roundtable panels`)")
