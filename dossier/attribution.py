"""Who a figure is attributed to, and the names around it.

News prose attributes figures in a handful of shapes: "according to X",
"X said (that)", "..., X said.", "X, a rights group, reported", "X put the
toll at N", "X's figures show N", "a 2023 audit by X found", quotations
closed by ``,” Almagro said`` and block quotes introduced by "Rosas added:".
A figure with none of these is the article's own voice (``None``).

Names are written out as the article gives them: a role followed by its
holder ("the medical superintendent, Dr Nasreen Akhtar"), an office named
again ("the chief medical officer"), "the force" for the police force named
before, a document's issuer ("the statement said" after "the force said in
a statement"), and acronyms the article defines ("UNHCR").  A study that
"shows how" speaks for the sentence after it; a press release's "we",
"our" and "us" are its issuer.

The speaker is the noun heading its phrase ("health officials in Kivani",
"families of inmates"); an unnamed spokesperson speaks for the body ("a
spokesman for the Red Cross" -> Red Cross), a named one for themselves.
Short names are written out in full where the article introduces the person
("Almagro" -> "Luis Almagro", "the minister" -> "Jane Doe" after "Interior
Minister Jane Doe"), so claims from different sentences agree.

The rest of the package imports from here; the code lives in
``attribution_words`` (tables of verbs and nouns, shared patterns and the
shape of a name), ``attribution_speakers`` (the speaker of a sentence),
``attribution_names`` (people, bodies, offices, documents and acronyms
written out in full) and ``attribution_carry`` (speech carried on,
quotations, block quotes and publishers).
"""

from __future__ import annotations

from dossier.attribution_carry import (
    attribute_block,
    attribute_quote,
    carried_speaker,
    continued_quote,
    inside_quote,
    introduced_by,
    publisher,
)
from dossier.attribution_names import (
    OFFICES,
    acronyms,
    context_names,
    expand_agent,
    expand_document,
    expand_name,
    last_organisation,
    last_speaker,
    name_index,
    named_body,
    titled_person,
    without_article,
)
from dossier.attribution_speakers import (
    attribute_sentence,
)
from dossier.attribution_words import (
    PRONOUNS,
    looks_like_a_name,
    strip_titles,
)

__all__ = [
    "OFFICES",
    "PRONOUNS",
    "acronyms",
    "attribute_block",
    "attribute_quote",
    "attribute_sentence",
    "carried_speaker",
    "context_names",
    "continued_quote",
    "expand_agent",
    "expand_document",
    "expand_name",
    "inside_quote",
    "introduced_by",
    "last_organisation",
    "last_speaker",
    "looks_like_a_name",
    "name_index",
    "named_body",
    "publisher",
    "strip_titles",
    "titled_person",
    "without_article",
]
