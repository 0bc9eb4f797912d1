"""The HTML view: strictly well-formed, complete (every entity, every character), escaped."""

from __future__ import annotations

import re
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsnlp
from newsnlp.io.render import render_file, render_html
from newsnlp.models import Article, DateMention, Institution, Quote, Source, Span

from .conftest import EXAMPLES, example_text

VOID = frozenset({"meta", "br"})


class StrictHTML(HTMLParser):
    """Fails on any tag not closed in order, self-closing syntax or stray end tag."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.tags: Counter[str] = Counter()
        self.attrs: list[tuple[str, str]] = []
        self.main_text: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags[tag] += 1
        self.attrs.extend((name, value or "") for name, value in attrs)
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        raise AssertionError(f"self-closing <{tag}/>")

    def handle_endtag(self, tag: str) -> None:
        assert tag not in VOID, f"end tag for void element {tag}"
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes {self.stack[-1:]}"
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        if "main" in self.stack:
            self.main_text.append(data)


def check(page: str) -> StrictHTML:
    assert page.startswith("<!DOCTYPE html>")
    parser = StrictHTML()
    parser.feed(page)
    parser.close()
    assert parser.stack == [], f"unclosed {parser.stack}"
    assert parser.tags["script"] == 0 and parser.tags["link"] == 0 and parser.tags["img"] == 0
    return parser


def shown(parser: StrictHTML) -> str:
    """Everything a reader sees: text and hover titles."""
    return "\n".join(parser.text + [v for k, v in parser.attrs if k == "title"])


def no_space(text: str) -> str:
    return re.sub(r"\s", "", text)


@pytest.mark.parametrize("name", sorted(p.name for p in EXAMPLES.glob("*.txt")))
def test_examples_are_well_formed_and_complete(name: str) -> None:
    article = newsnlp.parse(example_text(name))
    parser = check(render_html(article))
    everything = shown(parser)
    for inst in article.institutions:
        assert inst.canonical in everything
    for date in article.dates:
        assert date.text in everything and (date.value is None or date.value in everything)
    for source in article.sources:
        assert f"{source.kind}: {source.text}" in everything
    assert no_space("".join(parser.main_text)) == no_space(article.text)


def test_hover_and_chrome_markup() -> None:
    page = render_html(newsnlp.parse(example_text("portal-sosnowiec.txt")))
    assert '<mark class="inst" title="Komenda Miejska Policji w Sosnowcu (KMP, police)">' in page
    assert 'class="b chrome chrome-ad" data-kind="chrome: ad"' in page
    assert '<h1 class="b title"' in page and "<blockquote" in page and "<li>" in page


def test_hostile_input_is_escaped() -> None:
    text = ('<script>alert("x")</script>\n\nTytuł <img src=x onerror=alert(1)> & "cudzysłów"\n\n'
            'Policja w Łodzi </mark></p><b>pisze</b> o "sprawie".\n')
    page = render_html(newsnlp.parse(text, id='"><script>'))
    parser = check(page)
    assert parser.tags["b"] == 0
    assert no_space("".join(parser.main_text)) == no_space(newsnlp.parse(text).text)
    assert '"><script>' in parser.text  # the id, shown as text in the side panel


def _article(text: str, spans: list[tuple[int, int]]) -> Article:
    """An Article with `spans` dealt in turn to mentions, dates, sources and quotes."""
    def piece(start: int, end: int) -> Span:
        return Span(start=start, end=end, text=text[start:end])

    inst, dates, sources, quotes = ([piece(*s) for i, s in enumerate(spans) if i % 4 == k]
                                    for k in range(4))
    return Article(
        text=text,
        institutions=[Institution(id="I1", canonical="Urząd <Gminy>", kind="local_government",
                                  mentions=inst)] if inst else [],
        dates=[DateMention(**d.model_dump(), value="2026-01-02") for d in dates],
        sources=[Source(**s.model_dump(), kind="photo") for s in sources],
        quotes=[Quote(**q.model_dump(), speaker=piece(0, min(3, len(text))))
                for q in quotes],
        lead=piece(0, len(text) // 2),
    )


def test_crossing_spans_nest() -> None:
    text = "Urząd Gminy w Dobrej\nogłasza 2 stycznia przetarg"
    article = _article(text, [(0, 11), (6, 30), (6, 11), (9, 40), (0, len(text))])
    parser = check(render_html(article))
    assert no_space("".join(parser.main_text)) == no_space(text)
    assert parser.tags["mark"] > 5


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_random_spans_render_well_formed(data: st.DataObject) -> None:
    text = data.draw(st.text(alphabet="ab <>&\"'\n", min_size=1, max_size=40))
    pairs = data.draw(st.lists(st.tuples(st.integers(0, len(text)), st.integers(0, len(text))),
                               max_size=8))
    article = _article(text, [(min(p), max(p)) for p in pairs if p[0] != p[1]])
    parser = check(render_html(article))
    assert no_space("".join(parser.main_text)) == no_space(text)


def test_render_file_uses_stem_as_id(tmp_path: Path) -> None:
    path = tmp_path / "strona.txt"
    path.write_bytes(example_text("straz-pozarna.txt").encode("cp1250", errors="replace"))
    parser = check(render_file(path))
    assert "strona" in parser.text
