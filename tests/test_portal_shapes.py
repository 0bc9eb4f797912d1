"""The rule segmenter on pages in the shape of today's portals (`tests/portals/`)."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsnlp
from newsnlp.layout.blocks import Block
from newsnlp.layout.segment import segment

PORTALS = Path(__file__).parent / "portals"
RULES = newsnlp.Pipeline(nlp=None)


def rule_blocks(name: str) -> dict[str, str]:
    """Each block's text -> its kind (chrome with its kind) in the rules' reading."""
    page = RULES.prepare((PORTALS / name).read_text(encoding="utf-8"))
    blocks: list[Block] = segment(page.text, page.lines, page.scan.find)
    return {page.text[b.start:b.end]: (f"chrome:{b.chrome}" if b.kind == "chrome" else b.kind)
            for b in blocks}


@pytest.fixture(scope="module")
def national() -> dict[str, str]:
    return rule_blocks("portal-ogolnopolski.txt")


@pytest.fixture(scope="module")
def interview() -> dict[str, str]:
    return rule_blocks("wywiad-sportowy.txt")


@pytest.fixture(scope="module")
def county() -> dict[str, str]:
    return rule_blocks("portal-powiatowy.txt")


def test_byline_and_date_under_the_standfirst(national: dict[str, str]) -> None:
    assert national["Anna Kowalczyk"] == "byline"
    assert national["14 marca 2025, 09:12"] == "published"
    article = RULES.parse((PORTALS / "portal-ogolnopolski.txt").read_text(encoding="utf-8"))
    assert article.meta.published == "2025-03-14T09:12"


def test_an_update_line_under_the_date_does_not_end_the_article(
        national: dict[str, str]) -> None:
    assert national["Aktualizacja: 14 marca 2025, 10:30"] == "chrome:metadata"
    assert national["Sala posiedzeń Sejmu"] == "caption"
    assert national["Pieniądze z budżetu państwa"] == "heading"


def test_share_buttons_under_the_date_do_not_end_the_article(
        interview: dict[str, str]) -> None:
    assert interview["Udostępnij"] == "chrome:share"
    assert interview["Trener Paweł Nowaczyk podczas treningu"] == "caption"
    assert interview["– Jak ocenia pan okres przygotowawczy?"] == "paragraph"
    assert interview["Rozmawiał Michał Zawada"] == "byline"


def test_a_dash_quote_after_a_numbered_list_is_no_item_of_it(county: dict[str, str]) -> None:
    assert county["3. objazd przez Konopnice zostanie zlikwidowany."] == "list_item"
    quote = next(t for t in county if t.startswith("– Mieszkańcy czekali"))
    assert county[quote] == "paragraph"
    assert county["Dołącz do nas na Facebooku!"] == "chrome:share"


def test_a_wordpress_article_page() -> None:
    """A WordPress theme's article page: the JSON-LD record, the `<article>` with its
    figure, a mid-text read-also box, tags and share row, comments, a sidebar ranking, a
    cookie notice and the site footer, each where it belongs."""
    article = newsnlp.Pipeline(nlp=None).parse(
        (PORTALS / "wordpress.html").read_text(encoding="utf-8"))
    meta = article.meta
    assert meta.title is not None
    assert meta.title.text == "Nowa linia autobusowa połączy osiedla z dworcem"
    assert meta.published == "2025-03-14T09:12"
    assert [a.value for a in meta.authors] == ["Marta Zielińska"]
    assert meta.image is not None and meta.image.credit is not None
    assert meta.image.credit.text == "Jan Kowal"
    assert article.lead is not None and article.lead.text.startswith("Od kwietnia")
    assert [s.heading.text if s.heading else None for s in article.sections] == [
        None, "Bilety bez zmian"]
    assert article.sections[-1].paragraphs[-1].text.startswith("Rozkład jazdy")
    assert [q.speaker.text for q in article.quotes if q.speaker] == ["prezes MZK Adam Nowicki"]
    kinds = {b.kind for b in article.chrome}
    assert {"cookies", "navigation", "related", "tags", "share", "comments", "footer"} <= kinds
    body = " ".join(p.text for s in article.sections for p in s.paragraphs)
    assert "Remont dworca" not in body and "Nareszcie" not in body
    assert {(i.canonical, i.acronym) for i in article.institutions} >= {
        ("Miejski Zakład Komunikacji w Radomsku", "MZK")}


def test_a_paywalled_article_with_a_table_of_contents() -> None:
    """A regional portal's paid article: the `Premium` badge over the headline is no
    section, the table of contents is navigation and names the heading that a teaser box
    above it would swallow, and the text stops at the paywall, which the Article says."""
    article = RULES.parse((PORTALS / "regionalny-premium.txt").read_text(encoding="utf-8"))
    assert article.meta.category is not None and article.meta.category.text == "Gorzów"
    assert [s.heading.text if s.heading else None for s in article.sections] == [
        None, "Oddział dla całego regionu"]
    contents = next(c for c in article.chrome if c.text.startswith("Spis treści"))
    assert contents.kind == "navigation"
    assert contents.text.splitlines()[1:] == ["Oddział dla całego regionu",
                                             "Kiedy pierwsze zabiegi"]
    paywall = next(c for c in article.chrome if c.kind == "paywall")
    assert paywall.text.startswith("Pozostało jeszcze 68% treści")
    assert "paywall" in [w.code for w in article.warnings]
    body = " ".join(p.text for s in article.sections for p in s.paragraphs)
    assert "Kiedy pierwsze zabiegi" not in body and "subskrybentów" not in body


GUIDE = (PORTALS / "poradnik.html").read_text(encoding="utf-8")


def test_a_table_of_contents_linking_to_the_headings() -> None:
    article = RULES.parse(GUIDE)
    assert [s.heading.text if s.heading else None for s in article.sections] == [
        "Przycinanie krzewów", "Okrywanie róż", "Co z trawnikiem?"]
    assert any(c.kind == "navigation" and c.text.startswith("Spis treści")
               for c in article.chrome)
    assert "paywall" not in [w.code for w in article.warnings]


def test_an_html_heading_under_a_related_box_stays_a_heading() -> None:
    """Without a table of contents, the `<h2>` that follows an `<aside>` teaser box is a
    heading of the article (the markup), not the box's last line."""
    start, end = GUIDE.index('<nav class="toc">'), GUIDE.index("</nav>\n<h2") + len("</nav>")
    page = GUIDE[:start] + GUIDE[end:]
    article = RULES.parse(page.replace('<h2 id="s1">', "<h2>").replace(
        '<h2 id="s2">', "<h2>").replace('<h2 id="s3">', "<h2>"))
    headings = [s.heading.text for s in article.sections if s.heading]
    assert "Okrywanie róż" in headings
    related = next(c for c in article.chrome if c.kind == "related")
    assert "Okrywanie róż" not in related.text


