"""Lines that are the site's and not the article's by their shape alone, whatever the layout
model reads: rows of keywords, prompts to log in or pay, teasers cut by a template, the
footer's link to the site's editors.

Each shape was counted on every line of the 119 real pages against their hand-cleaned
article text (docs/quality.md, session 12): none of it has these shapes.
"""

from __future__ import annotations

from functools import cache

from newsnlp.layout.linetypes import meta_match, word_count
from newsnlp.resources import ICASE, Pattern, alternation, compile_pattern, escape, load_json

# a keyword row: this many comma-separated phrases at least, each this many words at most
MIN_KEYWORDS, MAX_KEYWORD_WORDS = 4, 4
# A template cuts a teaser to a line or two; a longer paragraph that ends in a spaced
# ellipsis is a writer's (the teasers on the 119 real pages have at most 82 characters).
MAX_TEASER_CHARS = 300
# a field label is a word or two (`Kategoria`, `Data publikacji`)
BARE_LABEL_MAX_WORDS = 2
# values of the metadata kinds (a name, a date) to try a label with
_LABEL_PROBES = ("Jan Kowalski", "12.03.2026")
_SPACED_ELLIPSIS = compile_pattern(r"(?<=\S)[ \t\u00a0]+(?:\.\.\.|…)[ \t]*$")


def is_keyword_row(text: str) -> bool:
    """Four or more comma-separated phrases of at most four words, not closed as a sentence
    or a label (`alergia, astma, leki refundowane, NFZ`): tags, searched phrases, classified
    ads. No sentence of prose is a bare list like that (60 such lines of 14 sites)."""
    text = text.strip()
    if not text or text[-1] in ".!?:;":
        return False
    parts = text.split(",")
    return len(parts) >= MIN_KEYWORDS and all(
        0 < len(p.split()) <= MAX_KEYWORD_WORDS for p in parts)


@cache
def _prompt_patterns() -> tuple[Pattern, Pattern, int, int]:
    """The verbs and the gated objects of `data/layout/account_prompts.json`, how short a
    line with a verb alone must be, and how long a prompt can be."""
    data = load_json("layout/account_prompts.json")
    verbs, objects = (compile_pattern(r"\b(?:" + "|".join(
        escape(w).replace(r"\ ", r"\s+") for w in data[key]) + ")" + end, ICASE)
        for key, end in (("verbs", r"\b"), ("objects", "")))
    return verbs, objects, int(data["short_chars"]), int(data["max_chars"])


def is_account_prompt(text: str) -> bool:
    """A short line that asks the reader to log in, register or buy access (imperative,
    infinitive) and is an item, no sentence (a menu's `Załóż konto`), or names what the
    site gates (comments, content, access: `Musisz się zalogować, by dodać komentarz`; 125
    such lines of 16 sites). A report (`zarejestrowano`, `zalogował się`) is no prompt, nor
    a paragraph longer than any prompt."""
    verbs, objects, short, longest = _prompt_patterns()
    text = text.strip()
    return len(text) <= longest and verbs.search(text) is not None and (
        (len(text) <= short and not text.endswith((".", "!", "?")))
        or objects.search(text) is not None)


@cache
def _site_editor_link() -> Pattern:
    return compile_pattern(alternation(load_json("meta.json")["site_editor_links"]), ICASE)


def is_site_editor_link(text: str) -> bool:
    """A footer's link to the site's editors (`Redakcja serwisu`, `Redakcja portalu`; three
    of the real pages' sites): it reads as a newsroom byline, but names the website."""
    return _site_editor_link().fullmatch(text.strip()) is not None


def cut_by_a_template(text: str) -> bool:
    """The line ends in a spaced ellipsis (`Prawdopodobny zabójca pięciu polskich ...`): a
    template cut it at a word. A writer's ellipsis follows the word with no space (Polish
    typography: `Czas pokaże...`). A paragraph longer than a teaser is the writer's."""
    return len(text) <= MAX_TEASER_CHARS and _SPACED_ELLIPSIS.search(text) is not None


def is_bare_label(text: str) -> bool:
    """A metadata label alone on its line, its value on the next (`Kategoria`, `Autor:`,
    `Wideo`): a CMS prints a field's label in an element of its own (Drupal's
    `field__label`, WordPress's meta rows). On the real pages: 151 such lines on 13 sites,
    none of them article text."""
    core = text.strip().removesuffix(":").rstrip()
    if not core or word_count(core) > BARE_LABEL_MAX_WORDS or meta_match(core) is not None:
        return False
    return any(_labels(core, probe) for probe in _LABEL_PROBES)


def _labels(core: str, value: str) -> bool:
    """`core: value` is a metadata line whose whole label is `core` (not a caption before a
    credit's label: `Szkoła Foto`)."""
    found = meta_match(f"{core}: {value}")
    return found is not None and found.caption is None and found.value_start == len(core) + 2
