"""The reusable pipeline: normalise -> lines -> blocks -> extractors -> `Article`.

`Pipeline` loads its resources once (lazily, on the first parse) and is cheap to reuse;
`parse` never raises on a string: a stage that fails leaves a warning, not an exception.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import partial
from typing import TYPE_CHECKING, TypeVar

from newsnlp import assemble, declared
from newsnlp.declared import first_date, time_on
from newsnlp.extract.dates import PageScan, extract_dates
from newsnlp.extract.dates.caller import read_published
from newsnlp.extract.dates.roles import label_role
from newsnlp.extract.dates.timex import with_durations
from newsnlp.extract.sources import extract_sources
from newsnlp.layout.blocks import Block
from newsnlp.layout.byline_fields import mark_byline_fields
from newsnlp.layout.cited import cited_quotes, pulled_quotes
from newsnlp.layout.contents import mark_contents
from newsnlp.layout.dateline import next_to_title
from newsnlp.layout.dom_rules import apply_dom
from newsnlp.layout.embeds import mark_embeds
from newsnlp.layout.enumerations import mark_enumerations
from newsnlp.layout.interview import mark_questions
from newsnlp.layout.lead import unshown_lead
from newsnlp.layout.model import LayoutModel, LayoutReading, refine, shipped_model
from newsnlp.layout.paywall import cut_by_paywall
from newsnlp.layout.repeats import set_aside_repeats
from newsnlp.layout.segment import segment
from newsnlp.layout.signoff import mark_signoffs
from newsnlp.layout.today import shown_today
from newsnlp.models import Article, Confidence, DateMention, Institution, Quote, Source, Warning
from newsnlp.page import Page, prepare
from newsnlp.text.normalize import replace_surrogates

if TYPE_CHECKING:
    from spacy.language import Language

DEFAULT_MAX_CHARS = 5_000_000
AUTO_MODEL = "auto"
T = TypeVar("T")


def _load_model(nlp: Language | str | None) -> Language | None:
    """The spaCy pipeline for `nlp`: "auto" is the NER model shipped with newsnlp (loaded once
    per process), another string an installed pipeline's name, None no model at all."""
    if isinstance(nlp, str) and nlp == AUTO_MODEL:
        from newsnlp.extract.ner import shipped_model

        return shipped_model()
    if isinstance(nlp, str):
        import spacy

        return spacy.load(nlp)
    return nlp