def test_a_live_report() -> None:
    """A live report: the `NA ŻYWO` badge over the headline is no section, the newsroom's
    byline beside the date is the author, and each entry's stamp is a heading and a time of
    the publication day."""
    article = RULES.parse((PORTALS / "relacja-na-zywo.txt").read_text(encoding="utf-8"))
    assert article.meta.category is not None and article.meta.category.text == "Wiadomości"
    assert ("author", "Redakcja") in [(s.kind, s.text) for s in article.sources]
    stamps = ["12:35", "11:50", "10:15", "07:00"]
    assert [s.heading.text for s in article.sections if s.heading] == stamps
    values = {d.text: d.value for d in article.dates if d.text in stamps}
    assert values == {t: f"2025-06-01T{t}" for t in stamps}


def test_the_main_photos_credit_at_the_foot() -> None:
    article = RULES.parse((PORTALS / "tv-informacje.txt").read_text(encoding="utf-8"))
    photo = [s.text for s in article.sources if s.kind == "photo"]
    assert photo[-2:] == ["PAP", "Marcin Bielecki"]  # split as `Name / Agency` is
    assert article.meta.category is not None and article.meta.category.text == "Kraj"


def test_an_article_written_in_divs_with_a_declared_section() -> None:
    """A script-built portal's page: paragraphs are `<div class="paragraph">`, one stands
    after an inline `Czytaj także` box; the JSON-LD declares the section (`articleSection`),
    which the line above the headline shows; two co-authors sign it above the date."""
    article = RULES.parse((PORTALS / "div-paragraphs.html").read_text(encoding="utf-8"))
    meta = article.meta
    assert meta.category is not None and meta.category.text == "Biznes"
    assert meta.section is not None
    assert (meta.section.value, meta.section.source) == ("Biznes", "json-ld:articleSection")
    assert [s.heading.text if s.heading else None for s in article.sections] == [
        None, "Rozbudowa za 200 milionów złotych"]
    assert article.sections[-1].paragraphs[-1].text.startswith("Przewoźnicy już zapowiadają")
    # the co-authors' names link to their pages: a byline still, not a row of links
    assert [(s.kind, s.text) for s in article.sources if s.kind == "author"] == [
        ("author", "Piotr Zając"), ("author", "Anna Lis")]


