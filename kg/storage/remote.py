"""A store that lives in a server: `--store http://HOST:PORT/store`, a SPARQL 1.1 Graph Store
Protocol endpoint (Oxigraph's server, Fuseki, GraphDB ...).

It is kg.storage.local's layout put into named graphs, written and read with plain GSP requests
(GET and PUT of one graph, `?graph=IRI` or `?default`), so any conforming server can hold it:

    ?default                  entities, facts and analysis of the last build
    <article IRI>             each article's own triples (headline, text, mentions, evidence)
    <urn:kg:cache:HASH>       what extraction read from one article (JSON), with its content hash
    <urn:kg:index>            the articles known, their content hashes, cache graphs and the digest
                              of their published graph; the state and summary of the last build

A build PUTs only the article graphs whose content changed, then the default graph, then the
index, last: a build that dies half way leaves the index of the previous build, and the next run
redoes what the index does not record. The server holds the graph; queries go to the server's
own SPARQL endpoint, and `kg query/export --store URL` read the graph back through GSP.
"""
from __future__ import annotations

import hashlib
import json
import urllib.error
import urllib.parse
import urllib.request
from collections import defaultdict

import pyoxigraph as ox
from rdflib import Graph

from ..errors import KgError
from ..graph.convert import quads
from ..graph.iris import DEFAULT_BASE, Minter
from ..model import ArticleResult
from .cache import build_state, from_json, to_json

INDEX = "urn:kg:index"
BUILD_NODE = ox.NamedNode("urn:kg:build")
NT = "application/n-triples"
FLUSH_EVERY = 50  # cached articles between index updates: what an interrupted build may redo


class RemoteStoreError(KgError):
    pass


def is_remote(store) -> bool:
    return str(store).startswith(("http://", "https://"))


BOOKKEEPING = "urn:kg:store#"  # the store's own terms; not part of the graph's vocabulary


def _kg(name: str) -> ox.NamedNode:
    return ox.NamedNode(BOOKKEEPING + name)


