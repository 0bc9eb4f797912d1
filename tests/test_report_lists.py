"""Lists a browser's text shows without markers on pages without blank lines, and the text
under a list up to the article's closing credit, read on pages written here."""

from __future__ import annotations

from pathlib import Path

import newsnlp
from newsnlp.layout.blocks import Block
from newsnlp.layout.doubt import _above_credits, _enclosed, _sections_between_kept
from newsnlp.layout.enumerations import mark_enumerations
from newsnlp.layout.introduced import enumerations, introduced_runs
from newsnlp.text.lines import split_lines

RULES = newsnlp.Pipeline(nlp=None)
PAGE = Path(__file__).parent / "portals" / "powiat-pozar-stodoly.txt"


def _blocks(text: str, kinds: list[str]) -> list[Block]:
    lines = [ln for ln in split_lines(text) if not ln.blank]
    return [Block(kind, (ln,)) for kind, ln in zip(kinds, lines, strict=True)]  # type: ignore[arg-type]


def test_units_listed_under_a_colon_line_are_a_list() -> None:
    """`Do akcji zadysponowano:` / `JRG Łęczyca` / `OSP Witonia` …: names with no closing
    mark, one a line, under a colon line are the items of a list; the text goes on under
    them."""
    article = RULES.parse(PAGE.read_text(encoding="utf-8"))
    assert [i.text for i in article.lists[0].items] == [
        "JRG Łęczyca", "OSP Witonia", "OSP Węglewice", "OSP Topola Królewska"]
    body = [p.text for s in article.sections for p in s.paragraphs]
    assert body[-1].startswith("Strażacy przypominają")
    assert "OSP Witonia" not in body


def test_lower_case_phrases_under_a_colon_line_are_items() -> None:
    """A line that opens lower-case opens no sentence: under a colon line, such lines with no
    closing mark are an enumeration's items, up to the first sentence."""
    text = ("Gmina przygotowała nowy rozkład:\nkurs poranny odjedzie o 6:55\n"
            "przystanek przy moście zostanie przeniesiony\npowrót ze szkoły o 14:20\n"
            "Kursy w soboty się nie zmienią.\n")
    kinds = [b.kind for b in mark_enumerations(_blocks(text, ["paragraph"] * 5))]
    assert kinds == ["paragraph", "list_item", "list_item", "list_item", "paragraph"]
    hours = ("Urząd będzie czynny:\nponiedziałek: 8:00–17:00\nwtorek: 7:30–15:30\n"
             "piątek: 7:30–14:00\n"
             "Kasa przyjmuje wpłaty do 13:00. Informacje: tel. 32 672 10 01.\n")
    kinds = [b.kind for b in mark_enumerations(_blocks(hours, ["paragraph"] * 5))]
    assert kinds == ["paragraph", "list_item", "list_item", "list_item", "paragraph"]
    prose = "Gmina przygotowała nowy rozkład:\nAutobusy pojadą objazdem. Kursy się wydłużą\n"
    kinds = [b.kind for b in mark_enumerations(_blocks(prose, ["paragraph"] * 2))]
    assert kinds == ["paragraph", "paragraph"]


def test_the_text_a_colon_line_opens_runs_to_the_closing_credit() -> None:
    """The items and paragraphs the model doubts under a kept colon line stay when the
    article's closing credit (`Źródło: KP PSP`) ends them, as when kept text does."""
    text = ("W piątek spłonęła stodoła.\nDo akcji zadysponowano:\nJRG Łęczyca\nOSP Witonia\n"
            "Strażacy przypominają o suszeniu siana.\nŹródło: KP PSP w Łęczycy\n")
    blocks = _blocks(text, ["paragraph"] * 5 + ["source"])
    assert introduced_runs(blocks, {2, 3, 4}) == {2, 3, 4}
    chrome = _blocks(text, ["paragraph"] * 5 + ["chrome"])
    assert introduced_runs(chrome, {2, 3, 4}) == set()


