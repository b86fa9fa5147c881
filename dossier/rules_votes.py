"""Rules for votes.

Tallies ("31 votes", "passed 7-2"), shares of a vote ("51.2% of the vote")
and votes of an assembly ("17 of the 18 required votes").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from decimal import Decimal

from dossier import kinds as K
from dossier.model import Interval, Kind, Qualifier, Quantity
from dossier.numbers import UNITS_WORDS
from dossier.rules import (
    Found,
    Sentence,
    Words,
    is_people,
    is_plural_noun,
    make_found,
    plural_head,
    words_after,
)
from dossier.rules_counts import of_a_whole

_OF_REQUIRED_VOTES = re.compile(
    r"\s+of\s+(?:the|these|those|its|a)?\s*[\d\w,.]+\s+(?:\w+\s+){0,2}?(votes|ballots)\b"
)


def rule_votes_of_required(s: Sentence) -> Iterable[Found]:
    """ "17 of the 18 required votes": a vote count (the second number is absorbed)."""
    for q in s.quantities:
        m = _OF_REQUIRED_VOTES.match(s.text[q.span.end :])
        if m and q.unit is None:
            yield make_found(q, Kind.VOTES, q.span.end + m.end(), "votes")


_VOTING = re.compile(
    r"\b(?:vote|votes|voted|ballot|motion|resolution|council|assembly|parliament|lawmakers|senate"
    r"|bill|house)\b"
)
_OF = re.compile(r"\s+of\b")
_AGAINST_OR_IN_FAVOUR = re.compile(r"\b(?:against|in favou?r)\b")


# A side of a division read out under its heading: "For the motion: 169. Against: 173.
# Abstentions: 3."
_DIVISION_SIDE = re.compile(
    r"(?:^|[.;,]\s*)(?:for|against|in\s+favou?r|ayes|noes|abstentions?|abstained|"
    r"votes\s+(?:for|against))(?:\s+the\s+(?:motion|bill|resolution|amendment|proposal))?"
    r"\s*:\s*$",
    re.IGNORECASE,
)
_SIDE_ENDS = re.compile(r"\s*(?:[.;,]|$)")


# Words after a figure that put it on a side of a vote: "7 in favour, 2 against, 1
# abstention", "with 5 against and 35 abstaining".
_SIDE_WORDS = frozenset(
    {"in", "against", "abstentions", "abstained", "abstaining", "for", "opposed"}
)


def _side_of(words: Words) -> bool:
    """Whether the words after a figure put it on a side of a vote, past a word for the
    people voting ("7 in favour", "44 senators in favour", "56 opposed")."""
    if words and words[0][0].lower() in _SIDE_WORDS:
        return True
    return len(words) > 1 and is_people(words[0][0]) and words[1][0].lower() in _SIDE_WORDS


def _a_division_side(s: Sentence, start: int, end: int) -> bool:
    """Whether the figure at ``start`` is a side of a division told under its heading."""
    return (
        _DIVISION_SIDE.search(s.text, 0, start) is not None
        and _SIDE_ENDS.match(s.text, end) is not None
        and _VOTING.search((s.context or s.text).lower()) is not None
    )


def rule_vote_tally(s: Sentence) -> Iterable[Found]:
    """ "31 votes", "by 9 votes to 4", "7 in favour, 2 against, 1 abstention": vote counts."""
    low = s.text.lower()
    voting = _VOTING.search(low)
    for q in s.quantities:
        if q.unit is not None:
            continue
        if _a_division_side(s, q.span.start, q.span.end):
            yield make_found(q, Kind.VOTES, q.span.end, "votes")
            continue
        restated = _restated_as_a_share(s.text, q.span.end)
        if restated is not None:
            yield make_found(q, Kind.VOTES, restated, "votes")
            continue
        words = words_after(s.text, q.span.end, 4)
        first = words[0][0].lower() if words else ""
        k = 1 if first in _VOTE_ADJECTIVES and len(words) > 1 else 0
        noun = words[k][0].lower() if words else ""
        if noun in ("votes", "vote") and not _OF.match(s.text[words[k][2] :]):
            yield make_found(q, Kind.VOTES, words[k][2], "votes")
        elif voting and _TALLY_BEFORE.search(s.text, max(0, q.span.start - 80), q.span.start):
            yield make_found(q, Kind.VOTES, q.span.end, "votes")  # "its tally rose to 603,105"
        elif _VOTES_TO.search(s.text, max(0, q.span.start - 40), q.span.start) or (
            voting
            and (
                _BY_N_TO.search(s.text, max(0, q.span.start - 20), q.span.start)
                or (s.text.endswith("by ", 0, q.span.start) and _TO_N.match(s.text, q.span.end))
            )
        ):
            yield make_found(
                q, Kind.VOTES, q.span.end, "votes"
            )  # "by 9 votes to 4", "by 214 to 187"
        elif voting and _side_of(words):
            j = 1 if first not in _SIDE_WORDS else 0  # "44 senators in favour"
            side = words[j][0].lower()
            if side == "in" and not (
                len(words) > j + 1 and words[j + 1][0].lower() in ("favour", "favor")
            ):
                continue
            if side == "for" and not _AGAINST_OR_IN_FAVOUR.search(low):
                continue
            end = words[j + 1][2] if side == "in" else words[j][2]
            yield make_found(q, Kind.VOTES, end, "votes")


# A count of people restated as a share of the vote ("2,874,112 people, or 50.8% of valid
# votes, backed it") or followed, past its share, by how they voted ("against 2,786,031, or
# 49.2%, who voted no"): the people are votes cast.
_AS_A_SHARE = re.compile(
    r"(?P<noun>\s+(?:people|voters|citizens|residents|members|electors))?,\s+or\s+"
    r"(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|some\s+|just\s+over\s+|"
    r"just\s+under\s+)?\d[\d.]*\s*(?:%|per\s*cent|percent)"
    r"(?P<of>\s+of\s+(?:the\s+|all\s+)?(?:valid\s+|total\s+|the\s+)?(?:votes?|ballots)"
    r"(?:\s+cast)?)?\s*,"
)
_VOTED_NEXT = re.compile(
    r"\s*(?:who|which|that)?\s*(?:had\s+|have\s+)?(?:voted|backed|"
    r"supported|opposed|rejected|approved|chose|favoured|favored)\b"
)


def _restated_as_a_share(text: str, end: int) -> int | None:
    """The quote's end of a count of people restated as a share of the vote, else None."""
    m = _AS_A_SHARE.match(text, end)
    if m is None:
        return None
    if m.group("of") is None and not _VOTED_NEXT.match(text, m.end()):
        return None
    return m.end("noun") if m.group("noun") else end


