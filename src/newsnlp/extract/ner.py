"""Named entities from a spaCy NER model: the model shipped with newsnlp, or the user's own.

The shipped pipeline (`data/models/ner/`, trained by `training/ner/`) tags ORG, PER and LOC;
its first component puts Morfeusz base forms and name classes on the tokens.
It is loaded once per process from package data (zip-safe). The model runs over content
blocks only (never chrome); spans come back as page offsets, grouped by coarse label, for
`extract_institutions(..., extra_candidates=..., persons=...)`.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

from newsnlp.layout.blocks import CONTENT_KINDS, Block
from newsnlp.resources import load_bytes, load_text

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["ORG_LABELS", "PER_LABELS", "Entities", "entity_spans", "org_spans", "shipped_model"]

# Labels of the shipped model (ORG), of pl_core_news_sm (orgName) and of KPWr-style models.
ORG_LABELS: frozenset[str] = frozenset({"orgName", "ORG", "nam_org_institution", "org"})
PER_LABELS: frozenset[str] = frozenset({"persName", "PER", "PERSON", "nam_liv_person"})
_MODEL_DIR = "models/ner"
# The model reads at most this many characters of a page's content (a news article has a
# few thousand; a megabyte of one line would cost the model a minute), in pieces of at most
# _PIECE characters cut at a space, so its cost stays bounded and linear.
MODEL_MAX_CHARS = 100_000
_PIECE = 5_000

Entities = dict[str, list[tuple[int, int]]]


@cache
def shipped_model() -> Language:
    """The NER pipeline shipped in `newsnlp/data/models/ner`, built once per process."""
    from spacy.util import load_model_from_config
    from thinc.api import Config

    import newsnlp.extract.ner_features  # noqa: F401  (registers the factory the config names)

    config = Config().from_str(load_text(f"{_MODEL_DIR}/config.cfg"))
    nlp = load_model_from_config(config, auto_fill=False)
    nlp.from_bytes(load_bytes(f"{_MODEL_DIR}/model.bin"))
    return nlp


def _pieces(text: str, blocks: Sequence[Block]) -> list[tuple[int, int]]:
    """(start, end) of the content the model reads: blocks cut into pieces at spaces, the
    first MODEL_MAX_CHARS characters only."""
    out: list[tuple[int, int]] = []
    budget = MODEL_MAX_CHARS
    for block in blocks:
        if block.kind not in CONTENT_KINDS or not block.lines:
            continue
        start, end = block.start, min(block.end, block.start + budget)
        budget -= end - start
        while start < end:
            stop = end if end - start <= _PIECE else text.rfind(" ", start + 1, start + _PIECE)
            stop = start + _PIECE if stop <= start else stop
            out.append((start, stop))
            start = stop
        if budget <= 0:
            break
    return out


def entity_spans(nlp: Language, text: str, blocks: Sequence[Block]) -> Entities:
    """Page offsets of the model's organisations ("ORG") and persons ("PER") in content."""
    out: Entities = {"ORG": [], "PER": []}
    parts = _pieces(text, blocks)
    if not parts or "ner" not in nlp.pipe_names:
        return out
    for (offset, _), doc in zip(parts, nlp.pipe(text[s:e] for s, e in parts), strict=True):
        for ent in doc.ents:
            label = ("ORG" if ent.label_ in ORG_LABELS
                     else "PER" if ent.label_ in PER_LABELS else None)
            if label is not None:
                out[label].append((offset + ent.start_char, offset + ent.end_char))
    return out


def org_spans(nlp: Language, text: str, blocks: Sequence[Block]) -> list[tuple[int, int]]:
    """(start, end) page offsets of every organisation entity the model finds in content."""
    return entity_spans(nlp, text, blocks)["ORG"]
