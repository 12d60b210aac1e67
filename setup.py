"""Compiles the translation catalogs into the wheel: ``bot/locales/*/LC_MESSAGES/*.po`` → ``.mo``.

Everything else about the package is in pyproject.toml. The ``.mo`` files are built, never kept
in git; a source checkout (an editable install) compiles its ``.po`` in memory instead
(``bot.language.words``).
"""

from __future__ import annotations

from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py


class BuildWithCatalogs(build_py):
    """build_py, then each copied ``.po`` compiled beside itself, as Babel's compile_catalog
    does."""

    def run(self) -> None:
        super().run()
        from babel.messages.mofile import write_mo
        from babel.messages.pofile import read_po

        for po_path in Path(self.build_lib, "bot", "locales").glob("*/LC_MESSAGES/*.po"):
            language = po_path.parent.parent.name
            with po_path.open("rb") as po_file:
                catalog = read_po(po_file, locale=language)
            with po_path.with_suffix(".mo").open("wb") as mo_file:
                write_mo(mo_file, catalog)


setup(cmdclass={"build_py": BuildWithCatalogs})