# Words for the kind of votes counted: "2.16 million valid votes", "4,000 postal votes".
_VOTE_ADJECTIVES = frozenset(
    {"valid", "popular", "postal", "total", "early", "absentee", "preferential", "first-preference",
     "electoral", "mail-in", "overseas", "personal", "more", "fewer", "additional", "extra"}
)  # fmt: skip
# A tally named before its figure: "the VIM's tally rose to 603,105", "her vote count stood at".
_TALLY_BEFORE = re.compile(
    r"\b(?:tally|vote\s+count|vote\s+total|votes\s+cast)\b[^,;.]{0,30}?\b(?:rose|risen|climbed|"
    r"jumped|reached|stood|stands|was|is|fell|dropped|grew|increased|came)\s+(?:to\s+|at\s+)?$",
    re.IGNORECASE,
)
# The second side of a tally: "by 9 votes to 4", "passed by 214 to 187".
# "148,306 votes, or 50.4%, to 146,394": the share may stand between.
_VOTES_TO = re.compile(
    r"\bvotes?(?:,\s+or\s+(?:about\s+|nearly\s+|almost\s+)?[\d.]+\s*(?:%|per\s*cent|percent),)?"
    r"\s+to\s+$"
)
_BY_N_TO = re.compile(r"\bby\s+\d[\d,]*\s+to\s+$")
_TO_N = re.compile(r"\s+to\s+\d")
_SCORE = re.compile(
    r"\bvot(?:ed|ing)\s+(\d{1,3})\s*(?:[-–]|\s+to\s+)(\d{1,3})\b(?!\s*(?:%|per\s*cent|percent))"
    r"|(?:\bvote of\s+|\bby\s+|\bon a\s+|\bin a\s+)(\d{1,3})\s*[-–]\s*(\d{1,3})\b"
    r"|\b(\d{1,3})\s*[-–]\s*(\d{1,3})\s+(?:vote|decision|majority|margin)\b"
    # "approved the measure 210 to 190", "passed the bill 52-48": a chamber's tally after
    # what it passed; not "approved 30 to 40 new homes"
    r"|\b(?:approved|passed|adopted|rejected|defeated|ratified|endorsed|carried|threw\s+out)"
    r"\s+(?:the|a|an|its|their|his|her)\s+(?:[a-z-]+\s+){0,3}?(\d{1,3})\s*(?:[-–]|\s+to\s+)"
    r"(\d{1,3})\b(?!\s*(?:%|per\s*cent|percent))"
)
_SCORE_GROUPS = ((1, 2), (3, 4), (5, 6), (7, 8))


