"""Which doubted blocks an article's own colon line or section heading opens stay, whatever
the layout model reads (`doubt` asks): an enumeration in Polish punctuation (a colon line,
items ending with a comma or a semicolon, the last with a full stop), a run a colon line
opens between kept article text, the rest of a list it introduces or a kept heading heads.
The model reads short items, often at the article's end, as a footer; these rules stand on
how Polish text is written, not on one page.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsnlp.layout.blocks import CONTENT, Block
from newsnlp.layout.title import is_skip_link

# a run a colon line opens between kept article text stays up to this many blocks long
MAX_INTRODUCED_BLOCKS = 12
# blocks set in the text (a player's lines, an ad, a link box, a photo's caption and credit)
# between kept text and the colon line under them
MAX_SET_IN_BLOCKS = 5
# the credits that close an article's text (`Źródło: PAP`, a signature)
CLOSING_CREDITS = frozenset({"source", "byline"})


def inline_box(block: Block) -> bool:
    """A link box, an ad or an embed: chrome set inside an article's text; or the skip link
    over an ad there (`Skocz do tekstu`), which the rules leave a one-line paragraph."""
    return (block.kind == "chrome" and block.chrome in ("related", "ad", "embed")) or (
        block.kind == "paragraph" and len(block.lines) == 1
        and is_skip_link(block.lines[0].text))


def enumerations(blocks: Sequence[Block], doubtful: set[int]) -> set[int]:
    """The doubtful blocks that stay because they finish an enumeration the article opened
    (Polish punctuation: an introduction ending with a colon, items ending with a comma or a
    semicolon, the last with a full stop), right after kept article text or under the
    heading of its section there: the model reads the short items, often at the article's
    end, as a footer."""
    keep: set[int] = set()
    for k, intro in enumerate(blocks):
        if not ends_with(intro, (":",)) or intro.kind not in CONTENT:
            continue
        head = _heading_under_text(blocks, k, doubtful)
        if k in doubtful and head is None and (
                k == 0 or k - 1 in doubtful or blocks[k - 1].kind not in CONTENT):
            continue  # a doubted introduction needs kept article text right before it
        j = k + 1
        while j < len(blocks) and blocks[j].kind in CONTENT and ends_with(blocks[j], (",", ";")):
            j += 1
        if j - k >= 2 and j < len(blocks) and blocks[j].kind in CONTENT and ends_with(
                blocks[j], (".",)):
            keep.update(i for i in range(k if head is None else head, j + 1) if i in doubtful)
    return keep


def _heading_under_text(blocks: Sequence[Block], k: int, doubtful: set[int]) -> int | None:
    """Block k-1 when it is a doubtful section heading right under kept article text: the
    heading of the section that block k (a colon line) opens, which stands or falls with it."""
    h = k - 1
    if (h >= 1 and h in doubtful and blocks[h].kind == "heading"
            and h - 1 not in doubtful and blocks[h - 1].kind in CONTENT):
        return h
    return None


def introduced_runs(blocks: Sequence[Block], doubtful: set[int]) -> set[int]:
    """The doubtful blocks of a short run that a colon line opens between kept article text
    (`Program:` / `14:00 – otwarcie jarmarku` / … / a kept paragraph, or the article's
    closing credit: `Źródło: KP PSP`): an event's programme or a list of terms set in the
    article, and the text under it, not chrome, whatever the items' shape. The section's
    heading, or a player, an ad, a link box or a photo (up to `MAX_SET_IN_BLOCKS` blocks),
    may stand between the text above and the colon line."""
    keep: set[int] = set()
    for k, intro in enumerate(blocks):
        if intro.kind not in CONTENT or not ends_with(intro, (":",)):
            continue
        head = _heading_under_text(blocks, k, doubtful)
        i = k - 1 if head is None else head - 1  # past its section's heading, or past a
        while i >= 0 and k - i <= MAX_SET_IN_BLOCKS and (  # player, ad, link box or photo
                inline_box(blocks[i]) or blocks[i].kind in ("credit", "caption")):
            i -= 1
        if i < 0 or blocks[i].kind not in CONTENT or i in doubtful:
            continue
        j = k + 1
        while j < len(blocks) and j - k <= MAX_INTRODUCED_BLOCKS and j in doubtful and (
                blocks[j].kind in CONTENT):
            j += 1
        if (j > k + 1 and j < len(blocks) and j - k <= MAX_INTRODUCED_BLOCKS and (
                (blocks[j].kind in CONTENT and j not in doubtful)
                or blocks[j].kind in CLOSING_CREDITS)):
            keep.update(i for i in range(k if head is None else head, j) if i in doubtful)
    return keep


def rest_of_list(blocks: Sequence[Block], doubtful: set[int]) -> set[int]:
    """The doubtful items of a list that the article introduces with a colon (`Najważniejsze
    terminy:`), and that introduction, or that stands under a section heading it keeps
    (`Zwycięskie projekty`), when the model keeps an item of the list: such a list stands or
    falls as one (the model, reading each short item alone, set aside the first two dated
    items of a school's list of dates and kept the last two)."""
    starts: dict[int, int] = {}  # list id -> index of its first item
    for k, b in enumerate(blocks):
        if b.kind == "list_item":
            starts.setdefault(b.list_id, k)
    introduced = {i for i, k in starts.items() if k > 0 and blocks[k - 1].kind in CONTENT
                  and (ends_with(blocks[k - 1], (":",))
                       or (blocks[k - 1].kind == "heading" and k - 1 not in doubtful))}
    kept = {b.list_id for k, b in enumerate(blocks)
            if b.kind == "list_item" and k not in doubtful and b.list_id in introduced}
    keep = {k for k in doubtful if blocks[k].kind == "list_item" and blocks[k].list_id in kept}
    return keep | {starts[i] - 1 for i in kept if starts[i] - 1 in doubtful}


def ends_with(block: Block, marks: tuple[str, ...]) -> bool:
    """The block's last line ends with one of `marks`."""
    return block.lines[-1].text.rstrip().endswith(marks)
