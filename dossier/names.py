"""Which capitalised words in an article are names of people, bodies and places.

English capitalises the first word of every sentence, so "Days after the
vote", "Exact death tolls" and "Demonstrators filled the streets" begin with
capitals that are not names.  A capitalised word that opens a sentence is
taken as a name only when the article gives evidence for it: the word is
also written with a capital inside a sentence ("... said Antonio Ledezma"
makes "Ledezma was arrested" a name) and never in lower case.  Small tables
cover what evidence cannot: weekdays and months, titles and honorifics
("President", "Senior Director at"), regional adjectives ("Latin American"),
and words that name no one ("GDP", "Rome Statute").

Runs of capitals are also cut where two names were written back to back
("Amnesty International Erika Guevara-Rosas" is a body and a person), and
compound adjectives keep only their name ("Maduro-friendly" -> "Maduro").
Everything here is a pure function of its text arguments.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache


def _words(text: str) -> frozenset[str]:
    """A word table written as one whitespace-separated string."""
    return frozenset(text.split())


WEEKDAYS = _words("monday tuesday wednesday thursday friday saturday sunday")
MONTHS = _words(
    "january february march april may june july august september october november december"
    " jan feb mar apr jun jul aug sep sept oct nov dec"
)
# Words that open sentences in news prose and are never names on their own.
COMMON_INITIAL = _words(
    """the a an in on at it he she they we i this that these those but and or as after
    before since while when if for of to by with from during once despite amid amidst
    meanwhile earlier later both most some many several there its his her their our my
    your according subsequently precisely even watch via continue all no yes what who
    where how why about over more less each every among however although though because
    so then now today yesterday tomorrow last next also just only until unless instead
    former new
    still yet overall officials authorities police protesters demonstrators residents
    witnesses supporters critics analysts experts rescuers survivors families relatives
    days weeks months years hours nearly almost roughly around about up down here
    one two three four five six seven eight nine ten eleven twelve dozens hundreds
    thousands millions tens scores half exact official local regional nationwide
    separately elsewhere further furthermore moreover besides again already thus
    hence following without within under other such another any much few little"""
)
# Titles and offices written before a person's name (plurals too: "Presidents X and Y").
TITLES = _words(
    """mr mrs ms miss dr sir dame president presidents minister ministers secretary
    secretaries general attorney prosecutor senator senators governor governors mayor
    mayors judge judges colonel col gen lieutenant lt captain capt sergeant chief leader
    leaders undersecretary spokesperson spokesman spokeswoman ambassador ambassadors pope
    king queen prince princess sheikh senor senora don dona deputy lawmaker lawmakers
    candidate candidates commissioner director directors representative rep sen gov
    chairman chairwoman chair head commander inspector superintendent sheriff officer
    archbishop bishop father rabbi imam professor prof ceo founder activist lawyer premier
    chancellor coordinator adviser advisor envoy rapporteur"""
)
# Words that qualify a title ("Senior Director", "Foreign Minister", "Vice President").
TITLE_MODIFIERS = _words(
    """vice prime former opposition executive senior foreign interior defence defense
    finance health justice associate assistant acting regional national special chief
    general deputy u.s. us at of the for and"""
)
# Adjectives of regions that are not a single country ("Latin American countries").
REGION_ADJECTIVES = _words(
    """latin american americans european europeans african africans asian asians arab arabs
    western eastern northern southern central middle caribbean andean hispanic nordic
    balkan gulf pacific atlantic mediterranean sub-saharan north south east west"""
)
# Heads of names of documents, laws and events: not people, bodies or places.
NOT_ENTITY_HEADS = _words(
    """statute statutes treaty treaties convention conventions act acts charter accord
    accords agreement constitution protocol declaration resolution amendment law laws
    decree code doctrine plan day week"""
)
# Acronyms of things rather than bodies.
GENERIC_ACRONYMS = _words("gdp gnp ceo ngo ngos tv id hiv aids dna pdf covid sms gps am pm")
# Words that end an organisation's name; a person's name written right after
# one is a second name ("Amnesty International Erika Guevara-Rosas").
ORG_ENDINGS = _words(
    """court council organization organisation office party ministry department assembly
    institute commission committee union agency bureau foundation federation association
    center centre tribunal board authority service forces police army navy government
    parliament congress senate network university bank company corporation group coalition
    alliance movement front league society watch international observatory command guard
    administration secretariat penal"""
)
LINK_WORDS = _words("of the and for on in to with from at de del la los las y van von der di da")

_CAP = r"(?:[A-Z]\.){2,}|[A-ZÀ-ÖØ-Þ][\w’'\-]*"
NAME_RUN = re.compile(
    rf"(?:{_CAP})(?: +(?:(?:de|da|del|la|los|van|von|der|di|of|the|y) +){{0,2}}(?:{_CAP}))*"
)
_ACRONYM_AFTER = re.compile(r"\s*\(([A-Z][A-Z.&]{1,7})\)")
_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ][\w’'\-]*")
# What may stand between the start of a sentence and its first word.
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?:;\n—–“‘])[\s“\"‘'(\[]*$")
_POSSESSIVE = re.compile(r"[’']s$")
_MADE_OF_SENTENCES = re.compile(r"[.!?][”\"]?(?:\s|$)")
_INITIALS_END = re.compile(r"(?:[A-Z]\.){2,}$")
_WEEKDAYS_AND_MONTHS = WEEKDAYS | MONTHS
_NOT_LEADING = COMMON_INITIAL | LINK_WORDS  # words a name never starts with


@dataclass(frozen=True, slots=True)
class NameEvidence:
    """How the article writes its words: in lower case, or capitalised inside sentences."""

    lowercase: frozenset[str] = frozenset()
    capitalised_inside: frozenset[str] = frozenset()


def name_evidence(text: str) -> NameEvidence:
    """Collect, for every word of ``text``, whether it is written lower-case or capitalised
    away from the start of a sentence.  Parts of hyphenated words count on their own."""
    lower: set[str] = set()
    inside: set[str] = set()
    # Tokens that can add nothing more: a word's evidence depends on where it
    # stands only until it has been seen capitalised inside a sentence once.
    done: set[str] = set()
    prose = "\n".join(line for line in text.splitlines() if not is_title_case(line))
    for m in _WORD.finditer(prose):
        token = m.group(0)
        if token in done:
            continue
        word = _bare(token)
        if "-" not in word:
            if word[:1].islower():
                lower.add(word.casefold())
            elif word[:1].isupper():
                if _opens_sentence(prose, m.start()):
                    continue
                inside.add(word.casefold())
            done.add(token)
            continue
        parts = [word, *word.split("-")]
        if word[:1].islower():
            lower.update(p.casefold() for p in parts if p[:1].islower())
        elif _opens_sentence(prose, m.start()):
            continue
        else:
            inside.update(p.casefold() for p in parts if p[:1].isupper())
        done.add(token)
    return NameEvidence(frozenset(lower), frozenset(inside))


def is_title_case(line: str) -> bool:
    """True for a headline written in title case ("Ledezma Formally Requests Asylum")."""
    if len(line.split()) > 20 or _MADE_OF_SENTENCES.search(line.strip()):
        return False  # prose: long, or made of sentences
    words = [w for w in _WORD.findall(line) if len(w) > 3 and w.casefold() not in LINK_WORDS]
    if len(words) < 4:
        return False
    return sum(1 for w in words if w[:1].isupper()) * 4 >= len(words) * 3


def _segments(tokens: list[str]) -> list[list[str]]:
    """Cut a run at weekdays and months and after a possessive ("Venezuela's CNE")."""
    out: list[list[str]] = [[]]
    for k, token in enumerate(tokens):
        key = _key(token)
        if key in _WEEKDAYS_AND_MONTHS:
            out.append([])
            continue
        out[-1].append(token)
        if token.endswith(("’s", "'s")):
            nxt = _key(tokens[k + 1]) if k + 1 < len(tokens) else ""
            if nxt and nxt not in ORG_ENDINGS:
                out.append([])
    return [seg for seg in out if seg]


def _bare(token: str) -> str:
    """The word without a possessive "'s" and edge punctuation (tokens hold no newline)."""
    if token.endswith(("’s", "'s")):
        token = token[:-2]
    return token.strip("’'-.")


@lru_cache(maxsize=8192)
def _key(token: str) -> str:
    """The word as the tables spell it."""
    return _bare(token).casefold()


def _opens_sentence(text: str, start: int) -> bool:
    return bool(_SENTENCE_OPENING.search(text[max(0, start - 12) : start]))


def is_common_opening(word: str, evidence: NameEvidence | None, *, alone: bool) -> bool:
    """True when ``word``, found at the start of a sentence, is an ordinary word.

    The tables decide first.  A word that makes up the whole capitalised run
    ("Demonstrators filled ...") is then a name only when the article also
    capitalises it inside a sentence; the first word of a longer run
    ("Foro Penal, a rights group, ...") keeps its benefit of the doubt.
    """
    key = _key(word)
    if key in COMMON_INITIAL or key in _WEEKDAYS_AND_MONTHS:
        return True
    if evidence is None or not alone:
        return False
    return key not in evidence.capitalised_inside


def _split_after_organisation(tokens: list[str]) -> list[list[str]]:
    """Cut "Amnesty International Erika Guevara-Rosas" after the organisation's last word."""
    for i in range(len(tokens) - 2, 0, -1):
        rest = tokens[i + 1 :]
        if _key(tokens[i]) not in ORG_ENDINGS or len(rest) < 2:
            continue
        keys = [_key(t) for t in rest]
        if any(k in ORG_ENDINGS or k in LINK_WORDS or k in NOT_ENTITY_HEADS for k in keys):
            continue
        return [tokens[: i + 1], rest]
    return [tokens]


