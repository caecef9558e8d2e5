#!/usr/bin/env python3
"""Held-out set "realistic phrasings 15" (issue 9, session 26): invented digest entries that reproduce the PHRASING
PATTERNS of real published case review summaries (a spring 2026 update, Welsh joint and concise reviews, Scottish
learning reviews, a partnership's rapid review summaries, a 2025 list with "Background:" and "Key issues:", a January
2026 repository month, Northern Irish case management reviews and a winter 2026 update), never their text: every child,
family, place and sentence below is made up. The truth was written with the entries, before the first run. Renders
input/* and truth/{truth,items}.tsv (score.py digests format)."""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
# one renderer for every set: realistic-phrasings/render.py, given this folder (and so this entries.py)
sys.exit(subprocess.call([sys.executable, os.path.join(HERE, "..", "realistic-phrasings", "render.py"), HERE]))