class RemoteStore:
    def __init__(self, url: str, base: str = DEFAULT_BASE, timeout: float = 60.0):
        self.url = url.rstrip("?")
        self.mint = Minter(base)
        self.timeout = timeout
        self.index: dict[str, dict] = {}  # article id -> {"iri", "hash", "cache", "digest"}
        self.build: dict = {}
        self._unflushed = 0
        self._load_index()

    # ------------------------------------------------------------ HTTP
    def _target(self, graph: str | None) -> str:
        query = "default" if graph is None else urllib.parse.urlencode({"graph": graph})
        return f"{self.url}{'&' if '?' in self.url else '?'}{query}"

    def _request(self, method: str, graph: str | None, body: bytes | None = None) -> bytes | None:
        request = urllib.request.Request(self._target(graph), data=body, method=method,
                                         headers={"Content-Type": NT, "Accept": NT})
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                return response.read()
        except urllib.error.HTTPError as exc:
            if exc.code == 404 and method == "GET":
                return None  # no such graph (yet)
            detail = exc.read().decode("utf-8", "replace").strip().splitlines()[:1]
            raise RemoteStoreError(f"{self.url}: {method} of graph {graph or 'default'} failed: "
                                   f"HTTP {exc.code} {' '.join(detail)}".rstrip()) from None
        except (urllib.error.URLError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise RemoteStoreError(f"{self.url}: cannot reach the graph store: {reason}") from None

    def get_graph(self, graph: str | None) -> list[ox.Triple]:
        data = self._request("GET", graph)
        return [] if not data else list(ox.parse(data, format=ox.RdfFormat.N_TRIPLES))

    def put_graph(self, graph: str | None, triples) -> None:
        self._request("PUT", graph, ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b"")

    # ------------------------------------------------------------ the index
    def _load_index(self) -> None:
        rows: dict[str, dict] = defaultdict(dict)
        for t in self.get_graph(INDEX):
            if t.subject == BUILD_NODE:
                self.build[t.predicate.value.rsplit("#", 1)[-1]] = t.object.value
            else:
                rows[t.subject.value][t.predicate.value.rsplit("#", 1)[-1]] = t.object.value
        for iri, row in rows.items():
            if "articleId" in row:
                self.index[row["articleId"]] = {"iri": iri, "hash": row.get("contentHash"),
                                                "cache": row.get("cacheGraph"), "digest": row.get("graphDigest")}

    def _flush_index(self) -> None:
        triples = []
        for article_id, row in sorted(self.index.items()):
            s = ox.NamedNode(row["iri"])
            triples.append(ox.Triple(s, _kg("articleId"), ox.Literal(article_id)))
            for key, predicate in (("hash", "contentHash"), ("digest", "graphDigest")):
                if row.get(key):
                    triples.append(ox.Triple(s, _kg(predicate), ox.Literal(row[key])))
            if row.get("cache"):
                triples.append(ox.Triple(s, _kg("cacheGraph"), ox.NamedNode(row["cache"])))
        for key in ("buildState", "buildSummary"):
            if key in self.build:
                triples.append(ox.Triple(BUILD_NODE, _kg(key), ox.Literal(self.build[key])))
        self.put_graph(INDEX, triples)
        self._unflushed = 0

    # ------------------------------------------------------------ GraphStore's interface
    def hashes(self) -> dict[str, str]:
        return {k: v["hash"] for k, v in self.index.items() if v.get("hash") and v.get("cache")}

    def put(self, result: ArticleResult, digest: str) -> None:
        cache = f"urn:kg:cache:{hashlib.sha256(result.article.id.encode()).hexdigest()[:32]}"
        self.put_graph(cache, [ox.Triple(ox.NamedNode(cache), _kg("extraction"), ox.Literal(to_json(result)))])
        row = self.index.setdefault(result.article.id, {"iri": str(self.mint.article(result.article.id))})
        row.update(hash=digest, cache=cache)
        self._unflushed += 1
        if self._unflushed >= FLUSH_EVERY:
            self._flush_index()

    def results(self) -> list[ArticleResult]:
        if self._unflushed:
            self._flush_index()
        out = []
        for article_id in sorted(self.hashes()):
            triples = self.get_graph(self.index[article_id]["cache"])
            if not triples:
                raise RemoteStoreError(f"{self.url}: the cached extraction of article {article_id!r} is missing")
            out.append(from_json(triples[0].object.value))
        return out

    def state(self, *options) -> str:
        return build_state(self.hashes(), options)

    def current(self) -> str:
        return self.url

    def published_state(self) -> str | None:
        return self.build.get("buildState")

    def published_summary(self) -> dict:
        return json.loads(self.build["buildSummary"])

    def publish(self, graph: Graph, page: str | None, state: str, summary: dict) -> str:
        """PUT the article graphs that changed and the default graph, then the index. graph.html
        is not kept in the server (see write_page)."""
        by_graph: dict[str | None, list[ox.Triple]] = defaultdict(list)
        for q in quads(graph):
            name = None if isinstance(q.graph_name, ox.DefaultGraph) else q.graph_name.value
            by_graph[name].append(ox.Triple(q.subject, q.predicate, q.object))
        iri_to_id = {row["iri"]: article_id for article_id, row in self.index.items()}
        written = 0
        for name, triples in sorted(by_graph.items(), key=lambda kv: kv[0] or ""):
            if name is None:
                continue
            data = ox.serialize(sorted(triples, key=str), format=ox.RdfFormat.N_TRIPLES)
            digest = hashlib.sha256(data).hexdigest()
            row = self.index.get(iri_to_id.get(name, ""), None)
            if row is not None and row.get("digest") == digest:
                continue  # this article's graph is already there as it should be
            self._request("PUT", name, data)
            written += 1
            if row is not None:
                row["digest"] = digest
        self.put_graph(None, sorted(by_graph.get(None, []), key=str))
        self.build = {"buildState": state, "buildSummary": json.dumps(summary, sort_keys=True)}
        self._flush_index()
        self.written = written + 1
        return self.url

    def open(self) -> ox.Store:
        """The whole graph read back into memory (for kg query, export and analyze)."""
        store = ox.Store()
        store.bulk_extend(ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in self.get_graph(None))
        for row in self.index.values():
            if row.get("digest"):
                g = ox.NamedNode(row["iri"])
                store.bulk_extend(ox.Quad(t.subject, t.predicate, t.object, g) for t in self.get_graph(row["iri"]))
        if len(store) == 0:
            raise RemoteStoreError(f"{self.url}: the graph store holds no kg build yet")
        return store
