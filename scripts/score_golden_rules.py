#!/usr/bin/env python3
"""Score newsprint's sentence splitter on the English "Golden Rules".

The rules ship inside pySBD's wheel (benchmarks/english_golden_rules.py);
this script downloads that wheel from PyPI into a temporary folder, runs
`newsprint --plain --split` over the rules, and prints the score and every
miss. Nothing of the rules is kept in this repository.

    cargo build --release --features cli
    python3 scripts/score_golden_rules.py [path/to/newsprint]
"""
import importlib.util
import json
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

binary = sys.argv[1] if len(sys.argv) > 1 else "target/release/newsprint"
with tempfile.TemporaryDirectory() as tmp:
    subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", tmp, "pysbd==0.3.4"], check=True)
    wheel = next(Path(tmp).glob("pysbd-*.whl"))
    with zipfile.ZipFile(wheel) as z:
        z.extract("benchmarks/english_golden_rules.py", tmp)
    spec = importlib.util.spec_from_file_location("rules", Path(tmp) / "benchmarks/english_golden_rules.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    rules = module.GOLDEN_EN_RULES

stream = b"".join(text.encode() + b"\n\x0c\n" for text, _ in rules)
out = subprocess.run([binary, "--plain", "--split", "-"], input=stream, capture_output=True, check=True).stdout
squash = lambda s: " ".join(s.split())
passed = 0
for number, ((text, want), line) in enumerate(zip(rules, out.decode().splitlines()), 1):
    record = json.loads(line)
    article = stream[record["offset"]: record["offset"] + record["length"]]
    got = [article[s:e].decode("utf-8", "replace") for b in record["blocks"] for s, e in b["sentences"]]
    if [squash(g) for g in got] == [squash(w) for w in want]:
        passed += 1
    else:
        print(f"rule {number}: {text[:70]!r}\n  got  {got}\n  want {want}")
print(f"golden rules: {passed}/{len(rules)}")
