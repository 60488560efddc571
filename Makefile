# Two commands work on a fresh clone with only Python 3.11+, pip and make:
#   make demo   set up (offline engine only) and review the bundled example answer
#   make test   set up everything (web, LLM, local model) and run ruff, mypy and pytest
# make mutate (not part of test) runs mutation testing on a sample of mutants; see scripts/mutate.py.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: demo test lint typecheck pytest bench mutate clean

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Roundtable needs Python 3.11 or newer; set PYTHON=python3.x")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Stamps re-run the install whenever pyproject.toml changes.
$(VENV)/.demo-installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	@touch $@

# llama-cpp-python compiles llama.cpp here. GGML_NATIVE=OFF keeps the build portable: a native
# build tunes for the build machine's CPU (AMX, AVX-512) and segfaults where a VM advertises
# instructions it cannot run.
$(VENV)/.test-installed: pyproject.toml | $(BIN)/python
	CMAKE_ARGS="-DGGML_NATIVE=OFF" $(BIN)/python -m pip install --quiet -e ".[llm,web,local,dev]"
	@touch $@ $(VENV)/.demo-installed

demo: $(VENV)/.demo-installed
	$(BIN)/roundtable review examples/have-backbone-transcript.txt --role "Product Manager"

lint: $(VENV)/.test-installed
	$(BIN)/ruff check src tests benchmarks scripts

typecheck: $(VENV)/.test-installed
	$(BIN)/mypy

pytest: $(VENV)/.test-installed
	$(BIN)/pytest

test: lint typecheck pytest

bench: $(VENV)/.test-installed
	$(BIN)/python benchmarks/bench_review.py
	$(BIN)/python benchmarks/bench_llm.py --delay 0.5

# Outside `make test`: it takes about 15 minutes on 2 cores. MUTATE_ARGS="--sample 0" runs all.
mutate: $(VENV)/.test-installed
	$(BIN)/python scripts/mutate.py $(MUTATE_ARGS)

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache .hypothesis mutants
