"""What was fetched before, for conditional requests: each URL's validators (ETag, Last-Modified)
and its last body, in one SQLite file. A page that has not changed comes back as 304 with no
body; the body kept here stands in for it, so a re-run reads it again without fetching it."""
from __future__ import annotations

import sqlite3
import threading
import zlib
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Cached:
    etag: str | None
    last_modified: str | None
    content_type: str
    body: bytes


class HttpCache:
    def __init__(self, path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(path, check_same_thread=False)
        self.lock = threading.Lock()  # fetches run in threads; one connection, one writer at a time
        with self.lock, self.db:
            self.db.execute("CREATE TABLE IF NOT EXISTS responses (url TEXT PRIMARY KEY, etag TEXT, "
                            "last_modified TEXT, content_type TEXT NOT NULL, body BLOB NOT NULL)")

    def get(self, url: str) -> Cached | None:
        with self.lock:
            row = self.db.execute("SELECT etag, last_modified, content_type, body FROM responses WHERE url = ?",
                                  (url,)).fetchone()
        return None if row is None else Cached(row[0], row[1], row[2], zlib.decompress(row[3]))

    def put(self, url: str, etag: str | None, last_modified: str | None, content_type: str, body: bytes) -> None:
        if not (etag or last_modified):
            return  # nothing to ask the server with next time
        with self.lock, self.db:
            self.db.execute("INSERT OR REPLACE INTO responses VALUES (?, ?, ?, ?, ?)",
                            (url, etag, last_modified, content_type, zlib.compress(body)))

    def close(self) -> None:
        self.db.close()
