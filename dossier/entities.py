"""Resolve the many ways a person, organisation or place is written to one entity.

Articles write "Edmundo González", "González Urrutia" and "Edmundo González
Urrutia"; "the CNE", "National Electoral Council (CNE)" and "Consejo Nacional
Electoral"; "ICC", "International Criminal Court" and "CPI".  Attributions and
the reconciler both need to know these are one body.  The mechanism is
general and works from the corpus itself:

1. an acronym introduced in parentheses ("Long Form (ABC)") links both forms;
2. an acronym whose letters are the initials of a longer name links to it;
3. a person's partial name (surname only, first name and surname, the two
   surnames) merges into the one longer name of a person that contains it;
4. accent-, case- and article-insensitive keys, and rapidfuzz for near spellings.

A small table of well-known cross-language aliases and a gazetteer of countries
and capitals are kept as data.  Ids are slugs of the canonical name, so they
stay put as long as the canonical name does.

How single names are read (folding, titles, acronyms, the gazetteer) is in
:mod:`dossier.entity_names`, and what a corpus's names say, source by source,
in :mod:`dossier.entity_facts`; their public names are importable from here.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Protocol

from rapidfuzz import fuzz, process

from dossier.entity_facts import NameFacts, NameTally, read_names, tally_names
from dossier.entity_names import (
    _ACRONYM_SIBLING_MIN,
    _FUZZY_MIN,
    _KNOWN,
    _KNOWN_CANONICAL,
    _PLACE_CUES,
    _PLACES,
    _TITLE_WORDS,
    COUNTRY_OF,
    COUNTRY_OR_CAPITAL,
    DEMONYMS,
    KNOWN_ALIASES,
    ORG_WORDS,
    _acronym_letters,
    _content_tokens,
    _tokens,
    acronym_pairs,
    clean_name,
    country_of,
    fold,
    guess_kind,
    initials,
    is_acronym,
    strip_title,
)
from dossier.ids import short_hash, slugify
from dossier.model import Entity
from dossier.union_find import UnionFind

# -------------------------------------------------------------------- the index


@dataclass(frozen=True, slots=True)
class EntityIndex:
    """Resolved entities and the folded alias keys that point at them."""

    entities: tuple[Entity, ...]
    by_key: Mapping[str, str] = field(default_factory=dict)  # folded alias -> entity id
    by_id: Mapping[str, Entity] = field(default_factory=dict)
    # Ids of places the text shows to be places: a country or capital, a name
    # with a place word ("Miranda State") or one written after "in", "near"...
    # A lone capitalised word with no such cue ("X") is only guessed a place.
    located: frozenset[str] = frozenset()
    # Names already resolved: resolving is a pure function of the index.
    _resolved: dict[str, Entity | None] = field(
        default_factory=dict, repr=False, compare=False, hash=False
    )

    def resolve(self, name: str | None) -> Entity | None:
        """The entity ``name`` refers to, or ``None`` when nothing matches."""
        if not name or not name.strip():
            return None
        try:
            return self._resolved[name]
        except KeyError:
            entity = self._resolve(name)
            self._resolved[name] = entity
            return entity

    def _resolve(self, name: str) -> Entity | None:
        cleaned = clean_name(name)
        candidates = [cleaned, strip_title(cleaned)[0]]
        candidates += [long for long, _ in acronym_pairs(cleaned)]
        for candidate in candidates:
            entity_id = self.by_key.get(fold(candidate))
            if entity_id:
                return self.by_id[entity_id]
        key = fold(strip_title(cleaned)[0])
        if key in _KNOWN and _KNOWN[key] in self.by_key:
            return self.by_id[self.by_key[_KNOWN[key]]]
        toks = _content_tokens(key)
        if toks and not is_acronym(cleaned):
            hits = {
                self.by_key[k]
                for k in self.by_key
                if len(_content_tokens(k)) > len(toks)
                and _is_subsequence(toks, _content_tokens(k))
                and self.by_id[self.by_key[k]].kind == "person"
            }
            if len(hits) == 1:
                return self.by_id[hits.pop()]
        if len(key) >= 8 and self.by_key:
            best = process.extractOne(key, list(self.by_key), scorer=fuzz.ratio)
            if best and best[1] >= _FUZZY_MIN:
                return self.by_id[self.by_key[best[0]]]
        return None

    def canonical(self, name: str | None) -> str | None:
        """The canonical name for ``name``, or the cleaned name itself if unknown."""
        if not name:
            return None
        entity = self.resolve(name)
        return entity.name if entity else clean_name(name)

    def is_located(self, entity: Entity) -> bool:
        """True when the text shows ``entity`` (a resolved place) to be a place."""
        return entity.id in self.located


class Resolver(Protocol):
    """What reading a claim asks of the entity index (``EntityIndex`` is one)."""

    def resolve(self, name: str | None) -> Entity | None: ...

    def canonical(self, name: str | None) -> str | None: ...

    def is_located(self, entity: Entity) -> bool: ...


def _is_subsequence(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    it = iter(long)
    return all(tok in it for tok in short)


def build_entities(names: Iterable[tuple[str, str]]) -> EntityIndex:
    """Cluster names into entities.

    ``names`` holds ``(name, context)`` pairs: a name as written and the text
    it was found in (its sentence or paragraph), which is scanned for acronyms
    introduced in parentheses.  The result does not depend on input order.
    """
    return index_names([read_names(names)])


def index_names(facts: Iterable[NameFacts]) -> EntityIndex:
    """Cluster the names ``facts`` describe into entities (the sum of all facts is read)."""
    return index_tally(tally_names(facts))


def index_tally(tally: NameTally) -> EntityIndex:
    """Cluster the names of a tally of ``NameFacts`` into entities."""
    seen: dict[str, list[tuple[str, str, int]]] = defaultdict(list)  # key -> first raw, form, times
    for (key, surface), (times, firsts) in tally.forms.items():
        seen[key].append((firsts[0][0], surface, times))
    titled = tally.titled.keys()
    cues: dict[str, Counter[str]] = defaultdict(Counter)
    for (key, cue), times in tally.cues.items():
        cues[key][cue] = times
    pairs = set(tally.pairs)
    prefixed = set(tally.prefixed)
    # Surface forms of a key in the order a sorted reading first meets them:
    # ties between equally frequent forms go to the first.
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    for key, surfaces in seen.items():
        for _first, surface, times in sorted(surfaces):
            forms[key][surface] = times
    for long_form, acro, _country in sorted(pairs, key=lambda p: (p[0], p[1], p[2] or "")):
        forms[fold(long_form)][long_form] += 0
        forms[fold(acro)][acro] += 0
    for full in _chained_names(forms):
        forms[fold(full)][full] += 0

    uf = UnionFind()
    for key in forms:
        uf.add(key)
    for key, long_key in sorted(prefixed):
        uf.union(key, long_key)
    _link_known(uf, forms)
    _link_parenthesised(uf, pairs, forms)
    long_forms = {fold(long) for long, _acro, _country in pairs}
    kinds = {
        k: guess_kind(
            max(f, key=f.__getitem__),
            titled=k in titled,
            acronym_of=k in long_forms,
            cue=min(cues[k], key=lambda c: (-cues[k][c], c)) if cues.get(k) else None,
        )
        for k, f in forms.items()
    }
    _link_initials(uf, forms)
    _link_partial_people(uf, forms, kinds)
    _link_near_spellings(uf, forms)
    placed = {
        k
        for k in forms
        if k in _PLACES
        or cues.get(k, {}).get("place")
        or any(t in _PLACE_CUES for t in _tokens(k)[:1] + _tokens(k)[-1:])
    }
    return _index(uf, forms, kinds, placed)


def _chained_names(forms: Mapping[str, Counter[str]]) -> list[str]:
    """Full names implied by two overlapping partial ones.

    Spanish and Portuguese names carry two surnames, and articles write either
    the first name with the first surname ("Edmundo González") or both
    surnames ("González Urrutia").  When exactly one two-word name ends with
    the word another two-word name starts with, and neither pairing is
    ambiguous, the three-word name they imply ("Edmundo González Urrutia") is
    added so both partial forms merge into it.  "Felipe González" next to
    "Edmundo González" makes "González Urrutia" ambiguous and nothing is added.
    """
    pairs: list[tuple[str, str]] = []
    for key, surf in forms.items():
        surface = max(surf, key=lambda s: (surf[s], s))
        words = surface.split()
        plain = not any(t in ORG_WORDS or t in _TITLE_WORDS for t in _tokens(key))
        if len(words) == 2 and all(w[:1].isupper() for w in words) and key not in _PLACES and plain:
            pairs.append((key, surface))
    by_last: dict[str, list[str]] = defaultdict(list)
    by_first: dict[str, list[str]] = defaultdict(list)
    for key, surface in pairs:
        toks = _tokens(key)
        by_last[toks[-1]].append(surface)
        by_first[toks[0]].append(surface)
    full: list[str] = []
    for link in sorted(set(by_last) & set(by_first)):
        if len(by_last[link]) == 1 and len(by_first[link]) == 1:
            head, tail = by_last[link][0], by_first[link][0]
            if head != tail:
                full.append(f"{head} {tail.split()[1]}")
    return full


def _link_known(uf: UnionFind, forms: Mapping[str, Counter[str]]) -> None:
    by_canonical: dict[str, list[str]] = defaultdict(list)
    for key in sorted(forms):
        if key in _KNOWN:
            by_canonical[_KNOWN[key]].append(key)
    for keys in by_canonical.values():
        for other in keys[1:]:
            uf.union(keys[0], other)


def _link_parenthesised(
    uf: UnionFind,
    pairs: Iterable[tuple[str, str, str | None]],
    forms: Mapping[str, Counter[str]],
) -> None:
    longs_of: dict[str, list[tuple[str, str | None]]] = defaultdict(list)
    for long_form, acro, country in sorted(pairs, key=lambda p: (p[0], p[1], p[2] or "")):
        longs_of[fold(acro)].append((fold(long_form), country))
    for acro, entries in longs_of.items():
        country_of_long: dict[str, set[str]] = defaultdict(set)
        for long_key, country in entries:
            if country:
                country_of_long[long_key].add(country)
        longs = sorted({k for k, _ in entries}, key=lambda k: (-sum(forms[k].values()), k))
        uf.union(acro, longs[0])
        linked, pending, changed = [longs[0]], longs[1:], True
        while pending and changed:
            changed = False
            for other in list(pending):
                # Two long forms behind one acronym: one body only if they read
                # alike in the same country, or are already known to be one.
                same_country = all(
                    not country_of_long[other]
                    or not country_of_long[done]
                    or country_of_long[other] & country_of_long[done]
                    for done in linked
                )
                if uf.find(other) == uf.find(acro) or (
                    same_country
                    and any(fuzz.ratio(done, other) >= _ACRONYM_SIBLING_MIN for done in linked)
                ):
                    uf.union(acro, other)
                    linked.append(other)
                    pending.remove(other)
                    changed = True


def _link_initials(uf: UnionFind, forms: Mapping[str, Counter[str]]) -> None:
    by_initials: dict[str, set[str]] = defaultdict(set)
    for key, surf in forms.items():
        surface = max(surf, key=surf.__getitem__)
        if not is_acronym(surface) and len(_content_tokens(key)) >= 2:
            by_initials[initials(surface)].add(key)
    for key, surf in sorted(forms.items()):
        surface = max(surf, key=surf.__getitem__)
        if is_acronym(surface):
            roots = {uf.find(k) for k in by_initials.get(_acronym_letters(surface), ())}
            if len(roots) == 1:
                uf.union(key, roots.pop())


def _link_partial_people(
    uf: UnionFind, forms: Mapping[str, Counter[str]], kinds: Mapping[str, str]
) -> None:
    by_token: dict[str, list[str]] = defaultdict(list)  # word -> people whose name has it
    for person in (k for k in forms if kinds[k] == "person"):
        for token in set(_content_tokens(person)):
            by_token[token].append(person)
    for key in sorted(forms, key=lambda k: (-len(_tokens(k)), k)):
        toks = _content_tokens(key)
        if not toks or kinds[key] not in ("person", "place") or key in _PLACES:
            continue
        if kinds[key] == "place" and len(toks) > 1:
            continue
        longer = [
            p
            for p in by_token.get(toks[0], ())
            if len(_content_tokens(p)) > len(toks) and _is_subsequence(toks, _content_tokens(p))
        ]
        roots = {uf.find(p) for p in longer}
        if len(roots) == 1:
            uf.union(key, roots.pop())


def _link_near_spellings(uf: UnionFind, forms: Mapping[str, Counter[str]]) -> None:
    buckets: dict[str, list[str]] = defaultdict(list)
    for key in sorted(forms):
        if len(key) >= 8:
            buckets[key[:1]].append(key)
    for keys in buckets.values():
        for i, key in enumerate(keys):
            near = process.extract(
                key, keys[i + 1 :], scorer=fuzz.ratio, score_cutoff=_FUZZY_MIN, limit=None
            )
            for other, _score, _at in near:
                uf.union(key, other)


def _index(
    uf: UnionFind,
    forms: Mapping[str, Counter[str]],
    kinds: Mapping[str, str],
    placed: set[str],
) -> EntityIndex:
    members: dict[str, list[str]] = defaultdict(list)
    for key in sorted(forms):
        members[uf.find(key)].append(key)
    entities: list[Entity] = []
    by_key: dict[str, str] = {}
    used: set[str] = set()
    located: set[str] = set()
    for keys in sorted(members.values()):
        surfaces = {k: max(forms[k], key=lambda s: (forms[k][s], _accents(s), s)) for k in keys}
        name = _canonical(keys, surfaces, forms)
        kind = _vote_kind(keys, kinds)
        slug = slugify(name) or f"entity-{short_hash(name, length=8)}"
        if slug in used:
            slug = f"{slug}-{short_hash(*sorted(keys), length=6)}"
        used.add(slug)
        aliases = tuple(sorted({s for s in surfaces.values() if s != name}))
        entities.append(Entity(id=slug, name=name, kind=kind, aliases=aliases))
        for key in keys:
            by_key[key] = slug
        by_key.setdefault(fold(name), slug)
        if kind == "place" and any(k in placed for k in keys):
            located.add(slug)
    entities.sort(key=lambda e: e.id)
    return EntityIndex(
        entities=tuple(entities),
        by_key=MappingProxyType(by_key),
        by_id=MappingProxyType({e.id: e for e in entities}),
        located=frozenset(located),
    )


def _accents(text: str) -> int:
    return sum(1 for c in text if ord(c) > 127)


def _canonical(
    keys: list[str], surfaces: Mapping[str, str], forms: Mapping[str, Counter[str]]
) -> str:
    for key in keys:
        if key in _KNOWN and _KNOWN[key] in _KNOWN_CANONICAL:
            return _KNOWN_CANONICAL[_KNOWN[key]]
    full = [k for k in keys if not is_acronym(surfaces[k])] or keys
    best = max(
        full,
        key=lambda k: (
            len(_tokens(k)),
            sum(forms[k].values()),
            _accents(surfaces[k]),
            len(k),
            [-ord(c) for c in k],
        ),
    )
    return surfaces[best]


def _vote_kind(keys: list[str], kinds: Mapping[str, str]) -> str:
    """The kind most of the evidence points to; a gazetteer place or a long name weighs more."""
    weight: Counter[str] = Counter()
    for key in keys:
        weight[kinds[key]] += 10 if key in _PLACES else len(_tokens(key))
    return min(weight, key=lambda k: (-weight[k], k)) if weight else "organisation"


__all__ = [
    "COUNTRY_OF",
    "COUNTRY_OR_CAPITAL",
    "DEMONYMS",
    "KNOWN_ALIASES",
    "ORG_WORDS",
    "EntityIndex",
    "NameFacts",
    "NameTally",
    "Resolver",
    "acronym_pairs",
    "build_entities",
    "clean_name",
    "country_of",
    "fold",
    "guess_kind",
    "index_names",
    "index_tally",
    "initials",
    "is_acronym",
    "read_names",
    "strip_title",
    "tally_names",
]
