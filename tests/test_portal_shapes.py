"""The rule segmenter on pages in the shape of today's portals (`tests/portals/`)."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsnlp
from newsnlp.layout.blocks import Block
from newsnlp.layout.segment import segment

PORTALS = Path(__file__).parent / "portals"
RULES = newsnlp.Pipeline(nlp=None)


def rule_blocks(name: str) -> dict[str, str]:
    """Each block's text -> its kind (chrome with its kind) in the rules' reading."""
    page = RULES.prepare((PORTALS / name).read_text(encoding="utf-8"))
    blocks: list[Block] = segment(page.text, page.lines, page.scan.find)
    return {page.text[b.start:b.end]: (f"chrome:{b.chrome}" if b.kind == "chrome" else b.kind)
            for b in blocks}


@pytest.fixture(scope="module")
def national() -> dict[str, str]:
    return rule_blocks("portal-ogolnopolski.txt")


@pytest.fixture(scope="module")
def interview() -> dict[str, str]:
    return rule_blocks("wywiad-sportowy.txt")


@pytest.fixture(scope="module")
def county() -> dict[str, str]:
    return rule_blocks("portal-powiatowy.txt")


def test_byline_and_date_under_the_standfirst(national: dict[str, str]) -> None:
    assert national["Anna Kowalczyk"] == "byline"
    assert national["14 marca 2025, 09:12"] == "published"
    article = RULES.parse((PORTALS / "portal-ogolnopolski.txt").read_text(encoding="utf-8"))
    assert article.meta.published == "2025-03-14T09:12"


def test_an_update_line_under_the_date_does_not_end_the_article(
        national: dict[str, str]) -> None:
    assert national["Aktualizacja: 14 marca 2025, 10:30"] == "chrome:metadata"
    assert national["Sala posiedzeń Sejmu"] == "caption"
    assert national["Pieniądze z budżetu państwa"] == "heading"


def test_share_buttons_under_the_date_do_not_end_the_article(
        interview: dict[str, str]) -> None:
    assert interview["Udostępnij"] == "chrome:share"
    assert interview["Trener Paweł Nowaczyk podczas treningu"] == "caption"
    assert interview["– Jak ocenia pan okres przygotowawczy?"] == "paragraph"
    assert interview["Rozmawiał Michał Zawada"] == "byline"


def test_a_dash_quote_after_a_numbered_list_is_no_item_of_it(county: dict[str, str]) -> None:
    assert county["3. objazd przez Konopnice zostanie zlikwidowany."] == "list_item"
    quote = next(t for t in county if t.startswith("– Mieszkańcy czekali"))
    assert county[quote] == "paragraph"
    assert county["Dołącz do nas na Facebooku!"] == "chrome:share"
