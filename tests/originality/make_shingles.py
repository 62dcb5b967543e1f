#!/usr/bin/env python3
"""Writes shingles.txt: a hash of every run of eight words in the source web page.

The test (tests/originality.rs) hashes every eight-word run of our prose the same way and fails
on any match, so the repository holds no copy of the page, only these hashes. Rerun when the
source or the normalization changes:

    python3 tests/originality/make_shingles.py ../shared/source/medical-technician-guide.txt
"""
import pathlib
import sys

RUN = 8
# Names of organizations, certifications, degrees and occupations count as one word: sharing
# them with the page is attribution, not copying. Keep in step with NAMES in tests/originality.rs.
NAMES = [
    "american society for clinical pathology",
    "national accrediting agency for clinical laboratory sciences",
    "national association of health services executives",
    "health and care professions council",
    "national healthcareer association",
    "american medical technologists",
    "women in healthcare leadership",
    "medical laboratory technician",
    "medical laboratory scientist",
    "medical laboratory technology",
    "associate of science",
    "u.s. bureau of labor statistics",
    "clinical laboratory technologists and technicians",
    "electronic health record",
    "laboratory information system",
]


def words(text):
    text = text.lower().replace("\u2019", "'")
    for name in NAMES:
        text = text.replace(name, " name ")
    out, word = [], ""
    for c in text:
        if ("a" <= c <= "z") or ("0" <= c <= "9") or c in "$\u20ac'":
            word += c
        elif word:
            out.append(word)
            word = ""
    if word:
        out.append(word)
    return out


def fnv1a(text):
    h = 0xCBF29CE484222325
    for b in text.encode("utf-8"):
        h ^= b
        h = (h * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return h


def main():
    source = pathlib.Path(sys.argv[1]).read_text(encoding="utf-8")
    w = words(source)
    hashes = sorted({fnv1a(" ".join(w[i : i + RUN])) for i in range(len(w) - RUN + 1)})
    out = pathlib.Path(__file__).with_name("shingles.txt")
    out.write_text("".join(f"{h:016x}\n" for h in hashes), encoding="ascii")
    print(f"{len(hashes)} shingles from {len(w)} words -> {out}")


if __name__ == "__main__":
    main()
