"""Pickling of frozen dataclass records that unpickles several times faster.

A frozen, slotted dataclass unpickles through a ``__setstate__`` written in
Python that looks the class's fields up again for every record, and the
extraction cache holds over a hundred records per article.  ``dumps``
pickles each record as a call to a *maker* of its class instead: a function
made once per class (``_make__<module>__<Class>``, an attribute of this
module made on first use, so pickles name it like any function) that sets
the fields in order, as the dataclass's own ``__init__`` would, without
running it.  Enum members are pickled as ``getattr(class, name)``, which
needs no Python call either.  ``loads`` is ``pickle.loads`` with the cyclic garbage collector
paused: none of the objects it makes is garbage, and scanning them again
and again costs a third of the time.

Pickles are only read from the cache folder, which is trusted like the code.
"""

from __future__ import annotations

import dataclasses
import gc
import importlib
import io
import pickle
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import Enum
from functools import cache
from types import MemberDescriptorType
from typing import Any

PREFIX = "_make__"


def dumps(obj: object) -> bytes:
    buffer = io.BytesIO()
    _Pickler(buffer, pickle.HIGHEST_PROTOCOL).dump(obj)
    return buffer.getvalue()


def loads(data: bytes | memoryview) -> object:
    with paused_gc():
        return pickle.loads(data)


@contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector (while many objects, none of them garbage, are made).

    Loading entries, planning pages and reconciling make or walk hundreds of
    thousands of small long-lived records; each full collection would walk
    them all again to find nothing (a quarter to a third of those stages'
    time at 5,000 articles).  Used by the cache, the page plan and the
    reconciler's memo.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


class _Pickler(pickle.Pickler):
    def reducer_override(self, obj: object) -> Any:
        kind = type(obj)
        if isinstance(obj, Enum):  # by name, with the builtin getattr: no Python call
            return getattr, (kind, obj.name)
        if not hasattr(kind, "__dataclass_fields__") or isinstance(obj, type):
            return NotImplemented
        maker = _maker_of(kind)
        if maker is None:
            return NotImplemented
        return maker, tuple(getattr(obj, name) for name in _field_names(kind))


@cache
def _maker_of(kind: type) -> Callable[..., Any] | None:
    """The maker of ``kind``, or None for a class a maker's name cannot stand for."""
    name = PREFIX + kind.__module__.replace(".", "__") + "__" + kind.__qualname__
    module, qualname = _named(name)
    if getattr(sys.modules.get(module), qualname, None) is not kind:
        return None  # not a top-level class, or a name that does not read back
    maker: Callable[..., Any] = getattr(sys.modules[__name__], name)
    return maker


def _named(name: str) -> tuple[str, str]:
    """(module, class) a maker's name stands for."""
    module, _, qualname = name.removeprefix(PREFIX).rpartition("__")
    return module.replace("__", "."), qualname


def _slot_setter(kind: type, name: str) -> Callable[[object, Any], None] | None:
    """The ``__set__`` of the slot that holds field ``name`` of ``kind``; None if none does.

    Setting a slot through its descriptor skips the attribute lookup that
    ``object.__setattr__`` makes each time (makers run once per record decoded:
    three quarters of a million at 5,000 articles).
    """
    for klass in kind.__mro__:
        found = klass.__dict__.get(name)
        if found is not None:
            if isinstance(found, MemberDescriptorType):
                setter: Callable[[object, Any], None] = found.__set__
                return setter
            return None
    return None


@cache
def _field_names(kind: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(kind))


def __getattr__(name: str) -> Callable[..., Any]:
    """Make the maker ``name`` names (module attributes made on first use: PEP 562)."""
    if not name.startswith(PREFIX):
        raise AttributeError(name)
    module, qualname = _named(name)
    kind = getattr(importlib.import_module(module), qualname)
    names = _field_names(kind)
    params = ", ".join(f"v{n}" for n in range(len(names)))
    scope: dict[str, Any] = {"new": object.__new__, "put": object.__setattr__, "kind": kind}
    lines = []
    for n, field in enumerate(names):
        slot = _slot_setter(kind, field)
        if slot is None:
            lines.append(f"    put(record, {field!r}, v{n})\n")
        else:
            scope[f"set{n}"] = slot
            lines.append(f"    set{n}(record, v{n})\n")
    body = "".join(lines)
    source = f"def {name}({params}):\n    record = new(kind)\n{body}    return record\n"
    exec(source, scope)  # the source is made of field names only
    maker: Callable[..., Any] = scope[name]
    maker.__module__ = __name__
    globals()[name] = maker
    return maker
