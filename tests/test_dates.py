"""Article dates from every input, and facts dated by the articles that state them."""
from __future__ import annotations

import json

import pyoxigraph as ox
import pytest
from conftest import ROOT

from kg.ingest import iter_articles
from kg.ingest.dates import dateline, iso_date


@pytest.mark.parametrize("written, iso", [
    ("2011-10-06", "2011-10-06"),
    (" 2011-10-06 ", "2011-10-06"),
    ("2011-10-06T14:30:00Z", "2011-10-06T14:30:00+00:00"),
    ("2011-10-06T14:30:00.250-04:00", "2011-10-06T14:30:00-04:00"),  # to the second
    ("2011-10-06 14:30", "2011-10-06T14:30:00"),
    ("Thu, 06 Oct 2011 14:30:00 GMT", "2011-10-06T14:30:00+00:00"),  # feeds and mail
    ("18th February 2024", "2024-02-18"),
    ("October 6, 2011", "2011-10-06"),
    ("Monday, 6 October 2011", "2011-10-06"),
    # not a whole day: dateutil would fill in the rest from a default, so none
    ("yesterday-ish", None), ("Monday", None), ("March 2010", None), ("2011", None), ("2011-10", None),
    ("2011-13-45", None), ("", None), (2011, None), (None, None),
])
def test_a_date_is_read_in_any_common_form_or_not_at_all(written, iso):
    assert iso_date(written) == iso


def read(paths):
    skipped, notices = [], []
    articles = list(iter_articles(paths, skipped, notices))
    return articles, [str(s) for s in skipped], [str(n) for n in notices]


def test_jsonl_dates_under_any_usual_key_and_a_bad_one_reported_with_its_line(tmp_path):
    rows = [{"id": "a", "text": "One.", "date": "2011-10-06"},
            {"id": "b", "text": "Two.", "datePublished": "Thu, 06 Oct 2011 14:30:00 GMT"},
            {"id": "c", "text": "Three.", "published": "6 October 2011"},
            {"id": "d", "text": "Four.", "date": "yesterday-ish"},
            {"id": "e", "text": "Five."}]
    path = tmp_path / "news.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    articles, skipped, notices = read([path])
    assert [(a.id, a.date) for a in articles] == [
        ("a", "2011-10-06"), ("b", "2011-10-06T14:30:00+00:00"), ("c", "2011-10-06"), ("d", None), ("e", None)]
    assert skipped == []
    assert notices == [f"{path}:4: unreadable date 'yesterday-ish' (not a day, month and year): "
                       "the article is kept, undated"]


PAGE = """<html><head><title>Quay</title>{head}</head><body>{body}<article><h1>Ferry service returns</h1>
<p>The ferry between the two harbours returned on Friday after a winter of repairs to its hull.</p>
<p>Harbour master Ann Ruiz said the crossing would run every hour from the spring onwards.</p>
<p>The operator Kestrel Lines said it had hired six more crew for the summer timetable.</p>
</article></body></html>"""


@pytest.mark.parametrize("head, body, date", [
    ('<meta property="article:published_time" content="2023-04-07T08:15:00+01:00">', "",
     "2023-04-07T08:15:00+01:00"),
    ('<meta name="date" content="2023-04-07">', "", "2023-04-07"),
    ('<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [{"@type": "NewsArticle", '
     '"datePublished": "2023-04-07T08:15:00Z", "dateModified": "2023-05-01T10:00:00Z"}]}</script>', "",
     "2023-04-07T08:15:00+00:00"),
    # an update's time is not the publication's; the one marked as the publication's comes first
    ("", '<time itemprop="dateModified" datetime="2023-05-01">1 May</time>'
         '<time datetime="2023-04-07">7 April</time>', "2023-04-07"),
    ('<meta property="article:published_time" content="soon">', '<time datetime="2023-04-07">7 April</time>',
     "2023-04-07"),
])
def test_a_page_gives_the_date_it_states_of_itself(tmp_path, head, body, date):
    path = tmp_path / "quay.html"
    path.write_text(PAGE.format(head=head, body=body), encoding="utf-8")
    (article,), skipped, notices = read([path])
    assert article.date == date and skipped == [] and notices == []


def test_a_page_whose_only_date_cannot_be_read_is_kept_undated_and_said_so(tmp_path):
    path = tmp_path / "quay.html"
    path.write_text(PAGE.format(head='<meta property="article:published_time" content="soon">', body=""),
                    encoding="utf-8")
    (article,), _, notices = read([path])
    assert article.date is None and "Ann Ruiz" in article.text
    assert notices == [f"{path}: unreadable date 'soon' (not a day, month and year): the article is kept, undated"]


