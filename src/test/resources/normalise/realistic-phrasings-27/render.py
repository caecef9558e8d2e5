#!/usr/bin/env python3
"""Held-out set "realistic phrasings 27" (issue 9, session 38): invented digest entries that reproduce the PHRASING
PATTERNS of real published case review summaries (a partnership page telling each child by a chosen name and a few
words of who they were, a list told in the passive with the harm last, a list naming the child's and the parents'
conditions by clinical words only, a page of negated and historic risk factors, a list of children's own behaviour
beside the harm done to them, a list of dates as school years and seasons with care told by legal orders, a list in
the NSPCC's "The case: ... Key issues:" and slide styles with the area only in the title, and a list of combined
reviews of unrelated children), never their text: every child, family, place and sentence is made up.
The truth was written with the entries, before the first run. Renders input/* and truth/{truth,items}.tsv (score.py
digests format)."""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
# one renderer for every set: realistic-phrasings/render.py, given this folder (and so this entries.py)
sys.exit(subprocess.call([sys.executable, os.path.join(HERE, "..", "realistic-phrasings", "render.py"), HERE]))
