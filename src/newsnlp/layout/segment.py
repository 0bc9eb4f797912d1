"""Page segmentation: lines -> blocks (chrome by kind, metadata, title, body).

The algorithm, in page order:
1. the *header zone* runs up to the first prose line; in it the title is the headline that
   precedes the last metadata cluster (or, without one, the last headline), the category is
   a `kategoria:` label, a short label line above the title, or the last breadcrumb part;
2. the *body* is read line by line: chrome headers ("Czytaj także", "Komentarze (3)",
   "Załączniki", a calendar) open blocks that absorb the lines that belong to them, labelled
   metadata lines become credits and bylines, markers make list items, short standalone
   lines make headings, the rest are paragraphs;
3. once terminal chrome (share, tags, footer, ...) has been seen, only prose is content
   (share buttons and an update line under the article's date line are its header);
4. where the standfirst stands right under the title, the date line and the byline below
   it are the header's too.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from newsnlp.layout import linetypes as lt
from newsnlp.layout.blocks import Block
from newsnlp.layout.byline_fields import name_over_role
from newsnlp.layout.category import label_shaped, trail_section, unglued
from newsnlp.layout.cited import titled_name
from newsnlp.layout.closing import enumeration_end, signature_end
from newsnlp.layout.dateline import DateFinder, is_date_line, one_cell, signed_date_line
from newsnlp.layout.headline import is_badge
from newsnlp.layout.lead import mark_lead
from newsnlp.layout.line_facts import LineFacts, line_facts, loose_lines, near_text
from newsnlp.layout.list_items import DIALOGUE_DASHES, list_kind, same_list
from newsnlp.layout.meta_lines import byline_blocks, dateline_blocks, meta_blocks
from newsnlp.layout.section_heads import (
    beside_bare_credit,
    is_heading,
    photo_adjacent,
    photo_credit,
)
from newsnlp.layout.signoff import is_signoff
from newsnlp.layout.title import PROSE_TITLE_MIN_CHARS
from newsnlp.layout.wrapping import add_paragraph_line, wrapped_prose_lines
from newsnlp.models import ChromeKind
from newsnlp.text.lines import Line
from newsnlp.text.sentences import ends_sentence, sentence_count

# Chrome kinds recognised by vocabulary that a prose line overrides (a sentence is content).
_WEAK_KINDS: frozenset[str] = frozenset(
    {"footer", "navigation", "widget", "share", "newsletter", "metadata", "comments", "other"}
)
TITLE_MIN_WORDS = 2  # a headline has at least two words ...
TITLE_ABOVE_META_MIN_WORDS = 3  # ... and three when it is read from above a metadata cluster
# loose lines between the article's metadata and its text (more: the site's top bar, a menu
# above the article)
META_TO_TEXT_MAX = 8
HEADER_AFTER_LEAD = 3  # blocks under the standfirst where a portal prints the byline and date
# lines of the article's own prose before a comments header opens their section (above it,
# such a header is a link to them in the row of article tools)
COMMENTS_AFTER_LINES = 2
CAPTION_MAX_CHARS = 90  # a sentence beside the head's photo credit this long is its caption
CAPTION_MAX_SENTENCES = 2
# chrome that portals print under the article's date line (no end of the article there):
# share buttons, counters, a link to the comments (`Skomentuj (31)`)
_HEADER_CHROME: frozenset[str] = frozenset({"share", "metadata", "comments"})
HEADER_CHROME_RUN = 8  # lines of such chrome (blank lines too) looked back over: a share row
# Block headers whose block ends at a blank line; the others run to the next header.
_BLANK_ENDS: frozenset[str] = frozenset({"related", "attachments", "newsletter", "widget", "ad"})


@dataclass(slots=True)
class _Page:
    text: str
    facts: list[LineFacts]
    find_dates: DateFinder
    blocks: list[Block] = field(default_factory=list)
    date_lines: dict[int, bool] = field(default_factory=dict)  # memo of _is_date_line
    signed_lines: dict[int, bool] = field(default_factory=dict)  # memo of _is_signed_line


def _value(line: Line, meta: lt.MetaMatch) -> tuple[int, int]:
    return line.start + meta.value_start, line.start + meta.value_end


def _is_date_line(page: _Page, line: Line) -> bool:
    """`dateline.is_date_line`, read once per line of the page."""
    known = page.date_lines.get(line.index)
    if known is None:
        known = page.date_lines[line.index] = is_date_line(page.text, line, page.find_dates)
    return known


def _is_signed_line(page: _Page, line: Line) -> bool:
    """`dateline.signed_date_line`, read once per line of the page."""
    known = page.signed_lines.get(line.index)
    if known is None:
        known = page.signed_lines[line.index] = signed_date_line(page.text, line,
                                                                 page.find_dates)
    return known


def _first_prose(page: _Page) -> int:
    """The first line of running text; a headline of sentences (`Oddała oszustom
    oszczędności. 82-latka straciła 180 tys. zł!`) right over the byline or date line is
    the title, not text, and the line under an ad's label (`Reklama`) is the ad's."""
    for i, f in enumerate(page.facts):
        if f.prose and f.meta is None and f.header is None and (
            f.chrome is None or f.chrome in _WEAK_KINDS
        ) and not _headline_over_meta(page, i) and not _under_ad_label(page, i):
            return i
    return len(page.facts)


def _under_ad_label(page: _Page, i: int) -> bool:
    """The nearest line above (past blank lines) is an ad's label."""
    above = near_text(page.facts, i, -1)
    return above is not None and "ad" in (above.header, above.chrome)


