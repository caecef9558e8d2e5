#!/usr/bin/env python3
"""Held-out set "realistic phrasings 22" (issue 9, session 33): invented digest entries that reproduce the PHRASING
PATTERNS of real published case review summaries (a March 2026 repository month, a winter 2026 update, Welsh child
practice reviews, Scottish learning reviews, Northern Irish case management reviews, a 2026 list with "Background:", a
partnership's local reviews and a summer 2026 update), never their text: every child, family, place and sentence is
made up. The set leans on a sibling group where only one child is the subject, harm told through an agency's action,
the outcome told late, causes of death stated medically, online harm and exploitation words, young carers, care
leavers aged 18 to 21, private fostering, youth custody and secure units, and "the children" with an age range.
The truth was written with the entries, before the first run. Renders input/* and truth/{truth,items}.tsv (score.py
digests format)."""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
# one renderer for every set: realistic-phrasings/render.py, given this folder (and so this entries.py)
sys.exit(subprocess.call([sys.executable, os.path.join(HERE, "..", "realistic-phrasings", "render.py"), HERE]))
