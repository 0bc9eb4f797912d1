"""A table of contents (`layout.contents`) and a paywall that cuts the text
(`layout.paywall`), on pages of real-looking lines."""

from __future__ import annotations

import newsnlp
from newsnlp.layout.blocks import Block
from newsnlp.layout.contents import mark_contents
from newsnlp.layout.paywall import cut_by_paywall
from newsnlp.text.lines import split_lines

RULES = newsnlp.Pipeline(nlp=None)
PROSE = ("Radni zdecydowali, że nowa hala sportowa stanie przy szkole podstawowej numer "
         "trzy, a jej budowa potrwa dwa lata i będzie kosztować 18 milionów złotych.")


def blocks_of(rows: list[tuple[str, str]]) -> list[Block]:
    """One block per (kind, text) row, its line at its place in the joined text."""
    lines = split_lines("\n".join(text for _, text in rows))
    return [Block("chrome", (line,), chrome="related") if kind == "related"
            else Block("chrome", (line,), chrome="paywall") if kind == "paywall"
            else Block(kind, (line,))  # type: ignore[arg-type]
            for (kind, _), line in zip(rows, lines, strict=True)]


def test_entries_that_name_no_line_below_are_left_as_they_are() -> None:
    """A `Spis treści` over lines that never stand again below is no table of contents of
    this text (a magazine's issue contents): nothing changes."""
    rows = [("paragraph", "Spis treści"), ("heading", "Wywiad z burmistrzem"),
            ("heading", "Kalendarz imprez"), ("paragraph", PROSE)]
    blocks = blocks_of(rows)
    assert mark_contents(blocks) == blocks


def test_the_entries_end_at_the_first_heading_they_name() -> None:
    rows = [("paragraph", "Spis treści"), ("heading", "Hala przy szkole"),
            ("heading", "Koszty budowy"), ("heading", "Hala przy szkole"),
            ("paragraph", PROSE), ("related", "Koszty budowy"), ("paragraph", PROSE)]
    out = mark_contents(blocks_of(rows))
    assert [(b.kind, b.chrome) for b in out] == [
        ("chrome", "navigation"), ("chrome", "navigation"), ("chrome", "navigation"),
        ("heading", None), ("paragraph", None), ("heading", None), ("paragraph", None)]


def test_a_named_line_not_followed_by_text_stays_as_it_was() -> None:
    """An entry's words in a box at the page's end (no article text after it) are the
    box's."""
    rows = [("paragraph", "Spis treści"), ("heading", "Hala przy szkole"),
            ("heading", "Hala przy szkole"), ("paragraph", PROSE),
            ("related", "Polecamy"), ("related", "Hala przy szkole")]
    out = mark_contents(blocks_of(rows))
    assert (out[-1].kind, out[-1].chrome) == ("chrome", "related")


def test_a_paywall_cuts_the_text_only_right_after_it() -> None:
    after = blocks_of([("paragraph", PROSE), ("paywall", "Pozostało jeszcze 80% treści")])
    assert cut_by_paywall(after)
    later = blocks_of([("paragraph", PROSE), ("related", "Polecamy"),
                       ("paywall", "Pozostało jeszcze 80% treści")])
    assert not cut_by_paywall(later)
    assert not cut_by_paywall(blocks_of([("related", "Polecamy")]))


def test_a_report_about_paywalls_is_no_paywall() -> None:
    """Prose that mentions subscribers and a share of the text stays article text."""
    text = "\n\n".join([
        "Wydawcy liczą subskrybentów",
        ("Według raportu izby wydawców pozostało jeszcze 40% treści dostępnych za darmo, "
         "a artykuł jest dostępny dla subskrybentów w co drugim serwisie regionalnym."),
        PROSE])
    article = RULES.parse(text)
    assert "paywall" not in [w.code for w in article.warnings]
    assert not any(c.kind == "paywall" for c in article.chrome)


def test_numbered_entries_name_the_headings_without_their_numbers() -> None:
    """`1. Objawy przesilenia` in a numbered table of contents names the heading
    `Objawy przesilenia` further down: the entries are navigation, not the article's list."""
    rows = [("paragraph", "Spis treści:"), ("list_item", "1. Hala przy szkole"),
            ("list_item", "2. Koszty budowy"), ("heading", "Hala przy szkole"),
            ("paragraph", PROSE), ("heading", "Koszty budowy"), ("paragraph", PROSE)]
    blocks = blocks_of(rows)
    blocks[1:3] = [Block("list_item", b.lines, value=(b.start + 3, b.end)) for b in blocks[1:3]]
    out = mark_contents(blocks)
    assert [(b.kind, b.chrome) for b in out][:3] == [("chrome", "navigation")] * 3
    assert [b.kind for b in out][3:] == ["heading", "paragraph", "heading", "paragraph"]