def test_markdown_front_matter_gives_date_and_title_and_is_not_the_text(tmp_path):
    path = tmp_path / "post.md"
    path.write_text("---\ntitle: Ferry service returns\ndate: 2023-04-07\ntags: [harbour]\n---\n"
                    "# A heading\n\nHarbour master Ann Ruiz said the crossing would run hourly.\n", encoding="utf-8")
    (article,), _, notices = read([path])
    assert (article.title, article.date, notices) == ("Ferry service returns", "2023-04-07", [])
    assert article.text.startswith("# A heading") and "tags" not in article.text
    path.write_text("---\ndate: 2023-04-07 08:15:00\n---\nBody.\n", encoding="utf-8")
    assert read([path])[0][0].date == "2023-04-07T08:15:00"
    path.write_text("---\ndate: someday\n---\nBody.\n", encoding="utf-8")
    (article,), _, notices = read([path])
    assert article.date is None and notices == [
        f"{path}: unreadable date 'someday' (not a day, month and year): the article is kept, undated"]
    # a rule line that opens a file without closing is text, not front matter
    path.write_text("---\nBody after a rule.\n", encoding="utf-8")
    assert read([path])[0][0].text == "---\nBody after a rule.\n"
    # front matter that is not YAML is said so, with its line, and is no part of the text either
    path.write_text("---\ntitle: [Ferry\ndate: 2023-04-07\n---\nHarbour master Ann Ruiz spoke.\n", encoding="utf-8")
    (article,), _, notices = read([path])
    spoke = "Harbour master Ann Ruiz spoke."
    assert (article.title, article.text, article.date) == (spoke, spoke + "\n", None)
    assert notices == [f"{path}:3: front matter is not valid YAML: its title and date are not read"]


@pytest.mark.parametrize("text, date", [
    ("Ferry service returns\n\n  7th April 2023 – (Portsmouth) The ferry returned.", "2023-04-07"),
    ("Ferry service returns\nApril 7, 2023\nThe ferry returned.", "2023-04-07"),
    ("Ferry service returns\nBy Ann Ruiz\nFriday, 7 April 2023 | Portsmouth\nThe ferry returned.", "2023-04-07"),
    ("April 7, 2023 was the day the ferry returned.", None),  # a sentence that opens with a date
    ("Ferry service returns\nBy Ann Ruiz\nPortsmouth\n2023-04-07\nThe ferry returned.", None),  # too far down
])
def test_a_plain_text_dateline_dates_the_article(tmp_path, text, date):
    assert dateline(text) == date
    path = tmp_path / "ferry.txt"
    path.write_text(text, encoding="utf-8")
    assert read([path])[0][0].date == date


TWO_DATES = [
    {"id": "early", "date": "2009-03-02", "text": "Ann Ruiz, the chief executive of Vantor, said sales rose."},
    {"id": "late", "date": "2011-06-20T10:00:00Z", "text": "Ann Ruiz, the chief executive of Vantor, spoke in Leeds."},
    {"id": "undated", "text": "Tom Hale, the chairman of Kestrel, said the firm would grow."},
]


@pytest.mark.model
@pytest.mark.parametrize("store", [False, True])
def test_a_fact_is_dated_by_the_articles_that_state_it(tmp_path, store):
    from kg.graph.convert import quads
    from kg.run.pipeline import build
    from kg.storage.open import load_store

    path = tmp_path / "news.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in TWO_DATES), encoding="utf-8")
    if store:
        build([path], store=tmp_path / "store")
        graph = load_store(tmp_path / "store")
    else:
        graph = ox.Store()
        graph.bulk_extend(quads(build([path], None).graph))
    rows = {(r["p"].value, str(r["first"].value) if r["first"] else None, str(r["last"].value) if r["last"] else None)
            for r in graph.query("""
        PREFIX org: <http://www.w3.org/ns/org#> PREFIX kg: <https://w3id.org/newskg/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?p ?first ?last WHERE { ?m a org:Membership ; org:member/rdfs:label ?p .
          OPTIONAL { ?m kg:firstSeen ?first ; kg:lastSeen ?last } }""")}
    # the first and last days stated; a fact only undated articles state has neither
    assert rows == {("Ann Ruiz", "2009-03-02", "2011-06-20"), ("Tom Hale", None, None)}
    dates = {(r["d"].value, r["d"].datatype.value.rsplit("#", 1)[-1]) for r in graph.query("""
        PREFIX kg: <https://w3id.org/newskg/ontology#>
        SELECT ?d WHERE { ?e a kg:Evidence ; kg:articleDate ?d }""", use_default_graph_as_union=True)}
    assert dates == {("2009-03-02", "date"), ("2011-06-20T10:00:00Z", "dateTime")}
    firsts = {(r["name"].value, r["first"].value, r["article"].value.rsplit("/", 1)[-1]) for r in graph.query("""
        PREFIX kg: <https://w3id.org/newskg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?name ?first ?article WHERE { ?e rdfs:label ?name ; kg:firstSeen ?first ; kg:firstSeenIn ?article }""")}
    # an entity's first day, and the article that named it then; none for what only undated articles name
    assert firsts == {("Ann Ruiz", "2009-03-02", "early"), ("Vantor", "2009-03-02", "early"),
                      ("Leeds", "2011-06-20", "late")}


