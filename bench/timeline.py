#!/usr/bin/env python3
"""The timeline of one job run: when each step starts and ends, when the first report PDF is opened, and each
thread group's CPU in each slice of wall time (JIT and GC threads included).

    bench/timeline.py OUTPUT_DIR [SLICE_S] -- java ... run --input IN --output OUTPUT_DIR ...

Starts the command and reads /proc/PID/task/*/schedstat every 0.05 s; after it exits places the steps on that timeline
from OUTPUT_DIR's run-summary.json (as bench/step-threads.py does) and prints, from the process's start: each step's
start and end, the first read in which the early extraction's thread ("early-extract") or an extract worker
("extract-#") has CPU (the first report opened), then per
slice (default 0.25 s) the CPU of each thread group, the slice's total (2 cores: 2 x the slice at most) and how many
of the process's threads were runnable on average (their CPU plus their wait for a core, /proc/.../schedstat, over
the slice): on a loaded machine the CPU of a slice is not what a quiet one would give, but a runnable figure under
2 says a core of a quiet 2-core machine would idle then (each step's "idle core-s" sums 2 less that figure over its
reads). Slices of the extract step's steady middle are summed. The reads are kept in OUTPUT_DIR/timeline-reads.json.
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
slice_s = float(sys.argv[2]) if split > 2 else 0.25
command = sys.argv[split + 1:]
t0 = time.time()
process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
reads = []
names = {}
while process.poll() is None:
    now, threads = time.time(), {}
    try:
        for t in os.listdir(f'/proc/{process.pid}/task'):
            try:
                name = open(f'/proc/{process.pid}/task/{t}/comm').read().strip()
                run, wait = open(f'/proc/{process.pid}/task/{t}/schedstat').read().split()[:2]
            except (OSError, ValueError):
                continue
            names[t] = name
            group = re.sub(r'(?<=[a-z])[0-9]+$|(?<=-)[0-9]+$|#[0-9]+', '#', name)
            threads[t] = (group, int(run) / 1e9, int(wait) / 1e9)
    except OSError:
        pass
    reads.append((now, threads))
    time.sleep(0.05)
summary = json.load(open(os.path.join(out_dir, 'run-summary.json')))
with open(os.path.join(out_dir, 'timeline-reads.json'), 'w') as raw:
    json.dump({'t0': t0, 'reads': reads}, raw)


def cpu_in(begin, end, waits=None):
    """CPU of each thread group between two times (each interval's spread evenly over it); with a Counter for
    waits, the time its threads were runnable but waited for a core, added there."""
    groups = collections.Counter()
    for (a, before), (b, after) in zip(reads, reads[1:]):
        overlap = min(b, end) - max(a, begin)
        if overlap <= 0 or b <= a:
            continue
        for tid, (group, cpu, wait) in after.items():
            _, cpu0, wait0 = before.get(tid, (group, 0.0, 0.0))
            groups[group] += (cpu - cpu0) * overlap / (b - a)
            if waits is not None:
                waits[group] += (wait - wait0) * overlap / (b - a)
    return groups


start = datetime.datetime.fromisoformat(summary['start'][:26]).timestamp()
windows = [('start-up', t0, start)]
t = start
for step in summary['steps']:
    windows.append((step['name'], t, t + step['seconds']))
    t += step['seconds']
windows.append(('after the steps', t, reads[-1][0]))


def idle_in(begin, end):
    """Core-seconds a quiet 2-core machine would leave idle between two times: per read interval, 2 less the
    process's runnable threads (CPU plus wait for a core), when positive."""
    idle = 0.0
    for (a, before), (b, after) in zip(reads, reads[1:]):
        overlap = min(b, end) - max(a, begin)
        if overlap <= 0 or b <= a:
            continue
        wanted = sum(cpu + wait - before.get(tid, ('', 0.0, 0.0))[1] - before.get(tid, ('', 0.0, 0.0))[2]
                     for tid, (_, cpu, wait) in after.items())
        idle += max(0.0, 2 - wanted / (b - a)) * overlap
    return idle


for name, begin, end in windows:
    groups = cpu_in(begin, end)
    print(f'{name:22s} {begin - t0:6.2f} -> {end - t0:6.2f} s  cpu {sum(groups.values()):6.2f} s  '
          f'idle core-s {idle_in(begin, end):5.2f}')
for opener in ('early-extract', 'extract-#'):  # the first report opened: early (job.EarlyReports), else by a worker
    first = next((a for a, threads in reads if any(g == opener and c > 0 for g, c, _ in threads.values())), None)
    if first is not None:
        print(f'first {opener} CPU {first - t0:6.2f} s')
extract = next((w for w in windows if w[0] == 'extractReportsStep'), None)
total = collections.Counter()
total_waits = collections.Counter()
edge = 2.0
s = t0
middle = None
while s < reads[-1][0]:
    e = s + slice_s
    waited = collections.Counter()
    groups = cpu_in(s, e, waited)
    if extract and extract[1] + edge < s and e < extract[2] - edge:
        total.update(groups)
        total_waits.update(waited)
        middle = (middle[0] if middle else s, e)
        s = e
        continue
    if total:
        busy = ', '.join(f'{g} {c:.2f}' for g, c in total.most_common() if c >= 0.05)
        demand = (sum(total.values()) + sum(total_waits.values())) / (middle[1] - middle[0])
        print(f'   ... extract middle: cpu {sum(total.values()):6.2f} s runnable {demand:4.2f}: {busy}')
        total.clear()
    busy = ', '.join(f'{g} {c:.2f}' for g, c in groups.most_common() if c >= 0.01)
    demand = (sum(groups.values()) + sum(waited.values())) / slice_s
    print(f'{s - t0:6.2f}-{e - t0:6.2f} cpu {sum(groups.values()):5.2f} runnable {demand:4.2f}: {busy}')
    s = e
