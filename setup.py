"""Wheels carry `gazetteer/` and `pipelines/` inside the package (as `policyextract/_bundled/`),
so an installed policyextract works without the repository; everything else is in pyproject.toml."""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

DATA_FOLDERS = ("gazetteer", "pipelines")


class BuildPyWithData(build_py):
    def run(self) -> None:
        super().run()
        if self.editable_mode:
            return  # an editable install reads the repository's folders directly
        for name in DATA_FOLDERS:
            target = Path(self.build_lib) / "policyextract" / "_bundled" / name
            shutil.copytree(name, target, dirs_exist_ok=True, ignore=shutil.ignore_patterns("__pycache__", "*.py"))


setup(cmdclass={"build_py": BuildPyWithData})
