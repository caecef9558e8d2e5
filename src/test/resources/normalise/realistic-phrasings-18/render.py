#!/usr/bin/env python3
"""Held-out set "realistic phrasings 18" (issue 9, session 29): invented digest entries that reproduce the PHRASING
PATTERNS of real published case review summaries (a summer 2026 update, a 2023 list with "Background:" and "Issues
identified include:", Welsh child practice reviews, Scottish learning reviews, Northern Irish case management reviews, a
June 2026 repository month, a partnership's local reviews and an autumn 2026 update), never their text: every child,
family, place and sentence is made up. The set leans on a parent's past told with an age the child has not reached,
flags an adult can carry, a perpetrator's sex given by a relation, other people's deaths beside the child's, the child
named late, the years of earlier and later steps, and words of harm, care and outcome real summaries use. The truth was
written with the entries, before the first run. Renders input/* and truth/{truth,items}.tsv (score.py digests format)."""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
# one renderer for every set: realistic-phrasings/render.py, given this folder (and so this entries.py)
sys.exit(subprocess.call([sys.executable, os.path.join(HERE, "..", "realistic-phrasings", "render.py"), HERE]))
