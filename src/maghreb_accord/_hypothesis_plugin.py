"""Hypothesis's entry point: register maghreb_accord's strategies for ``st.from_type``.

Hypothesis calls :func:`setup` while it is being imported, which may be from inside
``import maghreb_accord.strategies`` itself: so this module registers callables, resolved
only when a test first asks for a type, and imports the strategies then.
"""

from typing import Any, Final

from .dates import Between, Day, Month, Year

#: Each public type Hypothesis draws with a strategy of :mod:`maghreb_accord.strategies`:
#: the type's name in ``maghreb_accord``, and the strategy's. The dates (``Day``, ``Month``,
#: ``Year``, ``Between``) are drawn as :func:`~maghreb_accord.strategies.whens` draws them.
STRATEGIES: Final = (
    ("Agreement", "agreements"),
    ("Label", "labels"),
    ("Cadence", "cadences"),
    ("MemberState", "member_states"),
    ("Minister", "ministers"),
    ("Person", "people"),
    ("Participant", "participants"),
    ("Assessment", "assessments"),
    ("Body", "bodies"),
    ("Meeting", "meetings"),
    ("Attendance", "attendances"),
    ("Axis", "axes"),
    ("Declaration", "declarations"),
    ("Commitment", "commitments"),
    ("Dispute", "disputes"),
    ("SourceRef", "source_refs"),
    ("Source", "sources"),
    ("Venue", "venues"),
    ("AttestedName", "attested_names"),
)


def setup() -> None:
    """Register a strategy for each public type, resolved on first use."""
    from hypothesis import strategies as st

    from . import agreement, label, model

    def lazily(name: str) -> Any:
        def resolve(_: type) -> Any:
            from . import strategies

            return getattr(strategies, name)()

        return resolve

    kinds = {name: getattr(model, name) for name in model.__all__}
    kinds.update(Agreement=agreement.Agreement, Label=label.Label)
    for type_name, name in STRATEGIES:
        st.register_type_strategy(kinds[type_name], lazily(name))
    for precise in (Day, Month, Year, Between):
        st.register_type_strategy(precise, lambda kind: _whens_of(kind))


def _whens_of(kind: type) -> Any:
    from hypothesis import strategies as st

    from . import strategies

    days = strategies._DATES
    built = {
        Day: st.builds(Day, date=days),
        Month: st.builds(Month, year=st.integers(1950, 2100), month=st.integers(1, 12)),
        Year: st.builds(Year, year=st.integers(1950, 2100)),
    }
    if kind in built:
        return built[kind]
    return strategies.whens().filter(lambda when: isinstance(when, Between))
