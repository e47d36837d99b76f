"""Hypothesis's entry point: register maghreb_accord's strategies for ``st.from_type``.

Hypothesis calls :func:`setup` while it is being imported, which may be from inside
``import maghreb_accord.strategies`` itself: so this module registers callables, resolved
only when a test first asks for a type, and imports the strategies then.
"""

from typing import Any


def setup() -> None:
    """Register a strategy for each public type, resolved on first use."""
    from hypothesis import strategies as st

    from .dates import Between, Day, Month, Year
    from .label import Label
    from .model import Agreement, Body, Cadence, Commitment, Meeting, MemberState, Minister

    def lazily(name: str) -> Any:
        def resolve(_: type) -> Any:
            from . import strategies

            return getattr(strategies, name)()

        return resolve

    for kind, name in (
        (Agreement, "agreements"),
        (Label, "labels"),
        (Cadence, "cadences"),
        (MemberState, "member_states"),
        (Minister, "ministers"),
        (Body, "bodies"),
        (Meeting, "meetings"),
        (Commitment, "commitments"),
    ):
        st.register_type_strategy(kind, lazily(name))
    for precise in (Day, Month, Year, Between):
        st.register_type_strategy(precise, lambda kind: _whens_of(kind))


def _whens_of(kind: type) -> Any:
    from . import strategies

    return strategies.whens().filter(lambda when: isinstance(when, kind))
