"""Shapes of page templates outside the real pages' years, each read on a page written here:
markup around the whole page, section headings and quotations in HTML, consent banners,
toolbars, bylines with a writer's role, labelled items on one line, the text after a list,
the day a header shows."""

from __future__ import annotations

from pathlib import Path

import newsnlp
from newsnlp.layout import linetypes as lt
from newsnlp.layout.title import eligible

RULES = newsnlp.Pipeline(nlp=None)
PORTALS = Path(__file__).parent / "portals"

WRAPPED = (PORTALS / "uczelnia-sidebar.html").read_text(encoding="utf-8")


def test_a_chrome_class_on_the_wrapper_of_the_whole_page_marks_nothing() -> None:
    """`layout--sidebar` wraps the article too: its text stays the article's, while the
    aside under the same class name stays chrome."""
    article = RULES.parse(WRAPPED)
    assert article.meta.title is not None
    assert article.meta.title.text == "Naukowcy z Łomży zbudowali tani czujnik jakości wody"
    assert article.lead is not None and article.lead.text.startswith("Zespół z wydziału")
    body = [p.text for s in article.sections for p in s.paragraphs]
    assert body[0].startswith("Prace nad urządzeniem")
    assert not any("Dzień otwarty" in p for p in body)


def test_an_h2_among_the_paragraphs_is_a_section_heading() -> None:
    article = RULES.parse(WRAPPED)
    assert [s.heading.text for s in article.sections if s.heading] == ["Współpraca z gminami"]


def test_a_blockquote_with_its_cite_is_a_quote_of_the_cited_speaker() -> None:
    article = RULES.parse(WRAPPED)
    [quote] = article.quotes
    assert quote.text.startswith("Nasz czujnik jest kilkanaście razy tańszy")
    assert quote.text.endswith("można ich rozstawić wiele")
    assert quote.speaker is not None
    assert quote.speaker.text.startswith("dr inż. Anna Wróbel")
    assert article.text[quote.start:quote.end] == quote.text
    body = [p.text for s in article.sections for p in s.paragraphs]
    assert not any("Nasz czujnik" in p for p in body)


def test_a_blockquote_without_cite_stays_a_paragraph() -> None:
    page = WRAPPED.replace("<cite>dr inż. Anna Wróbel, kierowniczka\nprojektu</cite>", "")
    article = RULES.parse(page)
    assert article.quotes == []


def test_a_consent_banner_that_processes_data_and_stores_cookies_is_a_cookie_note() -> None:
    text = ("Szanowny Użytkowniku, aby móc dostarczać Ci bezpłatne treści, my i nasi zaufani "
            "partnerzy przetwarzamy Twoje dane osobowe, m.in. zapisujemy pliki cookies, "
            "w celach marketingowych. Możesz wyrazić zgodę lub zarządzać ustawieniami.")
    assert lt.chrome_kind(text) == "cookies"
    assert lt.is_strong_chrome(text)


def test_rows_of_article_tools_are_share_chrome() -> None:
    for row in ("Zapisz Udostępnij Posłuchaj artykułu", "Drukuj | Pobierz PDF | Udostępnij",
                "Drukuj  Udostępnij  Skomentuj", "Powrót | Drukuj"):
        assert lt.chrome_kind(row) == "share", row
    assert lt.chrome_kind("Zapisz wniosek i wyślij go do urzędu") is None


def test_a_labelled_publication_line_is_never_the_title() -> None:
    line = "Data publikacji: czw., 29.01.2026 – 11:30"
    match = lt.meta_match(line)
    assert match is not None and match.kind == "published"
    assert not eligible(line)
    assert eligible("Pożar hali magazynowej w Żabnie. W akcji 14 zastępów")


FIRE_REPORT = (PORTALS / "straz-z-dzialan.txt").read_text(encoding="utf-8")


def test_a_labelled_date_line_with_a_dashed_time_is_the_publication_time() -> None:
    article = RULES.parse(FIRE_REPORT)
    assert article.meta.title is not None
    assert article.meta.title.text.startswith("Pożar hali magazynowej w Żabnie")
    assert article.meta.published == "2026-01-29T11:30"


def test_a_heading_under_a_captioned_photo_stays_a_heading() -> None:
    """A caption that carries its credit (`… fot. KM PSP Tarnów`) takes no other line: the
    short line under it heads the next section."""
    article = RULES.parse(FIRE_REPORT)
    headings = [s.heading.text for s in article.sections if s.heading]
    assert headings[0] == "Przebieg działań"


def test_the_text_under_a_list_runs_on_to_the_closing_chrome() -> None:
    article = RULES.parse(FIRE_REPORT)
    body = " ".join(p.text for s in article.sections for p in s.paragraphs)
    assert "Łącznie w akcji brało udział 46 strażaków" in body
    assert "Strażacy przypominają właścicielom" in body
    assert "Zderzenie trzech samochodów" not in body
    assert sum(len(lst.items) for lst in article.lists) == 7
    assert "Apel strażaków" in [s.heading.text for s in article.sections if s.heading]


AUTHOR_BOX = (PORTALS / "autor-z-funkcja.txt").read_text(encoding="utf-8")


def test_a_byline_with_the_writers_role_names_the_author() -> None:
    article = RULES.parse(AUTHOR_BOX)
    assert [(s.kind, s.text) for s in article.sources if s.kind == "author"] == [
        ("author", "Marta Lewandowska")]
    assert article.meta.published == "2026-03-12T14:05"
    assert not any(s.heading for s in article.sections)
    assert lt.writer_name_end("Tomasz Nowak, redaktor działu Giełda") == len("Tomasz Nowak")
    assert lt.writer_name_end("Redaktor naczelny zaprasza do lektury") is None