# A motion's fate with its tally, in a sentence about a vote: "was lost 22-28",
# "passed 40 to 12", "carried by 9-4".  Read apart from "voted 7-2" because
# "won 3-1" is also a game's score.
_DECIDED_BY = re.compile(
    r"\b(?:passed|carried|lost|defeated|rejected|approved|adopted|won|fell|failed)\s+"
    r"(?:by\s+)?(\d{1,3})\s*(?:[-–]|\s+to\s+)(\d{1,3})\b(?!\s*(?:%|per\s*cent|percent))"
)


# A split of a bench, board or panel, in figures or words (a bench is small):
# "ruled 5-2", "split six to three", "by a vote of five to two", "voted seven to two".
_SIDE = r"(\d{1,3}|" + "|".join(UNITS_WORDS) + r")"
_NOT_A_SHARE = r"\b(?!\s*(?:%|per\s*cent|percent))"
_SPLIT_LEADS = (r"vote\s+of", r"voted", r"majority\s+of")
_BENCH_LEADS = (r"ruled", r"split", r"decided", r"divided", r"sided")
_WORD_SCORE = re.compile(
    r"\b(?:" + "|".join(_SPLIT_LEADS) + r")\s+" + _SIDE + r"\s+to\s+" + _SIDE + _NOT_A_SHARE
)
_BENCH_SCORE = re.compile(
    r"\b(?:"
    + "|".join(_BENCH_LEADS)
    + r")\s+"
    + _SIDE
    + r"\s*(?:[-–]|\s+to\s+)"
    + _SIDE
    + _NOT_A_SHARE
)
# Who splits 5-2 on a ruling: a court, its judges, a board or a panel.
_BENCH = re.compile(
    r"\b(?:court|courts|judges|justices|bench|panel|tribunal|jury|jurors|board|commission|"
    r"committee|council|councillors|regulators|members)\b",
    re.IGNORECASE,
)


def _side_value(word: str) -> Decimal:
    return Decimal(UNITS_WORDS.get(word, word))


# Every score has a side in figures, or is led by a word of voting or of a bench
# ("voted seven to two", "ruled five to two"): a sentence with none has no score.
_MAY_HOLD_SCORE = re.compile(r"\d|vot|majority|" + "|".join(_BENCH_LEADS))


