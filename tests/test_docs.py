"""Docs are tested: every command is in the README, every stage in docs/architecture.md."""

from __future__ import annotations

import tomllib
from importlib import resources
from pathlib import Path

from typer.main import get_command

from frontlines.cli import app
from frontlines.config import load_settings
from frontlines.stages import default_stages

ROOT = Path(__file__).resolve().parents[1]


def test_every_command_is_documented() -> None:
    """Every command is shown in the README or on the architecture page (docs/architecture.md)."""
    pages = (ROOT / "README.md").read_text() + (ROOT / "docs" / "architecture.md").read_text()
    commands = get_command(app).commands  # type: ignore[attr-defined]
    missing = [name for name in commands if f"frontlines {name}" not in pages]
    assert not missing, f"neither README nor docs/architecture.md shows: {missing}"


def test_every_stage_is_in_the_architecture_page() -> None:
    page = (ROOT / "docs" / "architecture.md").read_text()
    for st in default_stages(load_settings(env={})):
        assert f"`{st.version.split('+')[0]}" in page, st.name


def test_every_setting_is_commented_in_the_defaults_file() -> None:
    text = resources.files("frontlines").joinpath("defaults.toml").read_text()
    lines = text.splitlines()
    for section, values in tomllib.loads(text).items():
        for key in values:
            i = next(n for n, line in enumerate(lines) if line.startswith(f"{key} ="))
            assert lines[i - 1].startswith("#"), f"[{section}] {key} has no comment above it"
