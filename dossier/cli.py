"""Command line: ``dossier build | serve | add``. The only module that prints."""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import functools
import os
import shutil
import sys
import threading
import time
from dataclasses import replace
from pathlib import Path
from typing import NoReturn

import yaml

from dossier import ids, progress, watch
from dossier.config import CONFIG_FILE, CONFIG_KEYS, Config, ConfigError, load_config
from dossier.errors import DossierError
from dossier.loader import ARTICLE_SUFFIXES
from dossier.model import BuildReport, Severity
from dossier.progress import ProgressBar
from dossier.writer import UnsafeOutputError

EXIT_OK, EXIT_INPUT_ERROR, EXIT_USAGE = 0, 1, 2
COMMANDS = ("build", "serve", "add")

_CONFIG_HELP = "\n".join(f"  {key:<12} {text}" for key, text in CONFIG_KEYS.items())
_EPILOG_BUILD = f"""examples:
  dossier build                       build seeds/ into _site/ (or as dossier.yaml says)
  dossier build articles/ -o public/  build another folder
  dossier build --base-url https://example.org/dossier/
  dossier build --jobs 1              extract in this process only

dossier.yaml keys:
{_CONFIG_HELP}
"""
_EPILOG_SERVE = """examples:
  dossier serve              serve _site/ on http://127.0.0.1:8000/
  dossier serve -p 9000
  dossier serve --watch      rebuild when articles or dossier.yaml change; reload to see
"""
_EPILOG_ADD = """examples:
  dossier add ~/Downloads/quake.txt --title "Quake toll rises" --outlet "Daily News" \\
      --url https://example.org/quake --published 2024-03-02 --author "A. Reporter"
"""


def main(argv: list[str] | None = None) -> int:
    """Run the command in ``argv`` (default: the command line, and then a build ends
    the process itself: ``_exit_now``); returns the exit status."""
    command_line = argv is None
    argv = sys.argv[1:] if argv is None else argv
    if not argv or argv[0] not in (*COMMANDS, "-h", "--help"):
        argv = ["build", *argv]  # no command: build (so `python build.py -q` works)
    args = _parser().parse_args(argv)
    try:
        config = _config(args)
    except ConfigError as exc:
        for diagnostic in exc.diagnostics:
            print(diagnostic, file=sys.stderr)
        return EXIT_USAGE
    handler = {"build": _build, "serve": _serve, "add": _add}[args.command]
    status = handler(args, config)
    if command_line and args.command in ("build", "add"):
        _exit_now(status)
    return status


