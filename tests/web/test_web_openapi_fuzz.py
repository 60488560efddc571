"""Property-based API test: schemathesis generates requests from the app's own OpenAPI.

Every generated request must get a documented status with a body matching the schema, and
never a server error.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path
from typing import Any

import pytest

schemathesis = pytest.importorskip("schemathesis")  # in the dev extra; see pyproject
from hypothesis import HealthCheck, settings  # noqa: E402

from roundtable.web import Settings, create_app  # noqa: E402

# Schemathesis reads the schema at import time, so the app exists at module level.
_FOLDER = Path(tempfile.mkdtemp(prefix="roundtable-fuzz-"))
atexit.register(shutil.rmtree, _FOLDER, ignore_errors=True)  # even when the tests never run
# Schemathesis addresses the app as "testserver", a name the Host allow-list must be told of.
app = create_app(Settings(db_url=str(_FOLDER / "fuzz.db"), allowed_hosts=("testserver",)))
schema = schemathesis.openapi.from_asgi("/api/openapi.json", app)


@schema.parametrize()
@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
def test_every_api_operation_honours_its_schema(case: Any) -> None:
    # A well-formed request may still name a competency or panel that does not exist; that is
    # a 400 with a message, which the schema cannot express, so that one check is left out.
    case.call_and_validate(excluded_checks=[schemathesis.checks.positive_data_acceptance])