SUBSCRIBED = "\n".join([
    "Horyzont | Kraj | Świat | Opinie",
    "Hala sportowa stanie przy szkole numer trzy",
    "Anna Nowak | 3 marca 2026 r. | Czas czytania: 4 min",
    "Udostępnij",
    "Skomentuj (31)",
    PROSE,
    ("Pieniądze na budowę dała gmina i ministerstwo sportu, a projekt wybrano w konkursie, "
     "w którym wzięło udział dziewięć pracowni architektonicznych z całego kraju."),
    "---------- REKLAMA ----------",
    "Czytasz artykuł w ramach subskrypcji Horyzont Cyfrowy.",
    "Nie masz jeszcze dostępu? Pierwszy miesiąc za 1 zł, potem 29,90 zł miesięcznie.",
    "Wykup dostęp",
    "Co zyskają uczniowie",
    ("Uczniowie będą mieli lekcje wychowania fizycznego w nowej hali już od września, a po "
     "południu z sali skorzystają kluby sportowe i mieszkańcy osiedla."),
    "Szkoła zapowiada też nowe zajęcia:",
    "• koszykówkę dla klas czwartych,",
    "• siatkówkę dla starszych uczniów.",
    ("Dyrektorka szkoły mówi, że na taką halę uczniowie czekali od ponad dwudziestu lat i "
     "że cała społeczność szkolna cieszy się z decyzji radnych."),
    "Źródła: Urząd Miasta, Kuratorium Oświaty",
    "Tagi: sport, szkoły",
    "Regulamin | Polityka prywatności | Kontakt",
])


def test_a_comments_link_under_the_date_and_promo_boxes_inside_the_text_end_nothing() -> None:
    """A link to the comments in the row under the date line (`Skomentuj (31)`) is no end
    of the article; an ad label in dashes and a subscription promo inside the text are
    chrome the article goes on after; `Źródła:` labels the text's sources."""
    article = RULES.parse(SUBSCRIBED)
    headings = [s.heading.text for s in article.sections if s.heading]
    assert headings == ["Co zyskają uczniowie"]
    assert [i.text for block in article.lists for i in block.items] == [
        "koszykówkę dla klas czwartych,", "siatkówkę dla starszych uczniów."]
    body = " ".join(p.text for s in article.sections for p in s.paragraphs)
    assert "REKLAMA" not in body and "subskrypcji" not in body and "Wykup" not in body
    assert [s.text for s in article.sources if s.kind == "source"] == [
        "Urząd Miasta", "Kuratorium Oświaty"]


def test_comment_links_in_the_articles_head_end_nothing() -> None:
    """`Skomentuj (31)` in the row under the date line, and a comments header standing
    above the article's text, are links to the comments, even with the standfirst above
    them: the rules go on reading the article's headings and list items after them, not a
    footer."""
    from newsnlp.layout.segment import segment

    lines = SUBSCRIBED.splitlines()
    for head in ([lines[2], "Udostępnij", "Skomentuj (31)"], ["Komentarze (4)", lines[2]]):
        text = "\n".join([lines[1], lines[6], *head,
                          PROSE, "Co zyskają uczniowie", PROSE, "Szkoła zapowiada zajęcia:",
                          "• koszykówkę dla klas czwartych,", "• siatkówkę dla starszych.",
                          PROSE, "Regulamin | Polityka prywatności | Kontakt"])
        page = RULES.prepare(text)
        kinds = {b.lines[0].text: b.kind for b in segment(page.text, page.lines,
                                                          page.scan.find)}
        assert kinds["Co zyskają uczniowie"] == "heading", head
        assert kinds["• koszykówkę dla klas czwartych,"] == "list_item", head


def test_promos_and_ad_labels_inside_the_text_are_ads() -> None:
    """A subscription promo and an ad label in a run of dashes (`chrome.json`, `ad`)."""
    from newsnlp.layout.linetypes import chrome_kind

    for line in ("---------- REKLAMA ----------", "*** Reklama ***",
                 "Czytasz artykuł w ramach subskrypcji Horyzont Cyfrowy.",
                 "Czytasz tekst z prenumeraty cyfrowej „Nurtu”. Dziękujemy, że jesteś z nami.",
                 "Nie masz jeszcze dostępu? Pierwszy miesiąc za 1 zł.",
                 "Wykup dostęp", "Podaruj prenumeratę bliskiej osobie »",
                 "Czytaj bez reklam i bez limitu. Nowa Debata Plus od 9,90 zł miesięcznie."):
        assert chrome_kind(line) == "ad", line
    assert chrome_kind("Kup dostęp do archiwum gazety, to decyzja, którą podjęło wielu "
                       "czytelników w tym roku i w zeszłym.") is None
