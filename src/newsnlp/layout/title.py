"""The title ranker: which line of a page is its headline, one choice per page.

The CRF (`model`) labels lines one by one, and its P(title) is badly calibrated across
portals: on a page of an unseen template no line may reach a fixed bar, or a date line may
pass it. The ranker scores every headline-sized line with a logistic regression over the
same shape and position features (`features.line_features`: never the words) and keeps the
best, so every page gets the line most like a headline. Weights are trained by
`python -m training.layout.train_title` on real pages of many portals and the repo's own
pages, and ship as `data/models/layout/title.json`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import cache
from itertools import repeat

from newsnlp.layout import linetypes as lt
from newsnlp.layout.features import prose_text
from newsnlp.resources import ICASE, Pattern, alternation, compile_pattern, load_json

WEIGHTS_FILE = "models/layout/title.json"
# a candidate has fewer than 25 words (`features` bucket 5 of the word count: a headline)
MAX_WORDS_BUCKET = 5
# a line of prose this long is no headline: the longest of the real and dev pages' 140
# headlines has 90 characters (one with its `WIDEO+SONDA` tag, 103)
PROSE_TITLE_MIN_CHARS = 120
BREADCRUMB_MIN_PARTS = 3  # a trail of this many parts is navigation, never a headline
GLUED_MIN_JOINS = 2  # link texts run together: a lower-case letter right before a capital
_GLUED = compile_pattern(r"\p{Ll}(?=\p{Lu})")
# the arrow glyphs a trail puts between its parts (a headline may hold ` / ` or ` > `)
_TRAIL_ARROW = compile_pattern(r"\s[›»]\s")
COPY_ABOVE_TEXT = 2  # lines between a headline's second copy and the article's prose
# a headline its breadcrumb trail ends has at least this many words (a menu wrapped over two
# lines ends the first with the second's first items, `… KOMUNIKATY MASZYNY, POJAZDY`)
ECHO_MIN_WORDS = 3


def ranker_rows(rows: Sequence[Sequence[str]], texts: Sequence[str]) -> list[list[str]]:
    """The CRF's feature rows with the ranker's own feature: `copy_above_text`, a line whose
    text the page shows twice, one copy within `COPY_ABOVE_TEXT` lines above running prose
    (a portal repeats its headline over the article; a section label beside it is repeated
    in the menu, not there). The CRF never reads it, so the line roles stay as they are."""
    seen: dict[str, list[int]] = {}
    for i, t in enumerate(texts):
        seen.setdefault(t, []).append(i)
    above = {t for t, at in seen.items() if len(at) > 1 and any(
        prose_text(texts[j + k]) for j in at for k in range(1, COPY_ABOVE_TEXT + 1)
        if j + k < len(texts))}
    return [[*row, "copy_above_text"] if t in above else list(row)
            for row, t in zip(rows, texts, strict=True)]


def trail_named(texts: Sequence[str], dated: Callable[[int], bool]) -> int | None:
    """Index of the headline a breadcrumb trail names over its date line, None without one.

    The trail's last part names the page itself (schema.org `BreadcrumbList`, the WAI-ARIA
    breadcrumb pattern), so a line of `ECHO_MIN_WORDS` words or more that ends the line of
    text above it after a space, right over a line that `dated` admits, is the headline,
    even with the trail's separators lost with the HTML (`Głos Wielkopolski Wiadomości
    <headline>`). Blank lines are passed over."""
    shown = [i for i, text in enumerate(texts) if text]
    for above, i, below in zip(shown, shown[1:], shown[2:], strict=False):
        text = texts[i]
        if (dated(below) and len(text.split(None, ECHO_MIN_WORDS - 1)) >= ECHO_MIN_WORDS
                and texts[above].endswith(" " + text) and eligible(text)):
            return i
    return None


def is_candidate(row: Sequence[str]) -> bool:
    """A line that may be a headline: its word-count bucket is at most `MAX_WORDS_BUCKET`."""
    bucket = next((f[6:] for f in row if f.startswith("words=")), None)
    return bucket is not None and int(bucket) <= MAX_WORDS_BUCKET


class TitleRanker:
    """Linear scores over feature strings; the best-scoring candidate line is the title."""

    def __init__(self, weights: Mapping[str, float], intercept: float) -> None:
        self.weights = weights
        self.intercept = intercept

    def score(self, row: Sequence[str]) -> float:
        return self.intercept + sum(map(self.weights.get, row, repeat(0.0)))  # C-level: hot

    def best(self, rows: Sequence[Sequence[str]],
             allowed: Callable[[int], bool] = lambda i: True) -> int | None:
        """Index of the best candidate row that `allowed` admits (first on a tie), None
        without one."""
        scored = sorted(((self.score(row), -i) for i, row in enumerate(rows)
                         if is_candidate(row)), reverse=True)
        # best first, so `allowed` reads only the few lines before the first it admits
        return next((-j for _, j in scored if allowed(-j)), None)


def eligible(text: str) -> bool:
    """A line that can be a headline at all: not a breadcrumb trail (three parts or more:
    `Strona główna » Zdrowie » Odżywianie`; any opened by its label, `Jesteś tutaj: …`; two
    parts joined by an arrow glyph, `Wiadomości › Kraj`; or link texts run together without
    spaces: `Money.plGospodarkaWiadomości`; one such join is a name, `PiS`), not a menu row
    (`Kraków | Małopolska | Polska | Świat`) and not a date line (a digit first and a clock
    time among the first characters: `3 sty 12 13:48 , GK | PAP`), not a labelled metadata line
    (`Data publikacji: 29.01.2026`), not a skip link (`Przejdź do głównej treści`), not a
    byline of bare names (`Marta Olszewska-Bąk`), not a row of labelled cells (`Wschód
    słońca: 06:02 | Zachód słońca: 17:28`),
    and not a line that is chrome whatever it reads like (`linetypes.is_strong_chrome`: a
    copyright line, a cookie note, a search box's prompt `Szukaj w serwisie. Ponad 2 800
    artykułów`)."""
    return (len(lt.breadcrumb_parts(text)) < BREADCRUMB_MIN_PARTS
            and lt.breadcrumb_label().search(text) is None
            and not lt.is_strong_chrome(text)
            and not lt.is_person_names_line(text)
            and not _labelled(text)
            and _TRAIL_ARROW.search(text) is None
            and len(_GLUED.findall(text)) < GLUED_MIN_JOINS
            and not lt.is_menu(text)
            and not is_skip_link(text)
            and not lt.opens_with_time(text)
            and not _labelled_cells(text))


def head_trail(texts: Sequence[str]) -> int:
    """Index of the last breadcrumb trail (three parts or more, or opened by its label:
    `Jesteś w: Strona główna » Ogłoszenia » Komunikaty`) above the page's first line of
    running prose, -1 without one. The headline stands below it: the trail heads the
    article on every real, dev and check page that has one above its text, and the lines
    above it are the site's menus."""
    first = next((i for i, text in enumerate(texts) if prose_text(text)), len(texts))
    return max((i for i in range(first) if _is_trail(texts[i])), default=-1)


def _is_trail(text: str) -> bool:
    parts = lt.breadcrumb_parts(text)
    return len(parts) >= BREADCRUMB_MIN_PARTS or (
        bool(parts) and lt.breadcrumb_label().search(text) is not None)


def _labelled_cells(text: str) -> bool:
    """A row of two or more labelled cells (`Wschód słońca: 06:02 | Zachód słońca: 17:28`,
    `Temperatura: 6°C | Wiatr: 12 km/h`): a widget's or a record's data, no headline."""
    cells = text.split(" | ")
    return len(cells) >= 2 and all(":" in cell for cell in cells)


@cache
def _skip_link() -> Pattern:
    return compile_pattern(alternation(load_json("chrome.json")["skip_links"]), ICASE)


def is_skip_link(text: str) -> bool:
    """A skip link (`Przejdź do głównej treści`): the page's, never the article's."""
    return len(text) <= lt.MAX_SHAPE_LEN and _skip_link().fullmatch(text.strip()) is not None


def _labelled(text: str) -> bool:
    """A metadata line written with its label and a colon (`Data publikacji: czw.,
    29.01.2026`, `Autor: Jan Nowak`): a label names what follows, a headline has none."""
    found = lt.meta_match(text)
    return found is not None and ":" in text[:found.value_start]


def trusted(text: str) -> bool:
    """Whether the ranker's best line may replace the rules' title: only a line shaped like
    a Polish headline (`linetypes.is_headline`: no closing full stop, colon or comma) and
    not a long line of running prose (`too_long_prose`). When
    the best-scoring line is a sentence or a label row, the ranker is unsure and the rules'
    title (or none: a text of sentences has no title) stands."""
    return (lt.is_headline(text) or _closed_by_a_year(text)) and not too_long_prose(text)


def _closed_by_a_year(text: str) -> bool:
    """A headline whose last word is a year's abbreviation (`… w 2026 r.`): its full stop
    is the abbreviation's, and the ranker's choice of it is no sentence (in the body such a
    line is a sentence's end, so the segmenter's headings do not take it)."""
    return (text.endswith("r.") and text[:-2].rstrip()[-4:].isdigit()
            and lt.is_headline(text[:-1]))


def too_long_prose(text: str) -> bool:
    """A line of running prose longer than any headline (`PROSE_TITLE_MIN_CHARS`): a
    standfirst or a first paragraph written without its full stop, never a title."""
    return len(text) >= PROSE_TITLE_MIN_CHARS and prose_text(text)


@cache
def shipped_ranker() -> TitleRanker:
    """The ranker that ships with the package, loaded once per process."""
    data = load_json(WEIGHTS_FILE)
    return TitleRanker(data["weights"], float(data["intercept"]))
