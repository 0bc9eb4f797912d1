"""HTML input: lxml rendering, the map back to the raw HTML, DOM cues, the Page object."""

from __future__ import annotations

import pytest

import newsnlp
from newsnlp.page import prepare
from newsnlp.text.html import looks_like_html, render_html

PAGE = """<!DOCTYPE html>
<html lang="pl"><head><title>Pożar hali | Portal</title>
<style>p { color: red }</style><script>var x = "<p>nie tekst</p>";</script></head>
<body>
<header class="site-header"><nav id="main-menu"><ul><li><a href="/">Strona główna</a></li>
<li><a href="/kraj">Kraj</a></li></ul></nav></header>
<main><article>
<h1 class="entry-title">Pożar hali w Sosnowcu</h1>
<p class="lead">W czwartek strażacy gasili pożar hali przy ul.&nbsp;3&nbsp;Maja.</p>
<div style="display: none">Ukryty baner</div>
<p>Na miejsce wysłano <a href="/straz">sześć zastępów</a> straży.<br>Nikt nie został ranny.</p>
<figure><img src="x.jpg"><figcaption>Hala po pożarze. Fot. Jan Nowak</figcaption></figure>
<p hidden>Też ukryte</p>
</article></main>
<footer><p>&copy; 2026 Portal</p></footer>
</body></html>"""


def test_render_is_browser_like() -> None:
    rendered = render_html(PAGE)
    assert rendered.text.split("\n") == [
        "Strona główna", "Kraj", "Pożar hali w Sosnowcu",
        "W czwartek strażacy gasili pożar hali przy ul. 3 Maja.",
        "Na miejsce wysłano sześć zastępów straży.", "Nikt nie został ranny.",
        "Hala po pożarze. Fot. Jan Nowak", "© 2026 Portal"]


@pytest.mark.parametrize(("html", "line"), [
    ("<div><a href='/'>Sport</a><a href='/k'>Kultura</a></div>", "Sport Kultura"),
    ("<figcaption><span>Terminal lotniska</span><span>Fot. Jan Nowak</span></figcaption>",
     "Terminal lotniska Fot. Jan Nowak"),
    ("<p>Kary domagał się <b>prokurator</b><span>.</span></p>",
     "Kary domagał się prokurator."),  # a mark after a word stays on it
    ("<p><span class='initial'>W</span>arszawa i <i>Kraków</i></p>", "Warszawa i Kraków"),
])
def test_sibling_elements_that_open_on_a_word_are_apart(html: str, line: str) -> None:
    assert render_html(f"<!DOCTYPE html><html><body>{html}</body></html>").text == line


def test_every_character_maps_to_the_raw_html() -> None:
    rendered = render_html(PAGE)
    source = rendered.source
    assert len(source.offsets) == len(source.text)
    assert list(source.offsets) == sorted(source.offsets)
    for i, ch in enumerate(source.text):
        raw = PAGE[source.offsets[i]]
        if ch.isalnum():
            assert raw == ch, (i, ch, raw)
        elif ch == "©":
            assert PAGE.startswith("&copy;", source.offsets[i])
    i = source.text.index("Sosnowcu")
    assert PAGE[slice(*source.to_raw(i, i + 8))] == "Sosnowcu"


def test_dom_cues_per_line() -> None:
    cues = render_html(PAGE).cues
    assert len(cues) == 8
    menu, title, lead, body, caption, footer = cues[0], cues[2], cues[3], cues[4], cues[6], cues[7]
    assert menu.tag == "li" and "nav" in menu.regions and "header" in menu.regions
    assert menu.link_density == 1.0 and "menu" in menu.tokens and "header" in menu.tokens
    assert title.tag == "h1" and title.tokens[:2] == ("entry", "title") and not title.regions
    assert lead.tag == "p" and "lead" in lead.tokens and lead.path[-3:] == ("main", "article", "p")
    assert 0 < body.link_density < 0.5
    assert caption.tag == "figcaption" and "figure" in caption.regions
    assert footer.regions == ("footer",)


