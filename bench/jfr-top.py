#!/usr/bin/env python3
"""Top frames of a Java Flight Recorder file's CPU samples (jdk.ExecutionSample).

    bench/jfr-top.py FILE.jfr [N] [FILTER]

Prints the N (default 25) methods most often on top of the stack (self time), the N methods most
often anywhere on the stack (inclusive time; FILTER, default "org.casereview", limits this list
to methods whose name contains it), and each share of all samples.
"""
import collections
import re
import subprocess
import sys

path = sys.argv[1]
n = int(sys.argv[2]) if len(sys.argv) > 2 else 25
wanted = sys.argv[3] if len(sys.argv) > 3 else "org.casereview"
text = subprocess.run(["jfr", "print", "--stack-depth", "200", "--events", "jdk.ExecutionSample", path],
                      capture_output=True, text=True, check=True).stdout
self_time, inclusive = collections.Counter(), collections.Counter()
samples = 0
for event in text.split("jdk.ExecutionSample")[1:]:
    frames = re.findall(r"^\s+([\w.$<>]+)\(", event, re.M)
    if not frames:
        continue
    samples += 1
    self_time[frames[0]] += 1
    for frame in set(frames):
        if wanted in frame:
            inclusive[frame] += 1
print(f"{samples} CPU samples in {path}")
print(f"\nself (top of stack):")
for frame, count in self_time.most_common(n):
    print(f"  {100 * count / samples:5.1f}%  {frame}")
print(f"\ninclusive ({wanted}):")
for frame, count in inclusive.most_common(n):
    print(f"  {100 * count / samples:5.1f}%  {frame}")
