#!/usr/bin/env python3
"""Held-out set "realistic phrasings 14" (issue 9, session 25): invented digest entries that reproduce the PHRASING
PATTERNS of real published case review summaries (a 2026 case reviews update, a 2025 list with "Background:" and "Key issues:",
Welsh reviews 2026, Scottish learning reviews 2026, Northern Irish case management reviews 2026, a February 2026
repository month, a 2026 partnership page and a winter 2026 update), never their text: every child, family, place and
sentence below is made up. The truth was written with the
entries, before the first run. Renders input/* and truth/{truth,items}.tsv (score.py digests format)."""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
# one renderer for both sets: realistic-phrasings/render.py, given this folder (and so this entries.py)
sys.exit(subprocess.call([sys.executable, os.path.join(HERE, "..", "realistic-phrasings", "render.py"), HERE]))