def _exit_now(status: int) -> NoReturn:
    """End the process without freeing its objects one by one.

    A build of thousands of articles leaves over a million records in memory;
    the interpreter would free each as it shuts down (a second or more at
    5,000 articles), where the system frees the whole process at once.  By
    now the site and the cache are written and every worker process has been
    waited for, so nothing is left for shutting down to do but flush output.
    """
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(status)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dossier",
        description="Turn a folder of news articles into a browsable, citable research dossier.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="Run 'dossier COMMAND --help' for each command's options and examples.",
    )
    commands = parser.add_subparsers(dest="command")
    build = commands.add_parser(
        "build",
        help="build the site",
        description="Build the static site from a folder of articles.",
        epilog=_EPILOG_BUILD,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    build.add_argument("articles", nargs="?", type=Path, help="folder of articles")
    _common(build)
    build.add_argument("--base-url", help="public address of the site (absolute sitemap/feed)")
    _jobs(build)
    serve = commands.add_parser(
        "serve",
        help="serve the built site on 127.0.0.1",
        description="Serve the output folder on 127.0.0.1.",
        epilog=_EPILOG_SERVE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    serve.add_argument("-p", "--port", type=int, default=8000, help="port (default 8000)")
    serve.add_argument(
        "-w", "--watch", action="store_true", help="rebuild when articles or the config change"
    )
    _jobs(serve)
    _common(serve)
    add = commands.add_parser(
        "add",
        help="add an article with its metadata and rebuild",
        description="Copy an article into the articles folder, write its metadata, rebuild.",
        epilog=_EPILOG_ADD,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add.add_argument("file", type=Path, help="article file (.txt or .md)")
    for name in ("title", "outlet", "url", "author"):
        add.add_argument(f"--{name}", help=f"the article's {name}")
    add.add_argument("--published", help="publication date, YYYY-MM-DD")
    add.add_argument("--language", help="language code, e.g. en")
    _jobs(add)
    _common(add)
    return parser


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-o", "--output", type=Path, help="output folder (default _site)")
    parser.add_argument("--config", type=Path, help="config file (default ./dossier.yaml)")
    parser.add_argument("-q", "--quiet", action="store_true", help="print only errors")


def _jobs(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "-j",
        "--jobs",
        type=_positive,
        help="processes for extracting articles (default: one per core)",
    )


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got {text!r}")
    return value


def _config(args: argparse.Namespace) -> Config:
    config = load_config(args.config)
    if getattr(args, "articles", None):
        config = replace(config, articles=args.articles)
    if args.output:
        config = replace(config, output=args.output)
    base_url = getattr(args, "base_url", None)
    if base_url:
        config = replace(config, base_url=base_url.rstrip("/") + "/")
    return config


def _build(args: argparse.Namespace, config: Config) -> int:
    from dossier.pipeline import build  # imported late: `--help` stays fast

    if not config.articles.is_dir():
        print(f"{config.articles}: error: articles folder not found", file=sys.stderr)
        return EXIT_USAGE
    start = time.perf_counter()
    bar = ProgressBar(sys.stderr) if progress.wanted(sys.stderr, args.quiet) else None
    try:
        report = build(config, jobs=args.jobs, progress=bar)
    except (DossierError, UnsafeOutputError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    finally:
        if bar is not None:
            bar.close()
    for diagnostic in report.diagnostics:
        if diagnostic.severity is Severity.ERROR or not args.quiet:
            print(diagnostic, file=sys.stderr)
    if not args.quiet:
        print(_summary(report, time.perf_counter() - start, config))
    return EXIT_OK if report.ok else EXIT_INPUT_ERROR


def _summary(report: BuildReport, seconds: float, config: Config) -> str:
    stages = ", ".join(f"{name} {secs:.2f}s" for name, secs in report.timings)
    skipped = f", {len(report.skipped)} skipped" if report.skipped else ""
    return (
        f"{report.sources} sources{skipped}, {report.claims} claims, "
        f"{report.questions} questions, {report.conflicts} conflicts; "
        f"{report.pages_rendered} pages rendered, {report.pages_written} files written, "
        f"{report.unchanged} unchanged, {report.removed} removed in {seconds:.2f}s "
        f"({stages}) -> {config.output}/index.html"
    )


def _serve(args: argparse.Namespace, config: Config) -> int:
    root = config.output
    if args.watch:
        args.articles = None
        args.base_url = None
        status = _build(args, config)
        if status == EXIT_USAGE:
            return status
    if not (root / "index.html").is_file():
        print(f"{root}: error: no site here yet; run 'dossier build' first", file=sys.stderr)
        return EXIT_USAGE
    import http.server

    handler = functools.partial(_quiet_handler(), directory=str(root))
    with http.server.ThreadingHTTPServer(("127.0.0.1", args.port), handler) as server:
        print(f"Serving {root}/ on http://127.0.0.1:{server.server_port}/ (Ctrl-C to stop)")
        with contextlib.suppress(KeyboardInterrupt):
            if args.watch:
                thread = threading.Thread(target=server.serve_forever, daemon=True)
                thread.start()
                watched = [config.articles]
                if args.config is not None:
                    watched.append(args.config)
                elif Path(CONFIG_FILE).is_file():
                    watched.append(Path(CONFIG_FILE))
                print(f"Watching {config.articles}/ for changes")
                watch.watch(watched, functools.partial(_rebuild, args, config))
            else:
                server.serve_forever()
    return EXIT_OK


def _rebuild(args: argparse.Namespace, config: Config, changed: list[str]) -> None:
    """Rebuild after a change seen by ``serve --watch`` (re-reading the config)."""
    if not args.quiet:
        shown = ", ".join(changed[:3]) + (
            f" and {len(changed) - 3} more" if len(changed) > 3 else ""
        )
        print(f"changed: {shown}; rebuilding")
    try:
        config = _config(args)
    except ConfigError as exc:
        for diagnostic in exc.diagnostics:
            print(diagnostic, file=sys.stderr)
        return
    _build(args, config)


def _quiet_handler() -> type:
    """A handler that serves files without logging every request; pages are never cached
    by the browser.  Made on demand: a build does not import the HTTP server."""
    import http.server

    class QuietHandler(http.server.SimpleHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            return None

        def end_headers(self) -> None:
            self.send_header("Cache-Control", "no-cache")
            super().end_headers()

    return QuietHandler


def _add(args: argparse.Namespace, config: Config) -> int:
    source: Path = args.file
    if not source.is_file() or not source.name.lower().endswith(ARTICLE_SUFFIXES):
        print(f"{source}: error: expected an existing .txt or .md file", file=sys.stderr)
        return EXIT_USAGE
    if args.published:
        try:
            dt.date.fromisoformat(args.published)
        except ValueError:
            print(f"--published: error: {args.published!r} is not YYYY-MM-DD", file=sys.stderr)
            return EXIT_USAGE
    stem = ids.slugify(source.stem) or f"article-{ids.short_hash(source.name, length=8)}"
    suffix = source.suffix.lower()
    target = config.articles / f"{stem}{suffix}"
    if target.exists():
        print(f"{target}: error: an article with this name already exists", file=sys.stderr)
        return EXIT_USAGE
    config.articles.mkdir(parents=True, exist_ok=True)
    fields = {
        key: getattr(args, key)
        for key in ("title", "outlet", "author", "url", "published", "language")
        if getattr(args, key)
    }
    if fields:
        sidecar = target.with_suffix(".yaml")
        if sidecar.exists():
            print(f"{sidecar}: error: a metadata file with this name exists", file=sys.stderr)
            return EXIT_USAGE
        sidecar.write_text(
            yaml.safe_dump(fields, allow_unicode=True, sort_keys=False), encoding="utf-8"
        )
    shutil.copyfile(source, target)
    if not args.quiet:
        print(f"added {target}")
    args.articles = None
    args.base_url = None
    return _build(args, config)


if __name__ == "__main__":
    sys.exit(main())
