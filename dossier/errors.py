"""Error types carrying diagnostics that name the file (and line) at fault."""

from __future__ import annotations

from dossier.model import Diagnostic, Severity


class DossierError(Exception):
    """An input problem that stops one article (or the build) from being used."""

    def __init__(self, diagnostic: Diagnostic) -> None:
        super().__init__(str(diagnostic))
        self.diagnostic = diagnostic


def error(
    path: str, message: str, line: int | None = None, column: int | None = None
) -> Diagnostic:
    return Diagnostic(severity=Severity.ERROR, path=path, message=message, line=line, column=column)


def warning(
    path: str, message: str, line: int | None = None, column: int | None = None
) -> Diagnostic:
    return Diagnostic(
        severity=Severity.WARNING, path=path, message=message, line=line, column=column
    )
