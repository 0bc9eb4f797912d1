"""Which of the rules' blocks the layout model sets aside, and which of those stay.

The model (`model`) gives each line P(title), P(body), P(meta), P(chrome). A content block
whose lines it reads as chrome is doubtful (after the article's end a list item needs no more
than a paragraph). Some blocks are chrome whatever the model reads: teasers cut short after
the end or cut by a template anywhere, readers' comments under their signatures
(`signed_comments`), rows of keywords and prompts to log in or pay (`site_lines`). A loose
chrome block whose lines it reads as body is taken back. Rules that stand on how Polish text
is written then keep some doubtful blocks: short runs and runs of running text between sure
article text, dialogue turns and enumerations that carry on the text, a run a colon line
opens between kept text, the page's only prose and what stands inside it, a closing text
without a footer, the sentences above the article's closing credit or chrome, a section's
heading, and prose that goes on after kept prose.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsnlp.layout.blocks import CONTENT, LOOSE_CHROME, Block
from newsnlp.layout.dialogue_runs import DIALOGUE_TURN, cut_short, dialogue
from newsnlp.layout.enumerations import programme_row
from newsnlp.layout.features import prose_text
from newsnlp.layout.introduced import (
    CLOSING_CREDITS,
    MAX_INTRODUCED_BLOCKS,
    ends_with,
    enumerations,
    inline_box,
    introduced_runs,
    rest_of_list,
)
from newsnlp.layout.linetypes import header_kind, is_strong_chrome, terminal_kinds, word_count
from newsnlp.layout.signed_comments import signed_comments
from newsnlp.layout.signoff import signed_off
from newsnlp.layout.site_lines import (
    cut_by_a_template,
    is_account_prompt,
    is_bare_label,
    is_keyword_row,
    is_site_editor_link,
)
from newsnlp.resources import compile_pattern
from newsnlp.text.sentences import ends_sentence

Probs = dict[int, dict[str, float]]  # line index -> P(label)

# the model overrides the rules only above these probabilities
SURE_CHROME = 0.5  # mean P(chrome) over a content block's lines
# a list item above the article's end needs more: timelines and programmes look like the
# calendars chrome holds
SURE_CHROME_LIST = 0.9
SURE_BODY = 0.5  # min P(body) over the lines of a chrome block the model takes back
# a run of doubtful lines this short between sure article text stays (rows, a wrapped line)
MAX_ENCLOSED_LINES = 4
# a sentence before the page's closing chrome that stays has at least this many words
CLOSING_MIN_WORDS = 6
# under a link box inside the text, a paragraph of the article has this many words (the
# box's own teaser headlines have fewer)
BOX_TEXT_MIN_WORDS = 15
# the article's end comes after this many prose blocks the model reads as article text (a
# share row may stand under the lead)
TEXT_BEFORE_THE_END = 2
_TIMELINE_ROW = compile_pattern(r"[ \t]*(?:[-–—•*·][ \t]*)?\d{1,2}[:.]\d{2}[ \t]*[-–—]")


def taken_back(blocks: Sequence[Block], by_line: Probs, after: set[int]) -> set[int]:
    """The loose chrome blocks the model reads as article text throughout; after the
    article's end (`after`: what `after_the_end` returned), prose only: a footer's address
    line is no article text however the model reads it; under a list's label (`Inne
    komunikaty:`), long prose only: a short line there is the list's headline; never a
    line that is chrome whatever it reads like (a copy notice)."""
    return {k for k, b in enumerate(blocks)
            if _sure_body(b, by_line) and (k not in after or reads_as_prose(b))
            and not (_under_list_label(blocks, k) and not _long_prose(b))
            and not all(is_strong_chrome(line.text) for line in b.lines)}


def after_the_end(blocks: Sequence[Block], by_line: Probs) -> set[int]:
    """The blocks after the article's end: the first chrome that ends an article (a share
    row, tags, comments; not a footer the rules guessed by position that the model reads as
    article text) below the second prose block the model reads as article text. Share rows,
    breadcrumbs and comment links also stand in the page head and under the lead."""
    sure = [k for k, b in enumerate(blocks) if b.kind in CONTENT and reads_as_prose(b)
            and _mean_label(b, "body", by_line) >= SURE_BODY]
    if len(sure) < TEXT_BEFORE_THE_END:
        return set()
    first = sure[TEXT_BEFORE_THE_END - 1]
    terminal = terminal_kinds()
    return next((set(range(k + 1, len(blocks))) for k in range(first + 1, len(blocks))
                 if blocks[k].kind == "chrome" and blocks[k].chrome in terminal
                 and not _sure_body(blocks[k], by_line)), set())


def doubted(blocks: Sequence[Block], by_line: Probs, back: set[int],
            after: set[int], *, alone: bool = False) -> set[int]:
    """The content blocks the model sets aside: those it is sure are chrome, less those the
    rules below keep (`back`: the blocks `taken_back` returned; `after`: the blocks after
    the article's end), and the blocks of the site's shapes. On an article `alone` (the
    rules read no chrome on the page: text extracted elsewhere, a CMS export, a corpus
    record) the model sets nothing aside: it learned its sense of position on pages that
    end with chrome, and here the article itself ends the page."""
    doubtful = set() if alone else {
        k for k, b in enumerate(blocks) if _sure_chrome(b, by_line, k in after)}
    doubtful -= _enclosed(blocks, doubtful, by_line)
    doubtful -= dialogue(blocks, doubtful)
    doubtful -= enumerations(blocks, doubtful)
    doubtful -= introduced_runs(blocks, doubtful)
    doubtful -= rest_of_list(blocks, doubtful)
    doubtful -= _kept_body(blocks, doubtful, back)
    doubtful -= _between_kept_prose(blocks, doubtful)
    doubtful -= _closing_text(blocks, doubtful)
    doubtful -= _above_credits(blocks, doubtful)
    doubtful -= _section_heads(blocks, doubtful)
    doubtful -= _continued_prose(blocks, doubtful)
    doubtful -= _sections_between_kept(blocks, doubtful)
    return (doubtful | _teasers_after_the_end(blocks, after) | _cut_by_a_template(blocks)
            | signed_comments(blocks) | _site_lines(blocks))


def _site_lines(blocks: Sequence[Block]) -> set[int]:
    """One-line paragraphs (or leads) that are the site's by their shape, whatever the model
    reads: rows of keywords (`alergia, astma, leki, refundacja`) and prompts to log in,
    register or pay (`Musisz się zalogować, by dodać komentarz`), a field's label alone
    (`Kategoria`); and a byline that is the footer's link to the site's editors (`Redakcja
    serwisu`)."""
    return {k for k, b in enumerate(blocks) if len(b.lines) == 1 and (
        (b.kind in ("paragraph", "lead")
         and (is_keyword_row(b.lines[0].text) or is_account_prompt(b.lines[0].text)
              or is_bare_label(b.lines[0].text)))
        or (b.kind == "byline" and is_site_editor_link(b.lines[0].text)))}


def _cut_by_a_template(blocks: Sequence[Block]) -> set[int]:
    """Content blocks whose text a template cut at a word and marked with a spaced ellipsis
    (`Prawdopodobny zabójca pięciu polskich ...`): teasers of other articles wherever they
    stand. A writer's ellipsis follows the word with no space (Polish typography), so an
    article's trailing thought (`Czas pokaże...`) stays."""
    return {k for k, b in enumerate(blocks)
            if b.kind in CONTENT and cut_by_a_template(b.lines[-1].text)}


def _teasers_after_the_end(blocks: Sequence[Block], after: set[int]) -> set[int]:
    """Content blocks after the article's end cut short by an ellipsis: teasers of other
    articles, however the model reads them."""
    return {k for k in after if blocks[k].kind in CONTENT and cut_short(blocks[k].lines[-1].text)}


def _timeline_row(block: Block) -> bool:
    """A list item opened by a clock time and a dash (`16:12 – zadysponowanie OSP`): a
    timeline of the article (fire reports, programmes), which the rules read from its shape
    and the model, seeing rows like a calendar's, may not set aside."""
    return _TIMELINE_ROW.match(block.lines[0].text) is not None


def _kept_body(blocks: Sequence[Block], doubtful: set[int], back: set[int]) -> set[int]:
    """The doubtful blocks that stay because a page keeps a body: the model never sets all
    of the page's prose aside (it keeps the prose up to the first chrome that ends an
    article, not the teasers further down), nor, on a page without prose, all of its
    content."""
    content = [k for k, b in enumerate(blocks) if b.kind in CONTENT]
    if any(reads_as_prose(blocks[k]) for k in content if k not in doubtful):
        return set()  # prose the model keeps: nothing to hold back (usually the first block)
    prose = [k for k in content if k in doubtful and reads_as_prose(blocks[k])]
    if prose:  # the article's run: up to the chrome that ends an article (share, comments)
        end = next((j for j in range(prose[0] + 1, len(blocks)) if blocks[j].kind == "chrome"
                    and blocks[j].chrome in terminal_kinds()), len(blocks))
        return {k for k in prose if k < end}
    return set(content) if not back and doubtful.issuperset(content) else set()


def _section_heads(blocks: Sequence[Block], doubtful: set[int]) -> set[int]:
    """The doubtful headings that stay because they head kept text: kept article text on
    both sides, with nothing set aside between (the model, reading a short unpunctuated
    line, sets a section's heading aside while keeping its paragraphs)."""
    return {k for k in doubtful if blocks[k].kind == "heading" and 0 < k < len(blocks) - 1
            and k - 1 not in doubtful and blocks[k - 1].kind in CONTENT
            and k + 1 not in doubtful and blocks[k + 1].kind in CONTENT - {"heading"}}


def _closing_text(blocks: Sequence[Block], doubtful: set[int]) -> set[int]:
    """The doubtful blocks that end the text and the article: sentences after the last
    content the model keeps, with nothing after them. A text that stops with the article
    (pasted, or cut by another extractor) has no footer, but pages seen in training always
    have one, so the model reads the last short lines of any page as a footer."""
    keep: set[int] = set()
    for k in range(len(blocks) - 1, -1, -1):
        block = blocks[k]
        if block.kind not in CONTENT:
            return set()  # chrome or metadata at the end: the page has its footer
        if k not in doubtful:
            return keep
        if not ends_sentence(block.lines[-1].text):
            return set()
        keep.add(k)
    return set()


def _above_credits(blocks: Sequence[Block], doubtful: set[int]) -> set[int]:
    """The doubtful sentences between the last kept article text and the credit that closes
    the article (`(ISBnews)`, `Źródło: PAP`, a signature, `eb, pap`) or the page's closing chrome (a
    share row, tags, the footer), or a link box right above that chrome (`Galeria zdjęć`):
    up to four blocks that end as sentences (of six words or more before chrome), and any
    number of paragraphs of running prose of `BOX_TEXT_MIN_WORDS` words or more; that marks
    where the article ends, so what stands above it is its text. A link box inside the text
    (`Czytaj też:` and a headline, a gallery's pager) may stand between the kept text and
    those sentences, then paragraphs of `BOX_TEXT_MIN_WORDS` words or more (over a closing
    credit, sentences with one such paragraph among them), a section's heading among them;
    so may the tail of a list the model doubts (a long list reads to it as the article's
    end) with the colon line that introduced it and the section's heading over that line,
    headings over long text among the sentences under it, and, above the closing credit or
    chrome, a section's heading over long text under kept running prose."""
    keep: set[int] = set()
    terminal = terminal_kinds()
    for k, credit in enumerate(blocks):
        closing = credit.kind in CLOSING_CREDITS or (signed_off(credit) and _under_text(blocks, k))
        ends_page = credit.kind == "chrome" and credit.chrome in terminal
        if not (closing or ends_page):
            continue
        # the run ends here, or above the link boxes over the chrome (`Galeria zdjęć`)
        end = _boxes_start(blocks, k) if ends_page else k
        if end == 0 or end - 1 not in doubtful:
            continue
        j = end - 1  # back over sentences (before chrome, sentences of some length only)
        while (j >= 0 and j in doubtful
               and (end - j <= MAX_ENCLOSED_LINES or _long_text(blocks[j])
                    or (blocks[j].kind == "heading" and _long_text(blocks[j + 1])))
               and (blocks[j].kind == "heading" or (
                   ends_sentence(blocks[j].lines[-1].text)
                   and (closing or word_count(blocks[j].lines[-1].text) >= CLOSING_MIN_WORDS)))):
            j -= 1
        while 0 <= j < end - 1 and j in doubtful and blocks[j].kind == "list_item":
            j -= 1  # the tail of the article's list: its text goes on under it
        listed = j in doubtful and _introduces(blocks, j)
        j -= listed  # and the colon line that introduced that list, and the section's
        headed = (j in doubtful and blocks[j].kind == "heading"  # heading over it or the list
                  and (listed or blocks[j + 1].kind == "list_item"))
        j -= headed
        i = _before_box(blocks, j)
        run = [blocks[m] for m in range(j + 1, end)]
        if i == j:  # right under kept text: sentences; under a list, or under running prose
            # above the article's closing credit or chrome, a section's heading over long text
            under = i >= 0 and (_list_end(blocks, i) or reads_as_prose(blocks[i])
                                or blocks[i].kind == "heading")  # a kept section's text
            ok = all(b.kind != "heading" or (under and m + 1 < end and (
                _long_text(blocks[m + 1]) or (headed and m == j + 1)))
                for m, b in enumerate(run, start=j + 1))
        else:  # under a link box or an ad: the article's paragraphs, perhaps with a section
            # heading, and first the list it introduced; over a closing credit, one long
            # paragraph among sentences will do
            texts = [b for m, b in enumerate(run) if b.kind != "heading" and not (
                listed and (m == int(headed) or b.kind == "list_item"))]
            long = [word_count(b.joined) >= BOX_TEXT_MIN_WORDS for b in texts]
            ok = bool(texts) and (all(long) or (closing and any(long) and all(
                ends_sentence(b.lines[-1].text) for b in texts)))
        if ok and i >= 0 and j < end - 1 and i not in doubtful and blocks[i].kind in CONTENT:
            keep.update(range(j + 1, end))
    return keep


def _boxes_start(blocks: Sequence[Block], k: int) -> int:
    """The first block of the run of link boxes and ads right above block k (k when none
    stands there): what stands above it is the article's, or the page's before it."""
    while k > 0 and inline_box(blocks[k - 1]):
        k -= 1
    return k


def _under_text(blocks: Sequence[Block], k: int) -> bool:
    """Block k stands under the article's text, past any link box or ad between (a
    signature's place: `Zobacz też: …` may stand between the text and `(ak)`)."""
    j = _boxes_start(blocks, k) - 1
    return j >= 0 and blocks[j].kind in CONTENT


def _introduces(blocks: Sequence[Block], j: int) -> bool:
    """Block j is a colon line of text right above a list's first item."""
    return (0 <= j < len(blocks) - 1 and blocks[j].kind in CONTENT
            and blocks[j + 1].kind == "list_item" and ends_with(blocks[j], (":",)))


def _list_end(blocks: Sequence[Block], i: int) -> bool:
    """Block i ends a list: an item, or the last of an enumeration written as lines (Polish
    punctuation: the items end with a comma or a semicolon, the last with a full stop)."""
    return blocks[i].kind == "list_item" or (
        i > 0 and ends_with(blocks[i], (".",)) and ends_with(blocks[i - 1], (",", ";")))


def _long_text(block: Block) -> bool:
    """A paragraph of running prose of `BOX_TEXT_MIN_WORDS` words or more (no teaser's)."""
    return block.kind == "paragraph" and _long_prose(block)


def _long_prose(block: Block) -> bool:
    return word_count(block.joined) >= BOX_TEXT_MIN_WORDS and reads_as_prose(block)


def _before_box(blocks: Sequence[Block], j: int) -> int:
    """The block before the link box or ad (`Czytaj także` and its headline, a gallery's
    pager) that ends at `j`, when it is at most `MAX_ENCLOSED_LINES` blocks long; `j` when
    none ends there. Such boxes stand inside an article's text."""
    i = j
    while i >= 0 and j - i < MAX_ENCLOSED_LINES and inline_box(blocks[i]):
        i -= 1
    return j if i >= 0 and inline_box(blocks[i]) else i


def reads_as_prose(block: Block) -> bool:
    """A block that reads as running prose as a whole (a hard-wrapped paragraph too)."""
    return prose_text(block.joined)


def _sure_chrome(block: Block, by_line: Probs, past_the_end: bool) -> bool:
    """A content block the model reads as chrome. A list item needs more (timelines and
    programmes look like a calendar's rows), except after the article's end, where no list
    of the article stands: there a list of related headlines reads as a list too."""
    if block.kind not in CONTENT or (block.kind == "list_item" and _timeline_row(block)):
        return False
    bar = SURE_CHROME_LIST if block.kind == "list_item" and not past_the_end else SURE_CHROME
    return _mean_label(block, "chrome", by_line) >= bar  # no line read: 0.0


def _mean_label(block: Block, label: str, by_line: Probs) -> float:
    values = label_probs(block, label, by_line)
    return sum(values) / len(values) if values else 0.0


def _enclosed(blocks: Sequence[Block], doubtful: set[int],
              by_line: Probs) -> set[int]:
    """The doubtful blocks that stay: runs of them whose content neighbours on both sides are
    article text the model is sure of (the title counts before a run; so does the text
    that opens a list the model keeps right before it, and after a run the text under the
    section headings that follow it, short lines it reads unsure), when the run is short
    (rows, a hard-wrapped line), reads as running text throughout (an enumeration, a
    dialogue) or is an event's programme. Chrome inside an article carries a label the
    rules already read ('Czytaj także', 'Reklama'). One pass over the blocks."""
    content = [j for j, b in enumerate(blocks) if b.kind in CONTENT | {"title"}]
    keep: set[int] = set()
    i = 0
    while i < len(content):
        if content[i] not in doubtful:
            i += 1
            continue
        lo = i
        while i < len(content) and content[i] in doubtful:
            i += 1
        run = content[lo:i]
        if lo == 0 or i == len(content):
            continue
        if _under_list_label(blocks, run[0]):  # the list's headlines, then perhaps the text
            run = [j for j in run if _long_text(blocks[j])]
        if (sum(len(blocks[j].lines) for j in run) > MAX_ENCLOSED_LINES
                and not all(_running_text(blocks[j]) for j in run)
                and not _programme(blocks, run)):
            continue
        before = lo - 1  # over a list the model keeps, to the text that opens it
        while before > 0 and blocks[content[before]].kind == "list_item":
            before -= 1
        after = i  # past the section headings the model keeps, to their text
        while after + 1 < len(content) and blocks[content[after]].kind == "heading":
            after += 1
        sure_before = blocks[content[before]].kind == "title" or _mean_label(
            blocks[content[before]], "body", by_line) >= SURE_BODY
        if sure_before and _mean_label(blocks[content[after]], "body", by_line) >= SURE_BODY:
            keep.update(run)
    return keep


def _programme(blocks: Sequence[Block], run: Sequence[int]) -> bool:
    """The run is an event's programme, perhaps under its heading: two to
    `MAX_INTRODUCED_BLOCKS` rows that each open with a time (and a day) and a dash, as
    Polish programmes are set (a calendar's longer run is a widget)."""
    rows = [ln for j in (run[1:] if blocks[run[0]].kind == "heading" else run)
            for ln in blocks[j].lines]
    return 2 <= len(rows) <= MAX_INTRODUCED_BLOCKS and all(
        programme_row(ln.text) for ln in rows)


def _under_list_label(blocks: Sequence[Block], k: int) -> bool:
    """Block k stands right under the label of a list of other articles (`Czytaj też`,
    `ZOBACZ TAKŻE`): its short lines are that list's headlines, and only paragraphs of
    running prose are the article's text going on."""
    return k > 0 and blocks[k - 1].kind == "chrome" and header_kind(
        blocks[k - 1].lines[0].text) == "related"


def _between_kept_prose(blocks: Sequence[Block], doubtful: set[int]) -> set[int]:
    """The doubtful blocks of a short run of running text (a refrain, a short sentence)
    between two prose blocks the rules above kept, with no other block between: like
    `_enclosed`, once the page's kept body is known (a page the model doubts throughout
    keeps its prose, and the sentences inside it; not an unlabelled `Tagi` row)."""
    keep: set[int] = set()
    run: list[int] = []
    last_kept = -1
    for k, b in enumerate(blocks):
        if k in doubtful and b.kind in CONTENT:
            run.append(k)
            continue
        if (run and last_kept >= 0 and b.kind in CONTENT and reads_as_prose(b)
                and sum(len(blocks[j].lines) for j in run) <= MAX_ENCLOSED_LINES
                and run[0] == last_kept + 1 and run[-1] == k - 1
                and all(_running_text(blocks[j]) for j in run)):
            keep.update(run)
        run = []
        last_kept = k if b.kind in CONTENT and reads_as_prose(b) else -1
    return keep


def _sections_between_kept(blocks: Sequence[Block], doubtful: set[int]) -> set[int]:
    """A short doubted run that opens with a section's heading (the heading and its text, up
    to `MAX_ENCLOSED_LINES` lines) right between content the rules above kept: the article
    goes on around it (the model, unsure of a list under the next heading, doubted both)."""
    keep: set[int] = set()
    k = 1
    while k < len(blocks) - 1:
        j = k
        while j < len(blocks) and j in doubtful and blocks[j].kind in CONTENT:
            j += 1
        if (j > k and j < len(blocks) and blocks[k].kind == "heading"
                and k - 1 not in doubtful and blocks[k - 1].kind in CONTENT
                and j not in doubtful and blocks[j].kind in CONTENT
                and sum(len(blocks[m].lines) for m in range(k, j)) <= MAX_ENCLOSED_LINES):
            keep.update(range(k, j))
        k = max(j, k + 1)
    return keep


def _continued_prose(blocks: Sequence[Block], doubtful: set[int]) -> set[int]:
    """The doubtful prose blocks right after prose the page keeps, with nothing between: the
    article's text goes on (a closing paragraph that ends in a web address, not a full
    stop). Another article's text below it opens with its own headline, a line that is no
    prose, so the run stops there."""
    keep: set[int] = set()
    for k in range(1, len(blocks)):
        prev = blocks[k - 1]
        if (k in doubtful and blocks[k].kind in CONTENT and reads_as_prose(blocks[k])
                and prev.kind in CONTENT and (k - 1 not in doubtful or k - 1 in keep)
                and reads_as_prose(prev)):
            keep.add(k)
    return keep


def _running_text(block: Block) -> bool:
    """Every line of the block ends as a sentence or an enumeration's item does (`.`, `?`,
    `:`, `;`, `,`), or opens a dialogue turn with a dash (Polish dialogue punctuation), and
    none is cut short by an ellipsis: a menu item does neither, a teaser ends with `...`."""
    return all((ends_sentence(ln.text) or ln.text.rstrip().endswith(",")
                or DIALOGUE_TURN.match(ln.text) is not None)
               and not cut_short(ln.text) for ln in block.lines)


def _sure_body(block: Block, by_line: Probs) -> bool:
    if block.kind != "chrome" or block.chrome not in LOOSE_CHROME:
        return False
    values = label_probs(block, "body", by_line)
    return bool(values) and min(values) >= SURE_BODY


def label_probs(block: Block, label: str, by_line: Probs) -> list[float]:
    """P(label) of each of the block's lines that the model read."""
    return [by_line[ln.index][label] for ln in block.lines if ln.index in by_line]
