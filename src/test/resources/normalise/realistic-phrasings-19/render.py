#!/usr/bin/env python3
"""Held-out set "realistic phrasings 19" (issue 9, session 30): invented digest entries that reproduce the PHRASING
PATTERNS of real published case review summaries (a summer 2026 update, a 2024 list with "Background:", Welsh child
practice reviews, Scottish learning reviews, Northern Irish case management reviews, an August 2026 repository month, a
partnership's local reviews and an autumn 2026 update), never their text: every child, family, place and sentence is
made up. The set leans on kinship carers (whose past and health are not the parents'), a child told of through an older
sibling or cousin harmed by someone else, several children of one family in one entry, ages in months, weeks, school
years or a date of birth, outcomes told late or indirectly, harm ruled out, services whose names look like risk
factors, years of the review, trial, inquest or publication beside the incident's, and an area named only as the
partnership or a town in it. The truth was written with the entries, before the first run. Renders input/* and
truth/{truth,items}.tsv (score.py digests format)."""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
# one renderer for every set: realistic-phrasings/render.py, given this folder (and so this entries.py)
sys.exit(subprocess.call([sys.executable, os.path.join(HERE, "..", "realistic-phrasings", "render.py"), HERE]))
