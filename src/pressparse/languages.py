"""Stage 4, split languages: tag each kept line with a language and group lines into sections.

Sections tile the body: every character of the cleaned text belongs to exactly one section
(separators go with the section before them).
"""

from __future__ import annotations

from dataclasses import dataclass

from .chrome import Body
from .records import Section


@dataclass(frozen=True, slots=True)
class Languages:
    """The language of each kept line and the sections they form."""

    line_languages: tuple[str, ...]
    """One ISO 639-1 code (or "und") per ``Body.lines`` entry."""
    sections: tuple[Section, ...]

    def of_line(self, index: int) -> str:
        if 0 <= index < len(self.line_languages):
            return self.line_languages[index]
        return "und"


def sections_from_line_languages(body: Body, line_languages: tuple[str, ...]) -> tuple[Section, ...]:
    """Merge runs of equal line languages into sections that tile ``body.text``."""
    sections: list[Section] = []
    if not body.lines:
        return ()
    run_start_line = 0
    for i in range(1, len(body.lines) + 1):
        if i == len(body.lines) or line_languages[i] != line_languages[run_start_line]:
            start = 0 if not sections else sections[-1].span[1]
            end = len(body.text) if i == len(body.lines) else body.lines[i].start
            sections.append(Section(language=line_languages[run_start_line], text=body.text[start:end],
                                    span=(start, end)))
            run_start_line = i
    return tuple(sections)


def split_languages(body: Body) -> Languages:
    """Tag lines with languages and build sections."""
    line_languages = tuple("en" for _ in body.lines)
    return Languages(line_languages=line_languages, sections=sections_from_line_languages(body, line_languages))


__all__ = ["Languages", "sections_from_line_languages", "split_languages"]
