"""The HTML path: DOM to blocks, DOM-level chrome, page metadata, hostile markup."""

from __future__ import annotations

import time

import pytest

import pressparse
from pressparse.blocks import Block, BlockDoc
from pressparse.html import html_blocks
from pressparse.options import ParseOptions

OPTIONS = ParseOptions(format="html")

# Real release prose (European Parliament press release) to make a page's main content.
PROSE = (
    "Two new EU laws will offer quick EU funding for recovery measures following natural disasters "
    "that have occurred after 1 January 2024, and the proposal allows EU countries to more easily "
    "channel European regional development funds and cohesion funds to disaster reconstruction."
)


def blocks_of(html: str, options: ParseOptions = OPTIONS) -> BlockDoc:
    return html_blocks(html, options)


def kept(doc: BlockDoc) -> list[str]:
    return [b.text for b in doc.blocks if b.chrome is None]


def page(body: str, head: str = "") -> str:
    return f"<!DOCTYPE html><html lang='en'><head>{head}</head><body>{body}</body></html>"


def test_br_separated_contact_lines_are_separate_blocks() -> None:
    doc = blocks_of(page(f"<p>{PROSE}</p><p>MEDIA CONTACT:<br>Katie Sullivan<br>Bateman Group<br>"
                         "hackerrank@bateman-group.com</p>"))
    texts = [b.text for b in doc.blocks]
    assert texts[1:] == ["MEDIA CONTACT:", "Katie Sullivan", "Bateman Group", "hackerrank@bateman-group.com"]
    assert [b.gap_before for b in doc.blocks[1:]] == [True, False, False, False]


def test_inline_elements_do_not_split_lines_and_links_are_counted() -> None:
    doc = blocks_of(page('<p>Read <a href="/x">the <strong>full</strong> report</a> <em>now</em>.\n'
                         "  Thanks</p>"))
    assert [b.text for b in doc.blocks] == ["Read the full report now. Thanks"]
    assert doc.blocks[0].link_chars == len("the full report")


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ("<ol><li>Stop raids</li><li>Free detainees</li></ol>", ["1. Stop raids", "2. Free detainees"]),
        ('<ol start="3"><li>Third</li><li>Fourth</li></ol>', ["3. Third", "4. Fourth"]),
        ('<ol><li>One</li><li value="7">Seven</li><li>Eight</li></ol>', ["1. One", "7. Seven", "8. Eight"]),
        ('<ol type="a"><li>Alpha</li><li>Beta</li></ol>', ["a. Alpha", "b. Beta"]),
        ('<ol type="I"><li>First</li><li>Second</li><li>Third</li><li>Fourth</li></ol>',
         ["I. First", "II. Second", "III. Third", "IV. Fourth"]),
        ("<ul><li>Bullet</li></ul>", ["Bullet"]),
    ],
)
def test_ordered_lists_render_their_numbers(markup: str, expected: list[str]) -> None:
    doc = blocks_of(page(markup))
    assert [b.text for b in doc.blocks] == expected
    assert all(b.kind == "item" for b in doc.blocks)


def test_ordered_list_item_number_field() -> None:
    doc = blocks_of(page('<ol start="2"><li>Second demand</li></ol>'))
    assert doc.blocks[0].number == "2"


def test_headings_quotes_and_cells() -> None:
    doc = blocks_of(page("<h2>Next steps</h2><blockquote><p>We need action.</p></blockquote>"
                         "<table><tr><td>Name</td><td>Phone</td></tr></table>"))
    kinds = [(b.kind, b.level, b.text) for b in doc.blocks]
    assert kinds == [("heading", 2, "Next steps"), ("quote", 0, "We need action."),
                     ("cell", 0, "Name"), ("cell", 0, "Phone")]
    assert doc.blocks[3].gap_before is False


def test_nav_header_footer_are_chrome_but_article_header_is_not() -> None:
    html = page(
        "<header><a href='/'>Home</a></header><nav><ul><li><a href='/a'>News</a></li>"
        "<li><a href='/b'>Topics</a></li></ul></nav>"
        "<article><header><h1>Parliament paves way for EU funds</h1></header>"
        f"<p>{PROSE}</p><p>{PROSE}</p><footer><p>Contacts: press@europarl.europa.eu</p></footer></article>"
        "<footer><p>Legal notice</p><p>Privacy policy</p></footer>"
    )
    doc = blocks_of(html)
    assert kept(doc) == ["Parliament paves way for EU funds", PROSE, PROSE,
                         "Contacts: press@europarl.europa.eu"]
    reasons = {b.text: b.chrome for b in doc.blocks}
    assert reasons["News"] is not None
    assert reasons["Legal notice"] is not None


