#!/usr/bin/env python3
"""The start-up's CPU of a job, by thread group: starts the command, waits for the job's first log line (discovery's
first 'Found ...': the job repository is ready and the first step lists the input), reads /proc/PID/task/*/stat at
that moment, and stops the process (a start-up probe, not a run).

    bench/startup-cpu.py LOG COMMAND...     e.g. JAVA_OPTS=-Xmx256m bench/startup-cpu.py /tmp/x.log bin/casereview-etl run ...

Prints one line: the wall from process start to that line, the process's user + system CPU, and the CPU of the
thread groups (names with their numbers dropped, as bench/thread-cpu.py groups them). The command must exec java
(bin/casereview-etl does) so that its process is the JVM. The CPU is exact under load (the kernel's counts); the wall
is not.
"""
import collections
import os
import re
import signal
import subprocess
import sys
import time

hz = os.sysconf('SC_CLK_TCK')
log, command = sys.argv[1], sys.argv[2:]
t0 = time.time()
with open(log, 'w') as out:
    process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT)


def first_line_seen():
    try:
        with open(log, errors='replace') as f:
            return any(re.match(r'\d\d:\d\d:\d\d\.\d+ INFO ', line) for line in f)
    except OSError:
        return False


while process.poll() is None and not first_line_seen():
    time.sleep(0.01)
wall = time.time() - t0
groups = collections.Counter()
pid = process.pid
for t in os.listdir(f'/proc/{pid}/task') if process.poll() is None else []:
    try:
        stat = open(f'/proc/{pid}/task/{t}/stat').read()
    except OSError:
        continue
    name = stat[stat.index('(') + 1:stat.rindex(')')]
    fields = stat[stat.rindex(')') + 2:].split()
    groups[re.sub(r'(?<=[a-z])[0-9]+$|(?<=-)[0-9]+$|#[0-9]+', '#', name)] += (int(fields[11]) + int(fields[12])) / hz
if process.poll() is None:
    process.send_signal(signal.SIGKILL)
process.wait()
top = ' '.join(f'{name}={cpu:.2f}' for name, cpu in groups.most_common(8))
print(f'wall {wall:.2f} s cpu {sum(groups.values()):.2f} s | {top}')
