"""HTML reader: the article's own text, without navigation, menus, comments, forms or footers.

selectolax (lexbor) parses; boilerplate is removed by tag, ARIA role, class/id words and link
density, then the main container is chosen (articleBody/article/main, else the densest block).
Everything is rule-based, so the same page always gives the same text.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from selectolax.lexbor import LexborHTMLParser, LexborNode

from policyextract.read.common import Extracted, ReadError, tidy_extracted_text
from policyextract.read.metadata import clean_title_line, count_words, find_published, iso_date

MIN_MAIN_WORDS = 10
MAX_LINK_DENSITY = 0.5
WRAPPER_SHARE = 0.5
MAIN_SHARE = 0.8

_NEVER_TEXT = "script, style, noscript, template, iframe, svg, canvas, object, embed, head, title"
_BOILERPLATE_TAGS = {"nav", "footer", "aside", "form", "menu", "dialog", "button", "select", "textarea", "input", "label"}
_BOILERPLATE_ROLES = {
    "navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar",
    "dialog", "alertdialog", "toolbar", "form",
}  # fmt: skip
_BOILERPLATE_WORDS = {
    "nav", "navbar", "navigation", "menu", "menubar", "submenu", "footer", "sidebar",
    "breadcrumb", "breadcrumbs", "crumb", "crumbs", "comment", "comments", "respond", "reply",
    "share", "sharing", "social", "related", "recommend", "recommended", "ad", "ads", "advert",
    "adverts", "advertisement", "sponsor", "sponsored", "promo", "cookie", "cookies", "consent",
    "newsletter", "subscribe", "subscription", "login", "signin", "signup", "register", "popup",
    "modal", "overlay", "pagination", "pager", "toolbar", "widget", "masthead", "skip", "topbar",
    "copyright", "disqus", "tags", "search", "logo",
}  # fmt: skip
_LINK_LIST_TAGS = {"ul", "ol", "dl", "table", "div", "section", "p"}
_PARAGRAPH_TAGS = {"p", "pre", "blockquote", "td", "li", "dd"}
_BLOCK_TAGS = {
    "p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6",
    "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tr", "blockquote", "pre",
    "figure", "figcaption", "address", "hr", "center", "details", "summary",
}  # fmt: skip
_CELL_TAGS = {"td", "th"}
_MAIN_SELECTORS = ('[itemprop="articleBody"]', "article", '[role="main"]', "main")
_DATE_META = (
    'meta[property="article:published_time"]',
    'meta[property="og:published_time"]',
    'meta[itemprop="datePublished"]',
    'meta[name="pubdate"]',
    'meta[name="publishdate"]',
    'meta[name="PubDate"]',
    'meta[name="publication_date"]',
    'meta[name="date"]',
    'meta[name="DC.date.issued"]',
    'meta[name="dc.date"]',
    'meta[name="DC.Date"]',
    'meta[name="parsely-pub-date"]',
)
_TITLE_META = ('meta[property="og:title"]', 'meta[name="twitter:title"]', 'meta[name="title"]')
_SITE_SUFFIX = re.compile(r"^(?P<title>.{12,}?)\s+[|\-–—_]\s+(?P<site>[^|\-–—_]{2,60})$")
_CAMEL = re.compile(r"([a-z])([A-Z])")
_SPACES = re.compile(r"[ \t\r\n\f\v\u00a0]+")


def read_html(text: str, document: str) -> Extracted:
    """Main text of a page, with its title and publication date; raises ReadError(html_empty)."""
    tree = LexborHTMLParser(text)
    meta_title, head_title = _meta_title(tree), _head_title(tree)
    published = page_published(tree)
    remove_never_text(tree)
    remove_boilerplate(tree)
    title = meta_title or _heading_title(tree) or head_title
    main = main_container(tree)
    body = tidy_extracted_text(render_text(main)) if main is not None else ""
    if count_words(body) < MIN_MAIN_WORDS:
        raise ReadError(document, "html_empty", "no main text in the HTML page")
    if title and title.lower() not in body[:1000].lower():
        body = f"{title}\n\n{body}"
    return Extracted(text=body, title=title, published=published or find_published(body))


def _meta_title(tree: LexborHTMLParser) -> str | None:
    """og:title, twitter:title or a title meta tag: sites fill these with the bare headline."""
    for selector in _TITLE_META:
        title = _meta_content(tree, selector)
        if title:
            return title
    return None


def _heading_title(tree: LexborHTMLParser) -> str | None:
    """The first <h1> left after boilerplate removal, so a site logo in an <h1> does not count."""
    heading = tree.css_first("h1")
    if heading is None:
        return None
    return clean_title_line(heading.text(separator=" ")) or None


def _head_title(tree: LexborHTMLParser) -> str | None:
    """The <title> element's text without a ' - Site Name' suffix (read before <head> is dropped)."""
    node = tree.css_first("title")
    title = clean_title_line(node.text()) if node is not None else ""
    return strip_site_suffix(title) if title else None


