#!/usr/bin/env python3
"""Held-out set "realistic phrasings 9" (issue 9, session 20): invented digest entries that reproduce the PHRASING
PATTERNS of real published case review summaries (NSPCC yearly lists 2013, 2014 and 2016, 2023 and 2025 pages, a 2022 update, a 2019 page of the nations' reviews,
a monthly repository digest of 2021), never
their text: every child, family, place and sentence below is made up. The truth was written with the
entries, before the first run. Renders input/* and truth/{truth,items}.tsv (score.py digests format)."""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
# one renderer for both sets: realistic-phrasings/render.py, given this folder (and so this entries.py)
sys.exit(subprocess.call([sys.executable, os.path.join(HERE, "..", "realistic-phrasings", "render.py"), HERE]))
