"""Rules that set apart text around an article that is not the article.

Comment forms, "Continue reading" links, "Watch:" teasers, author bios,
newsletter and contact lines are kept (a reader may want to see them) but
never shown as article text and never mined for claims.

Each rule is a named function over a block's text and its position; the
table is ordered and the first rule that matches names the reason.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True, kw_only=True)
class BlockText:
    text: str
    index: int  # position among the article's blocks
    count: int  # number of blocks in the article
    author: str | None  # byline from the metadata, if known


Rule = Callable[[BlockText], bool]

_COMMENT_SECTION = re.compile(
    r"^(leave a (reply|comment)|post a comment|\d+ (comments?|responses?)\b|"
    r"fill in your details below|comments? (are )?closed|join the (conversation|discussion))",
    re.IGNORECASE,
)
_CONTINUE = re.compile(
    r"^(continue reading|read (the )?(full|more|rest)|click here|keep reading|"
    r"read the (full )?(article|story|report) (here|at|on))\b",
    re.IGNORECASE,
)
_TEASER = re.compile(
    r"^(watch|listen|video|related|see also|also read|read also|read more|more|"
    r"recommended|trending|photos?|gallery|podcast)\s*[:|>\u2013\u2014-]\s+\S",
    re.IGNORECASE,
)
_CONTACT = re.compile(
    r"^(questions?\s*/\s*comments?|e-?mail (me|us)|contact (me|us)|keep in touch|"
    r"follow (me|us|him|her|them) on|subscribe (to|now|here)|sign up (for|to|here)|"
    r"share this|like this:|this site uses akismet|you are commenting using|connecting to %s)"
    r"|\byou can follow (me|us|him|her|them)\b",
    re.IGNORECASE,
)
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.-]+\b")
_BIO = re.compile(
    r"^[A-Z][\w.'\u2019-]+(?: [A-Z][\w.'\u2019-]+){0,3} (?:is|was) (?:an? |the )"
    r"(?:[\w-]+ ){0,6}(?:writer|journalist|reporter|correspondent|editor|columnist|"
    r"contributor|author|analyst|freelancer|producer|fellow)\b"
)


def comment_form(block: BlockText) -> bool:
    """A comment form or the comments section; handled as 'everything after' by the caller."""
    return bool(_COMMENT_SECTION.match(block.text.strip()))


def continue_reading(block: BlockText) -> bool:
    """ "Continue reading HERE.", "Read the full story at ..."."""
    return bool(_CONTINUE.match(block.text.strip())) and len(block.text.split()) <= 20


def teaser(block: BlockText) -> bool:
    """Short "Watch: ...", "Related: ..." lines pointing at other content."""
    return bool(_TEASER.match(block.text.strip())) and len(block.text.split()) <= 25


def contact_line(block: BlockText) -> bool:
    """Short lines asking the reader to write, follow, subscribe or share."""
    text = block.text.strip()
    if len(text.split()) > 30:
        return False
    return bool(_CONTACT.search(text)) or (bool(_EMAIL.search(text)) and len(text.split()) <= 12)


def author_bio(block: BlockText) -> bool:
    """ "Jane Doe is a reporter who covers ..." near the end of the article."""
    if block.index < block.count - 3:
        return False
    text = block.text.strip()
    if block.author and text.startswith(block.author.split(",")[0].strip() + " is "):
        return True
    return bool(_BIO.match(text))


RULES: tuple[tuple[str, Rule], ...] = (
    ("comment form", comment_form),
    ("continue reading", continue_reading),
    ("teaser", teaser),
    ("contact line", contact_line),
    ("author bio", author_bio),
)


def classify(texts: Sequence[str], author: str | None) -> tuple[str | None, ...]:
    """For each block text, the name of the boilerplate rule it matches, or None.

    Once a comment section starts, every block after it is boilerplate too.
    """
    reasons: list[str | None] = []
    in_comments = False
    for index, text in enumerate(texts):
        if in_comments:
            reasons.append("comment form")
            continue
        block = BlockText(text=text, index=index, count=len(texts), author=author)
        reason = next((name for name, rule in RULES if rule(block)), None)
        in_comments = reason == "comment form"
        reasons.append(reason)
    return tuple(reasons)