def _scores(text: str) -> list[tuple[int, int, Decimal]]:
    """Each side of every tally written as a score, as (start, end, value)."""
    if not _MAY_HOLD_SCORE.search(text):
        return []
    matches = list(_SCORE.finditer(text)) + list(_WORD_SCORE.finditer(text))
    if _VOTING.search(text.lower()):
        matches += _DECIDED_BY.finditer(text)
    if _BENCH.search(text):
        matches += _BENCH_SCORE.finditer(text)
    sides: dict[int, tuple[int, int, Decimal]] = {}
    for m in matches:
        groups = next(((a, b) for a, b in _SCORE_GROUPS if m.group(a)), (1, 2))
        if m.group(groups[0]) == m.group(groups[1]) == "50":
            continue  # "split 50-50": evenly, not a tally
        if plural_head(words_after(text, m.end(groups[1]), 4)) is not None:
            continue  # "approved 30 to 40 new homes": a range of things, not a tally
        for g in groups:
            sides.setdefault(m.start(g), (m.start(g), m.end(g), _side_value(m.group(g))))
    return sorted(sides.values())


def rule_vote_score(s: Sentence) -> Iterable[Found]:
    """A tally written as a score: "voted 7-2", "voted 31 to 19", "failed on a 4-5 vote",
    a bench's "ruled 5-2" or "a vote of five to two"."""
    for start, end, value in _scores(s.text):
        yield Found(
            Kind.VOTES, Interval(low=value, high=value), Qualifier.EXACT, start, end, "votes"
        )


_VOTE_CONTEXT = re.compile(
    r"\b(?:vote|votes|voted|voting|ballots?|election|elections|referendum|runoff|run-off|won|"
    r"polls|(?:first|second|final)\s+round|primary|primaries|caucus|caucuses)\b"
)
# A side of a referendum named right before its share: "yes 63.2%", "No: 51%".
_SIDE_NAMED = re.compile(r"\b(?P<side>yes|no)\s*:?\s*$", re.IGNORECASE)
_TURNOUT_WORD = re.compile(r"\bturnout\b")


def _side_share(text: str, q: Quantity) -> Found | None:
    """A percentage right after a side of a referendum ("no 61.7%"), quoted from the side."""
    side = _SIDE_NAMED.search(text, max(0, q.span.start - 6), q.span.start)
    if side is None:
        return None
    return replace(make_found(q, Kind.VOTE_SHARE, q.span.end, "percent"), start=side.start())


def _side_shares(s: Sentence) -> Iterable[Found]:
    """The sides' shares in a line that gives a turnout: a ballot's result line."""
    if _OPINION_POLL.search(s.text):
        return
    for q in s.quantities:
        if q.unit == "percent":
            side = _side_share(s.text, q)
            if side is not None:
                yield side


_OF_THE_VOTE = re.compile(
    r"\s+of\s+(?:the\s+)?(?:valid\s+|popular\s+|total\s+)?(?:votes?|ballots)(?:\s+cast)?\b"
)
# A share of the votes named by a pronoun, quoted alone: "52.3% of those cast".
_OF_THOSE_CAST = re.compile(r"\s+of\s+(?:all\s+)?those\s+(?:cast|voting|who\s+voted)\b")
_TURNOUT_BEFORE = re.compile(r"\bturnout\b[^.]{0,30}$")
_WON_BEFORE = re.compile(
    r"\b(?:won|winning|secured|securing|received|receiving|garnered|obtained|took|taking|got|with|against|down from|up from|on|drew|drawing|polled|polling|captured|capturing|earned|scored|attracted|reaching|reached|clearing|cleared|topping|topped|exceeding|exceeded)\s+(?:just\s+|only\s+|some\s+|the\s+)?$"  # noqa: E501
)
_VOTED_AFTER = re.compile(r"\s+(?:voted|backed|supported|in favou?r|against|for\s+[A-ZÀ-Þ])")


