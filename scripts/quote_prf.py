#!/usr/bin/env python3
"""Precision, recall and speaker accuracy of direct quotes against gold files.

Gold: one JSON per article with `quotes` and `optional_quotes` (each
{"starts": ..., "speaker": ... | null}) and `not_quotes` (strings), as in
check_articles.py. A reported quote (kind full or partial) matches a gold
quote when its text starts with the gold `starts`; a reported quote that
matches nothing required or optional is a false positive. Speaker accuracy
counts matched required quotes whose speaker equals the gold one (null
included), compared as check_articles does (lower case, no leading article).

usage: quote_prf.py --articles DIR --gold DIR --cmd PROGRAM [-v]
"""
import argparse, json, pathlib, subprocess, sys

QUOTE_CHARS = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb"


def norm(s):
    return " ".join(s.strip(QUOTE_CHARS + " ,.").split())


def who(s):
    if s is None:
        return None
    s = " ".join(s.lower().split())
    for a in ("the ", "a ", "an "):
        if s.startswith(a):
            s = s[len(a):]
    return s


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", required=True)
    ap.add_argument("--gold", required=True)
    ap.add_argument("--cmd", required=True)
    ap.add_argument("-v", action="store_true")
    a = ap.parse_args()
    tp = fp = fn = sp_ok = sp_all = sp_wrong = sp_none = 0
    for g in sorted(pathlib.Path(a.gold).glob("*.json")):
        gold = json.loads(g.read_text())
        art = pathlib.Path(a.articles) / gold["file"]
        out = subprocess.run([a.cmd, str(art)], capture_output=True, check=True).stdout
        rec = json.loads(out.decode().splitlines()[0])
        preds = [(norm(q["text"]), q) for q in rec.get("quotes", []) if q.get("kind") != "indirect"]
        used = set()
        for gq in gold.get("quotes", []):
            p = norm(gq["starts"])
            hit = next((i for i, (t, _) in enumerate(preds) if i not in used and t.startswith(p)), None)
            if hit is None:
                fn += 1
                if a.v:
                    print(f"MISS {gold['file']}: {gq['starts'][:50]!r}")
                continue
            used.add(hit)
            tp += 1
            sp_all += 1
            got = preds[hit][1].get("speaker")
            if who(got) == who(gq["speaker"]):
                sp_ok += 1
            else:
                if got is None:
                    sp_none += 1
                else:
                    sp_wrong += 1
                if a.v:
                    print(f"SPKR {gold['file']}: {gq['starts'][:40]!r} want {gq['speaker']!r} got {got!r}")
        for gq in gold.get("optional_quotes", []):
            p = norm(gq["starts"])
            for i, (t, _) in enumerate(preds):
                if i not in used and t.startswith(p):
                    used.add(i)
        for i, (t, q) in enumerate(preds):
            if i not in used:
                fp += 1
                if a.v:
                    print(f"FP   {gold['file']}: {t[:50]!r} ({q.get('speaker')!r})")
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec_ = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * prec * rec_ / (prec + rec_) if prec + rec_ else 0.0
    print(f"direct quotes: P {100*prec:.1f}  R {100*rec_:.1f}  F1 {100*f1:.1f}  (tp {tp}, fp {fp}, fn {fn})")
    if sp_all:
        print(f"speakers: {sp_ok}/{sp_all} = {100*sp_ok/sp_all:.1f}%  (wrong {sp_wrong}, missing {sp_none})")


if __name__ == "__main__":
    sys.exit(main())
