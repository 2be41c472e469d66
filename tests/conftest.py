from __future__ import annotations

import pytest

from frontlines.extract import Extractor


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor()