def _headline_over_meta(page: _Page, i: int) -> bool:
    """Line `i` is headline-shaped, no longer than a headline, under no headline of its own
    (a standfirst of exclamations stands under one) and over the head's metadata (not a
    photo's credit: a standfirst stands over that)."""
    text = page.facts[i].line.text
    if len(text) >= PROSE_TITLE_MIN_CHARS or not lt.is_headline(text):
        return False
    prev, nxt = near_text(page.facts, i, -1), near_text(page.facts, i, 1)
    return (nxt is not None and _meta_like(page, nxt) and not photo_credit(nxt)
            and (prev is None or not _is_title_candidate(page, prev)))


def _is_title_candidate(page: _Page, f: LineFacts) -> bool:
    """A headline that is not chrome, metadata, a menu, a breadcrumb trail or a date line."""
    text = f.line.text
    return (
        lt.is_headline(text)
        and f.meta is None
        and f.header is None
        and f.chrome is None
        and not lt.is_menu(text)
        and not lt.breadcrumb_parts(text)
        and lt.word_count(text) >= TITLE_MIN_WORDS
        and not lt.opens_with_time(text)
        and not _is_date_line(page, f.line)
    )


def _meta_like(page: _Page, f: LineFacts) -> bool:
    return (f.meta is not None or f.chrome == "metadata" or _is_date_line(page, f.line)
            or _bare_byline(page, f.line.index) or _role_in_author_box(page, f.line.index)
            or _is_signed_line(page, f.line))


def _role_in_author_box(page: _Page, i: int) -> bool:
    """The writer's role under the name in an author box (`Tomasz Rybicki` / `Dziennikarz
    MotoRaport.pl`)."""
    return i > 0 and name_over_role(page.facts[i - 1].line.text, page.facts[i].line.text)


