"""pydantic's plugin lookup is answered from the cache only while it would find what it found
before: a plugin installed since is found and runs, and one left out by name stays out."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

# Builds one model, as the CLI's entry point would after `install`, and says which plugins saw
# it and whether the package metadata was read.
_RUN = (
    "import sys\n"
    "from roundtable import pydantic_plugins\n"
    "pydantic_plugins.install()\n"
    "from pydantic import BaseModel\n"
    "class Answer(BaseModel):\n"
    "    words: int\n"
    "assert Answer(words=3).words == 3\n"
    "import fake_plugin_log\n"
    "print(sorted(set(fake_plugin_log.SEEN)), 'importlib.metadata' in sys.modules)\n"
)
_PLUGIN = '''
import fake_plugin_log


class Plugin:
    def new_schema_validator(self, schema, schema_type, schema_type_path, schema_kind, config,
                             plugin_settings):
        fake_plugin_log.SEEN.append(schema_type_path.name)
        return None, None, None


plugin = Plugin()
'''


@pytest.fixture
def site(tmp_path: Path) -> Path:
    """A folder on the path of the runs, with no distribution in it yet."""
    folder = tmp_path / "site"
    folder.mkdir()
    (folder / "fake_plugin_log.py").write_text("SEEN: list[str] = []\n")
    return folder


def _install_plugin(site: Path) -> None:
    (site / "fake_pydantic_plugin.py").write_text(_PLUGIN)
    info = site / "fake_pydantic_plugin-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: fake-pydantic-plugin\n"
                                   "Version: 1.0\n")
    (info / "entry_points.txt").write_text("[pydantic]\nfake = fake_pydantic_plugin:plugin\n")


def _run(site: Path, cache: Path, **env: str) -> str:
    paths = [str(site), *(os.path.abspath(p) for p in os.environ.get("PYTHONPATH", "").split(
        os.pathsep) if p)]
    done = subprocess.run(
        [sys.executable, "-c", _RUN], capture_output=True, text=True, check=True, cwd=site,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(paths),
             "ROUNDTABLE_CACHE_DIR": str(cache), **env})
    return done.stdout.strip()


def test_without_plugins_the_second_process_reads_no_package_metadata(site: Path,
                                                                      tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    assert _run(site, cache) == "[] True"  # looked up, and the answer kept
    assert _run(site, cache) == "[] False"
    assert _run(site, cache, PYDANTIC_DISABLE_PLUGINS="__all__") == "[] False"


def test_a_plugin_installed_since_the_last_lookup_is_found(site: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    assert _run(site, cache) == "[] True"
    _install_plugin(site)
    assert _run(site, cache) == "['Answer'] True"
    assert _run(site, cache) == "['Answer'] True"  # known to be there: pydantic's loader runs


def test_plugins_turned_off_by_name_or_all_stay_off(site: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    _install_plugin(site)
    assert _run(site, cache, PYDANTIC_DISABLE_PLUGINS="fake") == "[] True"
    assert _run(site, cache, PYDANTIC_DISABLE_PLUGINS="other") == "['Answer'] True"
    assert _run(site, cache, PYDANTIC_DISABLE_PLUGINS="true") == "[] False"
