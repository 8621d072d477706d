#!/usr/bin/env python3
"""scripts/jfr-alloc.py ALLOC.txt [K]: where a JFR recording's sampled allocation went.

ALLOC.txt is `jfr print --events jdk.ObjectAllocationSample --stack-depth 20 REC.jfr`. Prints the bytes the samples
stand for (their weights, an estimate of all allocation) in all, then the K largest shares by class, by the first
org.symqa frame on the stack (which part of symqa asked for the memory), and by allocation site (the class and the
first four frames)."""
import collections
import re
import sys

UNIT = {'bytes': 1, 'byte': 1, 'kB': 1e3, 'MB': 1e6, 'GB': 1e9}
k = int(sys.argv[2]) if len(sys.argv) > 2 else 25
by_class, by_first, by_site = collections.Counter(), collections.Counter(), collections.Counter()
total = 0.0
cls, weight, stack, inside = None, 0.0, [], False


def flush():
    global total
    if cls is None:
        return
    total += weight
    by_class[cls] += weight
    by_first[next((f for f in stack if f.startswith('org.symqa.')), '(no symqa frame)')] += weight
    by_site[cls + ' <- ' + ' <- '.join(stack[:4])] += weight


for line in open(sys.argv[1], encoding='utf-8'):
    s = line.strip()
    if s.startswith('jdk.ObjectAllocationSample'):
        flush()
        cls, weight, stack, inside = None, 0.0, [], False
    elif s.startswith('objectClass ='):
        cls = s.split('=', 1)[1].split('(')[0].strip()
    elif s.startswith('weight ='):
        value, unit = s.split('=', 1)[1].split()
        weight = float(value) * UNIT[unit]
    elif s.startswith('stackTrace = ['):
        inside = True
    elif inside and s == ']':
        inside = False
    elif inside:
        stack.append(re.sub(r'\(.*', '', s))
flush()
print(f'{total / 1e9:.1f} GB sampled')
for title, counter in (('class', by_class), ('first symqa frame', by_first), ('site', by_site)):
    print(title + ':')
    for key, value in counter.most_common(k):
        print(f'  {100 * value / total:5.1f}%  {value / 1e9:6.2f} GB  {key[:200]}')
