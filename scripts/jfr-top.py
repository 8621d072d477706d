#!/usr/bin/env python3
"""scripts/jfr-top.py SAMPLES.txt [K]: the hottest frames of a JFR recording's execution samples.

SAMPLES.txt is `jfr print --events jdk.ExecutionSample --stack-depth 64 REC.jfr`. Prints, as shares of all samples:
the top frame of each sample (where the CPU was), the package of that frame, and the first org.symqa frame on the
stack (which part of symqa asked for the work)."""
import collections
import re
import sys

top, pkg, first = collections.Counter(), collections.Counter(), collections.Counter()
samples = 0
stack, inside = [], False


def flush():
    global samples
    if stack:
        samples += 1
        top[stack[0]] += 1
        pkg[stack[0].rsplit('.', 2)[0]] += 1
        s = next((f for f in stack if f.startswith('org.symqa.')), None)
        if s:
            first[s] += 1


for line in open(sys.argv[1], encoding='utf-8'):
    if line.startswith('jdk.ExecutionSample'):
        flush()
        stack, inside = [], False
    elif 'stackTrace = [' in line:
        inside = True
    elif inside:
        s = line.strip()
        if s.startswith(']'):
            inside = False
        else:
            m = re.match(r'([\w$.<>]+)\(', s)
            if m:
                stack.append(m.group(1))
flush()
k = int(sys.argv[2]) if len(sys.argv) > 2 else 15
print(f'{samples} samples')
for title, counts in (('top frame', top), ('package of the top frame', pkg), ('first org.symqa frame', first)):
    print(title + ':')
    for name, c in counts.most_common(k):
        print(f'  {100 * c / samples:5.1f}%  {name}')
