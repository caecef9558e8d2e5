#!/usr/bin/env python3
"""Held-out set "realistic phrasings 16" (issue 9, session 27): invented digest entries that reproduce the PHRASING
PATTERNS of real published case review summaries (an autumn 2026 update, a 2025 list with "Background:" and "Key
issues:", Welsh child practice reviews, Scottish learning reviews, Northern Irish case management reviews, a March 2026
repository month, a partnership's local reviews and a summer 2026 update), never their text: every child, family, place
and sentence below is made up. The set leans on who a fact is about: another person's story told first, the child named
late, pronouns that switch between people, several children, adults' deaths and perpetrators' ages and sexes. The truth
was written with the entries, before the first run. Renders input/* and truth/{truth,items}.tsv (score.py digests
format)."""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
# one renderer for every set: realistic-phrasings/render.py, given this folder (and so this entries.py)
sys.exit(subprocess.call([sys.executable, os.path.join(HERE, "..", "realistic-phrasings", "render.py"), HERE]))