def _bare_byline(page: _Page, i: int) -> bool:
    """Authors' names on a line of their own (`Anna Malinowska`, `Piotr Zając, Anna Lis`, or
    the newsroom: `Redakcja`) right above or below a date line or beside a share row, or
    over the writer's role: a byline without a label."""
    text = page.facts[i].line.text
    if not (lt.is_person_names_line(text) or lt.is_team_byline(text) or titled_name(text)
            or lt.writer_name_end(text) is not None):
        return False
    if i + 1 < len(page.facts) and name_over_role(text, page.facts[i + 1].line.text):
        return True  # an author box: the name over the writer's role
    near = [j for j in (i - 1, i + 1) if 0 <= j < len(page.facts)]
    return any(page.facts[j].line.text and _is_date_line(page, page.facts[j].line)
               for j in near) or _beside_share_row(page, i)


def _beside_share_row(page: _Page, i: int) -> bool:
    """The nearest line above or below (past blank lines) is a share row: a template sets
    the writer's name beside the article's sharing buttons."""
    return any(f is not None and f.chrome == "share"
               for f in (near_text(page.facts, i, -1), near_text(page.facts, i, 1)))


def _byline(line: Line) -> Block:
    """The byline block of a bare byline line: its names, without a writer's role."""
    end = lt.writer_name_end(line.text)
    return Block("byline", (line,), value=(line.start, line.end if end is None
                                           else line.start + end))


def _find_title(page: _Page, stop: int) -> tuple[int | None, int]:
    """Index of the title line in the header zone and the index where the body begins."""
    facts = page.facts
    meta_idx = [i for i in range(stop) if facts[i].line.text and _meta_like(page, facts[i])]
    # a photo's credit under the head's metadata belongs to the lead photo: the head's
    # metadata cluster ends at its last other line
    meta_idx = [i for i in meta_idx if not photo_credit(facts[i])] or meta_idx
    if meta_idx and loose_lines(facts, meta_idx[-1] + 1, stop) <= META_TO_TEXT_MAX:
        last = meta_idx[-1]
        first_of_cluster = last
        while first_of_cluster > 0 and (
            not facts[first_of_cluster - 1].line.text
            or _meta_like(page, facts[first_of_cluster - 1])
        ):
            first_of_cluster -= 1
        j = first_of_cluster - 1
        while j >= 0 and not facts[j].line.text:
            j -= 1
        if (j >= 0 and lt.word_count(facts[j].line.text) >= TITLE_ABOVE_META_MIN_WORDS
                and _is_title_candidate(page, facts[j])):
            return j, last + 1
    for j in range(stop - 1, -1, -1):
        if facts[j].line.text and _is_title_candidate(page, facts[j]):
            return j, j + 1
    return None, 0


def _category(page: _Page, title: int | None, stop: int) -> Block | None:
    """`kategoria:` label before the body; else a label line above the title; else the last
    breadcrumb part that is not the title itself."""
    facts = page.facts
    for i in range(stop):
        m = facts[i].meta
        if m is not None and m.kind == "category":
            return Block("category", (facts[i].line,), value=_value(facts[i].line, m))
    if title is None:
        return None
    j = title - 1  # the label above the title, past a badge (`Premium`, `Reklama`)
    while j >= 0 and (not facts[j].line.text or facts[j].chrome == "ad"
                      or is_badge(facts[j].line.text)):
        j -= 1
    if j >= 0:  # a site's link (`Powrót`, `Kontakt`) names no section: the trail may
        f, text = facts[j], unglued(facts[j].line.text)  # `Z regionu »`: the trail's last
        if (label_shaped(text) and f.meta is None and not lt.is_site_function(text)
                and f.chrome not in ("cookies", "ad", "widget", "metadata")
                and not _is_date_line(page, f.line)):
            return Block("category", (f.line,), value=(f.line.start, f.line.start + len(text)))
    title_text = facts[title].line.text
    for i in range(title - 1, -1, -1):
        part = trail_section(facts[i].line.text, title_text)
        if part is not None:
            line = facts[i].line
            return Block("category", (line,), value=(line.start + part[0], line.start + part[1]))
    return None


def _chrome(line: Line, kind: ChromeKind) -> Block:
    return Block("chrome", (line,), chrome=kind)


