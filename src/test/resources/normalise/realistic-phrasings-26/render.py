#!/usr/bin/env python3
"""Held-out set "realistic phrasings 26" (issue 9, session 37): invented digest entries that reproduce the PHRASING
PATTERNS of real published case review summaries (a November 2026 repository month of Scottish learning reviews, a page of Northern Ireland case
management reviews, a list of Welsh child practice reviews with ages and numbers in words, a partnership's list naming
several relatives and professionals with ages, a page of harm told only in legal words and inquests, a list of babies,
siblings and adults with different outcomes, a list of near misses and lasting injuries with ages by birth year, and a
page giving the child's ethnicity or religion as context), never their text: every child, family, place and sentence is made up.
The truth was written with the entries, before the first run. Renders input/* and truth/{truth,items}.tsv (score.py
digests format)."""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
# one renderer for every set: realistic-phrasings/render.py, given this folder (and so this entries.py)
sys.exit(subprocess.call([sys.executable, os.path.join(HERE, "..", "realistic-phrasings", "render.py"), HERE]))
