"""A line that is a company's name alone (`Szpital Powiatowy w Łęczycy Sp. z o.o.`): the
legal form's full stop closes no sentence, so the line is a name, never running text."""

from __future__ import annotations

from functools import cache

from newsnlp.resources import load_json

NAME_MAX_WORDS = 10  # a site owner's name; a longer line is a sentence that ends on a name
# lower-case words inside a proper name (`w`, `i`, `im.`), as the name scanner reads them
_JOINERS = frozenset({"w", "i", "z", "na", "im.", "ds.", "dla", "we", "-", "–", "&"})
_QUOTES = "„\"«»('"  # a name's quoted part (`PKM „Kutno” Sp. z o.o.`)


@cache
def _legal_forms() -> tuple[str, ...]:
    """The company legal forms, longest first (`Sp. z o.o.` before `o.o.`)."""
    forms = load_json("institutions/entities.json")["legal_forms"]
    return tuple(sorted(forms, key=len, reverse=True))


def is_company_name(text: str) -> bool:
    """Capitalised words (and the joiners of a name) ending with a company legal form."""
    form = next((f for f in _legal_forms() if text.endswith(" " + f)), None)
    if form is None:
        return False
    words = text[:-len(form)].split()
    return 0 < len(words) <= NAME_MAX_WORDS and all(
        w.lstrip(_QUOTES)[:1].isupper() or w[0].isdigit() or w in _JOINERS for w in words)