def rule_vote_share(s: Sentence) -> Iterable[Found]:
    """A percentage of a vote: "51.2% of the vote", "won 58 percent", "52% voted yes"."""
    if not any(q.unit == "percent" for q in s.quantities):
        return
    low = (s.text + " " + s.context).lower()
    if not _VOTE_CONTEXT.search(low):
        if _SEATS.search(s.text):
            yield from _result_lines(s)  # a results list under a heading of its own
        elif _TURNOUT_WORD.search(low):
            yield from _side_shares(s)  # "- Hollin: yes 58.9%, turnout 61.4%"
        return
    shares: list[Quantity] = []  # the shares of the vote found so far in the sentence
    turnout = False  # whether a turnout was given before in the sentence
    for q in s.quantities:
        if q.unit != "percent":
            continue
        after = s.text[q.span.end :]
        before = s.text[: q.span.start].lower()
        m = _OF_THE_VOTE.match(after)
        if m:
            shares.append(q)
            yield make_found(q, Kind.VOTE_SHARE, q.span.end + m.end(), "percent")
            continue
        if _OF_THOSE_CAST.match(after):
            shares.append(q)
            yield make_found(q, Kind.VOTE_SHARE, q.span.end, "percent")
            continue
        if turnout and _EARLIER_FIGURE.search(before):
            continue  # "turnout was 31.4%, down from 34.9%": an earlier turnout
        if _OPINION_POLL.search(s.text) and not _an_exit_poll(s):
            continue  # "a poll found 41% in favour and 47% against": opinion, not a ballot
        side = _side_share(s.text, q)
        if side is not None:
            shares.append(q)  # "Yes won 54.1% and no 45.9%": a side's share
            yield side
            continue
        if _a_result_line(s.text[: q.span.start]):
            shares.append(q)  # "- Homeland Union: 8.2%, 19 seats": a line of the results
            yield make_found(q, Kind.VOTE_SHARE, q.span.end, "percent")
            continue
        voters = _voters_who_backed(s, q.span.end)
        if voters is not None:
            shares.append(q)  # "78% of members backed the strike in the ballot"
            yield make_found(q, Kind.VOTE_SHARE, voters, "percent")
            continue
        if _A_CHANGE_AFTER.match(after):
            continue  # "4,100 ballots (12% more than in 2019)": a change, not a share
        if _SHARE_OF_THE_VOTE.search(before) or (shares and _SET_AGAINST.search(before)):
            shares.append(q)  # "its share of the vote passed 40%", "to 27.9% from 19.4%"
            yield make_found(q, Kind.VOTE_SHARE, q.span.end, "percent")
            continue
        if _TURNOUT_BEFORE.search(before) or _CHANGE_BY.search(before):
            turnout = turnout or _TURNOUT_BEFORE.search(before) is not None
            continue  # "turnout was 61%", "the krone rose 1.2% against the euro"
        whole = of_a_whole(s.text, q.span.end)
        if whole is not None and whole[1] not in _VOTE_WHOLES:
            continue  # "with 99.2% of polling stations counted"
        if _TURNOUT_AS_IT.search(before) and _TURNOUT_TOLD.search(low):
            continue  # "Turnout was 61%. In the capital it reached 68.4%": the turnout again
        won = _WON_BEFORE.search(before) or _fell_to_a_result(s.text, before)
        tail = _VOTED_AFTER.match(after)
        if won or tail:
            shares.append(q)
            found = make_found(q, Kind.VOTE_SHARE, q.span.end, "percent")
            if _NONE_REACHING.search(before) and q.qualifier is Qualifier.EXACT:
                # "none of them reaching 1 percent": each got less than the figure
                value = Interval(low=None, high=q.value.high)
                found = replace(found, value=value, qualifier=Qualifier.FEWER_THAN)
            yield found


# Turnout named again by a pronoun with a verb of level: "in the capital it reached 68.4%".
_TURNOUT_AS_IT = re.compile(
    r"\b(?:it|participation)\s+(?:had\s+|has\s+)?(?:reached|topped|exceeded|passed|stood\s+at|"
    r"was|rose\s+to|fell\s+to|climbed\s+to|dropped\s+to)\s+(?:just\s+|only\s+|almost\s+|"
    r"nearly\s+|over\s+|about\s+)?$"
)
_TURNOUT_TOLD = re.compile(r"\bturnout\b|\btook\s+part\b|\bturned\s+out\s+to\s+vote\b")


