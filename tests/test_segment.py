"""Segmentation on pages written in the styles of common Polish portals."""

from __future__ import annotations

import pytest

import newsnlp
from newsnlp.layout.segment import segment
from newsnlp.models import Article

from .conftest import example_text


@pytest.fixture(scope="module")
def portal() -> Article:
    return newsnlp.parse(example_text("portal-sosnowiec.txt"), id="portal")


@pytest.fixture(scope="module")
def bip() -> Article:
    return newsnlp.parse(example_text("bip-pcpr.txt"))


@pytest.fixture(scope="module")
def fire() -> Article:
    return newsnlp.parse(example_text("straz-pozarna.txt"))


def chrome_lines(article: Article, kind: str) -> list[str]:
    return [line.text for b in article.chrome if b.kind == kind for line in b.lines]


def chrome_kinds(article: Article) -> dict[str, str]:
    """Each chrome line's text -> the kind of its block."""
    return {line.text: b.kind for b in article.chrome for line in b.lines}


def test_portal_metadata(portal: Article) -> None:
    assert portal.meta.category is not None and portal.meta.category.text == "Na Sygnale"
    assert portal.meta.title is not None
    assert portal.meta.title.text == "Dzielnicowi z Sosnowca uczą seniorów, jak nie dać się oszukać"
    assert portal.meta.published == "2026-03-04"
    image = portal.meta.image
    assert image is not None and image.caption is not None and image.credit is not None
    assert image.caption.text == "Spotkanie z seniorami w klubie osiedlowym"
    assert image.credit.text == "KMP w Sosnowcu"


def test_portal_body(portal: Article) -> None:
    assert portal.lead is not None and portal.lead.text.startswith("Dzielnicowi z Komendy")
    assert [s.heading.text if s.heading else None for s in portal.sections] == [
        "Oszuści wciąż próbują", "Jak się chronić"]
    assert len(portal.sections[0].paragraphs) == 2
    assert [item.text for item in portal.lists[0].items] == [
        "nie przekazuj pieniędzy nieznajomym, nawet jeśli podają się za policjantów,",
        "po podejrzanym telefonie rozłącz się i zadzwoń do bliskich,",
        "w razie wątpliwości dzwoń pod numer alarmowy 112.",
    ]
    assert not portal.lists[0].ordered


def test_portal_quotes_and_speakers(portal: Article) -> None:
    got = {(q.text[:25], q.speaker.text if q.speaker else None) for q in portal.quotes}
    assert ("Policjant nigdy nie prosi", "asp. Anna Kowalczyk, dzielnicowa KMP w Sosnowcu") in got
    assert ("Wolę zapytać dwa razy, ni", "pani Helena, uczestniczka spotkania") in got
    # scare quotes around short phrases are not quotations
    assert not any(q.text == "na wnuczka" for q in portal.quotes)
    # a paragraph made only of a quote is not a body paragraph
    paragraphs = [p.text for s in portal.sections for p in s.paragraphs]
    assert not any(p.startswith("„Wolę") for p in paragraphs)


def test_portal_chrome_by_kind(portal: Article) -> None:
    assert chrome_lines(portal, "ad") == ["reklama", "REKLAMA", "reklama"]
    assert chrome_lines(portal, "related")[:2] == [
        "PRZECZYTAJ JESZCZE", "Nowe przejście dla pieszych przy ul. Kilińskiego już otwarte"]
    assert "wschód słońca: 06:12" in chrome_lines(portal, "widget")
    calendar = [b for b in portal.chrome if b.kind == "calendar"]
    assert calendar and len(calendar[0].events) == 2
    event = calendar[0].events[0]
    assert event.place is not None and event.place.text == "Muzeum w Sosnowcu, Zamkowa..."
    assert event.admission is not None and event.admission.text == "wstęp wolny"
    assert event.when is not None and event.when.value == "2026-03-14T18:00"


def test_portal_sources(portal: Article) -> None:
    assert [(s.kind, s.text) for s in portal.sources] == [
        ("photo", "KMP w Sosnowcu"), ("source", "KMP w Sosnowcu"), ("source", "policja.pl")]


def test_bip_page_has_no_lead_and_takes_category_from_breadcrumbs(bip: Article) -> None:
    assert bip.lead is None
    assert bip.meta.category is not None and bip.meta.category.text == "Ogłoszenia"
    assert bip.meta.title is not None
    assert bip.meta.title.text == "Nabór do programu „Opieka wytchnieniowa”"
    assert bip.meta.published == "2026-02-26T09:15"
    assert bip.lists[0].ordered and len(bip.lists[0].items) == 2
    assert ("author", "Marek Zając") in [(s.kind, s.text) for s in bip.sources]
    assert "Liczba odsłon: 87" in chrome_lines(bip, "metadata")


def test_fire_report_opening_on_a_clock_time_has_no_lead(fire: Article) -> None:
    assert fire.lead is None
    assert fire.meta.category is not None and fire.meta.category.text == "Zdarzenia"
    assert fire.lists[0].ordered
    first_item = "14:25 – przyjęcie zgłoszenia przez SK KP PSP w Myszkowie,"
    assert fire.lists[0].items[0].text == first_item
    footer = chrome_lines(fire, "footer")
    assert "ul. Pułaskiego 34, 42-300 Myszków" in footer
    assert fire.meta.image is not None and fire.meta.image.credit is not None
    assert fire.meta.image.credit.text == "OSP Żarki"


def test_every_span_points_at_its_text(portal: Article, bip: Article, fire: Article) -> None:
    from .test_properties import all_spans

    for article in (portal, bip, fire):
        for span in all_spans(article):
            assert article.text[span.start:span.end] == span.text


def test_dialogue_dash_inside_paragraph_is_an_inline_quote() -> None:
    text = ("Tytuł testowy artykułu o drogach\n\n"
            "Problem zgłosił nam pan Marek, który jeździ tędy codziennie. – Nie da się tu "
            "jechać szybciej niż 30 km/h, bo dziury są ogromne – opowiada.\n\n"
            "Drogowcy obiecują, że naprawią nawierzchnię jeszcze w tym miesiącu, zanim "
            "przyjdą mrozy.\n")
    article = newsnlp.parse(text)
    assert len(article.quotes) == 1
    quote = article.quotes[0]
    assert quote.inline and quote.speaker is not None and quote.speaker.text == "pan Marek"
    assert quote.text.startswith("Nie da się tu jechać")


