"""The errors pressparse raises. Everything else is turned into a warning on the record."""

from __future__ import annotations


class PressParseError(Exception):
    """Base class of every error pressparse raises on purpose."""

    def __init__(self, message: str, *, source: str | None = None) -> None:
        self.source = source
        self.message = message
        super().__init__(f"{source}: {message}" if source else message)


class InputError(PressParseError, ValueError):
    """The input is not something pressparse can read: binary, undecodable, unsupported."""


class TooLargeError(InputError):
    """The input exceeds a configured size limit (see ``ParseOptions.max_bytes``)."""


__all__ = ["InputError", "PressParseError", "TooLargeError"]