class Pipeline:
    """Parse pages into `Article`s; build once, reuse for many pages.

    `nlp` is a spaCy pipeline (or the name of an installed one) whose NER organisation spans
    become extra institution candidates and whose person spans end names. The default,
    `"auto"`, is the Polish NER model shipped with newsnlp (docs/models.md); a pipeline of
    your own replaces it; `None` uses no model (rules and gazetteer only). `max_chars`
    bounds the work per page: longer input is truncated and flagged with a `truncated` warning.
    `layout_model` replaces the shipped layout model (`newsnlp.layout.model`; training and
    cross-validation pass one trained without the pages they score).
    """

    def __init__(self, *, nlp: Language | str | None = AUTO_MODEL,
                 max_chars: int = DEFAULT_MAX_CHARS,
                 layout_model: LayoutModel | None = None) -> None:
        if max_chars <= 0:
            raise ValueError("max_chars must be positive")
        self.max_chars = max_chars
        self._layout_model = layout_model
        self._nlp_arg = nlp
        self._nlp: Language | None = None
        self._nlp_loaded = False

    @property
    def nlp(self) -> Language | None:
        """The spaCy model, loaded on first use."""
        if not self._nlp_loaded:
            self._nlp = _load_model(self._nlp_arg)
            self._nlp_loaded = True
        return self._nlp

    def parse(self, text: str, *, published: str | None = None, url: str | None = None,
              id: str | None = None, reference: str | None = None) -> Article:
        """Parse one page (plain text or HTML source). `published` overrides the date found on
        the page; `reference` (e.g. a crawl's capture date) anchors relative dates when the
        page shows no date of its own. Both are ISO 8601 or free form (`wczoraj`,
        `04.12.2026 10:33`, `2 dni temu`); a value that names no day is a ValueError."""
        with _cyclic_gc_paused():
            return self.parse_page(self.prepare(text), published=published, url=url, id=id,
                                   reference=reference)

    def prepare(self, text: str) -> Page:
        """The `Page` of one input: its text (`Article.text`), the map back to `text`, the
        lines and DOM cues (see `newsnlp.page`)."""
        if not isinstance(text, str):
            raise TypeError(f"text must be str, not {type(text).__name__}")
        return prepare(text, self.max_chars)

    def parse_page(self, prepared: Page, *, published: str | None = None,
                   url: str | None = None, id: str | None = None,
                   reference: str | None = None) -> Article:
        """Parse a prepared page (see `parse`)."""
        warnings = list(prepared.warnings)
        page, scan = prepared.text, prepared.scan
        published = None if published is None else read_published(published)
        reference = None if reference is None else read_published(reference)
        url, id = _scrub(url), _scrub(id)
        run = _Runner(warnings)
        blocks = run("segment", lambda: segment(page, prepared.lines, scan.find),
                     list[Block]())
        reading = run("layout", lambda: refine(prepared.lines, blocks, self.layout_model), None)
        if reading is not None:
            blocks = reading.blocks
        title_source: str | None = None
        cited: list[Quote] = []
        if prepared.cues is not None and prepared.declared is not None:
            cues, declared_page = prepared.cues, prepared.declared
            blocks, title_source = run(
                "dom", lambda: apply_dom(blocks, prepared.lines, cues, declared_page.headline,
                                         declared_page.section, declared_page.description),
                (blocks, title_source))
            blocks, cited = run("cited", lambda: cited_quotes(page, blocks, cues),
                                (blocks, list[Quote]()))
        blocks = run("contents", lambda: mark_contents(blocks), blocks)
        blocks = run("enumerations", lambda: mark_enumerations(blocks), blocks)
        blocks = run("repeats", lambda: set_aside_repeats(blocks), blocks)
        blocks = run("signoff", lambda: mark_signoffs(blocks), blocks)
        blocks = run("byline_fields", lambda: mark_byline_fields(blocks), blocks)
        blocks = run("interview", lambda: mark_questions(blocks), blocks)
        blocks = run("dateline", lambda: next_to_title(page, prepared.lines, blocks, scan.find),
                     blocks)
        blocks = run("lead", lambda: unshown_lead(blocks, markup=prepared.cues is not None),
                     blocks)
        if run("paywall", lambda: cut_by_paywall(blocks), False):
            warnings.append(Warning(code="paywall", message=(
                "a paywall follows the article's text: the body is its free part only")))
        blocks, embedded = run("embeds", lambda: mark_embeds(page, blocks),
                               (blocks, list[Quote]()))
        blocks, pulled = run("pulled", lambda: pulled_quotes(page, blocks),
                             (blocks, list[Quote]()))
        blocks, quotes = run("quotes", lambda: assemble.apply_quotes(page, blocks),
                             (blocks, list[Quote]()))
        quotes = sorted([*quotes, *embedded, *cited, *pulled], key=lambda q: q.start)
        published_value = published or run(
            "published", lambda: _published(page, blocks, scan.find), None)
        declared_date = first_date(prepared.declared.published) if prepared.declared else None
        anchor = declared_date[0] if declared_date else _scrub(reference) or run(
            "today", lambda: shown_today(page, prepared.lines, scan.find), None)
        dates = run("dates", lambda: extract_dates(page, blocks, published_value, scan, anchor),
                    list[DateMention]())
        if published_value is None:  # relative to the page's today, or a dateline the
            published_value = _dated(dates, blocks)  # segmenter did not label
            if published_value is not None:  # `Dodano: wczoraj`: the text's own `wczoraj`
                dated, first = published_value, dates  # is the day before that day
                dates = run("dates", lambda: _redated(page, blocks, dated, scan, first), dates)
        elif not published:
            published_value = _labelled_time(published_value, dates)
        published_source = "caller" if published else "text"
        if published_value is None and declared_date is not None:
            published_value, published_source = declared_date
        elif not published and prepared.declared is not None and published_value is not None:
            # the day the text shows, with the time the markup declares for that day
            timed = time_on(published_value, prepared.declared.published, page)
            if timed is not None:
                published_value, published_source = timed
        holiday_anchor = published_value or anchor
        dates = run("durations", lambda: with_durations(page, blocks, dates, holiday_anchor),
                    dates)
        institutions = run("institutions", lambda: self._institutions(page, blocks),
                           list[Institution]())
        sources = run("sources", lambda: extract_sources(page, blocks, institutions),
                      list[Source]())
        article = Article(id=id, url=url, text=page, warnings=warnings, dates=dates,
                          institutions=institutions, sources=sources, quotes=quotes)
        run("assemble", lambda: _fill(article, page, blocks, published_value), None)
        run("declared", lambda: declared.fill(
            article.meta, prepared.declared, title_source=title_source,
            published_source=published_source), None)
        article.confidence = _confidence(reading, published, article)
        return article

    @property
    def layout_model(self) -> LayoutModel:
        """The layout model: the one given, else the shipped one (loaded once per process)."""
        return self._layout_model or shipped_model()

    def pipe(self, texts: Iterable[str], *, n_process: int = 1,
             batch_size: int = 32) -> Iterator[Article]:
        """Parse many pages, yielding Articles in input order.

        With `n_process` > 1, batches of `batch_size` pages go to worker processes that each
        build one Pipeline (`newsnlp.io.runner`); only a few batches per worker are in
        flight, so `texts` may be a generator of any length. A spaCy model reaches workers by
        name only. See docs/batch.md for the `if __name__ == "__main__":` rule.
        """
        if n_process <= 1:
            for text in texts:
                yield self.parse(text)
            return
        if self._nlp_arg is not None and not isinstance(self._nlp_arg, str):
            raise ValueError("with n_process > 1, pass the spaCy model by name (nlp='...')")
        from newsnlp.io.runner import chunked, ordered_map

        work = partial(_worker_parse, max_chars=self.max_chars, nlp=self._nlp_arg)
        for data in ordered_map(work, chunked(texts, max(1, batch_size)), workers=n_process):
            yield Article.model_validate_json(data)

    def _institutions(self, page: str, blocks: Sequence[Block]) -> list[Institution]:
        from newsnlp.extract.institutions import extract_institutions

        found: dict[str, list[tuple[int, int]]] = {}
        if self.nlp is not None:
            from newsnlp.extract.ner import entity_spans

            found = entity_spans(self.nlp, page, blocks)
        return extract_institutions(page, blocks, extra_candidates=found.get("ORG", ()),
                                    persons=found.get("PER", ()))