NEWS = [
    {"id": "a1", "title": "Vantor sales", "date": "2009-03-02",
     "text": "Ann Ruiz, the chief executive of Vantor, said sales rose in Leeds."},
    {"id": "a2", "title": "Kestrel", "date": "2011-06-20T10:00:00Z",
     "text": "Ann Ruiz, the former chief executive of Vantor, spoke in York. Tom Hale, the chairman of Kestrel, "
             "also spoke. Vantor is based in Leeds."},
    {"id": "a3", "title": "Zorbit", "text": "Nadia Okafor, the chief financial officer of Zorbit, said profits fell."},
    {"id": "a4", "title": "Vantor again", "date": "2012-01-05",
     "text": "Ann Ruiz, the chief executive of Vantor, was in Leeds on Monday."},
]


@pytest.fixture(scope="module", params=["file", "store"])
def dated_graph(request, tmp_path_factory):
    """NEWS built into a graph file, and into a store: (where, kind)."""
    from kg.run.pipeline import build

    tmp = tmp_path_factory.mktemp("dated")
    path = tmp / "news.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in NEWS), encoding="utf-8")
    if request.param == "store":
        build([path], store=tmp / "store")
        return tmp / "store"
    build([path], tmp / "out")
    return tmp / "out" / "graph.ttl"


def cli(*args):
    from click.testing import CliRunner

    from kg.cli import main

    return CliRunner().invoke(main, [str(a) for a in args])


def csv_rows(text):
    import csv
    import io

    return list(csv.DictReader(io.StringIO(text)))


FACTS = "SELECT ?f ?first WHERE { { ?f a org:Membership } UNION { ?f a rdf:Statement } OPTIONAL { ?f kg:firstSeen ?first } }"


@pytest.mark.model
def test_as_of_a_day_the_graph_is_what_the_articles_published_by_then_said(dated_graph):
    every = csv_rows(cli("query", "--graph", dated_graph, "--format", "csv", FACTS).output)
    then = csv_rows(cli("query", "--graph", dated_graph, "--format", "csv", "--as-of", "2010-01-01", FACTS).output)
    # Ann Ruiz's role (2009) and the undated article's role stay; 2011's facts go
    assert sorted(r["first"] for r in then) == ["", "2009-03-02"]
    assert len(every) > len(then) and max(r["first"] for r in every) == "2011-06-20"
    asked = "SELECT ?last ?name WHERE { ?p rdfs:label ?name ; kg:lastSeen ?last }"
    lasts = {r["name"]: r["last"] for r in csv_rows(
        cli("query", "--graph", dated_graph, "--format", "csv", "--as-of", "2010-01-01", asked).output)}
    assert lasts == {"Ann Ruiz": "2009-03-02", "Vantor": "2009-03-02", "Leeds": "2009-03-02"}  # not 2012's
    gone = cli("query", "--graph", dated_graph, "--as-of", "2010-01-01", "ASK { ?x kg:basedIn ?y }")
    assert gone.output.strip() == "false"  # the statement's own triple goes with it
    bad = cli("query", "--graph", dated_graph, "--as-of", "2010-02-30", "ASK {}")
    assert bad.exit_code != 0 and bad.output.strip().splitlines()[-1] == \
        "Error: --as-of '2010-02-30' is not a day (YYYY-MM-DD)"


@pytest.mark.model
def test_as_of_from_a_checkpoint_on_disk_is_the_as_of_of_a_copy_in_memory(dated_graph, tmp_path):
    from kg.sparql.asof import as_of
    from kg.storage.open import load_store

    disk = load_store(dated_graph)  # read-only on disk: the build's cache, or the store's live build
    everything = set(disk)
    memory = ox.Store()
    memory.bulk_extend(everything)
    checkpoints = []
    for day in ("2009-12-31", "2011-06-20", "2012-01-04"):
        view = as_of(disk, day, tmp_path / day)
        if (tmp_path / day).is_dir():
            checkpoints.append(day)
        copied = as_of(memory, day, tmp_path / f"{day}-memory")
        assert not (tmp_path / f"{day}-memory").exists()  # a store in memory is copied
        assert set(view) == set(copied) and len(view) < len(everything)
        assert set(disk) == set(memory) == everything  # neither store asked is changed
    # a checkpoint where later articles said little (one of four, in 2011 and 2012); a copy of
    # what was said by then where they said much (2009: all the dated ones but the first)
    assert checkpoints == ["2011-06-20", "2012-01-04"]
    assert not list(dated_graph.parent.glob(".kg-scratch-*"))  # the CLI's checkpoints are gone after


