#!/usr/bin/env python3
"""Deterministic train/dev/test split of the team's labeled pairs, by story.

Reads Evaluation/data/team/*.jsonl and writes Evaluation/data/team-{train,dev,test}.jsonl.
A story (`doc`) goes to one side only: test when md5(doc) % 10 is 0 or 1, dev when
it is 2, train otherwise (about 70/10/20). One-off data work: not part of the package.
Run from the repository root: python3 Evaluation/scripts/split.py
"""
import glob, hashlib, json, os

def side(doc):
    h = int(hashlib.md5(doc.encode()).hexdigest(), 16) % 10
    return 'test' if h in (0, 1) else 'dev' if h == 2 else 'train'

out = {'train': [], 'dev': [], 'test': []}
for path in sorted(glob.glob('Evaluation/data/team/*.jsonl')):
    for line in open(path, encoding='utf-8'):
        if line.strip():
            out[side(json.loads(line)['doc'])].append(line.rstrip('\n'))
for name, lines in out.items():
    with open(f'Evaluation/data/team-{name}.jsonl', 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines) + '\n')
    print(name, len(lines))
