"""Stage 2 for HTML: the DOM to the same blocks the text path makes.

No network, no external entities, no DTD loading; scripts and styles never become text.
"""

from __future__ import annotations

import lxml.html

from .blocks import Block, BlockDoc, PageMeta, clean_line
from .options import ParseOptions


def html_blocks(text: str, options: ParseOptions) -> BlockDoc:
    """Parse HTML and return its visible lines as blocks (placeholder: body text lines)."""
    parser = lxml.html.HTMLParser(no_network=True, remove_comments=True, huge_tree=False)
    root = lxml.html.document_fromstring(text or "<html></html>", parser=parser)
    for bad in root.xpath("//script|//style|//noscript|//template"):
        bad.drop_tree()
    blocks = [Block(text=clean_line(line)) for line in root.text_content().split("\n") if clean_line(line)]
    title = root.findtext(".//title")
    return BlockDoc(blocks=tuple(blocks), meta=PageMeta(title=clean_line(title) if title else None))


__all__ = ["html_blocks"]
