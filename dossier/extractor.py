"""Claims from one source: every figure a researcher would record, with its citation.

``extract_claims`` walks the article's paragraphs sentence by sentence, reads
the figures in each (``numbers``), and runs an ordered table of named rules
(``rules_people``, ``rules_votes``, ``rules_counts``, ``rules_events``) that
decide what a figure counts (``kinds``).  The first rule to accept a figure
wins; a later rule reading the same figure with its noun only widens the
quote.  Figures no rule accepts are dropped, because a wrong figure on the
page costs more than a missing one.  Each accepted figure then gets its
attribution (``attribution``) and as-of date (``dates``), read within its
section: a heading starts a new story.  A last pass dates figures by the
event their sentence ties them to, where the article dates it elsewhere
("the crush that killed 21 people", "since the cyclone made landfall").

The function is pure: no I/O, no global mutable state, and the result
depends only on the ``Source`` record, so it can be cached on the source's
content hash and ``EXTRACTOR_VERSION`` and run in parallel.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date

from dossier import attribution as attr
from dossier.dates import (
    DateMention,
    ballot_day,
    choose_as_of,
    dateline_date,
    event_dates,
    event_day_of,
    find_dates,
    heading_day,
    infer_reference,
    measured_since,
    mentioned_years,
    narrated_in_the_past,
    opening_day,
    statement_day,
    story_anchor,
    story_period,
    tells_the_events_dead,
)
from dossier.ids import claim_id, normalise_for_id
from dossier.kinds import VOTE_EVENT_WORDS
from dossier.model import AsOf, AsOfBasis, Block, BlockRole, Claim, DateRange, Kind, Source, Span
from dossier.names import NameEvidence, name_evidence
from dossier.numbers import find_quantities
from dossier.rules import PEOPLE_KINDS, Found, Rule, Sentence
from dossier.rules_counts import (
    rule_count_unit,
    rule_counted_noun,
    rule_money,
    rule_partitive,
    rule_percent,
    rule_size,
)
from dossier.rules_events import rule_event_date
from dossier.rules_people import (
    rule_among_the,
    rule_crowd,
    rule_kind_before,
    rule_kind_noun_after,
    rule_ordinal_victim,
    rule_people_count,
    rule_sheltered,
    rule_subject_then_verb,
    rule_toll,
    rule_with_injuries,
)
from dossier.rules_refer import refer_back
from dossier.rules_votes import (
    rule_split_vote,
    rule_vote_margin,
    rule_vote_score,
    rule_vote_share,
    rule_vote_tally,
    rule_votes_of_required,
)
from dossier.sentences import split_sentences

EXTRACTOR_VERSION = "15"

__all__ = ["EXTRACTOR_VERSION", "PEOPLE_KINDS", "RULES", "Found", "Sentence", "extract_claims"]

RULES: tuple[tuple[str, Rule], ...] = (
    ("event_date", rule_event_date),
    ("ordinal_victim", rule_ordinal_victim),
    ("among_the", rule_among_the),
    ("with_injuries", rule_with_injuries),
    ("votes_of_required", rule_votes_of_required),
    ("vote_score", rule_vote_score),
    ("split_vote", rule_split_vote),
    ("vote_share", rule_vote_share),
    ("vote_tally", rule_vote_tally),
    ("vote_margin", rule_vote_margin),
    ("money", rule_money),
    ("partitive", rule_partitive),
    ("subject_then_verb", rule_subject_then_verb),
    ("kind_noun_after", rule_kind_noun_after),
    ("toll", rule_toll),
    ("kind_before", rule_kind_before),
    ("sheltered", rule_sheltered),
    ("count_unit", rule_count_unit),
    ("crowd", rule_crowd),
    ("people_count", rule_people_count),
    ("counted_noun", rule_counted_noun),
    ("size", rule_size),
    ("percent", rule_percent),
)
# Rules that read nothing but the sentence's figures: each one's body is a loop over
# ``s.quantities`` (after an early return or a plain assignment at most), so a sentence
# with no figure gets nothing from them.  A rule that reads the text on its own (dates,
# ordinals, scores, named lists) is not here and runs on every sentence.
_FIGURES_ONLY = frozenset(
    {
        "with_injuries", "votes_of_required", "split_vote", "vote_share", "vote_tally",
        "vote_margin", "money", "partitive", "subject_then_verb", "toll", "kind_before",
        "sheltered", "count_unit", "crowd", "people_count", "size", "percent",
    }
)  # fmt: skip
_RULES_WITHOUT_FIGURES = tuple((name, rule) for name, rule in RULES if name not in _FIGURES_ONLY)


def _accept(sentence: Sentence, previous: Found | None = None) -> list[Found]:
    """The figures the rules accept, then those that refer back to one (``refer_back``).

    The first rule to read a figure decides what it counts; a later rule
    that reads the same figure with the noun it counts ("17" / "17 dead",
    "14" / "14 striking dockworkers") widens the quote to that noun.
    """
    accepted: list[Found] = []
    for _name, rule in RULES if sentence.quantities else _RULES_WITHOUT_FIGURES:
        for found in rule(sentence):
            k = next(
                (i for i, a in enumerate(accepted) if found.start < a.end and a.start < found.end),
                None,
            )
            if k is None:
                accepted.append(found)
            else:
                accepted[k] = _widened(sentence.text, accepted[k], found)
    accepted.sort(key=lambda f: (f.start, f.end))
    return refer_back(sentence, accepted, previous)


_NOT_IN_A_NOUN_PHRASE = frozenset(',;:()“”"—–')
# Words a counted noun's modifiers never include: "2,000 people across three
# provinces" counts people, whatever noun comes after the preposition.
_NOT_A_MODIFIER = re.compile(
    r"\b(?:of|the|a|an|and|or|in|on|at|to|for|with|by|from|into|across|through|throughout|"
    r"among|over|under|near|outside|inside|after|before|during|since|until|against|between|"
    r"within|without|around|about|per|people|were|was|are|is|had|have|has|who|whose|which|"
    r"that)\b|\d",
    re.IGNORECASE,
)


def _widened(text: str, first: Found, later: Found) -> Found:
    """``first``, its quote carried on to the counted noun ``later`` reads after the figure.

    A later rule reading the same kind of people is trusted with its noun
    ("17" / "17 dead", "87" / "87 of the injured"); a plain count only with
    adjectives between ("14" / "14 striking dockworkers").
    """
    extension = text[first.end : later.end]
    if (
        later.start != first.start
        or later.end <= first.end
        or Kind.EVENT_DATE in (first.kind, later.kind)
        or later.kind not in (first.kind, Kind.COUNT)  # another reading, not just a noun
        or later.value != first.value
        or later.qualifier is not first.qualifier
        or any(c in _NOT_IN_A_NOUN_PHRASE for c in extension)
        or (later.kind is Kind.COUNT and _NOT_A_MODIFIER.search(extension))
    ):
        return first
    return replace(first, end=later.end, subject=first.subject or later.subject)


@dataclass(frozen=True, slots=True)
class _Article:
    source: Source
    published: date | None
    reference: date | None
    years: tuple[int, ...]
    names: tuple[str, ...]
    evidence: NameEvidence
    acronyms: dict[str, str]
    # The body whose own text the article is (a press release, a report), if any.
    publisher: str | None = None
    # Names of each paragraph, worked out once for all the paragraph's claims.
    context_names: dict[str, tuple[str, ...]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class _Paragraph:
    """Where a sentence sits: its paragraph, what came before it in its section."""

    span: Span
    text: str
    previous: str  # the paragraph before, in the same section ("" at a section's start)
    section_start: int  # body offset where the section (after its heading) starts


def extract_claims(source: Source) -> tuple[Claim, ...]:
    """Every claim in ``source``, ordered by span.

    A heading starts a new section (a roundup's next story): nothing read
    before it (a speaker, an organisation, the story's last day) carries over.
    """
    body = source.body
    published = source.meta.published or dateline_date(body)
    years = mentioned_years(body)
    reference = None if published else _story_day(source, years)
    evidence = name_evidence(body)
    article = _Article(
        source,
        published,
        reference,
        years,
        attr.name_index(body, evidence),
        evidence,
        attr.acronyms(body),
        attr.publisher(source.meta.outlet, body),
    )
    claims: list[Claim] = []
    told_before: dict[tuple[str, str, str], int] = {}  # a sentence told twice keeps ids apart
    previous_text = ""
    section_start = 0
    anchor: date | None = None
    period: DateRange | None = None  # the last period of several days the section told
    history: date | None = None  # the day long past the story last narrated
    vote_day: DateRange | None = None  # the day of the ballot the story told last
    lede: date | None = None  # the past day the section's opening paragraph tells of
    statement: _Statement | None = None  # the statement the section goes on reporting
    opening = True
    para_read = 0  # paragraphs read in the section
    told = article  # the article as its current section tells it (a dated update's day)
    ballots: list[date] = []  # days the article says ballots were held on
    for block in source.blocks:
        dated = _dated_heading(article, block)
        if dated is not None or _is_heading(body, block):
            previous_text, section_start, anchor = "", block.span.end, None
            period = None if dated is not None else period  # "over the period" goes on
            opening, told, para_read = True, _written_on(article, dated), 0
            statement = None
            lede = None if dated is not None else lede  # an update starts its own story
            history = None if dated is not None else history
            continue
        if block.role not in _MINED:
            continue
        para = _Paragraph(
            block.span,
            body[block.span.start : block.span.end],
            previous_text,
            section_start,
        )
        spans = split_sentences(body, block.span.start, block.span.end)
        last: Found | None = None  # the last figure of the paragraph's previous sentence
        for k, span in enumerate(spans):
            text = span.slice(body)
            sentence = Sentence(
                text=text,
                span=span,
                quantities=find_quantities(text),
                dates=event_dates(text, told.published, told.reference, years, anchor=anchor),
                context=previous_text + "\n" + para.text,
            )
            earlier = tuple(s.slice(body) for s in spans[:k])
            found = _accept(sentence, last)
            last = next((f for f in reversed(found) if f.kind is not Kind.EVENT_DATE), None)
            statement = _statement_after(told, sentence, para, statement, lede)
            live = _LIVE_UPDATE.match(para.text) is not None
            days = _Days(anchor, vote_day, None if live else lede, statement, period, history)
            before = len(claims)
            claims.extend(_claims(told, sentence, found, earlier, para, days, told_before))
            told_days = sentence.dates
            if history is not None:  # a recent day in an aside leaves the story in the past
                told_days = tuple(m for m in told_days if not _in_aside(text, m.span.start))
            anchor = story_anchor(text, told_days) or anchor
            period = story_period(text, told.published or told.reference, sentence.dates) or period
            held = ballot_day(text, sentence.dates, told.published or told.reference)
            if held is not None:
                ballots.append(held)
            history = _long_past(text, sentence.dates, told.published, history)
            vote_day = _newer_ballot(_ballot_day(found, text), vote_day)
            if statement is not None and any(
                not _same_speaker(c.attributed_to, statement) for c in claims[before:]
            ):
                statement = None  # another speaker takes over
            if opening:
                lede = (
                    _lede_day(found, text, told.published)
                    or opening_day(text, sentence.dates, told.published)
                    or lede
                )
        # An opening paragraph that dates no event leaves the next one to date it.
        previous_text, opening = para.text, opening and lede is None and para_read == 0
        para_read += 1
    claims = _dated_by_their_event(claims, article.published or article.reference)
    claims = _results_of_the_ballot(claims, article.published or article.reference, ballots)
    claims = sorted(claims, key=lambda c: (c.span.start, c.span.end, c.kind.value))
    return tuple(_parts_dated_as_their_group(claims))


def _is_heading(body: str, block: Block) -> bool:
    return block.role is BlockRole.HEADING or bool(_MARKDOWN_HEADING.match(body, block.span.start))


def _dated_heading(article: _Article, block: Block) -> date | None:
    """The day a heading or a line of its own names, when it names nothing else.

    "Thursday, 30 October, 10:15" over an update, or "## Tuesday 28 October"
    in a live report: the part it heads is told as of that day.
    """
    if block.role not in (BlockRole.HEADING, BlockRole.PARAGRAPH):
        return None
    text = block.span.slice(article.source.body).strip("#* \n")
    ref = article.published or article.reference
    return heading_day(text, ref, article.years)


def _written_on(article: _Article, day: date | None) -> _Article:
    """``article`` as a part written on ``day`` tells it: "this morning" is that day's."""
    if day is None:
        return article
    if article.published is not None:
        return replace(article, published=day)
    return replace(article, reference=day)


def _dated_by_their_event(claims: list[Claim], ref: date | None) -> list[Claim]:
    """Figures whose sentence ties them to an event dated elsewhere in the article.

    "the crush that killed 21 people" holds for the day of the crush, and
    "214 injured people since the cyclone made landfall" runs from the
    landfall, wherever the article gives that day.  Only figures whose
    text states no date of their own are moved.
    """
    events = [(c.event or "", c.date) for c in claims if c.kind is Kind.EVENT_DATE and c.date]
    if not events:
        return claims
    out: list[Claim] = []
    for claim in claims:
        when = None
        undated = claim.as_of is None or claim.as_of.basis is AsOfBasis.PUBLICATION_DATE
        if claim.kind is not Kind.EVENT_DATE and undated:
            when = event_day_of(claim.sentence, claim.sentence.find(claim.quote), events, ref)
        out.append(
            claim
            if when is None
            else replace(claim, as_of=AsOf(range=when, basis=AsOfBasis.STATED))
        )
    return out


def _results_of_the_ballot(claims: list[Claim], ref: date | None, held: list[date]) -> list[Claim]:
    """Votes, shares and turnout the text does not date hold for the ballot the article dates.

    A story on a count certified days later ("Harlan received 148,306 votes,
    or 50.4%") reports the result of the election, whose day the article
    may give only further down ("when polls closed on September 21").  The
    newest ballot held by the time of writing is the one meant, among the
    days ``held`` the text names ballots on and the ballots it dates as events.
    """
    ballots = [DateRange(start=day, end=day) for day in held]
    ballots += [
        c.date
        for c in claims
        if c.kind is Kind.EVENT_DATE
        and c.date is not None
        and c.date.start == c.date.end
        and (ref is None or c.date.end <= ref)
        and _BALLOT_WORDS & set((c.event or "").lower().replace("-", " ").split())
    ]
    if not ballots:
        return claims
    ballot = max(ballots, key=lambda d: d.start)
    out: list[Claim] = []
    for claim in claims:
        if _a_result(claim) and _undated_in_its_sentence(claim, ref):
            claim = replace(claim, as_of=AsOf(range=ballot, basis=AsOfBasis.STATED))
        out.append(claim)
    return out


# Words naming a ballot of voters in an event's description.
_BALLOT_WORDS = frozenset(
    {"election", "elections", "vote", "voted", "referendum", "ballot", "runoff", "poll", "polls",
     "plebiscite"}
)  # fmt: skip


def _undated_in_its_sentence(claim: Claim, ref: date | None) -> bool:
    """Whether a claim's as-of comes from outside its sentence, which names no date."""
    if claim.as_of is None:
        return False
    if claim.as_of.basis is AsOfBasis.PUBLICATION_DATE:
        return True
    return not find_dates(claim.sentence, ref)


def _a_result(claim: Claim) -> bool:
    """Whether a claim is what a ballot gave: votes cast, a share of the vote, turnout."""
    if _ANOTHER_BALLOT.search(claim.sentence):
        return False  # "the resolution received 17 of the 18 votes": a ballot of its own
    if claim.kind in (Kind.VOTES, Kind.VOTE_SHARE):
        return not _HYPOTHETICAL.search(claim.sentence)
    before = claim.sentence[: max(0, claim.sentence.find(claim.quote))].lower()
    return claim.kind is Kind.PERCENT and "turnout" in before[-40:]


_MINED = (BlockRole.PARAGRAPH, BlockRole.QUOTE, BlockRole.LIST_ITEM)


def _story_day(source: Source, years: tuple[int, ...]) -> date | None:
    """The day an undated story is told from: the one its opening paragraph dates fully.

    A fully dated day further down ("The disaster happened on Sunday, 14
    August 2016" in a report on an inquiry years later) is background, not
    the day of writing, so it resolves nothing else ("Ward said on Tuesday").
    """
    lede = next((b for b in source.blocks if b.role in _MINED), None)
    if lede is None:
        return None
    return infer_reference(lede.span.slice(source.body), years)


# A live blog's update opens on its time ("**14:20** Two arrested."): it is told as of
# the day of writing, not as the narration of the event the opening paragraph dated.
_LIVE_UPDATE = re.compile(r"\W{0,4}(?:[01]?\d|2[0-3])[:.][0-5]\d\b(?!\s*(?:am|pm|a\.m|p\.m))")

# A line written as a Markdown heading is one, even in a plain-text article.
_MARKDOWN_HEADING = re.compile(r"#{1,6} \S")


@dataclass(frozen=True, slots=True)
class _Days:
    """Days the section told before a sentence, that its figures may hold for."""

    anchor: date | None  # the last stated day ("two days earlier")
    vote_day: DateRange | None  # the ballot told last (what votes were cast for)
    lede: date | None  # the past day the opening paragraph reported (what was narrated)
    statement: _Statement | None  # the statement the story goes on reporting
    period: DateRange | None = None  # the last period of several days told ("the quarter")
    history: date | None = None  # a day long past the story narrates (an anniversary's event)


def _still_to_come(f: Found, published: date | None) -> bool:
    """An event date that starts after the article was published: a plan, not an event.

    The rules for plans and deadlines read the words around a date; whatever
    they let through, an article cannot report as done what has not happened.
    """
    return (
        f.kind is Kind.EVENT_DATE
        and f.date is not None
        and published is not None
        and f.date.start > published
    )


def _lede_day(found: list[Found], text: str, published: date | None) -> date | None:
    """The one past day an opening sentence dates its event to ("stormed the prison on Monday").

    A day in a "since" clause starts a count running to the time of
    writing, so it does not date what the story goes on to narrate.
    """
    for f in found:
        if f.kind is not Kind.EVENT_DATE or f.date is None or published is None:
            continue
        since = "since" in text[max(0, f.start - 60) : f.start].lower()
        if f.date.start == f.date.end < published and not since:
            return f.date.start
    return None


def _narrated(
    s: Sentence, f: Found, as_of: AsOf | None, lede: date | None, who: str | None = None
) -> AsOf | None:
    """A figure of the past event the story opened on, undated: the lede's day.

    Who the event killed ("the dead included nine guards") and what the
    story goes on narrating in the past tense ("40 were arrested") happened
    on the day the opening paragraph gave the event.
    """
    if lede is None or as_of is None or as_of.basis is not AsOfBasis.PUBLICATION_DATE:
        return as_of
    if tells_the_events_dead(s.text, f.start):
        return AsOf(range=DateRange(start=lede, end=lede), basis=AsOfBasis.STATED)
    if not _reports_the_event(s, f, as_of, lede, who):
        return as_of
    return AsOf(range=DateRange(start=lede, end=lede), basis=AsOfBasis.STATED)


# How far back a day must be for the story to be telling history, not news.
_LONG_AGO_DAYS = 365


def _long_past(
    text: str, mentions: tuple[DateMention, ...], published: date | None, history: date | None
) -> date | None:
    """The day long past the story narrates after ``text``: the last it stated, if long ago.

    A recent date told ("on Tuesday", "last week") brings the story back to the news,
    unless it is told in an aside ("the memorial, which moved back last month, ...",
    "£2m (about £70m today)").
    """
    if published is None or not mentions:
        return history
    mentions = tuple(
        m for m in mentions if not _in_aside(text, m.span.start) and not measured_since(text, m)
    )
    recent = any(
        m.range is not None and (published - m.range.end).days <= _LONG_AGO_DAYS for m in mentions
    )
    if recent:
        return None
    day = story_anchor(text, [m for m in mentions if m.range and m.range.start == m.range.end])
    return day or history


# Openings of an aside: a parenthesis, a dash, a relative clause set off by a comma
# ("..., which moved back last month, ..."); each is closed by its own mark again.
_ASIDE_OPENINGS = re.compile(r"\(|\s[—–]\s|,\s+(?:which|who|whose|where)\b")
_ASIDE_CLOSES = {"(": ")", "—": "—", "–": "–", ",": ","}
# A sum told in today's money: "£2m (about £70m today)", "worth $40 million today".
_VALUE_TODAY = re.compile(
    r"[£$€]\s?\d[\d,.]*\s*(?:m|bn|k|million|billion|thousand)?\s+(?:in\s+)?$",
    re.IGNORECASE,
)


def _in_aside(text: str, start: int) -> bool:
    """Whether ``start`` falls inside an aside still open there, or after a sum in today's
    money: a date there does not move the story's own time."""
    if _VALUE_TODAY.search(text, max(0, start - 30), start):
        return True
    openings = list(_ASIDE_OPENINGS.finditer(text, 0, start))
    if not openings:
        return False
    last = openings[-1]
    mark = last.group(0).strip()[0]
    if mark in "—–":
        return text.count(mark, 0, start) % 2 == 1  # a pair of dashes closes the aside
    return _ASIDE_CLOSES[mark] not in text[last.end() : start]


def _narrated_long_ago(
    s: Sentence, f: Found, as_of: AsOf | None, history: date | None
) -> AsOf | None:
    """A figure narrated in the past after the story told a day long ago: that day.

    "Hurricane Delphine made landfall on September 1, 2015 ... The official
    toll was 58 dead": a feature ten years on narrates the storm's day.
    """
    if history is None or as_of is None or as_of.basis is not AsOfBasis.PUBLICATION_DATE:
        return as_of
    if not narrated_in_the_past(s.text):
        return as_of
    return AsOf(range=DateRange(start=history, end=history), basis=AsOfBasis.STATED)


@dataclass(frozen=True, slots=True)
class _Statement:
    """A statement made on a past day that the story goes on reporting."""

    day: date
    speaker: str | None  # who made it, as the article names them
    # For a statement to a gathering ("told the meeting"), where its sentence starts: it
    # reaches on only into sentences that go on reporting what was said there.
    made_at: int | None = None


def _goes_on(statement: _Statement, s: Sentence, who: str | None) -> bool:
    """Whether a figure of sentence ``s``, given by ``who``, is still told from ``statement``.

    A statement to a gathering reaches the sentences after it that go on
    reporting speech by the same named speaker ("..., she said"), not those
    the reporter tells in their own voice ("Parking charges go up by 20p").
    """
    if not _same_speaker(who, statement):
        return False
    if statement.made_at is None or statement.made_at == s.span.start:
        return True
    told_on = who is not None and statement.speaker is not None
    return told_on and bool(_REPORTED_SPEECH.search(_unquoted(s.text)))


# Reported speech going on from a statement: "..., she said", "he added", "she told them".
_REPORTED_SPEECH = re.compile(
    r"\b(?:said|added|told|argued|warned|insisted|explained)\b", re.IGNORECASE
)


def _statement_after(
    article: _Article,
    s: Sentence,
    para: _Paragraph,
    statement: _Statement | None,
    lede: date | None = None,
) -> _Statement | None:
    """The statement in force after sentence ``s``: its own, or the one before.

    A statement made to the gathering the story reports ("told the meeting",
    "the court heard") was made on the gathering's day, ``lede``, the past
    day the story opened on.  Another day told for events ("the bridge
    collapsed on Sunday") or another matter ("a separate motion") ends the
    statement's reach: what follows is told of that day or of now.
    """
    ref = article.published or article.reference
    if _ANOTHER_MATTER.search(s.text):
        return None
    own = statement_day(s.text, s.dates, ref)
    if own is not None and own.range is not None:
        raw = attr.attribute_sentence(s.text, own.span.start)
        speaker = None if raw is None else _named(article, s, para, raw, False)
        return _Statement(own.range.start, speaker)
    at = _told_the_gathering(s.text)
    if (
        at is not None
        and lede is not None
        and ref is not None
        and 0 < (ref - lede).days <= _STORY_DAYS
    ):
        raw = attr.attribute_sentence(s.text, at)
        speaker = None if raw is None else _named(article, s, para, raw, False)
        return _Statement(lede, speaker, s.span.start)
    told = story_anchor(s.text, s.dates)
    if statement is None or told is None or told == statement.day:
        return statement
    return None


# Who hears what is said at a gathering: "told the meeting", "told councillors".
_AUDIENCES = (
    "meeting", "council", "councillors", "councilors", "members", "chamber", "committee",
    "court", "jury", "inquest", "hearing", "tribunal", "MPs", "deputies", "senators",
    "lawmakers", "legislators", "parliament", "assembly", "session", "panel", "delegates",
    "shareholders", "congress", "senate", "inquiry",
)  # fmt: skip
# The gatherings that hear it: "the court heard", "the inquest was told".
_HEARERS = ("court", "inquest", "hearing", "jury", "committee", "tribunal", "meeting", "inquiry")
_TOLD_THE_GATHERING = re.compile(
    r"\btold\s+(?:the\s+|a\s+|fellow\s+|its\s+)?(?:" + "|".join(_AUDIENCES) + r")\b"
    r"|\b(?:the\s+)?(?:" + "|".join(_HEARERS) + r")\s+(?:heard|was\s+told)\b"
    r"|\b(?:said|told\s+\w+|argued|warned|added)\s+(?:at|during)\s+the\s+(?:meeting|hearing"
    r"|session|debate|sitting)\b",
    re.IGNORECASE,
)


def _told_the_gathering(text: str) -> int | None:
    """Where a sentence says something was said to the gathering the story reports, if it does.

    "The finance director told the meeting that ...", "the court heard",
    "he said during the debate": the statement was made there, on its day.
    """
    m = _TOLD_THE_GATHERING.search(text)
    return None if m is None else m.start()


# A sentence turning to another matter than the statement's: "a separate motion".
_ANOTHER_MATTER = re.compile(r"\b(?:separate|separately|unrelated)\b", re.IGNORECASE)


def _same_speaker(who: str | None, statement: _Statement) -> bool:
    """Whether a figure given by ``who`` continues the statement (unnamed, or a word shared)."""
    if who is None or statement.speaker is None:
        return True
    words = set(_WORD.findall(who.lower())) - _NOT_NAMING
    return bool(words & set(_WORD.findall(statement.speaker.lower())))


_WORD = re.compile(r"[\w’'-]+")
_NOT_NAMING = frozenset({"the", "a", "an", "of", "and", "for", "in", "on"})


def _reported_then(
    as_of: AsOf | None, statement: _Statement | None, published: date | None
) -> AsOf | None:
    """A figure the text does not date, reported from a statement made on an earlier day.

    "The ministry said on Monday that 40 people had died ... The dead include
    nine children": a story published on Tuesday still reports Monday's count
    wherever it goes on telling that statement, and what ran "since" a day
    ran up to the statement's day.
    """
    if statement is None or as_of is None:
        return as_of
    rng, day = as_of.range, statement.day
    if as_of.basis is not AsOfBasis.PUBLICATION_DATE:
        return _running_to(as_of, day, published)
    if day >= rng.start:
        return as_of
    return AsOf(range=DateRange(start=day, end=day), basis=AsOfBasis.STATED)


def _running_to(as_of: AsOf, day: date, published: date | None) -> AsOf:
    """A running total told up to the time of writing ("since May 3"), up to the statement's day."""
    rng = as_of.range
    if published is None or rng.end != published or not rng.start < day < published:
        return as_of
    return replace(as_of, range=DateRange(start=rng.start, end=day))


# What a sum or a share is told as: a price, a rate, a budget, rarely what an event did.
_STATE_KINDS = frozenset({Kind.MONEY, Kind.PERCENT})


def _reports_the_event(s: Sentence, f: Found, as_of: AsOf, lede: date, who: str | None) -> bool:
    """Whether a figure is narrated as part of the event the story opened on, days before.

    A story published the day after its event ("police arrested 40 people
    on Saturday") is that event's report: what it goes on to tell in the
    past tense happened on the event's day.  Two days later, the
    reporter's own narration in the past ("three warehouses burned down")
    still tells the event, while a count someone gives ("12 were injured,
    the hospital said") is that source's latest, told as of writing.
    """
    gap = (as_of.range.start - lede).days
    if gap == 1:
        return f.kind not in _STATE_KINDS and narrated_in_the_past(s.text)
    if not 1 < gap <= _STORY_DAYS or who is not None or _ANOTHER_MATTER.search(s.text):
        return False  # "a separate motion failed": not the event the story opened on
    return narrated_in_the_past(s.text)


# How many days after its event a story still narrates it (published the day after or the
# day after that), rather than its aftermath.
_STORY_DAYS = 2


def _claims(
    article: _Article,
    s: Sentence,
    found: list[Found],
    earlier: tuple[str, ...],
    para: _Paragraph,
    days: _Days,
    told_before: dict[tuple[str, str, str], int],
) -> Iterable[Claim]:
    """The claims of one sentence, dated with the ``days`` the section told before it.

    ``told_before`` counts each (sentence, quote, kind) already given an id in
    the article, so the same figure in a sentence told twice gets a second id.
    """
    source = article.source
    for f in found:
        if _still_to_come(f, article.published):
            continue
        quote = s.text[f.start : f.end]
        start = s.span.start + f.start
        key = (normalise_for_id(s.text), normalise_for_id(quote), f.kind.value)
        occurrence = told_before.get(key, 0)
        told_before[key] = occurrence + 1
        who = _attribution(article, s, f, para, earlier)
        if f.kind is Kind.EVENT_DATE:
            basis = AsOfBasis.STATED if article.published else AsOfBasis.INFERRED
            as_of = AsOf(range=f.date, basis=basis) if f.date else None
        else:
            others = tuple(
                q.span.start for q in s.quantities if not f.start <= q.span.start < f.end
            )
            as_of = choose_as_of(
                s.text,
                f.start,
                earlier,
                article.published,
                article.reference,
                article.years,
                others=others,
                figure_end=f.end,
                anchor=days.anchor or days.history,
                vote_day=days.vote_day if _a_ballot_gave(s.text, f) else None,
                period=days.period,
                measure=f.kind in _STATE_KINDS,
            )
            as_of = _narrated(s, f, as_of, days.lede, who)
            as_of = _narrated_long_ago(s, f, as_of, days.history)
            if days.statement is not None and _goes_on(days.statement, s, who):
                as_of = _reported_then(as_of, days.statement, article.published)
        yield Claim(
            id=claim_id(source.id, s.text, quote, f.kind.value, occurrence),
            source_id=source.id,
            kind=f.kind,
            value=f.value,
            qualifier=f.qualifier,
            unit=f.unit,
            subject=f.subject,
            quote=quote,
            span=Span(start=start, end=start + len(quote)),
            sentence=s.text,
            sentence_span=s.span,
            attributed_to=who,
            as_of=as_of,
            event=f.event,
            date=f.date,
            context_names=_context_names(article, para.text),
        )


def _parts_dated_as_their_group(claims: list[Claim]) -> list[Claim]:
    """Give a part of a group ("a dozen of them") the as-of of the group told just before it.

    A part with a date of its own ("27 accidents since 2020, 14 of them in
    2024") keeps it.
    """
    out: list[Claim] = []
    group: Claim | None = None
    for c in claims:
        if c.kind is Kind.EVENT_DATE:
            out.append(c)
            continue
        if (
            group is not None
            and group.sentence_span == c.sentence_span
            and (c.as_of is None or c.as_of.basis is AsOfBasis.PUBLICATION_DATE)
            and _part_of_group(
                c.sentence,
                group.span.end - c.sentence_span.start,
                c.span.start - c.sentence_span.start,
            )
        ):
            c = replace(c, as_of=group.as_of)
        out.append(c)
        group = c
    return out


# "a dozen of them", "two of whom", "29 of those arrested": a part of the group just told.
_PART_OF_GROUP = re.compile(r"[^,;()]{0,30}?\bof\s+(?:them|whom|those|these)\b", re.IGNORECASE)


def _part_of_group(text: str, group_end: int, start: int) -> bool:
    """Whether the figure at ``start`` counts part of the group told just before it.

    "58 wounded people since the attack, a dozen of them with gunshot wounds":
    the part holds for the same day or period as its group, which the sentence
    dates once.  A new clause (";", ", and", ", but") may tell the part anew.
    """
    if not _PART_OF_GROUP.match(text, start):
        return False
    return _GROUP_CLAUSE_BREAK.search(text, group_end, start) is None


_GROUP_CLAUSE_BREAK = re.compile(r",\s*(?:and|but|while)\b|;|\.\s")


def _ballot_day(found: list[Found], text: str) -> DateRange | None:
    """The day of a ballot among the event dates ``found`` ("the by-election on Thursday").

    An event the sentence says was voted through is one too: "the assembly
    approved the budget on Wednesday".
    """
    for f in found:
        words = set((f.event or "").lower().replace("-", " ").split())
        voted = VOTE_EVENT_WORDS & words or _VOTED_THROUGH.search(text, 0, f.start)
        if f.kind is Kind.EVENT_DATE and f.date and voted:
            return f.date
    return None


def _newer_ballot(ballot: DateRange | None, told: DateRange | None) -> DateRange | None:
    """The ballot a story's results hold for: the newest it told.

    "The party held 71 seats after the 2023 election" in a story on Sunday's
    vote recalls the last one; the results that follow are still Sunday's.
    """
    if ballot is None or (told is not None and ballot.start < told.start):
        return told
    return ballot


_VOTED_THROUGH = re.compile(r"\b(?:approved|passed|adopted|rejected|voted)\b", re.IGNORECASE)


def _a_ballot_gave(text: str, f: Found) -> bool:
    """Whether a figure is a ballot's outcome: votes cast, a share of the vote, turnout."""
    ballot = (
        f.kind in (Kind.VOTES, Kind.VOTE_SHARE)
        or (f.kind is Kind.PERCENT and "turnout" in text[max(0, f.start - 40) : f.start].lower())
        or (f.kind is Kind.COUNT and _SEATS.search(text, f.start, f.end + 1) is not None)
    )
    # "a separate motion failed on a 4-5 vote": not the ballot told before;
    # "with its allies it would have 129 seats": a sum, not an outcome
    hypothetical = _HYPOTHETICAL.search(text, max(0, f.start - 40), f.start)
    return ballot and not _ANOTHER_BALLOT.search(text) and hypothetical is None


# Seats a party won are a ballot's outcome too: "on course for 118 seats".
_SEATS = re.compile(r"\bseats\b", re.IGNORECASE)
_HYPOTHETICAL = re.compile(r"\b(?:would|could|might)\b", re.IGNORECASE)
_ANOTHER_BALLOT = re.compile(
    r"\b(?:separate|another|second|resolution|motion|amendment)\b", re.IGNORECASE
)


def _context_names(article: _Article, para: str) -> tuple[str, ...]:
    """Names in the paragraph, a lone surname written as the article introduced it."""
    known = article.context_names.get(para)
    if known is None:
        known = article.context_names[para] = _paragraph_names(article, para)
    return known


def _paragraph_names(article: _Article, para: str) -> tuple[str, ...]:
    out: list[str] = []
    for name in attr.context_names(para, article.evidence):
        if " " not in name and not name.isupper():
            name = attr.expand_name(name, article.names)
        out.append(name)
    return tuple(dict.fromkeys(out))


def _attribution(
    article: _Article, s: Sentence, f: Found, para: _Paragraph, earlier: tuple[str, ...]
) -> str | None:
    """Who gives the figure, read within its section and written out as the article names it."""
    who = attr.attribute_sentence(s.text, f.start)
    offset = s.span.start - para.span.start + f.start
    quoted = attr.inside_quote(para.text, offset)
    if who is None and quoted is not None:
        who = attr.attribute_quote(para.text, quoted)
    if who is None and quoted is not None:  # a quotation running on from the paragraph before
        who = attr.continued_quote(para.previous, para.text[: quoted[0]])
    if who is None and "“" not in para.text:
        who = attr.attribute_block(para.previous)
    if who is None and quoted is None and _FIRST_PERSON.search(_unquoted(s.text)):
        who = "we"  # "We tested 420 wells", "Our researchers interviewed 214 detainees"
    if who is None and quoted is None and earlier:
        who = attr.introduced_by(earlier[-1])  # "The report also shows how ..." before it
    if who is None and quoted is None:
        first = min(s.quantities, key=lambda q: q.span.start, default=None)
        start, end = (first.span.start, first.span.end) if first else (f.start, f.end)
        # "..., it said. Of those, 12", also across a paragraph break on clearer signs
        who = attr.carried_speaker(earlier, s.text, start, end, para.previous)
    if who is None and quoted is None and article.publisher:
        return article.publisher  # a press release or report tells its figures in its own voice
    if who is None:
        return None
    named = _named(article, s, para, who, quoted is not None)
    return article.acronyms.get(named, named) if named else None


def _named(article: _Article, s: Sentence, para: _Paragraph, who: str, quoted: bool) -> str | None:
    """The speaker ``who`` written out as the article names it."""
    body = article.source.body
    before = body[para.section_start : s.span.start]
    pronoun = who.lower()
    if pronoun == "it":  # "It said": the body named last, its name as written
        body_named = attr.last_organisation(before)
        if body_named is None or not body_named[:1].islower():
            return body_named
        return attr.expand_agent(body_named, before)
    if pronoun == "we":  # a press release speaks for its organisation
        return None if quoted else _issuer(article.source)
    if pronoun in ("he", "she"):
        who = attr.last_speaker(before)
    elif pronoun in attr.PRONOUNS:
        return None
    if who is None:
        return None
    if who[:1].islower():  # "the minister", "the audit", "the ministry", "the force"
        # A role or a body named under an earlier heading of the story is still the one meant.
        story = body[: s.span.start]
        person = attr.titled_person(who, before) or attr.titled_person(who, story)
        if person is not None:
            return attr.expand_name(person, article.names)
        author = attr.expand_document(who, story)
        if author != who and not author[:1].islower():
            return attr.without_article(author)
        who = attr.without_article(author) if author != who else who
        body_named = attr.named_body(who, body[: s.span.end])  # named in the sentence too
        if body_named != who:
            return body_named
        return attr.expand_agent(who, body[: s.span.end])
    office = attr.without_article(who)
    if office.split()[-1].lower() in attr.OFFICES:  # "The High Commissioner said"
        person = attr.titled_person(office, before)
        if person is not None:
            return attr.expand_name(person, article.names)
    if not attr.looks_like_a_name(who):
        return attr.without_article(who)  # "the UN refugee agency": a body's name, kept whole
    return attr.expand_name(who, article.names)


# The writer's own organisation, outside quotations: "we", "our", "us".
_FIRST_PERSON = re.compile(r"\b(?:[Ww]e|[Oo]ur|us)\b")
_QUOTATION = re.compile(r"“[^”]*”?|\"[^\"]*\"?")


def _unquoted(text: str) -> str:
    return _QUOTATION.sub(" ", text)


_PARENTHESIS = re.compile(r"\s*\([^)]*\)")


def _issuer(source: Source) -> str | None:
    """The organisation a text written as "we" comes from: its outlet or author, if named in it.

    "Harbour City Food Bank (press release)" issues a text that names
    Harbour City Food Bank; a newspaper quoting "we" does not name itself.
    """
    body = source.body.casefold()
    for written in (source.meta.outlet, source.meta.author):
        name = _PARENTHESIS.sub("", written or "").strip()
        if name and name.casefold() in body:
            return name
    return None
