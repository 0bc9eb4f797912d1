"""Page metadata from HTML (JSON-LD, OpenGraph, article:*, <time>, canonical, lang), its
precedence against the page text, and the certain DOM overrides of the layout."""

from __future__ import annotations

import json

import newsnlp
from newsnlp.declared import iso_date, time_on
from newsnlp.text.html import parse_tree, xml_safe
from newsnlp.text.htmlmeta import Declared, page_metadata

LD = {"@context": "https://schema.org", "@graph": [
    {"@type": "WebSite", "name": "Portal Miejski"},
    {"@type": "NewsArticle", "headline": "Nowy most na Warcie otwarty",
     "datePublished": "2025-06-02T08:30:00+02:00", "dateModified": "2025-06-03T10:00:00+02:00",
     "author": [{"@type": "Person", "name": "Anna Kowalska"}, "Piotr Nowak"],
     "publisher": {"@type": "Organization", "name": "Portal Miejski"},
     "image": {"@type": "ImageObject", "caption": "Most tuż przed otwarciem"}}]}


def _page(head: str, body: str) -> str:
    return (f"<!DOCTYPE html><html lang='pl-PL'><head><title>Nowy most na Warcie otwarty | "
            f"Portal Miejski</title>{head}</head><body>{body}</body></html>")


BODY = ("<nav><ul><li><a href='/'>Wiadomości</a></li><li><a href='/s'>Sport</a></li></ul></nav>"
        "<div class='logo'><h1>Portal Miejski</h1></div>"
        "<h2>Nowy most na Warcie otwarty</h2>"
        "<p>W poniedziałek po południu otwarto nowy most na Warcie. Przejechały po nim pierwsze "
        "samochody, a mieszkańcy przeszli na drugi brzeg pieszo.</p>"
        "<figure><img src='m.jpg'><figcaption>Most tuż przed otwarciem</figcaption></figure>"
        "<p>Budowa trwała dwa lata i kosztowała 120 mln zł, podał prezydent miasta.</p>"
        "<footer><p>Wszelkie prawa zastrzeżone, Portal Miejski 2025</p></footer>")


def test_json_ld_and_meta_tags_are_read_with_their_sources() -> None:
    head = ("<meta property='og:title' content='Most otwarty'>"
            "<meta property='article:published_time' content='2025-06-01T07:00:00Z'>"
            "<meta property='og:site_name' content='PM'>"
            "<meta property='article:section' content='Poznań'>"
            "<link rel='canonical' href='https://portal.pl/most'>"
            f"<script type='application/ld+json'>{json.dumps(LD)}</script>")
    meta = page_metadata(parse_tree(xml_safe(_page(head, BODY))))
    assert [(d.value, d.source) for d in meta.headline] == [
        ("Nowy most na Warcie otwarty", "json-ld:headline"), ("Most otwarty", "og:title"),
        ("Nowy most na Warcie otwarty | Portal Miejski", "title")]
    assert meta.published[0].source == "json-ld:datePublished"
    assert meta.published[1].source == "article:published_time"
    assert [d.value for d in meta.authors] == ["Anna Kowalska", "Piotr Nowak"]
    assert meta.first("publisher") is not None
    assert meta.first("canonical").value == "https://portal.pl/most"  # type: ignore[union-attr]
    assert meta.first("language").value == "pl-PL"  # type: ignore[union-attr]
    assert meta.first("image_caption").value == "Most tuż przed otwarciem"  # type: ignore[union-attr]
    assert [(d.value, d.source) for d in meta.section] == [("Poznań", "article:section")]


def test_declared_values_fill_the_article_meta() -> None:
    head = f"<script type='application/ld+json'>{json.dumps(LD)}</script>"
    article = newsnlp.parse(_page(head, BODY))
    meta = article.meta
    assert meta.title is not None and meta.title.text == "Nowy most na Warcie otwarty"
    assert meta.title_source == "json-ld:headline"
    assert meta.published == "2025-06-02T08:30" and meta.published_source == "json-ld:datePublished"
    assert meta.updated == "2025-06-03T10:00" and meta.updated_source == "json-ld:dateModified"
    assert [a.value for a in meta.authors] == ["Anna Kowalska", "Piotr Nowak"]
    assert meta.publisher is not None and meta.publisher.value == "Portal Miejski"
    assert meta.language is not None and meta.language.source == "html[lang]"
    # the declared date anchors the relative date of the text ("w poniedziałek" = 2 June)
    assert "2025-06-02" in [d.value for d in article.dates]


def test_the_date_shown_in_the_text_wins_over_the_declared_one() -> None:
    head = "<meta property='article:published_time' content='2025-06-01T07:00:00Z'>"
    body = BODY.replace("<h2>", "<p>3.06.2025, godz. 09:15</p><h2>")
    meta = newsnlp.parse(_page(head, body)).meta
    assert meta.published == "2025-06-03T09:15" and meta.published_source == "text"
    assert newsnlp.parse(_page(head, body), published="2025-06-04").meta.published_source \
        == "caller"


