#!/usr/bin/env python3
"""Rebuilds tests/corpus/*/ from data/: each directory is a copy of the four bundled files with
exactly one defect (multiple-problems has three, one per file; readiness-problems three in
readiness.ron). The oversized-file case is made by
tests/cli.rs at run time, so no 6 MiB file is committed.

Run it (`python3 tests/corpus/make_corpus.py`) after data/ changes, then update the line numbers
that tests/cli.rs expects: its `points_at` checks say which expectations moved."""
import os, shutil

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DATA = os.path.join(ROOT, "data")
CORPUS = os.path.join(ROOT, "tests", "corpus")
FILES = ["guide.ron", "salary_by_experience.ron", "global_salaries.ron", "readiness.ron"]

def read(name):
    with open(os.path.join(DATA, name), "rb") as f:
        return f.read()

def replace_once(text, old, new, after=None):
    start = text.index(after) if after is not None else 0
    at = text.index(old, start)
    return text[:at] + new + text[at + len(old):]

def make(name, edits):
    d = os.path.join(CORPUS, name)
    if os.path.isdir(d):
        shutil.rmtree(d)
    os.makedirs(d)
    contents = {f: read(f) for f in FILES}
    for f, fn in edits:
        new = fn(contents[f])
        assert new != contents[f], (name, f)
        contents[f] = new
    for f, b in contents.items():
        with open(os.path.join(d, f), "wb") as out:
            out.write(b)

G, S, W, R = FILES

make("syntax-error", [(G, lambda t: replace_once(t, b'title: "Overview",', b'title: "Overview"'))])
make("wrong-type", [(S, lambda t: replace_once(t, b"us_median_usd: 45000,", b'us_median_usd: "45000",'))])
make("missing-field", [(W, lambda t: replace_once(t, b"            usd_max: 55000,\n", b"", after=b'name: "Canada"'))])
make("unknown-field", [(S, lambda t: replace_once(t, b"            years_note: None,\n",
                                                    b'            years_note: None,\n            colour: "red",\n',
                                                    after=b'title: "Senior Medical Technician"'))])
make("duplicate-id", [(G, lambda t: replace_once(t, b'id: "related",', b'id: "faq",'))])
make("min-greater-than-max", [(W, lambda t: replace_once(t, b"local_min: 50000,", b"local_min: 80000,", after=b'name: "Canada"'))])
make("negative-salary", [(S, lambda t: replace_once(t, b"us_median_usd: 36000,", b"us_median_usd: -36000,"))])
make("bad-currency", [(W, lambda t: replace_once(t, b'currency: "EUR",', b'currency: "Euro",', after=b'name: "Western Europe"'))])
make("dangling-reference", [(G, lambda t: replace_once(t, b'Chart("salary-by-experience"),', b'Chart("salary-history"),'))])
make("empty-file", [(W, lambda t: b"")])
# 0xFF inside the guide's title string: `title: "Medical Technician career guide",`
make("non-utf8", [(G, lambda t: replace_once(t, b'"Medical Technician career guide"', b'"Medical Technician \xffcareer guide"'))])
make("level-gap", [(S, lambda t: replace_once(t, b"years_from: 4,", b"years_from: 5,"))])
make("multiple-problems", [
    (G, lambda t: replace_once(t, b'Chart("salary-by-experience"),', b'Chart("salary-history"),')),
    (S, lambda t: replace_once(t, b"years_from: 4,", b"years_from: 5,")),
    (W, lambda t: replace_once(t, b'currency: "EUR",', b'currency: "Euro",', after=b'name: "Western Europe"')),
])
# A file that does not parse beside two that parse but break rules: all three reported at once.
make("parse-error-and-invalid-files", [
    (G, lambda t: replace_once(t, b'title: "Overview",', b'title: "Overview"')),
    (S, lambda t: replace_once(t, b"years_from: 4,", b"years_from: 5,")),
    (W, lambda t: replace_once(t, b'currency: "EUR",', b'currency: "Euro",', after=b'name: "Western Europe"')),
])
# readiness.ron: a reference to a section that does not exist, an id used twice and a cost that
# runs backwards, all reported at once.
make("readiness-problems", [(R, lambda t: replace_once(replace_once(replace_once(t,
    b'from: GuideRef(section: "skills", block: 6, item: Some(3)),',
    b'from: GuideRef(section: "skils", block: 6, item: Some(3)),'),
    b'id: "hematology",', b'id: "ekg",'),
    b"cost: Some(UsdRange(min_usd: 5000, max_usd: 15000)),",
    b"cost: Some(UsdRange(min_usd: 50000, max_usd: 15000)),"))])
