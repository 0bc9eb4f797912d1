"""Shapes of CMS templates read on pages written here: Joomla's details block, Blogger's post
footer, a footer's link to the site's editors, an enumeration set apart by a blank line, a
media player inside the text, credits after a caption, the roles HTML class names give the
article's head, headings wrapped in inline markup, and the time the markup declares for the
day the text shows."""

from __future__ import annotations

from pathlib import Path

import newsnlp
from newsnlp.layout import linetypes as lt
from newsnlp.layout.blocks import Block
from newsnlp.layout.dom_roles import mark_named_roles
from newsnlp.layout.features import line_features
from newsnlp.layout.model import LayoutModel, refine
from newsnlp.layout.segment import segment
from newsnlp.layout.site_lines import is_site_editor_link
from newsnlp.layout.title import TitleRanker
from newsnlp.text.dom import DomCues
from newsnlp.text.lines import split_lines

RULES = newsnlp.Pipeline(nlp=None)
PORTALS = Path(__file__).parent / "portals"

GMINA = (PORTALS / "gmina-joomla.txt").read_text(encoding="utf-8")
TV = (PORTALS / "telewizja-region.html").read_text(encoding="utf-8")


def _body(article: newsnlp.Article) -> list[str]:
    return [p.text for s in article.sections for p in s.paragraphs]


def test_joomlas_details_header_is_metadata_not_the_first_paragraph() -> None:
    article = RULES.parse(GMINA)
    assert not any(p == "Szczegóły" for p in _body(article))
    assert any(c.kind == "metadata" and c.text == "Szczegóły" for c in article.chrome)
    assert article.meta.published == "2026-03-05T12:15"


def test_an_enumeration_after_a_blank_line_under_its_colon_line_is_a_list() -> None:
    article = RULES.parse(GMINA)
    [items] = [[i.text for i in lst.items] for lst in article.lists]
    assert items[0] == "wymianę pokrycia dachowego wraz z obróbkami,"
    assert items[-1] == "nowe oświetlenie sali głównej."
    assert not any(p.startswith("wymianę pokrycia") for p in _body(article))


def test_bloggers_post_footer_names_the_author_without_the_time() -> None:
    article = RULES.parse(GMINA)
    assert [s.text for s in article.sources if s.kind == "author"] == ["Marta Lis"]
    found = lt.meta_match("Opublikowane przez Marta Lis o 12:20")
    assert found is not None and found.kind == "author"


def test_the_footers_link_to_the_site_editors_is_no_author() -> None:
    article = RULES.parse(GMINA)
    assert "Redakcja serwisu" not in [s.text for s in article.sources]
    assert is_site_editor_link("Redakcja portalu")
    assert not is_site_editor_link("Redakcja Gazety Krośnickiej")


def test_a_media_player_inside_the_text_is_embed_chrome_and_the_text_goes_on() -> None:
    article = RULES.parse(GMINA)
    player = [c.text for c in article.chrome if c.kind == "embed"]
    assert player and player[0].startswith("POSŁUCHAJ") and "00:00 / 03:12" in player[0]
    body = _body(article)
    assert body[-1].startswith("W tym roku gmina chce wyremontować")
    assert not any("Odtwórz" in p or "Pobierz MP3" in p for p in body)


def test_a_caption_ending_in_a_zdjecie_credit_is_a_caption_with_its_photo_credit() -> None:
    article = RULES.parse(GMINA)
    assert [s.text for s in article.sources if s.kind == "photo"] == ["Karol Mazurek"]
    found = lt.meta_match("Pole pszenicy pod koniec lutego. Fot. J. Kulesza")
    assert found is not None and found.kind == "photo" and found.caption is not None
    assert "Pole pszenicy pod koniec lutego. Fot. J. Kulesza"[found.value_start:] == "J. Kulesza"
    priest = "Pakowanie darów w magazynie parafii. Fot. ks. Jan Zawada"
    found = lt.meta_match(priest)
    assert found is not None and found.kind == "photo"
    assert priest[found.value_start:found.value_end] == "ks. Jan Zawada"


