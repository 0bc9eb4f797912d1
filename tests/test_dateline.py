"""The dateline next to the final headline (`layout.dateline`) and the date lines it reads."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

import newsnlp
from newsnlp.extract.dates import PageScan
from newsnlp.layout.blocks import Block
from newsnlp.layout.dateline import next_to_title
from newsnlp.text.lines import split_lines

ARTICLE = ("Rada nadzorcza spółki powołała w czwartek nowego prezesa, który pokieruje firmą "
           "przez najbliższe trzy lata. Wcześniej był on wiceprezesem do spraw finansowych.")


def _page(*head: str) -> str:
    return "\n".join([*head, ARTICLE, "Komentarze (0)", ""])


def test_a_top_bar_date_gives_way_to_the_byline_date_under_the_headline() -> None:
    """The date of the visit in the site's top bar is not the publication date."""
    menu = ["Zaloguj się", "Załóż konto", "Wiadomości", "Sport", "Kultura"]
    text = _page("Środa, 10 kwietnia 2013 r.", *menu, "Nowy prezes spółki węglowej",
                 "Artykuł", "Autor: Jan Nowak (PAP) | 04-01-2012 11:06")
    lines = [ln for ln in split_lines(text) if not ln.blank]
    top, title, label, byline, body = lines[0], *lines[len(menu) + 1:len(menu) + 5]
    blocks = [Block("published", (top,)),
              *(Block("chrome", (ln,), chrome="navigation") for ln in lines[1:len(menu) + 1]),
              Block("title", (title,)), Block("chrome", (label,), chrome="other"),
              Block("byline", (byline,)), Block("paragraph", (body,))]
    out = next_to_title(text, split_lines(text), blocks, PageScan(text).find)
    published = [b for b in out if b.kind == "published"]
    assert len(published) == 1 and published[0].lines == (byline,)
    assert published[0].value is not None
    assert text[published[0].value[0]:published[0].value[1]].strip() == "04-01-2012 11:06"
    assert any(b.kind == "byline" and b.lines == (byline,) for b in out)  # the byline stays
    assert next(b for b in out if top in b.lines).kind == "chrome"


def test_a_dateline_next_to_the_headline_is_left_alone() -> None:
    text = _page("Nowy prezes spółki węglowej", "12.03.2026, 10:15", "Autor: Anna Lis | 13.03.2026")
    lines = [ln for ln in split_lines(text) if not ln.blank]
    blocks = [Block("title", (lines[0],)), Block("published", (lines[1],)),
              Block("byline", (lines[2],)), Block("paragraph", (lines[3],))]
    assert next_to_title(text, split_lines(text), blocks, PageScan(text).find) == blocks


def test_the_search_stops_at_the_article_text() -> None:
    """A date below the first paragraph is no dateline."""
    text = _page("Nowy prezes spółki węglowej", ARTICLE, "12.03.2026, 10:15")
    lines = [ln for ln in split_lines(text) if not ln.blank]
    blocks = [Block("title", (lines[0],)), Block("paragraph", (lines[1],)),
              Block("paragraph", (lines[2],))]
    assert next_to_title(text, split_lines(text), blocks, PageScan(text).find) == blocks


@pytest.mark.parametrize(("line", "published", "updated"), [
    ("30.12.2011 13:09 , ostatnia aktualizacja 30.12.2011 13:14", "2011-12-30T13:09",
     "2011-12-30T13:14"),
    ("2011-12-28 16:03:13, aktualizacja: 2011-12-28 16:08:04", "2011-12-28T16:03",
     "2011-12-28T16:08"),
    ("03.01.2012 06:05 POWÓDŹ, FILIPINY, ZAKAŻENIE", "2012-01-03T06:05", None),
    ("3 sty 12 21:28 , JS | PAP", "2012-01-03T21:28", None),
])
def test_datelines_under_a_headline(line: str, published: str, updated: str | None) -> None:
    """Publication with its update, a date before tags, an abbreviated month with a two-digit
    year and a time: each is the publication line under the headline."""
    article = newsnlp.parse(_page("Strona główna » Wiadomości » Kraj",
                                  "Nowy prezes spółki węglowej", line))
    assert article.meta.title is not None
    assert article.meta.title.text == "Nowy prezes spółki węglowej"
    assert article.meta.published == published
    assert article.meta.updated == updated


def test_a_two_digit_year_needs_a_clock_time() -> None:
    """`3 sty 12 osób` is no date; `25 gru 99 10:00` is 1999 (POSIX `%y`)."""
    assert newsnlp.parse("Na zebranie przyszło 3 sty 12 osób z gminy.").dates == []
    values = [d.value for d in newsnlp.parse("Dodano 25 gru 99 10:00 w dziale.").dates]
    assert values == ["1999-12-25T10:00"]


LABELS = Path(__file__).parents[1] / "benchmarks" / "data" / "waddle_published.json"
PAGES = Path(__file__).parents[2] / "shared" / "realdata" / "pages" / "waddle_pl_dev.jsonl.gz"


@pytest.mark.skipif(not PAGES.exists(), reason="../shared is absent")
def test_the_hand_labels_cover_the_shared_pages() -> None:
    """Every page of the shared set has a label (a date or null), and nothing else does."""
    labels = json.loads(LABELS.read_text(encoding="utf-8"))["labels"]
    with gzip.open(PAGES, "rt", encoding="utf-8") as fh:
        ids = {json.loads(line)["id"] for line in fh}
    assert set(labels) == ids
    for label in labels.values():
        assert label is None or label["published"][:4] in ("2010", "2011", "2012")


def test_a_byline_date_under_the_headline_beats_the_top_bar() -> None:
    """`Autor: Jan Nowak, 03.01.2012 11:50` under the headline, the day of the visit above."""
    article = newsnlp.parse(_page("Czwartek, 12 kwietnia 2013", "Zaloguj", "Kraj", "Świat",
                                  "Sport", "Nowy prezes spółki węglowej",
                                  "Autor: Jan Nowak, 03.01.2012 11:50"))
    assert article.meta.published == "2012-01-03T11:50"
    assert article.meta.published_span is not None
    assert article.meta.published_span.text == "03.01.2012 11:50"


def test_a_page_that_shows_only_its_update_has_no_publication_date() -> None:
    article = newsnlp.parse(_page("Nowy prezes spółki węglowej",
                                  "Aktualizacja: 04.01.2012, 09:00"))
    assert (article.meta.published, article.meta.updated) == (None, "2012-01-04T09:00")


def test_a_labelled_publication_line_under_the_headline_beats_the_top_bar() -> None:
    article = newsnlp.parse(_page("Czwartek, 12 kwietnia 2013", "Zaloguj", "Kraj", "Świat",
                                  "Sport", "Nowy prezes spółki węglowej",
                                  "Data publikacji: 03.01.2012 11:50"))
    assert article.meta.published == "2012-01-03T11:50"