@pytest.mark.model
def test_a_store_in_memory_that_is_the_callers_own_has_what_came_later_taken_out_in_place(dated_graph, tmp_path):
    from kg.sparql.asof import as_of
    from kg.storage.open import load_store

    everything = set(load_store(dated_graph))
    for day in ("2009-12-31", "2011-06-20", "2012-01-04"):
        lent, own = ox.Store(), ox.Store()
        lent.bulk_extend(everything)
        own.bulk_extend(everything)
        copied = as_of(lent, day, tmp_path / f"{day}-lent")
        view = as_of(own, day, tmp_path / f"{day}-own", own=True)
        assert set(view) == set(copied) and set(lent) == everything
        # in place where later articles said little (as a checkpoint is made on disk); copied where they said much
        assert (view is own) == (day != "2009-12-31")
        assert not (tmp_path / f"{day}-own").exists()


@pytest.mark.model
def test_a_store_on_disk_is_never_changed_in_place_even_when_its_checkpoint_cannot_be_made(dated_graph, tmp_path):
    from kg.sparql.asof import as_of
    from kg.storage.open import load_store

    disk = load_store(dated_graph)  # read-only on disk
    everything = set(disk)
    memory = ox.Store()
    memory.bulk_extend(everything)
    taken = tmp_path / "taken"
    taken.mkdir()  # Oxigraph will not make a checkpoint in a folder already there
    view = as_of(disk, "2012-01-04", taken, own=True)
    assert view is not disk and set(disk) == everything
    assert set(view) == set(as_of(memory, "2012-01-04", tmp_path / "memory"))


@pytest.mark.model
def test_as_of_for_a_query_that_names_its_predicates_copies_those_alone_and_answers_the_same(dated_graph, tmp_path):
    from kg.sparql.asof import as_of, neighbourhood
    from kg.sparql.query import bind, named_queries, run
    from kg.sparql.reads import predicates_read
    from kg.storage.open import load_store

    params = {"articles": {"name": "vantor"}, "evidence": {"name": "ann ruiz"}, "people_at": {"org": "vantor"},
              "roles_at": {"org": "vantor", "date": "2011-06-30"}, "timeline": {"name": "ann ruiz"},
              "central_in_class": {"class": "Person"}}
    queries = named_queries()
    asked = {name: (query.text, bind(query, params.get(name, {})))
             for name, query in queries.items() if name != "changes"}
    asked["ended"] = ("SELECT ?s ?last WHERE { ?m org:member/rdfs:label ?n ; kg:status ?s ; kg:lastSeen ?last }", {})
    asked["classes"] = ("SELECT ?c (COUNT(*) AS ?n) WHERE { ?x a ?c } GROUP BY ?c", {})
    store = load_store(dated_graph)
    flat = ox.Store()  # every triple in the default graph, as a graph file's Turtle loaded alone
    flat.bulk_extend(ox.Quad(quad.subject, quad.predicate, quad.object) for quad in store)
    for day in ("2009-12-31", "2011-06-20", "2012-01-04"):
        for name, (text, values) in asked.items():
            reads = predicates_read(text)
            for kind, graph in (("store", store), ("flat", flat)):
                whole = as_of(graph, day, tmp_path / f"{day}-{name}-{kind}")
                view = as_of(graph, day, reads=reads)
                assert {quad.predicate.value for quad in view} <= reads and len(view) < len(whole), name
                # (the same rows; ties in ORDER BY may come in another order)
                rows = sorted(run(whole, text, name, values).rows, key=str)
                assert sorted(run(view, text, name, values).rows, key=str) == rows, (day, name, kind)
                # a question about one entity: what lies around it, drawn alone, answers the same
                if name in queries and (focus := queries[name].focus):
                    around = neighbourhood(graph, values[ox.Variable(focus)], reads)
                    focused = as_of(graph, day, reads=reads, focus=around)
                    assert len(focused) < len(view) or not len(view), name
                    assert sorted(run(focused, text, name, values).rows, key=str) == rows, (day, name, kind, "focus")
    assert {name for name, query in queries.items() if query.focus} == {
        "articles", "evidence", "people_at", "roles_at", "timeline"}
    # what later articles changed is changed where those predicates are read: Ann Ruiz's role
    # of 2009, called former in 2011, is shown former, last said in 2009 (2012's article not out yet)
    ended = "SELECT ?s ?last WHERE { ?m org:member/rdfs:label 'Ann Ruiz' ; kg:status ?s ; kg:lastSeen ?last }"
    rows = run(as_of(store, "2011-06-20", reads=predicates_read(ended)), ended).rows
    assert sorted((s.rsplit("#")[-1], last) for s, last in rows) == [("Former", "2009-03-02"), ("Former", "2011-06-20")]


