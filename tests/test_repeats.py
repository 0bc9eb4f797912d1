"""A page that shows its article twice (a print or mobile copy) gives the body once."""

from __future__ import annotations

import newsnlp

PARAGRAPHS = [
    ("Radni miasta przyjęli w czwartek budżet na przyszły rok. Najwięcej pieniędzy trafi na "
     "remonty szkół i przebudowę dworca autobusowego."),
    ("Opozycja głosowała przeciw, zarzucając prezydentowi, że zadłuża miasto ponad miarę, a "
     "inwestycje w dzielnicach czekają od lat."),
]
PAGE = "\n".join([
    "Budżet miasta przyjęty. Najwięcej na szkoły",
    "12.03.2026, 10:15",
    *PARAGRAPHS,
    "Wersja do druku",
    *PARAGRAPHS,
    "© 2026 Gazeta Miejska. Wszelkie prawa zastrzeżone.",
])


def _body(article: newsnlp.Article) -> list[str]:
    spans = [article.lead] if article.lead else []
    spans += [p for s in article.sections for p in s.paragraphs]
    return [s.text for s in spans]


def test_the_second_copy_of_the_article_is_set_aside() -> None:
    article = newsnlp.parse(PAGE)
    assert _body(article) == PARAGRAPHS
    copy = next(c for c in article.chrome if c.kind == "other")
    assert copy.text == "\n".join(PARAGRAPHS)
    assert copy.start > article.text.index("Wersja do druku")


def test_short_repeated_lines_stay() -> None:
    """A short line may repeat in an article (a refrain, `Tak.`): only long text is a copy."""
    refrain = "Płynie Wisła, płynie."
    page = "\n".join(["Wiersz o rzece", PARAGRAPHS[0], refrain, PARAGRAPHS[1], refrain])
    body = " ".join(_body(newsnlp.parse(page)))
    assert body.count(refrain) == 2
