"""Certain overrides of the segmenter from the markup of an HTML page.

The segmenter reads lines the way it reads plain text; the markup settles a few things for
sure, on any site that uses it (HTML semantics, not one site's habits):

- lines inside `<nav>` are navigation, inside `<footer>` footer (inside an `<article>`'s own
  `<footer>` its metadata, its byline kept), inside `<aside>` related
  content; lines under an element whose class/id names chrome (`data/html/chrome_tokens.json`:
  `related`, `comments`, `footer`, `share`, ...) are that chrome; `<option>` lines (form
  controls) are widgets; a line whose text is (almost) all link text (link density >=
  LINK_ONLY) is navigation, unless it is a byline (authors' names link to their pages);
- a `<figcaption>` line is the photo caption; a `<blockquote>` line is no heading;
- the title is the line that shows the headline the page declares (JSON-LD `headline`,
  `og:title`, or the `<title>` of which it is the part before or after a separator), else
  the only `<h1>`; the category is the line above it that shows the declared section
  (JSON-LD `articleSection`, `article:section`);
- the article's paragraphs are siblings: a `<p>` in the same element as the page's longest
  paragraph, with its class names and few links, that the segmenter or the model set aside
  only by its position, is article text.

The line-role model of the layout stage does not read the markup: trained with it as
features, it carried less well to unseen sites than these rules after it (docs/quality.md).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from newsnlp.layout import linetypes as lt
from newsnlp.layout.blocks import (
    CONTENT,
    CONTENT_KINDS,
    LOOSE_CHROME,
    Block,
    as_paragraph,
    set_aside,
)
from newsnlp.layout.dom_roles import mark_named_roles
from newsnlp.models import ChromeKind
from newsnlp.resources import compile_pattern, load_json
from newsnlp.text.dom import DomCues, in_article_footer
from newsnlp.text.htmlmeta import Declared
from newsnlp.text.lines import Line, text_key

# Share of a line's characters inside links from which the line is a link and nothing else
# (on the real dev pages: 47,600 characters of chrome at >= 0.8, 214 of article text).
LINK_ONLY = 0.8
# A sibling of the article's paragraphs with more link text than this is a link list.
SIBLING_MAX_LINKS = 0.3
# an item of the article's own list says something (a toolbar's `<li>Mobile</li>` does not)
ITEM_MIN_WORDS = 2
# Region element -> the chrome its content is.
_REGION_CHROME: dict[str, ChromeKind] = {"nav": "navigation", "footer": "footer",
                                         "aside": "related"}
# where the markup may show the section's name: the menu and breadcrumb, the article's
# own metadata, or no chrome at all
_SECTION_REGIONS = frozenset({None, "navigation", "metadata"})
# What separates the headline from the site name in a `<title>` ("X | Portal", "Portal - X").
_TITLE_SEPARATOR = compile_pattern(r"(?<!\s)\s++[|\-–—:»«/]++\s+")


@cache
def _token_chrome() -> dict[str, ChromeKind]:
    data = load_json("html/chrome_tokens.json")
    return {token: kind for kind, tokens in data.items() if not kind.startswith("_")
            for token in tokens}


def _chrome_of(cue: DomCues, linked: bool = True,
               wrapper: frozenset[str] = frozenset()) -> ChromeKind | None:
    """The chrome the markup puts a line in: its region, a class name (other than the
    page's `wrapper` names), a form control, and (with `linked`) a line of links alone."""
    for region in cue.regions:
        if region == "footer" and in_article_footer(cue):
            return "metadata"  # the article's own footer: its date, author, comment count
        if region in _REGION_CHROME:
            return _REGION_CHROME[region]
    by_token = _token_chrome()
    for token in cue.tokens:
        if token in by_token and token not in wrapper:
            return by_token[token]
    if cue.tag == "option":
        return "widget"
    if linked and cue.link_density >= LINK_ONLY:
        return "navigation"
    return None


def _markup_chrome(block: Block, rows: Sequence[int], cues: Sequence[DomCues],
                   wrapper: frozenset[str]) -> ChromeKind | None:
    """The one chrome the markup puts every line of `block` in (a byline's links are no
    navigation), else None."""
    kinds = {_chrome_of(cues[i], block.kind != "byline", wrapper) for i in rows}
    return kinds.pop() if len(kinds) == 1 and None not in kinds else None


def _headline_keys(declared: Sequence[Declared]) -> list[tuple[str, str]]:
    """(normalised headline, source) in precedence order. A `<title>`/`og:title` also gives
    what stands before or after each separator ("Headline – part | Portal" gives "Headline
    – part", "part | Portal", ...), longest first: the site name is the short end."""
    out: list[tuple[str, str]] = []
    for d in declared:
        out.append((text_key(d.value), d.source))
        if d.source in ("title", "og:title"):
            cuts = _TITLE_SEPARATOR.finditer(d.value)
            parts = [p for m in cuts for p in (d.value[:m.start()], d.value[m.end():])]
            parts.sort(key=len, reverse=True)
            out.extend((text_key(p), d.source) for p in parts if len(p.split()) >= 2)
    return out


def _headline_lines(lines: Sequence[Line], cues: Sequence[DomCues],
                    keys: Sequence[tuple[str, str]], candidates: Sequence[int]
                    ) -> tuple[list[int], str]:
    """The `candidates` that show the page's headline (the first of its declared `keys`
    some line shows), else its only `<h1>`; and the source that named it."""
    by_text: dict[str, list[int]] = {}
    for i in candidates:
        by_text.setdefault(text_key(lines[i].text), []).append(i)
    for key, source in keys:
        if key in by_text:
            return by_text[key], source
    h1 = [i for i in candidates if cues[i].tag == "h1"]
    return (h1, "h1") if len(h1) == 1 else ([], "h1")


def _wrapper_names(lines: Sequence[Line], cues: Sequence[DomCues],
                   keys: Sequence[tuple[str, str]]) -> frozenset[str]:
    """Chrome class names that the page's headline (the lines that show it, else its only
    `<h1>`) and its longest line of text both stand under: they name a wrapper of the whole
    page (`layout--with-sidebar`, WordPress's `has-sidebar`), not chrome, so they mark
    nothing on this page. A breadcrumb that repeats the headline shares no class name with
    the text."""
    texts = [i for i, line in enumerate(lines) if line.text]
    if not texts:
        return frozenset()
    shown, _ = _headline_lines(lines, cues, keys, texts)
    longest = max(texts, key=lambda i: len(lines[i].text))
    by_token = _token_chrome()
    text_names = frozenset(t for t in cues[longest].tokens if t in by_token)
    names = [text_names.intersection(cues[i].tokens) for i in shown
             if not set(cues[i].regions) & _REGION_CHROME.keys()]
    return frozenset.union(*names) if names else frozenset()


def _title_line(lines: Sequence[Line], cues: Sequence[DomCues],
                keys: Sequence[tuple[str, str]], wrapper: frozenset[str]
                ) -> tuple[int, str] | None:
    """(line index, source) of the line that shows the page's headline."""
    usable = [i for i, line in enumerate(lines)
              if line.text and _chrome_of(cues[i], wrapper=wrapper) is None]
    shown, source = _headline_lines(lines, cues, keys, usable)
    return (shown[0], source) if shown else None


def apply_dom(blocks: list[Block], lines: Sequence[Line], cues: Sequence[DomCues],
              declared: Sequence[Declared], sections: Sequence[Declared] = (),
              descriptions: Sequence[Declared] = ()) -> tuple[list[Block], str | None]:
    """`blocks` with the overrides above, the declared section's label as the category and
    the lead the markup and the declared `descriptions` show (`dom_roles`); and the title's
    source when the markup chose it (a title line inside a block of several lines is left
    to the segmenter)."""
    index = {line.start: i for i, line in enumerate(lines)}
    keys = _headline_keys(declared)
    wrapper = _wrapper_names(lines, cues, keys)
    title = _title_line(lines, cues, keys, wrapper)
    title_at = lines[title[0]].start if title is not None else -1
    if not any(b.start == title_at and len(b.lines) == 1 for b in blocks):
        title, title_at = None, -1
    out: list[Block] = []
    for block in blocks:
        rows = [index[line.start] for line in block.lines if line.start in index]
        chrome = (_markup_chrome(block, rows, cues, wrapper)
                  if block.kind in CONTENT_KINDS or block.kind == "category"
                  else None)  # chrome blocks stay as the segmenter set them aside
        if block.start == title_at:
            out.append(Block("title", block.lines))
        elif block.kind == "category":  # a section's name in a share bar or an ad is none
            out.append(Block("chrome", block.lines, chrome=chrome)
                       if chrome not in _SECTION_REGIONS else block)
        elif title is not None and block.kind == "title":  # the segmenter's pick gives way
            out.append(set_aside(block) if block.start < title_at
                       else Block("chrome", block.lines, chrome=chrome) if chrome
                       else Block("heading", block.lines))
        elif block.kind in CONTENT_KINDS and chrome is not None and (
                chrome != "metadata" or block.kind in CONTENT):  # a byline there stays one
            out.append(Block("chrome", block.lines, chrome=chrome))
        elif block.kind in ("paragraph", "heading") and rows and all(
                cues[i].tag == "figcaption" for i in rows):
            out.append(Block("caption", block.lines))
        elif block.kind == "heading" and rows and all(
                "blockquote" in cues[i].path for i in rows):
            out.append(as_paragraph(block))  # a quotation set off, not a section heading
        else:
            out.append(block)
    out = _declared_category(_list_items(_article_container(out, cues), cues), sections)
    return (mark_named_roles(out, cues, [d.value for d in descriptions]),
            title[1] if title is not None else None)


def _declared_category(blocks: list[Block], sections: Sequence[Declared]) -> list[Block]:
    """The line above the title that shows the section the page declares (JSON-LD
    `articleSection`, `article:section`) is the category, whatever the segmenter read
    there; its own pick, if another line, is navigation."""
    keys = {text_key(d.value) for d in sections}
    title = next((k for k, b in enumerate(blocks) if b.kind == "title"), None)
    if not keys or title is None:
        return blocks
    shown = next((k for k in range(title - 1, -1, -1) if len(blocks[k].lines) == 1
                  and text_key(blocks[k].lines[0].text) in keys), None)
    if shown is None:
        return blocks
    out = [Block("chrome", b.lines, chrome="navigation") if b.kind == "category" else b
           for b in blocks]
    line = out[shown].lines[0]
    out[shown] = Block("category", (line,), value=(line.start, line.end))
    return out


def _list_items(blocks: list[Block], cues: Sequence[DomCues]) -> list[Block]:
    """Paragraph lines that are `<li>` elements of a `<ul>`/`<ol>` are list items (the text
    rendering drops the bullets the segmenter would have read); consecutive items of one
    list element share a list id."""
    next_id = max((b.list_id for b in blocks), default=-1) + 1
    out: list[Block] = []
    last: tuple[str, ...] | None = None
    for block in blocks:
        found = [_list_path(cues[line.index]) for line in block.lines]
        paths = [p for p in found if p is not None]
        if block.kind != "paragraph" or len(paths) < len(found):
            out.append(block)
            last = None
            continue
        for line, path in zip(block.lines, paths, strict=True):
            if path != last:
                next_id, last = next_id + 1, path
            out.append(Block("list_item", (line,), ordered=path[-1] == "ol",
                             list_id=next_id - 1, value=(line.start, line.end)))
    return out


def _list_path(cue: DomCues) -> tuple[str, ...] | None:
    """The path to the list element of a line that is one `<li>`, else None."""
    if cue.tag != "li":
        return None
    lists = [k for k, tag in enumerate(cue.path) if tag in ("ul", "ol")]
    return cue.path[:lists[-1] + 1] if lists else None


_SECTION_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})