def strip_site_suffix(title: str) -> str:
    """'Plan unveiled - China Daily' → 'Plan unveiled' when the suffix is a short site name."""
    match = _SITE_SUFFIX.match(title)
    if match and count_words(match.group("site")) <= 4:
        return match.group("title").strip()
    return title


def page_published(tree: LexborHTMLParser) -> str | None:
    """article:published_time and similar meta tags, JSON-LD datePublished, then <time datetime>."""
    for selector in _DATE_META:
        date = iso_date(_meta_content(tree, selector))
        if date:
            return date
    date = _json_ld_date(tree)
    if date:
        return date
    for node in tree.css("time[datetime], [itemprop=datePublished]"):
        date = iso_date(node.attributes.get("datetime") or node.attributes.get("content") or node.text())
        if date:
            return date
    return None


def _meta_content(tree: LexborHTMLParser, selector: str) -> str | None:
    """The stripped content="" of the first matching <meta>, or None."""
    node = tree.css_first(selector)
    value = node.attributes.get("content") if node is not None else None
    return clean_title_line(value) if value else None


def _json_ld_date(tree: LexborHTMLParser) -> str | None:
    """datePublished from schema.org JSON-LD blocks (news sites put the date there)."""
    for node in tree.css('script[type="application/ld+json"]'):
        try:
            data = json.loads(node.text())
        except (json.JSONDecodeError, ValueError):
            continue
        for item in _json_ld_items(data):
            date = iso_date(item.get("datePublished"))
            if date:
                return date
    return None


def _json_ld_items(data: object) -> list[dict]:
    """Flatten a JSON-LD document (a dict, a list, or a @graph) into its objects."""
    if isinstance(data, list):
        return [item for entry in data for item in _json_ld_items(entry)]
    if isinstance(data, dict):
        return [data, *_json_ld_items(data.get("@graph", []))]
    return []


def remove_never_text(tree: LexborHTMLParser) -> None:
    """Scripts, styles, embedded frames and the <head> never hold article text."""
    for node in tree.css(_NEVER_TEXT):
        node.decompose()


@dataclass
class TextStats:
    """Characters of text below an element: all of it, inside links, and non-link paragraph text."""

    text: int = 0
    link: int = 0
    paragraph: int = 0


def text_stats(root: LexborNode) -> dict[int, TextStats]:
    """TextStats for every element under `root` (keyed by mem_id), in one iterative pass."""
    stats: dict[int, TextStats] = {}
    stack: list[tuple[LexborNode, bool, bool, bool]] = [(root, False, False, False)]
    while stack:
        node, in_link, in_paragraph, closing = stack.pop()
        if closing:
            parent = node.parent
            if parent is not None and node is not root:
                own, total = stats[node.mem_id], stats.setdefault(parent.mem_id, TextStats())
                total.text += own.text
                total.link += own.link
                total.paragraph += own.paragraph
            continue
        if node.is_text_node:
            chars = len(_squash(node.text_content or ""))
            target = stats.setdefault(node.parent.mem_id, TextStats())
            target.text += chars
            target.link += chars if in_link else 0
            target.paragraph += chars if in_paragraph and not in_link else 0
            continue
        if not node.is_element_node and node is not root:
            continue
        stats.setdefault(node.mem_id, TextStats())
        stack.append((node, in_link, in_paragraph, True))
        child_link = in_link or node.tag == "a"
        child_paragraph = in_paragraph or node.tag in _PARAGRAPH_TAGS
        children = list(node.iter(include_text=True))
        stack.extend((child, child_link, child_paragraph, False) for child in reversed(children))
    return stats


def remove_boilerplate(tree: LexborHTMLParser) -> None:
    """Drop navigation, menus, forms, footers, hidden and link-list blocks, keeping page wrappers."""
    body = tree.body
    if body is None:
        return
    stats = text_stats(body)
    total = stats[body.mem_id].paragraph
    doomed = [
        node
        for node in body.traverse()
        if node.is_element_node
        and (_is_boilerplate_element(node) or _is_link_list(node, stats))
        and not _is_wrapper(node, stats, total)
    ]
    for node in _outermost(doomed):
        node.decompose()


