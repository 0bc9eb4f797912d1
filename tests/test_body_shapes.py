"""Shapes inside the article that independently written check pages showed: a photo's
credit after its caption's sentence with the copyright sign or `Źródło zdjęcia:`, and a
section heading over a sentence that opens an enumeration, under a tools row the rules read
as the article's end."""

from __future__ import annotations

import newsnlp
from newsnlp.layout import linetypes as lt
from newsnlp.layout.blocks import Block
from newsnlp.layout.enumerations import mark_enumerations
from newsnlp.layout.model import _as_heading
from newsnlp.text.lines import split_lines

RULES = newsnlp.Pipeline(nlp=None)


def test_a_credit_after_the_captions_sentence_with_a_copyright_sign_or_a_source_label() -> None:
    for line, caption, credit in (
            ("Aktorzy podczas próby generalnej. © Bartek Sowa / Teatr Osterwy",
             "Aktorzy podczas próby generalnej.", "Bartek Sowa / Teatr Osterwy"),
            ("Naczynie ze skarbem tuż po odsłonięciu. Źródło zdjęcia: Wojewódzki Urząd "
             "Ochrony Zabytków w Poznaniu", "Naczynie ze skarbem tuż po odsłonięciu.",
             "Wojewódzki Urząd Ochrony Zabytków w Poznaniu")):
        m = lt.meta_match(line)
        assert m is not None and m.kind == "photo" and m.caption is not None, line
        assert line[m.caption[0]:m.caption[1]] == caption
        assert line[m.value_start:m.value_end] == credit


def test_a_copyright_line_of_the_site_is_no_photo_credit() -> None:
    for line in ("Wszystkie zdjęcia i teksty są chronione prawem autorskim. © 2026 Portal.pl",
                 "Redakcja nie odpowiada za komentarze. © Gazeta Lubuska 2026",
                 "Kopiowanie bez zgody redakcji zabronione. © Wirtualna Polska"):
        assert lt.meta_match(line) is None, line


def test_a_heading_over_a_sentence_that_opens_an_enumeration() -> None:
    """A share row under the first paragraph makes the rules read the page's end there; a
    line the model takes back is a heading over `…, to:` as over running prose, not over a
    label (`Zobacz też:`)."""
    lines = split_lines(
        "Projekt zmian Ministerstwo Infrastruktury przedstawiło do konsultacji jeszcze "
        "jesienią ubiegłego roku. Po analizie ponad 300 uwag resort złagodził część "
        "wymagań.\nCo się zmieni od lipca\n"
        "Najważniejsze zmiany, które wejdą w życie 1 lipca, to:\nZobacz też:")
    blocks = [Block("paragraph", (ln,)) for ln in lines]
    assert _as_heading(blocks[:3], 1).kind == "heading"
    assert _as_heading([blocks[0], blocks[1], blocks[3]], 1).kind == "paragraph"


def test_sentences_under_a_colon_line_set_apart_by_blank_lines_are_a_list() -> None:
    """A browser's text of a `<ul>` drops its markers (the innerText algorithm): on a page
    that parts its paragraphs with blank lines, three or more one-sentence lines in a row
    under a colon line, closed by a blank line, are the list's items; two are not."""
    def lists(items: int) -> list[int]:
        tips = "\n".join(f"Nie przekazuj pieniędzy osobie numer {n}, która dzwoni do ciebie."
                         for n in range(1, items + 1))
        article = RULES.parse(
            "Przejdź do treści\nKontakt\n\nPodawał się za policjanta. Seniorka straciła "
            "40 tysięcy złotych\n05.12.2025\n\nWieluńscy policjanci prowadzą postępowanie w "
            "sprawie oszustwa, którego ofiarą padła 81-letnia mieszkanka Wielunia.\n\n"
            "Policjanci po raz kolejny apelują do seniorów i ich bliskich. Pamiętajmy:\n\n"
            f"{tips}\n\nPorozmawiajmy z naszymi rodzicami i dziadkami o metodach działania "
            "oszustów.\n")
        return [len(lst.items) for lst in article.lists]

    assert lists(4) == [4]
    assert lists(2) == []


def test_a_players_row_with_its_label_control_and_counter_is_embed_chrome() -> None:
    assert lt.chrome_kind("Materiał wideo ZTV24 Odtwórz 00:00 / 02:47") == "embed"
    assert lt.chrome_kind("Odtworzyliśmy przebieg zdarzeń z 12:00 / 14:00") is None


def test_a_wordpress_update_time_beside_the_publication_time_is_hidden() -> None:
    """WordPress themes print `<time class="updated">` after the published one and hide it
    (`.updated:not(.published)`); shown, it ran the two dates into one line that was no
    date line (the page's lead, and no publication date)."""
    page = (
        '<html><body><article><h1 class="entry-title">Sto lat chóru „Lutnia”. Jubileuszowy '
        'koncert w kościele</h1><div class="entry-meta"><span class="posted-on">'
        '<time class="entry-date published" datetime="2026-02-04T18:22:11+01:00" '
        'itemprop="datePublished">środa, 4 '
        'lutego 2026 r.</time><time class="updated" datetime="2026-02-05T09:03:47+01:00">'
        'czwartek, 5 lutego 2026 r.</time></span></div><div class="entry-content">'
        '<p>W niedzielę 1 lutego parafialny chór „Lutnia” uczcił stulecie istnienia w '
        'wypełnionym po brzegi kościele.</p><p>Chór założył w 1926 roku nauczyciel miejscowej '
        'szkoły, a dziś zespół liczy 32 osoby w wieku od 16 do 84 lat.</p></div></article>'
        '</body></html>')
    article = RULES.parse(page)
    assert article.meta.published == "2026-02-04T18:22"
    assert "5 lutego" not in article.text