def test_share_and_related_classes_are_chrome() -> None:
    html = page(f"<article><h1>Title</h1><p>{PROSE}</p>"
                "<div class='social-share'><a href='#'>Facebook</a></div>"
                "<div class='related-posts'><p>Another story about something else entirely.</p></div>"
                "</article>")
    doc = blocks_of(html)
    reasons = {b.text: b.chrome for b in doc.blocks}
    assert reasons["Facebook"] == "share"
    assert reasons["Another story about something else entirely."] == "related"


def test_outside_main_content_is_chrome_but_release_header_lines_are_kept() -> None:
    html = page(
        "<div class='top'><a href='/'>Site</a> <span>Tagline of the site goes here</span></div>"
        "<h1>HackerRank &amp; Cybermedia Technologies Partner to Help Close the STEM Skills Gap</h1>"
        "<p>FOR IMMEDIATE RELEASE</p>"
        f"<div class='body'><p>{PROSE}</p><p>{PROSE}</p><p>{PROSE}</p></div>"
        "<div class='more'><p>Some unrelated teaser text placed after the body of the page</p></div>"
    )
    doc = blocks_of(html)
    texts = kept(doc)
    assert texts[0].startswith("HackerRank & Cybermedia")
    assert "FOR IMMEDIATE RELEASE" in texts
    assert "Some unrelated teaser text placed after the body of the page" not in texts
    assert doc.meta.h1 == texts[0]


def test_hidden_bilingual_tab_is_kept_hidden_and_short_hidden_text_is_chrome() -> None:
    spanish = ("Dos nuevas leyes de la UE ofrecerán financiación rápida para las medidas de recuperación "
               "tras las catástrofes naturales ocurridas después del 1 de enero de 2024, según el texto.")
    html = page(f"<article><h1>Title</h1><div class='tab'><p>{PROSE}</p></div>"
                f"<div class='tab' style='display: none'><p>{spanish}</p><p>{spanish}</p></div>"
                "<div hidden><p>Close</p></div><span aria-hidden='true'>×</span></article>")
    doc = blocks_of(html)
    by_text = {b.text: b for b in doc.blocks}
    assert by_text[spanish].chrome is None
    assert by_text[spanish].hidden is True
    assert by_text["Close"].chrome == "hidden"
    assert "×" not in kept(doc)


def test_language_switcher_is_chrome() -> None:
    switcher = "".join(f"<li><a href='/{c}'>{c.upper()} - {n}</a></li>" for c, n in
                       [("bg", "български"), ("es", "español"), ("de", "Deutsch"), ("en", "English")])
    doc = blocks_of(page(f"<div><ul>{switcher}</ul></div><div><p>{PROSE}</p></div>"))
    assert kept(doc) == [PROSE]


def test_cloudflare_email_is_decoded() -> None:
    # "press@example.org" XOR 0x42, prefixed by the key byte.
    key = 0x42
    payload = f"{key:02x}" + "".join(f"{ord(c) ^ key:02x}" for c in "press@example.org")
    html = page(f'<p>{PROSE}</p><p>Email: <a href="/cdn-cgi/l/email-protection" class="__cf_email__" '
                f'data-cfemail="{payload}">[email&#160;protected]</a></p>'
                f'<p>Write to <a href="/cdn-cgi/l/email-protection#{payload}">[email&#160;protected]</a></p>')
    texts = [b.text for b in blocks_of(html).blocks]
    assert "Email: press@example.org" in texts
    assert "Write to press@example.org" in texts


