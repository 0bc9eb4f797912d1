"""A line that is a company's name alone (`Szpital Powiatowy w Łęczycy Sp. z o.o.`): the
legal form's full stop closes no sentence, so the line is a name, never running text."""

from __future__ import annotations

from newsnlp.text.legal_forms import without_legal_form

NAME_MAX_WORDS = 10  # a site owner's name; a longer line is a sentence that ends on a name
# lower-case words inside a proper name (`w`, `i`, `im.`), as the name scanner reads them
_JOINERS = frozenset({"w", "i", "z", "na", "im.", "ds.", "dla", "we", "-", "–", "&"})
_QUOTES = "„\"«»('"  # a name's quoted part (`PKM „Kutno” Sp. z o.o.`)


def is_company_name(text: str) -> bool:
    """Capitalised words (and the joiners of a name) ending with a company legal form."""
    name = without_legal_form(text)
    words = name.split()
    return name != text and 0 < len(words) <= NAME_MAX_WORDS and all(
        w.lstrip(_QUOTES)[:1].isupper() or w[0].isdigit() or w in _JOINERS for w in words)
