"""Whether the rules' category can name the page's section, read once the title is chosen.

The rules take a short line above their own title as the category (`segment`). The model may
choose another title, and on templates the rules never saw the line above is often no
section at all: the author's name, a label that opens a box (`Ważne:`), a view count, a
photo credit, a share or tags row. A section's name is a short noun phrase that stands
above the headline; the lines below are not.
"""

from __future__ import annotations

from newsnlp.layout import linetypes as lt
from newsnlp.morph import morfeusz as morphology


def names_a_section(text: str, title: str | None, placed: bool) -> bool:
    """A category value that may name the page's section: where a section stands (`placed`:
    above the title, for a bare line) and not the title's text,
    opened by a capital (a menu's label; a lower-case line is a keyword row or a link),
    with a word of two letters or more, not ending as a sentence or a label does (`?`, `!`,
    `.`, `:`), no menu item that names a function of the site (`Przejdź do treści`,
    `Kontakt`; `Wiadomości` names a section), not opened by a verb in the imperative
    (`Wyślij`) and no bare person's name (a byline). The rules already keep ads, cookie notes
    and widgets out."""
    words = text.split()
    return (placed and (title is None or text.casefold() != title.casefold())
            and text[:1].isupper() and any(sum(map(str.isalpha, w)) >= 2 for w in words)
            and not text.rstrip().endswith((":", "?", "!", "."))
            and not lt.is_site_function(text)
            and not _imperative(words[0]) and not lt.is_person_name_line(text))


def _imperative(word: str) -> bool:
    """Every Morfeusz reading of the word is a verb in the imperative (`Zaloguj`; `Kraj`
    is a noun too)."""
    tags = {a.tag.split(":", 1)[0] for a in morphology.analyse(word)}
    return tags == {"impt"}