@pytest.mark.parametrize("name", ["osadzone-posty.txt", "osadzone-posty.html"])
def test_embedded_social_posts(name: str) -> None:
    """A post embedded from X is a quote of its account (its attribution line is the
    embed's); Instagram's fallback lines are the embed's too; the article's paragraphs
    around them stay."""
    article = RULES.parse((PORTALS / name).read_text(encoding="utf-8"))
    assert [(q.text[:17], q.speaker.text if q.speaker else None) for q in article.quotes] == [
        ("Jesteśmy w finale", "Polska Siatkówka")]
    embeds = [c.text for c in article.chrome if c.kind == "embed"]
    assert embeds[0].startswith("— Polska Siatkówka (@PolskaSiatkowka)")
    assert embeds[1].startswith("Wyświetl ten post na Instagramie")
    body = [p.text for s in article.sections for p in s.paragraphs]
    assert [p[:12] for p in body] == ["Decydujący s", "Gratulacje z", "Polacy w fin"]


def test_reading_time_audio_player_and_gallery_pager() -> None:
    """Under the date: the reading time (metadata) and the button that reads the article
    aloud (one of the article's tools, as a share row's), so the first paragraph is the
    lead; a gallery's pager in the text is a link box's (`Zobacz zdjęcia`), not article
    text."""
    article = RULES.parse((PORTALS / "audio-galeria.txt").read_text(encoding="utf-8"))
    kinds = {c.text.splitlines()[0]: c.kind for c in article.chrome}
    assert kinds["Czas czytania: 4 min"] == "metadata"
    assert kinds["Posłuchaj artykułu"] == "share"
    assert kinds["Zobacz zdjęcia"] == "related"
    related = next(c for c in article.chrome if c.text.startswith("Zobacz zdjęcia"))
    assert related.text.splitlines()[1:] == ["Zdjęcie 1 z 12", "Następne zdjęcie"]
    assert article.lead is not None and article.lead.text.startswith("Rada Ministrów")


def test_the_text_goes_on_under_a_link_box_inside_it() -> None:
    """A national portal's article with a `Czytaj też:` link in its text: the quote, the
    section and the paragraphs under the link up to `Źródło: PAP` are the article's, however
    the layout model reads them (it learned that text ends where link boxes begin)."""
    article = RULES.parse((PORTALS / "portal-ogolnopolski.txt").read_text(encoding="utf-8"))
    assert [s.heading.text if s.heading else None for s in article.sections] == [
        None, "Pieniądze z budżetu państwa"]
    assert article.sections[-1].paragraphs[-1].text.startswith("Związek Miast Polskich")
    assert [q.speaker.text for q in article.quotes if q.speaker] == [
        "wiceminister Tomasz Szymański"]
    gallery = RULES.parse((PORTALS / "audio-galeria.txt").read_text(encoding="utf-8"))
    body = [p.text for s in gallery.sections for p in s.paragraphs]
    assert body and body[-1].startswith("Najwięcej pieniędzy trafi na obronność")


def test_a_regional_report_with_a_poll() -> None:
    """Written after session 19's rules and parsed as it came: the byline and date on one
    line, a photo credit, a section, the speaker's function after his name, a poll and the
    comment box set aside."""
    article = RULES.parse((PORTALS / "regionalny-sonda.txt").read_text(encoding="utf-8"))
    assert article.meta.published == "2025-10-03T12:00"
    assert article.meta.category is not None and article.meta.category.text == "Słupsk"
    assert [s.heading.text for s in article.sections if s.heading] == ["Ładowarki na pętlach"]
    assert [(s.kind, s.text) for s in article.sources] == [
        ("author", "Marek Zawadzki"), ("photo", "Marek Zawadzki")]
    assert [q.speaker.text for q in article.quotes if q.speaker] == [
        "Dariusz Kowalski, prezes MZK w Słupsku"]
    body = " ".join(p.text for s in article.sections for p in s.paragraphs)
    assert "Czy jeździsz" not in body and "Tak, codziennie" not in body
    assert "Miejski Zakład Komunikacji w Słupsku" in [i.canonical for i in article.institutions]


def test_a_municipal_notice_with_a_schedule() -> None:
    """Written after session 19's rules: a commune's notice, its schedule as a dashed list,
    its attachment and the office's address set aside."""
    article = RULES.parse((PORTALS / "gmina-harmonogram.txt").read_text(encoding="utf-8"))
    assert article.meta.published == "2025-12-15"
    assert [len(lst.items) for lst in article.lists] == [3]
    assert [(s.kind, s.text) for s in article.sources] == [
        ("author", "Referat Gospodarki Komunalnej")]
    assert {c.kind for c in article.chrome} >= {"attachments", "footer"}
