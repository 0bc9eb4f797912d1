"""Enumerations without list markers, the Polish way: under a line that ends with a colon,
items that end with a comma or a semicolon, the last with a full stop (lower-case, unless
an item opens with a number or a name or is a labelled value: `Bank Wielkopolski: +4,1
proc.,`).

    Zmiany w komunikacji miejskiej:
    linia 12 wraca na stałą trasę,
    linia 25 kursuje co 20 minut,
    nowy przystanek przy ul. Jagiellońskiej.

The rules and the layout model read such lines as paragraphs (a scraper's hard wrap joins
them); this pass, after the layout is settled, makes them one list.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsnlp.layout import linetypes as lt
from newsnlp.layout.blocks import Block
from newsnlp.resources import compile_pattern
from newsnlp.text.lines import Line
from newsnlp.text.sentences import sentence_count

__all__ = ["mark_enumerations", "programme_row"]

# A list of whole sentences or bare phrases: at least this many lines (two sentences in a
# row are a paragraph the scraper split).
SENTENCE_ITEMS_MIN = 3
# An item of an enumeration is a phrase, not a paragraph.
ITEM_MAX_CHARS = 200
# A bare name as an item: a village's, a street's or a body's name of a few words.
NAME_ITEM_MAX_WORDS = 3
_PROGRAMME_ROW = compile_pattern(
    r"[ \t]*(?:[-–—•*·][ \t]*)?(?:\p{L}{3,12},?[ \t]+)?(?:\d{1,2}(?:\.\d{1,2}\.?|[ \t]+\p{L}{3,12})"
    r",?[ \t]+)?(?:godz\.[ \t]*)?\d{1,2}[:.]\d{2}(?:[ \t]*[-–][ \t]*\d{1,2}[:.]\d{2})?"
    r"[ \t]+[-–—][ \t]")
# a bare item may end with the bracket or quote it closes (`skierowanie (także e-skierowanie)`)
_CLOSING_BRACKETS = frozenset(')]"”»\'')


def _item_end(text: str) -> str | None:
    """`,` or `;` for a phrase that continues an enumeration, `.` for one that ends it, ``
    for a phrase with no closing mark (a browser's text of a list: `kurs poranny odjedzie o
    6:55`, `OSP Krośniewice`), else None. An item opens lower-case, with a number, with a
    name (two capitalised words: `Karolinę Sęk,`, `Polska Sieć Gazowa: +3,1 proc.`) or is a
    labelled value; a line that opens as a sentence does (`To nie jest łatwe,`) is none."""
    text = text.rstrip()
    first = text[:1]
    if (not (first.islower() or first.isdigit() or _opens_with_a_name(text) or ": " in text)
            or len(text) > ITEM_MAX_CHARS):
        return None
    if text[-1:] in (",", ";", "."):
        return text[-1]
    bare = text[-1:].isalnum() or text[-1:] in _CLOSING_BRACKETS
    return "" if bare and sentence_count(text) == 0 else None


def _bare_name(text: str) -> bool:
    """A name alone, capitalised words with no mark nor digit (`Rosochów`, `Nowe Kozłowice`,
    `Guzów-Wybudowanie`): a list of places or bodies opened by such an item holds them bare."""
    words = text.split()
    return (0 < len(words) <= NAME_ITEM_MAX_WORDS and all(w[:1].isupper() for w in words)
            and text[-1:].isalpha() and not any(ch.isdigit() for ch in text))


def _opens_with_a_name(text: str) -> bool:
    """The first two words are capitalised, as every word of a person's or most bodies'
    names is in Polish, and a sentence's second word is not."""
    words = text.split(maxsplit=2)
    return len(words) >= 2 and words[0][:1].isupper() and words[1][:1].isupper()


def mark_enumerations(blocks: Sequence[Block]) -> list[Block]:
    """`blocks` with the paragraphs right under a colon line that hold enumeration items
    only (two or more, up to the first that ends with a full stop; three or more with no
    closing mark) as one list, and so the rows of a programme (two or more)."""
    out: list[Block] = []
    next_id = max((b.list_id for b in blocks), default=-1) + 1
    k = 0
    while k < len(blocks):
        rows = _programme_rows(blocks, k)
        if len([line for b in rows for line in b.lines]) >= 2:  # a programme: a list
            out.extend(Block("list_item", (line,), list_id=next_id, value=(line.start, line.end))
                       for b in rows for line in b.lines)
            next_id += 1
            k += len(rows)
            continue
        block = blocks[k]
        out.append(block)
        k += 1
        if block.kind in ("paragraph", "lead") and block.lines[-1].text.rstrip().endswith(":"):
            run = _items_under(blocks, k) or _sentences_under(blocks, k)
            items = [line for b in run for line in b.lines]
            if len(items) >= 2:
                out.extend(Block("list_item", (line,), list_id=next_id,
                                 value=(line.start, line.end)) for line in items)
                next_id += 1
                k += len(run)
                if _heads_text_under(blocks, k, items):
                    line = blocks[k].lines[0]
                    out.append(Block("heading", (line,), value=(line.start, line.end)))
                    k += 1
    return out


def _heads_text_under(blocks: Sequence[Block], k: int, items: Sequence[Line]) -> bool:
    """Block k, right under a list of bare items (no closing mark, so no full stop ends the
    list), is a one-line headline over running text: the next section's heading, not more
    of the list nor a paragraph (`Terminy` / `Wnioski można składać …`)."""
    if k + 1 >= len(blocks) or _item_end(items[-1].text) != "":
        return False
    block, under = blocks[k], blocks[k + 1]
    return (block.kind == "paragraph" and len(block.lines) == 1
            and block.lines[0].index - items[-1].index == 1
            and lt.is_headline(block.lines[0].text) and not lt.is_prose(block.lines[0].text)
            and under.kind == "paragraph" and lt.is_prose(under.lines[0].text))


def programme_row(text: str) -> bool:
    """A programme's row: perhaps a word (a weekday) and a day, then a clock time (or hours),
    a dash and the event's name (`piątek, 20 czerwca, godz. 18.00 – koncert otwarcia`, `12.00–18.00
    – jarmark`); a live report's entry after its time is a sentence."""
    return _PROGRAMME_ROW.match(text) is not None and sentence_count(text) == 0


def _programme_rows(blocks: Sequence[Block], k: int) -> list[Block]:
    """The paragraphs from `k` on whose every line is a programme's row, each on the line
    after the one before or past one blank line."""
    j = k
    while j < len(blocks) and blocks[j].kind == "paragraph" and all(
            programme_row(line.text) for line in blocks[j].lines) and (
            j == k or blocks[j].lines[0].index - blocks[j - 1].lines[-1].index <= 2):
        j += 1
    return list(blocks[k:j])


def _items_under(blocks: Sequence[Block], k: int) -> list[Block]:
    """The paragraphs from `k` on, each on the line after the one before, whose lines are
    all enumeration items, up to the first item that ends with a full stop, or all bare
    items (no closing mark), three or more. A blank line may part the colon line from the
    first item (a browser's text sets a list apart)."""
    run: list[Block] = []
    marks: set[str] = set()  # the closing marks of the items so far
    last = blocks[k - 1].lines[-1].index
    names = k < len(blocks) and _bare_name(blocks[k].lines[0].text)
    while k < len(blocks) and blocks[k].kind == "paragraph" and (
            blocks[k].lines[0].index - last <= (1 if run else 2)):
        ends = ["" if names and _bare_name(line.text) else _item_end(line.text)
                for line in blocks[k].lines]
        if None in ends or "." in ends[:-1]:
            break
        marks.update(e for e in ends if e is not None)
        if "" in marks and len(marks) > 1:
            break  # items all bare or all punctuated: a bare line among punctuated ones
            # is a hard-wrapped sentence, and a bare list ends with no full stop
        run.append(blocks[k])
        last = blocks[k].lines[-1].index
        k += 1
        if ends[-1] == ".":
            break
    if "" in marks and sum(len(b.lines) for b in run) < SENTENCE_ITEMS_MIN:
        return []  # two bare lines may be a sentence the scraper split
    return run


def _sentences_under(blocks: Sequence[Block], k: int) -> list[Block]:
    """One-sentence or unpunctuated paragraphs from `k` on, one a line with no blank line
    between them (at least SENTENCE_ITEMS_MIN, the first perhaps after a blank), on a page
    that parts its paragraphs with blank lines (the colon line stands after one) and ends
    the run with one: a list whose items are sentences (`Pamiętajmy:` / `Policja nigdy nie
    prosi o ….` / …) or phrases (`Wśród nich są m.in.:` / `maszyna do szycia` / …), which
    a browser's text shows without markers."""
    colon = blocks[k - 1]
    before = blocks[k - 2].lines[-1].index if k >= 2 else -1
    if colon.lines[0].index - before < 2:
        return []
    run: list[Block] = []
    last = colon.lines[-1].index
    while (k < len(blocks) and blocks[k].kind == "paragraph"
           and blocks[k].lines[0].index - last <= (1 if run else 2)
           and all(_one_sentence(line.text) for line in blocks[k].lines)):
        run.append(blocks[k])  # a scraper's hard wrap may have joined items: each line one
        last = blocks[k].lines[-1].index
        k += 1
    closed = k >= len(blocks) or blocks[k].lines[0].index - last >= 2
    items = sum(len(b.lines) for b in run)
    return run if items >= SENTENCE_ITEMS_MIN and closed else []


def _one_sentence(text: str) -> bool:
    """A list item as a browser's text shows it: a capitalised line of one sentence closed
    by a full stop, or a phrase with no closing mark (`maszyna do szycia`)."""
    text = text.rstrip()
    if len(text) > ITEM_MAX_CHARS:
        return False
    if text[-1:] not in ".,;:!?…":
        return sentence_count(text) == 0
    return text[:1].isupper() and text.endswith(".") and sentence_count(text) == 1
