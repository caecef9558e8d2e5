#!/usr/bin/env python3
"""Held-out set "realistic phrasings 17" (issue 9, session 28): invented digest entries that reproduce the PHRASING
PATTERNS of real published case review summaries (a winter 2026 update, a 2024 list with "Background:" and "Key
issues:", Welsh child practice reviews, Scottish learning reviews, Northern Irish case management reviews, a May 2026
repository month, a partnership's local reviews and a spring 2026 update), never their text: every child, family, place
and sentence is made up. The set leans on codes about someone else told by a pronoun or a later sentence, perpetrators'
own facts, other people's deaths beside the child's, the child named late with no sentence saying whom the review
concerns, and words of harm, care and outcome the rules had not met. The truth was written with the entries, before the
first run. Renders input/* and truth/{truth,items}.tsv (score.py digests format)."""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
# one renderer for every set: realistic-phrasings/render.py, given this folder (and so this entries.py)
sys.exit(subprocess.call([sys.executable, os.path.join(HERE, "..", "realistic-phrasings", "render.py"), HERE]))