def _strip_titles(tokens: list[str]) -> list[list[str]]:
    """Drop the titles around a person's name.

    "Colombian President Gustavo Petro" -> "Gustavo Petro"; a run of titles
    alone ("Senior Director") is no name; a body before a trailing title keeps
    its name ("OAS Secretary General" -> "OAS"), and a body or country before
    the title is a name of its own ("OAS Secretary General Luis Almagro" ->
    "OAS", "Luis Almagro").  Runs naming an office ("National Electoral
    Council", "Office of the Prosecutor") stay whole.
    """
    keys = [_key(t).rstrip(".") for t in tokens]
    lead = 0
    while lead < len(keys) and (keys[lead] in TITLES or keys[lead] in TITLE_MODIFIERS):
        lead += 1
    if 0 < lead < len(keys) and keys[lead - 1] in LINK_WORDS and keys[0] in TITLES:
        return [tokens[lead:]]  # "Secretary General of the OAS" -> "OAS"
    if any(k in ORG_ENDINGS for k in keys):
        return [tokens]
    titles = [i for i, k in enumerate(keys) if k in TITLES]
    if not titles:
        return [tokens]
    first, last = titles[0], titles[-1]
    head = first
    while head and keys[head - 1] in TITLE_MODIFIERS:
        head -= 1
    if last == len(tokens) - 1:
        return [tokens[:head]]  # "OAS Secretary General" -> "OAS"
    if head <= 1:
        return [tokens[:head], tokens[last + 1 :]]  # "U.S. Undersecretary Nichols"
    return [tokens]


