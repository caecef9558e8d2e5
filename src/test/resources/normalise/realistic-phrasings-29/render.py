#!/usr/bin/env python3
"""Held-out set "realistic phrasings 29" (issue 9, session 40): invented digest entries that reproduce the PHRASING
PATTERNS of real published case review summaries (NSPCC list entries of children who killed or harmed another,
Welsh, Scottish and Northern Irish reviews with ages as school stages and words, backgrounds telling a previous child's
death, a new partner's past, care that had ended and a mother's age, two reviews' children in one entry, the area told
only in the partnership's name beside a place the family moved from, and years told as "the autumn of the following
year"), never
their text: every child, family, place and sentence is made up.
The truth was written with the entries, before the first run. Renders input/* and truth/{truth,items}.tsv (score.py
digests format)."""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
# one renderer for every set: realistic-phrasings/render.py, given this folder (and so this entries.py)
sys.exit(subprocess.call([sys.executable, os.path.join(HERE, "..", "realistic-phrasings", "render.py"), HERE]))
