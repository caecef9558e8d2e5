#!/usr/bin/env python3
"""Held-out set "realistic phrasings 23" (issue 9, session 34): invented digest entries that reproduce the PHRASING
PATTERNS of real published case review summaries (an April 2026 repository month, an autumn 2026 update with
headline titles, thematic and several-children reviews, a page in American spelling and abbreviations, a list whose
ages are dates of birth or stages, a partnership's local reviews, an update in euphemisms and a list of relative
dates), never their text: every child, family, place and sentence is made up. The set leans on harm told in the
passive with the perpetrator first, incidents over several years, dates relative to a death, ages as a date of birth
or a stage, unborn babies, concealment and stillbirth, children harmed abroad or moved between areas, thematic reviews,
harm by another child, fabricated or induced illness, FGM, honour-based abuse and forced marriage, euphemisms, parents
with learning disabilities, coercive control, "misuse of substances", poor home conditions and hoarding, headline
titles and abbreviations.
The truth was written with the entries, before the first run. Renders input/* and truth/{truth,items}.tsv (score.py
digests format)."""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
# one renderer for every set: realistic-phrasings/render.py, given this folder (and so this entries.py)
sys.exit(subprocess.call([sys.executable, os.path.join(HERE, "..", "realistic-phrasings", "render.py"), HERE]))
