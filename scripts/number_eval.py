#!/usr/bin/env python3
"""Score newsprint's `numbers` against tests/timeml/numbers_gold/NAME.json.

    cargo build --release --features cli
    python3 scripts/number_eval.py            # every NAME.json with its tests/timeml/NAME.tml
    python3 scripts/number_eval.py -v         # each miss, spurious hit, wrong kind/value

The article text is the plain TEXT of tests/timeml/NAME.tml (tags stripped, exactly as
scripts/timeml_eval.py feeds it to the program, with the same --date DCT).

Gold file: a JSON list, in document order, of
    {"text": "£48 million", "kind": "money", "value": 48000000, "unit": "GBP"}
    {"text": "a third", "kind": "cardinal", "value": 0.333, "unit": null, "optional": true}
Gold has no offsets: each text is looked up in the article after the previous gold
item's start (whole-word match, and never inside a gold TIMEX3 extent, so the "two" of
"two years" is skipped), giving a [start, end) byte span.

Conventions (see tests/timeml/README.md):
  * only numbers that are NOT part of a time expression (no years, clock times,
    "18 months", race times, ages written "29-year-old");
  * kind: cardinal | ordinal | percent | money | quantity;
  * the extent is the number with what makes it a percent, an amount of money or a
    quantity: "6.5 percent", "18 per cent", "$1.1 trillion", "£48 million", "4.2p",
    "104 degrees", "30-kilometre", "8,900 megawatts"; not hedges ("about", "more than");
  * value: the number itself; money in the major unit (4.2p -> 0.042 GBP), magnitude words
    multiplied out ($1.1 trillion -> 1.1e12); percent 6.5 for "6.5 percent";
  * spelled-out numbers count ("three", "two", "one death"); ordinals include words
    ("first", "fourth"), suffixed numerals ("40th") and rank marks ("No. 3" -> ordinal 3);
  * not numbers: sports scores ("7-2", "2-1", "12-1-1"), telephone numbers, case and
    docket numbers, game-clock times;
  * "optional": true marks an item that is neither required nor wrong (fractions such as
    "a third", "a dozen", temperature decades "the low 50s", "second" inside
    "second-hottest"): if the program finds it, the pair is dropped from both sides;
    if not, it is not a miss;
  * unit is recorded (ISO 4217 code for money, "percent", a short unit for quantities) and
    its agreement is reported, but it is not scored.

Scores (micro-averaged over all files), P/R/F1 each:
  span strict   : exact byte span;
  span relaxed  : overlapping spans, matched 1-to-1 (greedy, exact first, then overlap);
  kind          : relaxed match with the same kind (2*correct/(sys+gold), as TempEval-3);
  value         : relaxed match with value within relative tolerance 1e-6;
  full          : exact span, same kind and value.
Program numbers that overlap a gold TIMEX3 extent are counted as spurious, and how
many of the spurious ones those are is printed.

Python 3.11, standard library only.
"""
import argparse
import glob
import json
import math
import os
import re
import sys
import tempfile
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from timeml_eval import ROOT, match, parse_tml, prf, run_program  # noqa: E402


def locate(doc, gold):
    """Give each gold item cstart/cend and byte start/end, in order; raise if not found."""
    cum = [0]
    for ch in doc.text:
        cum.append(cum[-1] + len(ch.encode("utf-8")))
    timex = [(g["cstart"], g["cend"]) for g in doc.gold]
    pos = 0
    for item in gold:
        t = item["text"]
        pat = (r"(?<!\w)" if t[0].isalnum() else "") + re.escape(t) + (r"(?!\w)" if t[-1].isalnum() else "")
        for m in re.compile(pat).finditer(doc.text, pos):
            if not any(m.start() < e and s < m.end() for s, e in timex):
                break
        else:
            raise ValueError(f"{doc.docid}: gold number {t!r} not found after char {pos}")
        item["cstart"], item["cend"] = m.start(), m.end()
        item["start"], item["end"] = cum[m.start()], cum[m.end()]
        pos = m.start() + 1
    return gold