# An exit poll, told in the sentence or the paragraph: its shares estimate the ballot's
# ("That poll put the Alliance on 24%"), unlike an opinion poll taken before it.
_EXIT_POLL = re.compile(r"\bexit[- ]polls?\b", re.IGNORECASE)


def _an_exit_poll(s: Sentence) -> bool:
    return _EXIT_POLL.search(s.text) is not None or _EXIT_POLL.search(s.context) is not None


# A line of a results list: a name and a colon, then the share ("- Green Left: 9.7%, 24
# seats"); a line that names a measure ("Turnout: 61%") is not a party's.
_RESULT_LINE = re.compile(
    r"^[\s\-–—•*]*(?P<name>[A-ZÀ-Þ][\w'’.&-]*(?:\s+(?:[A-ZÀ-Þ][\w'’.&-]*|and|of|for|the|de|"
    r"la|du|del)){0,7})\s*:\s*$"
)


_SEATS = re.compile(r"\bseats?\b")


def _result_lines(s: Sentence) -> Iterable[Found]:
    """Shares opening a line of a results list that tells the seats won."""
    for q in s.quantities:
        if q.unit == "percent" and _a_result_line(s.text[: q.span.start]):
            yield make_found(q, Kind.VOTE_SHARE, q.span.end, "percent")


def _a_result_line(before: str) -> bool:
    """Whether a share opens a list line after a party's or candidate's name and a colon."""
    m = _RESULT_LINE.match(before)
    return m is not None and _PERCENT_SUBJECTS.search(m.group("name")) is None


# Ballot words in the sentence itself, for a share of people who backed something to be a
# share of the vote ("78% of members backed action in a ballot"), not of a survey's answers.
_BALLOT_IN_SENTENCE = re.compile(
    r"\b(?:ballot|ballots|balloted|vote|votes|voted|voting|referendum|turnout|plebiscite)\b",
    re.IGNORECASE,
)


def _voters_who_backed(s: Sentence, end: int) -> int | None:
    """The end of "of members backed ..." after a share in a sentence about a ballot: people
    who voted one way ("62% of delegates supported the motion"), else None."""
    whole = of_a_whole(s.text, end)
    if whole is None or not _BALLOT_IN_SENTENCE.search(s.text):
        return None
    if not (is_people(whole[1]) or is_plural_noun(whole[1])):
        return None
    if not _VOTED_AFTER.match(s.text, whole[0]):
        return None
    return whole[0]


# Shares each under a figure: "none of them reaching 1 percent", "none reached 5%".
_NONE_REACHING = re.compile(
    r"\bnone\s+(?:of\s+(?:them|whom)\s+)?(?:reaching|reached|topping|topped|exceeding|"
    r"exceeded|passing|passed|clearing|cleared)\s+(?:the\s+)?$"
)


