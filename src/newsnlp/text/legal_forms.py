"""Company legal forms at the end of a name (`Sp. z o.o.`, `S.A.`, `GmbH`): the list of
`data/institutions/entities.json`, read where the layout tells a company's name from a
sentence, where institutions merge one company's mentions, and where a full stop ends a
sentence."""

from __future__ import annotations

from functools import cache

from newsnlp.resources import load_json

__all__ = ["legal_forms", "registered_form", "without_legal_form"]


@cache
def legal_forms() -> tuple[str, ...]:
    """The legal forms as written (`Sp. z o.o.`, `S.A.`), read also by the sentence ends."""
    return tuple(load_json("institutions/entities.json")["legal_forms"])


@cache
def _legal_form_ends() -> tuple[str, ...]:
    """Each legal form with the space before it (`" Sp. z o.o."`)."""
    return tuple(" " + form for form in legal_forms())


def without_legal_form(name: str) -> str:
    """`name` without the company legal form it ends with ('Krajowa Spółka Cukrowa S.A.'
    and '… SA' are one company, as is the name written without its form). One C-level test
    first: most names and lines end with none."""
    if not name.endswith(_legal_form_ends()):
        return name
    form = next(end for end in _legal_form_ends() if name.endswith(end))
    return name[:-len(form)].rstrip(" ,")


@cache
def _spellings() -> dict[str, str]:
    data = load_json("institutions/entities.json")["legal_form_spellings"]
    return {k: v for k, v in data.items() if not k.startswith("_")}


def registered_form(form: str) -> str:
    """The one spelling of a legal form as written (`SA`, `S. A.` -> `S.A.`; `Sp. z o.o.`,
    `spółka z ograniczoną odpowiedzialnością` -> `sp. z o.o.`), so that one company has one
    canonical name whichever the article writes."""
    written = " ".join(form.split())
    return _spellings().get("".join(written.lower().split()), written)
