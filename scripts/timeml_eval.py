#!/usr/bin/env python3
"""TempEval-3-style scorer for newsprint's `times` against TimeML (.tml) gold.

    cargo build --release --features cli
    python3 scripts/timeml_eval.py                      # tests/timeml/*.tml, target/release/newsprint
    python3 scripts/timeml_eval.py -v                   # every miss, spurious hit and wrong value
    python3 scripts/timeml_eval.py --cmd 'target/debug/newsprint' tests/timeml/05_politics_budget.tml
    python3 scripts/timeml_eval.py --fail-under-value-f1 0.6

What it does, for each .tml file:
  * takes the text inside <TEXT>...</TEXT>, drops every tag (TIMEX3, and EVENT/SIGNAL
    if a file has them), unescapes the XML entities, and keeps every other character
    exactly; the gold TIMEX3 extents become [start, end) UTF-8 *byte* offsets into that
    text (newsprint's spans are byte offsets). The DCT (outside TEXT) is not gold.
  * writes that text to a temporary file named after the DOCID and runs the program
    once per distinct DCT: `CMD --date DCT file...` (the DCT is the reference date for
    articles that state none; articles with a date line use their own). --no-date leaves
    the option out. One JSON record per file is expected, its `source` being the path.
  * compares the record's `times` with the gold TIMEX3s the TempEval-3 way:
      strict   : exact extent match, P/R/F1;
      relaxed  : any overlap, 1-to-1 (greedy: exact matches first, then the largest
                 overlap, then the earliest), P/R/F1;
      value F1 / type F1 : relaxed F1 x accuracy of the attribute over the relaxed
                 matches, i.e. 2*correct/(sys+gold).
    Types compare case-insensitively (date/DATE). Values compare after a light
    normalisation: upper case, `PnDE` -> `P(10n)Y`, `PnCE` -> `P(100n)Y`, `PnQ` -> `P(3n)M`, and a
    trailing `:00` seconds field dropped; nothing else (so PT60M != PT1H).
  * prints one line per file and a micro-averaged summary (TE3 style); with -v also
    each error; "strict (prep-trimmed)" is an extra, non-TE3 line that first drops
    a leading preposition (on/in/at/...) from system extents, to show how much of the
    strict loss is only that convention.

Python 3.11, standard library only.
"""
import argparse
import glob
import json
import os
import re
import shlex
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from xml.sax.saxutils import unescape

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ENTITIES = {"&quot;": '"', "&apos;": "'"}
TAG = re.compile(r"<(/?)([A-Za-z][\w.-]*)((?:\s+[\w:.-]+\s*=\s*\"[^\"]*\")*)\s*(/?)>")
ATTR = re.compile(r"([\w:.-]+)\s*=\s*\"([^\"]*)\"")
PREPOSITIONS = ("on", "in", "at", "by", "since", "until", "till", "for", "during", "from",
                "to", "before", "after", "of", "over", "through", "within")


class Doc:
    def __init__(self, path, docid, dct, text, gold):
        self.path, self.docid, self.dct, self.text, self.gold = path, docid, dct, text, gold
        self.data = text.encode("utf-8")