def test_hard_wrapped_paragraphs_are_joined() -> None:
    text = ("Tytuł artykułu o czymś ważnym\n\n"
            "Pierwsza linia akapitu, który został\nzawinięty przez scraper w połowie zdania\n"
            "i kończy się dopiero tutaj.\n\n"
            "Drugi akapit jest krótki, ale ma kilka słów i kropkę.\n")
    article = newsnlp.parse(text)
    assert article.meta.title is not None
    assert article.meta.title.text == "Tytuł artykułu o czymś ważnym"
    # prose runs on from the headline with nothing between: a paragraph, no lead
    assert article.lead is None
    first, second = article.sections[0].paragraphs
    assert first.text.endswith("dopiero tutaj.") and "\n" in first.text
    assert second.text == "Drugi akapit jest krótki, ale ma kilka słów i kropkę."


def test_related_links_inside_the_body_do_not_end_it() -> None:
    text = ("Kategoria: Miasto\n\nNowy most otwarty dla kierowców\n\n"
            "Most na rzece Brynicy został otwarty w piątek po dwóch latach budowy inwestycji.\n\n"
            "Czytaj także: Objazdy w centrum potrwają do końca miesiąca\n\n"
            "Koszt inwestycji wyniósł 24 mln zł, a wykonawcą była firma z Katowic i okolic.\n\n"
            "Udostępnij\nDrukuj\n© 2026 portal-testowy.pl\n")
    article = newsnlp.parse(text)
    assert article.meta.category is not None and article.meta.category.text == "Miasto"
    assert [p.text[:10] for s in article.sections for p in s.paragraphs] == ["Koszt inwe"]
    related = [b for b in article.chrome if b.kind == "related"]
    assert related and related[0].items[0].text.startswith("Objazdy w centrum")
    assert {b.kind for b in article.chrome} >= {"related", "share", "footer"}


def test_blog_template_dateline_row_related_and_comment_form() -> None:
    article = newsnlp.parse(example_text("blog-mikolow.txt"))
    assert article.meta.category is not None and article.meta.category.text == "WIADOMOŚCI"
    assert article.meta.published == "2026-03-12"
    assert article.lead is not None and article.lead.text.startswith("Ochotnicza Straż")
    assert [q.speaker.text for q in article.quotes if q.speaker] == [
        "dh Piotr Mazur, prezes OSP Borowa Wieś"]
    kinds = chrome_kinds(article)
    assert kinds["Podobne wpisy:"] == "related"
    assert kinds["Ćwiczenia strażaków na zalewie w Mokrem"] == "related"
    assert kinds["Twój adres e-mail nie zostanie opublikowany."] == "comments"
    assert kinds[
        "Copyright © 2026 Gazeta Lokalna Mikołów. Wszystkie prawa zastrzeżone."] == "footer"
    paragraphs = [p.text for s in article.sections for p in s.paragraphs]
    assert len(paragraphs) == 2 and paragraphs[-1].startswith("Nowy samochód")


def test_regional_portal_caption_with_credit_in_parentheses() -> None:
    article = newsnlp.parse(example_text("portal-regionalny.txt"))
    assert article.meta.category is not None and article.meta.category.text == "Wypadki"
    assert article.meta.published == "2026-02-05T07:45"
    assert article.meta.updated == "2026-02-05T10:20"
    image = article.meta.image
    assert image is not None and image.caption is not None and image.credit is not None
    assert (image.caption.text, image.credit.text) == ("Zdjęcie ilustracyjne", "Shutterstock")
    assert article.lead is not None and article.lead.text.startswith("Kilkanaście samochodów")
    assert [(q.text[:10], q.speaker.text if q.speaker else None) for q in article.quotes] == [
        ("Apelujemy ", "policjantka")]
    assert [(s.kind, s.text) for s in article.sources] == [
        ("author", "Ewa Nowak"), ("photo", "Shutterstock")]
    comments = [line.text for b in article.chrome if b.kind == "comments" for line in b.lines]
    assert "Anonim: znowu ta mgła..." in comments


def test_exclamation_title_and_short_teaser_lead() -> None:
    text = ("Wiadomości\n\nUwaga na fałszywych inkasentów!\n\n"
            "Oszuści znów grasują w Będzinie.\n\n"
            "Policjanci z Komendy Powiatowej Policji w Będzinie ostrzegają seniorów przed "
            "osobami podającymi się za pracowników gazowni.\n")
    article = newsnlp.parse(text)
    assert article.meta.title is not None
    assert article.meta.title.text == "Uwaga na fałszywych inkasentów!"
    assert article.meta.category is not None and article.meta.category.text == "Wiadomości"
    assert article.lead is not None and article.lead.text == "Oszuści znów grasują w Będzinie."


def test_sports_portal_dateline_cells_top_bar_and_comments() -> None:
    """A category cell and an update cell around the date; a site top bar with the day of
    the visit above the title; reader comments with their own dates."""
    article = newsnlp.Pipeline(nlp=None).parse(example_text("portal-sportowy.txt"))  # rules only
    meta = article.meta
    assert meta.title is not None and meta.title.text.startswith("Zagłębie Sosnowiec wygrało")
    assert (meta.published, meta.updated) == ("2026-03-14T21:40", "2026-03-15T08:12")
    assert meta.category is not None and meta.category.text == "Piłka nożna"
    assert [q.speaker.text for q in article.quotes if q.speaker] == [
        "trener Zagłębia Tomasz Zieliński"]
    roles = {d.text: (d.value, d.role) for d in article.dates}
    assert roles["sobota, 21 marca 2026"] == ("2026-03-21", "other")
    assert roles["w sobotę"] == ("2026-03-14", "event")
    assert roles["poniedziałku"] == ("2026-03-16", "event")
    kinds = chrome_kinds(article)
    assert kinds["anonim 15.03.2026, 10:02"] == "comments"
    assert kinds["Sędzia pomógł."] == "comments"
    # teams by name and town (a match report), the club's company by its legal form
    assert [i.canonical for i in article.institutions] == [
        "Zagłębie Sosnowiec S.A.", "GKS Tychy", "Wisła Płock", "Ruch Chorzów"]


def test_municipal_page_one_paragraph_per_line() -> None:
    """No blank lines: headings after a finished paragraph or a chrome line; a caption
    with its credit after a `Zdjęcie:` label; a subject-first colon quote; one-line
    calendar events; a print row and an address after the calendar."""
    article = newsnlp.parse(example_text("gmina-komunikat.txt"))
    assert [s.heading.text for s in article.sections if s.heading] == [
        "Co się zmienia?", "Kontrole segregacji"]
    image = article.meta.image
    assert image is not None and image.caption is not None and image.credit is not None
    assert (image.caption.text, image.credit.text) == (
        "Worki na odpady segregowane", "UGiM Ogrodzieniec")
    assert [q.speaker.text for q in article.quotes if q.speaker] == [
        "Burmistrz Ogrodzieńca Jan Kowalczyk"]
    ugim = next(i for i in article.institutions if i.acronym == "UGiM")
    assert (ugim.canonical, ugim.locality) == ("Urząd Gminy i Miasta Ogrodzieniec", "Ogrodzieniec")
    assert sorted(m.text for m in ugim.mentions) == [
        "UGiM Ogrodzieniec", "Urzędu Gminy i Miasta Ogrodzieniec"]
    events = [e for c in article.chrome for e in c.events]
    assert [(e.when.value if e.when else None, e.place.text if e.place else None,
             e.admission.text if e.admission else None) for e in events] == [
        ("2026-03-21", "Rynek", None), ("2026-03-28", "GOK Ogrodzieniec", "wstęp wolny")]
    kinds = chrome_kinds(article)
    assert kinds["Drukuj | Powrót"] == "share"
    assert kinds["Urząd Gminy i Miasta Ogrodzieniec, Plac Wolności 25, 42-440 Ogrodzieniec"] == (
        "footer")