@pytest.mark.model
def test_what_was_said_of_later_things_is_weighed_before_anything_is_gathered(dated_graph):
    from kg.sparql.asof import LATER, _said_later_more_than, _select
    from kg.storage.open import load_store

    store = load_store(dated_graph)
    for day in ("2009-12-31", "2011-06-20", "2030-01-01"):
        later = {row["x"] for row in _select(store, day, LATER)}
        said = len({q.triple for q in store.quads_for_pattern(None, None, None, None) if q.subject in later})
        assert (said > 0) == (day != "2030-01-01")
        assert not _said_later_more_than(store, day, said)
        if said:
            assert _said_later_more_than(store, day, said - 1)


@pytest.mark.model
def test_changes_lists_what_was_first_said_between_two_days_with_its_sentence(dated_graph):
    result = cli("changes", "--graph", dated_graph, "--since", "2011-01-01", "--until", "2011-12-31", "--format", "csv")
    rows = csv_rows(result.output)
    assert {r["first"] for r in rows} == {"2011-06-20"}
    said = {(r["change"], r["subject"], r["relation"], r["object"]): r["sentence"] for r in rows}
    assert said[("role ended", "Ann Ruiz", "chief executive", "Vantor")] == \
        "Ann Ruiz, the former chief executive of Vantor, spoke in York."
    assert said[("role", "Tom Hale", "chairman", "Kestrel")] == "Tom Hale, the chairman of Kestrel, also spoke."
    assert said[("fact", "Vantor", "basedIn", "Leeds")] == "Vantor is based in Leeds."
    assert said[("entity", "Tom Hale", "person", "")] == "Kestrel"  # an entity: its first article's headline
    assert ("entity", "Vantor", "organization", "") not in said  # named in 2009 already
    as_json = json.loads(cli("changes", "--graph", dated_graph, "--since", "2011-06-01", "--format", "json").output)
    assert {b["first"]["value"] for b in as_json["results"]["bindings"]} == {"2011-06-20"}  # 2012 said nothing new
    backwards = cli("changes", "--graph", dated_graph, "--since", "2012-01-01", "--until", "2011-01-01")
    assert backwards.exit_code != 0 and "--since 2012-01-01 is after --until 2011-01-01" in backwards.output


@pytest.mark.model
def test_timeline_and_roles_on_a_day(dated_graph):
    timeline = csv_rows(cli("query", "--graph", dated_graph, "--format", "csv", "--name", "timeline",
                            "--param", "name=ann ruiz").output)
    assert [(r["first"], r["last"], r["relation"], r["other"], r["status"]) for r in timeline] == [
        ("2009-03-02", "2012-01-05", "chief executive", "Vantor", "Current"),
        ("2011-06-20", "2011-06-20", "chief executive", "Vantor", "Former")]

    def roles(day):
        return [(r["person"], r["role"], r["last"]) for r in csv_rows(cli(
            "query", "--graph", dated_graph, "--format", "csv", "--name", "roles_at",
            "--param", "org=Vantor", "--param", f"date={day}").output)]

    assert roles("2008-12-31") == []
    assert roles("2010-01-01") == [("Ann Ruiz", "chief executive", "2009-03-02")]
    assert roles("2011-07-01") == []  # called former by then
    refused = cli("query", "--graph", dated_graph, "--name", "roles_at", "--param", "org=Vantor", "--param", "date=soon")
    assert refused.exit_code != 0 and "date='soon' is not a day (YYYY-MM-DD)" in refused.output


@pytest.mark.model
def test_a_role_on_a_day_ends_only_by_a_former_sighting_of_that_role(tmp_path):
    from kg.run.pipeline import build

    rows = [{"id": "h1", "date": "2011-01-10", "text": "Tom Hale, the chairman of Kestrel, opened a new plant in York."},
            {"id": "h2", "date": "2011-03-01", "text": "Former Kestrel director Tom Hale spoke at a conference in Leeds."},
            {"id": "h3", "date": "2011-05-02", "text": "Former Kestrel chairman Tom Hale spoke at a dinner in Hull."}]
    path = tmp_path / "news.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    build([path], tmp_path / "out", min_confidence=0)

    def roles(day):
        return [(r["person"], r["role"]) for r in csv_rows(cli(
            "query", "--graph", tmp_path / "out" / "graph.ttl", "--format", "csv", "--name", "roles_at",
            "--param", "org=Kestrel", "--param", f"date={day}").output)]

    assert roles("2011-04-01") == [("Tom Hale", "chairman")]  # a former director is not a former chairman
    assert roles("2011-06-30") == []


