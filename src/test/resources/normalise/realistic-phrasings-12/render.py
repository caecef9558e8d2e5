#!/usr/bin/env python3
"""Held-out set "realistic phrasings 12" (issue 9, session 23): invented digest entries that reproduce the PHRASING
PATTERNS of real published case review summaries (an NSPCC case reviews update of 2025, a repository month of 2024, Welsh child practice reviews and single unified
safeguarding reviews 2025, Scottish learning reviews 2024, Northern Irish case management reviews 2023, a 2023 "recently published" page, a 2024 list and a 2026 update by months), never
their text: every child, family, place and sentence below is made up. The truth was written with the
entries, before the first run. Renders input/* and truth/{truth,items}.tsv (score.py digests format)."""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
# one renderer for both sets: realistic-phrasings/render.py, given this folder (and so this entries.py)
sys.exit(subprocess.call([sys.executable, os.path.join(HERE, "..", "realistic-phrasings", "render.py"), HERE]))