def test_cloudflare_email_after_a_placeholder_with_nested_markup_is_decoded() -> None:
    # Cloudflare wraps the placeholder text in a span inside the link on some themes; decoding the
    # link removes that span, and the addresses after it on the page must still be decoded.
    key = 0x17

    def payload(address: str) -> str:
        return f"{key:02x}" + "".join(f"{ord(c) ^ key:02x}" for c in address)

    html = page(f'<p>{PROSE}</p>'
                f'<p>Press: <a href="/cdn-cgi/l/email-protection#{payload("press@example.org")}">'
                f'<span class="__cf_email__" data-cfemail="{payload("press@example.org")}">[email&#160;protected]'
                f'</span></a></p>'
                f'<p>Media: <a class="__cf_email__" data-cfemail="{payload("media@example.org")}">'
                f'[email&#160;protected]</a></p>')
    texts = [b.text for b in blocks_of(html).blocks]
    assert "Press: press@example.org" in texts
    assert "Media: media@example.org" in texts


@pytest.mark.parametrize("tag", ["script", "style", "noscript", "template", "iframe"])
def test_script_like_content_never_becomes_text(tag: str) -> None:
    html = page(f"<p>{PROSE}</p><{tag}>var secret = 'leak'; alert(1)</{tag}><p>After</p>")
    texts = [b.text for b in blocks_of(html).blocks]
    assert not any("leak" in t or "alert" in t for t in texts)
    assert "After" in texts


def test_svg_and_head_never_become_text() -> None:
    html = page(f"<p>{PROSE}</p><svg><text>svg words</text></svg>", head="<title>T</title><style>x</style>")
    assert not any("svg words" in b.text for b in blocks_of(html).blocks)


def test_external_entity_is_not_expanded() -> None:
    doc = blocks_of('<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><p>&e;</p>')
    text = "\n".join(b.text for b in doc.blocks)
    assert "root:" not in text
    assert "]>" not in text


def test_deep_nesting_finishes_without_losing_text() -> None:
    depth = 100_000
    html = "<html><body><p>Before</p>" + "<div>" * depth + "deep text" + "</div>" * depth + \
        "<p>After the deep part</p></body></html>"
    started = time.perf_counter()
    doc = blocks_of(html)
    assert time.perf_counter() - started < 20
    texts = [b.text for b in doc.blocks]
    assert "deep text" in texts
    assert "After the deep part" in texts
    assert any(w.code == "truncated" for w in doc.warnings)


def test_depth_option_flattens_with_warning() -> None:
    html = page("<div>" * 40 + "<p>inner one</p><p>inner two</p>" + "</div>" * 40 + "<p>tail</p>")
    doc = blocks_of(html, ParseOptions(format="html", max_dom_depth=10))
    texts = " ".join(b.text for b in doc.blocks)
    assert "inner one" in texts and "inner two" in texts and "tail" in texts
    assert any(w.code == "truncated" for w in doc.warnings)


def test_element_limit_warns() -> None:
    html = page("".join(f"<p>line {i}</p>" for i in range(50)))
    doc = blocks_of(html, ParseOptions(format="html", max_elements=10))
    assert any(w.code == "truncated" for w in doc.warnings)


@pytest.mark.parametrize(
    "adversarial",
    [
        "<" * 100_000,
        "<div " * 20_000,
        "<a href='x'>" * 30_000,
        "<!--" * 25_000,
        "<ol start='99999999999999999999'><li>x</li></ol>" * 1000,
        "<p>" + "&amp;" * 50_000 + "</p>",
        '<span data-cfemail="' + "f" * 5000 + '">[email protected]</span>',
    ],
)
def test_adversarial_markup_completes(adversarial: str) -> None:
    started = time.perf_counter()
    doc = blocks_of(adversarial)
    assert isinstance(doc, BlockDoc)
    assert all(isinstance(b, Block) for b in doc.blocks)
    assert time.perf_counter() - started < 20


