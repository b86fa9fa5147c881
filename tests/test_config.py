"""Site configuration and the command line's help and defaults."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from dossier.cli import main
from dossier.config import ConfigError, load_config

ROOT = Path(__file__).resolve().parent.parent


def test_defaults_are_relative_to_the_config_file(tmp_path: Path) -> None:
    path = tmp_path / "dossier.yaml"
    path.write_text("title: My dossier\nbase_url: https://example.org/d\n")
    config = load_config(path)
    assert config.title == "My dossier"
    assert config.articles == tmp_path / "seeds" and config.output == tmp_path / "_site"
    assert config.base_url == "https://example.org/d/"


def test_every_problem_is_reported_at_once(tmp_path: Path) -> None:
    path = tmp_path / "dossier.yaml"
    path.write_text("title: [not, text]\nbase_url: ftp://x\ncolour: red\n")
    with pytest.raises(ConfigError) as info:
        load_config(path)
    messages = [d.message for d in info.value.diagnostics]
    assert len(messages) == 3
    assert all(d.path == str(path) for d in info.value.diagnostics)


def test_invalid_yaml_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "dossier.yaml"
    path.write_text("title: ok\noutput: [unclosed\n")
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert info.value.diagnostics[0].line is not None


def test_project_config_is_valid() -> None:
    config = load_config(ROOT / "dossier.yaml")
    assert config.articles == ROOT / "seeds"


@pytest.mark.parametrize("command", ["build", "serve", "add"])
def test_each_command_has_help_with_examples(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as info:
        main([command, "--help"])
    assert info.value.code == 0
    assert "examples:" in capsys.readouterr().out


def test_bad_config_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("nonsense: 1\n")
    assert main(["build", "--config", str(path)]) == 2
    assert "nonsense" in capsys.readouterr().err


def test_build_py_builds_the_seeds_with_no_arguments(tmp_path: Path) -> None:
    project = tmp_path / "project"
    project.mkdir()
    (project / "seeds").symlink_to(ROOT / "seeds")
    (project / "dossier.yaml").write_text((ROOT / "dossier.yaml").read_text())
    result = subprocess.run(
        [sys.executable, str(ROOT / "build.py")],
        cwd=project,
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stderr
    assert "5 sources" in result.stdout
    assert (project / "_site" / "index.html").is_file()
