"""Reading inputs: every bad input becomes one message naming the file (and line); others survive."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.ingest import iter_articles, read_inputs


def write(path, data):
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


def test_text_file_title_is_first_line(tmp_path):
    f = write(tmp_path / "a.txt", "\n  Headline here\n\nBody text.\n")
    (article,), skipped = read_inputs([f])
    assert skipped == []
    assert (article.id, article.title) == ("a", "Headline here")
    assert article.text == "\n  Headline here\n\nBody text.\n"  # offsets index the text as read


def test_markdown_heading_is_title(tmp_path):
    (article,), _ = read_inputs([write(tmp_path / "b.md", "# The title\n\nBody.")])
    assert article.title == "The title"


def test_html_page_gives_its_main_text_and_metadata(tmp_path):
    page = (Path(__file__).parent / "data" / "web" / "story.html").read_text(encoding="utf-8")
    (article,), skipped = read_inputs([write(tmp_path / "story.html", page)])
    assert skipped == []
    assert article.title == "Harbour city opens its first tidal power station"
    # the page gives the time of day as well: an xsd:dateTime
    assert (article.date, article.author, article.site) == ("2024-03-14T09:30:00+00:00", "Ines Marlow",
                                                           "The Coastal Courier")
    assert article.url == "https://courier.example/energy/tidal-station"
    assert "Greta Almqvist, chief executive of Tidewright Energy" in article.text
    # Menus, link lists, reader comments and the footer are not the article.
    for furniture in ("Subscribe today", "Ferry timetable", "Bernard Quill", "All rights reserved"):
        assert furniture not in article.text
    # Blocks stay apart: the headline does not run into the first sentence.
    assert article.text.startswith("Harbour city opens its first tidal power station\n\nThe town council")


def test_html_page_with_no_main_text_is_read_whole_and_said_so(tmp_path):
    html = ("<html><head><title>Notes</title></head><body><div class='comments'>"
            "<p>Mayor Lina Obst opened the footbridge on Friday.</p></div></body></html>")
    path = write(tmp_path / "notes.html", html)
    skipped, notices = [], []
    (article,) = iter_articles([path], skipped, notices)
    assert article.text == "Mayor Lina Obst opened the footbridge on Friday."
    assert skipped == [] and [str(n) for n in notices] == [f"{path}: no main text found; read the whole page's text"]


def test_html_page_in_another_encoding_is_read_by_its_meta_charset(tmp_path):
    sentence = "The caf\u00e9 on the quay reopened on Friday after the storm. "
    html = ('<html><head><meta charset="windows-1252"><title>Caf\u00e9</title></head><body><article>'
            f"<p>{sentence * 8}</p></article></body></html>")
    (article,), skipped = read_inputs([write(tmp_path / "cp.html", html.encode("windows-1252"))])
    assert skipped == [] and "The caf\u00e9 on the quay reopened" in article.text


def test_a_gzipped_page_is_read_as_the_page_is(tmp_path):
    import gzip

    page = (Path(__file__).parent / "data" / "web" / "story.html").read_bytes()
    plain = write(tmp_path / "plain" / "story.html", page)
    packed = write(tmp_path / "packed" / "story.html.gz", gzip.compress(page, mtime=0))
    (read,), _ = read_inputs([plain])
    (article,), skipped = read_inputs([packed])
    assert skipped == []
    assert (article.id, article.title, article.text, article.date) == ("story", read.title, read.text, read.date)
    # and in a folder, as a page among the others
    (named,), _ = read_inputs([tmp_path / "packed"])
    assert named.id == "story"


def test_a_gzipped_page_that_is_no_gzip_or_over_the_cap_is_one_message(tmp_path):
    import gzip

    from kg.ingest.html import MAX_PAGE_BYTES

    bad = write(tmp_path / "bad.html.gz", b"<html>not packed</html>")
    huge = write(tmp_path / "huge.htm.gz", gzip.compress(b"<p>" + b"a" * MAX_PAGE_BYTES + b"</p>", mtime=0))
    good = write(tmp_path / "good.txt", "Ann Ruiz opened the bridge.")
    articles, skipped = read_inputs([bad, huge, good])
    assert [a.id for a in articles] == ["good"]
    assert [str(s) for s in skipped] == [
        f"{bad}: not a readable gzip file: Not a gzipped file (b'<h')",
        f"{huge}: page is over the {MAX_PAGE_BYTES:,}-byte cap"]


def test_html_tables_are_read_cell_by_cell(tmp_path):
    rows = "".join(f"<tr><td>Candidate {n}</td><td>{n * 1000} votes</td></tr>" for n in range(1, 4))
    html = (f"<html><body><article><h1>Count</h1><p>{'The count went on late into the night. ' * 12}</p>"
            f"<table>{rows}</table></article></body></html>")
    (article,), _ = read_inputs([write(tmp_path / "t.html", html)])
    assert "|" not in article.text and "\n\nCandidate 2\n\n2000 votes\n\n" in article.text


def test_folder_is_read_in_order_and_skips_readme(tmp_path):
    write(tmp_path / "z.txt", "Z\n\nzed")
    write(tmp_path / "sub" / "a.txt", "A\n\nay")
    write(tmp_path / "README.md", "# About these files")
    articles, skipped = read_inputs([tmp_path])
    assert [a.id for a in articles] == ["sub/a", "z"]
    assert skipped == []


@pytest.mark.parametrize("name, data, reason", [
    ("empty.txt", "", "empty file"),
    ("blank.txt", "  \n\n ", "empty file"),
    ("bin.txt", b"abc\x00\x01def", "binary file"),
    ("latin.txt", "caf\u00e9".encode("latin-1"), "not UTF-8 text (invalid byte 0xe9 at offset 3)"),
    ("x.pdf", b"%PDF-1.4", "unsupported file type '.pdf'"),
])
def test_bad_files_are_skipped_with_a_reason(tmp_path, name, data, reason):
    good = write(tmp_path / "good.txt", "Good\n\nFine text.")
    bad = write(tmp_path / name, data)
    articles, skipped = read_inputs([bad, good])
    assert [a.id for a in articles] == ["good"]
    assert len(skipped) == 1
    assert str(skipped[0]).startswith(f"{bad}: ")
    assert reason in skipped[0].reason


def test_missing_path(tmp_path):
    articles, skipped = read_inputs([tmp_path / "nope"])
    assert articles == []
    assert str(skipped[0]) == f"{tmp_path / 'nope'}: no such file or directory"


def test_jsonl_bad_lines_lose_nothing_else(tmp_path):
    lines = [
        json.dumps({"id": "a1", "title": "One", "text": "First.", "url": "https://x/1", "date": "2005-01-02"}),
        "{not json",
        json.dumps({"id": "a2", "text": ""}),
        json.dumps(["a", "list"]),
        "",
        json.dumps({"id": "a1", "text": "Same id again."}),
        json.dumps({"text": "No id or title.\nSecond line."}),
        json.dumps({"id": "a3", "title": 5, "text": "Numbers are fine as ids and titles."}),
        json.dumps({"id": "a4", "title": {"x": 1}, "text": "Bad title."}),
    ]
    f = write(tmp_path / "n.jsonl", "\n".join(lines) + "\n")
    articles, skipped = read_inputs([f])
    assert [(a.id, a.title) for a in articles] == [("a1", "One"), ("n-7", "No id or title."), ("a3", "5")]
    assert articles[0].url == "https://x/1" and articles[0].date == "2005-01-02"
    messages = [str(s) for s in skipped]
    assert messages[0].startswith(f"{f}:2: malformed JSON")
    assert messages[1] == f"{f}:3: missing or empty 'text'"
    assert messages[2].startswith(f"{f}:4: expected a JSON object")
    assert messages[3].startswith(f"{f}:6: duplicate article id 'a1'")
    assert messages[4] == f"{f}:9: field 'title' must be a string"
    assert len(messages) == 5


def test_a_gzipped_jsonl_is_read_line_by_line_as_the_file_is(tmp_path):
    import gzip

    lines = [json.dumps({"id": "a1", "title": "One", "text": "Ann Ruiz opened the bridge."}), "{not json",
             json.dumps({"text": "No id.\nTom Hale spoke."})]
    data = ("\n".join(lines) + "\n").encode("utf-8")
    plain = write(tmp_path / "plain" / "n.jsonl", data)
    packed = write(tmp_path / "packed" / "n.jsonl.gz", gzip.compress(data, mtime=0))
    read, read_skipped = read_inputs([plain])
    articles, skipped = read_inputs([packed])
    # the same articles, ids and messages, each naming the gzipped file and its line
    assert [(a.id, a.title, a.text) for a in articles] == [(a.id, a.title, a.text) for a in read]
    assert [a.id for a in articles] == ["a1", "n-3"]
    assert [str(s) for s in skipped] == [str(s).replace(str(plain), str(packed)) for s in read_skipped]
    assert str(skipped[0]).startswith(f"{packed}:2: malformed JSON")
    # and one that is no gzip, or was cut short, is one message; the lines read before the cut stay
    bad = write(tmp_path / "bad.jsonl.gz", data)
    cut = write(tmp_path / "cut.jsonl.gz", gzip.compress(data * 400, mtime=0)[:-40])
    articles, skipped = read_inputs([bad, cut])
    assert [a.id for a in articles][:1] == ["a1"]
    assert [str(s).split(": ")[0] for s in skipped if "cannot read" in str(s)] == [str(bad), str(cut)]


def test_jsonl_a_control_character_inside_a_string_is_reported_in_one_clear_line(tmp_path):
    # (json's own message ends in "at": it is not said twice)
    f = write(tmp_path / "c.jsonl", '{"id": "a", "text": "cut\x01off"}\n')
    articles, skipped = read_inputs([f])
    assert articles == [] and str(skipped[0]) == f"{f}:1: malformed JSON (Invalid control character at column 25)"


def test_jsonl_non_utf8_line(tmp_path):
    f = write(tmp_path / "m.jsonl", b'{"id": "ok", "text": "fine"}\n{"id": "bad", "text": "caf\xe9"}\n')
    articles, skipped = read_inputs([f])
    assert [a.id for a in articles] == ["ok"]
    assert str(skipped[0]).startswith(f"{f}:2: not UTF-8")


def test_the_same_text_under_another_id_is_read_once(tmp_path):
    path = tmp_path / "dup.jsonl"
    rows = [{"id": "a", "title": "T", "text": "Tim Cook is the chief executive of Apple."},
            {"id": "b", "title": "T", "text": "Tim  Cook is the chief executive of Apple.\n"},
            {"id": "c", "title": "T", "text": "Tim Cook is the chairman of Apple."}]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    articles, skipped = read_inputs([path])
    assert [a.id for a in articles] == ["a", "c"]
    assert [str(s) for s in skipped] == [f"{path}:2: same text as article 'a'"]


def test_character_references_left_in_plain_text_are_the_characters(tmp_path):
    path = tmp_path / "refs.jsonl"
    rows = [{"id": "a", "title": "&#163;5m for Bryn F&#244;n", "text": "Bryn F&#244;n of Kestrel &amp; Vantor, "
             "caf&#xe9; owner, met AT&T and R&D staff at M&Amp &#233 and &copy; &#0; &#xD800;."}]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    (article,), _ = read_inputs([path])
    assert article.title == "£5m for Bryn Fôn"
    # numeric references and XML's five; not words after an ampersand, nor references to no character
    assert article.text == "Bryn Fôn of Kestrel & Vantor, café owner, met AT&T and R&D staff at M&Amp é and &copy; &#0; &#xD800;."
    text_file = write(tmp_path / "a.txt", "Bryn F&#244;n sang.\n\nThen F&#244;n left.")
    (article,), _ = read_inputs([text_file])
    assert article.title == "Bryn Fôn sang." and article.text.endswith("Then Fôn left.")


def test_a_lone_surrogate_becomes_a_replacement_character_and_a_notice(tmp_path):
    f = write(tmp_path / "s.jsonl", '{"id": "a", "title": "Bad \\ud800 title", "text": "Text with \\udc00 in it."}\n'
                                    '{"id": "b", "text": "A pair \\ud83d\\ude00 is one character."}\n'
                                    '{"id": "c", "text": "One \\ud800 only; the title is taken from this text."}\n')
    skipped, notices = [], []
    first, second, third = iter_articles([f], skipped, notices)
    assert (first.title, first.text) == ("Bad \ufffd title", "Text with \ufffd in it.")
    assert second.text == "A pair \U0001f600 is one character."
    assert third.title == third.text == "One \ufffd only; the title is taken from this text."
    assert skipped == [] and [str(n) for n in notices] == [
        f"{f}:1: 2 lone surrogate escapes (not a character) replaced with U+FFFD",
        f"{f}:3: 1 lone surrogate escape (not a character) replaced with U+FFFD"]
    first.text.encode("utf-8")  # writable everywhere now


def test_utf16_with_a_bom_is_text_not_binary(tmp_path):
    text = write(tmp_path / "u.txt", "\ufeffA title\n\nThe mayor of Tarn opened the library.".encode("utf-16-le"))
    rows = write(tmp_path / "u.jsonl", ('\ufeff{"id": "u1", "text": "Caf\u00e9 owners met the mayor."}\n'
                                        '{"id": "u2", "text": "A second line."}\n').encode("utf-16"))
    articles, skipped = read_inputs([text, rows])
    assert skipped == []
    assert [(a.id, a.title) for a in articles] == [("u", "A title"), ("u1", "Caf\u00e9 owners met the mayor."),
                                                  ("u2", "A second line.")]


def test_a_jsonl_text_that_is_a_number_is_reported(tmp_path):
    f = write(tmp_path / "n.jsonl", '{"id": "a", "text": 12345}\n{"id": "b", "text": "Words."}\n')
    articles, skipped = read_inputs([f])
    assert [a.id for a in articles] == ["b"]
    assert [str(s) for s in skipped] == [f"{f}:1: field 'text' must be a string"]


def test_unreadable_files_and_folders_are_one_line_each_and_the_rest_is_read():
    # Root reads everything, so the reading runs as an unprivileged user when the tests run as root.
    import shutil
    import subprocess
    import sys
    import tempfile

    root = Path(tempfile.mkdtemp(prefix="kg-unreadable-", dir="/tmp"))
    try:
        root.chmod(0o755)
        write(root / "corpus" / "good.txt", "Good\n\nFine text.")
        write(root / "corpus" / "locked" / "hidden.txt", "Hidden\n\nText.")
        write(root / "alone.txt", "Alone\n\nMore text.")
        write(root / "secret.txt", "Secret\n\nText.")
        for path in (root / "corpus", root / "corpus" / "good.txt", root / "alone.txt"):
            path.chmod(0o755 if path.is_dir() else 0o644)
        (root / "corpus" / "locked").chmod(0o000)
        (root / "secret.txt").chmod(0o000)
        # Everything the reading needs is loaded first (a first read, as root, loads the codecs):
        # the interpreter's own files may be out of nobody's reach.
        script = ("import os, sys; from kg.ingest import read_inputs\n"
                  "if os.geteuid() == 0: read_inputs(sys.argv[1:]); os.setgid(65534); os.setuid(65534)\n"
                  "articles, skipped = read_inputs(sys.argv[1:])\n"
                  "print([a.id for a in articles]); print([str(s) for s in skipped])")
        proc = subprocess.run([sys.executable, "-c", script, str(root / "secret.txt"), str(root / "corpus"),
                               str(root / "alone.txt")], capture_output=True, text=True,
                              cwd=Path(__file__).parent.parent, timeout=60)
        ids, skipped = proc.stdout.splitlines()
        assert ids == "['good', 'alone']", proc.stderr
        assert skipped == repr([f"{root / 'secret.txt'}: cannot read: Permission denied",
                                f"{root / 'corpus' / 'locked'}: cannot read folder: Permission denied"])
    finally:
        (root / "corpus" / "locked").chmod(0o755)
        shutil.rmtree(root)
