"""The ``__repr__``, ``__eq__`` and ``__hash__`` every model class shares.

attrs writes these three methods as source for each class it builds and compiles them, which
was most of what importing the model cost a cold start: the 23 classes a ``load()`` needs
compiled about 38 KB of generated source, half a cold start's own work beyond attrs. The
model's classes are declared ``@attrs.frozen(kw_only=True, repr=False, eq=False)`` on this
base instead, and these give the same answers as attrs' own:

- ``repr``: ``Label(ar='…', fr='…')``, each field whose ``repr`` is set, in order;
- ``==``: objects of the same class whose fields (those with ``eq`` set) are equal, in
  order; ``NotImplemented`` against any other class;
- ``hash``: of the class and the same fields (or those with ``hash`` set), so equal objects
  hash alike.

Each class's fields are read once, on first use, into C-level getters. The
:class:`~maghreb_accord.Agreement` alone has a repr of its own, which counts its parts:
every field of the whole accord would run to some 190,000 characters.
"""

from __future__ import annotations

from collections.abc import Callable
from operator import attrgetter
from typing import TYPE_CHECKING, Any, cast

import attrs

__all__ = ["Shared"]

# For each class: the getter of its compared fields, of its hashed fields, and the names
# its repr shows.
_Plan = tuple[Callable[[Any], Any], Callable[[Any], Any], tuple[str, ...]]
_PLANS: dict[type, _Plan] = {}


def _getter(names: list[str]) -> Callable[[Any], Any]:
    """The fields ``names`` of an object, as one value to compare or hash."""
    if not names:
        return _nothing
    return attrgetter(*names)


def _nothing(instance: Any) -> tuple[()]:
    return ()


def _plan(cls: type) -> _Plan:
    plan = _PLANS.get(cls)
    if plan is None:
        fields = attrs.fields(cast("type[attrs.AttrsInstance]", cls))
        compared = [field.name for field in fields if field.eq]
        hashed = [
            field.name for field in fields if (field.eq if field.hash is None else field.hash)
        ]
        shown = tuple(field.name for field in fields if field.repr)
        plan = _PLANS[cls] = (_getter(compared), _getter(hashed), shown)
    return plan


class Shared:
    """The base of the model's attrs classes: their repr, equality and hash, as attrs makes them.

    A class on this base is declared ``@attrs.frozen(kw_only=True, repr=False, eq=False)``,
    so that attrs writes only its ``__init__``.
    """

    __slots__ = ()

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in _plan(type(self))[2])
        return f"{type(self).__qualname__.rsplit('>.', 1)[-1]}({shown})"

    # Hidden from type checkers, which see the object's own equality as attrs' (a custom
    # __eq__ would stop mypy narrowing ``when == Day(...)`` for users, as it does today).
    if not TYPE_CHECKING:

        def __eq__(self, other):
            if other.__class__ is not self.__class__:
                return NotImplemented
            compared = _plan(self.__class__)[0]
            return compared(self) == compared(other)

        def __hash__(self):
            return hash((self.__class__, _plan(self.__class__)[1](self)))