def _dateline_index(page: _Page, title: int | None, body_from: int) -> int | None:
    """The date line that gives the publication date: the first one after the title (its
    metadata cluster), else the first one in the header zone (a date in the site's top bar,
    `CHORZÓW.NEWS | piątek, 13 marca 2026 | imieniny: …`, is the day of the visit); an
    update line only when the page has no other."""
    lines = [i for i in range(body_from) if page.facts[i].line.text and page.facts[i].meta is None
             and i != title and (_is_date_line(page, page.facts[i].line)
                                 or _is_signed_line(page, page.facts[i].line))]
    lines = [i for i in lines if page.facts[i].chrome != "metadata"] or lines
    after = [i for i in lines if title is not None and i > title]
    chosen = after or lines
    return chosen[0] if chosen else None


def _header_zone(page: _Page, title: int | None, body_from: int,
                 stop: int) -> Block | None:
    """Blocks of the header zone; returns the category block."""
    category = _category(page, title, stop)
    cat_line = category.lines[0].index if category is not None else -1
    dateline = _dateline_index(page, title, body_from)
    for i in range(body_from):
        f = page.facts[i]
        if not f.line.text:
            continue
        if i == title:
            page.blocks.append(Block("title", (f.line,), value=(f.line.start, f.line.end)))
        elif i == cat_line and category is not None:
            page.blocks.append(category)
            if lt.breadcrumb_parts(f.line.text):
                page.blocks.append(_chrome(f.line, "navigation"))
        elif f.meta is not None and f.meta.kind != "category":
            page.blocks.extend(meta_blocks(page.text, f.line, f.meta, page.find_dates))
        elif _bare_byline(page, i):
            page.blocks.append(_byline(f.line))
        elif _is_signed_line(page, f.line):
            page.blocks.extend(byline_blocks(page.text, f.line, f.line.start, f.line.end,
                                            page.find_dates))
        elif i == dateline:
            page.blocks.extend(dateline_blocks(page.text, f.line, page.find_dates))
        else:
            kind = f.chrome or f.header or ("navigation" if i < (title or 0) else "other")
            page.blocks.append(_chrome(f.line, kind))
    return category


def _body(page: _Page, start: int, category: Block | None) -> None:
    facts = page.facts
    cat_line = category.lines[0].index if category is not None else -1
    open_kind: ChromeKind | None = None
    terminal = False
    content_seen = False
    text_seen = 0  # prose lines of the article's text (no photo's caption)
    list_id = -1
    item: lt.Marker | None = None  # the marker of the list item just before, if any
    for i in range(start, len(facts)):
        f = facts[i]
        line = f.line
        if not line.text:
            if open_kind in _BLANK_ENDS:
                open_kind = None
            item = None
            continue
        if f.header is not None and not f.prose:
            # Before any content, a header ("Komentarze (12)" under the byline) is one line;
            # a link to the comments stands above the article's text too (`Udostępnij` /
            # `Komentarze (23)` under the lead), their section below it.
            opens = content_seen and (f.header != "comments"
                                      or text_seen >= COMMENTS_AFTER_LINES)
            open_kind = f.header if opens or f.header in _BLANK_ENDS else None
            terminal = terminal or (opens and f.header in lt.terminal_kinds())
            page.blocks.append(_chrome(line, f.header))
            continue
        if open_kind is not None:
            if _absorbs(open_kind, f):
                page.blocks.append(_chrome(line, open_kind))
                continue
            open_kind = None
        if i == cat_line and category is not None:
            page.blocks.append(category)
            continue
        if f.meta is not None:
            page.blocks.extend(meta_blocks(page.text, f.line, f.meta, page.find_dates))
            continue
        if f.chrome is not None and (not (f.prose and f.chrome in _WEAK_KINDS)
                                     or lt.is_strong_chrome(line.text)):
            terminal = terminal or (content_seen and f.chrome in lt.terminal_kinds()
                                    and not _under_dateline(page, i))
            page.blocks.append(_chrome(line, f.chrome))
            continue
        if terminal and not f.prose:
            page.blocks.append(_chrome(line, f.chrome or "footer"))
            item = None
            continue
        marker = lt.list_marker(line.text)
        continuing = same_list(item, marker)
        if marker is not None and list_kind(facts, i, marker, continuing):
            if not continuing:
                list_id += 1
            item = marker
            page.blocks.append(Block("list_item", (line,), ordered=marker.ordered,
                                     list_id=list_id,
                                     value=(line.start + marker.text_start, line.end)))
            continue
        item = None
        if not any(ch.isalnum() for ch in line.text):  # `* * *`, `---`: a section break
            page.blocks.append(_chrome(line, "other"))
        elif ((not f.prose or (text_seen == 0 and _caption_sentence(facts, i)))
              and photo_adjacent(facts, i) and not line.text.endswith(":")
              and not line.text.startswith(DIALOGUE_DASHES)  # a dash opens speech
              and not is_signoff(line.text)):  # `(bk)`: the writer's initials
            page.blocks.append(Block("caption", (line,), value=(line.start, line.end)))
        elif is_heading(facts, i):
            page.blocks.append(Block("heading", (line,), value=(line.start, line.end)))
        else:
            content_seen = content_seen or f.prose
            if f.prose and not photo_adjacent(facts, i):
                text_seen += 1
            add_paragraph_line(page.blocks, line)


