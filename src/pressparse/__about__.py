"""The package version, read once from the installed metadata."""

from __future__ import annotations

from functools import cache


@cache
def version() -> str:
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as _version

    try:
        return _version("pressparse")
    except PackageNotFoundError:  # running from a source tree that is not installed
        return "0.0.0+unknown"
