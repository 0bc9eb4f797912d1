"""spaCy integration: the `newsnlp_article` pipeline component and `article_to_doc`.

Both put the `Article` on `doc._.article` and its items in span groups (`newsnlp_blocks`,
`newsnlp_institutions`, `newsnlp_dates`, `newsnlp_sources`); the component also fills
`doc.ents` (ORG from the institutions, PER and LOC from the NER model) unless an NER earlier
in the user's pipeline has set them. Span groups keep only a label,
`kb_id_` and `id_` through a `DocBin`, so every value a user needs is carried in those.
`doc._.article` itself survives a `DocBin(store_user_data=True)` through the msgpack
encoder/decoder registered here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import srsly
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from newsnlp.models import Article
from newsnlp.models import Span as ArticleSpan
from newsnlp.pipeline import AUTO_MODEL, DEFAULT_MAX_CHARS, Pipeline
from newsnlp.resources import compile_pattern

BLOCKS_KEY = "newsnlp_blocks"
INSTITUTIONS_KEY = "newsnlp_institutions"
DATES_KEY = "newsnlp_dates"
SOURCES_KEY = "newsnlp_sources"
SPAN_KEYS = (BLOCKS_KEY, INSTITUTIONS_KEY, DATES_KEY, SOURCES_KEY)

# (label, span in `Article.text`, kb_id_, id_) before mapping to tokens.
_Item = tuple[str, ArticleSpan, str, str]
OffsetMap = Callable[[int, int], tuple[int, int]]

_MSGPACK_KEY = "__newsnlp_article__"
_MARKUP_EDGE = compile_pattern(r"(?=<)|(?<=>)")


def _register_extension() -> None:
    """Register `Doc._.article` once per process (the module may be imported again)."""
    if not Doc.has_extension("article"):
        Doc.set_extension("article", default=None)


def article_to_doc(nlp: Language, article: Article) -> Doc:
    """A Doc of `article.text` (tokenised by `nlp.make_doc`) with the Article annotated."""
    doc = nlp.make_doc(article.text)
    return annotate_doc(doc, article)


def annotate_doc(doc: Doc, article: Article, to_doc: OffsetMap | None = None) -> Doc:
    """Set `doc._.article` and the span groups; `to_doc` maps Article offsets to `doc.text`.

    Items whose characters do not align with any token are skipped, never an error.
    """
    doc._.article = article
    groups = {
        BLOCKS_KEY: _block_items(article),
        INSTITUTIONS_KEY: _institution_items(article),
        DATES_KEY: _date_items(article),
        SOURCES_KEY: _source_items(article),
    }
    for key, items in groups.items():
        spans = (_to_span(doc, item, to_doc) for item in items)
        doc.spans[key] = [span for span in spans if span is not None]
    return doc


def _to_span(doc: Doc, item: _Item, to_doc: OffsetMap | None) -> Span | None:
    label, piece, kb_id, ent_id = item
    start, end = (piece.start, piece.end) if to_doc is None else to_doc(piece.start, piece.end)
    if start >= end:
        return None
    span = doc.char_span(start, end, label=label, kb_id=kb_id, alignment_mode="expand")
    if span is None or len(span) == 0:  # only whitespace between tokens
        return None
    if ent_id:
        span.id_ = ent_id
    return span


def _block_items(article: Article) -> list[_Item]:
    """Page structure: metadata, lead, headings, paragraphs, list items, quotes, chrome."""
    items = list(_labelled(_structure(article)))
    items.extend((f"chrome_{c.kind}", c, "", "") for c in article.chrome)
    items.sort(key=lambda item: (item[1].start, item[1].end))
    return items


def _structure(article: Article) -> Iterator[tuple[str, ArticleSpan | None]]:
    meta = article.meta
    yield "category", meta.category
    yield "title", meta.title
    yield "caption", meta.image.caption if meta.image else None
    yield "lead", article.lead
    for section in article.sections:
        yield "heading", section.heading
        for paragraph in section.paragraphs:
            yield "paragraph", paragraph
    for block in article.lists:
        for item in block.items:
            yield "list_item", item
    for quote in article.quotes:
        yield "quote", quote
        yield "speaker", quote.speaker


def _labelled(pairs: Iterator[tuple[str, ArticleSpan | None]]) -> Iterator[_Item]:
    for label, piece in pairs:
        if piece is not None:
            yield label, piece, "", ""


def _institution_items(article: Article) -> list[_Item]:
    """Each mention: label = kind, kb_id_ = canonical name, id_ = institution id."""
    return sorted(((inst.kind, m, inst.canonical, inst.id)
                   for inst in article.institutions for m in inst.mentions),
                  key=lambda item: (item[1].start, item[1].end))


def _date_items(article: Article) -> list[_Item]:
    """Each date: label = role, kb_id_ = ISO value ('' when unresolved)."""
    return [(d.role, d, d.value or "", "") for d in article.dates]


def _source_items(article: Article) -> list[_Item]:
    """Each credit: label = kind, id_ = id of the institution it names ('' if none)."""
    return [(s.kind, s, "", s.institution or "") for s in article.sources]


def _content(article: Article) -> list[ArticleSpan]:
    """The running text the NER model reads: lead, headings, paragraphs, list items."""
    parts = [article.lead] + [p for s in article.sections for p in [s.heading, *s.paragraphs]]
    parts += [item for block in article.lists for item in block.items]
    return [p for p in parts if p is not None]


def _entity_items(article: Article, ner: Language | None) -> list[_Item]:
    """ORG for every institution mention; PER and LOC from the model over the content."""
    items = [("ORG", m, inst.canonical, inst.id)
             for inst in article.institutions for m in inst.mentions]
    if ner is None:
        return items
    parts = _content(article)
    for part, doc in zip(parts, ner.pipe(p.text for p in parts), strict=True):
        for ent in doc.ents:
            if ent.label_ in ("PER", "LOC"):
                start = part.start + ent.start_char
                items.append((ent.label_, ArticleSpan(
                    start=start, end=start + len(ent.text), text=ent.text), "", ""))
    return items


class ArticleComponent:
    """Parse each Doc's text with newsnlp and annotate the Doc (see `annotate_doc`).

    newsnlp normalises the text it parses (and renders HTML source to text), so offsets are
    mapped back to `doc.text` through the page's source map: on HTML input a span covers the
    markup's text (a title span is the inside of its `<h1>`). `model` is the NER model behind
    the parse: "auto" (the shipped one), the name of an installed spaCy pipeline, or "" for
    none.
    """

    def __init__(self, nlp: Language, name: str = "newsnlp_article", *,
                 max_chars: int = DEFAULT_MAX_CHARS, model: str = AUTO_MODEL) -> None:
        self.name = name
        self.pipeline = Pipeline(nlp=model or None, max_chars=max_chars)

    def __call__(self, doc: Doc) -> Doc:
        page = self.pipeline.prepare(doc.text)
        if page.html is not None:
            doc = split_at_markup(doc)
        article = self.pipeline.parse_page(page)
        annotate_doc(doc, article, page.to_raw)
        if not doc.ents:
            spans = (_to_span(doc, item, page.to_raw)
                     for item in _entity_items(article, self.pipeline.nlp))
            doc.ents = filter_spans([span for span in spans if span is not None])
        return doc


def split_at_markup(doc: Doc) -> Doc:
    """A Doc of the same text whose tokens also end before each `<` and after each `>`, so
    spans of HTML input can start and end where the markup's text does (a token like
    `</a></nav><h1>Pożar` becomes `</a>`, `</nav>`, `<h1>`, `Pożar`)."""
    words: list[str] = []
    spaces: list[bool] = []
    for token in doc:
        pieces = [p for p in _MARKUP_EDGE.split(token.text) if p]
        words.extend(pieces)
        spaces.extend([False] * (len(pieces) - 1) + [bool(token.whitespace_)])
    if len(words) == len(doc):
        return doc
    return Doc(doc.vocab, words=words, spaces=spaces)


@Language.factory(
    "newsnlp_article",
    default_config={"max_chars": DEFAULT_MAX_CHARS, "model": AUTO_MODEL},
    assigns=["doc._.article", "doc.ents"],
)
def make_article_component(nlp: Language, name: str, max_chars: int,
                           model: str) -> ArticleComponent:
    """The `newsnlp_article` factory (`nlp.add_pipe("newsnlp_article")`)."""
    return ArticleComponent(nlp, name, max_chars=max_chars, model=model)


def _encode_article(obj: Any, chain: Callable[[Any], Any] | None = None) -> Any:
    """msgpack: an Article becomes a marked JSON string (`DocBin(store_user_data=True)`)."""
    if isinstance(obj, Article):
        return {_MSGPACK_KEY: obj.model_dump_json()}
    return obj if chain is None else chain(obj)


def _decode_article(obj: Any, chain: Callable[[Any], Any] | None = None) -> Any:
    """msgpack: the marked JSON string back to an Article."""
    if isinstance(obj, dict) and _MSGPACK_KEY in obj:
        return Article.model_validate_json(obj[_MSGPACK_KEY])
    return obj if chain is None else chain(obj)


_register_extension()
srsly.msgpack_encoders.register("newsnlp_article", func=_encode_article)
srsly.msgpack_decoders.register("newsnlp_article", func=_decode_article)
