"""The reusable pipeline: normalise -> lines -> blocks -> extractors -> `Article`.

`Pipeline` loads its resources once (lazily, on the first parse) and is cheap to reuse;
`parse` never raises on a string: a stage that fails leaves a warning, not an exception.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, TypeVar

from newsnlp import assemble
from newsnlp.blocks import Block
from newsnlp.dates import extract_dates, find_dates
from newsnlp.lines import split_lines
from newsnlp.models import Article, DateMention, Institution, Quote, Source, Warning
from newsnlp.normalize import normalize
from newsnlp.segment import segment
from newsnlp.sources import extract_sources

if TYPE_CHECKING:
    from spacy.language import Language

DEFAULT_MAX_CHARS = 5_000_000
T = TypeVar("T")


class Pipeline:
    """Parse pages into `Article`s; build once, reuse for many pages.

    `nlp` is an optional spaCy pipeline (or the name of an installed one) whose NER
    organisation spans become extra institution candidates. `max_chars` bounds the work per
    page: longer input is truncated and flagged with a `truncated` warning.
    """

    def __init__(self, *, nlp: Language | str | None = None,
                 max_chars: int = DEFAULT_MAX_CHARS) -> None:
        if max_chars <= 0:
            raise ValueError("max_chars must be positive")
        self.max_chars = max_chars
        self._nlp_arg = nlp
        self._nlp: Language | None = None
        self._nlp_loaded = False

    @property
    def nlp(self) -> Language | None:
        """The spaCy model, loaded on first use."""
        if not self._nlp_loaded:
            self._nlp_loaded = True
            if isinstance(self._nlp_arg, str):
                import spacy

                self._nlp = spacy.load(self._nlp_arg)
            else:
                self._nlp = self._nlp_arg
        return self._nlp

    def parse(self, text: str, *, published: str | None = None, url: str | None = None,
              id: str | None = None) -> Article:
        """Parse one page. `published` (ISO 8601) overrides the date found on the page."""
        warnings: list[Warning] = []
        if not isinstance(text, str):
            raise TypeError(f"text must be str, not {type(text).__name__}")
        if len(text) > self.max_chars:
            warnings.append(Warning(code="truncated", message=(
                f"input of {len(text)} characters truncated to max_chars={self.max_chars}")))
            text = text[: self.max_chars]
        norm = normalize(text)
        page = norm.text
        run = _Runner(warnings)
        blocks = run("segment", lambda: segment(page, split_lines(page), _line_dates),
                     list[Block]())
        blocks, quotes = run("quotes", lambda: assemble.apply_quotes(page, blocks),
                             (blocks, list[Quote]()))
        published_value = published or run("published", lambda: _published(page, blocks), None)
        dates = run("dates", lambda: extract_dates(page, blocks, published_value),
                    list[DateMention]())
        institutions = run("institutions", lambda: self._institutions(page, blocks),
                           list[Institution]())
        sources = run("sources", lambda: extract_sources(page, blocks, institutions),
                      list[Source]())
        article = Article(id=id, url=url, text=page, warnings=warnings, dates=dates,
                          institutions=institutions, sources=sources, quotes=quotes)
        run("assemble", lambda: _fill(article, page, blocks, published_value), None)
        return article

    def pipe(self, texts: Iterable[str], *, n_process: int = 1,
             batch_size: int = 32) -> Iterator[Article]:
        """Parse many pages, yielding Articles in input order (`n_process` workers)."""
        if n_process <= 1:
            for text in texts:
                yield self.parse(text)
            return
        ctx = multiprocessing.get_context("spawn")
        with ctx.Pool(n_process, initializer=_init_worker, initargs=(self.max_chars,)) as pool:
            yield from pool.imap(_worker_parse, texts, chunksize=max(1, batch_size))

    def _institutions(self, page: str, blocks: Sequence[Block]) -> list[Institution]:
        from newsnlp.institutions import extract_institutions

        extra: list[tuple[int, int]] = []
        if self.nlp is not None:
            from newsnlp.ner import org_spans

            extra = org_spans(self.nlp, page, blocks)
        return extract_institutions(page, blocks, extra_candidates=extra)


class _Runner:
    """Run one stage; on an unexpected error keep going with a fallback and a warning."""

    def __init__(self, warnings: list[Warning]) -> None:
        self.warnings = warnings

    def __call__(self, stage: str, fn: Callable[[], T], fallback: T) -> T:
        try:
            return fn()
        except Exception as exc:
            self.warnings.append(Warning(code=f"{stage}_failed",
                                         message=f"{type(exc).__name__}: {exc}"[:500]))
            return fallback


def _line_dates(text: str, start: int, end: int) -> list[DateMention]:
    return find_dates(text, start, end)


def _published(page: str, blocks: Sequence[Block]) -> str | None:
    """The value of the first date on the publication line."""
    for block in blocks:
        if block.kind == "published":
            start, end = block.value or (block.start, block.end)
            found = [d for d in find_dates(page, start, end) if d.value]
            if found:
                return found[0].value
    return None


def _fill(article: Article, page: str, blocks: Sequence[Block], published: str | None) -> None:
    article.meta = assemble.meta(page, blocks, published)
    article.meta.updated = next((d.value for d in article.dates if d.role == "updated"), None)
    article.lead = assemble.lead(page, blocks)
    article.sections = assemble.sections(page, blocks)
    article.lists = assemble.lists(page, blocks)
    article.chrome = assemble.chrome(page, blocks, article.dates)


_WORKER: Pipeline | None = None


def _init_worker(max_chars: int) -> None:
    global _WORKER
    _WORKER = Pipeline(max_chars=max_chars)


def _worker_parse(text: str) -> Article:
    assert _WORKER is not None
    return _WORKER.parse(text)


_DEFAULT: Pipeline | None = None


def default_pipeline() -> Pipeline:
    """The process-wide pipeline behind `newsnlp.parse`."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Pipeline()
    return _DEFAULT


def parse(text: str, *, published: str | None = None, url: str | None = None,
          id: str | None = None) -> Article:
    """Parse one scraped page into an `Article` (see `Pipeline.parse`)."""
    return default_pipeline().parse(text, published=published, url=url, id=id)
