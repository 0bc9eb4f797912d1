"""Organisation spans from a loaded spaCy NER model, as extra institution candidates.

pl_core_news_sm labels organisations `orgName`; other models use `ORG`. The model runs over
content blocks only (never chrome), and its spans are returned as page offsets for
`newsnlp.extract.institutions.extract_institutions(..., extra_candidates=...)`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from newsnlp.layout.blocks import CONTENT_KINDS, Block

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["ORG_LABELS", "org_spans"]

ORG_LABELS: frozenset[str] = frozenset({"orgName", "ORG", "nam_org_institution", "org"})


def org_spans(nlp: Language, text: str, blocks: Sequence[Block]) -> list[tuple[int, int]]:
    """(start, end) page offsets of every organisation entity the model finds in content."""
    parts = [(b.start, b.end) for b in blocks if b.kind in CONTENT_KINDS and b.lines]
    if not parts or "ner" not in nlp.pipe_names:
        return []
    out: list[tuple[int, int]] = []
    docs = nlp.pipe(text[s:e] for s, e in parts)
    for (offset, _), doc in zip(parts, docs, strict=True):
        for ent in doc.ents:
            if ent.label_ in ORG_LABELS:
                out.append((offset + ent.start_char, offset + ent.end_char))
    return out