def test_a_bishop_addressing_the_faithful_is_the_quotes_speaker() -> None:
    article = RULES.parse(GMINA.replace("wójt Ewa Sadowska.", "bp Jan Kowalczyk."))
    [quote] = article.quotes
    assert quote.speaker is not None and quote.speaker.text == "bp Jan Kowalczyk"
    assert article.text[quote.start:quote.end] == quote.text


def test_class_names_give_the_lead_and_the_byline_of_the_articles_head() -> None:
    article = RULES.parse(TV)
    assert article.lead is not None and article.lead.text.startswith("Po czternastu miesiącach")
    assert [s.text for s in article.sources if s.kind == "author"] == ["Jan Wierzbicki"]
    assert not any(c.text == "Jan Wierzbicki" for c in article.chrome)


def _cue(*tokens: str, tag: str = "p") -> DomCues:
    return DomCues(tag, ("html", "body", "div", tag), tokens, 0.0, (), 0.0)


def test_the_named_lead_and_byline_win_over_the_readings_of_their_lines() -> None:
    """The model read the standfirst as a paragraph and the next paragraph as the lead, the
    author's linked name as navigation: the class names settle both."""
    text = ("Nowy most otwarty\n"
            "Po czternastu miesiącach budowy kierowcy znów przejadą przez rzekę.\n"
            "Joanna Kędzierska\n"
            "Uroczyste otwarcie mostu odbyło się w czwartek w południe.\n"
            "Budowa kosztowała ponad 14 mln zł.")
    title, lead, name, first, second = split_lines(text)
    blocks = [Block("title", (title,)), Block("paragraph", (lead,)),
              Block("chrome", (name,), chrome="navigation"), Block("lead", (first,)),
              Block("paragraph", (second,))]
    cues = [_cue("article", tag="h1"), _cue("article", "lead"), _cue("article", "author"),
            _cue("article", "body"), _cue("article", "body")]
    out = mark_named_roles(blocks, cues, ())
    assert [b.kind for b in out] == ["title", "lead", "byline", "paragraph", "paragraph"]
    assert out[2].value is not None
    assert text[out[2].value[0]:out[2].value[1]] == "Joanna Kędzierska"
    unnamed = [_cue("article", tag="h1")] + [_cue("article", "body")] * 3 + [
        _cue("article", "text")]
    assert mark_named_roles(blocks, unnamed, ()) == blocks
    # a lead in the markup of the paragraph after it is set apart by nothing: a paragraph
    alike = [_cue("article", tag="h1")] + [_cue("article", "body")] * 4
    assert [b.kind for b in mark_named_roles(blocks, alike, ())][3] == "paragraph"


def test_an_h2_whose_text_is_wrapped_in_a_span_is_a_section_heading() -> None:
    article = RULES.parse(TV)
    assert [s.heading.text for s in article.sections if s.heading] == [
        "Inwestycja kosztowała 14 milionów złotych."]


def test_the_markups_time_completes_the_day_the_text_shows() -> None:
    article = RULES.parse(TV)
    assert article.meta.published == "2026-03-12T16:45"
    assert article.meta.published_source == "time[itemprop=datePublished]"
    utc = RULES.parse(TV.replace("2026-03-12T16:45:00+01:00", "2026-03-12T15:45:00Z"))
    assert utc.meta.published == "2026-03-12"  # a plugin's record, not the page's own
    other_day = RULES.parse(TV.replace("2026-03-12T16:45", "2026-03-11T16:45"))
    assert other_day.meta.published == "2026-03-12"
    # a `<time>` that names no role may be a comment's
    bare = RULES.parse(TV.replace(' itemprop="datePublished"', ""))
    assert bare.meta.published == "2026-03-12"


def test_a_line_over_a_photo_credit_is_its_caption_not_the_headline() -> None:
    text = (PORTALS / "radio-podpis.txt").read_text(encoding="utf-8")
    article = RULES.parse(text)
    assert article.meta.title is not None
    assert article.meta.title.text == "Remont wiaduktu na Kolejowej. Od poniedziałku objazdy"


def test_an_update_line_under_the_headline_is_not_the_publication_date() -> None:
    text = (PORTALS / "motoportal-aktualizacja.txt").read_text(encoding="utf-8")
    article = RULES.parse(text)
    assert article.meta.published == "2026-04-08"
    assert article.meta.updated == "2026-04-09"