def _caption_sentence(facts: Sequence[LineFacts], i: int) -> bool:
    """Line i is a sentence or two no longer than a caption (`Wyrok zapadł w Sądzie
    Okręgowym. Jest nieprawomocny.`) beside a photo credit that names no caption of its own:
    in the page head, that photo's caption written as sentences, not the lead (the captions
    beside credits of the dev and check pages run to 77 characters; the shortest lead beside
    one, on a real page, has 105)."""
    text = facts[i].line.text
    return (beside_bare_credit(facts, i) and len(text) <= CAPTION_MAX_CHARS
            and sentence_count(text) <= CAPTION_MAX_SENTENCES)


def _under_dateline(page: _Page, i: int) -> bool:
    """Share buttons, a link to the comments (`Skomentuj (31)`) and an update line
    (`Aktualizacja: …`) right under the article's date or byline line (what the header zone
    reads as metadata): its header, not its end."""
    if page.facts[i].chrome not in _HEADER_CHROME:
        return False
    k, floor = i - 1, max(-1, i - 1 - HEADER_CHROME_RUN)
    while k > floor and (not page.facts[k].line.text or page.facts[k].chrome in _HEADER_CHROME):
        k -= 1
    return k > floor and _meta_like(page, page.facts[k])


def _absorbs(kind: ChromeKind, f: LineFacts) -> bool:
    """Whether an open chrome block of `kind` takes this line."""
    if kind in ("comments", "calendar"):
        if kind == "calendar" and f.chrome not in (None, kind):
            return False  # `Drukuj | Powrót` after the events
        return (f.header is None or f.header == kind) and not lt.is_strong_chrome(f.line.text)
    if kind in ("related", "ad"):  # link lists; a sponsored teaser under its label
        return not f.prose and f.meta is None and (f.chrome is None or f.chrome == kind)
    if kind == "widget":
        return f.chrome == "widget"
    return f.meta is None and (f.chrome is None or f.chrome == kind)


