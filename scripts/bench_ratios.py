#!/usr/bin/env python3
"""Print every criterion result of the last `cargo bench --bench tokenize`
run as throughput and as a ratio to the memchr newline floor measured in the
same run, as a Markdown table.

    cargo bench --bench tokenize
    python3 scripts/bench_ratios.py [target/criterion]

Reads target/criterion/<group>/<function>/<size>/new/{benchmark,estimates}.json
(the mean's point estimate). Groups: tokenize, sentences, pipeline.
"""
import json
import pathlib
import sys

GROUPS = ["tokenize", "sentences", "pipeline"]
FLOOR = "tokenize/memchr_newlines"


def results(root: pathlib.Path):
    for group in GROUPS:
        for bench in sorted((root / group).glob("*/*/new/benchmark.json")):
            meta = json.loads(bench.read_text())
            est = json.loads((bench.parent / "estimates.json").read_text())
            nbytes = meta.get("throughput", {}).get("Bytes")
            if not nbytes:
                continue
            seconds = est["mean"]["point_estimate"] * 1e-9
            yield f"{meta['group_id']}/{meta['function_id']}", nbytes / seconds


def main() -> int:
    root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "target/criterion")
    rows = list(results(root))
    rates = dict(rows)
    if FLOOR not in rates:
        print(f"no {FLOOR} result under {root}: run `cargo bench --bench tokenize` first")
        return 1
    floor = rates[FLOOR]
    print("| bench | MiB/s | × memchr floor |")
    print("|---|---:|---:|")
    for name, rate in rows:
        print(f"| {name} | {rate / 2**20:,.1f} | {rate / floor:.4f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