def test_police_release_signature_and_record_card() -> None:
    """A closing `rank Name / Unit` signature gives two authors and is read for
    institutions; the record card (`Metryczka`) gives a source, an author and chrome."""
    article = newsnlp.parse(example_text("policja-komunikat.txt"))
    assert article.meta.published == "2026-03-09"
    assert [(s.kind, s.text) for s in article.sources] == [
        ("author", "st. asp. Aneta Nowak"), ("author", "KPP w Będzinie"),
        ("source", "KPP Będzin"), ("author", "Aneta Nowak")]
    kpp = next(i for i in article.institutions if i.acronym == "KPP")
    assert kpp.canonical == "Komenda Powiatowa Policji w Będzinie"
    signature = article.text.index("st. asp. Aneta Nowak / KPP w Będzinie")
    assert any(m.start > signature and m.text == "KPP w Będzinie" for m in kpp.mentions)
    boilerplate = [line.text for b in article.chrome for line in b.lines]
    assert "st. asp. Aneta Nowak / KPP w Będzinie" not in boilerplate
    assert "Ostatnia modyfikacja: 10.03.2026 08:15" in boilerplate
    assert {d.text: d.value for d in article.dates}["Wczoraj"] == "2026-03-08"


def test_unlabelled_byline_gallery_link_and_author_box() -> None:
    """A bare author name beside the date line is a byline (and not the title); a gallery
    link inside the body does not end it; `O autorze` opens an author box; a speaker's
    function before a doctor's degree stays in the speaker."""
    article = newsnlp.parse(example_text("portal-zdrowie.txt"))
    meta = article.meta
    assert meta.title is not None and meta.title.text.startswith("Szpital w Zawierciu")
    assert meta.category is not None and meta.category.text == "ZAWIERCIE"
    assert meta.published == "2026-03-12T06:00"
    assert [(s.kind, s.text) for s in article.sources] == [("author", "Anna Malinowska")]
    assert [s.heading.text for s in article.sections if s.heading] == [
        "NOWE ŁÓŻKA I SPRZĘT", "KOLEJKI MAJĄ SIĘ SKRÓCIĆ"]
    assert [q.speaker.text for q in article.quotes if q.speaker] == [
        "dyrektor placówki dr n. med. Tomasz Wilk"]
    kinds = chrome_kinds(article)
    assert kinds["Galeria zdjęć (12)"] == "related"
    assert kinds["O autorze"] == "footer"
    assert kinds[
        "Anna Malinowska – dziennikarka działu regionalnego, pisze o zdrowiu i samorządach."
    ] == "footer"


def test_roman_month_dateline_shortened_title_in_breadcrumb() -> None:
    """`Opublikowano: 3 IV 2026 | Czas czytania`, a `Redakcja X` byline, a breadcrumb whose
    last part is the title cut short, `Czytaj dalej:` links, `12 bm.`."""
    article = newsnlp.parse(example_text("portal-sad.txt"))
    meta = article.meta
    assert meta.published == "2026-04-03"
    assert meta.category is not None and meta.category.text == "Tarnowskie Góry"
    assert [(s.kind, s.text) for s in article.sources] == [("author", "Redakcja TG24")]
    assert article.lead is not None and article.lead.text.startswith("Sąd Rejonowy")
    kinds = chrome_kinds(article)
    assert kinds["Czytaj dalej:"] == kinds["Nowe rondo w Reptach gotowe"] == "related"
    assert {d.text: d.value for d in article.dates}["12 bm."] == "2026-04-12"
    so = next(i for i in article.institutions if i.acronym == "SO")
    assert sorted(m.text for m in so.mentions) == ["SO w Gliwicach", "Sądu Okręgowego w Gliwicach"]


def test_sponsored_teaser_relative_dateline_and_wire_credit() -> None:
    """A sponsored teaser under its label is chrome (not a heading); a relative dateline
    (`dzisiaj, 10:15`) gives no publication date without `published=`, and with it the
    relative dates resolve."""
    text = example_text("portal-agencyjny.txt")
    article = newsnlp.parse(text)
    assert article.meta.published is None
    assert [s.heading for s in article.sections] == [None]
    kinds = chrome_kinds(article)
    assert kinds["Sprawdź oferty kredytów hipotecznych – porównywarka"] == "ad"
    assert [(s.kind, s.text) for s in article.sources] == [("source", "PAP")]
    dated = newsnlp.parse(text, published="2026-03-10")
    values = {d.text: d.value for d in dated.dates}
    assert values["dzisiaj, 10:15"] == "2026-03-10T10:15"
    assert values["w poniedziałek"] == "2026-03-09"


def test_social_media_post_emoji_hashtags_and_counters() -> None:
    """A fire brigade's post: a `27 lutego o 14:32 ·` date line, a closing sentence that ends
    in an emoji is still prose, hashtags are tags, reaction buttons and counters chrome."""
    article = newsnlp.parse(example_text("osp-post.txt"), published="2026-02-27")
    paragraphs = [p.text for s in article.sections for p in s.paragraphs]
    assert paragraphs[-1] == "Przypominamy o regularnym czyszczeniu przewodów kominowych! 🔥"
    kinds = chrome_kinds(article)
    assert kinds["#OSP #KamienicaPolska #strażacy #KSRG"] == "tags"
    assert kinds["Lubię to! · Komentarz · Udostępnij"] == "share"
    assert kinds["12 komentarzy 45 udostępnień"] == "comments"
    values = {d.text: d.value for d in article.dates}
    assert values["Dziś o godzinie 12:47"] == "2026-02-27T12:47"
    assert {i.acronym for i in article.institutions} >= {"SK KM PSP", "KM PSP", "JRG", "OSP"}