def test_meta_extraction() -> None:
    head = (
        '<meta property="og:title" content="Venezuela: European Parliament calls for additional sanctions">'
        "<title>Venezuela | News | European Parliament</title>"
        '<meta property="og:site_name" content="PR Newswire">'
        '<meta property="article:modified_time" content="2019-07-18T14:02:00">'
        '<link rel="canonical" href="https://www.prnewswire.com/news-releases/x-300256917.html">'
        '<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [{"@type": '
        '"NewsArticle", "datePublished": "2019-07-18T13:00:00", "publisher": {"@type": "Organization", '
        '"name": "European Parliament"}}]}</script>'
        '<script type="application/ld+json">{broken json</script>'
    )
    doc = blocks_of(page(f"<article><h1>Venezuela: more sanctions</h1><p>{PROSE}</p></article>", head=head))
    meta = doc.meta
    assert meta.title == "Venezuela: European Parliament calls for additional sanctions"
    assert meta.h1 == "Venezuela: more sanctions"
    assert meta.published == "2019-07-18T13:00:00"
    assert meta.modified == "2019-07-18T14:02:00"
    assert meta.language == "en"
    assert meta.canonical_url == "https://www.prnewswire.com/news-releases/x-300256917.html"
    assert meta.site_name == "PR Newswire"
    assert meta.organization == "European Parliament"
    assert meta.wire_service == "PR Newswire"


def test_meta_fallbacks_title_and_time() -> None:
    doc = blocks_of(page(f"<p><time datetime='2024-12-17'>17-12-2024</time></p><p>{PROSE}</p>",
                         head="<title> Plain title </title>"))
    assert doc.meta.title == "Plain title"
    assert doc.meta.published == "2024-12-17"
    assert doc.meta.wire_service is None


def test_empty_and_text_only_input() -> None:
    assert blocks_of("").blocks == ()
    doc = blocks_of("just words, no tags")
    assert [b.text for b in doc.blocks] == ["just words, no tags"]


def test_pre_keeps_its_lines() -> None:
    doc = blocks_of(page("<pre>line one\nline two</pre>"))
    assert [b.text for b in doc.blocks] == ["line one", "line two"]


def test_unparseable_markup_falls_back_to_text_without_scripts() -> None:
    doc = blocks_of("<!-- only a comment --><script>var leak = 1;</script>")
    assert not any("leak" in b.text or "comment" in b.text for b in doc.blocks)


def test_xml_declaration_is_accepted() -> None:
    doc = blocks_of('<?xml version="1.0" encoding="UTF-8"?><html><body><p>XHTML page</p></body></html>')
    assert [b.text for b in doc.blocks] == ["XHTML page"]


def test_contact_block_after_the_body_is_kept() -> None:
    html = page(
        "<h1>Parliament paves way for EU funds</h1>"
        f"<div class='story'><p>{PROSE}</p><p>{PROSE}</p><p>{PROSE}</p></div>"
        "<div class='box'><p>Media Contact:</p><p>Katie Sullivan</p><p>Bateman Group</p>"
        "<p><a href='mailto:hackerrank@bateman-group.com'>hackerrank@bateman-group.com</a></p></div>"
        "<div class='more'><ul><li><a href='/1'>Another release from this source</a></li>"
        "<li><a href='/2'>Yet another release</a></li></ul></div>"
    )
    texts = kept(blocks_of(html))
    assert texts[-4:] == ["Media Contact:", "Katie Sullivan", "Bateman Group", "hackerrank@bateman-group.com"]


def test_mailto_and_tel_links_are_not_link_text() -> None:
    doc = blocks_of(page("<p>E-mail: <a href='mailto:viktor.almqvist@europarl.europa.eu'>"
                         "viktor.almqvist@europarl.europa.eu</a> "
                         "<a href='tel:+3222831834'>(+32) 2 28 31834</a></p>"))
    assert doc.blocks[0].link_chars == 0


def test_subheadline_after_headline_is_kept() -> None:
    html = page("<h1>HackerRank Partners With CTEC</h1><h2>Agencies gain skill-based assessment tools</h2>"
                f"<div class='story'><p>{PROSE}</p><p>{PROSE}</p></div>")
    assert kept(blocks_of(html))[:2] == ["HackerRank Partners With CTEC",
                                         "Agencies gain skill-based assessment tools"]


def test_site_name_from_title_suffix() -> None:
    title = "<title>Venezuela: more sanctions | News | European Parliament</title>"
    doc = blocks_of(page(f"<p>{PROSE}</p>", head=title))
    assert doc.meta.site_name == "European Parliament"
    assert doc.meta.title == "Venezuela: more sanctions | News | European Parliament"


def test_empty_list_item_number_does_not_leak() -> None:
    doc = blocks_of(page("<ol><li></li></ol><p>Next paragraph</p>"))
    assert [b.text for b in doc.blocks] == ["Next paragraph"]
    assert doc.blocks[0].number is None