def _text_lines(blocks: Sequence[Block]) -> list[Line]:
    """The lines that show where the article's text stands: its paragraphs under the title
    (the text follows its headline; teasers the model kept stand above it), else its lead
    there (it often has a class of its own, `<p class="lead">`), else the prose lines there
    that the model set aside only by their position (`other`, `footer`); on a page without
    a title, its paragraphs, else its lead."""
    title = next((k for k, b in enumerate(blocks) if b.kind == "title"), None)
    if title is None:
        return ([line for b in blocks if b.kind == "paragraph" for line in b.lines]
                or [line for b in blocks if b.kind == "lead" for line in b.lines])
    under = blocks[title + 1:]
    return ([line for b in under if b.kind == "paragraph" for line in b.lines]
            or [line for b in under if b.kind == "lead" for line in b.lines]
            or [line for b in under if b.kind == "chrome" and b.chrome in LOOSE_CHROME
                for line in b.lines if lt.is_prose(line.text)])


def _article_container(blocks: list[Block], cues: Sequence[DomCues]) -> list[Block]:
    """The article's paragraphs are siblings in one element (Readability's premise): a block
    set aside only by its position (`other`, `footer`) whose lines are all `<p>` elements in
    the same element as the longest line of the text (`_text_lines`), with the same class
    names and few links, is article text again; an `<h2>`–`<h6>` line there is a section
    heading again, also when a chrome block above took it in (`_absorbed`)."""
    paragraphs = _text_lines(blocks)
    if not paragraphs:
        return blocks
    main = cues[max(paragraphs, key=lambda line: len(line.text)).index]

    def sibling(line: Line) -> bool:
        cue = cues[line.index]
        return (cue.tag == main.tag and cue.path == main.path and cue.tokens == main.tokens
                and cue.link_density < SIBLING_MAX_LINKS)

    def item(line: Line) -> bool:  # an `<li>` of a list that stands among the paragraphs
        cue = cues[line.index]
        return (cue.tag == "li" and cue.path[:-2] == main.path[:-1]
                and cue.path[-2] in ("ul", "ol") and cue.link_density < SIBLING_MAX_LINKS
                and lt.word_count(line.text) >= ITEM_MIN_WORDS)

    def heading(block: Block) -> bool:  # `<h2>`–`<h6>` among the paragraphs: a section's
        cue = cues[block.lines[0].index]  # own class names (`wp-block-heading`) before theirs
        return (len(block.lines) == 1 and cue.tag in _SECTION_HEADINGS
                and _parent(cue) == _parent(main) and _inherits(cue.tokens, main.tokens)
                and cue.link_density < SIBLING_MAX_LINKS)

    def titled(k: int) -> bool:  # an `<h2>`–`<h6>` read as text, among the paragraphs
        cue = cues[blocks[k].lines[0].index]
        return (blocks[k].kind in ("paragraph", "caption") and len(blocks[k].lines) == 1
                and cue.tag in _SECTION_HEADINGS and _parent(cue) == _parent(main)
                and cue.link_density < SIBLING_MAX_LINKS and k + 1 < len(blocks)
                and (blocks[k + 1].kind in CONTENT or restored[k + 1]))

    restored = [b.kind == "chrome" and b.chrome in LOOSE_CHROME
                and (all(sibling(line) for line in b.lines) or all(item(ln) for ln in b.lines))
                for b in blocks]
    out: list[Block] = []
    for k, b in enumerate(blocks):
        if titled(k):
            out.append(Block("heading", b.lines, value=(b.start, b.end)))
        elif b.kind != "chrome":
            out.append(b)
        elif restored[k]:
            out.append(as_paragraph(b))
        elif heading(b) and (b.chrome in LOOSE_CHROME or _absorbed(blocks, k)):
            out.append(Block("heading", b.lines, value=(b.start, b.end)))
        else:
            out.append(b)
    return out


def _inherits(tokens: tuple[str, ...], held: tuple[str, ...]) -> bool:
    """`tokens` are `held` (the class names of the element that holds the paragraphs),
    perhaps after the line's own element's (which come first)."""
    return tokens == held or (bool(held) and tokens[-len(held):] == held)


def _parent(cue: DomCues) -> tuple[str, ...]:
    """The path of the element that holds the line's block element: inline wrappers
    (`<h2><span>…</span></h2>`, `<p><strong>…`) say nothing of where the line stands."""
    path = cue.path
    if cue.tag not in path:
        return path[:-1]
    return path[:len(path) - 1 - path[::-1].index(cue.tag)]


def _absorbed(blocks: Sequence[Block], k: int) -> bool:
    """A line a chrome block took in as one of its own (a heading under a `Przeczytaj także`
    box) that names no chrome itself (not a header or chrome line by its words) and that the
    article's text follows."""
    text = blocks[k].lines[0].text
    return (lt.chrome_kind(text) is None and lt.header_kind(text) is None
            and k + 1 < len(blocks) and blocks[k + 1].kind in ("paragraph", "list_item"))