@contextmanager
def _cyclic_gc_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector for one parse.

    A parse builds no reference cycles worth collecting (reference counting frees its
    objects), but a large page allocates millions of objects, and every full collection
    scans the whole heap: with the collector running, the later stages of a 5 MB page cost
    more per character than those of a small one. The collector is resumed (if it ran
    before) when the parse ends.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _scrub(value: str | None) -> str | None:
    """`value` with lone surrogates replaced, so the Article can always be written as JSON."""
    return replace_surrogates(value) if isinstance(value, str) else value


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


def _published(page: str, blocks: Sequence[Block],
               find: Callable[[str, int, int], list[DateMention]]) -> str | None:
    """The value of the first date on the publication line (`find` is the page's scanner);
    a date labelled as the last update is not the publication date."""
    for block in blocks:
        if block.kind == "published":
            start, end = block.value_range
            found = [d for d in find(page, start, end)
                     if d.value and label_role(page, d.start) != "updated"]
            if found:
                return found[0].value
    return None


def _dated(dates: Sequence[DateMention], blocks: Sequence[Block]) -> str | None:
    """The publication date read with the page's dates: the one on the publication line
    the segmenter labelled (`Dodano: wczoraj, 14:05`, which needs the page's today to
    resolve), else the first date in the publication role (the site's date of today in the
    page head is no publication date where the page labels one)."""
    labelled = [b.value_range for b in blocks if b.kind == "published"]
    published = [d for d in dates if d.role == "published" and d.value]
    return next((d.value for d in published if any(a <= d.start < b for a, b in labelled)),
                published[0].value if published else None)


def _redated(page: str, blocks: Sequence[Block], published: str, scan: PageScan,
             first: Sequence[DateMention]) -> list[DateMention]:
    """The page's dates read again against the publication date the first reading found
    (`Dodano: wczoraj, 14:05` under the top bar's date of today: the text's `wczoraj` is
    the day before the publication), the publication line's own dates as first read."""
    kept = {(d.start, d.end): d for d in first if d.role == "published"}
    again = extract_dates(page, blocks, published, scan)
    return [kept.get((d.start, d.end), d) for d in again]


def _labelled_time(day: str, dates: Sequence[DateMention]) -> str:
    """The publication `day` with the time a line labelled as the publication gives for that
    day (a public record's `Data publikacji: 2026-03-05 11:47` under the text, the head's
    date line showing the day alone); else `day` as it is."""
    return next((d.value for d in dates if d.role == "published" and d.value
                 and d.value.startswith(day + "T")), day)


def _confidence(reading: LayoutReading | None, caller_published: str | None,
                article: Article) -> Confidence:
    """How sure the parse is of the title, lead, publication date and layout (docs/schema.md):
    the layout model's probabilities; a caller's date is certain."""
    if reading is None:
        return Confidence()
    published = 1.0 if caller_published else (
        reading.published if article.meta.published else None)
    return Confidence(title=reading.title if article.meta.title else None,
                      lead=reading.lead if article.lead else None,
                      published=published, layout=reading.layout)


def _fill(article: Article, page: str, blocks: Sequence[Block], published: str | None) -> None:
    article.meta = assemble.meta(page, blocks, published)
    article.meta.updated = next((d.value for d in article.dates if d.role == "updated"), None)
    article.lead = assemble.lead(page, blocks)
    article.sections = assemble.sections(page, blocks)
    article.lists = assemble.lists(page, blocks)
    article.chrome = assemble.chrome(page, blocks, article.dates)


_WORKER_PIPELINES: dict[tuple[int, str | None], Pipeline] = {}


def worker_pipeline(max_chars: int | None = None, nlp: str | None = AUTO_MODEL) -> Pipeline:
    """This process's pipeline for these settings, built on first use and then reused for
    every chunk: the one worker cache of `pipe`, the CLI batch and Dask workers
    (`max_chars` None: the default limit)."""
    key = (max_chars or DEFAULT_MAX_CHARS, nlp)
    pipeline = _WORKER_PIPELINES.get(key)
    if pipeline is None:
        pipeline = _WORKER_PIPELINES[key] = Pipeline(nlp=nlp, max_chars=key[0])
    return pipeline


def _worker_parse(texts: list[str], max_chars: int, nlp: str | None) -> list[str]:
    """Parse a batch in a worker process with its cached Pipeline; Articles as JSON."""
    pipeline = worker_pipeline(max_chars, nlp)
    return [pipeline.parse(text).model_dump_json() for text in texts]


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