def test_page_object_carries_text_map_lines_and_cues() -> None:
    page = prepare(PAGE, 1_000_000)
    assert page.html is not None and page.cues is not None
    assert len(page.cues) == len(page.lines)
    assert page.lines[2].text == "Pożar hali w Sosnowcu"
    line = page.lines[3]
    start, end = page.to_raw(line.start, line.end)
    assert PAGE[start:end].startswith("W czwartek") and PAGE[start:end].endswith("Maja.")
    assert [w.code for w in page.warnings] == ["html_input"]


def test_text_input_has_no_cues_and_an_identity_map() -> None:
    page = prepare("Tytuł\n\nTreść\u00a0strony.", 1000)
    assert page.html is None and page.cues is None
    assert page.text == "Tytuł\n\nTreść strony." and page.to_raw(7, 12) == (7, 12)


def test_article_from_html_has_title_and_no_hidden_text() -> None:
    article = newsnlp.parse(PAGE)
    assert article.meta.title is not None
    assert article.meta.title.text == "Pożar hali w Sosnowcu"
    assert "Ukryty" not in article.text and "Też ukryte" not in article.text
    assert "nie tekst" not in article.text


@pytest.mark.parametrize("raw", [
    "", "<", "<html>", "<!-- tylko komentarz", "\x00\x01<p>a\ud800b</p>",
    "<?xml version='1.0' encoding='utf-8'?><html><body><p>x</p></body></html>",
    "<div>" * 5000 + "głęboko" + "</div>" * 5000,
    "<table><tr><td>1<td>2<tr><td>3</table><p>po tabeli",
    "<p>a</b></i></p></div></span>b<p>c",
])
def test_broken_and_hostile_html_renders(raw: str) -> None:
    rendered = render_html(raw)
    assert len(rendered.source.offsets) == len(rendered.text)
    assert all(0 <= o < max(1, len(raw)) for o in rendered.source.offsets)
    assert list(rendered.source.offsets) == sorted(rendered.source.offsets)
    assert len(rendered.cues) == (len(rendered.text.split("\n")) if rendered.text else 0)


def test_deep_nesting_keeps_text() -> None:
    """libxml2 keeps 1,000 levels (content below ~2,000 is dropped, see docs/design.md)."""
    raw = "<div>" * 1000 + "głęboko" + "</div>" * 1000
    assert "głęboko" in render_html(raw).text


@pytest.mark.parametrize("text", [
    "To jest <b>ważne</b>, a <a href='https://x.pl'>tu</a> jest <i>link</i> i <span>tyle</span>.",
    "Wzór: a<b oraz c>d, <em>koniec</em>.",
])
def test_text_with_a_few_inline_tags_is_not_html(text: str) -> None:
    assert not looks_like_html(text)
    assert newsnlp.parse(text).text == text


def test_empty_input_is_flagged() -> None:
    assert "empty_input" in [w.code for w in newsnlp.parse("  \n").warnings]


def test_spacy_component_spans_point_into_the_html() -> None:
    spacy = pytest.importorskip("spacy")
    import newsnlp.spacy.components  # noqa: F401  (registers the factory)

    nlp = spacy.blank("pl")
    nlp.add_pipe("newsnlp_article")
    doc = nlp(PAGE)
    assert doc.text == PAGE
    labels = {span.label_: span.text for span in doc.spans["newsnlp_blocks"]}
    assert labels["title"] == "Pożar hali w Sosnowcu"  # the inside of <h1>, no markup
    assert labels["lead"] == "W czwartek strażacy gasili pożar hali przy ul.&nbsp;3&nbsp;Maja."


def test_nodes_the_parser_rewrote_keep_the_map_in_range() -> None:
    """`&#128;` is U+0080 to libxml2 and '€' to Python: such nodes are not found in the raw
    page; they point at the cursor, the map stays monotonic, the rest still maps exactly."""
    raw = "<p>a&#128;b</p>" * 300 + "<p>Koniec strony</p>"
    rendered = render_html(raw)
    offsets = rendered.source.offsets
    assert list(offsets) == sorted(offsets) and all(0 <= o < len(raw) for o in offsets)
    i = rendered.text.index("Koniec")
    assert raw[slice(*rendered.source.to_raw(i, i + 6))] == "Koniec"