# A WordPress-theme release page (the seed release's lines in a common CMS layout).
WORDPRESS_RELEASE = """<!DOCTYPE html><html lang="en-US"><head>
<title>Biden Must Act Now &#8211; Immigrant Defenders</title>
<meta property="og:site_name" content="Immigrant Defenders Law Center"></head>
<body class="post-template-default single single-post has-sidebar">
<div id="page" class="site">
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title">
<a href="/">ImmDef</a></p></div>
<nav id="site-navigation" class="main-navigation"><ul><li><a href="/">Home</a></li><li>
<a href="/about">About</a></li><li><a href="/news">News</a></li></ul></nav></header>
<div id="content" class="site-content">
<div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-1" class="post-1 post type-post">
<header class="entry-header"><h1 class="entry-title">Biden Must Act Now to End Deportations</h1>
<div class="entry-meta"><span class="posted-on"><time datetime="2021-02-03">February 3, 2021</time>
</span> <span class="byline">by <a href="/author/x">admin</a></span></div></header>
<div class="entry-content">
<p><strong>FOR IMMEDIATE RELEASE</strong><br>February 3, 2021</p>
<p>Contact: Renee Garcia<br>213-634-7615<br>
<a href="mailto:rgarcia@immdef.org">rgarcia@immdef.org</a></p>
<p>Los Angeles, CA. (February 3, 2021) &#8212; Today, Immigrant Defenders Law Center calls on the
Biden administration to halt all deportations, release people from detention and end the use of
private prisons.</p>
<p>&#8220;We cannot wait any longer,&#8221; said Lindsay Toczylowski, Executive Director.
&#8220;Every day of delay means more families are torn apart by a system that the President
promised to change.&#8221;</p>
<p>We demand that the administration:</p>
<ol><li>Halt all deportations immediately.</li><li>Release people from immigration detention.</li>
<li>End contracts with <a href="/x">private prison companies</a>.</li></ol>
<p>###</p>
<p>Immigrant Defenders Law Center is a social justice law firm that defends immigrants against
injustice in the immigration system.</p>
</div>
<footer class="entry-footer"><span class="cat-links">Posted in <a href="/c/news">News</a></span>
</footer>
</article>
<nav class="navigation post-navigation"><div class="nav-links">
<a href="/prev">Previous post: Another older press release title</a></div></nav>
<div id="comments" class="comments-area"><h2>Leave a Reply</h2><form>
<p>Your email address will not be published.</p></form></div>
</main></div>
<aside id="secondary" class="widget-area"><section class="widget"><h2>Recent Posts</h2><ul><li>
<a href="/1">Older post one</a></li><li><a href="/2">Older post two</a></li></ul></section></aside>
</div>
<footer id="colophon" class="site-footer">
<div class="site-info">&copy; 2021 Immigrant Defenders Law Center</div></footer>
</div></body></html>
"""


def test_wordpress_release_layout() -> None:
    doc = blocks_of(WORDPRESS_RELEASE)
    texts = kept(doc)
    assert texts[0] == "Biden Must Act Now to End Deportations"
    for line in ["FOR IMMEDIATE RELEASE", "Contact: Renee Garcia", "213-634-7615", "rgarcia@immdef.org",
                 "1. Halt all deportations immediately.", "3. End contracts with private prison companies."]:
        assert line in texts
    assert texts[-1].startswith("Immigrant Defenders Law Center is a social justice law firm")
    for chrome in ["Home", "Leave a Reply", "Recent Posts", "Older post one",
                   "© 2021 Immigrant Defenders Law Center",
                   "Previous post: Another older press release title"]:
        assert chrome not in texts
    assert doc.meta.published == "2021-02-03"
    assert doc.meta.site_name == "Immigrant Defenders Law Center"


def test_linked_contact_name_after_contact_cue_is_kept() -> None:
    html = page(f"<article><h1>Title</h1><p>{PROSE}</p><p>Media Contact:</p>"
                "<p><a href='/people/jane'>Jane Doe</a></p>"
                "<p><a href='/about'>Read about us</a></p></article>")
    texts = kept(blocks_of(html))
    assert "Jane Doe" in texts


