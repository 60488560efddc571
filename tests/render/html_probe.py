"""A small HTML reader for the tests: headings, highlighted spans and the answer's text."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser


@dataclass
class Mark:
    """One <mark> in the answer: its text and its tooltip."""

    text: str
    title: str


@dataclass
class Page(HTMLParser):
    """Everything the tests look at in a rendered page, collected in one pass."""

    h2: list[str] = field(default_factory=list)
    marks: list[Mark] = field(default_factory=list)
    answer: str = ""
    tags: set[str] = field(default_factory=set)
    urls: list[str] = field(default_factory=list)
    text: str = ""
    _h2: str | None = None
    _answer_depth: int = 0
    _mark: Mark | None = None

    def __post_init__(self) -> None:
        super().__init__(convert_charrefs=True)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        attr = dict(attrs)
        self.urls += [v for k, v in attrs if k in ("src", "href") and v]
        if tag == "h2":
            self._h2 = ""
        if self._answer_depth:
            self._answer_depth += 1
            if tag == "mark":
                self._mark = Mark("", attr.get("title") or "")
        elif tag == "div" and attr.get("class") == "answer":
            self._answer_depth = 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "h2" and self._h2 is not None:
            self.h2.append(" ".join(self._h2.split()))
            self._h2 = None
        if self._answer_depth:
            self._answer_depth -= 1
            if tag == "mark" and self._mark is not None:
                self.marks.append(self._mark)
                self._mark = None

    def handle_data(self, data: str) -> None:
        self.text += data
        if self._h2 is not None:
            self._h2 += data
        if self._answer_depth:
            self.answer += data
            if self._mark is not None:
                self._mark.text += data


def read_page(html: str) -> Page:
    """Parse a rendered page."""
    page = Page()
    page.feed(html)
    page.close()
    return page