def test_a_list_label_s_headlines_are_not_the_article_going_on() -> None:
    """Doubted blocks between sure article text stay, but under a list's label (`ZOBACZ
    TAKŻE`) only the paragraphs of running prose do: the short lines are the list's
    headlines."""
    text = ("Film o bezpiecznej pracy w kopalniach pokazano w czwartek w Katowicach.\n"
            "ZOBACZ TAKŻE\nUratowano górników w kopalni. Ratownicy na medal!\n"
            "Autorami scenariusza są trzej inżynierowie z departamentu energomechanicznego "
            "wyższego urzędu górniczego w Katowicach i jego okręgowych oddziałów.\n"
            "Reżyserem filmu jest Bogusław Porwoł z kopalni Rydułtowy, który pracował nad nim "
            "przez cały rok.\n")
    blocks = _blocks(text, ["paragraph", "chrome", "paragraph", "paragraph", "paragraph"])
    blocks[1] = Block("chrome", blocks[1].lines, chrome="related")
    sure, doubt = {"body": 0.9, "chrome": 0.1}, {"body": 0.2, "chrome": 0.8}
    probs = [sure, doubt, doubt, doubt, sure]
    by_line = {b.lines[0].index: p for b, p in zip(blocks, probs, strict=True)}
    assert _enclosed(blocks, {2, 3}, by_line) == {3}


def test_a_colon_line_under_a_player_or_photo_still_opens_the_text_under_it() -> None:
    """Between the kept text and the colon line may stand a photo's credit and a player's
    leftovers: the run the colon line opens stays up to the kept text under it."""
    text = ("Nawet do minus 25 stopni spadnie temperatura w nocy.\nFot. Jan Lis\nPosłuchaj\n"
            "Ostrzeżenie obejmuje powiaty:\nbialski\nwłodawski\nchełmski\n"
            "W pozostałej części regionu obowiązuje alert drugiego stopnia.\n")
    blocks = _blocks(text, ["lead", "credit", "chrome"] + ["paragraph"] * 5)
    blocks[2] = Block("chrome", blocks[2].lines, chrome="embed")
    assert introduced_runs(blocks, {3, 4, 5, 6}) == {3, 4, 5, 6}
    blocks[0] = Block("chrome", blocks[0].lines, chrome="other")
    assert introduced_runs(blocks, {3, 4, 5, 6}) == set()  # chrome above, no kept text


def test_a_programmes_rows_are_a_list_and_a_live_reports_entries_are_not() -> None:
    """Rows that open with a day and a time and a dash, each an event's name, are a list
    as a browser's text shows one; entries of a live report are sentences after the time."""
    rows = ("piątek, 20 czerwca, godz. 18.00 – koncert otwarcia\n"
            "sobota, 21 czerwca, godz. 11.00 – warsztaty bębniarskie\n"
            "niedziela, 22 czerwca, godz. 12.00–18.00 – jarmark rękodzieła\n")
    lines = [ln for ln in split_lines(rows) if not ln.blank]
    kinds = [b.kind for b in mark_enumerations([Block("paragraph", tuple(lines))])]
    assert kinds == ["list_item"] * 3
    live = ("11:20 – Wodociągi przywrócą dostawy wody do godziny 16.\n"
            "10:05 – Ekipa jest już na miejscu.\n")
    lines = [ln for ln in split_lines(live) if not ln.blank]
    assert [b.kind for b in mark_enumerations([Block("paragraph", tuple(lines))])] == ["paragraph"]


def test_a_programme_under_its_heading_between_kept_text_stays() -> None:
    """The model reads a programme's rows as a calendar's and sets them aside with their
    heading; between text it is sure of, they are the article's."""
    text = ("Festiwal organizuje dom kultury wspólnie z miastem.\nProgram festiwalu\n"
            "piątek, godz. 18.00 – koncert otwarcia\n"
            "sobota, godz. 11.00 – warsztaty\n"
            "sobota, godz. 15.00 – pokaz filmu\n"
            "niedziela, godz. 20.00 – koncert finałowy\n"
            "Wstęp na wszystkie wydarzenia jest wolny.\n")
    lines = [ln for ln in split_lines(text) if not ln.blank]
    blocks = [Block("paragraph", (lines[0],)), Block("heading", (lines[1],)),
              Block("paragraph", tuple(lines[2:6])), Block("paragraph", (lines[6],))]
    sure = {ln.index: {"body": 0.95, "chrome": 0.05, "title": 0.0, "meta": 0.0}
            for ln in lines}
    assert _enclosed(blocks, {1, 2}, sure) == {1, 2}


