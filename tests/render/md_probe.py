"""A Markdown reader for the tests: a CommonMark parser with GFM tables, and the text it shows."""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.token import Token

# Markup a user string must never produce once escaped.
MARKUP = {"html_inline", "html_block", "em_open", "strong_open", "link_open", "code_inline",
          "s_open", "image", "heading_open", "bullet_list_open", "ordered_list_open",
          "fence", "code_block", "table_open", "blockquote_open", "hr"}


def parse(markdown: str) -> list[Token]:
    return MarkdownIt("commonmark").enable(["table", "strikethrough"]).parse(markdown)


def plain(tokens: list[Token]) -> str:
    """The text a reader sees: line breaks as newlines, paragraphs separated by a blank line."""
    paragraphs = []
    for token in tokens:
        if token.type == "inline":
            paragraphs.append("".join("\n" if c.type in ("hardbreak", "softbreak") else c.content
                                      for c in token.children or []))
    return "\n\n".join(paragraphs)


def kinds(tokens: list[Token]) -> set[str]:
    return {t.type for t in tokens} | {c.type for t in tokens for c in t.children or []}


def answer_tokens(markdown: str) -> list[Token]:
    """The tokens inside the blockquote that follows the **Answer:** label."""
    tokens = parse(markdown)
    start = next(i for i, t in enumerate(tokens) if t.type == "blockquote_open"
                 and tokens[i - 2].content == "**Answer:**")
    end = next(i for i in range(start, len(tokens)) if tokens[i].type == "blockquote_close")
    return tokens[start + 1 : end]


def as_shown(text: str) -> str:
    """What `block` promises to keep of a text: paragraphs, lines, words (not extra spaces)."""
    paragraphs = [p for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]
    return "\n\n".join("\n".join(" ".join(line.split()) for line in p.splitlines() if line.strip())
                       for p in paragraphs)
