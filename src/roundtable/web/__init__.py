"""The web app: submit an answer, watch the panel deliberate live, keep the history.

`create_app(settings)` builds the FastAPI application; `roundtable serve` runs it with uvicorn.
"""

from roundtable.web.app import create_app
from roundtable.web.settings import Settings

__all__ = ["Settings", "create_app"]