# A share named as one of the vote: "its share of the vote passed 40%".
_SHARE_OF_THE_VOTE = re.compile(
    r"\b(?:share|percentage|proportion)\s+of\s+(?:the\s+)?(?:valid\s+|popular\s+)?"
    r"(?:votes?|ballots)\b[^,;.]{0,25}$"
    r"|\b(?:its|their|his|her|[\w-]+['’]s?)\s+(?:vote\s+)?share\s+(?:to|at|of|from|was|is|"
    r"stood\s+at|reached|rose\s+to|fell\s+to)\s+(?:just\s+|only\s+|almost\s+|nearly\s+|"
    r"over\s+|about\s+)?$"
    # "received 148,306 votes, or 50.4%", "to 146,394 for Voss, or 49.6%": the votes as a share
    r"|\d[\d,]*\d(?:\s+(?:votes?|ballots))?(?:\s+(?:for|to)\s+(?:[a-z]+\s+)?[A-ZÀ-Þ][\w'’.-]*"
    r"(?:\s+[A-ZÀ-Þ][\w'’.-]*){0,2})?\s*(?:,\s+or|\s+[—–])\s+(?:about\s+|around\s+|roughly\s+|"
    r"nearly\s+|"
    r"almost\s+|some\s+|just\s+(?:over|under)\s+)?$"
    # "1,482,306 votes (38.6%)", "2.1 million ballots cast (41 percent)": the tally's share
    r"|(?:\d[\d,.]*|million|thousand)\s+(?:valid\s+|postal\s+)?(?:votes?|ballots)"
    r"(?:\s+cast)?\s*\(\s*(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|"
    r"just\s+(?:over|under)\s+)?$"
    # "put the NUP's share at 44% and Sorvia Forward's at 46%"
    r"|\bshare\b[^.;]{0,120}['’]s?\s+at\s+(?:between\s+)?$"
    # "members rejected the offer by 91%", "voters approved the measure by 58%"
    r"|\b(?:rejected|approved|backed|endorsed|passed|adopted|defeated|ratified|accepted|"
    r"carried|voted\s+down|voted\s+through)\s+(?:(?!that\b|which\b|who\b)[\w'’-]+\s+){0,6}"
    r"by\s+(?:a\s+margin\s+of\s+)?(?:about\s+|nearly\s+|almost\s+)?$",
    re.IGNORECASE,
)
# A figure told as a change right after it: "12% more than", "3 percent down on 2019".
_A_CHANGE_AFTER = re.compile(
    r"\s*(?:more|fewer|less|higher|lower|up|down|above|below)\b", re.IGNORECASE
)
# An earlier figure set against the one before it: "down from 34.9%", "up from 64% in 2020".
_EARLIER_FIGURE = re.compile(r"\b(?:down|up)\s+from\s+(?:just\s+|only\s+|some\s+)?$")
# A party's earlier result set against its share: "rising to 27.9% from 19.4%", "down from
# 38 seats and 36.2% in 2021".
_SET_AGAINST = re.compile(
    r"\b(?:from|against|compared\s+with|compared\s+to|versus)\s+(?:just\s+|only\s+)?"
    r"(?:\d[\d,]*\s+seats?\s+and\s+)?$"
)
# A sentence telling an opinion poll, whose shares are of respondents.
_OPINION_POLL = re.compile(
    r"\b(?:opinion\s+poll|a\s+poll|the\s+poll|poll\s+(?:by|for|of|found|showed|shows)|survey|"
    r"surveyed|respondents|pollster|pollsters|(?:final|latest|last|recent|previous|new)\s+"
    r"(?:[A-Z][\w-]*\s+){0,3}polls?|poll\s*,|poll\s+(?:had|has|put|puts|gave|gives|published|"
    r"released|conducted|suggested|suggests|predicted|predicts))\b",
    re.IGNORECASE,
)
# A change by a share, not a share: "rose 1.2%", "fell by 3 percent".
_CHANGE_BY = re.compile(
    r"\b(?:rose|fell|gained|lost|climbed|dropped|slipped|jumped|surged|sank|plunged|"
    r"increased|decreased|grew|shrank|declined|rallied|weakened|strengthened|eased|up|down)"
    r"(?:\s+by)?\s+(?:just\s+|only\s+|some\s+|about\s+|nearly\s+|almost\s+)?$"
)
# What a share of a ballot can be of.
_VOTE_WHOLES = frozenset({"votes", "vote", "ballots", "voters", "electorate", "those"})
# A party's result reached by a fall or a rise: "slumped to 24.9%" in a sentence that
# speaks of its seats or result ("the yield fell to 4.1%" does not).
_MOVED_TO = re.compile(
    r"\b(?:rose|fell|slumped|dropped|climbed|jumped|slipped|surged|sank|plunged|crashed|"
    r"soared|increased|fell back|recovered|collapsed|tumbled|fallen|risen|sunk|slid|edged up|"
    r"edged down|rising|falling|slumping|dropping|climbing|jumping|slipping|surging|sinking|"
    r"plunging|soaring|tumbling|sliding|recovering)\s+to\s+$"
)
_RESULT_WORDS = re.compile(
    r"\b(?:seats?|votes?|result|party|candidate|ballot|election|constituency)\b", re.IGNORECASE
)


