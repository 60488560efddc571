"""The recording link: http(s) only, and whether the page can play it inline."""

from __future__ import annotations

from typing import Literal
from urllib.parse import urlsplit

from roundtable.errors import InputError

_VIDEO = (".mp4", ".m4v", ".webm", ".mov", ".ogv")
_AUDIO = (".mp3", ".m4a", ".wav", ".ogg", ".oga", ".aac", ".flac", ".opus")


def check_recording(url: str | None) -> str | None:
    """The link as given, or `InputError` when it is not an http(s) address with a host."""
    if url is None or not url.strip():
        return None
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"} or not parts.hostname or any(
            c in url for c in "\"'<> \n\r\t\\"):
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
    return f"{parts.scheme}://{parts.netloc.rsplit('@', 1)[-1]}"
