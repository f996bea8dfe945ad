"""The errors pressparse raises. Everything else is turned into a warning on the record.

``PressParseError`` is the base; ``InputError`` (also a ``ValueError``) is input that is not a
page; ``TooLargeError`` (an ``InputError``) is input past ``ParseOptions.max_bytes``.

Examples:
    >>> import pressparse
    >>> try:
    ...     pressparse.parse(b"%PDF-1.7 binary")
    ... except pressparse.InputError as exc:
    ...     print(type(exc).__name__, isinstance(exc, pressparse.PressParseError))
    InputError True
"""

from __future__ import annotations


class PressParseError(Exception):
    """Base class of every error pressparse raises on purpose.

    ``source`` names the input (where known) and ``message`` says what is wrong without it.

    Examples:
        >>> err = PressParseError("not a page", source="a.pdf")
        >>> str(err), err.source, err.message
        ('a.pdf: not a page', 'a.pdf', 'not a page')
    """

    def __init__(self, message: str, *, source: str | None = None) -> None:
        self.source = source
        self.message = message
        super().__init__(f"{source}: {message}" if source else message)


class InputError(PressParseError, ValueError):
    """The input is not something pressparse can read: binary, undecodable, unsupported.

    Examples:
        >>> import pressparse
        >>> pressparse.parse_file("no/such/file.txt")
        Traceback (most recent call last):
        ...
        pressparse.errors.InputError: no/such/file.txt: cannot read file: No such file or directory
    """


class TooLargeError(InputError):
    """The input exceeds a configured size limit (see ``ParseOptions.max_bytes``).

    Examples:
        >>> import pressparse
        >>> try:
        ...     pressparse.parse("x" * 2_000, options=pressparse.ParseOptions(max_bytes=1_000))
        ... except TooLargeError as exc:
        ...     print(isinstance(exc, InputError))
        True
    """


__all__ = ["InputError", "PressParseError", "TooLargeError"]
