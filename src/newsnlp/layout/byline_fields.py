"""Bylines split over two lines, as a CMS prints a field in elements of its own: the author's
label alone above its value (`Autor` / `Agnieszka Dudek`: Drupal's `field__label` and
`field__item`), and an author box's name above the writer's role (`Tomasz Wierzbicki` /
`Dziennikarz Nowego Dziennika Kaliskiego`, read on one line by `writer_name_end`). The label
alone is set aside (`site_lines.is_bare_label`); the name is the byline, the role line
metadata, whatever the rules or the model read there.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from newsnlp.layout import linetypes as lt
from newsnlp.layout.blocks import LOOSE_CHROME, Block
from newsnlp.layout.site_lines import is_bare_label

# an author's label alone is short (`Opracowanie:`, `Tekst i zdjęcia`): longer lines are not
# read
LABEL_MAX_CHARS = 16
# chrome a byline's line may have been read as: by its position, a link to the author, or a
# public record's metadata beside its attachments
_LOOSE = LOOSE_CHROME | {"metadata", "navigation", "attachments"}


@lru_cache(maxsize=4096)  # a site's menu words come back on every page
def _author_label(text: str) -> bool:
    """A bare label whose field is the author (`Autor`, `Autorka:`, `Tekst`)."""
    if len(text) > LABEL_MAX_CHARS or not is_bare_label(text):
        return False
    core = text.strip().removesuffix(":").rstrip()
    found = lt.meta_match(f"{core}: Anna Nowak")
    return found is not None and found.kind == "author"


def name_over_role(name: str, role: str) -> bool:
    """A person's name alone over a line that opens with the writer's role."""
    return 0 < len(name) <= lt.NAME_LINE_MAX_CHARS and lt.writer_name_end(
        f"{name} {role}") == len(name)


def _holds(block: Block) -> bool:
    """A block a byline's line may have been read into: text, or loose chrome (not a box of
    comments, related headlines, ads and the like)."""
    return block.kind in ("paragraph", "lead", "heading") or (
        block.kind == "chrome" and block.chrome in _LOOSE)


def mark_byline_fields(blocks: Sequence[Block]) -> list[Block]:
    """`blocks` with the line under an author's label alone made the byline when it opens
    with a person's name (`Agnieszka Rutkowska, Biuro Prasowe`), and a name over the
    writer's role the byline over its metadata."""
    out = list(blocks)
    for k in range(len(out) - 1):
        upper, lower = out[k], out[k + 1]
        if len(upper.lines) != 1 or len(lower.lines) != 1:
            continue
        top, under = upper.lines[0], lower.lines[0]
        if (_holds(lower) and _author_label(top.text)
                and lt.opening_name_end(under.text) is not None):
            out[k + 1] = Block("byline", lower.lines, value=(under.start, under.end))
        elif (upper.kind == "byline" or _holds(upper)) and _holds(lower) and (
                name_over_role(top.text, under.text)):
            if upper.kind != "byline":  # the segmenter may have read the name already
                out[k] = Block("byline", upper.lines, value=(top.start, top.end))
            out[k + 1] = Block("chrome", lower.lines, chrome="metadata")
    return out