def test_labelled_items_after_the_publication_date_on_one_line() -> None:
    page = AUTHOR_BOX.replace(
        "Marta Lewandowska Dziennikarka Gazety Nadwiślańskiej\nOpublikowano: 12.03.2026, 14:05",
        "Dodano: 12-03-2026 | Kategoria: Komunikacja | Autor: Ewa Malinowska")
    article = RULES.parse(page)
    assert article.meta.published == "2026-03-12"
    assert [s.text for s in article.sources if s.kind == "author"] == ["Ewa Malinowska"]
    dated = page.replace("Dodano: 12-03-2026 | Kategoria: Komunikacja | Autor: Ewa Malinowska",
                         "czw., 12.03.2026, 14:05 Autorzy: Ewa Malinowska, Jan Kos")
    article = RULES.parse(dated)
    assert article.meta.published == "2026-03-12T14:05"
    assert [s.text for s in article.sources if s.kind == "author"] == [
        "Ewa Malinowska", "Jan Kos"]


def test_a_public_institutions_link_to_its_bip_does_not_take_the_lead_away() -> None:
    page = "Biuletyn Informacji Publicznej\n" + AUTHOR_BOX
    article = RULES.parse(page)
    assert article.lead is not None
    assert article.lead.text.startswith("Miejski Zarząd Dróg rozpoczyna")


def test_a_caption_glued_to_its_credit_gives_the_credit() -> None:
    match = lt.meta_match("Radość piłkarzy Sokoła po zwycięskim golu Fot. Sebastian Wolak")
    assert match is not None and match.kind == "photo"
    assert match.caption == (0, len("Radość piłkarzy Sokoła po zwycięskim golu"))
    assert lt.meta_match("Spotkanie z mieszkańcami fot. Jan Nowak") is None


TABLOID = (PORTALS / "plotki-dzis.txt").read_text(encoding="utf-8")


def test_a_relative_publication_date_resolves_against_the_day_the_header_shows() -> None:
    article = RULES.parse(TABLOID)
    assert article.meta.published == "2026-01-22T10:12"
    assert {d.text: d.value for d in article.dates}["w środę"] == "2026-01-21"
    # a caller's reference wins over the page's own day
    other = RULES.parse(TABLOID, reference="2026-02-10")
    assert other.meta.published == "2026-02-09T10:12"


def test_a_sentence_that_opens_with_dzis_names_no_day_of_the_visit() -> None:
    article = RULES.parse("Dziś mija 40. rocznica lądowania na Księżycu (20 lipca 1969 r.). "
                          "Wczoraj w planetarium odbył się pokaz.\n")
    values = {d.text: d.value for d in article.dates}
    assert values["Dziś"] is None and values["Wczoraj"] is None


def test_a_breadcrumb_that_repeats_the_headline_stays_navigation() -> None:
    """A trail's last item repeats the headline (shortened, as `<title>` has it): its
    `breadcrumb` class is no wrapper of the page, so the trail stays chrome and the `<h1>`
    is the title."""
    page = """<html><head><title>Nowy rozkład jazdy od 14 grudnia | Koleje Regionu</title>
<meta property="og:title" content="Nowy rozkład jazdy od 14 grudnia"></head><body>
<div class="container"><ol class="breadcrumb"><li><a href="/">Strona główna</a></li>
<li>Nowy rozkład jazdy od 14 grudnia</li></ol>
<h1>Nowy rozkład jazdy od 14 grudnia. Więcej pociągów na linii Poznań – Wągrowiec</h1>
<p>Od niedzieli 14 grudnia zacznie obowiązywać nowy rozkład jazdy pociągów. Największe zmiany
czekają pasażerów linii z Poznania do Wągrowca, gdzie pojedzie więcej składów.</p>
<p>Zmiany są efektem porozumienia z samorządem województwa, który zwiększył finansowanie
przewozów na tej linii o kilkanaście procent.</p>
</div></body></html>"""
    article = RULES.parse(page)
    assert article.meta.title is not None
    assert article.meta.title.text.endswith("Więcej pociągów na linii Poznań – Wągrowiec")


PULL_QUOTE = (PORTALS / "muzeum-cytat.txt").read_text(encoding="utf-8")


def test_a_pull_quote_over_its_speakers_line_is_a_quote_of_that_speaker() -> None:
    article = RULES.parse(PULL_QUOTE)
    [quote] = article.quotes
    assert quote.text.startswith("Chcieliśmy pokazać") and quote.text.endswith("rzemieślników")
    assert quote.speaker is not None
    assert quote.speaker.text == "dr Helena Wróblewska, kuratorka wystawy"
    body = [p.text for s in article.sections for p in s.paragraphs]
    assert not any("kuratorka wystawy" in p for p in body)


def test_a_quoted_title_over_a_line_that_names_no_person_is_no_pull_quote() -> None:
    page = PULL_QUOTE.replace("– dr Helena Wróblewska, kuratorka wystawy",
                              "Wystawa potrwa do końca maja")
    assert RULES.parse(page).quotes == []


def test_a_blockquote_with_its_footer_is_a_quote_of_the_named_speaker() -> None:
    """The HTML standard's own form: `<footer>— <cite>Name</cite></footer>` inside the
    `<blockquote>`."""
    page = WRAPPED.replace(
        "<cite>dr inż. Anna Wróbel, kierowniczka\nprojektu</cite>",
        "<footer>— <cite>dr inż. Anna Wróbel</cite>, kierowniczka projektu</footer>")
    [quote] = RULES.parse(page).quotes
    assert quote.speaker is not None
    assert quote.speaker.text == "dr inż. Anna Wróbel, kierowniczka projektu"