def test_bare_phrases_under_a_colon_line_are_a_list_though_hard_wrapped() -> None:
    """A `<ul>` of phrases shows as unpunctuated lines; a lower-case line after a long one
    reads as a hard wrap, so items come joined: each line is still one item."""
    items = ["wiertarka udarowa i wkrętarka akumulatorowa", "maszyna do szycia",
             "czterosobowy namiot i dwie karimaty", "projektor multimedialny z ekranem"]
    lines = [ln for ln in split_lines(
        "Od poniedziałku 2 lutego w wypożyczalni można pożyczać nie tylko książki.\n\n"
        "Na start w katalogu znalazło się 40 przedmiotów. Wśród nich są m.in.:\n"
        + "\n".join(items) + "\n\nZasady są proste: z Biblioteki Rzeczy mogą korzystać "
        "pełnoletni czytelnicy z aktywną kartą.") if ln.text]
    blocks = [Block("paragraph", (lines[0],)), Block("paragraph", (lines[1],)),
              Block("paragraph", (lines[2], lines[3])), Block("paragraph", (lines[4], lines[5])),
              Block("paragraph", (lines[6],))]
    marked = mark_enumerations(blocks)
    assert [b.lines[0].text for b in marked if b.kind == "list_item"] == items
    assert mark_enumerations([*blocks[:3], blocks[4]]) == [*blocks[:3], blocks[4]]  # two


def test_astras_published_span_hides_the_update_time_after_it() -> None:
    page = ('<html><body><article><h1 class="entry-title">Po dogrywce! Łyna Basket pokonała '
            'Bug Wyszków</h1><div class="entry-meta"><span class="posted-on"><span '
            'class="published"><time class="entry-date published" datetime="2026-03-08T21:37'
            ':12+01:00">8 marca 2026 o 21:37</time></span><time class="updated" datetime='
            '"2026-03-09T08:14:55+01:00">9 marca 2026</time></span></div><div class="entry-'
            'content"><p>Koszykarze Łyny Basket wygrali po dogrywce z Bugiem Wyszków 92:87 w '
            'meczu 24. kolejki ligi.</p><p>Najwięcej punktów dla gospodarzy zdobył Adam '
            'Zawadzki, który trafił pięć rzutów za trzy punkty.</p></div></article></body>'
            '</html>')
    article = RULES.parse(page)
    assert "9 marca" not in article.text
    assert article.meta.published == "2026-03-08T21:37"


def test_a_line_above_a_credit_with_its_own_caption_is_no_caption() -> None:
    """`Radość po golu. Fot. X` carries the photo's caption: the score line above it is the
    article's, not a second caption (the figure's own line names the photo)."""
    article = RULES.parse(
        "Sport\nSparta lepsza od Chrobrego. Trzy punkty zostają w Złotoryi\n12.10.2025 20:15\n"
        "Bramki: Nowicki 34', Kurek 78' – Sadowski 61'\n"
        "Radość po zwycięskim golu Adriana Kurka. Fot. Michał Dudek\n"
        "Przy pełnych trybunach stadionu miejskiego piłkarze Sparty pokonali rezerwy "
        "Chrobrego i awansowali na trzecie miejsce w tabeli.\n"
        "Od pierwszego gwizdka goście częściej utrzymywali się przy piłce, ale groźniejsze "
        "sytuacje stwarzali gospodarze.\n")
    assert article.to_flat()["image"] == {"caption": "Radość po zwycięskim golu Adriana Kurka.",
                                         "credit": "Michał Dudek"}
    body = [p.text for s in article.sections for p in s.paragraphs]
    assert "Bramki: Nowicki 34', Kurek 78' – Sadowski 61'" in body


def test_a_headline_under_a_marked_lists_last_item_heads_the_text_under_it() -> None:
    """A page with no blank lines: the unmarked headline after a numbered list's last item,
    over running text, is the next section's heading (a quoted line with its speaker is
    none)."""
    article = RULES.parse(
        "Aktualności\nSesja Rady Gminy Sochocin. Radni przyjęli cztery uchwały\n"
        "12.02.2026\n"
        "W czwartek odbyła się sesja Rady Gminy, na której radni zajęli się budżetem.\n"
        "Rada Gminy podjęła następujące uchwały:\n"
        "1. Uchwała nr XVII/112/2026 w sprawie uchwały budżetowej gminy\n"
        "2. Uchwała nr XVII/113/2026 w sprawie Wieloletniej Prognozy Finansowej\n"
        "Interpelacje i wnioski\n"
        "W punkcie dotyczącym interpelacji radni pytali m.in. o termin naprawy przepustu "
        "w Bielawach oraz o rozkład jazdy gimbusów.\n"
        "Pełna treść uchwał jest dostępna w Biuletynie Informacji Publicznej.\n")
    assert [s.heading.text for s in article.sections if s.heading] == ["Interpelacje i wnioski"]
