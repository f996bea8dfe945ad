"""The JSON Schema of ``PressRelease.to_dict()``, generated from the record types.

Generated rather than hand-written so that it cannot drift from the dataclasses.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import itertools
import types
import typing
from typing import Any, Literal, Union, get_args, get_origin

from .records import SCHEMA_VERSION, PressRelease

SCHEMA_ID = f"https://pressparse.dev/schema/press-release/{SCHEMA_VERSION}.json"


def _doc_of(cls: type, name: str) -> str | None:
    """Field docstrings: the string literal that follows each field in the class body."""
    import ast
    import inspect
    import textwrap

    try:
        tree = ast.parse(textwrap.dedent(inspect.getsource(cls)))
    except (OSError, TypeError, SyntaxError):
        return None
    body = tree.body[0].body if tree.body and isinstance(tree.body[0], ast.ClassDef) else []
    for node, following in itertools.pairwise(body):
        if (isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.target.id == name
                and isinstance(following, ast.Expr) and isinstance(following.value, ast.Constant)
                and isinstance(following.value.value, str)):
            return " ".join(following.value.value.split())
    return None


def _schema(tp: Any, defs: dict[str, Any]) -> dict[str, Any]:
    origin = get_origin(tp)
    if origin is Union or origin is types.UnionType:
        return {"anyOf": [_schema(a, defs) for a in get_args(tp)]}
    if origin is Literal:
        return {"enum": list(get_args(tp))}
    if origin is tuple:
        args = get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis:
            return {"type": "array", "items": _schema(args[0], defs)}
        return {"type": "array", "prefixItems": [_schema(a, defs) for a in args],
                "minItems": len(args), "maxItems": len(args)}
    if dataclasses.is_dataclass(tp) and isinstance(tp, type):
        name = tp.__name__
        if name not in defs:
            defs[name] = {}  # placeholder against recursion
            hints = typing.get_type_hints(tp)
            props: dict[str, Any] = {}
            for f in dataclasses.fields(tp):
                if tp is PressRelease and f.name == "metadata":
                    prop: dict[str, Any] = {"type": "object", "additionalProperties":
                                            {"type": ["string", "number", "boolean", "null"]}}
                else:
                    prop = dict(_schema(hints[f.name], defs))
                doc = _doc_of(tp, f.name)
                if doc:
                    prop["description"] = doc
                props[f.name] = prop
            defs[name] = {"type": "object", "description": " ".join((tp.__doc__ or "").split("\n\n")[0].split()),
                          "properties": props, "required": [f.name for f in dataclasses.fields(tp)],
                          "additionalProperties": False}
        return {"$ref": f"#/$defs/{name}"}
    if tp is _dt.date:
        return {"type": "string", "format": "date"}
    if tp is str:
        return {"type": "string"}
    if tp is bool:
        return {"type": "boolean"}
    if tp is int:
        return {"type": "integer"}
    if tp is float:
        return {"type": "number"}
    if tp is type(None):
        return {"type": "null"}
    if tp is Any:
        return {}
    raise TypeError(f"no JSON Schema for {tp!r}")


def json_schema() -> dict[str, Any]:
    """The JSON Schema (2020-12) that every ``PressRelease.to_dict()`` validates against.

    Examples:
        >>> schema = json_schema()
        >>> schema["title"], schema["properties"]["schema_version"]["const"] == SCHEMA_VERSION
        ('PressRelease', True)
    """
    defs: dict[str, Any] = {}
    _schema(PressRelease, defs)
    root = dict(defs.pop("PressRelease"))
    root["properties"] = dict(root["properties"])
    root["properties"]["schema_version"] = {**root["properties"]["schema_version"], "const": SCHEMA_VERSION}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "PressRelease",
        "version": SCHEMA_VERSION,
        **root,
        "$defs": defs,
    }


__all__ = ["SCHEMA_ID", "json_schema"]
