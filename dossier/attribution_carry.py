"""Speech carried on: continued speech, quotations, block quotes and publishers.

A speaker carries over to a sentence that goes on from what they said
(``goes_on``, ``carried_speaker``), to a quotation continued from the
previous paragraph (``continued_quote``), to the sentence after a study that
"shows how" (``introduced_by``) and to a block quote introduced by "X
added:" (``attribute_block``); quotations are attributed to whoever closes
them (``inside_quote``, ``attribute_quote``), and a report's publisher is
the outlet or the body that issued it (``publisher``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from dossier.attribution_names import _a_person
from dossier.attribution_speakers import (
    _NAME_RUN,
    _QUOTE_CLOSE,
    _QUOTE_OPEN,
    _SPEAKER_THEN_VERB,
    _VERB,
    _VERB_BEFORE_QUOTE,
    _VERB_THEN_SPEAKER,
    DOCUMENT_NOUNS,
    STUDY_NOUNS,
    _is_agent,
    _leading_np,
    _subject_before,
    attribute_sentence,
)
from dossier.attribution_words import PRONOUNS, looks_like_a_name, strip_titles
from dossier.names import MONTHS, NAME_RUN, TITLES, WEEKDAYS

# A sentence that goes on counting the figure before it: "Of those, 12 ...",
# "Eight more died", "Three are still missing", "two of them children".
# "Another 27 are missing" adds to it; "Its appeal for $420 million" speaks of the speaker.
# "Two of the most badly burned ...", "in those two weeks", "over the same period",
# "Most live in camps": a part of the group, or the time, the statement told of.
_PARTS = (
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "most", "many", "some", "half", "all", "none", "several", "few", "a third",
    "a quarter", "a fifth", "a majority",
)  # fmt: skip


_GOES_ON = re.compile(
    r"^\W*(?:of|among|its|their)\b|\b(?:still|further|remaining|remain|of them|of those|"
    r"of these|among them|another)\b|\bmore\b(?!\s+than)",
    re.IGNORECASE,
)


# The time or the people the statement told of, referred back to before the first
# figure: "In those two weeks, ...", "Over the same period 64 ...".
_REFERS_BACK = re.compile(
    r"\b(?:those|these)\b(?!\s+(?:who\b|[a-z]+ed\b))"
    r"|\b(?:over|in|during|for)\s+the\s+(?:same\s+)?period\b",
    re.IGNORECASE,
)


_PART_OPENING = re.compile(
    rf"\W*(?:(?:\d[\d,.]*|{'|'.join(_PARTS)})\s+of\s+the\b"
    r"|(?:most|many|several|some|half|none|the\s+rest)\s+(?:were|was|are|is|have|has|had|"
    r"remain|remained|live|lived|stay|stayed|work|worked|fled|returned|died|said|say)\b)",
    re.IGNORECASE,
)


_NEXT_WORD = re.compile(r"\s*\S*")


# The clause the first figure stands in: "Three people are still missing, among them ...".
_CLAUSE_END = re.compile(r"[,;:—–]")


# A count with no noun of its own refers back to the one before: "Nine were charged".
_BARE_COUNT = re.compile(
    r"\s+(?:were|was|are|is|have|has|had|remain|remained|died|survived|need|needed)\b"
)


# A pronoun going on with what the speaker said or found: "It also recorded ...",
# "She also fined ...", "They added that ...".
# "She is one of 450 villagers" describes; it does not go on with a statement.
_PRONOUN_GOES_ON = re.compile(
    r"^\W*(It|She|He|They)\s+(?:also\s+|further\s+)?"
    r"(?:(?!(?:is|was|are|were|has|have|had|will|would|can|could|may|might)\b)[a-z]+\b"
    r"|(?:has|have|had)\s+been\s+[a-z]+ing\b|had\s+[a-z]+(?:ed|en)\b|would\b)"
)


# Reported tense: "had been", "had died", "would" go on with an indirect statement.
_REPORTED_TENSE = re.compile(r"\b(?:had|would)\b", re.IGNORECASE)


# An indirect statement: "X said (that) ...", not a quotation closed by ", X said."
_INDIRECT = re.compile(
    r"\b(?:said|says|told\s+[\w ]{1,30}?|reported|stated|added|estimated|found|noted)"
    r"(?:\s+(?:(?:late|early)\s+)?(?:on|last|this|in\s+a)\s+\w+)?,?\s+"
    r"(?:that\b|(?!(?:on|in|at|late|early|last|this|yesterday|today|tonight)\b)(?-i:[a-z\d]))",
    re.IGNORECASE,
)


def goes_on(sentence: str, first_start: int, first_end: int) -> bool:
    """Whether ``sentence`` says by its opening that it continues the sentence before.

    "Of those, 12 ...", "Eight more died", "Three people are still missing",
    "Nine were charged", "It also recorded 23 wrecks": the signs are in the
    opening up to the first figure, in the clause that figure stands in, or
    in a bare count (a number with no noun of its own).
    """
    opening = sentence[: _NEXT_WORD.match(sentence, first_end).end()]
    if _GOES_ON.search(opening) or _PRONOUN_GOES_ON.match(sentence):
        return True
    if _REFERS_BACK.search(sentence, 0, first_start):
        return True
    if _PART_OPENING.match(sentence):
        return True
    clause_end = _CLAUSE_END.search(sentence, first_end)
    clause = sentence[first_start : clause_end.start() if clause_end else len(sentence)]
    if _GOES_ON.search(clause):
        return True
    return _WORDS_BEFORE.fullmatch(sentence[:first_start]) is not None and bool(
        _BARE_COUNT.match(sentence, first_end)
    )


_WORDS_BEFORE = re.compile(r"\W*(?:(?:only|just|and|but)\s+)?", re.IGNORECASE)


def carried_speaker(
    earlier: Sequence[str],
    sentence: str,
    first_start: int,
    first_end: int,
    previous_paragraph: str = "",
) -> str | None:
    """The speaker whose statement ``sentence``, with no speaker of its own, goes on with.

    "The toll rose to 40, the agency said. Of those, 12 were children."
    gives the agency the 12 as well.  ``earlier`` holds the sentences of the
    paragraph before this one; the speaker is the previous sentence's, or,
    when that sentence itself goes on from an earlier one, the speaker it
    carries.  The sentence must say it goes on (see ``goes_on``), or stay in
    the reported tense ("had", "would") of an indirect statement before it:
    a sentence that moves on to something else ("Nearly 9,000 postal votes
    were verified") is the writer's own.

    The first sentence of a paragraph goes on with the account that closed
    ``previous_paragraph`` only on clearer signs (see ``_runs_on``).
    """
    if not earlier:
        return _carried_across(previous_paragraph, sentence, first_start, first_end)
    previous = earlier[-1].rstrip()
    if not previous:
        return None
    speaker = _speaker_at_end(previous)
    indirect = speaker is not None and _INDIRECT.search(previous) is not None
    if (speaker is None or speaker in PRONOUNS) and _continues_without_figure(previous):
        speaker = carried_speaker(earlier[:-1], previous, 0, 0, previous_paragraph)
        indirect = speaker is not None
    if speaker is None:
        return None
    if goes_on(sentence, first_start, first_end):
        pronoun = _PRONOUN_GOES_ON.match(sentence)
        person = pronoun.group(1).lower() if pronoun else ""
        return person if person in ("he", "she") else speaker  # "She blamed ..."
    own = _QUOTED.sub(" ", sentence)
    if indirect and _REPORTED_TENSE.search(own) and not _VERB.search(own):
        return speaker  # "had", "would" in a sentence with no speech verb of its own
    if same_account(previous, sentence):
        return speaker
    return None


# Quotation marks: a quotation is a statement whole in itself.
_QUOTATION_MARK = re.compile(r"[“”\"]")


# An opening that moves the story to another time: "In August 2023, ...",
# "That same year ...", "Since Monday, ...", "Back in 1998 ...".
_ANOTHER_TIME = re.compile(
    r"\W*(?:(?:back\s+)?(?:in|by|during|until)\s+(?:[A-Za-z]+\s+){0,2}(?:1[89]|20)\d\d\b"
    r"|(?:that|the)\s+(?:same\s+)?(?:year|month|week|day)\b"
    r"|since\b|years?\s+(?:earlier|later|before|after)\b)",
    re.IGNORECASE,
)


# A figure and the word after it: "$4.2 billion", "15.2%", "one in five", "312 cases".
_NUMBER_WORDS = "|".join(
    ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
     "twelve", "dozens", "hundreds", "thousands")
)  # fmt: skip
_FIGURE = re.compile(
    rf"(?P<currency>[$€£¥])?(?<![\w.,])(?:\d[\d,.]*\d|\d|(?i:{_NUMBER_WORDS}))(?![\w,.]*\d)"
    r"(?:\s*(?:million|billion|trillion|bn|m)\b)?"
    r"(?P<unit>\s*(?:%|per\s*cent\b|percent\b|percentage\s+points?\b|in\s+(?i:ten|\w+)\b)"
    r"|\s+[a-z][\w-]*)?"
)


# Units that make a figure a measure: a share or a sum of money.
_MEASURE_UNITS = frozenset(
    ("%", "per cent", "percent", "percentage", "dollars", "euros", "pounds", "pence", "cents",
     "crowns", "krona", "kronor", "francs", "rupees", "yen", "yuan", "pesos", "marks", "dinars",
     "shillings", "naira", "rand", "lira", "kron")
)  # fmt: skip


# Words after a number that are not the noun it counts.
_NOT_COUNTED = frozenset(
    ("of", "in", "on", "at", "to", "from", "and", "or", "a", "the", "were", "was", "are", "is",
     "had", "have", "has", "more", "per")
)  # fmt: skip


_YEAR = re.compile(r"(?:1[89]|20)\d\d,?")


def _families(text: str) -> set[str]:
    """What the figures of ``text`` measure: "measure" for shares and money, else the noun
    counted ("case" for "312 cases"); a count with no noun of its own has none."""
    out: set[str] = set()
    for m in _FIGURE.finditer(text):
        if _YEAR.fullmatch(m.group().split()[0]):
            continue
        unit = " ".join((m.group("unit") or "").split()).lower()
        head = unit.split(" ")[0] if unit else ""
        if m.group("currency") or unit.startswith(("in ", "percentage")) or head in _MEASURE_UNITS:
            out.add("measure")
        elif head and head not in _NOT_COUNTED:
            out.add(head.removesuffix("s"))
    return out


def same_account(previous: str, sentence: str) -> bool:
    """Whether ``sentence``, naming no source, tells more of the account ``previous`` attributed.

    Reporters give a source once and go on with its figures in the
    sentences that follow: "Prices rose 9%, the statistics office said.
    Food was up 15%." A sentence goes on with the account when it counts
    what the account counted: shares and sums of money after shares and
    sums of money (the figures of a release, a set of accounts, a result),
    or the same thing ("412 cases" after "1,105 cases").  A count of
    something new ("Seven bridges were swept away") is the writer's.  The
    account stops at a quotation (the speaker's own words are the
    statement; what follows is the writer's), at a speech verb of its own
    (another statement), and at an opening that moves to another time
    ("In 2019, ...", "That same year ...", "Since Monday, ...").
    """
    if _QUOTATION_MARK.search(previous) or _QUOTATION_MARK.search(sentence):
        return False
    if _says_itself(sentence) or _ANOTHER_TIME.match(sentence):
        return False
    return not _families(sentence).isdisjoint(_families(previous))


_PASSIVE = re.compile(r"\b(?:was|were|is|are|be|been|being)\s+$", re.IGNORECASE)


def _says_itself(sentence: str) -> bool:
    """Whether ``sentence`` has a speech verb of its own; "612 cases have been reported"
    is passive, told with no new speaker."""
    return any(not _PASSIVE.search(sentence, 0, v.start()) for v in _VERB.finditer(sentence))


@lru_cache(maxsize=512)
def _speaker_at_end(sentence: str) -> str | None:
    """The speaker of a sentence as its last words read (cached: asked once per figure after it)."""
    return attribute_sentence(sentence, max(0, len(sentence) - 1))


# The end of a sentence inside a paragraph: a stop, then a capital or a quotation opening.
_SENTENCE_END = re.compile(r"(?<=[.!?”\"])\s+(?=[A-Z“\"])")


def _carried_across(paragraph: str, sentence: str, first_start: int, first_end: int) -> str | None:
    """The speaker of the account that closes ``paragraph``, when ``sentence`` (the next
    paragraph's first) runs on with it.

    A new paragraph is often the writer's own, so the signs must be clear
    (see ``_runs_on``): a pronoun for the speaker ("She also fined ..."), a
    part of what was counted ("Of those, 12 ..."), or the reported tense of an
    indirect statement ("... had been", "... would") with no speech verb of its own.
    """
    paragraph = paragraph.strip()
    if not paragraph or sentence.lstrip().startswith(("“", '"')):
        return None
    sentences = [p for p in _SENTENCE_END.split(paragraph) if p.strip()]
    last = sentences[-1].rstrip()
    speaker = _speaker_at_end(last)
    indirect = speaker is not None and _INDIRECT.search(_QUOTED.sub(" ", last)) is not None
    if speaker is None:
        speaker = carried_speaker(sentences[:-1], last, 0, 0)
        indirect = speaker is not None
    if speaker is None or not _runs_on(sentence, first_start, first_end, indirect):
        return None
    pronoun = _PRONOUN_GOES_ON.match(sentence)
    person = pronoun.group(1).lower() if pronoun else ""
    if person in ("he", "she"):
        return person if _may_be_a_person(speaker) else None
    if person == "it" and _may_be_a_person(speaker) and speaker[:1].isupper():
        return None  # "It" is not the person who spoke
    return speaker


def _runs_on(sentence: str, first_start: int, first_end: int, indirect: bool) -> bool:
    """Whether a paragraph's first sentence runs on with the account before it."""
    if _PRONOUN_GOES_ON.match(sentence) or _OF_THOSE.match(sentence):
        return True  # "She also fined ...", "Of those, 12 were children."
    own = _QUOTED.sub(" ", sentence)
    return indirect and _PAST_PERFECT_OR_WOULD.search(own) is not None and not _VERB.search(own)


# What refers back across a paragraph's break: "Of those, ...", "Of them, ...".
_OF_THOSE = re.compile(r"\W*(?:of|among)\s+(?:those|these|them)\b", re.IGNORECASE)


# The reported tense proper: "had been", "had died", "would" (not "has had").
_PAST_PERFECT_OR_WOULD = re.compile(
    r"(?<!\bhas\s)(?<!\bhave\s)\bhad\s+(?:been|[a-z]+(?:ed|en|wn|ne|ght))\b|\bwould\b",
    re.IGNORECASE,
)


def _may_be_a_person(speaker: str) -> bool:
    """Whether "he" or "she" may stand for ``speaker``: a pronoun, a name or a person described."""
    if speaker.lower() in ("he", "she"):
        return True
    if speaker[:1].isupper():
        return looks_like_a_name(speaker) and not _is_agent(speaker.split()[-1])
    return _a_person(speaker)  # "doctor at the district clinic"


_ONE_SENTENCE = re.compile(r"[^.!?]{0,80}[.!?]?\s*")


def continued_quote(previous_paragraph: str, before_quote: str) -> str | None:
    """Who speaks a quotation that opens a paragraph and names no speaker of its own.

    News prose runs a speaker's words over several paragraphs: the paragraph
    before either ends inside an open quotation or closes one with its
    speaker ("People are angry," she said.), and this one opens with a
    quotation mark.  ``before_quote`` is the paragraph's text before the
    quotation: it must be empty.
    """
    text = previous_paragraph.rstrip()
    if before_quote.strip() or not text:
        return None
    closing = text.rfind(_QUOTE_CLOSE)
    opening = text.rfind(_QUOTE_OPEN)
    if opening > closing:  # the quotation runs on into this paragraph
        return attribute_quote(text, (opening, len(text)))
    if closing < 0 or not _ONE_SENTENCE.fullmatch(text, closing + 1):
        return None  # the writer's narration follows the quotation
    return attribute_quote(text, (max(0, opening), closing + 1))


_QUOTED = re.compile(r"“[^”]*”?|\"[^\"]*\"?")


def _continues_without_figure(sentence: str) -> bool:
    """Whether a sentence, whatever its figures, opens by going on from the one before."""
    return bool(_PRONOUN_GOES_ON.match(sentence) or _OPENS_GOING_ON.match(sentence))


_OPENS_GOING_ON = re.compile(
    r"^\W*(?:of\s+(?:those|these|them|the)|among\s+them|another|in\s+addition)\b", re.IGNORECASE
)


# A sentence that announces what the next one tells: "The report also shows how ...".
_INTRODUCES = re.compile(r"\b(?:shows?|showed|found|finds)\s+(?:how|that|what)\b", re.IGNORECASE)


_ANY_DIGIT_OR_NUMBER = re.compile(r"\d")


def introduced_by(previous: str) -> str | None:
    """The study or document a figure-less sentence names for the sentence after it.

    "The report also shows how unevenly the burden is shared." gives "report"
    to the figures of the next sentence, which says how; its author is found
    from where the article named it.  A person's "said that" is not enough:
    the next sentence may well be the writer's own.
    """
    m = _INTRODUCES.search(previous)
    if m is None or _ANY_DIGIT_OR_NUMBER.search(previous):
        return None
    document = _DOCUMENT_AT_END.search(previous, 0, m.start())
    return None if document is None else document.group(1).lower()


_DOCUMENT_AT_END = re.compile(
    r"\b(?:the|its|their|this)\s+(?:[\w-]+\s+)?("
    + "|".join(sorted({*STUDY_NOUNS, *DOCUMENT_NOUNS}))
    + r")\s+(?:also\s+|further\s+)?$",
    re.IGNORECASE,
)


# Words in an outlet's name that make it a newspaper or broadcaster, not a body publishing
# its own text.
_PRESS_WORDS = frozenset(
    {
        "gazette", "courier", "post", "times", "news", "press", "herald", "journal", "tribune",
        "wire", "daily", "weekly", "chronicle", "observer", "mail", "telegraph", "guardian",
        "report", "review", "magazine", "radio", "tv", "television", "broadcasting", "media",
        "star", "standard", "independent", "express", "record", "sun", "bulletin", "agencia",
        "agence", "agenzia", "noticias", "blog", "newspaper", "site", "sample",
    }
)  # fmt: skip


_IN_BRACKETS = re.compile(r"\s*\([^)]*\)")


_PREPOSITIONS = frozenset({"in", "on", "at", "for", "of", "from", "to", "by", "with", "inside"})


def publisher(outlet: str | None, body: str) -> str | None:
    """The body whose own text the article is, or whose document it sets out.

    A central bank's statement, a rights group's report or a press release
    tells its figures in the body's own voice: with no other source, they are
    the body's.  A newspaper ("The Marrowgate Courier") is no such body, but an
    article opening on a body's document tells that document's figures.
    """
    return _outlet_publisher(outlet, body) or document_publisher(body) or interviewee(body)


def _outlet_publisher(outlet: str | None, body: str) -> str | None:
    """The outlet, when it is a body the text names."""
    name = _IN_BRACKETS.sub("", outlet or "").strip()
    words = {w.lower().strip(".,'’") for w in name.split()}
    noted = {
        w.lower().strip("()")
        for m in _IN_BRACKETS.finditer(outlet or "")
        for w in m.group(0).split()
    }
    if not name or (words | noted - {"press", "release"}) & _PRESS_WORDS:
        return None  # a newspaper, a wire, a blog; "(press release)" is the body's own
    first = name.split()[0].lower()
    if first in _PREPOSITIONS:
        return None  # "In Venezuela": a title, not a body
    if name.casefold() in body.casefold():
        return name
    return _named_otherwise(name, body)


# A line of its own asking a question: "## How serious is it now?", "**Q: Why?**".
_QUESTION_LINE = re.compile(r"^[#*_\s]*(?:Q\s*[:.]\s*)?(?P<q>[^\n]{3,240}\?)[*_\s]*$", re.MULTILINE)
# Words by which an article's opening says the person in it was interviewed.
_INTERVIEWED = re.compile(
    r"\b(?:spoke|talked|speaking|talking)\s+(?:to|with)\b|\binterview(?:ed|s)?\b"
    r"|\bsat\s+down\s+with\b|\bin\s+conversation\s+with\b",
    re.IGNORECASE,
)
# What marks a capitalised name as a person's: a title before it, an age after it.
_TITLE_BEFORE = re.compile(r"\b(?P<title>[A-Za-z]+)\.?\s+$")
_AGE_AFTER = re.compile(r"^,\s*\d{2},")


def interviewee(body: str) -> str | None:
    """The person an interview gives the words of, when the article is one.

    An interview is set out as questions on lines of their own (headings,
    "Q:" lines) after an opening that says someone was interviewed ("She
    spoke to the Observer", "In an interview with ..."); the answers under
    the questions are that person's.  The person is the first one the
    opening names by a title ("Dr.", "Mayor") or an age ("Anna Kovac, 61,").
    An explainer with questions for headings says nobody was interviewed.
    """
    questions = list(_QUESTION_LINE.finditer(body))
    if len(questions) < 2:
        return None
    opening = body[: questions[0].start()]
    if not _INTERVIEWED.search(opening):
        return None
    people = _people_named(opening)
    return people[0] if people else None


def _people_named(text: str) -> list[str]:
    """Names in ``text`` marked as people's by a title before or an age after them."""
    people: list[str] = []
    for m in NAME_RUN.finditer(text):
        name = strip_titles(m.group(0))
        if len(name.split()) < 2 or not looks_like_a_name(name):
            continue
        before = text[max(0, m.start() - 30) : m.start()]
        words = m.group(0)[: len(m.group(0)) - len(name)].split()  # "Mayor" of "Mayor Tom Reyes"
        title = _TITLE_BEFORE.search(before)
        words += [title.group("title")] if title else []
        if any(w.lower().rstrip(".") in TITLES for w in words) or _AGE_AFTER.match(text[m.end() :]):
            people.append(name)
    return people


def document_publisher(body: str) -> str | None:
    """The body whose document the whole article sets out, from its opening sentence.

    "The first results of the 2023 census, released by the National Statistics
    Bureau on Tuesday, paint a picture of ..." opens an article that goes
    through the census: figures it tells in its own voice are the bureau's.
    Only a document standing as the opening sentence's subject, with its
    issuer named by "by", makes the article the document's; "... killed 40,
    according to a report by X" does not.
    """
    opening = _opening_sentence(body)
    if opening is None:
        return None
    m = _DOCUMENT_SUBJECT.match(opening)
    if m is None:
        return None
    by = _ISSUED_BY.search(m.group("aside"))
    if by is None:
        return None
    issuer = by.group("name")
    first = re.sub(r"[’']s$", "", issuer.split()[0].lower())
    return None if first in _NOT_ISSUERS else issuer


# Words before the figure-free dateline a wire story opens with: "GENEVA, June 3 (Wire) -".
_DATELINE = re.compile(r"^[^.—–]{0,60}?\s[—–-]{1,2}\s+(?=[A-Z])")
_FIRST_SENTENCE = re.compile(r"^.*?[.!?](?=\s+[A-Z“\"]|\s*$)", re.DOTALL)

# A document opening the sentence as its subject: "The first results of the
# census, released by ...", "A report published on Tuesday by ...", "A new
# survey by ...".  The aside between the document and its verb holds the issuer.
_DOCUMENTS = "|".join(sorted({*STUDY_NOUNS, *DOCUMENT_NOUNS} - {"statement", "update"}))
_DOCUMENT_SUBJECT = re.compile(
    r"^(?:The|A|An)\s+(?:[\w’'-]+\s+){0,6}?(?:" + _DOCUMENTS + r")\b"
    r"(?P<aside>(?:,[^,;:.“”]{0,120},|\s+(?:released|published|issued|compiled|conducted|"
    r"carried\s+out|produced|by)\b[^,;:.“”]{0,120}?(?=\s+[a-z]+s\b)))"
)
_ISSUED_BY = re.compile(rf"\bby\s+(?:the\s+)?(?P<name>{_NAME_RUN.pattern})")
_NOT_ISSUERS = WEEKDAYS | MONTHS | {"phone", "email", "telephone", "video"}


def _opening_sentence(body: str) -> str | None:
    """The first sentence of the article's first paragraph of prose (eight words or more)."""
    for paragraph in body.split("\n"):
        text = _DATELINE.sub("", paragraph.strip().lstrip("#* "))
        m = _FIRST_SENTENCE.match(text)
        if m and len(m.group(0).split()) >= 8:
            return m.group(0)
    return None


# Words an outlet's name and the body's own name may order differently or leave out.
_LINKS = frozenset({"of", "the", "and", "for", "de", "del", "la"})
_BODY_NAME_RUN = re.compile(
    r"[A-Z][\w’'-]*(?:\s+(?:(?:of|the|and|for|de|del|la)\s+){0,2}[A-Z][\w’'-]*)*"
)


def _named_otherwise(outlet: str, body: str) -> str | None:
    """The body's name as the text writes it when the outlet orders its words differently.

    An outlet "Velmora Ministry of Health" is the "Ministry of Health of the
    Republic of Velmora" its release names: the same words, a different order,
    a few more.  The first name in the text holding every word of the outlet's
    (at least two) is the body's.
    """
    wanted = {w.casefold() for w in outlet.split()} - _LINKS
    if len(wanted) < 2:
        return None
    for m in _BODY_NAME_RUN.finditer(body):
        tokens = m.group(0).split()
        ours = [i for i, w in enumerate(tokens) if w.casefold().strip("’'") in wanted]
        if not ours:
            continue
        tokens = tokens[ours[0] : ours[-1] + 1]  # not "Today the" before the name
        words = {w.casefold().strip("’'") for w in tokens}
        if wanted <= words and len(words - _LINKS) <= 2 * len(wanted):
            return " ".join(tokens)
    return None


def inside_quote(paragraph: str, offset: int) -> tuple[int, int] | None:
    """The ``[open, close)`` of the quotation around ``offset`` in ``paragraph``.

    Curly quotation marks open and close; straight ones (") pair up in order.
    """
    if _QUOTE_OPEN not in paragraph and '"' in paragraph:
        if paragraph.count('"', 0, offset) % 2 == 0:
            return None
        close = paragraph.find('"', offset)
        return paragraph.rfind('"', 0, offset), (len(paragraph) if close < 0 else close + 1)
    depth_open = paragraph.rfind(_QUOTE_OPEN, 0, offset)
    if depth_open < 0 or paragraph.rfind(_QUOTE_CLOSE, 0, offset) > depth_open:
        return None
    close = paragraph.find(_QUOTE_CLOSE, offset)
    return depth_open, (len(paragraph) if close < 0 else close + 1)


def attribute_quote(paragraph: str, quote: tuple[int, int]) -> str | None:
    """Who speaks a quotation: ``,” X said`` after it or ``X said: “`` before it."""
    after = paragraph[quote[1] : quote[1] + 80]
    m = _SPEAKER_THEN_VERB.match(after)
    if m:
        return m.group(1)
    m = _VERB_THEN_SPEAKER.match(after)
    if m:
        return m.group(1)
    before = paragraph[max(0, quote[0] - 200) : quote[0]]
    m = _VERB_BEFORE_QUOTE.search(before)
    if m:
        return _subject_before(before[: m.start()]) or _leading_np(before)
    m = _SAID_BEFORE.search(before)
    if m:  # "“People are angry,” she said. “We have had to find £6.2m ...”"
        return m.group("who") or m.group("named")
    return None


# A quotation closed by its speaker right before the next one opens.
_SAID_BEFORE = re.compile(
    rf"[,.!?][”\"]\s*(?:(?P<who>{_NAME_RUN.pattern}|he|she|they)\s+(?:said|says|added|adds)"
    rf"|(?:said|says|added|adds)\s+(?P<named>{_NAME_RUN.pattern}))[^.“”\"]{{0,60}}\.\s*$"
)


def attribute_block(previous_paragraph: str) -> str | None:
    """Speaker of a block quote introduced by "Rosas added:" in the paragraph before."""
    text = previous_paragraph.rstrip()
    if not text.endswith(":"):
        return None
    verbs = list(_VERB.finditer(text))
    if not verbs:
        return None
    m = verbs[-1]
    return _subject_before(text[: m.start()])
