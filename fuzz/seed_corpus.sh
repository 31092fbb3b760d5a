#!/usr/bin/env bash
# Seed each fuzz target's corpus from the invented fixtures and bad-input
# cases (never the shared seeds). The stream target's input starts with four
# control bytes (chunking seed, size limit, delimiter choice), so its seeds
# get a zero prefix: any chunking, no limit, form-feed delimiter.
set -euo pipefail
cd "$(dirname "$0")"
for target in tokenize parse record stream; do
  mkdir -p "corpus/$target"
done
for f in ../tests/fixtures/*.txt ../tests/bad_input/*.txt; do
  name=$(basename "$f")
  for target in tokenize parse record; do
    cp "$f" "corpus/$target/$name"
  done
  { printf '\x01\x00\x00\x00'; cat "$f"; printf '\x0c\n'; cat "$f"; } > "corpus/stream/$name"
done