def test_metadata_row_of_cells_gives_each_cell_its_own_value() -> None:
    """`Autor: X | Data: 12.03.2026 | Odsłony: 345` under the site name, the category below
    the title: the author ends at the first cell, the date is the publication date."""
    article = newsnlp.parse(example_text("gazeta-wiersz.txt"))
    assert [(s.kind, s.text) for s in article.sources] == [("author", "Tomasz Nowicki")]
    assert article.meta.published == "2026-03-12"
    assert article.meta.category is not None and article.meta.category.text == "Inwestycje"
    assert [q.speaker.text for q in article.quotes if q.speaker] == [
        "pani Krystyna, mieszkanka ulicy"]
    values = {d.text: d.value for d in article.dates}
    assert values["w przyszłym roku"] == "2027"


def test_interview_turns_are_not_a_list() -> None:
    """Unindented dash lines that ask and answer are dialogue, not a list; a lettered list
    after a colon is a list; `* * *` is a break; `Rozmawiała:` is the author; a caption
    that ends with `Fot. X` gives caption and credit."""
    article = newsnlp.parse(example_text("wywiad.txt"))
    assert [[i.text for i in lst.items] for lst in article.lists] == [[
        "remont izby przyjęć (do czerwca),", "nowy tomograf komputerowy,",
        "otwarcie poradni geriatrycznej."]]
    paragraphs = [p.text for s in article.sections for p in s.paragraphs]
    assert "– Skąd więc te obawy?" in paragraphs
    assert "* * *" not in paragraphs
    image = article.meta.image
    assert image is not None and image.credit is not None
    assert image.credit.text == "Szpital Powiatowy w Będzinie"
    assert ("author", "Ewa Kowalczyk") in [(s.kind, s.text) for s in article.sources]


def test_date_above_title_is_not_the_category_and_text_and_photos_credit() -> None:
    article = newsnlp.parse(example_text("szkola-konkurs.txt"))
    assert article.meta.category is not None and article.meta.category.text == "Oświata"
    assert article.meta.published == "2026-03-12"
    assert [(s.kind, s.text) for s in article.sources] == [("author", "Urszula Mazur")]


def test_byline_that_goes_on_with_the_date() -> None:
    """`Autor: X, 18 grudnia 2025, 16:40`: one author, and the date is the publication
    date against which `w czwartek` and `29 stycznia` resolve."""
    article = newsnlp.parse(example_text("kurier-budzet.txt"))
    assert article.meta.published == "2025-12-18T16:40"
    assert [(s.kind, s.text) for s in article.sources if s.kind == "author"] == [
        ("author", "Piotr Kaczmarek")]
    values = {d.text: d.value for d in article.dates}
    assert values["w czwartek"] == "2025-12-18"
    assert values["29 stycznia"] == "2026-01-29"
    assert values["przyszły rok"] == "2026"


def test_live_report_newest_first_with_only_an_update_date() -> None:
    """Times of a live report written newest first stay on the same day (no midnight is
    crossed between 11:20 and 7:15); with only `Aktualizowano:` shown there is no
    publication date, but relative times resolve against the update day."""
    article = newsnlp.parse(example_text("relacja-na-zywo.txt"))
    assert article.meta.published is None
    assert article.meta.title is not None
    assert article.meta.title.text == "Utrudnienia na Piłsudskiego. Relacja na żywo"
    values = {d.text: d.value for d in article.dates}
    assert [values[t] for t in ("11:20", "10:05", "8:40", "7:15")] == [
        "2026-03-09T11:20", "2026-03-09T10:05", "2026-03-09T08:40", "2026-03-09T07:15"]
    kinds = chrome_kinds(article)
    assert kinds["Aktualizowano: 09.03.2026, 11:20"] == "metadata"


_BRIDGE = ("Wiadomości\n\nRemont mostu w Będzinie zakończony\n\n{}\n\n12 marca 2026\n\n"
           "Drogowcy zakończyli remont mostu na Czarnej Przemszy w Będzinie. Prace trwały pół "
           "roku i kosztowały 6 mln zł.\n\nMost jest już przejezdny dla samochodów.\n")


@pytest.mark.parametrize(("lines", "caption", "credit"), [
    ("Na zdjęciu: nowy most na Czarnej Przemszy\nfot. UM Będzin",
     "nowy most na Czarnej Przemszy", "UM Będzin"),
    ("Zdjęcie ilustracyjne / Fot. Pixabay", "Zdjęcie ilustracyjne", "Pixabay"),
    ("Podpis: Otwarcie mostu. Autor zdjęcia: Jan Nowak", "Otwarcie mostu", "Jan Nowak"),
    ("fot. archiwum", None, "archiwum"),
])
def test_caption_and_credit_layouts(lines: str, caption: str | None, credit: str) -> None:
    article = newsnlp.parse(_BRIDGE.format(lines))
    image = article.meta.image
    assert image is not None and image.credit is not None and image.credit.text == credit
    assert (image.caption.text if image.caption else None) == caption
    assert article.meta.title is not None
    assert article.meta.title.text == "Remont mostu w Będzinie zakończony"


def test_opening_hours_rows_and_video_embed() -> None:
    """Short `day: hours` rows are not a hard-wrapped paragraph and their times are not
    dates: under `Urząd będzie czynny:` they are a list's items, one a row, as a browser's
    text shows a list without its markers; a `Wideo: title (YouTube, 2:14)` embed is a
    widget, not a photo credit."""
    article = newsnlp.parse(example_text("urzad-godziny.txt"))
    assert [[i.text for i in lst.items] for lst in article.lists] == [[
        "poniedziałek: 8:00–17:00", "wtorek–czwartek: 7:30–15:30", "piątek: 7:30–14:00"]]
    paragraphs = [p.text for s in article.sections for p in s.paragraphs]
    assert "Urząd będzie czynny:" in paragraphs
    assert any(p.startswith("Kasa urzędu przyjmuje") for p in paragraphs)
    assert [d.text for d in article.dates] == [
        "2026-03-02", "1 kwietnia 2026 r.", "24 lutego 2026 r."]
    assert article.meta.image is None
    kinds = chrome_kinds(article)
    assert kinds["Wideo: Informacja burmistrza (YouTube, 2:14)"] == "widget"


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("Jak mówi rzecznik prasowy KMP w Sosnowcu asp. Jan Kowalski: „Apelujemy o ostrożność "
     "na drogach”.", "rzecznik prasowy KMP w Sosnowcu asp. Jan Kowalski"),
    ("Prezes spółki dodaje, że „to dopiero początek większych zmian w mieście”.",
     "Prezes spółki"),
    ("Mówił o tym wczoraj. Jak dodaje mł. asp. Anna Nowak, „sprawcy wciąż są poszukiwani "
     "przez policję”.", "mł. asp. Anna Nowak"),
])
def test_speaker_with_a_rank_before_the_name_and_indirect_attribution(
        sentence: str, speaker: str) -> None:
    article = newsnlp.parse("Tytuł testowy artykułu\n\n12 marca 2026\n\n"
                            "Lead artykułu jest tutaj i ma wiele słów.\n\n" + sentence)
    assert [q.speaker.text if q.speaker else None for q in article.quotes] == [speaker]


