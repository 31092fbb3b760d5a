#!/usr/bin/env python3
"""Precision, recall and F1 of people and places against gold files.

check_articles.py counts gold facts found (recall) and named negatives; this
also counts what the program reports that the gold does not list, so that
precision is measured too. Names are compared per article, lower-cased, by
canonical name (people) or text and canonical (places); a gold person's
`optional_people` entries are neither credited nor charged.

    python3 scripts/entity_prf.py --articles DIR --gold DIR --cmd target/release/newsprint [-v]

Precision assumes the gold lists every person and place the article names;
for places that is less sure (gold writers skip some), so read the place
precision as a lower bound.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path


def low(s):
    return (s or "").strip().lower()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", required=True, type=Path)
    ap.add_argument("--gold", required=True, type=Path)
    ap.add_argument("--cmd", required=True)
    ap.add_argument("-v", "--verbose", action="store_true")
    a = ap.parse_args()
    files = sorted(p for p in a.articles.iterdir() if p.is_file() and p.suffix == ".txt")
    out = subprocess.run(a.cmd.split() + [str(f) for f in files], capture_output=True, check=True)
    records = {Path(r["source"]).stem: r for r in map(json.loads, out.stdout.decode().splitlines())}
    totals = {"people": [0, 0, 0], "places": [0, 0, 0]}  # tp, fp, fn
    for f in files:
        gold_path = a.gold / (f.stem + ".json")
        if not gold_path.exists():
            continue
        gold = json.loads(gold_path.read_text())
        rec = records[f.stem]
        ents = rec.get("entities", [])

        # People: one gold person may have several names.
        gold_people = [{low(n) for n in g["name"]} for g in gold.get("people", [])]
        optional = {low(n) for g in gold.get("optional_people", []) for n in g["name"]}
        got = {low(e.get("canonical") or e["text"]) for e in ents if e["kind"] == "person"}
        tp = sum(1 for names in gold_people if names & got)
        known = set().union(*gold_people) if gold_people else set()
        fp = sorted(g for g in got if g not in known and g not in optional)
        fn = [sorted(n)[0] for n in gold_people if not n & got]
        t = totals["people"]
        t[0] += tp
        t[1] += len(fp)
        t[2] += len(fn)
        if a.verbose and (fp or fn):
            print(f"{f.stem} people  fp={fp} fn={fn}")

        gold_places = {low(p) for p in gold.get("places", [])}
        got_places = set()
        for e in ents:
            if e["kind"] == "place":
                got_places.add(low(e["text"]) if low(e["text"]) in gold_places else low(e.get("canonical")))
        fp = sorted(got_places - gold_places)
        fn = sorted(gold_places - got_places)
        t = totals["places"]
        t[0] += len(gold_places & got_places)
        t[1] += len(fp)
        t[2] += len(fn)
        if a.verbose and (fp or fn):
            print(f"{f.stem} places  fp={fp} fn={fn}")

    for kind, (tp, fp, fn) in totals.items():
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{kind:7} P {p:6.1%}  R {r:6.1%}  F1 {f1:6.1%}  (tp {tp}, fp {fp}, fn {fn})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