@pytest.mark.model
def test_a_role_an_article_says_will_end_on_a_day_is_held_until_then(tmp_path):
    from kg.run.pipeline import build

    rows = [{"id": "k1", "date": "2011-01-10", "text": "Tom Hale, the chairman of Kestrel, opened a new plant in York."},
            {"id": "k2", "date": "2011-06-20", "text": "Tom Hale will step down as chairman of Kestrel on 1 July."}]
    path = tmp_path / "news.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    build([path], tmp_path / "out", min_confidence=0)
    graph = tmp_path / "out" / "graph.ttl"

    def roles(day):
        return [(r["person"], r["role"], r["last"]) for r in csv_rows(cli(
            "query", "--graph", graph, "--format", "csv", "--name", "roles_at",
            "--param", "org=Kestrel", "--param", f"date={day}").output)]

    def statuses(day):
        return [r["s"].rsplit("#")[-1] for r in csv_rows(cli(
            "query", "--graph", graph, "--format", "csv", "--as-of", day,
            "SELECT ?s WHERE { ?m org:member/rdfs:label 'Tom Hale' ; kg:status ?s }").output)]

    assert roles("2011-06-25") == [("Tom Hale", "chairman", "2011-06-20")]
    assert statuses("2011-06-25") == ["Current"]
    assert roles("2011-07-01") == [] and statuses("2011-07-01") == ["Former"]  # the day it ends
    assert roles("2011-12-31") == [] and statuses("2011-12-31") == ["Former"]


# Sentences written for this test: a role's start or end is dated only where the sentence
# gives the day, month or year of the change itself. (person, organisation, began, ended) for an
# article of Monday 20 June 2011, and for an undated one.
ROLE_DATES = [
    ("Tom Hale was appointed chairman of Kestrel in 2004.", ("Tom Hale", "Kestrel", "2004", None), None),
    ("Ann Ruiz, chief executive of Vantor since March 2005, spoke in Leeds.",
     ("Ann Ruiz", "Vantor", "2005-03", None), None),
    ("Ann Ruiz resigned as chief executive of Vantor on Monday.", ("Ann Ruiz", "Vantor", None, "2011-06-13"),
     ("Ann Ruiz", "Vantor", None, None)),  # which Monday, only the article's date says
    ("Tom Hale will take over as chairman of Kestrel on 1 January.", ("Tom Hale", "Kestrel", "2012-01-01", None),
     ("Tom Hale", "Kestrel", None, None)),
    # a change still to come, of a role held now: its day is after the article's
    ("Tom Hale will step down as chairman of Kestrel on 1 July.", ("Tom Hale", "Kestrel", None, "2011-07-01"),
     ("Tom Hale", "Kestrel", None, None)),
    ("Ann Ruiz would resign as chief executive of Vantor in May, the firm said.", ("Ann Ruiz", "Vantor", None, "2012-05"),
     ("Ann Ruiz", "Vantor", None, None)),
    ("Tom Hale is to step down as chairman of Kestrel in March.", ("Tom Hale", "Kestrel", None, "2012-03"),
     ("Tom Hale", "Kestrel", None, None)),
    ("Ann Ruiz, the former chief executive of Vantor, who left in 2008, spoke.",
     ("Ann Ruiz", "Vantor", None, "2008"), None),
    ("Ann Ruiz quit Siemens in 2004.", ("Ann Ruiz", "Siemens", None, "2004"), None),  # the verb's own change
    ("Tom Hale joined Siemens as finance director in March.", ("Tom Hale", "Siemens", "2011-03", None),
     ("Tom Hale", "Siemens", None, None)),
    ("Siemens named Ann Ruiz its chief executive in March.", ("Ann Ruiz", "Siemens", "2011-03", None),
     ("Ann Ruiz", "Siemens", None, None)),
    # no date of the change: the saying is dated, or a span is given, or no point in time
    ("Ann Ruiz, the chief executive of Vantor, said on Monday that sales rose.", ("Ann Ruiz", "Vantor", None, None),
     None),
    ("Ann Ruiz was chief executive of Vantor for seven years.", ("Ann Ruiz", "Vantor", None, None), None),
    ("Ann Ruiz became chief executive of Vantor in the 1990s.", ("Ann Ruiz", "Vantor", None, None), None),
    ("Tom Hale, the chairman of Kestrel, met investors in York in March.", ("Tom Hale", "Kestrel", None, None),
     None),
    ("Tom Hale, the chairman of Kestrel, is based in York.", ("Tom Hale", "Kestrel", None, None), None),
]