@pytest.mark.parametrize(("text", "expected"), [
    ("W sobotę o godzinie 21.47 dyżurny otrzymał zgłoszenie o pożarze.", True),
    ("Przed godziną 6.30 na drodze krajowej doszło do zderzenia.", True),
    ("Od 1 marca zmienia się rozkład jazdy autobusów miejskich.", False),
])
def test_a_report_opening_on_any_clock_word_has_no_lead(text: str, expected: bool) -> None:
    """The lead test reads the clock words of `data/dates/lexicon.json`, as the dates do."""
    from newsnlp.layout.lead import opens_with_timestamp

    assert opens_with_timestamp(text) is expected


REGIONAL = (
    "Radio Regionalne - Wiadomości\n"
    "Strona główna › Wiadomości › Rzeszów\n"
    "Pogoda: Rzeszów 3°C\n"
    "\n"
    "Stal Rzeszów w finale Pucharu Polski. Gol w doliczonym czasie\n"
    "\n"
    "Data publikacji: 04.12.2026, 10:35\n"
    "\n"
    "Piłkarze Stali Rzeszów pokonali Wisłę Płock 2:1 w półfinale Pucharu Polski. "
    "Decydującego gola strzelił w 93. minucie Kamil Nowak.\n"
    "(fot. Tomasz Jagodziński / Radio Regionalne)\n"
    "Mecz przy ul. Hetmańskiej obejrzało ponad 11 tysięcy kibiców. Goście prowadzili "
    "od 20. minuty, ale po przerwie gospodarze ruszyli do odrabiania strat.\n"
    "- Wierzyliśmy do końca. Ten zespół ma charakter i pokazał go w drugiej połowie "
    "- powiedział po meczu trener Stali Marek Zub.\n"
    "Finał na Stadionie Narodowym\n"
    "Finał zostanie rozegrany 2 maja 2027 r. w Warszawie. Sprzedaż biletów ruszy w "
    "połowie marca.\n"
    "Jan Kowalczyk\n"
    "Czytaj także:\n"
    "Resovia przegrywa w Gdańsku\n"
    "© Radio Regionalne 2026\n"
)


def test_regional_page_weather_credit_dash_quote_heading_and_signature() -> None:
    """A weather widget above the headline is no category (the breadcrumb's last part is);
    a `(fot. X)` line is the photo credit; a heading stands after a paragraph that a
    dialogue dash opens; the name under the last paragraph is the author's signature."""
    article = newsnlp.parse(REGIONAL)
    meta = article.meta
    assert meta.category is not None and meta.category.text == "Rzeszów"
    assert "Pogoda: Rzeszów 3°C" in chrome_lines(article, "widget")
    assert meta.image is not None and meta.image.credit is not None
    assert meta.image.credit.text == "Tomasz Jagodziński / Radio Regionalne"
    assert [s.heading.text for s in article.sections if s.heading] == [
        "Finał na Stadionie Narodowym"]
    assert ("author", "Jan Kowalczyk") in [(s.kind, s.text) for s in article.sources]
    paragraphs = [p.text for s in article.sections for p in s.paragraphs]
    assert "Jan Kowalczyk" not in paragraphs and len(paragraphs) == 2


@pytest.mark.parametrize("tail", ["", " Komentarze (7)", " | 12 komentarzy"])
def test_an_authors_name_before_the_date_is_the_byline_and_the_dateline(tail: str) -> None:
    """`Anna Zielińska 3 grudnia 2026, 07:45` under the headline (a page head's byline and
    date rendered on one line, perhaps closed by the comment count) gives the author and the
    publication date, not a paragraph."""
    article = newsnlp.parse(
        "Gazeta Śląska\nRegion\n\nPożar hali w Gliwicach. Strażacy walczyli całą noc\n"
        f"Anna Zielińska 3 grudnia 2026, 07:45{tail}\n\nW nocy z wtorku na środę spłonęła hala "
        "magazynowa przy ul. Portowej w Gliwicach. Z ogniem walczyło 25 zastępów straży.\n\n"
        "Gdy na miejsce dotarły pierwsze zastępy, ogień obejmował już połowę budynku, a dym "
        "było widać z odległości kilku kilometrów.\n")
    assert article.meta.published == "2026-12-03T07:45"
    assert [(s.kind, s.text) for s in article.sources] == [("author", "Anna Zielińska")]
    assert article.meta.title is not None
    assert article.meta.title.text == "Pożar hali w Gliwicach. Strażacy walczyli całą noc"
    texts = [p.text for s in article.sections for p in s.paragraphs]
    assert not any(t.startswith("Anna Zielińska") for t in texts)


def test_calendar_lines_that_open_with_a_date_are_events_dash_or_not() -> None:
    """Every line of a calendar block is read (not only its first), and `8.12.2026 Title,
    Venue` without a dash is an event like `8.12.2026 – Title, Venue`."""
    article = newsnlp.parse(
        "Jarmark na Rynku już od piątku\ndodano: 2 grudnia 2026 r.\n\nOd piątku na tarnowskim "
        "Rynku działać będzie jarmark. Na odwiedzających czeka ponad 40 stoisk z rękodziełem "
        "i ozdobami.\n\nKalendarz wydarzeń\n8.12.2026 Spotkanie autorskie, Miejska Biblioteka "
        "Publiczna\n10.12.2026 – Sesja Rady Miejskiej\n15.12.2026 Koncert świąteczny, Tarnowskie "
        "Centrum Kultury\n")
    events = [e for c in article.chrome for e in c.events]
    assert [(e.when.value if e.when else None, e.place.text if e.place else None)
            for e in events] == [("2026-12-08", "Miejska Biblioteka Publiczna"),
                                 ("2026-12-10", None),
                                 ("2026-12-15", "Tarnowskie Centrum Kultury")]


def test_an_enumeration_a_colon_opens_at_the_articles_end_stays_article_text() -> None:
    """Unpunctuated lines under `Program wydarzeń:` are the article's, not trailing chrome;
    `Informację przygotował: X` is the author's credit."""
    article = newsnlp.parse(
        "Jarmark na Rynku już od piątku\ndodano: 2 grudnia 2026 r.\n\nOd piątku na tarnowskim "
        "Rynku działać będzie jarmark. Na odwiedzających czeka ponad 40 stoisk z rękodziełem, "
        "ozdobami świątecznymi i regionalnymi przysmakami.\nProgram wydarzeń towarzyszących:\n"
        "6 grudnia, godz. 17 – Mikołajki z teatrem lalek\n13 grudnia, godz. 18 – koncert kolęd\n"
        "20 grudnia, godz. 16 – wspólne ubieranie choinki\n"
        "Informację przygotował: Wydział Promocji\n")
    texts = [p.text for s in article.sections for p in s.paragraphs] + [
        i.text for lst in article.lists for i in lst.items]
    assert any("wspólne ubieranie choinki" in t for t in texts)
    assert ("author", "Wydział Promocji") in [(s.kind, s.text) for s in article.sources]


