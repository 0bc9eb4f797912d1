"""The head of pages from templates the real pages do not show: a BIP page whose subject
menu stands above its breadcrumb trail, a parish post whose category trail and
`Dodane … przez …` row frame the headline, a portal that dates a post `wczoraj, 14:05`
under the site's date of today and signs it with initials; and the shapes each one rests
on: market quotes, a year's `r.` at a headline's end, the trail above the headline."""

from __future__ import annotations

from pathlib import Path

import newsnlp
from newsnlp.layout import linetypes as lt
from newsnlp.layout.title import eligible, head_trail, trusted

RULES = newsnlp.Pipeline(nlp=None)
PORTALS = Path(__file__).parent / "portals"


def _parse(name: str) -> newsnlp.Article:
    return RULES.parse((PORTALS / name).read_text(encoding="utf-8"))


def test_the_headline_stands_below_the_trail_not_in_the_menu_above_it() -> None:
    """A BIP's subject menu (`Ogłoszenia i komunikaty`, `Nabór na stanowiska`) above the
    trail `Jesteś w: … » Komunikaty`: the headline is the line under the trail, though it
    ends with a year's `r.`."""
    article = _parse("bip-komunikat-po-menu.txt")
    assert article.meta.title is not None
    assert article.meta.title.text == (
        "Komunikat w sprawie zbiórki odpadów wielkogabarytowych w 2026 r.")


def test_a_category_trail_and_a_dodane_przez_row_in_the_head() -> None:
    """`Ogłoszenia i aktualności / Z życia parafii` gives the category (its last part);
    `Dodane 18 marca 2026 r. przez ks. Tomasz Grabowski` is the publication row and its
    author, the title included."""
    article = _parse("parafia-ogloszenie.txt")
    assert article.meta.category is not None
    assert article.meta.category.text == "Z życia parafii"
    assert article.meta.published == "2026-03-18"
    assert [(s.kind, s.text) for s in article.sources] == [("author", "ks. Tomasz Grabowski")]


def test_a_post_dated_yesterday_under_the_sites_today_and_signed_with_initials() -> None:
    """`Dodano: wczoraj, 14:05` under the top bar's `Środa, 18 marca 2026`: published the
    day before, at that time (the top bar's date is the site's today, not the post's);
    `Skomentuj (12)` is the comments' link, not a heading over the lead; the initials in
    brackets under the text are the writer's signature."""
    article = _parse("portal-dodano-wczoraj.txt")
    assert article.meta.published == "2026-03-17T14:05"
    assert article.lead is not None and article.lead.text.startswith("Zarząd fabryki")
    assert ("comments", "Skomentuj (12)") in [(c.kind, c.text) for c in article.chrome]
    assert [(s.kind, s.text) for s in article.sources] == [
        ("author", "Paweł Wrona"), ("author", "kw")]


def test_a_years_abbreviation_ends_a_trusted_headline_not_a_bodys_heading() -> None:
    """The ranker may take `… w 2026 r.` for the title (its full stop is the year's
    abbreviation); in the body such a line ends a sentence and heads no section."""
    assert trusted("Komunikat w sprawie zbiórki odpadów w 2026 r.")
    assert not trusted("Zbiórka odpadów odbędzie się w maju.")
    assert not lt.is_headline("Sesja odbyła się 15 marca 2026 r.")


def test_the_head_trail_is_the_last_trail_above_the_first_prose() -> None:
    texts = ["Strona główna", "Aktualności", "Jesteś w: Strona główna » Aktualności",
             "Nowy chodnik na ulicy Polnej",
             ("Gmina zakończyła w piątek budowę nowego chodnika przy ulicy Polnej, z którego "
              "codziennie korzystają uczniowie szkoły podstawowej."),
             "Strona główna » Aktualności » Inwestycje"]
    assert head_trail(texts) == 2
    assert head_trail(texts[3:]) == -1  # a trail under the text is none


