"""What a single line looks like: chrome vocabulary, metadata label, list marker, prose shape.

Pure functions over one stripped line; the vocabularies live in `data/chrome.json` and
`data/meta.json`. The segmenter combines these per-line facts with position on the page.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any, TypeGuard, cast

from newsnlp.layout.company_line import is_company_name
from newsnlp.models import ChromeKind
from newsnlp.morph import morfeusz as morphology
from newsnlp.resources import (
    ICASE,
    VERSION1,
    Match,
    Pattern,
    alternation,
    compile_pattern,
    escape,
    load_json,
    word_alternation,
)
from newsnlp.text.sentences import ends_sentence

# Lines longer than this are never chrome or metadata, but for a consent notice (`_notice`)
MAX_SHAPE_LEN = 400
NOTICE_MAX_LEN = 1200
# Named limits of the line shapes (characters unless said), read off news templates.
HEADER_MAX_CHARS = 120  # a block header (`Czytaj także`, `Komentarze (3)`) is short
PROSE_ALWAYS_CHARS = 200  # a line this long is running text whatever its end
PROSE_MIN_WORDS = 8  # a shorter line must also close like a sentence
HEADLINE_MAX_CHARS = 200
HEADLINE_MAX_WORDS = 25
EXCLAIMED_HEADLINE_MAX_WORDS = 20  # `Uwaga na oszustów!`: a question or exclamation
NAME_LINE_MAX_CHARS = 60  # `Jan Maria Rokita`
BREADCRUMB_MIN_PARTS = 3
MENU_MIN_CELLS = 3
MENU_CELL_MAX_WORDS = 5

MetaKind = str  # "category" | "published" | "author" | "source" | "photo" | "caption"
_META_KINDS: tuple[MetaKind, ...] = (
    "category", "published", "author", "source", "photo", "caption")


@dataclass(frozen=True, slots=True)
class MetaMatch:
    """A metadata line: its kind and where its value starts/ends inside the line."""

    kind: MetaKind
    value_start: int
    value_end: int
    caption: tuple[int, int] | None = None  # `Podpis zdjęcia (fot. X)`: the caption part


@dataclass(frozen=True, slots=True)
class Marker:
    """A list marker at the start of a line; `text_start` is where the item text begins."""

    ordered: bool
    symbol: str
    text_start: int


# a pattern, or {"pattern": ..., "requires": [...] (floating), "strong": true (see chrome.json)}
PatternEntry = str | dict[str, Any]


def pattern_text(entry: PatternEntry) -> str:
    """The regex of a vocabulary entry."""
    return entry if isinstance(entry, str) else str(entry["pattern"])


def _floating(entry: PatternEntry) -> TypeGuard[dict[str, Any]]:
    """An entry that may start anywhere in the line: it names the strings it requires."""
    return not isinstance(entry, str) and "requires" in entry


@dataclass(frozen=True)
class _Floating:
    """A pattern that may start anywhere in the line (`.{0,200}\\bcookie…`): run on its own,
    and only on lines that hold one of its required strings. Inside an alternation such a
    branch costs every line a scan; alone, it is skipped by a substring test."""

    kind_index: int
    requires: tuple[str, ...]
    pattern: Pattern


@dataclass(frozen=True)
class _Family:
    """One full-line pattern for a family of kinds (chrome lines, headers, metadata labels):
    a named group per kind, in order, plus the floating patterns. The first kind whose
    patterns can match the whole line wins, as when the kinds' patterns were tried one
    after the other."""

    pattern: Pattern
    kinds: tuple[str, ...]
    floating: tuple[_Floating, ...]
    needles: tuple[str, ...]  # every required string of the floating patterns
    grouped: tuple[int, ...]  # the kinds with a group in `pattern`

    @classmethod
    def build(cls, kinds: dict[str, list[PatternEntry]], tail: str = "") -> _Family:
        grouped = tuple(i for i, patterns in enumerate(kinds.values())
                        if any(not _floating(p) for p in patterns))
        names = list(kinds)
        groups = "|".join(
            f"(?P<{names[i]}>"
            + "|".join(f"(?:{pattern_text(p)})" for p in kinds[names[i]] if not _floating(p))
            + ")" for i in grouped)
        floating = tuple(
            _Floating(i, tuple(r.lower() for r in p["requires"]),
                      compile_pattern(f"^(?:{p['pattern']}){tail}$", ICASE))
            for i, patterns in enumerate(kinds.values()) for p in patterns
            if _floating(p))
        needles = tuple(dict.fromkeys(r for f in floating for r in f.requires))
        return cls(compile_pattern(f"^(?:{groups}){tail}$", ICASE), tuple(kinds), floating,
                   needles, grouped)

    def match(self, text: str) -> tuple[str, Match] | None:
        """The first kind that matches the whole line, and the match."""
        found: tuple[int, Match] | None = None
        m = self.pattern.fullmatch(text)
        if m is not None:
            found = next((i, m) for i in self.grouped if m.group(self.kinds[i]) is not None)
        folded = text.lower() if self.needles else ""
        if not any(map(folded.__contains__, self.needles)):  # one pass decides most lines
            return (self.kinds[found[0]], found[1]) if found is not None else None
        for f in self.floating:
            if found is not None and f.kind_index >= found[0]:
                continue
            if any(r in folded for r in f.requires):
                fm = f.pattern.fullmatch(text)
                if fm is not None:
                    found = (f.kind_index, fm)
        return (self.kinds[found[0]], found[1]) if found is not None else None


@lru_cache(maxsize=1)
def _families() -> tuple[_Family, _Family, _Family]:
    """The chrome line, chrome header and metadata label families."""
    chrome, meta = load_json("chrome.json"), load_json("meta.json")
    return (_Family.build(chrome["line"]), _Family.build(chrome["headers"]),
            _Family.build({k: meta[k] for k in _META_KINDS}, r"\s*"))


def _family_kind(family: _Family, text: str) -> ChromeKind | None:
    found = family.match(text)
    return cast(ChromeKind, found[0]) if found is not None else None


@lru_cache(maxsize=1)
def terminal_kinds() -> frozenset[str]:
    """Chrome kinds after which the article body is over."""
    return frozenset(load_json("chrome.json")["terminal"])


@lru_cache(maxsize=1)
def _meta_patterns() -> dict[str, Pattern]:
    data = load_json("meta.json")
    return {k: compile_pattern(
        "^(?:" + "|".join(f"(?:{pattern_text(p)})" for p in data[k]) + r")\s*$", ICASE)
        for k in _META_KINDS}


def chrome_kind(text: str) -> ChromeKind | None:
    """The chrome kind of a line by its vocabulary alone, or None. A row of chrome cells
    (`Drukuj | Powrót`) takes the kind of its first cell. Past MAX_SHAPE_LEN only a consent
    notice is read (TCF banners run to NOTICE_MAX_LEN)."""
    if not text or len(text) > NOTICE_MAX_LEN:
        return None
    if len(text) > MAX_SHAPE_LEN:
        return "cookies" if _notice(text) else None
    kind = _family_kind(_families()[0], text)
    if kind is not None or "|" not in text:
        return kind
    cells = [c.strip() for c in text.split("|")]
    kinds = [_family_kind(_families()[0], c) if c else None for c in cells]
    return kinds[0] if len(cells) > 1 and all(kinds) else None


def is_page_metadata(text: str) -> bool:
    """A piece of the page's metadata chrome (`3 min czytania`, `Odsłony: 120`), read on a
    part of a line (a row's cell) where `chrome_kind` reads whole lines."""
    return bool(text) and len(text) <= MAX_SHAPE_LEN and _family_kind(
        _families()[0], text) == "metadata"


def _notice(text: str) -> bool:
    """A long line in the first person plural (`chrome.json` `notice_verbs`) that the
    cookies' vocabulary reads: a site's consent notice, not news text about one."""
    verbs = load_json("chrome.json")["notice_verbs"]
    return any(v in text.lower() for v in verbs) and _family_kind(
        _families()[0], text) == "cookies"


@lru_cache(maxsize=1)
def _strong_pattern() -> Pattern:
    """The `line` entries marked strong and the `strong` list of chrome.json, one pattern."""
    chrome = load_json("chrome.json")
    marked = [pattern_text(p) for patterns in chrome["line"].values() for p in patterns
              if not isinstance(p, str) and p.get("strong")]
    return compile_pattern(alternation(marked + chrome["strong"]), ICASE)


def is_strong_chrome(text: str) -> bool:
    """Chrome even when it reads like a sentence (copyright lines, cookie notes)."""
    if not text or len(text) > MAX_SHAPE_LEN:
        return False
    return _strong_pattern().fullmatch(text) is not None


def header_kind(text: str) -> ChromeKind | None:
    """The kind of chrome block this line opens ("Czytaj także", "Komentarze (3)", ...)."""
    if not text or len(text) > HEADER_MAX_CHARS:
        return None
    return _family_kind(_families()[1], text)


def meta_match(text: str) -> MetaMatch | None:
    """A metadata label line ("Autor: …", "fot. …", "kategoria: …", "Data publikacji …")."""
    if not text or len(text) > MAX_SHAPE_LEN:
        return None
    found = _families()[2].match(text)
    if found is None:
        return None
    kind, m = found
    if m.group("v"):
        return _meta(kind, m)
    # The first kind to match left its value empty: the later kinds are tried one by one.
    for later in _META_KINDS[_META_KINDS.index(kind) + 1:]:
        m = _meta_patterns()[later].fullmatch(text)
        if m is not None and m.group("v"):
            return _meta(later, m)
    return None


def cell_separator(more: str = "") -> str:
    """The spaced separator between a meta line's cells (`|`, `•`, `·`), and `more`."""
    return rf"(?<!\s)\s+[|•·{escape(more)}]\s+"


_CELL_SEP = compile_pattern(cell_separator(), 0)


@lru_cache(maxsize=1)
def next_label() -> Pattern:
    """A label that opens a second metadata item inside a line (`meta.json` `next_label`)."""
    return compile_pattern(load_json("meta.json")["next_label"], ICASE)


def labelled_tail(text: str) -> tuple[int, MetaMatch] | None:
    """Where a labelled byline or source goes on after a line's first item (`wt.,
    9.09.2025, 18:40 Autorzy: Joanna Kuźma`), and its match (offsets from that point)."""
    if not text or len(text) > MAX_SHAPE_LEN:
        return None
    nxt = next_label().search(text)
    rest = meta_match(text[nxt.start():].rstrip()) if nxt is not None else None
    if nxt is None or rest is None or rest.kind not in ("author", "source"):
        return None
    return nxt.start(), rest


def _meta(kind: MetaKind, m: Match) -> MetaMatch:
    value = m.group("v").rstrip()
    cell = _CELL_SEP.search(value)  # `Autor: X | Data: 12.03.2026 | Odsłony: 345`
    if cell is not None:
        value = value[:cell.start()]
    caption = m.groupdict().get("c")
    return MetaMatch(kind, m.start("v"), m.start("v") + len(value),
                     (m.start("c"), m.start("c") + len(caption.rstrip())) if caption else None)


_MARKER = compile_pattern(
    r"^(?:(?P<bullet>[•●▪◦·*\-–—»►■□✓✔])|(?P<num>\d{1,3}|[a-z])(?P<punct>[.)]))[ \t]+(?=\S)", 0)


def list_marker(text: str) -> Marker | None:
    """The bullet or number that opens a list item (`•`, `-`, `*`, `–`, `1.`, `1)`)."""
    m = _MARKER.match(text)
    if m is None or not any(ch.isalnum() for ch in text[m.end():]):
        return None  # `* * *`, a section break, has no item text
    if m.group("bullet"):
        return Marker(False, m.group("bullet"), m.end())
    if m.group("num").isalpha() and m.group("punct") != ")":
        return None
    return Marker(True, m.group("num") + m.group("punct"), m.end())


_WORD = compile_pattern(r"\w+", 0)


def word_count(text: str) -> int:
    """Number of word tokens."""
    return len(_WORD.findall(text[:MAX_SHAPE_LEN * 4]))


def is_prose(text: str) -> bool:
    """Running text: long enough and closed like a sentence; no link trail, no company's name,
    no row of cells (`organizacja pożytku publicznego • działamy od 1994 r.`)."""
    if len(breadcrumb_parts(text)) >= BREADCRUMB_MIN_PARTS or is_company_name(text):
        return False
    if len(text) >= PROSE_ALWAYS_CHARS:
        return True
    return (word_count(text) >= PROSE_MIN_WORDS and ends_sentence(text)
            and _CELL_SEP.search(text) is None)


_HEADLINE_START = compile_pattern(r"^[\p{Lu}\d„\"«»(]", 0)


def is_headline(text: str) -> bool:
    """Short, capitalised, not closed by a full stop: a title, heading or headline."""
    if not text or len(text) > HEADLINE_MAX_CHARS or not _HEADLINE_START.match(text):
        return False
    if text.endswith(("?", "!", "...", "…")):  # "Uwaga na oszustów!", "Co dalej z mostem?"
        return word_count(text) <= EXCLAIMED_HEADLINE_MAX_WORDS
    return not text.endswith((".", ",", ":", ";")) and word_count(text) <= HEADLINE_MAX_WORDS


_NAME_WORD = r"\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?"
# a person's name as written: two or three capitalised words (`Anna Malinowska`); patterns
# that find a name inside a line (a byline, a signed dateline, a speaker's label) build on it
PERSON_NAME = rf"{_NAME_WORD}(?:[ \t]{_NAME_WORD}){{1,2}}"
_NAME_LINE = compile_pattern(PERSON_NAME, VERSION1)


def opening_name_end(text: str) -> int | None:
    """Where a person's name that opens the line ends (`Rafał Kmiecik 14.03.2026 07:32`: a
    meta row that opens with the author), else None. Of three capitalised words the third
    is the name's only after two first names (`Jan Maria Rokita`; `Anna Kubiak Aktualności`
    is the name and the row's category)."""
    m = _NAME_LINE.match(text, 0, min(len(text), NAME_LINE_MAX_CHARS))
    name = str(m.group()) if m is not None else ""
    if not name or not is_person_name_line(name):
        return None
    words = name.split()
    if len(words) == 3 and not is_person_name_line(" ".join(words[1:])):
        return name.index(words[1], len(words[0])) + len(words[1])
    return len(name)


def is_person_name_line(text: str) -> bool:
    """A line that is only a person's name: two or three capitalised words, the first read
    by Morfeusz as a first name (`Anna Malinowska`, `Jan Maria Rokita`)."""
    if len(text) > NAME_LINE_MAX_CHARS or _NAME_LINE.fullmatch(text) is None:
        return False
    first = text.split()[0]
    return any("imię" in a.qualifiers and a.tag.startswith("subst")
               for a in morphology.analyse(first))


# a comma or `i`/`oraz` between names, each match starting at the first space of a run
_NAMES_SEP = compile_pattern(r"(?<![ \t])[ \t]*+,[ \t]*+|(?<![ \t])[ \t]++(?:i|oraz)[ \t]++", 0)
MAX_BYLINE_NAMES = 3  # co-authors named on one byline line


def _name_spans(text: str) -> list[tuple[int, int]] | None:
    """(start, end) of each of one to `MAX_BYLINE_NAMES` persons' names that make up `text`,
    joined by commas or `i`/`oraz`; None when `text` is not such a line."""
    if len(text) > MAX_BYLINE_NAMES * NAME_LINE_MAX_CHARS:
        return None
    bounds = [0, *(c for m in _NAMES_SEP.finditer(text) for c in (m.start(), m.end())),
              len(text)]
    spans = list(zip(bounds[::2], bounds[1::2], strict=True))
    if len(spans) > MAX_BYLINE_NAMES or not all(
            is_person_name_line(text[a:b]) for a, b in spans):
        return None
    return spans


def is_person_names_line(text: str) -> bool:
    """A line that is one to `MAX_BYLINE_NAMES` persons' names, joined by commas or `i`
    (`Piotr Zając, Anna Lis`): co-authors' bare byline."""
    return _name_spans(text) is not None


@lru_cache(maxsize=1)
def _writer_role() -> Pattern:
    """A separator and then a writer's role (`meta.json` `writer_roles`)."""
    roles = "|".join(load_json("meta.json")["writer_roles"])
    return compile_pattern(rf"(?<![ \t])(?:[ \t]*[,|–—\-][ \t]*|[ \t]+)(?i:{roles})\b",
                           VERSION1)


def writer_name_end(text: str) -> int | None:
    """Where the name ends on a line that is one person's name and then the writer's role
    (`Marta Lewandowska Dziennikarka Gazety Nadwiślańskiej`: an author box's byline), else
    None."""
    if len(text) > HEADLINE_MAX_CHARS:
        return None
    m = _writer_role().search(text, 0, min(len(text), NAME_LINE_MAX_CHARS + 3))
    return m.start() if m is not None and is_person_name_line(text[:m.start()]) else None


def person_names(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each name in `text[start:end]` when it is co-authors' names
    (`Piotr Zając i Anna Lis`), else the range whole."""
    spans = _name_spans(text[start:end])
    return [(start, end)] if spans is None else [(start + a, start + b) for a, b in spans]


@lru_cache(maxsize=1)
def _team_byline() -> Pattern:
    """The `team_bylines` of `meta.json`, one full-line pattern."""
    return compile_pattern(alternation(load_json("meta.json")["team_bylines"]), ICASE)


def is_team_byline(text: str) -> bool:
    """A line that names the newsroom as the author (`Redakcja`): a byline with no person."""
    return len(text) <= NAME_LINE_MAX_CHARS and _team_byline().fullmatch(text) is not None


# what separates a breadcrumb trail's parts (`Strona główna › Kraj`)
TRAIL_SEPARATORS = frozenset({">", "›", "»", "/", "\\"})
_BREADCRUMB_SEP = compile_pattern(
    r"\s(?:" + "|".join(escape(sep) for sep in sorted(TRAIL_SEPARATORS)) + r")\s", 0)


@lru_cache(maxsize=1)
def clock_words() -> str:
    """The clock words (`godz.`, `godzinie`, ...) of `data/dates/lexicon.json`, the one list
    the date patterns also read, as a regex alternation."""
    return word_alternation(load_json("dates/lexicon.json")["clock_words"])


CLOCK_HEAD_CHARS = 25  # a clock time this near a digit-first line's start: a date line
_CLOCK = compile_pattern(r"(?<![\d:.])\d{1,2}:\d{2}(?![\d:])")


def opens_with_time(text: str) -> bool:
    """A digit first and a clock time among the first characters (`3 sty 12 13:48 , GK |
    PAP`, `03.01.2012 06:05 TAGI`): a date row, never a headline (`Mecz o 20:45` is one)."""
    return text[:1].isdigit() and _CLOCK.search(text[:CLOCK_HEAD_CHARS]) is not None


@lru_cache(maxsize=1)
def date_labels() -> str:
    """The publication and update labels (`Publikacja:`, `ostatnia aktualizacja`) of
    `data/dates/lexicon.json`, which the date roles also read, as a regex alternation."""
    data = load_json("dates/lexicon.json")
    return word_alternation(data["published_labels"] + data["update_labels"])


@lru_cache(maxsize=1)
def _menu_items() -> tuple[Pattern, Pattern]:
    """The navigation lines of `chrome.json`, and those of them that name a section."""
    data = load_json("chrome.json")
    items = [pattern_text(p) for p in data["line"]["navigation"] if not _floating(p)]
    return (compile_pattern(alternation(items), ICASE),
            compile_pattern(alternation(data["section_labels"]), ICASE))


def is_site_function(text: str) -> bool:
    """A menu item that names a function or a fixed page of the site (`Przejdź do treści`,
    `Kontakt`), not one of its sections (`Wiadomości`)."""
    if len(text) > MAX_SHAPE_LEN:
        return False
    items, sections = _menu_items()
    return items.fullmatch(text) is not None and sections.fullmatch(text) is None


@lru_cache(maxsize=1)
def breadcrumb_label() -> Pattern:
    """`Jesteś tutaj:` and the other labels that may open a trail (`chrome.json`)."""
    labels = word_alternation(load_json("chrome.json")["breadcrumb_labels"])
    return compile_pattern(rf"^(?:{labels})\s*:\s*", ICASE)


def breadcrumb_parts(text: str) -> list[tuple[int, int]]:
    """Offsets (within the line) of the parts of a breadcrumb trail, or [] if not one."""
    if len(text) > MAX_SHAPE_LEN or not _BREADCRUMB_SEP.search(text):
        return []
    body_start = 0
    label = breadcrumb_label().search(text)
    if label is not None:
        body_start = label.end()
    parts: list[tuple[int, int]] = []
    pos = body_start
    for sep in _BREADCRUMB_SEP.finditer(text, body_start):
        parts.append((pos, sep.start()))
        pos = sep.end()
    parts.append((pos, len(text)))
    return [(s, e) for s, e in parts if e > s]


_MENU_SEP = compile_pattern(r"\s*\|\s*|\s{3,}|\t+", 0)


def is_menu(text: str) -> bool:
    """A row of short links: `A | B | C` or words separated by wide gaps."""
    if len(text) > MAX_SHAPE_LEN:
        return False
    cells = [c for c in _MENU_SEP.split(text) if c.strip()]
    return len(cells) >= MENU_MIN_CELLS and all(word_count(c) <= MENU_CELL_MAX_WORDS
                                                for c in cells)