def test_an_agency_credit_in_brackets_under_the_article_is_its_source() -> None:
    """`(PAP)` on a line of its own after the last paragraph credits the news agency."""
    article = newsnlp.parse(
        "Stopy procentowe bez zmian\n3 grudnia 2026\n\nRada Polityki Pieniężnej na grudniowym "
        "posiedzeniu utrzymała stopę referencyjną na poziomie 4,5 proc. Decyzja była zgodna z "
        "oczekiwaniami analityków.\n(PAP)\nKomentarze\n")
    assert [(s.kind, s.text) for s in article.sources] == [("source", "PAP")]


def test_a_publication_line_that_names_who_published_gives_the_author() -> None:
    """`Opublikowano 28 listopada 2026 przez Ewa Malec` (WordPress's byline): the date and
    the author."""
    article = newsnlp.parse(
        "Nowa hala sportowa w Wadowicach gotowa\nOpublikowano 28 listopada 2026 przez Ewa "
        "Malec\n\nPo 18 miesiącach budowy hala sportowa przy Szkole Podstawowej nr 4 w "
        "Wadowicach jest gotowa. Obiekt kosztował 12 mln zł.\n")
    assert article.meta.published == "2026-11-28"
    assert [(s.kind, s.text) for s in article.sources] == [("author", "Ewa Malec")]


def test_interview_turns_opened_by_the_speakers_name_are_no_headings() -> None:
    """`Piotr Wrona: Co to oznacza dla ryb?` between answers is a question, not a heading."""
    article = newsnlp.parse(
        "Prof. Anna Lis: Bałtyk ociepla się szybciej, niż sądziliśmy\n"
        "Autor: Piotr Wrona | 1 grudnia 2026, 07:00\n"
        "Z prof. Anną Lis, oceanografką z Instytutu Oceanologii w Sopocie, rozmawia Piotr "
        "Wrona.\nPiotr Wrona: Jak bardzo zmienił się Bałtyk w ostatnich dekadach?\n"
        "Anna Lis: Średnia temperatura wód powierzchniowych wzrosła o ponad dwa stopnie od lat "
        "80. To jedno z najszybciej ocieplających się mórz na świecie.\n"
        "Piotr Wrona: Co to oznacza dla ryb?\n"
        "Anna Lis: Dorsz traci tlen i miejsca do tarła, a jego populacja we wschodniej części "
        "morza załamała się w ostatnich latach.\n")
    assert [s.heading for s in article.sections] == [None]
    paragraphs = [p.text for s in article.sections for p in s.paragraphs]
    assert "Piotr Wrona: Co to oznacza dla ryb?" in paragraphs


def test_the_signed_dateline_under_the_headline_beats_the_top_bar_date() -> None:
    """`Marek Zawada 02.12.2026 18:30 aktualizacja: …` under the headline: the author, the
    publication time and the update; the top bar's `Środa, 2 grudnia 2026` is the visit's."""
    article = newsnlp.parse(
        "Środa, 2 grudnia 2026 | Imieniny: Balbiny, Pauliny\nGłówna | Kraj | Polityka\n"
        "Sejm uchwalił ustawę o ochronie ludności\n"
        "Marek Zawada 02.12.2026 18:30 aktualizacja: 02.12.2026 20:05\n"
        "Posłowie przyjęli w środę ustawę o ochronie ludności i obronie cywilnej. Za "
        "głosowało 410 posłów, nikt nie był przeciw.\n")
    assert article.meta.published == "2026-12-02T18:30"
    assert article.meta.updated == "2026-12-02T20:05"
    assert [(s.kind, s.text) for s in article.sources] == [("author", "Marek Zawada")]


def test_share_counts_a_pipe_photo_credit_and_a_gallery_link() -> None:
    """`Facebook 34` is a share button, `Caption | Fot. X` a caption with its credit, `Zobacz
    galerię (12 zdjęć)` a link; the paragraph after the link stays article text."""
    article = newsnlp.parse(
        "Radni zdecydowali: bilety komunikacji miejskiej droższe od stycznia\n"
        "Katarzyna Nowicka\n2 grudnia 2026, 19:40\nFacebook 34\nTwitter\n"
        "Bilet jednorazowy w Zielonej Górze zdrożeje z 3,80 zł do 4,40 zł. Tak zdecydowali we "
        "wtorek radni. Za uchwałą głosowało 14 radnych.\n"
        "Autobus MZK na placu Bohaterów | Fot. Mariusz Kapała / Gazeta Lubuska\n"
        "Podwyżka to efekt rosnących kosztów paliwa i wynagrodzeń kierowców – tłumaczy Miejski "
        "Zakład Komunikacji w Zielonej Górze.\nZobacz galerię (12 zdjęć)\n"
        "Bez zmian pozostaną ceny biletów miesięcznych dla uczniów i seniorów.\nPolecamy\n"
        "Wypadek na S3 pod Zieloną Górą. Utrudnienia\n")
    kinds = chrome_kinds(article)
    assert kinds["Facebook 34"] == "share"
    assert kinds["Zobacz galerię (12 zdjęć)"] == "related"
    image = article.meta.image
    assert image is not None and image.caption is not None and image.credit is not None
    assert image.caption.text == "Autobus MZK na placu Bohaterów"
    assert image.credit.text == "Mariusz Kapała / Gazeta Lubuska"
    paragraphs = [p.text for s in article.sections for p in s.paragraphs]
    assert "Bez zmian pozostaną ceny biletów miesięcznych dla uczniów i seniorów." in paragraphs


_ENUMERATION_PAGE = (
    "Nowy rozkład jazdy autobusów w Olsztynie od poniedziałku\n"
    "Marta Wiśniewska\n4 grudnia 2026, 08:15\n"
    "Zarząd Transportu Miejskiego w Olsztynie zmienia od poniedziałku rozkład jazdy kilku "
    "linii. Zmiany to efekt remontu ulicy Partyzantów.\n"
    "Najważniejsze zmiany w komunikacji miejskiej:\n"
    "linia 12 wraca na stałą trasę,\n"
    "linia 25 kursuje co 20 minut,\n"
    "nowy przystanek przy ul. Jagiellońskiej.\n"
    "Pasażerowie mogą pytać o szczegóły w punkcie obsługi klienta przy placu Konstytucji.\n")


