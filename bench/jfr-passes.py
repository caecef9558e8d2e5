#!/usr/bin/env python3
"""CPU samples of the extract step grouped by pass: bench/jfr-passes.py FILE.jfr [ROOT [THREAD]]

Takes the jdk.ExecutionSample events with ROOT on the stack (default ReportExtractor.extractWithItems; of threads
whose name starts with THREAD only, when given, e.g. "extract-") and puts each in one pass, by the outermost frame
that names one: PDFBox's own work (its content engine, its writePage, its per-glyph bookkeeping) apart from our
stripper's hooks and page passes, our other readers (outline, structure tree, blank pages), the metadata, and each
pass of the analysis by the method of ours ReportAnalyser.analyse (or its sections / bodyLines) called it through.
Prints samples and shares per pass, then per group (floor / stripper / readers / analysis)."""
import collections
import re
import subprocess
import sys

path = sys.argv[1]
root = sys.argv[2] if len(sys.argv) > 2 else "ReportExtractor.extractWithItems"
thread = sys.argv[3] if len(sys.argv) > 3 else None
text = subprocess.run(["jfr", "print", "--stack-depth", "400", "--events", "jdk.ExecutionSample", path],
                      capture_output=True, text=True, check=True).stdout

OURS = "org.casereview."
STRIPPER = "org.casereview.etl.report.PositionedTextStripper."
# session 34: writeUprightWord (a word of an upright page, read from pdf.GlyphRows)
FRAGMENTS = (STRIPPER + "writeString", STRIPPER + "writeWord", STRIPPER + "writeUprightWord")
# the report's opener (report.PdfOpener until session 30, then report.ReportPdfFile over pdf.PdfOpener)
OPENERS = ("PdfOpener.open", "ReportPdfFile.open")


def short(frame):
    return frame.replace("org.casereview.etl.", "").replace("org.apache.pdfbox.", "pdfbox.")


def ours_below(frames, i, skip=()):
    """The first frame of ours called (directly or through JDK/stream frames) below frames[i] (root-first list)."""
    for f in frames[i + 1:]:
        if f.startswith(OURS) and not any(s in f for s in skip) and "$$Lambda" not in f and ".lambda$" not in f:
            return f
    return None


def bucket(frames):
    """frames: root first."""
    names = frames
    for i, f in enumerate(names):
        if f.endswith("ReportExtractor.read") or f.endswith(OPENERS) and "read" not in " ".join(names[:i]):
            break
    else:
        i = -1
    joined = "\n".join(names)
    if "ReportAnalyser.analyse" in joined:
        k = next(j for j, f in enumerate(names) if f.endswith("ReportAnalyser.analyse"))
        for j in range(k, len(names)):
            f = names[j]
            if f.endswith("ReportAnalyser.sections") or f.endswith("ReportAnalyser.bodyLines"):
                below = ours_below(names, j, skip=("ReportAnalyser.",))
                return "analysis", short(f).split(".")[-1] + ": " + (short(below) if below else "(self)")
        below = ours_below(names, k, skip=("ReportAnalyser.",))
        return "analysis", short(below) if below else "ReportAnalyser (self)"
    if "MetadataReader.read" in joined:
        return "analysis", "MetadataReader"
    if any(f.endswith(OPENERS) for f in names):
        return "readers", "PdfOpener.open"
    if any(f.endswith("OutlineReader.read") for f in names):
        return "readers", "OutlineReader"
    if any(f.endswith("LayoutReader.read") for f in names):
        return "readers", "LayoutReader (structure tree)"
    if any(f.endswith("ReportExtractor.blankPages") for f in names):
        return "readers", "blank pages"
    if any(f.endswith("PDDocument.close") for f in names):
        return "floor", "PDDocument.close"
    if not any(f.startswith(STRIPPER) for f in names):
        return "other", short(ours_below(names, 0) or names[-1])
    # inside our stripper: the outermost of these decides
    for j, f in enumerate(names):
        if f == STRIPPER + "endPage":
            below = ours_below(names, j, skip=("PositionedTextStripper.",))
            return "stripper", "endPage: " + (short(below) if below else "(self)")
        if f in FRAGMENTS:
            return "stripper", "writeString/writeRun (fragments)"
        if f == STRIPPER + "writePage":
            rest = names[j + 1:]
            # session 33: writeWord (called through pdf.StripperWords) took writeString's place
            if any(r in FRAGMENTS for r in rest):
                return "stripper", "writeString/writeRun (fragments)"
            if rest and rest[0].startswith(OURS):
                return "stripper", "writePage: " + short(rest[0])
            return "floor", "PDFBox writePage (words, lines, bidi)"
        if f == STRIPPER + "processTextPosition":
            rest = names[j + 1:]
            if rest and rest[0].startswith("org.apache.pdfbox.text.PDFTextStripper.processTextPosition"):
                return "floor", "PDFBox processTextPosition (glyph bookkeeping)"
            return "stripper", "processTextPosition hooks: " + (short(rest[0]) if rest else "(self)")
        if f == STRIPPER + "processPage":
            rest = names[j + 1:]
            if rest and rest[0].startswith(OURS):
                return "stripper", "processPage: " + short(rest[0])
        if f == STRIPPER + "startPage":
            return "stripper", "startPage"
        if f == STRIPPER + "damage":
            return "stripper", "damage check"
    # operators of ours (unseen glyphs, drawn bullets, paths) called by PDFBox's engine
    last = max(j for j, f in enumerate(names) if f.startswith(STRIPPER))
    for f in names[last + 1:]:
        if f.startswith(OURS) and "PositionedTextStripper" not in f:
            return "stripper", "operators/engine hooks: " + short(f).rsplit(".", 1)[0]
    return "floor", "PDFBox engine (content, glyphs, fonts)"


samples, under = 0, 0
passes, groups = collections.Counter(), collections.Counter()
for event in text.split("jdk.ExecutionSample")[1:]:
    if thread:
        m = re.search(r'sampledThread = "([^"]*)"', event)
        if not m or not m.group(1).startswith(thread):
            continue
    frames = re.findall(r"^\s+([\w.$<>]+)\(", event, re.M)
    if not frames:
        continue
    samples += 1
    frames = frames[::-1]
    if not any(f.endswith(root) for f in frames):
        continue
    under += 1
    group, name = bucket(frames[next(j for j, f in enumerate(frames) if f.endswith(root)):])
    passes[(group, name)] += 1
    groups[group] += 1
print(f"{under} of {samples} samples under {root}" + (f" (threads {thread}*)" if thread else ""))
for g, c in groups.most_common():
    print(f"{g:10s} {c:6d} {100 * c / max(under, 1):5.1f}%")
print()
for (g, name), c in passes.most_common():
    if 100 * c / max(under, 1) >= 0.2:
        print(f"{100 * c / max(under, 1):5.1f}%  {c:5d}  {g:9s} {name}")
