#!/usr/bin/env python3
"""CPU seconds of each thread group in each step of one job run (JIT and GC threads included).

    bench/step-threads.py OUTPUT_DIR [STEP ...] -- java ... run --input IN --output OUTPUT_DIR ...

Starts the command, reads /proc/PID/task/*/stat every 0.1 s, and after it exits places the steps on that timeline
from OUTPUT_DIR's run-summary.json ("start", then each step's "seconds" in order), as bench/step-cpu.py does. Prints
each step's wall, its CPU and the CPU of each thread group in it (names with their numbers dropped: "extract-#",
"C2 CompilerThre", "GC Thread#"); with STEP names, those steps only. A thread's CPU between two reads is spread
evenly over them; a thread that ends between two reads loses up to 0.1 s. A step whose wall is near its busiest
thread's CPU waits on that thread; one whose CPU is near twice its wall keeps both cores busy.
"""
import collections
import datetime
import json
import os
import re
import subprocess
import sys
import time

out_dir = sys.argv[1]
split = sys.argv.index('--')
wanted = set(sys.argv[2:split])
command = sys.argv[split + 1:]
hz = os.sysconf('SC_CLK_TCK')
process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
reads = []  # (time, {thread id: (group, cpu seconds)})
while process.poll() is None:
    now, threads = time.time(), {}
    try:
        for t in os.listdir(f'/proc/{process.pid}/task'):
            try:
                stat = open(f'/proc/{process.pid}/task/{t}/stat').read()
            except OSError:
                continue
            name = stat[stat.index('(') + 1:stat.rindex(')')]
            fields = stat[stat.rindex(')') + 2:].split()
            group = re.sub(r'(?<=[a-z])[0-9]+$|(?<=-)[0-9]+$|#[0-9]+', '#', name)
            threads[t] = (group, (int(fields[11]) + int(fields[12])) / hz)
    except OSError:
        pass
    reads.append((now, threads))
    time.sleep(0.1)
summary = json.load(open(os.path.join(out_dir, 'run-summary.json')))


def cpu_in(begin, end):
    """CPU of each thread group between two times (each interval's CPU spread evenly over it)."""
    groups = collections.Counter()
    for (t0, before), (t1, after) in zip(reads, reads[1:]):
        overlap = min(t1, end) - max(t0, begin)
        if overlap <= 0 or t1 <= t0:
            continue
        for tid, (group, cpu) in after.items():
            gained = cpu - before.get(tid, (group, 0.0))[1]
            groups[group] += gained * overlap / (t1 - t0)
    return groups


start = datetime.datetime.fromisoformat(summary['start'][:26]).timestamp()
windows = [('start-up', reads[0][0], start)]
t = start
for step in summary['steps']:
    windows.append((step['name'], t, t + step['seconds']))
    t += step['seconds']
windows.append(('after the steps', t, reads[-1][0]))
for name, begin, end in windows:
    if wanted and name not in wanted:
        continue
    groups = cpu_in(begin, end)
    busy = ', '.join(f'{g} {c:.2f}' for g, c in groups.most_common() if c >= 0.05)
    print(f'{name:22s} {end - begin:6.2f} s wall {sum(groups.values()):6.2f} s cpu: {busy}')
