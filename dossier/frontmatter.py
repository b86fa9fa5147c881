"""Article metadata from YAML front matter or a sidecar file.

YAML from articles is untrusted: it is read with the safe loader only, under
a size limit, with aliases refused (no "billion laughs"), and every problem
is reported with the line it is on.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import yaml

from dossier.errors import error, warning
from dossier.model import Diagnostic, SourceMeta

MAX_METADATA_BYTES = 64 * 1024
# libyaml's safe loader when PyYAML was built with it (it is ~10x faster); same rules.
_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
MAX_FIELD_CHARS = 2_000

# Declared once: serves validation, help text and the README.
METADATA_FIELDS: dict[str, str] = {
    "title": "headline of the article",
    "outlet": "publication or site that published it",
    "author": "byline; a list of names is joined with commas",
    "url": "address of the original article (http or https only)",
    "published": "publication date, YYYY-MM-DD",
    "language": "language code, e.g. en",
    "notes": "free-text note shown on the source page (e.g. how a field was inferred)",
}


@dataclass(frozen=True, slots=True, kw_only=True)
class Metadata:
    meta: SourceMeta
    notes: str | None
    diagnostics: tuple[Diagnostic, ...]

    @property
    def ok(self) -> bool:
        return all(d.severity.value != "error" for d in self.diagnostics)


@dataclass(frozen=True, slots=True, kw_only=True)
class SplitText:
    """An article's text with its front matter (if any) taken off."""

    front_matter: str | None
    front_matter_line: int  # 1-based line of the first YAML line
    body: str
    diagnostics: tuple[Diagnostic, ...] = ()


def split_front_matter(text: str, path: str) -> SplitText:
    """Separate a leading ``---`` YAML block from the article text."""
    if not text.startswith("---\n") and text.rstrip("\n") != "---":
        return SplitText(front_matter=None, front_matter_line=0, body=text)
    lines = text.split("\n")
    for index in range(1, len(lines)):
        if lines[index].rstrip() in ("---", "..."):
            return SplitText(
                front_matter="\n".join(lines[1:index]),
                front_matter_line=2,
                body="\n".join(lines[index + 1 :]),
            )
    return SplitText(
        front_matter=None,
        front_matter_line=0,
        body=text,
        diagnostics=(error(path, "front matter opened with '---' is never closed", line=1),),
    )


def parse_metadata(yaml_text: str | None, path: str, first_line: int = 1) -> Metadata:
    """Validate ``yaml_text`` (a mapping of METADATA_FIELDS) into ``SourceMeta``."""
    if yaml_text is None or not yaml_text.strip():
        return Metadata(meta=SourceMeta(), notes=None, diagnostics=())
    if len(yaml_text.encode("utf-8")) > MAX_METADATA_BYTES:
        message = f"metadata is larger than {MAX_METADATA_BYTES // 1024} KB"
        return _failed(error(path, message, line=first_line))
    try:
        node = _compose_without_aliases(yaml_text)
        data = yaml.load(yaml_text, Loader=_LOADER)  # _LOADER is a safe loader
    except _AliasFound as found:
        line = first_line + found.line
        return _failed(error(path, "YAML aliases and anchors are not allowed in metadata", line))
    except yaml.MarkedYAMLError as exc:
        exc = _pure_python_error(yaml_text) or exc  # libyaml marks the end, not the culprit
        mark = exc.problem_mark or exc.context_mark
        line = first_line + mark.line if mark else first_line
        column = mark.column + 1 if mark else None
        problem = exc.problem or exc.context or "invalid YAML"
        return _failed(error(path, f"invalid YAML metadata: {problem}", line, column))
    except yaml.YAMLError as exc:
        return _failed(error(path, f"invalid YAML metadata: {exc}", first_line))
    except (ValueError, TypeError, RecursionError) as exc:
        # e.g. an impossible date such as 2024-02-30, which YAML reads as a date
        return _failed(error(path, f"invalid metadata value: {exc}", first_line))
    if data is None:
        return Metadata(meta=SourceMeta(), notes=None, diagnostics=())
    if not isinstance(data, dict):
        return _failed(error(path, "metadata must be a mapping of field: value", first_line))
    lines = _key_lines(node, first_line)
    return _validate(data, lines, path, first_line)