def test_title_from_the_title_element_part_and_chrome_from_regions() -> None:
    article = newsnlp.parse(_page("", BODY))
    assert article.meta.title is not None
    assert article.meta.title.text == "Nowy most na Warcie otwarty"
    assert article.meta.title_source == "title"
    kinds = {c.text: c.kind for c in article.chrome}
    assert kinds.get("Wszelkie prawa zastrzeżone, Portal Miejski 2025") == "footer"
    assert article.meta.image is not None and article.meta.image.caption is not None
    assert article.meta.image.caption.text == "Most tuż przed otwarciem"


def test_a_single_h1_is_the_title_when_nothing_is_declared() -> None:
    page = ("<html><body><div><a href='/'>Start</a></div><h1>Remont ulicy Długiej</h1>"
            "<p>Od poniedziałku drogowcy remontują ulicę Długą, kierowcy muszą liczyć się z "
            "utrudnieniami przez cały tydzień.</p></body></html>")
    meta = newsnlp.parse(page).meta
    assert meta.title is not None and meta.title.text == "Remont ulicy Długiej"
    assert meta.title_source in ("h1", "text")


def test_text_input_says_where_its_values_came_from() -> None:
    text = "Pożar hali\n\nW czwartek strażacy gasili pożar hali magazynowej."
    meta = newsnlp.parse(text).meta
    assert meta.title_source == "text" and meta.published_source is None
    assert meta.headline is None and meta.authors == []
    assert newsnlp.parse(text, published="2026-03-12").meta.published_source == "caller"


def test_iso_date_forms() -> None:
    assert iso_date("2025-06-02T08:30:00+02:00") == "2025-06-02T08:30"
    assert iso_date("2025-06-02") == "2025-06-02"
    assert iso_date("2025-13-02") is None and iso_date("wczoraj") is None


def test_title_with_a_dash_inside_the_headline() -> None:
    """'Headline – more | Portal': the headline keeps its own dash; the logo line showing the
    site name is not the title."""
    page = ("<html><head><title>Remont mostu – utrudnienia do piątku | Portal Miejski</title>"
            "</head><body><h1><a href='/'>Portal Miejski</a></h1>"
            "<h1>Remont mostu – utrudnienia do piątku</h1><p>Od poniedziałku drogowcy "
            "remontują most, kierowcy muszą liczyć się z utrudnieniami.</p></body></html>")
    meta = newsnlp.parse(page).meta
    assert meta.title is not None and meta.title.text == "Remont mostu – utrudnienia do piątku"
    assert meta.title_source == "title"


def test_a_declared_time_with_a_zone_is_given_in_polish_time() -> None:
    """Yoast and `og:` write the moment in UTC; the page and its readers show Polish time
    (CET in winter, CEST in summer); a time without a zone is local already."""
    assert iso_date("2026-02-04T17:22:11+00:00") == "2026-02-04T18:22"
    assert iso_date("2026-07-04T17:22:11Z") == "2026-07-04T19:22"
    assert iso_date("2026-02-04T23:30:00Z") == "2026-02-05T00:30"
    assert iso_date("2026-02-04T18:22:11+01:00") == "2026-02-04T18:22"
    assert iso_date("2026-02-04T18:22") == "2026-02-04T18:22"
    assert iso_date("9999-12-31T23:30:00-05:00") == "9999-12-31T23:30"  # past the calendar


def test_a_utc_time_completes_the_texts_day_only_where_the_page_shows_it() -> None:
    """Yoast's `datePublished` in UTC is a plugin's record of the moment: it gives the day
    the text shows a time only when the page shows that time (in Polish time) somewhere."""
    yoast = [Declared("2026-03-09T13:02:11+00:00", "json-ld:datePublished")]
    assert time_on("2026-03-09", yoast, "9 marca 2026 | 14:02 | 3 komentarze") == (
        "2026-03-09T14:02", "json-ld:datePublished")
    assert time_on("2026-03-09", yoast, "9 marca 2026 | 3 komentarze") is None
    # a time of its own: not the `14.02` of a date, nor the `4:02` inside `14:02`
    assert time_on("2026-03-09", yoast, "14.02.2026 | 3 komentarze") is None
    early = [Declared("2026-03-09T03:02:11+00:00", "json-ld:datePublished")]
    assert time_on("2026-03-09", early, "9 marca 2026, 14:02") is None
    local = [Declared("2026-03-09T14:02:11+01:00", "json-ld:datePublished")]
    assert time_on("2026-03-09", local, "9 marca 2026") == (
        "2026-03-09T14:02", "json-ld:datePublished")
