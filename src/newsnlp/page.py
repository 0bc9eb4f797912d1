"""The page object every stage reads: text, its map to the input, lines, DOM cues, scans.

`prepare` turns the input (plain text or HTML source) into a `Page` once: HTML is rendered
by `text.html`, then everything is normalised; `source` composes both offset maps, so
`page.to_raw(start, end)` gives the span of the *input* behind any span of `page.text`
(which becomes `Article.text`). For HTML input `cues[i]` holds the `DomCues` of `lines[i]`,
`html` the rendered page with its parsed tree and `declared` what its metadata declares.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from newsnlp.extract.dates import PageScan
from newsnlp.models import Warning
from newsnlp.text.dom import DomCues
from newsnlp.text.html import RenderedHtml, looks_like_html, render_html
from newsnlp.text.htmlmeta import PageMetadata, page_metadata
from newsnlp.text.lines import Line, split_lines
from newsnlp.text.normalize import Normalized, normalize, replace_surrogates


@dataclass(slots=True)
class Page:
    """One prepared page (see the module doc)."""

    raw: str
    source: Normalized
    lines: list[Line]
    scan: PageScan
    html: RenderedHtml | None = None
    cues: tuple[DomCues, ...] | None = None
    declared: PageMetadata | None = None
    warnings: list[Warning] = field(default_factory=list)

    @property
    def text(self) -> str:
        """The normalised page text (`Article.text`)."""
        return self.source.text

    def to_raw(self, start: int, end: int) -> tuple[int, int]:
        """The span of the input `raw` behind `text[start:end]`."""
        return self.source.to_raw(start, end)


def prepare(raw: str, max_chars: int) -> Page:
    """The page of input `raw` (truncated to `max_chars`, HTML rendered, normalised).

    Never raises: a failing step is skipped with a `*_failed` warning, so a page always
    reaches the stages.
    """
    warnings: list[Warning] = []
    if len(raw) > max_chars:
        warnings.append(Warning(code="truncated", message=(
            f"input of {len(raw)} characters truncated to max_chars={max_chars}")))
        raw = raw[:max_chars]
    rendered = _render(raw, warnings)
    base = rendered.source if rendered is not None else None
    try:
        inner = normalize(base.text if base is not None else raw)
        source = base.then(inner) if base is not None else inner
    except Exception as exc:  # fall back to the text without surrogates
        warnings.append(Warning(code="normalize_failed",
                                message=f"{type(exc).__name__}: {exc}"[:500]))
        text = replace_surrogates(base.text if base is not None else raw)
        source = Normalized(text, base.offsets if base is not None else tuple(range(len(text))))
    if not source.text.strip():
        warnings.append(Warning(code="empty_input", message="the input has no text"))
    lines = split_lines(source.text)
    cues = rendered.cues if rendered is not None else None
    if cues is not None and len(cues) != len(lines):
        cues = None  # only cues that line up with the lines are kept
    declared = page_metadata(rendered.root) if rendered is not None else None
    return Page(raw, source, lines, PageScan(source.text), rendered, cues, declared, warnings)


def _render(raw: str, warnings: list[Warning]) -> RenderedHtml | None:
    """The rendered page when `raw` is HTML source, else None."""
    try:
        if not looks_like_html(raw):
            return None
        rendered = render_html(raw)
    except Exception as exc:  # fall back to the text as given
        warnings.append(Warning(code="html_failed",
                                message=f"{type(exc).__name__}: {exc}"[:500]))
        return None
    warnings.append(Warning(code="html_input", message=(
        "the input is HTML source: rendered to its visible text (scripts, styles and "
        "hidden elements dropped); offsets map back through the page's source map")))
    return rendered