def _pure_python_error(text: str) -> yaml.MarkedYAMLError | None:
    """The error PyYAML's own parser reports: it points at the offending line."""
    try:
        yaml.safe_load(text)
    except yaml.MarkedYAMLError as exc:
        return exc
    except (yaml.YAMLError, ValueError, TypeError, RecursionError):
        return None
    return None


class _AliasFound(Exception):
    def __init__(self, line: int) -> None:
        self.line = line


def _compose_without_aliases(text: str) -> yaml.Node | None:
    for event in yaml.parse(text, Loader=_LOADER):
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            raise _AliasFound(event.start_mark.line)
    return yaml.compose(text, Loader=_LOADER)


def _key_lines(node: yaml.Node | None, first_line: int) -> dict[str, int]:
    if not isinstance(node, yaml.MappingNode):
        return {}
    return {
        str(key.value): first_line + key.start_mark.line
        for key, _ in node.value
        if isinstance(key, yaml.ScalarNode)
    }


def _failed(diagnostic: Diagnostic) -> Metadata:
    return Metadata(meta=SourceMeta(), notes=None, diagnostics=(diagnostic,))


def _validate(data: dict[Any, Any], lines: dict[str, int], path: str, first_line: int) -> Metadata:
    problems: list[Diagnostic] = []
    values: dict[str, Any] = {}
    for raw_key, value in data.items():
        key = str(raw_key)
        line = lines.get(key, first_line)
        if key not in METADATA_FIELDS:
            known = ", ".join(METADATA_FIELDS)
            problems.append(
                warning(path, f"unknown metadata key {key!r} ignored (known: {known})", line)
            )
            continue
        if value is None:
            continue
        try:
            values[key] = _check_field(key, value)
        except _FieldError as exc:
            problems.append(error(path, f"{key}: {exc}", line))
        except _FieldWarning as exc:
            values[key] = exc.replacement
            problems.append(warning(path, f"{key}: {exc}", line))
    meta = SourceMeta(
        title=values.get("title"),
        outlet=values.get("outlet"),
        author=values.get("author"),
        url=values.get("url"),
        published=values.get("published"),
        language=values.get("language"),
    )
    return Metadata(meta=meta, notes=values.get("notes"), diagnostics=tuple(problems))


class _FieldError(ValueError):
    """A metadata value of the wrong type or form: the article cannot be used."""


class _FieldWarning(ValueError):
    """A metadata value that is replaced (dropped or shortened) to be safe."""

    def __init__(self, message: str, replacement: object) -> None:
        super().__init__(message)
        self.replacement = replacement


def _check_field(key: str, value: Any) -> Any:
    """The validated value; raises ``_FieldError`` saying what is wrong."""
    if key == "published":
        return _check_date(value)
    if key == "author" and isinstance(value, list):
        if not all(isinstance(v, str) for v in value):
            raise _FieldError("expected a name or a list of names")
        value = ", ".join(v.strip() for v in value)
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise _FieldError(f"expected text, got {type(value).__name__}")
    text = " ".join(str(value).split())
    if not text:
        return None
    if len(text) > MAX_FIELD_CHARS:
        shortened = text[: MAX_FIELD_CHARS - 1].rstrip() + "…"
        raise _FieldWarning(f"longer than {MAX_FIELD_CHARS} characters; shortened", shortened)
    if key == "url" and not _is_web_address(text):
        raise _FieldWarning("only http:// and https:// addresses are allowed; ignored", None)
    if key == "language" and not (len(text) <= 16 and text.replace("-", "").isalnum()):
        raise _FieldError("expected a language code such as 'en' or 'pt-BR'")
    return text


def _is_web_address(text: str) -> bool:
    parts = urlsplit(text)
    return parts.scheme.lower() in ("http", "https") and bool(parts.netloc) and " " not in text


def _check_date(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            raise _FieldError(f"{value!r} is not a date (expected YYYY-MM-DD)") from None
    raise _FieldError(f"expected a date YYYY-MM-DD, got {type(value).__name__}")