def _is_boilerplate_element(node: LexborNode) -> bool:
    """By tag, ARIA role, hidden flags, or a boilerplate word in its class or id."""
    attrs = node.attributes
    if node.tag in _BOILERPLATE_TAGS or (attrs.get("role") or "").lower() in _BOILERPLATE_ROLES:
        return True
    if "hidden" in attrs or (attrs.get("aria-hidden") or "").lower() == "true":
        return True
    style = (attrs.get("style") or "").replace(" ", "").lower()
    if "display:none" in style or "visibility:hidden" in style:
        return True
    return bool(_class_words(node) & _BOILERPLATE_WORDS)


def _class_words(node: LexborNode) -> set[str]:
    """Words of the class and id attributes: 'comment-form navBar' → {comment, form, nav, bar}."""
    raw = f"{node.attributes.get('class') or ''} {node.attributes.get('id') or ''}"
    return set(re.split(r"[\s_\-:.]+", _CAMEL.sub(r"\1 \2", raw).lower())) - {""}


def _is_link_list(node: LexborNode, stats: dict[int, TextStats]) -> bool:
    """A list, table or block whose text is mostly link text: menus, 'related stories'."""
    if node.tag not in _LINK_LIST_TAGS:
        return False
    own = stats.get(node.mem_id)
    return own is not None and own.text > 0 and own.link > MAX_LINK_DENSITY * own.text


def _is_wrapper(node: LexborNode, stats: dict[int, TextStats], total_paragraph: int) -> bool:
    """An element holding most of the page's paragraph text is a wrapper (an ASP.NET <form>)."""
    own = stats.get(node.mem_id)
    return own is not None and total_paragraph > 0 and own.paragraph >= WRAPPER_SHARE * total_paragraph


def _outermost(nodes: list[LexborNode]) -> list[LexborNode]:
    """Keep only nodes with no ancestor in the list, so each subtree is removed once."""
    chosen = {node.mem_id for node in nodes}
    result = []
    for node in nodes:
        parent = node.parent
        while parent is not None and parent.mem_id not in chosen:
            parent = parent.parent
        if parent is None:
            result.append(node)
    return result


def main_container(tree: LexborHTMLParser) -> LexborNode | None:
    """The article body: a semantic container with text, else the block holding most paragraphs."""
    for selector in _MAIN_SELECTORS:
        nodes = tree.css(selector)
        if nodes:
            best = max(nodes, key=lambda node: len(_squash(node.text(separator=" "))))
            if count_words(best.text(separator=" ")) >= MIN_MAIN_WORDS:
                return best
    return paragraph_container(tree) or tree.body


def paragraph_container(tree: LexborHTMLParser) -> LexborNode | None:
    """The deepest element holding at least MAIN_SHARE of the page's paragraph text.

    Boilerplate is already gone, so this is the article even when its paragraphs are spread
    over many sibling blocks.
    """
    body = tree.body
    if body is None:
        return None
    stats = text_stats(body)
    total = stats[body.mem_id].paragraph
    if total == 0:
        return None
    node = body
    while True:
        richest = max(
            (child for child in node.iter() if child.mem_id in stats),
            key=lambda child: stats[child.mem_id].paragraph,
            default=None,
        )
        if richest is None or stats[richest.mem_id].paragraph < MAIN_SHARE * total:
            return node
        node = richest


def render_text(root: LexborNode) -> str:
    """Text of `root` with a blank line between blocks, a newline for <br>, ' | ' between cells."""
    parts: list[str] = []
    stack: list[tuple[LexborNode, bool]] = [(root, False)]
    while stack:
        node, closing = stack.pop()
        if closing:
            parts.append("\n\n")
            continue
        if node.is_text_node:
            parts.append(_SPACES.sub(" ", node.text_content or ""))
            continue
        if not node.is_element_node and node is not root:
            continue
        tag = node.tag
        if tag == "br":
            parts.append("\n")
            continue
        if tag in _CELL_TAGS:
            parts.append(" | ")
        if tag in _BLOCK_TAGS:
            parts.append("\n\n")
            stack.append((node, True))
        children = list(node.iter(include_text=True))
        stack.extend((child, False) for child in reversed(children))
    return _tidy_blocks("".join(parts))


def _tidy_blocks(text: str) -> str:
    """Trim spaces around line breaks and the ' | ' that opens each table row."""
    lines = [line.strip().removeprefix("| ").strip() for line in text.split("\n")]
    return "\n".join(lines)


def _squash(text: str) -> str:
    """Collapse whitespace runs to single spaces."""
    return _SPACES.sub(" ", text).strip()
