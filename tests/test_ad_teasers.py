"""The line under an ad's label (`Reklama`) is the ad's own text: in the page head it is no
running text that ends the head, and no headline the ranker may pick; inside the article,
the text goes on under the label."""

from __future__ import annotations

import newsnlp

RULES = newsnlp.Pipeline(nlp=None)
HEAD = ("Portal Kujaw\nWiadomości\nSport\nKultura\n\nReklama\n"
        "Nowe mieszkania w Inowrocławiu od 6900 zł za metr. Zadzwoń i umów się już dziś!\n\n"
        "OPINIE / Komentarze\n3 marca 2026\n"
        "Miasto potrzebuje parkingów, nie kolejnych podwyżek opłat\n\n")
TEXT = ("Od kilku tygodni radni spierają się o nową strefę płatnego parkowania w centrum "
        "miasta i o to, kto naprawdę za nią zapłaci.\n"
        "Kierowcy z osiedli na obrzeżach nie mają dziś czym dojechać do pracy, bo autobusy "
        "kursują rzadko, a parkingów przesiadkowych wciąż nie ma.\n")


def test_an_ad_teaser_in_the_page_head_is_neither_title_nor_text() -> None:
    article = RULES.parse(HEAD + TEXT)
    assert article.meta.title is not None
    assert article.meta.title.text == "Miasto potrzebuje parkingów, nie kolejnych podwyżek opłat"
    body = [p.text for s in article.sections for p in s.paragraphs]
    lead = article.lead.text if article.lead is not None else ""
    assert not any("Nowe mieszkania" in t for t in [*body, lead])
    assert lead.startswith("Od kilku tygodni") or body[0].startswith("Od kilku tygodni")


def test_the_text_goes_on_under_an_ad_label_inside_the_article() -> None:
    """Under the headline, a `Reklama` label between two paragraphs marks an ad slot; the
    paragraph under it is still the article's."""
    page = ("Wiadomości\n\nMiasto potrzebuje parkingów, nie kolejnych podwyżek opłat\n"
            "3 marca 2026\n\n" + TEXT.split("\n")[0] + "\nReklama\n" + TEXT.split("\n")[1] + "\n")
    article = RULES.parse(page)
    body = " ".join(p.text for s in article.sections for p in s.paragraphs)
    assert "Kierowcy z osiedli" in body + (article.lead.text if article.lead is not None else "")


def test_a_headline_right_under_an_empty_ad_slots_label() -> None:
    """An ad slot whose ad is an image leaves its label alone over the headline: the
    headline stays the title."""
    page = ("Portal Kujaw\nWiadomości\nSport\nReklama\n"
            "Miasto potrzebuje parkingów, nie kolejnych podwyżek opłat\n3 marca 2026\n\n" + TEXT)
    title = RULES.parse(page).meta.title
    assert title is not None
    assert title.text == "Miasto potrzebuje parkingów, nie kolejnych podwyżek opłat"


MUSEUM_NIGHT = (
    "Portal Leszczyński\nWiadomości\nKultura\nSport\nKultura\n"
    "Noc Muzeów w Lesznie. Ratusz otwarty do północy\n17.05.2026 08:00\nMarta Woźniak\n"
    "Dziś wieczorem leszczyńskie instytucje kultury otwierają drzwi za darmo, a program "
    "przygotowało kilka muzeów i bibliotek.\n"
    "Główne wydarzenia przygotowało Muzeum Okręgowe, które w tym roku świętuje jubileusz i "
    "pokaże zbiory zwykle schowane w magazynach.\n"
    "– Chcemy, żeby ta noc była świętem dla całych rodzin. Dla dzieci mamy warsztaty i grę "
    "miejską – mówi dyrektor muzeum Wojciech Szulc.\n"
    "Reklama\nW programie:\n"
    "• ratusz z salą sesyjną i wieżą widokową (wejścia co 20 minut)\n"
    "• Muzeum Okręgowe – wystawa „Leszno w czasach Komeńskiego”\n"
    "• Biblioteka Pedagogiczna – pokaz starodruków\n"
    "Na wieżę ratuszową obowiązują darmowe wejściówki, które można odebrać od godziny "
    "siedemnastej w punkcie informacji turystycznej.\n"
    "Urząd Miasta przypomina, że w czasie imprezy płyta Rynku będzie wyłączona z ruchu od "
    "godziny osiemnastej do drugiej w nocy.\n"
    "Czytaj też:\nWakacje w mieście. Znamy program Lata w Lesznie\n"
    "Kino plenerowe wraca na Rynek. Sprawdź repertuar\n"
    "Udostępnij: Facebook | X | WhatsApp\nTagi: Noc Muzeów, Leszno, kultura\n"
    "© 2026 Portal Leszczyński. Wszelkie prawa zastrzeżone.\n")


def test_an_introduced_list_and_the_text_under_an_ad_inside_the_article() -> None:
    """An ad inside the article, then the list a colon line introduces and the closing
    paragraphs down to the link box and the page's tools: all the article's (the model reads
    what stands under an ad as the page's end)."""
    article = RULES.parse(MUSEUM_NIGHT)
    body = [p.text for s in article.sections for p in s.paragraphs]
    assert "W programie:" in body
    assert body[-1].startswith("Urząd Miasta przypomina")
    assert article.lists[0].items[0].text.startswith("ratusz z salą sesyjną")
    assert not any(t.startswith("Wakacje w mieście") for t in body)
