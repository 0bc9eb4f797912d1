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
