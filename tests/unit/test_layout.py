"""Meta-tests: the import direction, and that commands and settings are listed where promised."""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

from pydantic import SecretStr
from telegram.ext import BaseHandler, CommandHandler, ConversationHandler

from bot.answers import COMMANDS, CURATOR_COMMANDS, help_answer
from bot.app import build_application
from bot.language.words import words_for
from bot.settings import ENV_PREFIX, Settings

ROOT = Path(__file__).parents[2]


def _imports(package: str) -> set[tuple[str, str]]:
    found = set()
    for path in (ROOT / package).rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found |= {(path.name, alias.name.split(".")[0]) for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module:
                found.add((path.name, node.module.split(".")[0]))
    return found


def test_storage_never_imports_telegram_or_bot():
    offending = {
        (name, module) for name, module in _imports("storage") if module in {"telegram", "bot"}
    }
    assert offending == set()


def test_formatting_imports_only_models_words_and_the_standard_library():
    source = (ROOT / "bot" / "render" / "formatting.py").read_text(encoding="utf-8")
    modules = {
        node.module
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.ImportFrom) and node.module
    }
    assert {
        module for module in modules if module.split(".")[0] in {"bot", "storage", "telegram"}
    } == {"storage.models", "storage.metrics", "bot.language.words", "bot.language.inflection"}


def _module_imports(folder: Path) -> set[tuple[str, str]]:
    found = set()
    for path in folder.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found |= {(path.name, alias.name) for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module:
                found.add((path.name, node.module))
    return found


def test_reading_text_and_rendering_are_pure():
    """bot/language, bot/ingest and bot/render never import Telegram, a database driver or the
    rooms above them; reading text knows nothing of the store, and reading articles and
    rendering only its value types."""
    forbidden = ("telegram", "aiosqlite", "sqlite3", "bot.handlers", "bot.answers", "bot.cli")
    for room in ("language", "ingest", "render"):
        for name, module in _module_imports(ROOT / "bot" / room):
            assert not module.startswith(forbidden), (room, name, module)
            if room == "language":
                assert module.split(".")[0] != "storage", (name, module)
            if room == "ingest":
                assert module in {"storage.models", "storage.metrics", "storage.words"} or (
                    module.split(".")[0] != "storage"
                ), (name, module)


def test_every_setting_is_in_env_example_and_readme_and_the_reverse():
    variables = {ENV_PREFIX + name.upper() for name in Settings.model_fields}
    example = (ROOT / ".env.example").read_text(encoding="utf-8")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    listed = {line.split("=")[0] for line in example.splitlines() if line.startswith(ENV_PREFIX)}
    assert listed == variables
    for variable in variables:
        assert f"`{variable}`" in readme, variable
    import re

    mentioned = set(re.findall(r"`(FACTBOT_[A-Z_]+)`", readme))
    assert mentioned <= variables, mentioned - variables


def _commands(handler: BaseHandler[Any, Any, Any]) -> set[str]:
    if isinstance(handler, CommandHandler):
        return set(handler.commands)
    if isinstance(handler, ConversationHandler):
        return {
            command
            for inner in [*handler.entry_points, *handler.fallbacks]
            for command in _commands(inner)
        }
    return set()


def test_help_and_handlers_list_the_same_commands():
    token = SecretStr("123456:ABCdefGHIjklMNOpqrSTUvwxYZ0123456789")
    application = build_application(Settings(token=token, db_path=ROOT / "unused.db"))
    handled = {
        command
        for handlers in application.handlers.values()
        for handler in handlers
        for command in _commands(handler)
    }
    listed = {command.name for command in (*COMMANDS, *CURATOR_COMMANDS)}
    assert handled == listed
    reader_help = help_answer(words_for("en"))[0]
    curator_help = help_answer(words_for("en"), curator=True)[0]
    for command in COMMANDS:
        assert f"/{command.name} " in reader_help
    for command in CURATOR_COMMANDS:
        assert f"/{command.name} " not in reader_help
        assert f"/{command.name} " in curator_help


def _readme_test_command() -> str:
    """The README's command that runs the whole test suite (its "Try it" part)."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    try_it = readme.split("## Try it", 1)[1].split("\n## ", 1)[0]
    commands = [line for line in try_it.splitlines() if line.rstrip().endswith("&& pytest")]
    assert len(commands) == 1, commands
    return commands[0].strip()


def test_ci_runs_the_readme_test_command():
    """.ci/run runs exactly what the README tells a newcomer to run, as a command of its own
    (not in a comment, not only when PostgreSQL is missing)."""
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    top_level = [line for line in script.splitlines() if line and not line[0].isspace()]
    assert _readme_test_command() in top_level
