#!/usr/bin/env python3
"""Held-out set "realistic phrasings 28" (issue 9, session 39): invented digest entries that reproduce the PHRASING
PATTERNS of real published case review summaries (NSPCC list entries telling a sibling's, a parent's, a friend's or a
child perpetrator's harm, age and sex beside the child's; children who harmed other children; a partnership page of
parents' own childhood histories and risks ruled out or past; several children in one entry with ages as school years,
"just under two", "a teenager"; outcomes told indirectly and years told as "that winter" after a dated sentence), never
their text: every child, family, place and sentence is made up.
The truth was written with the entries, before the first run. Renders input/* and truth/{truth,items}.tsv (score.py
digests format)."""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
# one renderer for every set: realistic-phrasings/render.py, given this folder (and so this entries.py)
sys.exit(subprocess.call([sys.executable, os.path.join(HERE, "..", "realistic-phrasings", "render.py"), HERE]))
