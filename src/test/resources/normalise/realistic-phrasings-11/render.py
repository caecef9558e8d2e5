#!/usr/bin/env python3
"""Held-out set "realistic phrasings 11" (issue 9, session 22): invented digest entries that reproduce the PHRASING
PATTERNS of real published case review summaries (NSPCC yearly lists 2010, 2011 and 2019, Welsh child practice reviews 2016, Scottish reviews 2021,
Northern Irish case management reviews 2018, a 2022 update, a monthly repository digest of 2025), never
their text: every child, family, place and sentence below is made up. The truth was written with the
entries, before the first run. Renders input/* and truth/{truth,items}.tsv (score.py digests format)."""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
# one renderer for both sets: realistic-phrasings/render.py, given this folder (and so this entries.py)
sys.exit(subprocess.call([sys.executable, os.path.join(HERE, "..", "realistic-phrasings", "render.py"), HERE]))