def _clean_run(tokens: list[str]) -> list[str]:
    while tokens and _key(tokens[0]) in _NOT_LEADING:
        tokens = tokens[1:]
    while tokens and _key(tokens[-1]) in LINK_WORDS:
        tokens = tokens[:-1]
    return tokens


def _is_entity(tokens: list[str]) -> bool:
    keys = [_key(t) for t in tokens]
    if not keys or len(" ".join(tokens)) < 2:
        return False
    if all(k in REGION_ADJECTIVES or k in LINK_WORDS for k in keys):
        return False
    if keys[-1] in NOT_ENTITY_HEADS or (len(keys) == 1 and keys[0] in GENERIC_ACRONYMS):
        return False
    if all(k in TITLES or k in TITLE_MODIFIERS for k in keys):
        return False
    if len(keys) == 1 and keys[0] in _WEEKDAYS_AND_MONTHS:
        return False
    return not all(k in COMMON_INITIAL for k in keys)


def find_names(text: str, evidence: NameEvidence | None = None) -> tuple[str, ...]:
    """Names of people, bodies and places written in ``text``, in order, each once.

    ``evidence`` comes from the whole article (``name_evidence``); without it,
    only the tables decide whether a sentence's first word is a name.
    """
    out: list[str] = []
    for line in text.splitlines():
        out.extend(_line_names(line, evidence))
    return tuple(dict.fromkeys(out))


# An article's lines are read twice (its name index, then each claim's paragraph):
# the names of a line depend on nothing but the line and the article's evidence.
@lru_cache(maxsize=4096)
def _line_names(text: str, evidence: NameEvidence | None) -> tuple[str, ...]:
    out: list[str] = []
    headline = is_title_case(text)
    for m in NAME_RUN.finditer(text):
        run = m.group(0).rstrip(",’'”")
        if run.endswith(".") and not _INITIALS_END.search(run):
            run = run[:-1]
        tokens = run.split()
        if _opens_sentence(text, m.start()) and is_common_opening(
            tokens[0], evidence, alone=len(tokens) == 1
        ):
            tokens = tokens[1:]
        if not tokens:
            continue  # an ordinary word opening the sentence ("The", "But") and nothing else
        for k, token in enumerate(tokens):
            # A compound adjective ends the run and keeps only its name part.
            parts = token.split("-")
            if len(parts) > 1 and parts[-1][:1].islower() and parts[0][:1].isupper():
                tokens = [*tokens[:k], parts[0]]
                break
        if headline and evidence is not None:
            # Headlines capitalise every word: keep the words prose capitalises too.
            tokens = [t if _key(t) in evidence.capitalised_inside else "|" for t in tokens]
            pieces = [p.split() for p in " ".join(tokens).split("|")]
        else:
            pieces = _segments(tokens)
        found: list[str] = []
        for segment in pieces:
            for part in _split_after_organisation(_clean_run(segment)):
                for piece in _strip_titles(_clean_run(part)):
                    piece = _clean_run(piece)
                    if _is_entity(piece):
                        found.append(_POSSESSIVE.sub("", " ".join(piece)))
        acronym = _ACRONYM_AFTER.match(text, m.end())
        if found and acronym and not found[-1].isupper():
            found[-1] += f" ({acronym.group(1)})"  # "Long Form (LF)" links both forms
        out.extend(found)
    return tuple(out)