def test_bare_items_may_close_a_bracket() -> None:
    """`skierowanie od lekarza (także e-skierowanie)`: a bare item ends with the bracket it
    closes, and the list under the colon line holds it."""
    text = ("Do rejestracji potrzebne są:\nskierowanie od lekarza (także e-skierowanie)\n"
            "dowód osobisty\nwyniki wcześniejszych badań\n")
    kinds = [b.kind for b in mark_enumerations(_blocks(text, ["paragraph"] * 4))]
    assert kinds == ["paragraph", "list_item", "list_item", "list_item"]


def test_programme_rows_apart_are_no_list() -> None:
    """Rows far apart (more than a blank line between) are not one programme."""
    text = ("sobota, godz. 11.00 – warsztaty\n\n\n\nniedziela, godz. 20.00 – koncert\n")
    lines = [ln for ln in split_lines(text) if not ln.blank]
    blocks = [Block("paragraph", (ln,)) for ln in lines]
    assert [b.kind for b in mark_enumerations(blocks)] == ["paragraph", "paragraph"]


def test_a_headline_under_a_list_of_bare_items_heads_the_next_section() -> None:
    """Bare items end with no mark, so nothing closes the list but the next line: a
    one-line headline over running text there is the next section's heading."""
    article = RULES.parse(
        "Studia\nUczelnia uruchamia fundusz mieszkaniowy dla studentów\n12.03.2026\n"
        "Nawet 700 zł miesięcznie dopłaty do wynajmu pokoju będą mogli otrzymać studenci "
        "pierwszego roku z małych miejscowości.\n"
        "Z dopłaty mogą skorzystać:\n"
        "studenci I roku studiów stacjonarnych pierwszego stopnia\n"
        "osoby zameldowane w miejscowości poniżej 20 tys. mieszkańców\n"
        "osoby, w których rodzinie dochód na osobę nie przekracza 1800 zł netto\n"
        "Terminy\n"
        "Wnioski można składać przez system uczelni do 31 marca, a pierwsze wypłaty trafią "
        "na konta studentów od 1 kwietnia.\n"
        "Uczelnia zapowiada, że jeśli pilotaż się sprawdzi, fundusz zostanie rozszerzony.\n")
    assert [s.heading.text for s in article.sections if s.heading] == ["Terminy"]
    assert len(article.lists[0].items) == 3


def test_bare_place_names_under_a_colon_line_are_a_list() -> None:
    """A notice lists the villages it concerns one a line, names alone with no mark: a list
    of names, ended by the running text under it."""
    article = RULES.parse(
        "Komunikaty\nKomunikat w sprawie jakości wody w wodociągu Łęczeszyce\n"
        "Data publikacji: 22.07.2025, 09:15\n"
        "Inspektor sanitarny informuje, że w próbce wody z sieci wodociągowej stwierdzono "
        "obecność bakterii grupy coli.\n"
        "Komunikat dotyczy odbiorców wody w następujących miejscowościach:\n"
        "Łęczeszyce\nRosochów\nNowe Kozłowice\nGuzów-Wybudowanie\n"
        "Gminny zakład komunalny został zobowiązany do dezynfekcji sieci i do zapewnienia "
        "mieszkańcom wody z beczkowozów.\n"
        "Po zakończeniu prac sanepid ponownie pobierze próbki wody do badania.\n")
    assert [i.text for i in article.lists[0].items] == [
        "Łęczeszyce", "Rosochów", "Nowe Kozłowice", "Guzów-Wybudowanie"]