def same_value(a, b):
    try:
        a, b = float(a), float(b)
    except (TypeError, ValueError):
        return False
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("files", nargs="*", help="gold .json files (default: tests/timeml/numbers_gold/*.json)")
    ap.add_argument("--cmd", default=os.path.join(ROOT, "target/release/newsprint"))
    ap.add_argument("--no-date", action="store_true", help="do not pass --date DCT")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    files = args.files or sorted(glob.glob(os.path.join(ROOT, "tests/timeml/numbers_gold/*.json")))
    if not files:
        ap.error("no gold files")
    docs, golds = [], {}
    for f in files:
        name = os.path.splitext(os.path.basename(f))[0]
        tml = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(f))), name + ".tml")
        d = parse_tml(tml)
        docs.append(d)
        golds[d.docid] = locate(d, json.load(open(f, encoding="utf-8")))
    with tempfile.TemporaryDirectory() as tmp:
        recs = run_program(args.cmd, docs, tmp, pass_date=not args.no_date)
    tot = Counter()
    print(f"{'file':28} {'gold':>4} {'sys':>4}  {'strict F1':>9} {'relaxed F1':>10} {'kind F1':>7} {'value F1':>8} {'full F1':>7}")
    for d in docs:
        gold = golds[d.docid]
        sys_ = list((recs.get(d.docid) or {}).get("numbers") or [])
        pairs = match(gold, sys_)
        stext = lambda s: d.data[s["span"][0]:s["span"][1]].decode("utf-8", "replace")
        t = Counter()
        lines = []
        drop_g, drop_s = set(), set()
        for i, j in pairs:
            if gold[i].get("optional"):
                drop_g.add(i), drop_s.add(j)
        for i, g in enumerate(gold):
            if g.get("optional"):
                drop_g.add(i)
        t["gold"] = len(gold) - len(drop_g)
        t["sys"] = len(sys_) - len(drop_s)
        matched_g, matched_s = set(), set()
        for i, j in pairs:
            if i in drop_g:
                continue
            g, s = gold[i], sys_[j]
            matched_g.add(i), matched_s.add(j)
            exact = (g["start"], g["end"]) == tuple(s["span"])
            kok = g["kind"] == s.get("kind")
            vok = same_value(g["value"], s.get("value"))
            t["relaxed"] += 1
            t["strict"] += exact
            t["kind"] += kok
            t["value"] += vok
            t["full"] += exact and kok and vok
            t["unit_ok"] += (g.get("unit") or None) == (s.get("unit") or None)
            if not exact:
                lines.append(f"  EXTENT  gold {g['text']!r}  sys {stext(s)!r}")
            if not (kok and vok):
                lines.append(f"  WRONG   {g['text']!r}: gold {g['kind']} {g['value']} {g.get('unit')}  "
                             f"sys {s.get('kind')} {s.get('value')} {s.get('unit')}")
            elif (g.get("unit") or None) != (s.get("unit") or None):
                lines.append(f"  UNIT    {g['text']!r}: gold {g.get('unit')}  sys {s.get('unit')}")
        for i, g in enumerate(gold):
            if i not in drop_g and i not in matched_g:
                ctx = d.text[max(0, g["cstart"] - 30):g["cend"] + 20].replace("\n", " ")
                lines.append(f"  MISS    {g['text']!r} {g['kind']} {g['value']}   ...{ctx}...")
        for j, s in enumerate(sys_):
            if j not in drop_s and j not in matched_s:
                a, b = s["span"]
                in_time = any(a < g["end"] and g["start"] < b for g in d.gold)
                t["spur_in_time"] += in_time
                ctx = d.data[max(0, a - 30):b + 20].decode("utf-8", "replace").replace("\n", " ")
                lines.append(f"  SPUR    {stext(s)!r} {s.get('kind')} {s.get('value')} {s.get('unit')}"
                             f"{'  (inside a time expression)' if in_time else ''}   ...{ctx}...")
        tot.update(t)
        f1 = lambda k: prf(t[k], t["sys"], t[k], t["gold"])[2] * 100
        print(f"{d.docid[:28]:28} {t['gold']:4} {t['sys']:4}  {f1('strict'):9.1f} {f1('relaxed'):10.1f} "
              f"{f1('kind'):7.1f} {f1('value'):8.1f} {f1('full'):7.1f}")
        if args.verbose and lines:
            print("\n".join(lines))
    print()
    print(f"TOTAL ({len(docs)} files)   gold {tot['gold']}  system {tot['sys']}")
    print(f"{'':16}{'P':>5} {'R':>5} {'F1':>5}")
    for k, label in (("strict", "span strict"), ("relaxed", "span relaxed"), ("kind", "kind"),
                     ("value", "value"), ("full", "full")):
        p, r, f = prf(tot[k], tot["sys"], tot[k], tot["gold"])
        print(f"{label:16}{p*100:5.1f} {r*100:5.1f} {f*100:5.1f}")
    if tot["relaxed"]:
        print(f"unit agreement over relaxed matches: {tot['unit_ok']}/{tot['relaxed']} (not scored)")
    spur = tot["sys"] - tot["relaxed"]
    print(f"spurious: {spur}, of which inside a gold time expression: {tot['spur_in_time']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
