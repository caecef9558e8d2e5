#!/usr/bin/env python3
"""Held-out set "realistic phrasings 25" (issue 9, session 36): invented digest entries that reproduce the PHRASING
PATTERNS of real published case review summaries (an October 2026 repository month told in the statutory words of
plans, conferences and enquiries, an autumn 2026 update told in clinical words for injuries, a list of trafficking,
modern slavery and teenage relationship abuse, a partnership's reviews of newborns, concealed or denied pregnancies
and neonatal abstinence, a page of children in hospitals, residential special schools and kinship care, a list of
several children and chronologies over years, a 2015 list of serious case reviews in that era's words, and a page of
ages told as a school stage), never their text: every child, family, place and sentence is made up.
The truth was written with the entries, before the first run. Renders input/* and truth/{truth,items}.tsv (score.py
digests format)."""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
# one renderer for every set: realistic-phrasings/render.py, given this folder (and so this entries.py)
sys.exit(subprocess.call([sys.executable, os.path.join(HERE, "..", "realistic-phrasings", "render.py"), HERE]))
