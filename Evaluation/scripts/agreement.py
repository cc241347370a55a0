#!/usr/bin/env python3
"""Inter-annotator agreement (Cohen's kappa) of the double-labeled samples.

One-off data work, not part of the package. Prints a markdown report.
Run from the repository root: python3 Evaluation/scripts/agreement.py
"""
import collections, json, os

LABELS = {'stance': ['firm', 'hedged', 'refused', 'none'], 'sentiment': ['negative', 'neutral', 'positive']}

def kappa(pairs, labels):
    c = collections.Counter(pairs)
    n = sum(c.values())
    po = sum(c[(l, l)] for l in labels) / n
    pa = {l: sum(c[(l, x)] for x in labels) / n for l in labels}
    pb = {l: sum(c[(x, l)] for x in labels) / n for l in labels}
    pe = sum(pa[l] * pb[l] for l in labels)
    f1 = []
    for l in labels:
        tp = c[(l, l)]; fp = sum(c[(x, l)] for x in labels) - tp; fn = sum(c[(l, x)] for x in labels) - tp
        p = tp / (tp + fp) if tp + fp else 0; r = tp / (tp + fn) if tp + fn else 0
        f1.append(2 * p * r / (p + r) if p + r else 0)
    return n, po, (po - pe) / (1 - pe) if pe < 1 else 1.0, sum(f1) / len(f1), c

def table(title, pairs, labels):
    n, po, k, mf1, c = kappa(pairs, labels)
    out = [f'### {title}', '', f'{n} pairs; observed agreement {po:.3f}; Cohen\'s kappa **{k:.3f}**; '
           f'macro-F1 of the second annotator against the first {mf1:.3f}.', '',
           '| first \\ second | ' + ' | '.join(labels) + ' |', '|---|' + '---:|' * len(labels)]
    for g in labels:
        out.append(f'| {g} | ' + ' | '.join(str(c[(g, x)]) for x in labels) + ' |')
    return '\n'.join(out) + '\n'

def load(path, skip_header=False):
    lines = open(path, encoding='utf-8').read().splitlines()
    if skip_header: lines = lines[1:]
    return [json.loads(l) for l in lines if l.strip()]

print('# Inter-annotator agreement\n')
print('Samples labeled twice, independently, by the label guide '
      '(`../shared/guide/stance-labels.md`). Produced by `Evaluation/scripts/agreement.py`.\n')
first = {d['gid_hash']: d['stance'] for d in load('Evaluation/data/newsmtsc-stance.jsonl', True)}
second = load('Evaluation/data/newsmtsc-stance-second.jsonl', True)
print('## NewsMTSC-derived commitment stance\n')
print('A random sample of the labeled NewsMTSC targets (`newsmtsc-stance-second.jsonl`) against the '
      'first labels (`newsmtsc-stance.jsonl`).\n')
print(table('Stance', [(first[d['gid_hash']], d['stance']) for d in second], LABELS['stance']))
controls = load('Evaluation/data/newsmtsc-stance-2-controls.jsonl', True)
print('The second round of labels (`newsmtsc-stance-2.jsonl`, 2026-11-28, six other annotators) had '
      '240 targets of the first round mixed into its batches, unmarked, stratified toward the rarer '
      'labels (120 none, 60 firm, 40 hedged, 20 refused by the first labels): '
      '`newsmtsc-stance-2-controls.jsonl` against the first labels.\n')
print(table('Stance, second round against the first', [(first[d['gid_hash']], d['stance']) for d in controls], LABELS['stance']))
if os.path.exists('Evaluation/data/team-second.jsonl'):
    gold = {}
    for f in ['team-train', 'team-dev', 'team-test']:
        for d in load(f'Evaluation/data/{f}.jsonl'):
            gold[d['id']] = d
    second = load('Evaluation/data/team-second.jsonl')
    print('## Team-written pairs\n')
    print('A random sample of the team\'s train and dev pairs (`team-second.jsonl`) against the first labels.\n')
    print(table('Stance', [(gold[d['id']]['stance'], d['stance']) for d in second], LABELS['stance']))
    print(table('Sentiment', [(gold[d['id']]['sentiment'], d['sentiment']) for d in second], LABELS['sentiment']))