@pytest.mark.parametrize(
    ("head", "wire"),
    [
        ('<link rel="canonical" href="https://www.globenewswire.com/news-release/x.html">', "GlobeNewswire"),
        ('<meta property="og:url" content="https://www.businesswire.com/news/home/x/">', "Business Wire"),
        ('<meta property="og:site_name" content="EIN Presswire">', "EIN Presswire"),
        ('<link rel="canonical" href="https://www.kpr.com/news/x">', None),
        ('<meta name="author" content="Notified staff">', None),
    ],
)
def test_wire_service_detection(head: str, wire: str | None) -> None:
    assert blocks_of(page(f"<p>{PROSE}</p>", head=head)).meta.wire_service == wire


@pytest.mark.parametrize("url", ["http://[::1", "https://[x/news", "https://[v1.x]/", "http://a:99999999/"])
def test_malformed_page_url_is_kept_without_a_host(url: str) -> None:
    # urlsplit raises ValueError on a bad IPv6 host or port: the page still parses, the URL is kept as
    # written, and the wire service is read from the names instead.
    head = f'<link rel="canonical" href="{url}"><meta property="og:site_name" content="Business Wire">'
    meta = blocks_of(page(f"<p>{PROSE}</p>", head=head)).meta
    assert (meta.canonical_url, meta.wire_service) == (url, "Business Wire")
    assert pressparse.parse(page(f"<p>{PROSE}</p>", head=head)).page.canonical_url == url


# A wire-service layout: headline and subheadline in a <header> outside the story, the contact
# block in a sibling after it, then share links and a teaser list.
WIRE_RELEASE = """<!DOCTYPE html><html lang="en"><head><title>Acme Opens New Plant | Business Wire</title>
<meta property="og:site_name" content="Business Wire"></head><body>
<div id="header"><div class="bw-logo"><a href="/">Business Wire</a></div><ul class="bw-menu"><li>
<a href="/news">News</a></li><li><a href="/submit">Submit a Press Release</a></li><li>
<a href="/about">About</a></li></ul></div>
<div class="bw-release-main">
<header><h1 class="epi-fontLg"><b>Acme Opens New Plant in Ohio, Creating 500 Jobs</b></h1>
<div class="bw-release-subhead"><p><i>Plant will produce batteries for electric vehicles</i></p>
</div></header>
<div class="bw-release-timestamp">
<time datetime="2024-03-05T13:00:00Z">March 05, 2024 08:00 AM Eastern Standard Time</time></div>
<div class="bw-release-story">
<p>COLUMBUS, Ohio--(<a href="http://www.businesswire.com">BUSINESS WIRE</a>)--Acme Corp. (NYSE:
ACME) today opened a new manufacturing plant in Columbus, Ohio, that will create 500 jobs by the
end of 2025, the company said.</p>
<p>&#8220;This plant is a milestone for Acme and for Ohio,&#8221; said Jane Roe, chief executive
officer of Acme. &#8220;We are proud to invest in American manufacturing and in the people of
Columbus.&#8221;</p>
<p>The plant will produce lithium-ion battery cells for electric vehicles, with a planned capacity
of 20 gigawatt-hours per year when fully operational.</p>
<p><b>About Acme</b></p>
<p>Acme Corp. makes batteries and energy storage systems for the automotive and utility markets.
For more information, visit <a href="https://acme.example">acme.example</a>.</p>
</div>
<div class="bw-release-contact"><h2>Contacts</h2>
<p>Media:<br>John Smith<br>Acme Corp.<br>+1 614-555-0100<br>
<a href="mailto:press@acme.example">press@acme.example</a></p></div>
<div class="bw-release-social"><a href="#">Share on Twitter</a> <a href="#">Share on Facebook</a>
</div>
<div class="bw-more-news"><h2>More News From Acme Corp.</h2><ul><li>
<a href="/1">Acme Reports Fourth Quarter Results</a></li><li>
<a href="/2">Acme Names New Chief Financial Officer</a></li><li>
<a href="/3">Acme to Present at Investor Conference</a></li></ul></div>
</div>
<div id="footer"><p>&copy; 2024 Business Wire, Inc.</p><ul><li><a href="/privacy">Privacy</a></li>
<li><a href="/terms">Terms of Use</a></li></ul></div>
</body></html>
"""


