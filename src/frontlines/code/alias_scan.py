"""Finding any of a few hundred aliases in a text, fast and with exactly the matches of one big regex.

The regex `alias_regex` builds (the aliases longest first, a hyphen matching with spaces around it, not
inside a longer word) is what defines the matches. Python's regex engine tries every alternative at every
word start, which on an article costs a millisecond or more. `AliasScanner` gives the same matches as that
regex's `finditer` in two steps:

1. the places where some alias's first letters begin a word, found by one pre-filter regex that the
   engine scans for quickly (a character that ends no word, then a trie of the aliases' first letters:
   character classes and no case folding flag, a letter's class holding its two cases and, to be safe,
   every non-ASCII character, which case folding may equate with it);
2. at each, from left to right and resuming after each match, the big regex restricted to the aliases
   that start with that letter, in their order (the others cannot match there, so the first alternative
   that matches is the same).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator

_PREFIX = 6
"""letters of each alias the pre-filter tests (fewer where a hyphen comes earlier)"""
_NOT_INSIDE = r"(?<![\w-])"
_NON_ASCII = "\\x80-\\U0010ffff"


def _parts(aliases: Iterable[str]) -> list[tuple[str, str]]:
    """(alias, its regex) longest regex first: the order of the alternatives of `alias_regex`."""
    return sorted(((a, re.escape(a).replace(r"\-", r"\s*-\s*")) for a in aliases), key=lambda p: -len(p[1]))


def _compile(parts: list[tuple[str, str]], ignore_case: bool) -> re.Pattern[str]:
    body = "|".join(regex for _, regex in parts)
    return re.compile(_NOT_INSIDE + "(?:" + body + r")(?![\w-])", re.IGNORECASE if ignore_case else 0)


def alias_regex(aliases: Iterable[str], ignore_case: bool) -> re.Pattern[str]:
    """One regex for all aliases: longest first, "-" matching with spaces around it, whole words."""
    return _compile(_parts(aliases), ignore_case)


def _chars(ch: str, fold: bool) -> str:
    """The inside of a character class holding every character `ch` may match (more is harmless)."""
    if not fold:
        return re.escape(ch)
    if not ch.isascii():
        return "\\s\\S"
    return "".join(re.escape(c) for c in sorted({ch, ch.lower(), ch.upper()})) + _NON_ASCII


def _trie(prefixes: set[str], fold: bool) -> str:
    """A regex matching (at least) the given literal prefixes, one class test per letter and level;
    "" among them matches anywhere."""
    if "" in prefixes:
        return ""
    heads: dict[str, set[str]] = {}
    for p in prefixes:
        heads.setdefault(p[0], set()).add(p[1:])
    branches = []
    for ch, tails in sorted(heads.items()):
        rest = _trie(tails, fold)
        branches.append(f"[{_chars(ch, fold)}]" + (f"(?:{rest})" if rest else ""))
    return "(?:" + "|".join(branches) + ")"


class AliasScanner:
    """The matches of `alias_regex(aliases, ignore_case)` in a text (see the module docstring)."""

    def __init__(self, aliases: Iterable[str], ignore_case: bool) -> None:
        parts = _parts(aliases)
        self.regex = _compile(parts, ignore_case)
        self._fold = ignore_case
        starts = {alias.split("-")[0][:_PREFIX] for alias, _ in parts}
        self._starts: re.Pattern[str] | None = None
        self._head: re.Pattern[str] | None = None
        self._by_first: dict[str, re.Pattern[str]] = {}
        if not parts or "" in starts:
            return  # an alias starting with a hyphen: no pre-filter (the big regex alone)
        trie = _trie(starts, ignore_case)
        # a character that ends no word, before some alias's first letters; the text's start apart
        self._starts = re.compile(r"[^\w-](?=" + trie + ")")
        self._head = re.compile(f"(?={trie})")
        # the aliases an ASCII character may begin (and those starting with a non-ASCII letter: any)
        for key in {self._key(alias[0]) for alias, _ in parts if alias[0].isascii()}:
            subset = [p for p in parts if not p[0][0].isascii() or self._key(p[0][0]) == key]
            self._by_first[key] = _compile(subset, ignore_case)

    def _key(self, ch: str) -> str:
        return ch.lower() if self._fold else ch

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        if self._starts is None or self._head is None:
            yield from self.regex.finditer(text)
            return
        end = 0
        head = [0] if self._head.match(text) else []
        for at in itertools.chain(head, (m.start() + 1 for m in self._starts.finditer(text))):
            if at < end:
                continue
            ch = text[at]
            regex = self._by_first.get(self._key(ch), self.regex) if ch.isascii() else self.regex
            found = regex.match(text, at)
            if found is not None:
                yield found
                end = found.end()
