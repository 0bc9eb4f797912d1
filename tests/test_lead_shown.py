"""Whether a page presents a lead: an official notice opens without one (its issuer
`informuje, że`), and so does text that runs on from the headline with nothing between them
and nothing after the first paragraph to set it apart; a paragraph over the photo, or one
under the date that reports what an office said, stays the lead."""

from __future__ import annotations

import newsnlp

RULES = newsnlp.Pipeline(nlp=None)

_HEAD = "Przedszkole Miejskie nr 7 w Tczewie\nStrona główna | Aktualności | Kontakt\n\n"
_TAIL = ("\n\nUdostępnij: Facebook | E-mail\nZobacz także\nDzień Babci i Dziadka w grupie "
         "Biedronki\n© 2026 Przedszkole Miejskie nr 7 w Tczewie\n")


def _page(title: str, between: str, first: str, after: str) -> str:
    second = ("Wnioski należy składać w sekretariacie przedszkola w godzinach od 8:00 do 15:00 "
              "albo przez elektroniczny system naboru prowadzony przez miasto.")
    third = second.replace("8:00", "9:00")
    return f"{_HEAD}{title}\n{between}{first}\n{after}{second}\n{third}{_TAIL}"


_NOTICE = ("Dyrektor Przedszkola Miejskiego nr 7 w Tczewie informuje, że rekrutacja dzieci na "
           "rok szkolny 2026/2027 potrwa od 2 do 20 marca 2026 r.")
_NEWS = ("Trzydzieści dwie organizacje z powiatu otrzymają w tym roku dotacje na sport, "
         "kulturę i turystykę, łącznie 420 tys. zł.")


def test_an_official_notice_opens_without_a_lead() -> None:
    """Polish official notices open with the issuer and `informuje, że`: a notice, whose
    first paragraph is the notice itself (the conventions: a komunikat has no lead)."""
    article = RULES.parse(_page("Rekrutacja na rok szkolny 2026/2027",
                                "Opublikowano: środa, 25 lutego 2026, 9:15\n", _NOTICE, ""))
    assert article.lead is None
    assert article.sections[0].paragraphs[0].text == _NOTICE


def test_a_report_of_what_an_office_said_keeps_its_lead() -> None:
    """`Policja informuje o utrudnieniach …` reports a notice: a notice's verb is followed by
    `że` or a colon."""
    for first in ("Policja informuje o utrudnieniach na drodze krajowej nr 28 w Rymanowie, "
                  "gdzie w nocy zderzyły się dwa samochody osobowe.",
                  "Jak informuje policja, na drodze krajowej nr 28 w Rymanowie doszło w nocy "
                  "do zderzenia dwóch samochodów osobowych."):
        article = RULES.parse(_page("Wypadek na DK28 w Rymanowie",
                                    "Opublikowano: 12.03.2026, 08:15\n", first, ""))
        assert article.lead is not None and article.lead.text == first


def test_text_run_on_from_the_headline_has_no_lead() -> None:
    """Nothing between the headline and the first paragraph, and text right after it: no
    photo, date or byline sets a standfirst apart."""
    article = RULES.parse(_page("Dotacje dla organizacji pozarządowych", "", _NEWS, ""))
    assert article.lead is None
    assert article.sections[0].paragraphs[0].text == _NEWS


def test_a_first_paragraph_over_the_photo_is_the_lead() -> None:
    article = RULES.parse(_page("Dotacje dla organizacji pozarządowych", "", _NEWS,
                                "Fot. Starostwo Powiatowe w Bochni\n"))
    assert article.lead is not None and article.lead.text == _NEWS


def test_a_first_paragraph_under_the_date_stays_the_lead() -> None:
    article = RULES.parse(_page("Dotacje dla organizacji pozarządowych",
                                "12 marca 2026 r. | Autor: Anna Nowak\n", _NEWS, ""))
    assert article.lead is not None and article.lead.text == _NEWS


def test_an_html_page_s_markup_decides_a_run_on_lead() -> None:
    """On an HTML page the markup shows whether the first paragraph is set apart: one the
    page declares as its description stays the lead though it runs on from the headline."""
    paragraphs = [_NEWS, ("Zarząd powiatu rozstrzygnął w poniedziałek otwarty konkurs ofert. "
                          "Komisja oceniła 47 ofert, dziewięć odrzuciła z przyczyn formalnych."),
                  ("Umowy z organizacjami będą podpisywane od 16 do 27 marca w starostwie, a "
                   "sprawozdania trzeba złożyć w ciągu 30 dni od końca zadania.")]
    html = (f'<html><head><meta property="og:description" content="{_NEWS}"></head><body>'
            '<nav><a href="/">Start</a> <a href="/a">Aktualności</a></nav><article>'
            "<h1>Dotacje dla organizacji pozarządowych rozdzielone</h1>"
            + "".join(f'<p class="txt">{p}</p>' for p in paragraphs)
            + "</article><footer>© 2026 Powiat</footer></body></html>")
    article = newsnlp.parse(html)
    assert article.lead is not None and article.lead.text == _NEWS
