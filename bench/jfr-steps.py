#!/usr/bin/env python3
"""JFR CPU samples by job step and thread: bench/jfr-steps.py FILE.jfr OUTPUT_DIR [STEP [THREAD [N [FILTER]]]]

Places each jdk.ExecutionSample in the step whose window holds it (OUTPUT_DIR's run-summary.json: "start", then
each step's "seconds" in order; before "start" is the start-up) and prints the samples per step and thread group
(numbers dropped: "extract-#"). With STEP (a step name, or "start-up"), prints for that step's samples (of thread
group THREAD only, when given and not "-") the N (default 25) frames most often on top (self) and the N methods
most often anywhere on the stack whose name holds FILTER (default "org.casereview"; inclusive).
"""
import collections
import datetime
import json
import os
import re
import subprocess
import sys

path, out_dir = sys.argv[1], sys.argv[2]
want_step = sys.argv[3] if len(sys.argv) > 3 else None
want_thread = sys.argv[4] if len(sys.argv) > 4 and sys.argv[4] != '-' else None
n = int(sys.argv[5]) if len(sys.argv) > 5 else 25
wanted = sys.argv[6] if len(sys.argv) > 6 else 'org.casereview'

summary = json.load(open(os.path.join(out_dir, 'run-summary.json')))
start = datetime.datetime.fromisoformat(summary['start'][:26])
windows = [('start-up', None, start)]
t = start
for step in summary['steps']:
    end = t + datetime.timedelta(seconds=step['seconds'])
    windows.append((step['name'], t, end))
    t = end
windows.append(('after the steps', t, None))
day = start.date()


def step_of(when):
    for name, begin, end in windows:
        if (begin is None or when >= begin) and (end is None or when < end):
            return name
    return '?'


text = subprocess.run(['jfr', 'print', '--stack-depth', '200', '--events', 'jdk.ExecutionSample', path],
                      capture_output=True, text=True, check=True).stdout
per_step = collections.defaultdict(collections.Counter)
self_time, inclusive, chosen = collections.Counter(), collections.Counter(), 0
for event in text.split('jdk.ExecutionSample')[1:]:
    when = re.search(r'startTime = (\d\d:\d\d:\d\d\.\d+)', event)
    thread = re.search(r'sampledThread = "([^"]*)"', event)
    frames = re.findall(r'^\s+([\w.$<>]+)\(', event, re.M)
    if not when or not thread or not frames:
        continue
    clock = datetime.datetime.combine(day, datetime.time.fromisoformat(when.group(1)))
    group = re.sub(r'(?<=-)[0-9]+$|#[0-9]+|(?<=worker-)[0-9]+', '#', thread.group(1))
    step = step_of(clock)
    per_step[step][group] += 1
    if step == want_step and (want_thread is None or group == want_thread):
        chosen += 1
        self_time[frames[0]] += 1
        for frame in set(frames):
            if wanted in frame:
                inclusive[frame] += 1
for name, _, _ in windows:
    groups = per_step.get(name, {})
    print(f"{name:22s} {sum(groups.values()):6d}  " + ', '.join(f'{g} {c}' for g, c in
                                                            collections.Counter(groups).most_common(8)))
if want_step:
    print(f"\n{chosen} samples in {want_step}" + (f" on {want_thread}" if want_thread else ''))
    print('self:')
    for frame, count in self_time.most_common(n):
        print(f"  {count:5d} {100 * count / max(chosen, 1):5.1f}%  {frame}")
    print(f'inclusive ({wanted}):')
    for frame, count in inclusive.most_common(n):
        print(f"  {count:5d} {100 * count / max(chosen, 1):5.1f}%  {frame}")
