#!/usr/bin/env python3
"""CPU seconds of each step of one job run (the job log gives wall seconds only).

    bench/step-cpu.py OUTPUT_DIR -- java ... run --input IN --output OUTPUT_DIR ...

Starts the command, reads the process's CPU (user + system, every thread: JIT and GC included) from
/proc/PID/stat every 0.05 s, and after it exits places the steps on that timeline from OUTPUT_DIR's
run-summary.json ("start", then each step's "seconds" in order). Prints each step's wall and CPU
seconds and the whole process's CPU. Steps that follow each other closely share the odd 0.05 s.
"""
import bisect
import datetime
import json
import os
import subprocess
import sys
import time

out_dir = sys.argv[1]
command = sys.argv[sys.argv.index('--') + 1:]
hz = os.sysconf('SC_CLK_TCK')
process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
times, cpus = [], []
while process.poll() is None:
    try:
        fields = open(f'/proc/{process.pid}/stat').read().rsplit(')', 1)[1].split()
        cpus.append((int(fields[11]) + int(fields[12])) / hz)
        times.append(time.time())
    except (OSError, IndexError):
        pass
    time.sleep(0.05)
summary = json.load(open(os.path.join(out_dir, 'run-summary.json')))


def cpu_at(t):
    i = bisect.bisect_left(times, t)
    if i <= 0:
        return cpus[0]
    if i >= len(times):
        return cpus[-1]
    t0, t1, c0, c1 = times[i - 1], times[i], cpus[i - 1], cpus[i]
    return c0 + (c1 - c0) * (t - t0) / (t1 - t0)


start = datetime.datetime.fromisoformat(summary['start'][:26]).timestamp()
print(f"{'start-up':22s} {start - times[0]:6.2f} s wall {cpu_at(start):6.2f} s cpu")
t = start
for step in summary['steps']:
    end = t + step['seconds']
    print(f"{step['name']:22s} {step['seconds']:6.2f} s wall {cpu_at(end) - cpu_at(t):6.2f} s cpu")
    t = end
print(f"{'after the steps':22s} {times[-1] - t:6.2f} s wall {cpus[-1] - cpu_at(t):6.2f} s cpu")
print(f"{'process':22s} {times[-1] - times[0]:6.2f} s wall {cpus[-1]:6.2f} s cpu (last read before exit)")