def parse_tml(path):
    """-> Doc with .text (plain TEXT) and .gold = [dict(start, end, text, type, value, attrs)] (byte spans)."""
    raw = open(path, encoding="utf-8").read()
    m = re.search(r"<DOCID>(.*?)</DOCID>", raw, re.S)
    docid = m.group(1).strip() if m else os.path.splitext(os.path.basename(path))[0]
    dct = None
    m = re.search(r"<DCT>(.*?)</DCT>", raw, re.S)
    if m:
        v = re.search(r'value="([^"]*)"', m.group(1))
        dct = v.group(1) if v else None
    m = re.search(r"<TEXT>(.*?)</TEXT>", raw, re.S)
    if not m:
        raise ValueError(f"{path}: no <TEXT>")
    body = m.group(1)
    out, pos, nchars = [], 0, 0
    stack, gold = [], []
    for t in TAG.finditer(body):
        chunk = unescape(body[pos:t.start()], ENTITIES)
        out.append(chunk)
        nchars += len(chunk)
        pos = t.end()
        closing, name, attrs, selfclosing = t.group(1), t.group(2), t.group(3), t.group(4)
        if name != "TIMEX3" or selfclosing:
            continue
        if not closing:
            stack.append((nchars, dict(ATTR.findall(attrs))))
        else:
            start, a = stack.pop()
            gold.append({"cstart": start, "cend": nchars, "attrs": a,
                         "type": a.get("type", ""), "value": a.get("value", "")})
    out.append(unescape(body[pos:], ENTITIES))
    if stack:
        raise ValueError(f"{path}: unclosed TIMEX3")
    text = "".join(out)
    # char offsets -> UTF-8 byte offsets
    cum = [0]
    for ch in text:
        cum.append(cum[-1] + len(ch.encode("utf-8")))
    for g in gold:
        g["start"], g["end"] = cum[g["cstart"]], cum[g["cend"]]
        g["text"] = text[g["cstart"]:g["cend"]]
    gold.sort(key=lambda g: (g["start"], g["end"]))
    return Doc(path, docid, dct, text, gold)


def run_program(cmd, docs, tmpdir, pass_date=True, extra=()):
    """Write each doc's text to tmpdir/DOCID.txt, run cmd once per DCT; -> {docid: record}."""
    groups = defaultdict(list)
    for d in docs:
        d.tmp = os.path.join(tmpdir, d.docid + ".txt")
        with open(d.tmp, "wb") as f:
            f.write(d.data)
        groups[d.dct if pass_date else None].append(d)
    by_path = {}
    for dct, ds in sorted(groups.items(), key=lambda kv: kv[0] or ""):
        argv = shlex.split(cmd) + list(extra)
        if dct:
            argv += ["--date", dct[:10]]
        argv += [d.tmp for d in ds]
        p = subprocess.run(argv, capture_output=True, text=True)
        if p.returncode not in (0,):
            sys.stderr.write(f"warning: {' '.join(argv[:3])} ... exited {p.returncode}: {p.stderr.strip()[:500]}\n")
        for line in p.stdout.splitlines():
            if not line.strip():
                continue
            rec = json.loads(line)
            by_path.setdefault(rec.get("source"), []).append(rec)
    out = {}
    for d in docs:
        recs = by_path.get(d.tmp, [])
        if not recs:
            sys.stderr.write(f"warning: no record for {d.docid}\n")
            out[d.docid] = None
            continue
        if len(recs) > 1:
            sys.stderr.write(f"warning: {len(recs)} records for {d.docid}; spans shifted by each record's offset\n")
        merged = dict(recs[0])
        for key in ("times", "numbers"):
            items = []
            for r in recs:
                off = r.get("offset", 0) or 0
                for it in r.get(key) or []:
                    it = dict(it)
                    it["span"] = [it["span"][0] + off, it["span"][1] + off]
                    items.append(it)
            merged[key] = items
        out[d.docid] = merged
    return out


def match(gold, sys_, gs=lambda g: (g["start"], g["end"]), ss=lambda s: tuple(s["span"])):
    """1-to-1 greedy matching by overlap. -> list of (gi, si)."""
    pairs = []
    for i, g in enumerate(gold):
        a, b = gs(g)
        for j, s in enumerate(sys_):
            c, d = ss(s)
            ov = min(b, d) - max(a, c)
            if ov > 0 or (a == c and b == d):
                pairs.append((0 if (a, b) == (c, d) else 1, -ov, a, c, i, j))
    pairs.sort()
    ug, us, out = set(), set(), []
    for *_, i, j in pairs:
        if i in ug or j in us:
            continue
        ug.add(i), us.add(j)
        out.append((i, j))
    return out


def norm_value(v):
    v = (v or "").strip().upper()
    v = re.sub(r"^P(\d+(?:\.\d+)?)DE$", lambda m: f"P{int(float(m.group(1)) * 10)}Y", v)
    v = re.sub(r"^P(\d+(?:\.\d+)?)CE$", lambda m: f"P{int(float(m.group(1)) * 100)}Y", v)
    v = re.sub(r"^P(\d+)Q$", lambda m: f"P{int(m.group(1)) * 3}M", v)
    v = re.sub(r"(T\d\d:\d\d):00$", r"\1", v)
    return v


