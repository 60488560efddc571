"""The recording link: http(s) only, and whether the page can play it inline."""

from __future__ import annotations

from typing import Literal
from urllib.parse import urlsplit

from roundtable import regexes as re
from roundtable.errors import InputError

_HOST = re.compile(r"[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*|"
                   r"[0-9a-f:.]+")
_VIDEO = (".mp4", ".m4v", ".webm", ".mov", ".ogv")
_AUDIO = (".mp3", ".m4a", ".wav", ".ogg", ".oga", ".aac", ".flac", ".opus")


def check_recording(url: str | None) -> str | None:
    """The link as given, or `InputError` when it is not an http(s) address with a host."""
    if url is None or not url.strip():
        return None
    url = url.strip()
    parts = urlsplit(url)
    try:
        port_ok = parts.port is None or 0 < parts.port < 65536
    except ValueError:
        port_ok = False
    # The host goes into the page's Content-Security-Policy: a plain DNS name or IP only, so
    # no link can smuggle a directive (";") or a wildcard into the policy.
    if parts.scheme not in {"http", "https"} or not parts.hostname or not port_ok or \
            not _HOST.fullmatch(parts.hostname) or any(c in url for c in "\"'<> \n\r\t\\;,"):
        raise InputError(f"the recording link {url[:80]!r} is not a web address; give an "
                         "http:// or https:// link, e.g. https://example.com/interview.mp4")
    return url


def media_kind(url: str) -> Literal["video", "audio", "link"]:
    """video/audio when the path names a media file the browser can play, else a plain link."""
    path = urlsplit(url).path.lower()
    if path.endswith(_VIDEO):
        return "video"
    if path.endswith(_AUDIO):
        return "audio"
    return "link"


def origin(url: str) -> str:
    """scheme://host[:port], the one origin the page's CSP lets media come from."""
    parts = urlsplit(url)
    host = f"[{parts.hostname}]" if ":" in (parts.hostname or "") else parts.hostname
    return f"{parts.scheme}://{host}{f':{parts.port}' if parts.port else ''}"