@pytest.mark.model
@pytest.mark.parametrize("sentence, dated, undated", ROLE_DATES)
def test_a_role_is_dated_only_where_the_text_dates_its_change(nlp, sentence, dated, undated):
    from kg.extract import extract_article
    from kg.model import Article

    for date, expected in (("2011-06-20", dated), (None, undated or dated)):
        result = extract_article(Article("t", "", sentence, "t", date=date), nlp(sentence))
        roles = {(f.subject.name, f.obj.name, f.evidence.began, f.evidence.ended)
                 for f in result.facts if f.family == "role" and f.obj is not None}
        assert roles == {expected}, date


@pytest.mark.model
@pytest.mark.parametrize("store", [False, True])
def test_a_dated_role_has_an_owl_time_interval_and_a_former_sighting_ends_the_current_one(tmp_path, store):
    from kg.graph.convert import quads
    from kg.run.pipeline import build
    from kg.storage.open import load_store

    rows = [{"id": "a1", "date": "2009-03-02", "text": "Ann Ruiz, chief executive of Vantor since March 2005, spoke."},
            {"id": "a2", "date": "2011-06-20", "text": "Ann Ruiz resigned as chief executive of Vantor on Monday."},
            {"id": "a3", "date": "2011-06-21", "text": "Tom Hale, the chairman of Kestrel, spoke in York."}]
    path = tmp_path / "news.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    if store:
        build([path], store=tmp_path / "store", min_confidence=0)
        graph = load_store(tmp_path / "store")
    else:
        graph = ox.Store()
        graph.bulk_extend(quads(build([path], None, min_confidence=0).graph))
    found = {(r["p"].value, r["status"].value.rsplit("#")[-1], r["edge"].value.rsplit("#")[-1] if r["edge"] else None,
              r["when"].value if r["when"] else None, r["how"].value.rsplit("#")[-1] if r["how"] else None)
             for r in graph.query("""
        PREFIX org: <http://www.w3.org/ns/org#> PREFIX kg: <https://w3id.org/newskg/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX time: <http://www.w3.org/2006/time#>
        PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
        SELECT ?p ?status ?edge ?when ?how WHERE { ?m a org:Membership ; org:member/rdfs:label ?p ; kg:status ?status .
          OPTIONAL { ?m org:memberDuring ?i . ?i a time:Interval ; ?edge ?instant . ?instant a time:Instant ; ?how ?when
                     FILTER(?edge IN (time:hasBeginning, time:hasEnd) && ?how != rdf:type) } }""")}
    assert found == {
        ("Ann Ruiz", "Current", "hasBeginning", "2005-03", "inXSDgYearMonth"),
        ("Ann Ruiz", "Current", "hasEnd", "2011-06-13", "inXSDDate"),  # ended, as the later article says
        ("Ann Ruiz", "Former", "hasEnd", "2011-06-13", "inXSDDate"),
        ("Tom Hale", "Current", None, None, None)}  # no date of the role: no interval
    stated = {(r["field"].value.rsplit("#")[-1], r["when"].value, r["type"].value.rsplit("#")[-1]) for r in graph.query("""
        PREFIX kg: <https://w3id.org/newskg/ontology#>
        SELECT ?field ?when (DATATYPE(?when) AS ?type) WHERE { ?ev a kg:Evidence ; ?field ?when
          FILTER(?field IN (kg:roleBegan, kg:roleEnded)) }""", use_default_graph_as_union=True)}
    assert stated == {("roleBegan", "2005-03", "gYearMonth"), ("roleEnded", "2011-06-13", "date")}  # each by its sentence
    if not store:  # as of a day after the dated end, the current membership is shown former
        out = tmp_path / "out"
        build([path], out, min_confidence=0)

        def statuses(day):
            result = cli("query", "--graph", out / "graph.ttl", "--format", "csv", "--as-of", day,
                         "SELECT ?s WHERE { ?m org:member/rdfs:label 'Ann Ruiz' ; kg:status ?s }")
            return sorted(r["s"].rsplit("#")[-1] for r in csv_rows(result.output))

        def times(day):
            result = cli("query", "--graph", out / "graph.ttl", "--format", "csv", "--as-of", day, """
                SELECT ?s ?edge ?when WHERE { ?m org:member/rdfs:label 'Ann Ruiz' ; kg:status ?s ;
                  org:memberDuring ?i . ?i ?edge ?x . ?x time:inXSDDate|time:inXSDgYearMonth ?when }""")
            return sorted((r["s"].rsplit("#")[-1], r["edge"].rsplit("#")[-1], r["when"]) for r in csv_rows(result.output))

        assert statuses("2010-01-01") == ["Current"]
        assert times("2010-01-01") == [("Current", "hasBeginning", "2005-03")]  # the end only a later article gives
        assert statuses("2011-06-15") == ["Current"]  # no article published by then says she resigned
        assert statuses("2011-06-20") == ["Former", "Former"]
        assert times("2011-06-20") == [("Former", "hasBeginning", "2005-03"), ("Former", "hasEnd", "2011-06-13"),
                                       ("Former", "hasEnd", "2011-06-13")]