def test_an_enumeration_under_a_colon_without_list_markers_is_one_list() -> None:
    """Lower-case items ending with a comma, the last with a full stop, under a colon line
    (Polish enumeration punctuation) are one list; the colon line stays a paragraph."""
    article = newsnlp.parse(_ENUMERATION_PAGE)
    assert [[item.text for item in lst.items] for lst in article.lists] == [[
        "linia 12 wraca na stałą trasę,", "linia 25 kursuje co 20 minut,",
        "nowy przystanek przy ul. Jagiellońskiej."]]
    paragraphs = [p.text for s in article.sections for p in s.paragraphs]
    assert "Najważniejsze zmiany w komunikacji miejskiej:" in paragraphs
    assert paragraphs[-1].startswith("Pasażerowie mogą pytać")
    for item in article.lists[0].items:
        assert article.text[item.start:item.end] == item.text


@pytest.mark.parametrize("change", [
    ("Najważniejsze zmiany w komunikacji miejskiej:", "Najważniejsze zmiany w komunikacji"),
    ("linia 25 kursuje co 20 minut,\n", "linia 25 kursuje co 20 minut, a linia 30 co pół\n"),
    ("linia 12 wraca na stałą trasę,\n", "Linia 12 wraca na stałą trasę.\n")])
def test_lines_that_do_not_punctuate_an_enumeration_stay_paragraphs(
        change: tuple[str, str]) -> None:
    """No colon line above, an item that does not end with a comma or a full stop (a hard
    wrap), or a capitalised sentence for the first item: no list."""
    article = newsnlp.parse(_ENUMERATION_PAGE.replace(*change))
    assert article.lists == []


def test_a_byline_with_the_authors_function_and_a_topic_line() -> None:
    """`Name Surname, redaktor Outlet` is the byline (business portals sign so), `Tematy:`
    a tag line."""
    article = newsnlp.parse(
        "GOSPODARKA\nInflacja w listopadzie spadła do 3,1 proc. Ekonomiści czekają na RPP\n"
        "Tomasz Lewandowski, redaktor Bankier.pl\n05.12.2026 09:12\n"
        "Inflacja w Polsce spadła w listopadzie do 3,1 proc. rok do roku – wynika z szybkiego "
        "szacunku Głównego Urzędu Statystycznego.\n"
        "Rada Polityki Pieniężnej zbierze się na ostatnim w tym roku posiedzeniu 9 grudnia.\n"
        "Tematy: inflacja, GUS, RPP, stopy procentowe\n")
    assert [(s.kind, s.text) for s in article.sources if s.kind == "author"] == [
        ("author", "Tomasz Lewandowski")]
    assert chrome_kinds(article)["Tematy: inflacja, GUS, RPP, stopy procentowe"] == "tags"


def test_video_and_rating_rows_are_chrome_and_chrome_blocks_swallow_no_text() -> None:
    """`Dalsza część artykułu pod materiałem wideo` (a player slot) is no section heading,
    `Oceń jakość naszego artykułu:` a widget; two ad lines around a paragraph stay two chrome
    blocks, the paragraph outside both."""
    article = newsnlp.parse(
        "Kraj\nSejm przyjął budżet na 2027 rok. Opozycja zapowiada skargę\nOprac. Paweł Nowicki\n"
        "Sejm uchwalił w piątek ustawę budżetową na 2027 rok. Za głosowało 238 posłów.\n"
        "REKLAMA\nDeficyt budżetu ma wynieść 289 mld zł. Ustawą zajmie się teraz Senat.\n"
        "Dalsza część artykułu pod materiałem wideo\n"
        "Minister finansów przekonywał w Sejmie, że budżet jest odpowiedzialny i bezpieczny.\n"
        "Posłowie opozycji zapowiedzieli, że zaskarżą ustawę do Trybunału Konstytucyjnego.\n"
        "Oceń jakość naszego artykułu:\n")
    assert [s.heading for s in article.sections if s.heading is not None] == []
    kinds = chrome_kinds(article)
    assert kinds["Dalsza część artykułu pod materiałem wideo"] == "ad"
    assert kinds["Oceń jakość naszego artykułu:"] == "widget"
    ads = [c for c in article.chrome if c.kind == "ad"]
    assert [c.text for c in ads] == ["REKLAMA", "Dalsza część artykułu pod materiałem wideo"]
    paragraphs = [p.text for s in article.sections for p in s.paragraphs]
    assert "Deficyt budżetu ma wynieść 289 mld zł. Ustawą zajmie się teraz Senat." in paragraphs


def test_a_closing_signature_may_give_the_authors_function() -> None:
    """`Anna Wrona, lekarz rodzinny` under the last paragraph signs the piece: the author is
    the name; a sentence after the comma is no function, so that line stays text."""
    head = ("Angina u dzieci. Jak ją rozpoznać?\n01.12.2026\n\nAngina paciorkowcowa to "
            "jedna z najczęstszych chorób wieku dziecięcego. Zimą lekarze przyjmują codziennie "
            "małych pacjentów z bólem gardła.\n\nO leczeniu decyduje lekarz. Przy anginie "
            "konieczny jest antybiotyk, zwykle przez dziesięć dni.\n")
    article = newsnlp.parse(head + "Anna Wrona, lekarz rodzinny\n")
    assert [(s.kind, s.text) for s in article.sources] == [("author", "Anna Wrona")]
    article = newsnlp.parse(head + "Anna Wrona, lekarka z Kielc, radzi pić dużo wody.\n")
    assert [s for s in article.sources if s.kind == "author"] == []


def _kept(article: Article) -> list[str]:
    """The lead and the paragraphs the parse keeps, in order."""
    kept = [article.lead.text] if article.lead else []
    return kept + [p.text for s in article.sections for p in s.paragraphs]


@pytest.mark.parametrize("article", [
    ("Przepis na święta\n"
     "Ciasteczka owsiane to najprostszy deser, jaki można przygotować z dziećmi w weekend. "
     "Wystarczą płatki, masło i odrobina miodu.\n"
     "Piekarz z Tychów radzi, by ciasteczka piec krótko, najwyżej kwadrans, w temperaturze "
     "180 stopni. Wtedy zostają miękkie w środku.\n"),
    ("Nowe przepisy o prywatności w sieci\n"
     "Od środy strony internetowe muszą pytać użytkowników o zgodę na zapisywanie plików "
     "cookies. Tak zdecydował Sejm w ubiegłym tygodniu.\n"
     "Urząd Ochrony Danych Osobowych zapowiada kontrole. Za brak zgody na cookies grozi "
     "kara do 20 tysięcy złotych.\n"),
])
def test_cookies_in_the_news_are_text_and_a_cookie_banner_is_chrome(article: str) -> None:
    """`Ciasteczka` are food before they are web cookies, and news reports on `pliki cookies`:
    such paragraphs stay. A banner speaks to the reader (`stosujemy`, `ta strona używa`,
    `zgadzasz się`, your browser's settings) or is a short link (`Polityka cookies`): it
    goes, in Polish or English."""
    banners = ["Ta strona używa ciasteczek. Korzystając z niej, zgadzasz się na ich użycie.",
               "Stosujemy pliki cookies, aby ułatwić korzystanie z serwisu.", "Polityka cookies"]
    page = newsnlp.Pipeline(nlp=None).parse(article + "\n".join(banners) + "\n")
    assert _kept(page) == article.splitlines()[1:]
    assert chrome_lines(page, "cookies") == banners


