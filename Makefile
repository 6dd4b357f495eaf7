# ConflictKG: every target sets up .venv first, so a fresh machine needs only python3 and make.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cksum pyproject.toml | cut -d' ' -f1)
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: setup run build serve test check fmt docs bench eval calibrate clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

run: setup build serve

build: setup
	$(BIN)/ckg build

serve: setup
	$(BIN)/ckg serve --host $(HOST) --port $(PORT)

check: setup
	$(BIN)/ckg check
	$(BIN)/ckg fmt --check

fmt: setup
	$(BIN)/ckg fmt

docs: setup
	$(BIN)/ckg docs

test: setup check
	$(BIN)/python -m pytest

bench: setup
	$(BIN)/python -m benchmarks

eval: setup
	$(BIN)/python -m ingest.extract.evaluate_all

calibrate: setup
	$(BIN)/python -m ingest.extract.calibrate

clean:
	rm -rf $(VENV) var
