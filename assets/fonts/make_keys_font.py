#!/usr/bin/env python3
"""Makes keys.ttf: the four macOS modifier symbols (⌘ ⌥ ⌃ ⇧) cut from DejaVu Sans, for the
window's fonts, which lack them (egui then writes Cmd+F instead of ⌘F).

Run from this folder with fontTools (`pip install fonttools`) and Debian's fonts-dejavu-core:
    python3 make_keys_font.py
The font's licence is LICENSE-DejaVu.txt beside it.
"""

from fontTools import subset
from fontTools.ttLib import TTFont

SOURCE = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
SYMBOLS = "⌘⌥⌃⇧"
FAMILY = "DejaVu Sans Keys"

options = subset.Options()
options.layout_features = []
options.name_IDs = []
options.hinting = False
options.notdef_outline = True
font = TTFont(SOURCE)
subsetter = subset.Subsetter(options)
subsetter.populate(unicodes=[ord(c) for c in SYMBOLS])
subsetter.subset(font)
name = font["name"]
for record_id, text in [(1, FAMILY), (2, "Book"), (4, FAMILY), (6, FAMILY.replace(" ", ""))]:
    name.setName(text, record_id, 3, 1, 0x409)
font.save("keys.ttf")
