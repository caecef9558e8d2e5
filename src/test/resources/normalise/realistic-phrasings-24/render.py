#!/usr/bin/env python3
"""Held-out set "realistic phrasings 24" (issue 9, session 35): invented digest entries that reproduce the PHRASING
PATTERNS of real published case review summaries (a May 2026 repository month of harm by professionals and in
institutions, a spring 2026 update told from the family's side, a list of children missing from home or education,
home-educated, exploited through drugs or radicalised, a partnership's reviews of accidents, a page of medical neglect,
eating disorders and self-harm, a list of hedged outcomes and ages in words, a June 2026 repository month of care told
by its legal route, and a partnership's page of domestic homicides with child witnesses whose summaries name a city, a
county and a region), never their text: every child, family, place and sentence is made up.
The truth was written with the entries, before the first run. Renders input/* and truth/{truth,items}.tsv (score.py
digests format)."""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
# one renderer for every set: realistic-phrasings/render.py, given this folder (and so this entries.py)
sys.exit(subprocess.call([sys.executable, os.path.join(HERE, "..", "realistic-phrasings", "render.py"), HERE]))
