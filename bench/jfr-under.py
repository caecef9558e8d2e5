#!/usr/bin/env python3
"""Callees of one method in a JFR file's CPU samples: bench/jfr-under.py FILE.jfr METHOD [N] [DEPTH]

For every sample with METHOD on the stack, counts the frames called (directly or not) below it,
DEPTH levels at most (default 3), as a share of the samples under METHOD."""
import collections
import re
import subprocess
import sys

path, method = sys.argv[1], sys.argv[2]
n = int(sys.argv[3]) if len(sys.argv) > 3 else 25
depth = int(sys.argv[4]) if len(sys.argv) > 4 else 3
text = subprocess.run(["jfr", "print", "--stack-depth", "200", "--events", "jdk.ExecutionSample", path],
                      capture_output=True, text=True, check=True).stdout
below, total, under = collections.Counter(), 0, 0
for event in text.split("jdk.ExecutionSample")[1:]:
    frames = re.findall(r"^\s+([\w.$<>]+)\(", event, re.M)
    if not frames:
        continue
    total += 1
    if method not in frames:
        continue
    under += 1
    i = frames.index(method)
    for frame in set(frames[max(0, i - depth):i]):
        below[frame] += 1
print(f"{under} of {total} samples ({100 * under / max(total, 1):.1f}%) under {method}")
for frame, count in below.most_common(n):
    print(f"  {100 * count / max(under, 1):5.1f}%  {frame}")
