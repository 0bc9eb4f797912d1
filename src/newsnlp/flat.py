"""The flat view: an `Article` in the field names and meanings of the gold format.

`Article.to_flat()` calls it; it needs the models only for their types, so the dependency
goes one way (models -> flat).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from newsnlp.models import Article, Span


def _text(span: Span | None) -> str | None:
    return span.text if span is not None else None


def to_flat(article: Article) -> dict[str, Any]:
    """One JSON-ready dict per article, scoreable by the gold-format scorer."""
    by_id = {inst.id: inst for inst in article.institutions}
    image = article.meta.image
    return {
        "id": article.id,
        "category": _text(article.meta.category),
        "published": article.meta.published,
        "title": _text(article.meta.title),
        "image": None if image is None else {"caption": _text(image.caption),
                                             "credit": _text(image.credit)},
        "lead": _text(article.lead),
        "sections": [{"heading": _text(s.heading), "paragraphs": [p.text for p in s.paragraphs]}
                     for s in article.sections],
        "lists": [[item.text for item in lst.items] for lst in article.lists],
        "quotes": [{"text": q.text, "speaker": _text(q.speaker)} for q in article.quotes],
        "institutions": [
            {
                "canonical": inst.canonical,
                "acronym": inst.acronym,
                "kind": inst.kind,
                "locality": inst.locality,
                "parent": by_id[inst.parent].canonical if inst.parent in by_id else None,
                "mentions": list(dict.fromkeys(m.text for m in inst.mentions)),
            }
            for inst in article.institutions
        ],
        "dates": [{"text": d.text, "value": d.value} for d in article.dates
                  if d.type in ("date", "time")],
        "sources": [{"kind": s.kind, "name": s.text} for s in article.sources],
        "boilerplate": [line.text for block in article.chrome for line in block.lines],
        "warnings": [w.code for w in article.warnings],
    }