def trim_prep(s, data):
    """System span with a leading preposition (and the space after it) removed."""
    a, b = s["span"]
    txt = data[a:b].decode("utf-8", "replace")
    m = re.match(r"(?i)(%s)\s+" % "|".join(PREPOSITIONS), txt)
    if m and m.end() < len(txt):
        a += len(txt[:m.end()].encode("utf-8"))
    return (a, b)


def prf(tp_p, n_sys, tp_r, n_gold):
    p = tp_p / n_sys if n_sys else 0.0
    r = tp_r / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


class Tally(Counter):
    def scores(self):
        s, g = self["sys"], self["gold"]
        out = {}
        out["strict"] = prf(self["strict"], s, self["strict"], g)
        out["strict_trim"] = prf(self["strict_trim"], s, self["strict_trim"], g)
        out["relaxed"] = prf(self["relaxed"], s, self["relaxed"], g)
        out["value"] = prf(self["value"], s, self["value"], g)
        out["type"] = prf(self["type"], s, self["type"], g)
        return out


def score_doc(doc, rec, verbose, errs):
    t = Tally()
    sys_ = list((rec or {}).get("times") or [])
    gold = doc.gold
    t["gold"], t["sys"] = len(gold), len(sys_)
    gspans = Counter((g["start"], g["end"]) for g in gold)
    sspans = Counter(tuple(s["span"]) for s in sys_)
    t["strict"] = sum((gspans & sspans).values())
    tspans = Counter(trim_prep(s, doc.data) for s in sys_)
    t["strict_trim"] = sum((gspans & tspans).values())
    pairs = match(gold, sys_)
    t["relaxed"] = len(pairs)
    lines = []
    stext = lambda s: doc.data[s["span"][0]:s["span"][1]].decode("utf-8", "replace")
    for i, j in pairs:
        g, s = gold[i], sys_[j]
        vok = norm_value(g["value"]) == norm_value(s.get("value"))
        tok = (g["type"] or "").lower() == (s.get("type") or "").lower()
        t["value"] += vok
        t["type"] += tok
        exact = (g["start"], g["end"]) == tuple(s["span"])
        t[f"gold_{g['type']}"] += 1
        t[f"found_{g['type']}"] += 1
        t[f"valok_{g['type']}"] += vok
        if not exact:
            errs.append(("extent", doc.docid, g, s, stext(s)))
            lines.append(f"  EXTENT  gold {g['text']!r} [{g['start']},{g['end']})  sys {stext(s)!r} {s['span']}")
        if not vok:
            errs.append(("value", doc.docid, g, s, stext(s)))
            lines.append(f"  VALUE   {g['text']!r}: gold {g['type']} {g['value']}  sys {s.get('type')} {s.get('value')}"
                         + ("" if exact else f"  (sys text {stext(s)!r})"))
        elif not tok:
            errs.append(("type", doc.docid, g, s, stext(s)))
            lines.append(f"  TYPE    {g['text']!r}: gold {g['type']}  sys {s.get('type')} (value {s.get('value')})")
    mg = {i for i, _ in pairs}
    ms = {j for _, j in pairs}
    for i, g in enumerate(gold):
        if i not in mg:
            t[f"gold_{g['type']}"] += 1
            errs.append(("miss", doc.docid, g, None, None))
            ctx = doc.text[max(0, g["cstart"] - 30):g["cend"] + 20].replace("\n", " ")
            lines.append(f"  MISS    {g['text']!r} {g['type']} {g['value']}   ...{ctx}...")
    for j, s in enumerate(sys_):
        if j not in ms:
            errs.append(("spurious", doc.docid, None, s, stext(s)))
            a, b = s["span"]
            ctx = doc.data[max(0, a - 30):b + 20].decode("utf-8", "replace").replace("\n", " ")
            lines.append(f"  SPUR    {stext(s)!r} {s.get('type')} {s.get('value')}   ...{ctx}...")
    return t, lines


