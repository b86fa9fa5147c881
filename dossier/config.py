"""Reads and validates ``dossier.yaml``, the site configuration.

Every problem is collected before reporting, so a user fixes them all at once.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import yaml

from dossier.errors import DossierError, error
from dossier.model import Diagnostic

CONFIG_FILE = "dossier.yaml"

# Declared once: serves validation, `--help` and the README.
CONFIG_KEYS: dict[str, str] = {
    "title": "site title shown on every page",
    "description": "one paragraph on what the dossier covers",
    "base_url": "public address the site is served from (absolute URLs in sitemap and feed)",
    "articles": "folder of articles, relative to the config file (default: seeds)",
    "output": "folder the site is written to, relative to the config file (default: _site)",
    "cache": "folder for the extraction cache (default: .dossier-cache)",
}


@dataclass(frozen=True, slots=True, kw_only=True)
class Config:
    title: str = "Research dossier"
    description: str = ""
    base_url: str | None = None
    articles: Path = Path("seeds")
    output: Path = Path("_site")
    cache: Path = Path(".dossier-cache")


class ConfigError(Exception):
    def __init__(self, diagnostics: list[Diagnostic]) -> None:
        super().__init__("\n".join(str(d) for d in diagnostics))
        self.diagnostics = tuple(diagnostics)


def load_config(path: Path | None) -> Config:
    """Read ``path`` (or ``./dossier.yaml`` if present) into a ``Config``.

    Relative folders are resolved against the config file's folder.
    Raises ``ConfigError`` listing every problem.
    """
    if path is None:
        default = Path(CONFIG_FILE)
        if not default.is_file():
            return Config()
        path = default
    name = str(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise ConfigError([error(name, f"cannot read config: {exc.strerror}")]) from exc
    except UnicodeDecodeError as exc:
        raise ConfigError([error(name, "config is not UTF-8 text")]) from exc
    try:
        data = yaml.safe_load(text) or {}
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        line = mark.line + 1 if mark else None
        raise ConfigError([error(name, f"invalid YAML: {exc.problem}", line)]) from exc
    except yaml.YAMLError as exc:
        raise ConfigError([error(name, f"invalid YAML: {exc}")]) from exc
    if not isinstance(data, dict):
        raise ConfigError([error(name, "config must be a mapping of key: value")])
    return _validate(data, name, path.parent)


def _validate(data: dict[Any, Any], name: str, base: Path) -> Config:
    problems: list[Diagnostic] = []
    values: dict[str, Any] = {}
    for key, value in data.items():
        if key not in CONFIG_KEYS:
            problems.append(error(name, f"unknown key {key!r} (known: {', '.join(CONFIG_KEYS)})"))
        elif value is None:
            continue
        elif not isinstance(value, str):
            problems.append(error(name, f"{key}: expected text, got {type(value).__name__}"))
        elif key in ("articles", "output", "cache"):
            values[key] = base / value
        elif key == "base_url":
            if not value.startswith(("http://", "https://")):
                problems.append(error(name, "base_url: must start with http:// or https://"))
            else:
                values[key] = value.rstrip("/") + "/"
        else:
            values[key] = value
    if problems:
        raise ConfigError(problems)
    config = Config(**values)
    if "articles" not in values:
        config = replace(config, articles=base / "seeds")
    if "output" not in values:
        config = replace(config, output=base / "_site")
    if "cache" not in values:
        config = replace(config, cache=base / ".dossier-cache")
    return config


def check_paths(config: Config) -> None:
    """Refuse configurations that would overwrite the articles or the project."""
    output = config.output.resolve()
    articles = config.articles.resolve()
    if output == articles or articles.is_relative_to(output) or output.is_relative_to(articles):
        raise DossierError(
            error(str(config.output), "output folder must not contain or be inside the articles")
        )
    if output == Path.cwd().resolve() or output == Path(output.anchor):
        raise DossierError(error(str(config.output), "refusing to use this folder as output"))
