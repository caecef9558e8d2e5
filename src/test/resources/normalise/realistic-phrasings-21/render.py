#!/usr/bin/env python3
"""Held-out set "realistic phrasings 21" (issue 9, session 32): invented digest entries that reproduce the PHRASING
PATTERNS of real published case review summaries (an autumn 2026 update, a 2026 list with "Background:", a January
2026 repository month, Welsh child practice reviews, Scottish learning reviews, Northern Irish case management reviews,
a partnership's local reviews and a spring 2026 update), never their text: every child, family, place and sentence is
made up. The set leans on ages given in months or weeks with a word, two children of different sexes and ages in one
entry, a child named only by a pseudonym after the age, incidents told by a court outcome year, a publication year
beside the incident year, care told by a legal status, harm to an adult of the household only, disability and special
educational needs words, "not known to services", negated facts and a young parent's age near the child's.
The truth was written with the entries, before the first run. Renders input/* and truth/{truth,items}.tsv (score.py
digests format)."""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
# one renderer for every set: realistic-phrasings/render.py, given this folder (and so this entries.py)
sys.exit(subprocess.call([sys.executable, os.path.join(HERE, "..", "realistic-phrasings", "render.py"), HERE]))
