"""Build step: ship the top-level ``ontology/`` and ``queries/`` folders inside the wheel.

The design keeps them at the top of the repository; a wheel has no such place, so the build
copies them to ``kg/_data/`` (read by ``kg._resource_dir`` through importlib.resources). An
editable install reads the top-level folders directly and gets no copy.
"""
import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

RESOURCES = ("ontology", "queries")


class BuildPyWithResources(build_py):
    def run(self):
        super().run()
        if getattr(self, "editable_mode", False):
            return
        here = Path(__file__).resolve().parent
        for name in RESOURCES:
            dest = Path(self.build_lib) / "kg" / "_data" / name
            if dest.exists():
                shutil.rmtree(dest)
            shutil.copytree(here / name, dest, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))


setup(cmdclass={"build_py": BuildPyWithResources})
