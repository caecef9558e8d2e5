#!/usr/bin/env python3
"""Held-out set "realistic phrasings 20" (issue 9, session 31): invented digest entries that reproduce the PHRASING
PATTERNS of real published case review summaries (a winter 2026 update, a 2025 list with "Background:", Welsh child
practice reviews, Scottish learning reviews, Northern Irish case management reviews, a November 2025 repository month,
a partnership's local reviews and a spring 2025 update), never their text: every child, family, place and sentence is
made up. The set leans on ages given in a list of siblings with the child named by order or name after it,
chronologies whose incident is the last step, dates of birth with only a month and year, a child's own drug use,
offending, self-harm or mental health beside a parent's, relatives whose sex is only in the relation word, ethnicity
told as a nationality or heritage, harm told only by acts, domestic abuse told by one event in another year, a parent
killed by the other parent, adults' ages beside the child's and a linked review of a sibling in the same entry.
The truth was written with the entries, before the first run. Renders input/* and truth/{truth,items}.tsv (score.py
digests format)."""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
# one renderer for every set: realistic-phrasings/render.py, given this folder (and so this entries.py)
sys.exit(subprocess.call([sys.executable, os.path.join(HERE, "..", "realistic-phrasings", "render.py"), HERE]))
