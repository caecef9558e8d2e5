#!/usr/bin/env python3
"""CPU seconds per JVM thread of one process, compiler threads included (JFR's samples show none of them).

    bench/thread-cpu.py MARKER OUTFILE &     then start the java process; MARKER is a word of its command line

Waits (up to 2 minutes) for a java process whose command line holds MARKER, reads /proc/PID/task/*/stat every
0.2 s until it exits, and writes the CPU (user + system) of each thread group (names with their numbers
dropped: "C2 CompilerThre", "extract-#", "GC Thread#") and the total. A thread that ends between two reads
loses up to 0.2 s: short-lived threads (one per report partition) are under-counted, long-lived ones are not.
"""
import collections
import os
import re
import sys
import time

marker, outfile = sys.argv[1], sys.argv[2]
hz = os.sysconf('SC_CLK_TCK')


def find_java():
    for p in os.listdir('/proc'):
        if not p.isdigit():
            continue
        try:
            args = open(f'/proc/{p}/cmdline', 'rb').read().decode(errors='replace').split('\0')
        except OSError:
            continue
        if args and os.path.basename(args[0]) == 'java' and any(marker in a for a in args):
            return p
    return None


pid, give_up = None, time.time() + 120
while pid is None and time.time() < give_up:
    pid = find_java()
    time.sleep(0.05)
seen = {}
while pid and os.path.exists(f'/proc/{pid}'):
    try:
        tasks = os.listdir(f'/proc/{pid}/task')
    except OSError:
        break
    for t in tasks:
        try:
            stat = open(f'/proc/{pid}/task/{t}/stat').read()
        except OSError:
            continue
        name = stat[stat.index('(') + 1:stat.rindex(')')]
        fields = stat[stat.rindex(')') + 2:].split()
        seen[t] = (name, (int(fields[11]) + int(fields[12])) / hz)
    time.sleep(0.2)
groups = collections.Counter()
for name, cpu in seen.values():
    groups[re.sub(r'(?<=[a-z])[0-9]+$|(?<=-)[0-9]+$|#[0-9]+', '#', name)] += cpu
with open(outfile, 'w') as out:
    for name, cpu in groups.most_common():
        out.write(f'{cpu:7.2f} {name}\n')
    out.write(f'{sum(groups.values()):7.2f} TOTAL\n')
