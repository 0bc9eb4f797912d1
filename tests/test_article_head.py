"""The article's head on templates the real pages do not show: the lead an HTML page marks
(a class name, bold type, its declared description) or does not mark at all, a meta row the
rules cannot read before a named lead, the category's label repeated under the date or
standing over it, a photo's credit under the date row, a date in the site's top bar, a
record's labelled publication time under the text, a headline of two sentences and an
author box's name over the role under it, a reading time beside the date, and a byline
that is never the headline."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsnlp
from newsnlp.extract.dates import PageScan
from newsnlp.layout import linetypes as lt
from newsnlp.layout.blocks import Block
from newsnlp.layout.category import label_above_title
from newsnlp.layout.dateline import is_date_line
from newsnlp.layout.title import eligible
from newsnlp.text.lines import split_lines

RULES = newsnlp.Pipeline(nlp=None)
PORTALS = Path(__file__).parent / "portals"


def _page(name: str) -> str:
    return (PORTALS / name).read_text(encoding="utf-8")


def _body(article: newsnlp.Article) -> list[str]:
    return [p.text for s in article.sections for p in s.paragraphs]


def test_a_post_that_opens_on_its_text_has_no_lead() -> None:
    """A WordPress post whose first paragraph is one `<p>` among its like, in no bold and
    not the page's description: the text starts there, no standfirst."""
    article = RULES.parse(_page("gmina-wpis.html"))
    assert article.lead is None
    body = _body(article)
    assert body[0].startswith("Na osiedlu Słonecznym w Przytocznej")
    assert len(body) == 4


def test_a_first_paragraph_the_page_declares_as_its_description_leads() -> None:
    html = _page("gmina-wpis.html").replace(
        "Gmina informuje o zakończeniu inwestycji oświetleniowej.",
        "Na osiedlu Słonecznym w Przytocznej zakończył się montaż czterdziestu dwóch "
        "nowych lamp ulicznych.")
    article = RULES.parse(html)
    assert article.lead is not None
    assert article.lead.text.startswith("Na osiedlu Słonecznym")
    assert len(_body(article)) == 3


def test_a_paragraph_set_in_bold_before_plain_ones_is_the_lead() -> None:
    """`<p><strong>…</strong></p>`: the lead as editors mark it by hand, even when it opens
    on a clock time (which the text rules read as a narrated report)."""
    article = RULES.parse(_page("klub-bold-lead.html"))
    assert article.lead is not None
    assert article.lead.text.startswith("W sobotę o 15:00 piłkarze Orląt")
    assert _body(article)[0].startswith("Goście objęli prowadzenie")


def test_a_named_lead_past_a_meta_row_the_rules_could_not_read() -> None:
    """A Drupal excerpt field under a date-and-author row left as a paragraph: the row is
    no running text, so the head goes on to the lead the markup names."""
    article = RULES.parse(_page("diecezja-dzien-skupienia.html"))
    assert article.lead is not None
    assert article.lead.text.startswith("Ponad trzystu lektorów")
    assert any(p.startswith("Dzień rozpoczął się") for p in _body(article))


def test_the_categorys_label_under_the_date_is_not_article_text() -> None:
    article = RULES.parse(_page("uczelnia-grant.txt"))
    assert article.meta.category is not None and article.meta.category.text == "Nauka"
    assert "Nauka" not in _body(article)
    assert article.lead is not None and article.lead.text.startswith("Prawie 2,4 mln zł")
    assert any(c.kind == "navigation" and c.text == "Nauka" for c in article.chrome)


def test_a_label_over_the_dateline_over_the_title_is_the_category() -> None:
    article = RULES.parse(_page("spoldzielnia-remonty.txt"))
    assert article.meta.category is not None and article.meta.category.text == "Remonty"
    assert article.meta.published == "2026-02-18"


