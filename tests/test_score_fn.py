"""The scorer adaptor (`training.layout.score_fn`): an Article reduced to title and body as the
hand-cleaned references write them."""

from __future__ import annotations

from training.layout.score_fn import to_title_body

from newsnlp import Pipeline
from tests.test_layout_model import ARTICLE_ONLY

_HEADLINE, *_BODY = ARTICLE_ONLY.split("\n")
PAGE = "\n".join(["Strona główna | Wiadomości | Sport", _HEADLINE, "12 marca 2026, 10:15", *_BODY])


def test_list_items_keep_their_markers() -> None:
    """A numbered item is reported with its number, as the references keep it."""
    out = to_title_body(Pipeline(nlp=None).parse(PAGE))
    assert out["title"] == "Remont mostu na Warcie potrwa do jesieni"
    body = out["body"]
    assert isinstance(body, list)
    assert "2. autobusy linii 5 pojadą ulicą Mostową," in body
    assert body.index("1. ruch na moście będzie wahadłowy,") < body.index(
        "Prace mają się zakończyć we wrześniu, jeśli pogoda pozwoli.")
