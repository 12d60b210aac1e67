"""The installed ``factbot`` command, run as a user runs it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

FACTBOT = Path(sys.executable).parent / "factbot"


def _factbot(*args: str, cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("FACTBOT_")}
    return subprocess.run(
        [str(FACTBOT), *args],
        cwd=cwd,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_ask_answers_flows_kazakhstan_from_the_shipped_facts_without_a_token(tmp_path: Path):
    result = _factbot("ask", "/flows kazakhstan", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Flows of people: Kazakhstan\n")
    assert "more than 200,000 Russian citizens entered Kazakhstan from Russia" in result.stdout
    assert "Said by Marat Akhmetzhanov" in result.stdout
    assert "Ukrainska Pravda (Iryna Balachuk), 4 Oct 2022" in result.stdout
    assert "<b>" not in result.stdout
    assert result.stderr == ""
    assert (tmp_path / "data" / "facts.db").exists()


def test_ask_uses_the_configured_database(tmp_path: Path):
    db = tmp_path / "elsewhere" / "store.db"
    result = _factbot("ask", "/flows georgia", cwd=tmp_path, FACTBOT_DB_PATH=str(db))
    assert result.returncode == 0, result.stderr
    assert "conscription notices" in result.stdout
    assert db.exists()


def test_bad_setting_is_one_line_exit_2_no_traceback(tmp_path: Path):
    result = _factbot("ask", "/help", cwd=tmp_path, FACTBOT_ADMIN_IDS="12,abc")
    assert result.returncode == 2
    assert result.stderr == (
        "factbot: bad setting: FACTBOT_ADMIN_IDS: 'abc' is not a Telegram user id; "
        "give numbers like 12345\n"
    )


def test_run_without_a_token_says_which_variable(tmp_path: Path):
    result = _factbot("run", cwd=tmp_path)
    assert result.returncode == 2
    assert "FACTBOT_TOKEN is not set" in result.stderr
    assert "Traceback" not in result.stderr


def test_malformed_token_is_refused_without_echoing_it(tmp_path: Path):
    result = _factbot("run", cwd=tmp_path, FACTBOT_TOKEN="12:short-secret-value")
    assert result.returncode == 2
    assert "FACTBOT_TOKEN" in result.stderr
    assert "short-secret-value" not in result.stderr


def test_unusable_database_is_a_clear_error(tmp_path: Path):
    (tmp_path / "bad.db").write_bytes(b"not a database" * 200)
    result = _factbot("ask", "/flows kz", cwd=tmp_path, FACTBOT_DB_PATH="bad.db")
    assert result.returncode == 1
    assert result.stderr.startswith("factbot: cannot use the database bad.db")
    assert "Traceback" not in result.stderr


def test_help_describes_the_commands(tmp_path: Path):
    result = _factbot("--help", cwd=tmp_path)
    assert result.returncode == 0
    assert "run" in result.stdout
    assert "ask" in result.stdout


def test_ask_answers_a_question_in_the_readers_own_words(tmp_path: Path):
    result = _factbot("ask", "Скільки людей виїхало з Казахстану 3 жовтня?", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    first = result.stdout.split("▪️ ")[1]
    assert first.startswith("about 11,000 people left Kazakhstan")
    assert "on 3 Oct 2022 · fact #4" in first
    assert result.stdout.rstrip().endswith("/flows kazakhstan")
    assert result.stderr == ""  # no INFO lines, and so no question text, on a terminal


def test_ask_an_unknown_command_suggests_the_nearest(tmp_path: Path):
    result = _factbot("ask", "/flow kazakhstan", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "I don't know the command /flow. Did you mean /flows?" in result.stdout


def test_ask_into_a_closed_pipe_is_no_error(tmp_path: Path):
    clean = {k: v for k, v in os.environ.items() if not k.startswith("FACTBOT_")}
    with subprocess.Popen(
        [str(FACTBOT), "ask", "/timeline kazakhstan"],
        cwd=tmp_path, env=clean, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    ) as process:  # fmt: skip
        assert process.stdout is not None
        process.stdout.close()
        _, stderr = process.communicate(timeout=60)
    assert process.returncode == 0
    assert b"Traceback" not in stderr


def test_ask_answers_in_the_language_asked_for(tmp_path: Path):
    """The installed package carries the catalogs (compiled into the wheel by setup.py)."""
    expected = {
        "ru": "более 200\xa0000 Russian citizens въехали в Казахстан из России",
        "uk": "понад 200\xa0000 Russian citizens в'їхали до Казахстану з Росії",
        "kk": "200\xa0000-нан астам Russian citizens Ресейден Қазақстанға кірді",
        "en": "more than 200,000 Russian citizens entered Kazakhstan from Russia",
    }
    for language, line in expected.items():
        result = _factbot("ask", "--lang", language, "/flows kazakhstan", cwd=tmp_path)
        assert result.returncode == 0, result.stderr
        assert line in result.stdout
    refused = _factbot("ask", "--lang", "de", "/flows kazakhstan", cwd=tmp_path)
    assert refused.returncode == 2
    assert "invalid choice: 'de'" in refused.stderr


def test_an_installed_wheel_has_compiled_catalogs():
    """Where the package is installed from a wheel (CI's `pip install .`), each language's
    catalog is there compiled; an editable install compiles the .po in memory instead."""
    found = subprocess.run(
        [sys.executable, "-c", "import bot, pathlib; print(pathlib.Path(bot.__file__).parent)"],
        cwd=Path("/"),
        capture_output=True,
        text=True,
        check=True,
    )
    installed = Path(found.stdout.strip())
    source = Path(__file__).parents[2] / "bot"
    for language in ("ru", "uk", "kk"):
        folder = installed / "locales" / language / "LC_MESSAGES"
        assert (folder / "factbot.po").exists()
        if installed.resolve() != source.resolve():
            assert (folder / "factbot.mo").stat().st_size > 10_000
