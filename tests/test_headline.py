"""A headline ends before the media badge a portal appends to it (`… WIDEO+SONDA`)."""

from __future__ import annotations

import pytest

import newsnlp
from newsnlp.layout.headline import headline_end, is_badge

BODY = ("W nocy z soboty na niedzielę spłonęła hala magazynowa przy ul. Długiej w Sosnowcu. "
        "Strażacy gasili ogień przez sześć godzin.\n\nNikt nie został ranny, a przyczyny "
        "pożaru wyjaśnia policja.\n")


@pytest.mark.parametrize(("headline", "title"), [
    ("Pożar hali w Sosnowcu. Kto zawinił? WIDEO+SONDA", "Pożar hali w Sosnowcu. Kto zawinił?"),
    ("Pożar hali w Sosnowcu [ZDJĘCIA]", "Pożar hali w Sosnowcu"),
    ("Pożar hali w Sosnowcu (wideo)", "Pożar hali w Sosnowcu"),
    ("Pożar hali w Sosnowcu - FOTO, WIDEO", "Pożar hali w Sosnowcu"),
    ("Nowy prezes TVP", "Nowy prezes TVP"),  # an acronym is no badge
    ("Mecz na żywo w parku", "Mecz na żywo w parku"),  # a badge word in lower case is text
])
def test_the_title_ends_before_a_media_badge(headline: str, title: str) -> None:
    article = newsnlp.parse(f"Wiadomości\n\n{headline}\n\n{BODY}")
    assert article.meta.title is not None and article.meta.title.text == title
    t = article.meta.title
    assert article.text[t.start:t.end] == title


def test_the_same_on_html_input() -> None:
    html = ("<html><body><h1>Pożar hali w Sosnowcu <span>WIDEO</span></h1>"
            + "".join(f"<p>{p}</p>" for p in BODY.split("\n\n")) + "</body></html>")
    title = newsnlp.parse(html).meta.title
    assert title is not None and title.text == "Pożar hali w Sosnowcu"


def test_a_badge_alone_is_kept() -> None:
    assert headline_end("FOTO", 0, 4) == 4


AGENCY_PAGE = (
    "wiadomosci.krakow.pl\n"
    "Kraków | Małopolska | Polska | Świat\n"
    "Czwartek, 3 grudnia 2026\n"
    "Ostatnia aktualizacja: 3 grudnia 2026, 16:20\n"
    "\n"
    "PAP | 3 grudnia 2026, 14:02\n"
    "NBP pozostawił stopy procentowe bez zmian. Prezes Glapiński: inflacja spada "
    "szybciej niż zakładaliśmy\n"
    "Rada Polityki Pieniężnej na grudniowym posiedzeniu utrzymała stopę referencyjną "
    "na poziomie 4,5 proc. Decyzja była zgodna z oczekiwaniami analityków.\n"
    "Prezes Narodowego Banku Polskiego Adam Glapiński zapowiedział, że pierwsze "
    "obniżki stóp mogą nastąpić w drugim kwartale 2027 roku.\n"
    "Komentarze\n"
    "Najnowsze\n"
    "Tragiczny wypadek na zakopiance. Nie żyje 35-latek\n"
)


def test_a_menu_row_and_the_metadata_lines_never_become_the_title() -> None:
    """The ranker's best line is passed over when it is a menu row (`A | B | C | D`) or a
    line the rules read as metadata (a dateline, `Ostatnia aktualizacja: …`)."""
    article = newsnlp.Pipeline(nlp=None).parse(AGENCY_PAGE)
    assert article.meta.title is not None
    assert article.meta.title.text.startswith("NBP pozostawił stopy procentowe")


@pytest.mark.parametrize(("line", "badge"), [
    ("NA ŻYWO", True),
    ("[Wideo]", True),
    ("WIDEO + FOTO", True),
    ("Premium", True),
    ("Artykuł premium", True),
    ("Tylko dla subskrybentów", True),
    ("Wideo", False),  # a section may be called so; a badge is upper case or bracketed
    ("Na żywo", False),
    ("Kraj", False),
    ("Premium dla seniorów: nowe bilety MPK", False),
])
def test_a_line_that_is_only_a_badge(line: str, badge: bool) -> None:
    assert is_badge(line) is badge
