#!/usr/bin/env python3
"""Write a multi-article stream of at least SIZE bytes for memory and
throughput checks: the invented fixtures and bad-input cases, over and over,
each closed by a form-feed line.

    python3 scripts/big_stream.py 1G /tmp/big.txt
    /usr/bin/time -v target/release/newsprint --split /tmp/big.txt > /dev/null
"""
import pathlib
import sys


def size(text: str) -> int:
    units = {"K": 1 << 10, "M": 1 << 20, "G": 1 << 30}
    return int(text[:-1]) * units[text[-1].upper()] if text[-1].upper() in units else int(text)


def main() -> None:
    want, out = size(sys.argv[1]), sys.argv[2]
    root = pathlib.Path(__file__).resolve().parent.parent / "tests"
    files = sorted(root.glob("fixtures/*.txt")) + sorted(root.glob("bad_input/*.txt"))
    block = b"".join(f.read_bytes().rstrip(b"\x0c\n") + b"\n\x0c\n" for f in files)
    with open(out, "wb") as f:
        written = 0
        while written < want:
            f.write(block)
            written += len(block)


if __name__ == "__main__":
    main()