def test_a_label_right_above_the_final_title_is_the_category_but_a_lists_last_item() -> None:
    """Read once the model has chosen the title: an ad's label may stand right above the
    section's label; a tag list's or a menu's last item right above the headline is none."""
    text = "REKLAMA\nKraj\nMost na Sanie zamknięty dla ciężarówek\nKierowcy pojadą objazdem."
    ad, label, headline, first = split_lines(text)
    blocks = [Block("chrome", (ad,), chrome="ad"), Block("chrome", (label,), chrome="navigation"),
              Block("title", (headline,)), Block("paragraph", (first,))]
    assert [b.kind for b in label_above_title(blocks)] == [
        "chrome", "category", "title", "paragraph"]
    tags = [Block("chrome", (ad,), chrome="tags"), *blocks[1:]]
    assert label_above_title(tags) == tags


def test_a_records_labelled_publication_gives_the_time_of_the_day_the_head_shows() -> None:
    """A public record shows the day under its headline and `Data publikacji` with the time
    in its metadata under the text: the publication is that day at that time."""
    article = RULES.parse(_page("bip-metryczka.txt"))
    assert article.meta.published == "2026-03-24T09:15"
    assert article.meta.published_span is not None
    assert article.meta.published_span.text == "24.03.2026"
    assert article.meta.updated == "2026-03-24T09:40"


def test_a_photo_credit_under_the_date_row_leaves_the_head_whole() -> None:
    """The lead photo's caption and credit under the byline, the date row, the comment
    count and the share row: the date row is still the head's, not a body paragraph."""
    article = RULES.parse(_page("dziennik-wypadek.txt"))
    assert article.meta.published == "2026-03-04T06:55"
    assert [s.text for s in article.sources if s.kind == "author"] == ["Michał Sokołowski"]
    assert article.lead is not None and article.lead.text.startswith("Do wypadku doszło")
    assert not any(p.startswith("4 marca 2026") for p in _body(article))


def test_a_date_in_the_sites_top_bar_does_not_anchor_the_headline() -> None:
    """The top bar's date (the day of the visit) stands a whole menu above the article:
    the headline is the line over the text, not the masthead over that date."""
    article = RULES.parse(_page("kurier-sieradzki.txt"))
    assert article.meta.title is not None
    assert article.meta.title.text.startswith("Nowa hala sportowa przy szkole")
    assert article.meta.category is not None and article.meta.category.text == "Edukacja"
    # share buttons and a box of other headlines between the date and the text are no menu
    article = RULES.parse(_page("portal-polecane-pod-data.txt"))
    assert article.meta.title is not None
    assert article.meta.title.text.startswith("Nowy dworzec autobusowy w Kutnie")
    assert article.meta.published == "2026-03-16T08:30"


def test_a_headline_of_two_sentences_over_the_byline_is_the_title() -> None:
    """A tabloid's headline (`Ukradli mu samochód sprzed domu. Po dwóch godzinach auto stało
    w lesie!`) reads as prose, but right over the byline it is the title: the box of other
    headlines above it holds none of the article's."""
    article = RULES.parse(_page("tabloid-dwa-zdania.txt"))
    assert article.meta.title is not None
    assert article.meta.title.text.startswith("Ukradli mu samochód sprzed domu.")
    assert article.meta.published == "2026-02-14T07:15"
    assert article.meta.category is not None and article.meta.category.text == "Kryminalne"
    assert article.lead is not None and article.lead.text.startswith("Pan Zbigniew z Kielc")


@pytest.mark.parametrize(("page", "title", "author", "published"), [
    # an author box's name over the writer's role, under the headline
    ("moto-autor-box.txt", "Zimowe opony do kiedy?", "Karol Witkowski", "2026-03-18T09:10"),
    # a name over its role, then a date row with the reading time in it
    ("serwis-recenzja.txt", "Test słuchawek Sonora Air 3", "Bartosz Leśniak",
     "2025-09-14T21:15"),
])
def test_the_byline_and_date_under_the_headline(page: str, title: str, author: str,
                                                published: str) -> None:
    article = RULES.parse(_page(page))
    assert article.meta.title is not None and article.meta.title.text.startswith(title)
    assert [s.text for s in article.sources if s.kind == "author"] == [author]
    assert article.meta.published == published


