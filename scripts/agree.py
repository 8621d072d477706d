#!/usr/bin/env python3
"""scripts/agree.py A.jsonl B.jsonl [--show N]: how often two prediction files (batch output) give the same verdict
and the same answer text, matched by id; --show N lists the first N ids whose verdicts differ."""
import json, sys
a = {json.loads(l)['id']: json.loads(l) for l in open(sys.argv[1])}
b = {json.loads(l)['id']: json.loads(l) for l in open(sys.argv[2])}
ids = [i for i in a if i in b]
same = sum(a[i].get('verdict') == b[i].get('verdict') for i in ids)
ans = sum(a[i].get('answer') == b[i].get('answer') for i in ids)
print(f"AGREE verdict {same}/{len(ids)} = {same/len(ids):.4f}  answer text {ans}/{len(ids)} = {ans/len(ids):.4f}")
show = int(sys.argv[sys.argv.index('--show') + 1]) if '--show' in sys.argv else 0
for i in [i for i in ids if a[i].get('verdict') != b[i].get('verdict')][:show]:
    print(i, a[i].get('verdict'), '->', b[i].get('verdict'), a[i].get('topic'))