def _demote_trailing(page: _Page) -> None:
    """Headings and unpunctuated lines after the last prose paragraph are page chrome."""
    last_prose = -1
    for k, b in enumerate(page.blocks):
        if b.kind in ("paragraph", "list_item", "quote", "lead") and (
            page.facts[b.lines[0].index].prose or b.kind == "list_item"
        ):
            last_prose = k
    if last_prose >= 0:
        last_prose = enumeration_end(page.blocks, last_prose + 1) - 1
    for k in range(last_prose + 1, len(page.blocks)):
        b = page.blocks[k]
        end = signature_end(b) if k == last_prose + 1 and last_prose >= 0 else None
        if end is not None:  # the name, not the function or the agency after it
            page.blocks[k] = Block("byline", b.lines, value=(b.start, b.start + end))
        elif b.kind == "heading" or (b.kind == "paragraph"
                                     and not ends_sentence(b.lines[0].text)):
            page.blocks[k] = Block("chrome", b.lines, chrome="footer")


def segment(text: str, lines: Sequence[Line], find_dates: DateFinder) -> list[Block]:
    """Blocks of the page in page order (a line may give a caption and a credit block)."""
    page = _Page(text, line_facts(lines), find_dates)
    for i in wrapped_prose_lines(lines, lambda ln: one_cell(ln.text) and _is_date_line(page, ln)):
        page.facts[i].prose = True
    stop = _first_prose(page)
    title, body_from = _find_title(page, stop)
    if title is None:
        body_from = 0
    category = _header_zone(page, title, body_from, stop)
    _body(page, body_from, category)
    _header_after_lead(page)
    _demote_trailing(page)
    _mark_published(page)
    mark_lead(page.text, page.blocks, lambda i: page.facts[i].prose)
    return sorted(page.blocks, key=lambda b: (b.start, b.value_range))


def _header_after_lead(page: _Page) -> None:
    """Portals that print the standfirst right under the headline give the byline and the
    date below it, perhaps under the photo: with no publication line found below the
    headline, a date line among the few blocks after that first prose paragraph is the
    publication line, and a name beside it the byline (a name beside a share row there is
    the byline too, dated or not). A date in the top bar above the headline (the day of the
    visit) gives way to such a line only with the byline beside it."""
    blocks = page.blocks
    first = next((k for k, b in enumerate(blocks)
                  if b.kind not in ("chrome", "category", "published")), None)
    if first is None or blocks[first].kind != "title":
        return
    dated = any(b.kind == "published" for b in blocks[first:])  # only a byline is left
    top_bar = any(b.kind == "published" for b in blocks[:first])
    lead = first + 1
    while lead < len(blocks) and blocks[lead].kind in ("chrome", "published"):
        lead += 1
    if lead == len(blocks) or not page.facts[blocks[lead].lines[0].index].prose:
        return
    read = 0  # blocks read after the lead; chrome and a photo's lines do not count
    for k in range(lead + 1, len(blocks)):
        b = blocks[k]
        if b.kind in ("chrome", "caption", "credit"):
            continue
        read += 1
        if read > HEADER_AFTER_LEAD:
            return
        line = b.lines[0]
        if b.kind != "paragraph" or len(b.lines) != 1 or page.facts[line.index].prose:
            return
        if not dated and _is_date_line(page, line) and (not top_bar or any(
                _bare_byline(page, j) for j in (line.index - 1, line.index + 1)
                if 0 <= j < len(page.facts) and page.facts[j].line.text)):
            blocks[:first] = [Block("chrome", top.lines, chrome="metadata")
                              if top.kind == "published" else top for top in blocks[:first]]
            blocks[k] = Block("published", (line,), value=(line.start, line.end))
        elif (not dated or _beside_share_row(page, line.index)) and _bare_byline(
                page, line.index):
            blocks[k] = _byline(line)


def _mark_published(page: _Page) -> None:
    """Keep one `published` block: the first labelled one, else the first date line."""
    published = [k for k, b in enumerate(page.blocks) if b.kind == "published"]
    labelled = [k for k in published
                if page.facts[page.blocks[k].lines[0].index].meta is not None]
    keep = (labelled or published or [-1])[0]
    for k in published:
        if k != keep:
            page.blocks[k] = Block("chrome", page.blocks[k].lines, chrome="metadata")
