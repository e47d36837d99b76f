from __future__ import annotations

import os
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

import maghreb_accord
from tests.support import canonical_raw

settings.register_profile(
    "default", deadline=None, suppress_health_check=[HealthCheck.too_slow], max_examples=100
)
settings.register_profile(
    "ci", deadline=None, suppress_health_check=[HealthCheck.too_slow], max_examples=200
)
settings.load_profile("ci" if os.environ.get("CI") else "default")


@pytest.fixture(scope="session")
def accord() -> maghreb_accord.Agreement:
    return maghreb_accord.load()


@pytest.fixture
def raw() -> Any:
    """A fresh, mutable copy of the canonical document."""
    return canonical_raw()