@pytest.mark.parametrize(("row", "expected"), [
    ("14.09.2025 · 21:15 5 min czytania", True),
    ("14.09.2025 · Czas czytania: 4 min", True),
    ("14.09.2025 · 21:15 relacja z meczu w Rzeszowie", False),
])
def test_a_reading_time_beside_the_date_keeps_the_row_a_date_line(row: str,
                                                                   expected: bool) -> None:
    line = split_lines(row)[0]
    assert is_date_line(row, line, PageScan(row).find) is expected


def test_bare_names_are_never_the_headline() -> None:
    assert not eligible("Marta Olszewska-Bąk")
    assert not eligible("Piotr Zając, Anna Lis")
    assert eligible("Powrót do domu - recenzja")  # a menu's word opens a film's title
    assert eligible("Nowa hala sportowa przy szkole na Hubach")


def test_a_consent_dialog_is_cookies_and_a_classed_heading_heads_its_section() -> None:
    """A consent banner (its class names, and its notice past 400 characters) is cookies
    chrome: its heading is never the headline nor its text the lead; a WordPress block
    heading (`<h3 class="wp-block-heading">`) among the article's paragraphs heads a
    section."""
    article = RULES.parse(_page("dom-kultury-wpis.html"))
    assert article.meta.title is not None
    assert article.meta.title.text == "Warsztaty ceramiczne dla seniorów ruszają w kwietniu"
    assert [s.heading.text for s in article.sections if s.heading] == ["Jak się zapisać"]
    assert len(_body(article)) == 4
    assert any(c.kind == "cookies" and "pliki cookie" in c.text for c in article.chrome)


def test_a_media_players_controls_are_chrome() -> None:
    assert lt.chrome_kind("Odtwórz wideo") == "embed"
    assert lt.chrome_kind("Napisy") == "embed"
    assert lt.chrome_kind("Napisy na murach miasta") is None
    assert lt.chrome_kind("▶ Posłuchaj materiału (3:12)") == "embed"


def test_a_newsletter_box_named_after_the_paper_is_chrome() -> None:
    assert lt.header_kind("Newsletter Kuriera") == "newsletter"
    assert lt.header_kind("Newsletter Gazety Nadwarciańskiej") == "newsletter"
    assert lt.header_kind("Newsletter jest darmowy") is None


def test_a_row_of_cells_is_no_running_text() -> None:
    """A site's name over its tagline of cells (`organizacja pożytku publicznego • działamy
    od 1994 r.`) reads, joined as a wrapped line, like a sentence, but is no prose: the
    article starts under the headline."""
    assert not lt.is_prose("Stowarzyszenie Miłośników Ziemi Kozienickiej „Zagożdżonka” "
                           "organizacja pożytku publicznego • działamy od 1994 r.")
    assert lt.is_prose("Stowarzyszenie działa od 1994 r. i skupia miłośników regionu.")


def test_a_date_line_in_lower_case_under_the_headline_is_no_wrapped_sentence() -> None:
    """`wtorek, 14 października 2025 r.` under a headline that ends unpunctuated looked like
    the rest of a hard-wrapped paragraph: the headline and the date were read as the lead,
    and the page had no publication date."""
    article = RULES.parse(
        "Radio Pomorze\nWiadomości\nKontakt\n\nGospodarka\n"
        "Targi pracy w Słupsku. Ponad 60 pracodawców i 900 ofert w jednym miejscu\n"
        "wtorek, 14 października 2025 r.\nOpracowanie: Jakub Prus\n\n"
        "Ponad 60 firm i instytucji z regionu przyjechało na jesienne targi pracy "
        "zorganizowane przez Powiatowy Urząd Pracy.\nDo hali od rana przychodzili uczniowie "
        "szkół zawodowych i osoby szukające zmiany pracy.\n")
    assert article.meta.published == "2025-10-14"
    assert article.lead is None or not article.lead.text.startswith("wtorek")
    assert article.meta.title is not None and article.meta.title.text.startswith("Targi pracy")