@pytest.mark.parametrize("line", [
    ("Sąd uznał, że artykuł nie może być powielany bez zgody autora, dlatego wydawca musi "
     "zapłacić odszkodowanie, a sprawa trafi teraz do apelacji."),
    ("Na okładce płyty widniał napis „wszelkie prawa zastrzeżone”, ale muzycy od lat "
     "udostępniają swoje nagrania za darmo."),
])
def test_news_about_copyright_is_text_and_a_copy_notice_is_chrome(line: str) -> None:
    """A sentence that reports a copy notice (`…, że artykuł nie może być powielany`, a
    quoted `„wszelkie prawa zastrzeżone”`) is text; the notices themselves go: a line that
    opens with `Wszelkie prawa zastrzeżone`, one after a copyright sign, a short one, and a
    notice whose subject opens the line (`Żaden utwór … nie może być powielany`)."""
    notices = ["© 2026 Gazeta Powiatowa. Wszelkie prawa zastrzeżone.",
               "Wszelkie prawa zastrzeżone. Media Lokalne sp. z o.o. 2001-2026.",
               ("Żaden utwór zamieszczony w serwisie nie może być powielany ani "
                "rozpowszechniany bez zgody wydawcy.")]
    article = ("Spór o prawa autorskie w sądzie\n"
               "Wydawca pozwał portal, który przedrukował jego reportaż bez zgody.\n"
               f"{line}\n")
    page = newsnlp.Pipeline(nlp=None).parse(article + "\n".join(notices) + "\n")
    assert line in _kept(page)
    assert chrome_lines(page, "footer") == notices


@pytest.mark.parametrize(("lines", "sources", "published_span"), [
    ("Autor: Anna Lis. Data publikacji Pią, 2026-03-13 14:20",
     [("author", "Anna Lis")], "Pią, 2026-03-13 14:20"),
    ("tekst: portal.pl foto: Jan Nowak", [("author", "portal.pl"), ("photo", "Jan Nowak")],
     "12 marca 2026"),
    ("Dodano: 13 marca 2026, 13:45 Autor: (mk)", [("author", "(mk)")], "13 marca 2026, 13:45"),
])
def test_two_labelled_items_on_one_line_are_read_apart(
        lines: str, sources: list[tuple[str, str]], published_span: str) -> None:
    """A label inside another label's value opens a second item (`next_label`): the
    author's name ends before `Data publikacji`, `foto:` or the date before `Autor:`."""
    article = newsnlp.parse(_BRIDGE.format(lines))
    assert [(s.kind, s.text) for s in article.sources] == sources
    span = article.meta.published_span
    assert span is not None and span.text == published_span


@pytest.mark.parametrize("line", [
    "Wielki pożar w lasach Chile (zdjęcia: 12)", "Pierwszy taki most w Polsce... Fotoreportaż",
    "Remont mostu w Będzinie ZDJĘCIA",
])
def test_a_gallery_link_or_badge_is_no_photo_credit(line: str) -> None:
    """`zdjęcia`, `Fotoreportaż`: words that open with `zdj` or `fot` are no label."""
    article = newsnlp.parse(_BRIDGE.format(line))
    assert [s for s in article.sources if s.kind == "photo"] == []


def test_a_numbered_ranking_after_the_share_row_is_chrome() -> None:
    """Once terminal chrome (a share row, tags) has been seen, only prose is content: a
    numbered list of headlines there is a portal's ranking, not the article's list (in the
    rules' blocks, which the layout model reads, and in the parse)."""
    text = ("Kopalnia wstrzymała wydobycie na dwa dni\n\n"
            "Wydobycie w kopalni wstrzymano w poniedziałek po wykryciu metanu w jednym z "
            "chodników, poinformował rzecznik spółki w rozmowie z dziennikarzami.\n\n"
            "Górnicy wrócą pod ziemię w środę, gdy stężenie gazu spadnie poniżej normy, a "
            "inspektorzy urzędu górniczego sprawdzą wentylację całego oddziału.\n\n"
            "Tagi: górnictwo, kopalnie\nFacebook Twitter\n"
            "1. Polskie górnictwo przed trudnym rokiem?\n"
            "2. Dyrektor kopalni odwołany po kontroli\n"
            "3. Ranking kopalń z największym wydobyciem\n")
    pipeline = newsnlp.Pipeline(nlp=None)
    page = pipeline.prepare(text)
    blocks = segment(page.text, page.lines, page.scan.find)
    ranking = [b for b in blocks if "Ranking kopalń" in page.text[b.start:b.end]]
    assert [(b.kind, b.chrome) for b in ranking] == [("chrome", "footer")]
    article = pipeline.parse(text)
    body = " ".join(p.text for s in article.sections for p in s.paragraphs)
    assert "Górnicy wrócą pod ziemię" in body
    assert not [i for lst in article.lists for i in lst.items if "Ranking" in i.text]


@pytest.mark.parametrize(("byline", "authors"), [
    ("Piotr Zając, Anna Lis", ["Piotr Zając", "Anna Lis"]),
    ("Piotr Zając i Anna Lis", ["Piotr Zając", "Anna Lis"]),
    ("Redakcja", ["Redakcja"]),
    ("Lotnisko, Kolej, Autobusy", []),  # no names: a row of links
])
def test_co_authors_and_the_newsroom_beside_the_date(byline: str, authors: list[str]) -> None:
    page = "\n".join([
        "Biznes", "Lotnisko w Modlinie z rekordem pasażerów w swojej historii", byline,
        "9 stycznia 2025, 16:05",
        ("W 2024 roku z lotniska skorzystało ponad 3,5 mln podróżnych, o jedną piątą więcej "
         "niż rok wcześniej. Port zapowiada rozbudowę terminalu."), "",
        "Władze portu podały, że najwięcej pasażerów odprawiono w sierpniu."])
    article = newsnlp.Pipeline(nlp=None).parse(page)
    assert [s.text for s in article.sources if s.kind == "author"] == authors
    assert article.meta.published == "2025-01-09T16:05"