@pytest.mark.model
@pytest.mark.parametrize("store", [False, True])
def test_a_role_called_former_only_by_later_articles_ends_between_their_days(tmp_path, store):
    from pyshacl import validate
    from rdflib import Graph

    from kg.run.pipeline import build
    from kg.storage.open import load_store

    rows = [{"id": "b1", "date": "2010-05-03", "text": "Tom Hale, the chairman of Kestrel, opened a new plant in York."},
            {"id": "b2", "date": "2011-02-14", "text": "Tom Hale, chairman of Kestrel, said sales had risen."},
            {"id": "b3", "date": "2012-09-10", "text": "Former Kestrel chairman Tom Hale spoke at a conference in Leeds."},
            # called former first and current after: the news does not say the role ended
            {"id": "c1", "date": "2010-06-01", "text": "Former Vantor director Ann Ruiz spoke at a conference in Hull."},
            {"id": "c2", "date": "2012-03-05", "text": "Ann Ruiz, a director of Vantor, said the firm would grow."}]
    path = tmp_path / "news.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    out = tmp_path / "out"
    if store:
        build([path], store=tmp_path / "store", min_confidence=0)
        graph = load_store(tmp_path / "store")
    else:
        build([path], out, min_confidence=0)
        graph = ox.Store()
        graph.load((out / "graph.ttl").read_bytes(), format=ox.RdfFormat.TURTLE)
    ends = {(r["p"].value, r["status"].value.rsplit("#")[-1], r["after"].value if r["after"] else None,
             r["before"].value if r["before"] else None)
            for r in graph.query("""
        PREFIX org: <http://www.w3.org/ns/org#> PREFIX kg: <https://w3id.org/newskg/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX time: <http://www.w3.org/2006/time#>
        SELECT ?p ?status ?after ?before WHERE { ?m a org:Membership ; org:member/rdfs:label ?p ; kg:status ?status .
          OPTIONAL { ?m org:memberDuring/time:hasEnd ?end .
                     ?end time:after/time:inXSDDate ?after ; time:before/time:inXSDDate ?before } }""")}
    assert ends == {("Tom Hale", "Current", "2011-02-14", "2012-09-10"),  # after the last "chairman", before "former"
                    ("Tom Hale", "Former", None, None),
                    ("Ann Ruiz", "Former", None, None), ("Ann Ruiz", "Current", None, None)}
    data = Graph().parse(data=ox.serialize((q.triple for q in graph), format=ox.RdfFormat.N_TRIPLES).decode(),
                         format="nt")
    conforms, _, text = validate(data, shacl_graph=Graph().parse(ROOT / "ontology" / "shapes.ttl"), advanced=True)
    assert conforms, text
    if not store:
        def statuses(day):
            result = cli("query", "--graph", out / "graph.ttl", "--format", "csv", "--as-of", day, """
                SELECT ?s (COUNT(?end) AS ?ends) WHERE { ?m org:member/rdfs:label 'Tom Hale' ; kg:status ?s .
                  OPTIONAL { ?m org:memberDuring/time:hasEnd ?end } } GROUP BY ?m ?s""")
            return sorted((r["s"].rsplit("#")[-1], r["ends"]) for r in csv_rows(result.output))

        assert statuses("2012-09-09") == [("Current", "0")]  # the article that bounds the end is not out yet
        assert statuses("2012-09-10") == [("Former", "0"), ("Former", "1")]


@pytest.mark.model
def test_changes_lists_a_role_the_text_says_began_in_the_span_at_the_precision_written(tmp_path):
    from kg.run.pipeline import build

    path = tmp_path / "news.jsonl"
    path.write_text(json.dumps({"id": "r1", "date": "2011-06-20", "text":
                                "Tom Hale was appointed chairman of Kestrel in 2004."}) + "\n", encoding="utf-8")
    build([path], tmp_path / "out", min_confidence=0)
    graph = tmp_path / "out" / "graph.ttl"

    def changes(since, until):
        rows = csv_rows(cli("changes", "--graph", graph, "--since", since, "--until", until, "--format", "csv").output)
        return [(r["first"], r["change"], r["subject"], r["relation"], r["object"], r["sentence"]) for r in rows]

    began = ("2004", "role began", "Tom Hale", "chairman", "Kestrel", "Tom Hale was appointed chairman of Kestrel in 2004.")
    assert changes("2004-01-01", "2004-12-31") == [began]
    assert changes("2004-06-01", "2005-03-31") == [began]  # a year's date falls in a span within it
    assert changes("2005-01-01", "2010-12-31") == []
    assert began not in changes("2011-01-01", "2011-12-31")  # first said in 2011: a new role then
