"""DOM cues of a rendered HTML line, for the layout stage's markup rules.

One `DomCues` per text line of an HTML page, taken at the line's first character, plus the
share of its characters inside links. Only markup is recorded (tags, class/id tokens),
never the page's words.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from newsnlp.resources import compile_pattern

# Elements that mark a page region; a line inside one carries its name in `regions`.
REGIONS = frozenset(("nav", "aside", "header", "footer", "form", "figure", "figcaption"))
# What a `<footer>` is the footer of: sectioning elements, and a quotation or figure.
_FOOTER_OWNERS = frozenset(("article", "section", "aside", "nav", "blockquote", "figure"))
# Their class names describe the page's state (`has-sticky-ad`, `single-post`), not a part.
_PAGE_ELEMENTS = frozenset(("html", "body"))
# the inline elements that set text in bold
_BOLD = frozenset(("strong", "b"))
# Only the nearest ancestors are kept (a page nested thousands deep stays linear).
MAX_PATH = 16
MAX_TOKENS = 32
_TOKEN = compile_pattern(r"[a-z][a-z0-9]{1,30}")
_HIDDEN_STYLE = compile_pattern(r"display\s*:\s*none|visibility\s*:\s*hidden")


@dataclass(frozen=True, slots=True)
class DomCues:
    """The markup around one line of an HTML page.

    `tag`: the nearest block element (`p`, `h1`, `li`, `td`, `div`, ...); `path`: the tags
    of the element and its ancestors, outermost first (the nearest MAX_PATH); `tokens`:
    lower-cased alphanumeric pieces of their `class` and `id` values, nearest first, unique
    (at most MAX_TOKENS); `link_density`: share of the line's characters inside `<a>`;
    `regions`: the region elements (`REGIONS`) the line is inside, nearest first; `bold`:
    share of the line's characters inside `<strong>` or `<b>`.
    """

    tag: str
    path: tuple[str, ...]
    tokens: tuple[str, ...]
    link_density: float
    regions: tuple[str, ...]
    bold: float


def in_article_footer(cue: DomCues) -> bool:
    """The line stands in the `<footer>` of an `<article>`, the nearest of the elements a
    footer belongs to (HTML's sectioning rule): who wrote the article, when, its tags; not
    the page's footer, nor a quotation's (`<blockquote><footer>`: its attribution). A footer
    beyond the MAX_PATH ancestors kept is taken for the page's."""
    if "footer" not in cue.path:
        return False
    last = len(cue.path) - 1 - cue.path[::-1].index("footer")
    owner = next((tag for tag in reversed(cue.path[:last]) if tag in _FOOTER_OWNERS), None)
    return owner == "article"


@dataclass(frozen=True, slots=True)
class ElementInfo:
    """An open element while rendering, with what it inherits from its ancestors."""

    tag: str
    block: str
    path: tuple[str, ...]
    tokens: tuple[str, ...]
    regions: tuple[str, ...]
    in_link: bool
    in_bold: bool

    @classmethod
    def of(cls, el: etree._Element, tag: str, is_block: bool,
           parent: ElementInfo | None) -> ElementInfo:
        own = () if tag in _PAGE_ELEMENTS else _tokens(el)
        if parent is None:
            return cls(tag, tag, (tag,), own, (tag,) if tag in REGIONS else (), tag == "a",
                       tag in _BOLD)
        tokens = parent.tokens
        if own:
            tokens = (*own, *(t for t in parent.tokens if t not in own))[:MAX_TOKENS]
        return cls(
            tag, tag if is_block else parent.block, (*parent.path, tag)[-MAX_PATH:], tokens,
            ((tag, *parent.regions) if tag in REGIONS else parent.regions)[:MAX_PATH],
            parent.in_link or tag == "a", parent.in_bold or tag in _BOLD)


def _tokens(el: etree._Element) -> tuple[str, ...]:
    value = f"{el.get('class') or ''} {el.get('id') or ''}".lower()
    seen: dict[str, None] = {}
    for m in _TOKEN.finditer(value[:2000]):
        seen.setdefault(m.group(), None)
    return tuple(seen)[:MAX_TOKENS]


def is_hidden(el: etree._Element) -> bool:
    """An element a browser does not show: `hidden`, an inline style that hides it, or a
    WordPress theme's update time beside the publication time (`_theme_hidden`)."""
    if not isinstance(el.tag, str):
        return False
    if el.get("hidden") is not None or (el.get("type") or "").lower() == "hidden":
        return True
    style = (el.get("style") or "").lower()[:2000]
    return (bool(style) and _HIDDEN_STYLE.search(style) is not None) or _theme_hidden(el)


def _theme_hidden(el: etree._Element) -> bool:
    """`<time class="updated">` right after the published time (`<time class="…
    published">`, or Astra's `<span class="published">` around it): WordPress themes print
    both and hide the update (`.updated:not(.published) { display: none }`, the rule of the
    `_s` starter theme that most themes keep), so the text shows one date."""
    if el.tag != "time":  # first: every element of the page is asked
        return False
    classes = (el.get("class") or "").split()
    if "updated" not in classes or "published" in classes:
        return False
    prev = el.getprevious()
    return (prev is not None and prev.tag in ("time", "span")
            and "published" in (prev.get("class") or "").split())


class CueBuilder:
    """Collects one `DomCues` per line while the renderer emits text."""

    def __init__(self) -> None:
        self.lines: list[DomCues] = []
        self._first: ElementInfo | None = None
        self._chars = 0
        self._links = 0
        self._bold = 0

    def add(self, stack: list[ElementInfo], n: int) -> None:
        """`n` characters emitted inside the innermost open element of `stack`."""
        info = stack[-1] if stack else None
        if self._first is None:
            self._first = info or ElementInfo("", "", (), (), (), False, False)
        self._chars += n
        if info is not None and info.in_link:
            self._links += n
        if info is not None and info.in_bold:
            self._bold += n

    def new_line(self) -> None:
        first = self._first
        if first is not None:
            self.lines.append(DomCues(first.block, first.path, first.tokens,
                                      round(self._links / max(1, self._chars), 3),
                                      first.regions, round(self._bold / max(1, self._chars), 3)))
        self._first, self._chars, self._links, self._bold = None, 0, 0, 0

    def finish(self) -> tuple[DomCues, ...]:
        self.new_line()
        return tuple(self.lines)