def test_companies_with_their_legal_form_under_a_colon_line_are_a_list() -> None:
    """Bare items that open with a company's name and its legal form (`sp. z o.o.`, `S.A.`,
    whose full stops end no sentence) are a list."""
    article = RULES.parse(
        "Praca\nTargi pracy w Sieradzu. Ponad 600 ofert zatrudnienia\n12.03.2026\n"
        "Powiatowy Urząd Pracy zaprasza na wiosenną edycję targów pracy w hali sportowej.\n"
        "Wśród wystawców będą m.in.:\n"
        "Zakłady Mięsne „Warta” sp. z o.o. – 85 wakatów na produkcji\n"
        "Sieradzkie Przedsiębiorstwo Komunikacyjne S.A. – kierowcy autobusów\n"
        "Fabryka Okien Prestiż sp. z o.o. – monterzy i handlowcy\n"
        "Na miejscu będzie też stoisko Zakładu Ubezpieczeń Społecznych, gdzie można zapytać "
        "o składki.\n"
        "Osoby bezrobotne, które znajdą pracę dzięki targom, mogą ubiegać się o dodatek.\n")
    assert [i.text.split(" – ")[0] for i in article.lists[0].items] == [
        "Zakłady Mięsne „Warta” sp. z o.o.", "Sieradzkie Przedsiębiorstwo Komunikacyjne S.A.",
        "Fabryka Okien Prestiż sp. z o.o."]


def test_a_sections_heading_stands_with_the_list_its_colon_line_opens() -> None:
    """Kept text, then a section's heading, a colon line and its items, all doubted by the
    model (a bulleted list reads to it as a footer): the heading stands or falls with the
    enumeration it heads, and with the run a colon line opens up to kept text; under
    doubted text it opens nothing."""
    text = ("W sobotę otwarto nową świetlicę wiejską w Rybnej.\nCo znajdzie się w świetlicy\n"
            "W nowym obiekcie znajdują się:\nsala spotkań na 120 osób,\n"
            "sala do zajęć dla dzieci,\ngaraż dla druhów OSP.\nBudynek ogrzewa pompa ciepła.\n")
    blocks = _blocks(text, ["paragraph", "heading", "paragraph", "list_item", "list_item",
                            "list_item", "paragraph"])
    assert enumerations(blocks, {1, 2, 3, 4, 5}) == {1, 2, 3, 4, 5}
    assert introduced_runs(blocks, {1, 2, 3, 4, 5}) == {1, 2, 3, 4, 5}
    assert enumerations(blocks, {0, 1, 2, 3, 4, 5}) == set()
    assert introduced_runs(blocks, {0, 1, 2, 3, 4, 5}) == set()


def test_a_short_section_between_kept_text_and_one_above_the_closing_credit_stay() -> None:
    """A section's heading and its paragraph the model doubts between content kept around
    them stay; so do a heading and long paragraphs between kept prose and the byline that
    closes the article; above a footer the model is sure of they go (another article's
    teaser may stand there)."""
    text = ("W nocy strażacy gasili pożar hali magazynowej przy ulicy Metalurgicznej w Lublinie.\n"
            "Zgłoszenie\nZgłoszenie wpłynęło o godzinie 23:41 od pracownika ochrony.\n"
            "Kierujący działaniem od razu zażądał dodatkowych sił i środków.\n")
    blocks = _blocks(text, ["paragraph", "heading", "paragraph", "paragraph"])
    assert _sections_between_kept(blocks, {1, 2}) == {1, 2}
    assert _sections_between_kept(blocks, {2}) == set()  # no heading opens the run
    closing = ("Pożar ugaszono o godzinie 0:35, a strażacy przekazali obiekt właścicielowi, "
               "który zabezpieczył go na noc.\n"
               "Przyczyny pożaru\n"
               "Okoliczności i przyczyny zdarzenia ustalają policjanci z komisariatu, a biegły "
               "z zakresu pożarnictwa obejrzy halę jeszcze w tym tygodniu.\n"
               "Opublikował: mł. kpt. Paweł Szczepański\n")
    blocks = _blocks(closing, ["paragraph", "heading", "paragraph", "byline"])
    assert _above_credits(blocks, {1, 2}) == {1, 2}
    footer = _blocks(closing, ["paragraph", "heading", "paragraph", "chrome"])
    assert _above_credits(footer, {1, 2}) == set()
