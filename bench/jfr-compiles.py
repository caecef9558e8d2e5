#!/usr/bin/env python3
"""What the JIT compiled, from a JFR file's jdk.Compilation events (record them with no threshold, e.g. a .jfc that
enables only jdk.Compilation at 0 ms): bench/jfr-compiles.py FILE.jfr [FILTER]

Prints the compiles per level (count, compile wall, code size), C2's (level 4) by package, the methods C2 compiled
more than once, and every level-4 compile of a method whose name holds FILTER (default PositionedTextStripper), with
its kind (whole or OSR), code size and compile wall. Compile wall is the compiler thread's wall time: under load it
says how much C2 had to do only relative to another run under the same load (runs started together)."""
import collections
import re
import subprocess
import sys

path = sys.argv[1]
wanted = sys.argv[2] if len(sys.argv) > 2 else "PositionedTextStripper"
text = subprocess.run(["jfr", "print", "--events", "jdk.Compilation", path],
                      capture_output=True, text=True, check=True).stdout


def size_kb(value):
    number, unit = value.split()
    return float(number) * {"bytes": 1 / 1024, "kB": 1, "MB": 1024}[unit]


def millis(value):
    number, unit = value.split()
    return float(number) * {"ns": 1e-6, "us": 1e-3, "ms": 1, "s": 1000}[unit]


compiles = []
for event in text.split("jdk.Compilation {")[1:]:
    fields = dict(re.findall(r"^\s+(\w+) = (.*)$", event, re.M))
    if "method" not in fields:
        continue
    method = fields["method"].split("(")[0]
    compiles.append((method, int(fields["compileLevel"]), fields["isOsr"] == "true", size_kb(fields["codeSize"]),
                     millis(fields["duration"]), fields["succeded"] == "true"))

levels = collections.defaultdict(lambda: [0, 0.0, 0.0])
for method, level, osr, size, ms, ok in compiles:
    levels[level][0] += 1
    levels[level][1] += ms / 1000
    levels[level][2] += size / 1024
for level in sorted(levels):
    n, s, mb = levels[level]
    print(f"level {level}: {n:6d} compiles, {s:8.1f} s compile wall, {mb:6.2f} MB of code")


def package(method):
    for prefix, name in (("org.casereview", "ours"), ("org.h2", "H2"), ("org.apache.pdfbox", "PDFBox"),
                         ("org.apache.fontbox", "PDFBox"), ("java.util.regex", "regex"),
                         ("org.springframework", "Spring"), ("java.", "JDK"), ("jdk.", "JDK"), ("sun.", "JDK")):
        if method.startswith(prefix):
            return name
    return "other"


by_package = collections.defaultdict(lambda: [0, 0.0, 0.0])
per_method = collections.defaultdict(list)
for method, level, osr, size, ms, ok in compiles:
    if level == 4:
        p = by_package[package(method)]
        p[0] += 1
        p[1] += ms / 1000
        p[2] += size
        per_method[method].append((osr, size, ms))
print("\nC2 (level 4) by package: compiles, compile wall, code")
for name, (n, s, kb) in sorted(by_package.items(), key=lambda kv: -kv[1][1]):
    print(f"  {name:8s} {n:5d} {s:8.1f} s {kb / 1024:6.2f} MB")
again = {m: c for m, c in per_method.items() if len(c) > 1}
print(f"\nmethods C2 compiled more than once: {len(again)} ({sum(len(c) - 1 for c in again.values())} extra compiles)")
for m, c in sorted(again.items(), key=lambda kv: -sum(x[2] for x in kv[1]))[:20]:
    print(f"  {len(c)}x {sum(x[2] for x in c) / 1000:6.1f} s {sum(x[1] for x in c):7.1f} kB  {m}")
print(f"\nlevel-4 compiles of methods holding {wanted!r}:")
total = [0, 0.0, 0.0]
for method, level, osr, size, ms, ok in compiles:
    if level == 4 and wanted in method:
        total[0] += 1
        total[1] += ms / 1000
        total[2] += size
        print(f"  {'OSR  ' if osr else 'whole'} {size:7.1f} kB {ms / 1000:6.2f} s  {method}")
print(f"  total: {total[0]} compiles, {total[1]:.1f} s compile wall, {total[2]:.1f} kB")