def fmt(p):
    return f"{p[0]*100:5.1f} {p[1]*100:5.1f} {p[2]*100:5.1f}"


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("files", nargs="*", help=".tml files (default: tests/timeml/*.tml)")
    ap.add_argument("--cmd", default=os.path.join(ROOT, "target/release/newsprint"),
                    help="program to run (split with shlex; default target/release/newsprint)")
    ap.add_argument("--no-date", action="store_true", help="do not pass --date DCT")
    ap.add_argument("-v", "--verbose", action="store_true", help="print each error")
    ap.add_argument("--fail-under-value-f1", type=float, metavar="F",
                    help="exit 1 if the overall value F1 (0..1 or 0..100) is below F")
    ap.add_argument("--keep", metavar="DIR", help="write the plain texts into DIR and keep them")
    args = ap.parse_args(argv)
    files = args.files or sorted(glob.glob(os.path.join(ROOT, "tests/timeml/*.tml")))
    if not files:
        ap.error("no .tml files")
    docs = [parse_tml(f) for f in files]
    ctx = tempfile.TemporaryDirectory() if not args.keep else None
    tmpdir = args.keep or ctx.name
    os.makedirs(tmpdir, exist_ok=True)
    recs = run_program(args.cmd, docs, tmpdir, pass_date=not args.no_date)
    total, errs = Tally(), []
    print(f"{'file':28} {'gold':>4} {'sys':>4}  {'strict F1':>9} {'relaxed F1':>10} {'value F1':>8} {'type F1':>7}")
    for d in docs:
        t, lines = score_doc(d, recs.get(d.docid), args.verbose, errs)
        total.update(t)
        sc = t.scores()
        print(f"{d.docid[:28]:28} {t['gold']:4} {t['sys']:4}  {sc['strict'][2]*100:9.1f} "
              f"{sc['relaxed'][2]*100:10.1f} {sc['value'][2]*100:8.1f} {sc['type'][2]*100:7.1f}")
        if args.verbose and lines:
            print("\n".join(lines))
    sc = total.scores()
    print()
    print(f"TOTAL ({len(docs)} files)   gold {total['gold']}  system {total['sys']}")
    print(f"{'':24}{'P':>5} {'R':>5} {'F1':>5}")
    print(f"{'strict span':24}{fmt(sc['strict'])}")
    print(f"{'relaxed span':24}{fmt(sc['relaxed'])}")
    print(f"{'value':24}{fmt(sc['value'])}   (accuracy over relaxed matches "
          f"{(total['value'] / total['relaxed'] * 100 if total['relaxed'] else 0):.1f}%)")
    print(f"{'type':24}{fmt(sc['type'])}   (accuracy over relaxed matches "
          f"{(total['type'] / total['relaxed'] * 100 if total['relaxed'] else 0):.1f}%)")
    print(f"{'strict (prep-trimmed)':24}{fmt(sc['strict_trim'])}   (not TE3: system extents without a leading preposition)")
    print()
    print("by gold type:  recall (relaxed)   value accuracy over found")
    for ty in ("DATE", "TIME", "DURATION", "SET"):
        g, f, v = total[f"gold_{ty}"], total[f"found_{ty}"], total[f"valok_{ty}"]
        if g:
            print(f"  {ty:9} {f:4}/{g:<4} {f / g * 100:5.1f}%     {v:4}/{f:<4} {(v / f * 100 if f else 0):5.1f}%")
    kinds = Counter(e[0] for e in errs)
    print("errors: " + ", ".join(f"{k} {kinds[k]}" for k in ("miss", "spurious", "extent", "value", "type")))
    if ctx:
        ctx.cleanup()
    if args.fail_under_value_f1 is not None:
        thr = args.fail_under_value_f1
        thr = thr / 100 if thr > 1 else thr
        if sc["value"][2] < thr:
            print(f"FAIL: value F1 {sc['value'][2]:.3f} < {thr:.3f}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
