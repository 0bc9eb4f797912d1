"""Whether the rules' category can name the page's section, read once the title is chosen.

The rules take a short line above their own title as the category (`segment`). The model may
choose another title, and on templates the rules never saw the line above is often no
section at all: the author's name, a label that opens a box (`Ważne:`), a view count, a
photo credit, a share or tags row. A section's name is a short noun phrase that stands
above the headline; the lines below are not.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsnlp.extract.dates.lexicon import lexicon
from newsnlp.layout import linetypes as lt
from newsnlp.layout.blocks import LOOSE_CHROME, Block
from newsnlp.layout.dateline import row_cells
from newsnlp.layout.signoff import is_signoff
from newsnlp.morph import morfeusz as morphology
from newsnlp.text.lines import Line, text_key

# a category is a short label line (right above the title, or over the dateline above it)
CATEGORY_MAX_CHARS = 40
CATEGORY_MAX_WORDS = 4
# the chrome a label above the title may have been read as (a link: navigation; loose)
_LABEL_HOLDERS = LOOSE_CHROME | {"navigation"}


def names_a_section(text: str, title: str | None, placed: bool) -> bool:
    """A category value that may name the page's section: where a section stands (`placed`:
    above the title, for a bare line) and not the title's text,
    opened by a capital (a menu's label; a lower-case line is a keyword row or a link),
    with a word of two letters or more, not ending as a sentence or a label does (`?`, `!`,
    `.`, `:`), no menu item that names a function of the site (`Przejdź do treści`,
    `Kontakt`; `Wiadomości` names a section), not opened by a verb in the imperative
    (`Wyślij`) and no bare person's name (a byline). The rules already keep ads, cookie notes
    and widgets out."""
    words = text.split()
    return (placed and (title is None or text.casefold() != title.casefold())
            and text[:1].isupper() and any(sum(map(str.isalpha, w)) >= 2 for w in words)
            and not text.rstrip().endswith((":", "?", "!", "."))
            and not lt.is_site_function(text)
            and not _imperative(words[0]) and not lt.is_person_name_line(text))


def _imperative(word: str) -> bool:
    """Every Morfeusz reading of the word is a verb in the imperative (`Zaloguj`; `Kraj`
    is a noun too)."""
    tags = {a.tag.split(":", 1)[0] for a in morphology.analyse(word)}
    return tags == {"impt"}


def _uncategorised_title(blocks: Sequence[Block]) -> int | None:
    """The title's index on a page that has no category yet (the readers below fill one in
    turn), else None."""
    if any(b.kind == "category" for b in blocks):
        return None
    return next((k for k, b in enumerate(blocks) if b.kind == "title"), None)


def trail_category(blocks: Sequence[Block]) -> list[Block]:
    """`blocks` with a category from a breadcrumb trail shown one part a line, each separator
    on a line of its own (`Start` / `/` / `Aktualności` / `/` / `Zapowiedzi`) or at the end of
    its part (`Start /` / `Aktualności /` / `Zapowiedzi`), when the page
    has none: above the title, the part after the trail's last separator line, or, when that
    part is the headline itself (long, as trails end with the page's own title), the part
    before it; where it names a section. Read after the layout model, so the model's
    features stay the rules' reading it was trained on."""
    out = list(blocks)
    title = _uncategorised_title(out)
    if title is None:
        return out
    lines = [ln for b in out[:title] for ln in b.lines]
    title_text = out[title].lines[0].text
    for i in range(len(lines) - 2, -1, -1):
        part, before = lines[i + 1], _trail_part_before(lines, i)
        if before is None or part.index != lines[i].index + 1:
            continue
        chosen = next((ln for ln in (part, before)
                       if names_section_above(unglued(ln.text), title_text)), None)
        k = next((k for k, b in enumerate(out) if chosen in b.lines), None)
        if chosen is None or k is None or out[k].kind != "chrome" or len(out[k].lines) != 1:
            return out
        out[k] = Block("category", (chosen,),
                       value=(chosen.start, chosen.start + len(unglued(chosen.text))))
        return out
    return out


def line_trail_category(blocks: Sequence[Block]) -> list[Block]:
    """`blocks` with a category, when the page has none, from the breadcrumb trail on one
    line nearest above the final title (`Recenzje › Proza polska`): its last part that is not
    the headline, where it names a section, as the segmenter reads a trail above its own
    title (a title the rules did not find has no category read against it)."""
    out = list(blocks)
    title = _uncategorised_title(out)
    if title is None:
        return out
    title_text = out[title].lines[0].text
    for k in range(title - 1, -1, -1):
        block = out[k]
        if block.kind != "chrome" or block.chrome != "navigation" or len(block.lines) != 1:
            continue
        line = block.lines[0]
        part = trail_section(line.text, title_text)
        if part is None:
            continue
        s, e = part
        if names_section_above(line.text[s:e], title_text):  # the trail stays boilerplate
            out.insert(k, Block("category", (line,), value=(line.start + s, line.start + e)))
        return out
    return out


def trail_section(text: str, title: str) -> tuple[int, int] | None:
    """The offsets of a breadcrumb trail's last part that is not the headline `title` nor its
    shortened form, when the line is a trail of two such parts or more, else None."""
    names = [(s, e) for s, e in lt.breadcrumb_parts(text) if not shortened_title(text[s:e], title)]
    return names[-1] if len(names) >= 2 else None


def _trail_part_before(lines: Sequence[Line], i: int) -> Line | None:
    """The trail's part before a separator at line `i`: the line above a separator on a line
    of its own, or line `i` itself when it ends with the separator and so does the line
    above it (`Nadleśnictwo Sosnowy Dwór/` / `Nasze nadleśnictwo/`: one link `Więcej »` is
    no trail)."""
    before = lines[i - 1] if i > 0 and lines[i - 1].index == lines[i].index - 1 else None
    if lines[i].text in lt.TRAIL_SEPARATORS:
        return before if before is not None and before.text not in lt.TRAIL_SEPARATORS else None
    glued = [ln for ln in (before, lines[i]) if ln is not None and unglued(ln.text) != ln.text]
    return lines[i] if len(glued) == 2 else None


# a trail's last part with this many words, all of them the headline's in its order, is the
# headline shortened (`Pożar hali na Psim Polu` of `Pożar hali magazynowej na Psim Polu. …`)
SHORTENED_TITLE_MIN_WORDS = 3


def shortened_title(part: str, title: str) -> bool:
    """A trail's part that is the headline or its shortened form: its start, or its words
    (at least `SHORTENED_TITLE_MIN_WORDS`) found in the headline in order."""
    part, title = part.strip().casefold(), title.casefold()
    if title.startswith(part):
        return True
    words = part.split()
    if len(words) < SHORTENED_TITLE_MIN_WORDS:
        return False
    rest = iter(title.replace(".", " ").replace(",", " ").split())
    return all(any(w == t for t in rest) for w in words)


def unglued(text: str) -> str:
    """A trail part's text without the separator glued to its end (`Aktualności /`)."""
    bare = text.rstrip()
    return bare[:-1].rstrip() if len(bare) > 1 and bare[-1] in lt.TRAIL_SEPARATORS else text


# a section's label is short (`Piłka nożna`, `Fundusze Europejskie`), a headline is not
SECTION_MAX_WORDS = 4


def names_section_above(text: str, title: str) -> bool:
    """A short line that names a section above the headline `title`."""
    return (lt.word_count(text) <= SECTION_MAX_WORDS
            and names_a_section(text, title, placed=True))


def label_shaped(text: str) -> bool:
    """A line shaped as a section's label: short, no menu row nor breadcrumb trail."""
    return (len(text) <= CATEGORY_MAX_CHARS and lt.word_count(text) <= CATEGORY_MAX_WORDS
            and not lt.is_menu(text) and not lt.breadcrumb_parts(text)
            and not text.startswith((">", "›", "»")))


def label_above_title(blocks: Sequence[Block]) -> list[Block]:
    """`blocks` with a category, when the page has none, from a label right above the final
    title or over the dateline right above it (`Studenci` / `30.03.2026` / headline): the
    section's name, as the segmenter reads a label above its own title, where it names a
    section; not the last item of a menu or a tag list (chrome right above it, no blank
    between, but an ad's label or a widget: `REKLAMA` / `Kraj` / headline, `Wschód słońca:
    06:02` / `DOPŁATY` / date / headline)."""
    out = list(blocks)
    title = _uncategorised_title(out)
    if title is None:
        return out
    k = title - 1 if title > 0 and out[title - 1].kind != "published" else title - 2
    if k < 0 or out[k].kind != "chrome" or out[k].chrome not in _LABEL_HOLDERS or len(
            out[k].lines) != 1:
        return out
    line = out[k].lines[0]
    above = out[k - 1] if k > 0 else None
    if above is not None and above.kind == "chrome" and above.chrome not in ("ad", "widget") and (
            above.lines[-1].index == line.index - 1):
        return out
    if label_shaped(line.text) and names_a_section(line.text, out[title].lines[0].text, True):
        out[k] = Block("category", (line,), value=(line.start, line.end))
    return out


def row_category(blocks: Sequence[Block]) -> list[Block]:
    """`blocks` with a category, when the page has none, from the first cell of the head's
    date row (`Sport | 14.03.2026, 21:40`, `Klub / 2026-03-27 18:40 / przez Jan Lis`,
    `Mazury · 12 marca 2026 · 6 min czytania`): a section's name before the date, not a
    weekday (the date's own word), nor the author's name."""
    out = list(blocks)
    title = _uncategorised_title(out)
    if title is None:
        return out
    k = next((k for k in (title + 1, title - 1) if 0 <= k < len(out)
              and out[k].kind == "published"), None)
    if k is None:
        return out
    line = out[k].lines[0]
    cells = row_cells(line.text)
    start, end = cells[0]
    cell = line.text[start:end]
    if (len(cells) < 2 or not label_shaped(cell) or any(ch.isdigit() for ch in cell)
            or _names_no_section(cell)
            or not names_a_section(cell, out[title].lines[0].text, placed=True)):
        return out
    out.insert(k, Block("category", (line,), value=(line.start + start, line.start + end)))
    return out


def _names_no_section(cell: str) -> bool:
    """A row's cell that is the date's own word (`Czwartek`, `Dziś`), an update's label
    (`Aktualizacja`), the newsroom or an agency (`Redakcja`, `PAP`): no section's name."""
    key = cell.strip().casefold()
    lex = lexicon()
    return (key in lex.weekdays or key in lex.relative_days or key in lex.update_labels
            or lt.is_team_byline(cell) or is_signoff(cell))


def set_aside_echoes(blocks: Sequence[Block]) -> list[Block]:
    """`blocks` with the category's label shown again in the article's head (`Nauka` under
    the date line) set aside: a paragraph between the title and the article's first line of
    running text whose text is the category's, and not the title's."""
    out = list(blocks)
    category = next((b for b in out if b.kind == "category"), None)
    title = next((k for k, b in enumerate(out) if b.kind == "title"), None)
    if category is None or title is None:
        return out
    label = text_key(category.value_text)
    if label == text_key(out[title].lines[0].text):
        return out
    for k in range(title + 1, len(out)):
        block = out[k]
        if block.kind == "paragraph" and text_key(block.joined) == label:
            out[k] = Block("chrome", block.lines, chrome="navigation")
        elif block.kind not in ("chrome", "published", "byline", "caption", "credit",
                                "paragraph") or lt.is_prose(block.lines[0].text):
            break
    return out