def test_a_short_sentence_beside_the_heads_photo_credit_is_its_caption() -> None:
    """`Akcja gaśnicza trwała ponad dwie godziny.` over `Fot.: Jan Lis / Kurier`: a caption
    written as a sentence, not the lead; a lead beside the credit is longer, and a line
    beside a credit that carries its own caption is no second one."""
    page = "\n".join([
        "Pożar w bloku przy ul. Lwowskiej w Krośnie. Ewakuowano 23 osoby",
        "11.03.2026, 07:40", "Akcja gaśnicza przy ul. Lwowskiej trwała ponad dwie godziny.",
        "Fot.: Tomasz Hejnar / Kurier Podkarpacki",
        ("Dwie osoby z objawami podtrucia dymem trafiły do szpitala po pożarze, który we wtorek "
         "wieczorem wybuchł w piwnicy bloku przy ul. Lwowskiej w Krośnie."),
        ("Zgłoszenie o zadymieniu klatki schodowej dyżurny straży pożarnej przyjął tuż po "
         "godzinie 21, a pierwsze zastępy były na miejscu po sześciu minutach."),
        "© 2026 Kurier Podkarpacki"])
    article = RULES.parse(page)
    assert article.meta.image is not None and article.meta.image.caption is not None
    assert article.meta.image.caption.text.startswith("Akcja gaśnicza")
    assert article.lead is not None and article.lead.text.startswith("Dwie osoby")


def test_a_counted_comments_link_is_chrome_and_an_advertisers_label_is_an_ad() -> None:
    assert lt.chrome_kind("Skomentuj (47)") == "comments"
    assert lt.chrome_kind("Materiał reklamowy") == "ad"


def test_a_quote_whose_attribution_names_no_one_is_said_by_the_paragraphs_subject() -> None:
    """`„…” – zaznaczyła.` after `Dyrektor I LO Elżbieta Kamińska podkreśliła, że …`: Polish
    drops the subject it repeats; `– powiedział po ogłoszeniu wyroku` says when, not who."""
    from newsnlp.extract.quotes import find_quotes

    cases = [
        ("Dyrektor I LO Elżbieta Kamińska podkreśliła, że stypendium to dla wielu uczniów "
         "pierwsza nagroda za naukę. „Niektórzy przeznaczają pieniądze na kursy językowe albo "
         "wyjazdy na olimpiady” – zaznaczyła.", "Dyrektor I LO Elżbieta Kamińska"),
        ("Prezes spółki Tarplast Wojciech Bień zapewnia, że zakład będzie pracował dalej. "
         "„Produkcja nie była zagrożona, straty szacujemy na kilka milionów złotych” – "
         "przekazał w rozmowie z naszym portalem.", "Prezes spółki Tarplast Wojciech Bień"),
        ("W piątek odbyła się sesja rady. „Budżet jest bardzo trudny i wymaga cięć w wielu "
         "miejscach” – powiedział.", None),
    ]
    for text, speaker in cases:
        found = find_quotes(text, 0, len(text)).quotes
        assert [q.speaker.text if q.speaker else None for q in found][:1] in ([speaker], [])
        if speaker is not None:
            assert found and found[0].speaker is not None
            assert found[0].speaker.text == speaker


def test_the_texts_yesterday_is_the_day_before_a_publication_dated_yesterday() -> None:
    """`Dodano: wczoraj, 14:05` under the top bar's `Środa, 18 marca 2026` dates the post
    on the 17th, so the text's `Wczoraj` is the 16th; the publication line keeps its day."""
    page = "\n".join([
        "Środa, 18 marca 2026 | Imieniny: Edwarda, Aleksandra", "Wiadomości", "Sport",
        "Napad na kantor w centrum Katowic. Sprawcy wpadli po kilku godzinach",
        "Dodano: wczoraj, 14:05", "Autor: Sebastian Gawron",
        ("Do napadu doszło w niedzielę około godz. 17:30. Dwóch mężczyzn w kominiarkach weszło "
         "do kantoru przy ul. Stawowej, tuż obok dworca kolejowego."),
        ("Wczoraj obaj usłyszeli w prokuraturze zarzut rozboju z użyciem przedmiotu "
         "przypominającego broń palną i trafili do aresztu."),
        "© 2026 ekspresregionu.pl"])
    article = RULES.parse(page)
    values = {d.text: d.value for d in article.dates}
    assert article.meta.published == "2026-03-17T14:05"
    assert values["wczoraj, 14:05"] == "2026-03-17T14:05"
    assert values["Wczoraj"] == "2026-03-16"


def test_a_row_of_labelled_cells_is_no_headline() -> None:
    assert not eligible("Wschód słońca: 06:02 | Zachód słońca: 17:28")
    assert eligible("Pogoda: nadciąga burza | Ostrzeżenia dla regionu")  # one label is a title's
