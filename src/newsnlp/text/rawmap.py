"""Where the parser's text nodes stand in the raw HTML.

An HTML parser (lxml/libxml2) gives each element its text but not the character offset it
came from. `RawText` is the raw page with tags and comments cut out, character references
decoded and line ends read as `\\n`, each character remembering its raw offset; `locate`
finds a text node in it from a cursor that moves forward in document order, so every
rendered character points back at the raw page. A node the parser changed (repaired
markup, a moved fragment) is not found; its characters then point at the cursor, so the
map stays monotonic and in range.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from newsnlp.resources import compile_pattern

# Markup that is not text: comments (to their end or the end of the page), tags, doctype and
# processing instructions, and character references (decoded). Bounded and unambiguous.
_MARKUP = compile_pattern(
    r"(?s:<!--.*?(?:-->|\Z))"
    r"|</?[A-Za-z!?](?:[^<>\"']|\"[^\"]{0,5000}\"|'[^']{0,5000}'){0,5000}>"
    r"|&(?:#[0-9]{1,8}|#[xX][0-9A-Fa-f]{1,8}|[A-Za-z][A-Za-z0-9]{1,31});?"
    r"|\r\n?")
# A node searched for further than this many characters ahead of the cursor is taken as not
# found; and all searches of a page together look at no more than SEARCH_BUDGET characters
# per raw character (then nodes map to the cursor): the work stays linear even on a page
# whose every node the parser rewrote.
SEARCH_WINDOW = 200_000
SEARCH_BUDGET = 8


@dataclass(slots=True)
class RawText:
    """The decoded text characters of a raw page and their raw offsets."""

    text: str
    offsets: list[int]
    cursor: int = 0
    budget: int = 0

    @classmethod
    def of(cls, raw: str) -> RawText:
        parts: list[str] = []
        offsets: list[int] = []
        pos = 0
        for m in _MARKUP.finditer(raw, timeout=30.0):  # linear; a page of MBs
            start, end = m.span()
            parts.append(raw[pos:start])
            offsets.extend(range(pos, start))
            token = m.group()
            if token[0] in "&\r":  # a reference, or a line end as the parser reads it
                value = html.unescape(token) if token[0] == "&" else "\n"
                parts.append(value)
                offsets.extend([start] * len(value))
            pos = end
        parts.append(raw[pos:])
        offsets.extend(range(pos, len(raw)))
        return cls("".join(parts), offsets, budget=SEARCH_BUDGET * len(raw) + SEARCH_WINDOW)

    def here(self) -> int:
        """The raw offset the cursor stands at."""
        if self.cursor < len(self.offsets):
            return self.offsets[self.cursor]
        return self.offsets[-1] if self.offsets else 0

    def locate(self, node: str) -> list[int]:
        """Raw offsets of the characters of text node `node` (found after the cursor)."""
        here = self.here()
        if node.strip() and self.budget > 0:
            found = self.text.find(node, self.cursor, self.cursor + len(node) + SEARCH_WINDOW)
            self.budget -= (found - self.cursor if found >= 0 else SEARCH_WINDOW) + len(node)
            if found >= 0:
                self.cursor = found + len(node)
                return self.offsets[found:self.cursor]
        return [here] * len(node)
