"""An article as the analyst gives it (pasted text, a .txt file, or an HTML page saved from a browser)
turned into plain text split into paragraphs and sentences. Nothing here is stored."""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

MAX_ARTICLE_BYTES = 2_000_000  # a long news page saved with its markup is well under 1 MB
_SKIP_TAGS = {"script", "style", "noscript", "nav", "header", "footer", "form", "button", "select", "svg", "template", "head"}
_BLOCK_TAGS = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "td", "table", "ul", "ol"}
_CJK = re.compile(r"[\u4e00-\u9fff]")
_SENTENCE_END = re.compile(r"(?<=[。！？；!?;])")


class ArticleError(ValueError):
    """An article that cannot be read: ``key`` names the message in ``parkdash.i18n`` (zh and en)."""

    def __init__(self, key: str, message: str) -> None:
        super().__init__(message)
        self.key = key


@dataclass(frozen=True)
class Sentence:
    text: str
    paragraph: int


def decode(data: bytes) -> str:
    """Bytes of a text or HTML file as text: UTF-8 (with or without BOM), else GB18030 (GBK/GB2312)."""
    if not data.strip():
        raise ArticleError("article_empty", "the article is empty")
    if len(data) > MAX_ARTICLE_BYTES:
        raise ArticleError(
            "article_too_large", f"the file is too large for an article ({len(data):,} bytes; at most {MAX_ARTICLE_BYTES:,})"
        )
    if b"\x00" in data[:4096]:
        raise ArticleError("article_binary", "this is not a text or HTML file (it contains binary data)")
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ArticleError("article_binary", "this is not a text or HTML file (neither UTF-8 nor GBK text)")


class _TextOfHtml(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title: list[str] = []
        self._skip = 0
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self._in_title = True
        if tag in _SKIP_TAGS:
            self._skip += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if tag in _SKIP_TAGS:
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title.append(data)
        elif not self._skip:
            self.parts.append(data)


def looks_like_html(text: str) -> bool:
    head = text[:2000].lower()
    return "<html" in head or "<!doctype html" in head or ("<body" in head) or bool(re.search(r"<(p|div)[\s>]", head))


def html_to_text(html: str) -> tuple[str, str]:
    """The visible text of an HTML page (scripts, styles, navigation and footers dropped) and its title."""
    parser = _TextOfHtml()
    parser.feed(html)
    parser.close()
    return "".join(parser.parts), " ".join("".join(parser.title).split())


def article_text(raw: str | bytes) -> tuple[str, str]:
    """Plain text of an article given as text or HTML, and the page title if it had one.

    Raises ArticleError with a reason a person understands when it is empty, binary, or not Chinese.
    """
    text = decode(raw) if isinstance(raw, bytes) else raw
    if not text.strip():
        raise ArticleError("article_empty", "the article is empty")
    title = ""
    if looks_like_html(text):
        text, title = html_to_text(text)
    text = text.replace("\u3000", " ").replace("\xa0", " ").replace("\r\n", "\n").replace("\r", "\n")
    text = re.sub(r"(?<!\d),|,(?!\d)", "，", text)  # half-width punctuation as published on many sites
    text = re.sub(r"(?<!\d)[:]|[:](?!\d)", "：", text).replace(";", "；")
    lines = [" ".join(line.split()) for line in text.split("\n")]
    text = "\n".join(line for line in lines if line)
    if not _CJK.search(text):
        raise ArticleError(
            "article_no_chinese", "no Chinese text found: paste the article itself (plain text or the saved HTML page)"
        )
    head, _, rest = text.partition("\n")
    if not title and rest and len(head) <= 60 and _CJK.search(head) and not re.search(r"[。！？；]", head):
        title = head  # pasted text: the headline on its first line
    return text, title


def sentences(text: str) -> list[Sentence]:
    """Sentences (ending in 。！？；) with the paragraph (line) each belongs to."""
    out: list[Sentence] = []
    for number, paragraph in enumerate(text.split("\n")):
        for piece in _SENTENCE_END.split(paragraph):
            if piece.strip():
                out.append(Sentence(piece.strip(), number))
    return out
