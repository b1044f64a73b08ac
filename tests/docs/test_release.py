"""Release basics: the sdist holds what regenerating and testing need, one version, licence, changelog, and a
README that reads well on a package index."""

from __future__ import annotations

import importlib.metadata
import re
import subprocess
import sys
import tarfile
import tomllib
from pathlib import Path

import hatchling.build
import np6
import pytest

ROOT = Path(__file__).resolve().parents[2]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
REGENERATE_AND_TEST = ("spec", "tools", "tests", "overlays", "generated", "examples")
"""The folders a user of the sdist needs, whole, to run `make generate`, `make check-generated` and `make test`."""
TOP_LEVEL = ("pyproject.toml", "Makefile", "README.md", "CHANGELOG.md", "LICENSE", "mkdocs.yml")
NOT_SOURCE = re.compile(r"(^|/)(__pycache__|\.pytest_cache|\.mypy_cache|\.ruff_cache|\.hypothesis)(/|$)|\.py[co]$")


@pytest.fixture(scope="module")
def sdist(tmp_path_factory: pytest.TempPathFactory) -> tarfile.TarFile:
    """The sdist, built by the project's build backend as `python -m build --sdist` would (PEP 517 hook)."""
    out = tmp_path_factory.mktemp("dist")
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(ROOT)
        name = hatchling.build.build_sdist(str(out))
    return tarfile.open(out / name)


def sdist_files(archive: tarfile.TarFile) -> set[str]:
    """Paths inside the sdist, without its `np6_sdk-<version>/` prefix."""
    return {member.name.split("/", 1)[1] for member in archive.getmembers() if member.isfile()}


def test_the_sdist_contains_what_regenerating_and_testing_need(sdist: tarfile.TarFile) -> None:
    files = sdist_files(sdist)
    expected = {name for name in TOP_LEVEL}
    for folder in REGENERATE_AND_TEST:
        expected |= {
            path.relative_to(ROOT).as_posix()
            for path in (ROOT / folder).rglob("*")
            if path.is_file() and not NOT_SOURCE.search(path.relative_to(ROOT).as_posix())
        }
    missing = sorted(expected - files)
    assert not missing, f"missing from the sdist: {missing[:20]}"
    assert {"spec/np6.yaml", "spec/generator.yaml", "tools/embed_spec.py", "tests/conftest.py"} <= files
    assert any(name.startswith("spec/templates/") and name.endswith(".jinja") for name in files)
    stray = sorted(name for name in files if NOT_SOURCE.search(name) or name.startswith((".venv/", "site/")))
    assert not stray, f"caches or build output in the sdist: {stray[:20]}"


def test_the_sdist_metadata_names_the_licence_and_the_project_urls(sdist: tarfile.TarFile) -> None:
    (info,) = [
        member for member in sdist.getmembers() if member.name.count("/") == 1 and member.name.endswith("PKG-INFO")
    ]
    metadata = sdist.extractfile(info).read().decode()  # type: ignore[union-attr]
    assert re.search(r"^License-Expression: MIT$", metadata, re.M)
    for label, url in PYPROJECT["project"]["urls"].items():
        assert f"Project-URL: {label}, {url}" in metadata
    assert f"Version: {np6.__version__}" in metadata


def test_the_version_is_written_in_one_place_and_np6_version_prints_it() -> None:
    assert "version" not in PYPROJECT["project"], "the version comes from the package (hatch's dynamic version)"
    assert PYPROJECT["project"]["dynamic"] == ["version"]
    source = ROOT / PYPROJECT["tool"]["hatch"]["version"]["path"]
    assert f'__version__ = "{np6.__version__}"' in source.read_text(encoding="utf-8")
    assert importlib.metadata.version("np6-sdk") == np6.__version__
    assert re.fullmatch(r"\d+\.\d+\.\d+(?:(?:a|b|rc)\d+)?", np6.__version__), "a semantic version"

    printed = subprocess.run(
        [str(Path(sys.executable).parent / "np6"), "--version"], capture_output=True, text=True, check=True
    )
    assert printed.stdout == f"np6 {np6.__version__}\n"


def test_the_licence_is_the_mit_licence_pyproject_declares() -> None:
    assert PYPROJECT["project"]["license"] == "MIT"
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("MIT License\n")
    assert "Permission is hereby granted, free of charge" in text


def test_the_changelog_follows_keep_a_changelog() -> None:
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    versions = re.findall(r"^## \[([^\]]+)\](.*)$", text, re.M)
    assert versions and versions[0][0] == "Unreleased", "the first section is [Unreleased]"
    for version, rest in versions[1:]:
        assert re.fullmatch(r"\d+\.\d+\.\d+", version), f"not a semantic version: {version}"
        assert re.fullmatch(r" - \d{4}-\d{2}-\d{2}", rest), f"## [{version}] needs ' - YYYY-MM-DD'"
    kinds = set(re.findall(r"^### (.+)$", text, re.M))
    assert kinds and kinds <= {"Added", "Changed", "Deprecated", "Removed", "Fixed", "Security"}, kinds


def test_the_readme_reads_well_on_a_package_index() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    links = re.findall(r"\]\(([^)]+)\)", text)
    relative = [link for link in links if not link.startswith(("https://", "http://", "mailto:"))]
    assert not relative, f"relative links break on a package index: {relative}"
    first_block = re.search(r"```(?:sh|bash|console)?\n(.*?)```", text, re.S)
    assert first_block and "pip install np6-sdk" in first_block.group(1), "a pip user reads pip install first"
    assert text.find("pip install") < text.find("make "), "contributor commands come after the user's"
    assert PYPROJECT["project"]["urls"]["Documentation"] in text