def test_a_listen_to_the_article_button_under_the_dateline_does_not_end_the_article() -> None:
    text = (PORTALS / "gospodarka-posluchaj.txt").read_text(encoding="utf-8")
    article = RULES.parse(text)
    assert [s.heading.text for s in article.sections if s.heading] == [
        "Inwestycja za 180 mln zł"]
    assert _body(article)[-1].startswith("Nowy zakład powstanie")


def test_a_persons_name_in_a_cell_of_the_date_row_is_the_byline() -> None:
    text = (PORTALS / "liceum-wiersz-daty.txt").read_text(encoding="utf-8")
    article = RULES.parse(text)
    assert [s.text for s in article.sources if s.kind == "author"] == ["Anna Wrzosek"]
    assert article.meta.published == "2026-03-31"


def test_the_byline_and_date_under_the_lead_and_photo_beat_the_top_bars_day() -> None:
    text = (PORTALS / "sport-pod-leadem.txt").read_text(encoding="utf-8")
    article = RULES.parse(text)
    assert article.meta.published == "2026-03-15T19:42"
    assert [s.text for s in article.sources if s.kind == "author"] == ["Kamil Drozdowski"]
    assert not any(p.startswith(("Kamil Drozdowski", "15 marca")) for p in _body(article))


def test_a_line_under_a_sentence_that_a_colon_opens_is_no_headline() -> None:
    """A concert's programme under `Na program … dzieła:`: however much its first item reads
    like a headline to the ranker (here a ranker that likes exactly that line's features),
    a colon sentence opens it, so it is no title."""
    prepared = RULES.prepare((PORTALS / "filharmonia-program.txt").read_text(encoding="utf-8"))
    blocks = segment(prepared.text, prepared.lines, prepared.scan.find)
    kept = [ln for ln in prepared.lines if not ln.blank]
    rows = line_features(prepared.lines, blocks)
    item = next(k for k, ln in enumerate(kept) if ln.text.startswith("Mieczysław Karłowicz"))
    ranker = TitleRanker(dict.fromkeys(rows[item], 1.0), 0.0)
    reading = refine(prepared.lines, blocks, LayoutModel(title=ranker))
    titles = [b.lines[0].text for b in reading.blocks if b.kind == "title"]
    assert titles and not titles[0].startswith("Mieczysław Karłowicz")


def test_a_police_releases_closing_signature_with_the_officers_rank_is_the_byline() -> None:
    text = (PORTALS / "policja-komunikat.txt").read_text(encoding="utf-8")
    article = RULES.parse(text)
    assert [s.text for s in article.sources if s.kind == "author"] == [
        "podkom. Anna Wierzbicka"]
    [quote] = article.quotes
    assert quote.speaker is not None
    assert quote.speaker.text.startswith("podinsp. Tomasz Gaj, naczelnik")


def test_an_update_line_above_the_headline_is_no_category() -> None:
    text = (PORTALS / "klub-zapowiedz.txt").read_text(encoding="utf-8")
    article = RULES.parse(text)
    assert article.meta.category is None or "Zaktualizowano" not in article.meta.category.text


def test_a_breadcrumb_shown_one_part_a_line_gives_its_last_part_as_the_category() -> None:
    text = (PORTALS / "filharmonia-program.txt").read_text(encoding="utf-8")
    article = RULES.parse(text)
    assert article.meta.category is not None and article.meta.category.text == "Zapowiedzi"


def test_drupals_submitted_line_names_the_author_without_the_date() -> None:
    line = "Opublikowane przez Piotr Hajduk dnia śr., 01/21/2026 - 08:34"
    found = lt.meta_match(line)
    assert found is not None and found.kind == "author"
    assert line[found.value_start:found.value_end] == "Piotr Hajduk"


def test_an_ad_label_between_dashes_is_an_ad_and_a_caption_may_hold_parentheses() -> None:
    assert lt.chrome_kind("- Reklama -") == "ad"
    assert lt.chrome_kind("– REKLAMA –") == "ad"
    caption = "Oskar Wrona (w niebieskim kasku) wygrał cztery wyścigi. Fot. Michał Szulc"
    found = lt.meta_match(caption)
    assert found is not None and found.kind == "photo" and found.caption is not None
    assert caption[found.value_start:found.value_end] == "Michał Szulc"