def test_wire_release_layout() -> None:
    doc = blocks_of(WIRE_RELEASE)
    texts = kept(doc)
    assert texts[:3] == ["Acme Opens New Plant in Ohio, Creating 500 Jobs",
                         "Plant will produce batteries for electric vehicles",
                         "March 05, 2024 08:00 AM Eastern Standard Time"]
    assert texts[-6:] == ["Contacts", "Media:", "John Smith", "Acme Corp.", "+1 614-555-0100",
                          "press@acme.example"]
    assert doc.meta.h1 == texts[0]
    assert doc.meta.wire_service == "Business Wire"


def test_link_text_split_by_a_skipped_element_counts_its_pieces_apart() -> None:
    # The link's text pieces are joined with a space to measure it: "foo bar" (7), not "foobar".
    doc = blocks_of(page('<p>Visit <a href="/x">foo<img src="a.png">bar</a> today</p>'))
    assert [(b.text, b.link_chars) for b in doc.blocks] == [("Visit foobar today", 7)]


def test_zero_width_and_byte_order_marks_are_spaces_other_marks_stay() -> None:
    doc = blocks_of(page("<p>a\u200b b\ufeff c \u1680 d</p><p>\n  \u200b  plain   text\t</p>"))
    assert [b.text for b in doc.blocks] == ["a b c \u1680 d", "plain text"]


def test_class_words_split_at_separators_and_camel_case_humps() -> None:
    doc = blocks_of(page('<div class="relatedLinks"><p>See also this</p></div>'
                         '<div class="entry-content social-share"><p>Body text</p></div>'
                         '<div class="socialShare"><p>Share it</p></div><div id="siteNavBar"><p>Menu</p></div>'))
    assert [(b.text, b.chrome) for b in doc.blocks] == [
        ("See also this", "related"), ("Body text", None), ("Share it", "share"), ("Menu", "navigation")]


def test_a_role_reason_means_the_class_is_not_read_for_hiding() -> None:
    doc = blocks_of(page('<p>Hello <span class="sr-only">hidden label</span>world '
                         '<span role="navigation" class="sr-only">nav label</span></p>'))
    assert [(b.text, b.hidden) for b in doc.blocks] == [("Hello world nav label", False)]


def test_furniture_inline_element_around_a_paragraph_marks_it() -> None:
    doc = blocks_of(page('<div><span class="share"><p>Inner para</p></span> tail</div>'))
    assert [(b.text, b.chrome) for b in doc.blocks] == [("Inner para", "share"), ("tail", None)]


def test_a_repeated_hiding_class_is_read_per_element_by_its_tag_and_other_attributes() -> None:
    # The same hiding class on a plain <span>, on a <button> (furniture by its tag: its class is not read
    # for hiding), after a style attribute and beside role="navigation": each element decides for itself.
    doc = blocks_of(page('<p>One <span class="sr-only">label</span> two <button class="sr-only">Menu</button>'
                         ' three <span style="color:red" class="sr-only">more</span> four '
                         '<span class="sr-only" role="navigation">nav</span> five</p>'))
    assert [(b.text, b.hidden) for b in doc.blocks] == [
        ("One two", False), ("Menu", False), ("three four nav five", False)]


def test_blocks_made_as_drafts_are_whole_blocks() -> None:
    # html_blocks fills a same-slot draft and then makes it a Block: every field must be set, and the
    # block must equal (and hash like) one built by Block's own constructor.
    import dataclasses

    doc = html_blocks(
        "<html><body><nav><a href='/a'>Home</a></nav><h1>Title</h1><p>Some <a href='/x'>linked</a> text.</p>"
        "<ol><li>first</li><li>second</li></ol><div hidden>gone</div><footer>Footer text</footer></body></html>",
        ParseOptions(),
    )
    assert doc.blocks
    for block in doc.blocks:
        assert type(block) is Block
        values = {field.name: getattr(block, field.name) for field in dataclasses.fields(Block)}
        rebuilt = Block(**values)
        assert block == rebuilt and hash(block) == hash(rebuilt)
        with pytest.raises(dataclasses.FrozenInstanceError):
            block.text = "changed"  # type: ignore[misc]
