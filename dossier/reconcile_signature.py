"""What exactly a figure counts, within its kind: its signature.

Claims are blocked by kind, unit and signature.  A vote figure's signature
is its candidate, read from the grammar around the figure and resolved
through the entity index; a count's is its subject and what the counted
things did ("marched", "deployed"); an event date's is the event.

Each source's signatures are read from that source alone (``_raw_signatures``);
two steps then look at the whole corpus, both cheap: a figure tied to its
speaker only by a pronoun goes to the candidate other sources confirm
(``_confirm``), and near spellings of one subject share a signature
(``_settle``, over the distinct subjects of a kind and unit).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from types import MappingProxyType

from rapidfuzz import fuzz

from dossier.entities import Resolver
from dossier.model import Claim, Kind
from dossier.reconcile_features import _rel, _window
from dossier.reconcile_tables import (
    _EVENT_MIN,
    _SUBJECT_MIN,
    _SUBJECT_STOP,
    _WORD,
    CROWD_ACTIONS,
    CROWD_WORDS,
    SAME_THING,
    SIGNATURE,
    STANCE,
    _is_percent,
    _value,
    _words,
)

# Words between a counted noun and its verb: "were still trapped", "also called".
_AUXILIARY = _words(
    """was were is are be been being has have had remained remain remains still also
    reportedly allegedly already now then later just only all both who which that
    had've 've 're 's not never again yet"""
)
_FUNCTION = _words(
    """the a an of these those this that its their his her our your some other more than
    about around over nearly almost least at up to in on for with from by into onto as
    and or but per each every such"""
)
_REPORTING = _words(
    """said say says told tells according estimated estimates counted reported reports
    claimed claims announced stated added noted put puts gave gives confirmed"""
)
# Verbs news writers use for one action, folded to one word.
_SAME_ACTION: Mapping[str, str] = MappingProxyType(
    {
        **dict.fromkeys(
            ("march", "rally", "ralli", "demonstrat", "protest", "gather", "join", "attend"),
            "march",
        ),
        **dict.fromkeys(("strike", "strik", "walk", "walkout", "stopp"), "strike"),
        **dict.fromkeys(("deploy", "sent", "send", "station", "dispatch"), "deploy"),
        **dict.fromkeys(("trap", "stuck", "strand"), "trap"),
        **dict.fromkeys(("evacuat", "flee", "fled", "leave", "left"), "evacuate"),
        **dict.fromkeys(("rescu", "save", "saved", "freed", "free", "pull"), "rescue"),
        **dict.fromkeys(("vote", "back", "support", "approv"), "vote"),
        **dict.fromkeys(("escap", "brok", "broken"), "escape"),
        **dict.fromkeys(("held", "hold", "taken", "kept"), "hold"),
        **dict.fromkeys(("cut", "lost", "los", "lose", "shed", "axe", "slash"), "cut"),
        **dict.fromkeys(("convict", "guilty"), "convict"),
        **dict.fromkeys(("arriv", "land", "disembark", "ashore", "cross"), "arrive"),
    }
)


def _stem(word: str) -> str:
    """A crude English stem: "marched", "marches", "marching" -> "march"."""
    w = word.casefold().strip("’'-")
    for suffix in ("ing", "ed", "es", "s", "e"):
        if len(w) > len(suffix) + 2 and w.endswith(suffix):
            w = w[: -len(suffix)]
            break
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "ls":
        w = w[:-1]
    return _SAME_ACTION.get(w, w)


def _action(claim: Claim) -> str | None:
    """What the counted things did or had done to them, as one stemmed word.

    A figure in object position takes the content word before it in its
    clause, once the attribution is cut off ("breaking ties with seven
    states" -> "tie", "police said they deployed 2,000 troops" -> "deploy").
    A figure opening its clause takes the verb after its noun ("9,000 people
    marched", "120 miners were still trapped", "Nine states also called").
    ``None`` when neither is clear: such a count is grouped with nothing.
    """
    rel = _rel(claim)
    before = claim.sentence[:rel]
    cut = re.split(r"[,;:()—–]|\b(?:and|but|while|whereas)\b", before)[-1]
    tokens = [t.casefold() for t in _WORD.findall(cut)]
    for j in range(len(tokens) - 1, -1, -1):
        if tokens[j] in _REPORTING:
            tokens = tokens[j + 1 :]
            break
    content = [t for t in tokens if t not in _FUNCTION and t not in _AUXILIARY and t.isalpha()]
    if content:
        return _stem(content[-1])
    return _verb_after(claim, rel)


def _verb_after(claim: Claim, rel: int) -> str | None:
    """The first content word after the counted noun, past auxiliaries and adverbs."""
    after = claim.sentence[rel + len(claim.quote) :]
    words = [w.casefold() for w in after.split()[:8]]
    i = 0
    if not re.search(r"\d[\d,.]*\s+\w*[A-Za-z]", claim.quote):  # "17": the noun comes after
        subject_words = {w.casefold() for w in _WORD.findall(claim.subject or "")}
        while i < len(words) and i < 4 and words[i].strip(",.;:") in subject_words:
            i += 1
    saw_aux = False
    for word in words[i:]:
        bare = word.strip(',;:.)”"')
        if bare in _AUXILIARY:
            saw_aux = True
        elif saw_aux and bare in _FUNCTION:
            pass  # "were on strike", "were in custody"
        elif bare.isalpha() and bare not in _FUNCTION and bare not in _REPORTING:
            return _stem(bare)
        else:
            return None
        if re.search(r"[,;:.]$", word):
            return None
    return None


def _subject_key(subject: str | None) -> str:
    text = (subject or "").casefold()
    if text:
        text = _WALKOUT.sub(" strike ", text)
        text = _GUILTY.sub(" convicted ", text)
    words = [w for w in _WORD.findall(text) if w not in _SUBJECT_STOP]
    folded = [_subject_word(w) for w in words]
    # "crew members", "staff members": the members are the crew
    kept = [
        w for n, w in enumerate(folded) if not (w == "member" and n and words[n - 1] in SAME_THING)
    ]
    return " ".join(kept)


# "found guilty", "were found guilty": convicted.
_GUILTY = re.compile(r"\b(?:found|find|finds|finding)\s+guilty\b")
# Ways of saying people stopped work: "dockers stayed away", "staff walked out",
# "workers downed tools", "91% were out".
_WALKOUT = re.compile(
    r"\b(?:stay(?:ed|ing|s)?\s+away|walk(?:ed|ing|s)?\s+out|down(?:ed|ing|s)?\s+tools|"
    r"struck|(?:were|was|are|is)\s+out)\b"
)


def _subject_word(word: str) -> str:
    """A subject word in the form keys compare: plural "s" off, nouns of one thing
    folded ("sailors" and "crew", ``SAME_THING``), verbs of one action folded
    ("teachers walked out" and "teachers on strike" both say "strike")."""
    if word in SAME_THING:
        return SAME_THING[word]
    if word.endswith(("ed", "ing")) or word in _IRREGULAR_PAST:
        stem = _stem(word)
        if stem in _ACTIONS:
            return stem
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


_ACTIONS = frozenset(_SAME_ACTION.values()) - {"vote"}
# Past forms ``_stem`` folds that do not end in "-ed" ("sent", "fled"); nouns such
# as "stations" or "walkout" are never folded into a verb.
_IRREGULAR_PAST = _words("sent left fled stuck held taken kept lost cut shed broke broken")


# Verbs (as ``_stem`` gives them) that say a count was told, grew or is part of
# another, not what the counted things did: "have risen to 455", "has recorded
# 310", "including 950 in Velmora".
_NEUTRAL = _words(
    "record report count risen ros rise reach climb stand total totall register includ"
)


# Nouns for people that say nothing of who they are: what was done to them
# tells what is counted ("94 survivors were pulled" are the people rescued).
_ANYONE = _words("person survivor resident individual passenger")


# Past participles that do not end in "-ed" or "-en": "birds found dead", "oil brought ashore".
_PARTICIPLES = _words(
    """found brought held kept caught sent left fled stuck lost cut shed hit hurt put
    built sold paid made done run spent struck"""
)


def _tells_action(key: str) -> bool:
    """The subject says what was done to the things counted, after naming them:
    "oil spilled", "birds found dead", "homes destroyed".  A participle before the
    noun only describes it ("oiled birds", "confirmed cases")."""
    for word in key.split()[1:]:
        if word in _PARTICIPLES or (len(word) > 4 and word.endswith(("ed", "en"))):
            return True
    return False


# Nouns for whoever an action was done to, which add nothing beside it: "people
# rescued", "defendants convicted", "suspects convicted".
_WHOEVER = _ANYONE | _words("defendant accused suspect")


def _without_anyone(key: str) -> str:
    """``key`` less its nouns for anyone when it names an action ("defendant convict"
    -> "convict"); any other key as it is."""
    words = key.split()
    if len(words) < 2 or _ACTIONS.isdisjoint(words):
        return key
    return " ".join(w for w in words if w not in _WHOEVER) or key


def _is_crowd(key: str, action: str | None, claim: Claim) -> bool:
    """A count of one day's crowd: "marchers", "people took to the streets",
    "Thursday's crowd at 150,000 people", "9,000 people marched"."""
    words = set(key.split())
    if words and words <= CROWD_WORDS and words != {"street"}:
        return True
    if not words <= {"person", "protester", "demonstrator"}:
        return False
    return action in CROWD_ACTIONS or " crowd " in _window(claim)


# Verbs (as ``_action`` stems them) that make a party's seats a change, not a total:
# "lost 12 seats", "gained 5 seats".
_SEAT_CHANGE = _words("cut lost los gain pick add drop shed increas decreas")


def _stance(claim: Claim) -> str | None:
    """What one side wants or offers, read just before the figure ("demanding an 8%")."""
    rel = _rel(claim)
    before = re.split(r"[,;:()—–]|\b(?:but|while|whereas)\b", claim.sentence[:rel])[-1]
    for word in reversed([w.casefold() for w in _WORD.findall(before)][-6:]):
        if word in STANCE:
            return STANCE[word]
    return None


def _party(claim: Claim, index: Resolver) -> str | None:
    """The party a count of seats belongs to: the body named nearest before the
    figure in its sentence ("the Green Union's tally rose to 55 seats"), else after."""
    rel = _rel(claim)
    speaker = index.resolve(claim.attributed_to) if claim.attributed_to else None
    best: tuple[int, str] | None = None
    for name in claim.context_names:
        at = claim.sentence.find(name)
        entity = index.resolve(name)
        if at < 0 or entity is None or entity.kind == "place":
            continue  # a party's name may read as a person's: "National Bloc"
        if speaker is not None and entity.id == speaker.id:
            continue
        end = at + len(name)
        distance = rel - end if end <= rel else 10_000 + at - rel
        if best is None or (distance, entity.id) < best:
            best = (distance, entity.id)
    return best[1] if best else None


_NAME = r"[A-ZÀ-Ý][\w’'-]+(?:\s+(?:de\s+|del\s+|da\s+|dos\s+)?[A-ZÀ-Ý][\w’'-]+){0,3}"
_PRONOUN = r"\b(?:[Ss]he|[Hh]e|[Tt]hey|[Ww]e|I)"
_GAIN = (
    r"(?:won|wins|secured|secures|received|receives|took|takes|got|gets|obtained|garnered|"
    r"polled|captured|gained|earned|had|has|with|on)"
)
_HEDGE = r"(?:more than|over|about|nearly|almost|around|some|just|only|at least|roughly|barely)"
# "for González", "going to Ruto" right after the figure.
_FOR_NAME = re.compile(
    r"^[\s”\"]*(?:of\s+the\s+(?:vote|votes|ballots)\s+)?(?:for|to|going to|won by)\s+"
    rf"(?:the\s+)?({_NAME})"
)
# "Ruto won", "González had secured", "she received" right before the figure.
_NAME_WON = re.compile(
    rf"({_NAME}|{_PRONOUN})(?:’s|'s)?\s+(?:(?:had|has|have|was|is|reportedly|also|only)\s+)*"
    rf"{_GAIN}\s+(?:{_HEDGE}\s+)?[“\"]?$"
)
# "Maduro's 51.2%" right before the figure.
_POSSESSIVE = re.compile(rf"({_NAME})(?:’s|'s)\s+(?:{_HEDGE}\s+)?[“\"]?$")
_VOTE_WORDS = re.compile(r"\b(?:votes?|ballots?|voters?)\b", re.IGNORECASE)
# Turnout and counting progress, in the sentence or the subject the extractor gave
# ("46.2 percent of voters cast a ballot", subject "turnout").
_NOT_A_SHARE = re.compile(
    r"\b(?:turnout|participation|abstention|counted|precincts|turned out|went to the polls)\b",
    re.I,
)


@dataclass(frozen=True, slots=True)
class _Pick:
    """Whose vote figure this is, and how sure the sentence makes it."""

    key: str | None  # entity id or "option:<words>"
    weak: bool  # inferred from a pronoun standing for the speaker
    position: int = -1  # where in the sentence the candidate is named


def _name_key(name: str, index: Resolver) -> str | None:
    entity = index.resolve(name)
    if entity is not None:
        return entity.id if entity.kind != "place" or " " in name else None
    key = _subject_key(name)
    if not key:
        return None
    sides = {_SIDE[w] for w in key.split() if w in _SIDE}
    return f"option:{sides.pop()}" if len(sides) == 1 else f"option:{key}"


# The side a vote was cast for in a motion, however the sentence words it:
# "11 in favour", "Eleven councillors backed the plan".  Referendum options
# ("Yes", "No") keep their own names.
_SIDE: Mapping[str, str] = MappingProxyType(
    {
        **dict.fromkeys(("favour", "favor", "backed", "supported", "approved"), "for"),
        **dict.fromkeys(("against", "opposed", "rejected"), "against"),
        **dict.fromkeys(("abstention", "abstained", "abstaining"), "abstention"),
    }
)


def _explicit_pick(claim: Claim, index: Resolver) -> _Pick | None:
    """The candidate the sentence ties to the figure by its grammar, if any."""
    rel = _rel(claim)
    before, after = claim.sentence[:rel], claim.sentence[rel + len(claim.quote) :]
    if m := _FOR_NAME.match(after):
        key = _name_key(m.group(1), index)
        if key:
            return _Pick(key, False, rel + len(claim.quote) + m.start(1))
    for pattern in (_NAME_WON, _POSSESSIVE):
        m = pattern.search(before)
        if not m:
            continue
        name = m.group(1)
        if re.fullmatch(_PRONOUN, name):
            speaker = index.resolve(claim.attributed_to) if claim.attributed_to else None
            if speaker is not None and speaker.kind == "person":
                return _Pick(speaker.id, True, m.start(1))
            continue
        key = _name_key(name, index)
        if key:
            return _Pick(key, False, m.start(1))
    return None


def _picks(votes: list[Claim], index: Resolver) -> dict[str, _Pick | None]:
    """Whose each vote figure of one source is, read from its sentence (``votes`` by id).

    In order: the grammar around the figure ("44.2% for X", "X won 51%",
    "X's 51%", "she received 73%" with the speaker as "she"); the claim's
    subject; else the person named nearest the figure that no other figure of
    the same sentence has taken.
    """
    by_sentence: dict[tuple[str, int, str], list[Claim]] = defaultdict(list)
    for claim in votes:
        by_sentence[(claim.source_id, claim.sentence_span.start, claim.sentence)].append(claim)
    picks: dict[str, _Pick | None] = {}
    for members in by_sentence.values():
        members.sort(key=_rel)
        for claim in members:
            picks[claim.id] = _explicit_pick(claim, index)
        taken = {p.key for c in members if (p := picks[c.id]) and not p.weak}
        for claim in members:
            if picks[claim.id] is not None:
                continue
            key = _name_key(claim.subject, index) if claim.subject else None
            if key and _subject_key(claim.subject) not in ("vote", "votes", "ballot"):
                picks[claim.id] = _Pick(key, False)
                continue
            picks[claim.id] = _nearest_person(claim, index, taken)
    return picks


@dataclass(frozen=True, slots=True)
class _Raw:
    """The signatures one source's claims read, before the corpus settles them.

    ``raw`` maps each claim id to its signature as read; ``weak`` the vote
    figures tied to their speaker only through a pronoun, with the entities
    named near them; ``confirmed`` the candidates its sentences name outright.
    """

    raw: Mapping[str, str]
    weak: Mapping[str, tuple[str, tuple[str, ...]]]
    confirmed: frozenset[str]


def _raw_signatures(claims: list[Claim], index: Resolver) -> _Raw:
    """What each of one source's claims (sorted by id) counts, as read from it alone."""
    picks = _picks([c for c in claims if SIGNATURE.get(c.kind) == "candidate"], index)
    raw: dict[str, str] = {}
    weak: dict[str, tuple[str, tuple[str, ...]]] = {}
    for claim in claims:
        how = SIGNATURE.get(claim.kind)
        if how == "candidate":
            pick = picks[claim.id]
            if pick is not None and pick.weak and pick.key is not None:
                near = (e.id for n in claim.context_names if (e := index.resolve(n)) is not None)
                weak[claim.id] = (pick.key, tuple(near))
            raw[claim.id] = (pick.key if pick else None) or (
                "unnamed:" + _value(claim.value, claim.unit)
            )
        elif how:
            raw[claim.id] = _subject_signature(claim, how, index)
        else:
            raw[claim.id] = _other_measure(claim)
    confirmed = frozenset(p.key for p in picks.values() if p is not None and not p.weak)
    return _Raw(raw=raw, weak=weak, confirmed=confirmed)


# Words that make a toll another measure than the people counted: "1,450 excess
# deaths" (an estimate against a usual year), "indirect deaths".
_OTHER_MEASURE = _words("excess indirect")


def _other_measure(claim: Claim) -> str:
    """The signature of a toll: "measure:excess" for an excess-deaths estimate and
    the like, read from the figure's own words and its subject; else none."""
    after = claim.sentence[_rel(claim) + len(claim.quote) :].split()[:2]
    words = _WORD.findall(" ".join([claim.quote, *after, claim.subject or ""]).casefold())
    found = sorted(_OTHER_MEASURE.intersection(words))
    return f"measure:{found[0]}" if found else ""


def _subject_signature(claim: Claim, how: str, index: Resolver) -> str:
    """The signature of a count, percentage, sum or event date, read from its claim."""
    key = _subject_key(claim.event if how == "event" else claim.subject)
    if not key and claim.kind is Kind.COUNT and claim.subject:
        key = _subject_key(re.sub(r"\b(?:people|persons)\b", "person", claim.subject))
    if not key:
        return f"claim:{claim.id}"
    if claim.kind is Kind.COUNT:
        action = _action(claim)
        if _is_crowd(key, action, claim):
            return f"{how}:crowd"
        if key == "seat" and (party := _party(claim, index)):
            return f"seats:{party} ~change" if action in _SEAT_CHANGE else f"seats:{party}"
        if key in _ANYONE and action in _ACTIONS:
            key = action  # "pulled 94 survivors", "rescued 94 people": those rescued
        key = _without_anyone(key)
        if key in _ACTIONS:
            return f"{how}:{key}"  # "convicted", "rescued": whichever verb tells it
        said = action is None or action in _NEUTRAL or not _ACTIONS.isdisjoint(key.split())
        if " " in key and (said or _tells_action(key)):
            # "310 confirmed cases", "miners rescued", "oil spilled": the subject says
            # what was done, whichever verb the sentence uses ("brought 13 miners out")
            return f"{how}:{key}"
        return f"{how}:{key} ~{action}" if action else f"claim:{claim.id}"
    stance = _stance(claim) if claim.kind is not Kind.EVENT_DATE else None
    return f"{how}:{key} ^{stance}" if stance else f"{how}:{key}"


def _confirm(key: str, near: tuple[str, ...], confirmed: frozenset[str] | set[str]) -> str:
    """The candidate of a figure tied to its speaker only through a pronoun.

    "Machado claimed she received 73%": when the corpus never names the
    speaker as a candidate, the figure goes to the one candidate named near
    it whom other figures confirm: campaigners speak for their candidate.
    """
    if key in confirmed:
        return key
    candidates = {e for e in near if e in confirmed}
    return candidates.pop() if len(candidates) == 1 else key


def _settle(kind: Kind, keys: Iterable[str]) -> dict[str, str]:
    """Subject or event keys of one kind and unit -> the signature each shares.

    Near spellings of one subject share a signature: distinct keys are taken
    in alphabetical order and each joins the first earlier one it matches,
    so the result does not depend on claim order.
    """
    ordered = sorted(keys)
    base_of = _qualified(ordered)
    reps: list[str] = []
    chosen = {key: _nearest(key, reps, kind) for key in ordered if key not in base_of}
    return chosen | {key: chosen[_root(key, base_of)] for key in base_of}


def _root(key: str, base_of: Mapping[str, str]) -> str:
    """The shortest key ``key`` extends, one qualifier at a time."""
    while key in base_of:
        key = base_of[key]
    return key


# A read signature as prefix, subject words and what follows them (" ~action", " ^stance").
_SIGNATURE_PARTS = re.compile(r"^(\w+:)([^~^]*?)((?: [~^].*)?)$")


def _qualified(keys: list[str]) -> dict[str, str]:
    """Keys that add one qualifying word to another key -> that key.

    "suspected cholera case" and "cholera case", "key interest rate" and "key
    rate" name one measure.  The shorter key needs two words or more ("case"
    says too little), and only a key it is the sole one-word extension of joins
    it: with "suspected cholera case" and "confirmed cholera case" both beside
    "cholera case", the qualifier tells the two apart and neither joins.
    """
    by_words: dict[tuple[frozenset[str], str, str], str] = {}
    parsed: list[tuple[str, frozenset[str], str, str]] = []
    for key in keys:
        if m := _SIGNATURE_PARTS.match(key):
            words = frozenset(m.group(2).split())
            by_words.setdefault((words, m.group(1), m.group(3)), key)
            parsed.append((key, words, m.group(1), m.group(3)))
    longer: dict[str, list[str]] = defaultdict(list)
    for key, words, head, tail in parsed:
        if len(words) < 3:
            continue
        for word in sorted(words):
            base = by_words.get((words - {word}, head, tail))
            if base is not None and base != key:
                longer[base].append(key)
    return {keys[0]: base for base, keys in longer.items() if len(keys) == 1}


def _settles(raw: str) -> bool:
    """True for read signatures that near spellings merge (``_settle``)."""
    return raw.startswith(("subject:", "event:"))


# Words that name the rival of the one a figure belongs to, right before the rival.
_RIVAL = re.compile(
    r"\b(?:ahead of|behind|against|beating|defeating|trailing|over)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _nearest_person(claim: Claim, index: Resolver, taken: set[str | None]) -> _Pick | None:
    """The person named nearest the figure in its sentence, not the speaker, not taken,
    and not a rival named after it ("ahead of", "against")."""
    rel = _rel(claim)
    speaker = index.resolve(claim.attributed_to) if claim.attributed_to else None
    best: tuple[int, str, _Pick] | None = None
    for name in claim.context_names:
        at = claim.sentence.find(name)
        entity = index.resolve(name)
        if at < 0 or entity is None or entity.kind != "person":
            continue
        if entity.id in taken or (speaker is not None and entity.id == speaker.id):
            continue
        if at > rel and _RIVAL.search(claim.sentence[:at]):
            continue  # "with 38.2%, ahead of Vasko": the figure is not the rival's
        distance = abs(at - rel)
        if best is None or (distance, entity.id) < best[:2]:
            best = (distance, entity.id, _Pick(entity.id, False, at))
    return best[2] if best else None


def _as_vote_share(claim: Claim) -> Claim:
    """A percentage of the vote is a vote share, whichever kind the extractor gave.

    The claim keeps its id; only the kind (and the spelling of the unit) the
    reconciler groups on change.  Turnout and counting progress stay percentages.
    """
    unit = "%" if _is_percent(claim.unit) else claim.unit
    if claim.kind is Kind.COUNT and _counts_missing(claim):
        return replace(claim, kind=Kind.DISAPPEARANCES)
    if claim.kind is Kind.PERCENT and unit == "%":
        window = _window(claim)
        said = f"{claim.sentence} {claim.subject or ''}"
        if _VOTE_WORDS.search(window) and not _NOT_A_SHARE.search(said):
            return replace(claim, kind=Kind.VOTE_SHARE, unit=unit)
    if claim.kind in (Kind.VOTE_SHARE, Kind.PERCENT) and unit != claim.unit:
        return replace(claim, unit=unit)
    return claim


_MISSING_SUBJECT = _words("missing unaccounted still person")


def _counts_missing(claim: Claim) -> bool:
    """A count of people missing ("30 people remain unaccounted for") is a disappearance
    figure, as the extractor gives "30 missing"."""
    subject = (claim.subject or "").casefold()
    if "missing" not in subject and "unaccounted" not in subject:
        return False
    words = set(_subject_key(subject).split())
    said = words & {"missing", "unaccounted"}
    return claim.unit == "people" and bool(said) and words <= _MISSING_SUBJECT


def _nearest(key: str, reps: list[str], kind: Kind) -> str:
    threshold = _EVENT_MIN if kind is Kind.EVENT_DATE else _SUBJECT_MIN
    stance = key.partition(" ^")[2]
    for rep in reps:
        if rep.partition(" ^")[2] != stance:
            continue  # a demand never settles into an offer
        if _near(key, rep, threshold):
            return rep
    reps.append(key)
    return key


def _near(key: str, rep: str, threshold: float) -> bool:
    """Two read signatures near enough in spelling to count one thing.

    The subject words are compared without the "subject:" prefix, which glued
    to the first word makes "inmate escape" and "inmate recaptured" look alike.
    A subject of two words or more says what is counted, whatever verb the
    sentence used ("prison year ~jail", "prison year ~sentence"); a one-word
    subject ("person", "case") is told apart by its verb, unless only one of
    the two has one.
    """
    a, b = _SIGNATURE_PARTS.match(key), _SIGNATURE_PARTS.match(rep)
    if a is None or b is None:
        return fuzz.token_sort_ratio(key, rep) >= threshold
    if a.group(1) != b.group(1):
        return False
    words, rep_words = a.group(2).strip(), b.group(2).strip()
    if fuzz.token_sort_ratio(words, rep_words) < threshold:
        return False
    action, rep_action = _verb_of(a.group(3)), _verb_of(b.group(3))
    return " " in words or action == rep_action or not (action and rep_action)


def _verb_of(tail: str) -> str:
    """The " ~action" of a read signature's tail, without its stance."""
    return tail.partition(" ^")[0].strip()
