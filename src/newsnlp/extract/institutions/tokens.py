"""Word/punctuation tokens with offsets, and a token trie for longest-match lookup."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Generic, NamedTuple, TypeVar

from newsnlp.resources import compile_pattern

__all__ = ["Token", "Trie", "tokenize"]

_TOKEN = compile_pattern(r"\w+|[^\w\s]", 0)
T = TypeVar("T")


class Token(NamedTuple):
    """A word or one punctuation character; `start`/`end` are offsets into the page text.

    A named tuple: a page has thousands of tokens, and it builds twice as fast as a frozen
    dataclass."""

    text: str
    start: int
    end: int

    @property
    def is_word(self) -> bool:
        """True for letters/digits, False for punctuation."""
        return self.text[:1].isalnum()

    @property
    def capitalised(self) -> bool:
        """True when the token starts with an upper-case letter."""
        return self.text[:1].isupper()


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of `text[start:end]` with offsets into `text`."""
    stop = len(text) if end is None else end
    out = []
    pos = start
    find = text.index  # hot: a page has thousands of tokens
    for word in _TOKEN.findall(text, start, stop):
        pos = find(word, pos)
        after = pos + len(word)
        out.append(Token(word, pos, after))
        pos = after
    return out


def split_words(name: str) -> tuple[str, ...]:
    """The token texts of a name, as the matcher sees them."""
    return tuple(_TOKEN.findall(name))


@dataclass
class _Node(Generic[T]):
    children: dict[str, _Node[T]] = field(default_factory=dict)
    values: list[T] = field(default_factory=list)


class Trie(Generic[T]):
    """Maps token sequences to payloads; `longest` finds the longest key at a position."""

    def __init__(self, fold: bool) -> None:
        self._root: _Node[T] = _Node()
        self._fold = fold

    def _key(self, token: str) -> str:
        """The trie key of a token (case-folded for name tries)."""
        return token.casefold() if self._fold else token

    def starts(self, token: str) -> bool:
        """True when some key begins with `token` (a cheap pre-check)."""
        return self._key(token) in self._root.children

    def first_keys(self) -> frozenset[str]:
        """Every first token of a key, as stored (case-folded for name tries)."""
        return frozenset(self._root.children)

    def add(self, words: Iterable[str], value: T) -> None:
        """Register `value` under the token sequence `words`."""
        node = self._root
        for w in words:
            node = node.children.setdefault(self._key(w), _Node())
        if value not in node.values:
            node.values.append(value)

    def longest(self, tokens: list[Token], i: int) -> tuple[int, list[T]]:
        """(end index, payloads) of the longest key starting at tokens[i]; (i, []) if none."""
        node, best, j = self._root, (i, list[T]()), i
        while j < len(tokens):
            child = node.children.get(self._key(tokens[j].text))
            if child is None:
                break
            node, j = child, j + 1
            if node.values:
                best = (j, node.values)
        return best
