"""The callable that `../shared/eval/score_pages.py` scores: a parse reduced to title and body.

    python ../shared/eval/score_pages.py PAGES.jsonl.gz --fn training.layout.score_fn:extract

The body is the article's running text in page order: lead, headings, paragraphs, list items
and block quotes (what the hand-cleaned references keep).
"""

from __future__ import annotations

from newsnlp import Article, Pipeline
from newsnlp.models import Span

_PIPELINE = Pipeline(nlp=None)


def _whole_lines(text: str, span: Span) -> Span:
    """The lines a span stands on (a block quote with its quotation marks and attribution, a
    list item with its marker: the references keep both)."""
    start = text.rfind("\n", 0, span.start) + 1
    end = text.find("\n", span.end)
    end = len(text) if end < 0 else end
    return Span(start=start, end=end, text=text[start:end])


def body_spans(article: Article) -> list[Span]:
    """The article's running-text spans in page order (block quotes and list items as whole
    lines)."""
    spans: list[Span] = [article.lead] if article.lead else []
    for section in article.sections:
        spans.extend([section.heading] if section.heading else [])
        spans.extend(section.paragraphs)
    for block in article.lists:
        spans.extend(_whole_lines(article.text, item) for item in block.items)
    spans.extend(_whole_lines(article.text, q) for q in article.quotes if not q.inline)
    return sorted(spans, key=lambda s: s.start)


def to_title_body(article: Article) -> dict[str, object]:
    """{"title": the headline or None, "body": [paragraph strings]}."""
    title = article.meta.title.text if article.meta.title else None
    return {"title": title, "body": [s.text for s in body_spans(article)]}


def extract(text: str) -> dict[str, object]:
    """Parse `text` with the shipped models and reduce it for the scorer."""
    return to_title_body(_PIPELINE.parse(text))
