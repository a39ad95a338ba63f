"""HTML pages: the text of headings, paragraphs and list items, with title, URL and date from meta tags."""
from __future__ import annotations

from pathlib import Path

from ..model import Article, Skipped
from .text import first_line


def from_html(path: Path, article_id: str, html: str) -> Article | Skipped:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    for tag in soup(["script", "style", "noscript", "nav", "header", "footer", "aside", "form"]):
        tag.decompose()

    def meta(*names: str) -> str | None:
        for name in names:
            tag = soup.find("meta", attrs={"property": name}) or soup.find("meta", attrs={"name": name})
            if tag and tag.get("content", "").strip():
                return tag["content"].strip()
        return None

    blocks = [el.get_text(" ", strip=True) for el in soup.find_all(["h1", "h2", "h3", "p", "li"])]
    blocks = [b for b in blocks if b]
    body = "\n\n".join(blocks) if blocks else soup.get_text("\n", strip=True)
    if not body.strip():
        return Skipped(str(path), "HTML page has no text")
    h1 = soup.find("h1")
    title = meta("og:title") or (h1.get_text(" ", strip=True) if h1 else None) or (
        soup.title.get_text(" ", strip=True) if soup.title else None) or first_line(body)
    canonical = soup.find("link", rel="canonical")
    url = meta("og:url") or (canonical.get("href") if canonical else None)
    date = meta("article:published_time", "date", "pubdate")
    return Article(id=article_id, title=title, text=body, source=str(path), url=url, date=date)