def _fell_to_a_result(text: str, before: str) -> bool:
    clause = before[max(before.rfind(","), before.rfind(";")) + 1 :]
    return (
        _MOVED_TO.search(before) is not None
        and _RESULT_WORDS.search(text) is not None
        and _PERCENT_SUBJECTS.search(clause) is None
    )


_PERCENT_SUBJECTS = re.compile(
    r"\b(?:GDP|turnout|inflation|unemployment|poverty|yields?|rates?|prices?|shares|index|"
    r"growth|economy|currency|deficit|debt|approval|rating|support)\b",
    re.IGNORECASE,
)


_SPLIT_VOTE = re.compile(
    r"\bby\s+(?P<a>[\d.]+\s*(?:%|percent|per cent))\s+to\s+(?P<b>[\d.]+\s*(?:%|percent|per cent))"
)


_SPLIT_VOTE_CONTEXT = re.compile(
    r"\b(?:vote|votes|voted|voters|voting|ballot|ballots|referendum|election|approved|"
    r"rejected|passed|elected|won)\b"
)


def rule_split_vote(s: Sentence) -> Iterable[Found]:
    """A vote won "by 58.3 percent to 41.7 percent": both are shares of the vote."""
    if not _SPLIT_VOTE_CONTEXT.search(s.text.lower()):
        return
    for m in _SPLIT_VOTE.finditer(s.text):
        for g in ("a", "b"):
            q = next((q for q in s.quantities if q.span.start == m.start(g)), None)
            if q is not None and q.unit == "percent":
                yield make_found(q, Kind.VOTE_SHARE, q.span.end, "percent")


_MARGIN_AFTER = re.compile(
    r"\s+(?:" + "|".join(re.escape(p) for p in K.VOTE_MARGIN_AFTER) + r")\b", re.IGNORECASE
)
_MARGIN_BEFORE = re.compile(
    r"\b(?:" + "|".join(re.escape(p) for p in K.VOTE_MARGIN_BEFORE) + r")\s+$", re.IGNORECASE
)
# "won the seat by 318", "beat her rival by 318".
_WON_BY = re.compile(
    r"\b(?:won|beat|defeated|lost|trailed|led|edged|elected|re-elected)\b[^,;.]{0,40}\bby\s+$",
    re.IGNORECASE,
)
_FIRST_WORD = re.compile(r"\s+\S+")
_OTHER_COUNT_BEFORE = re.compile(r"\d[\d,.]*\s+(?!votes?\b)[a-z]+\b[^,;.\d]{0,30},\s*$")
_WORDS = re.compile(r"[a-z-]+")


def rule_vote_margin(s: Sentence) -> Iterable[Found]:
    """A winner's margin in a ballot: "318 more than her rival", "won by 318".

    Only in a sentence that speaks of a ballot, and only for a bare figure
    ("a majority of 12 seats" counts seats).  The quote is the figure and
    the word after it that makes it a margin ("318 more").
    """
    if all(q.unit is not None for q in s.quantities):
        return  # no bare figure: nothing to read, whatever the sentence speaks of
    if not K.VOTE_WORDS & set(_WORDS.findall(s.text.lower())):
        return
    for q in s.quantities:
        if q.unit is not None:
            continue
        if _MARGIN_AFTER.match(s.text, q.span.end):
            if _OTHER_COUNT_BEFORE.search(s.text, max(0, q.span.start - 70), q.span.start):
                continue  # "29 seats, ten more than last time": a difference in seats
            first = _FIRST_WORD.match(s.text, q.span.end)
            assert first is not None  # the phrase matched there
            yield make_found(q, Kind.VOTES, first.end(), "votes")
        elif (
            _MARGIN_BEFORE.search(s.text, 0, q.span.start)
            or _WON_BY.search(s.text, 0, q.span.start)
        ) and (plural_head(words_after(s.text, q.span.end, 4)) is None):
            yield make_found(q, Kind.VOTES, q.span.end, "votes")
