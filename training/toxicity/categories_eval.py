"""Held-out figures of the category heads (categories.py): per category, pooled and per source / language on the test
splits, on the tier-B sources never trained on, and on the behavioural templates (synth.py EVAL). F1 at the
category's stored threshold (max F1 on validation). Writes categories-metrics.json next to the checkpoints and prints
the Markdown tables of the model card.

/usr/bin/python3 training/toxicity/categories_eval.py --work /tmp/tox-categories --variants frozen,bag8,bag16
"""

import argparse
import json
import os
import pickle
import sys

import numpy as np
import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import category_data as C  # noqa: E402
from categories import label_arrays, probs  # noqa: E402
from categories_export import load_head  # noqa: E402
from model import auc, f1_at  # noqa: E402


def groups(rows, y, m, p, cal, key, overall=None):
    """Per category and group: n, positives, AUC and F1 of the category head; `score_auc`: AUC of the overall
    toxicity score on the same rows (what a category rule would get from the binary model alone)."""
    out = {}
    for k, c in enumerate(C.CATEGORIES):
        by = {}
        for i, r in enumerate(rows):
            if m[i, k]:
                by.setdefault(key(r), []).append(i)
        res = {}
        for g, idx in sorted(by.items()):
            yy, pp = y[idx, k], p[idx, k]
            res[g] = {'n': len(idx), 'pos': int(yy.sum()), 'auc': auc(yy, pp), 'f1': f1_at(yy, pp, cal[c]['threshold'])}
            if overall is not None:
                res[g]['score_auc'] = auc(yy, overall[idx])
        out[c] = res
    return out


def fmt(v):
    return '—' if v is None or (isinstance(v, float) and np.isnan(v)) else f'{v:.3f}'


def table(title, res, lang_of=None):
    """Long format: one row per category and group that has both classes."""
    lines = [f'\n{title}\n', '| category | group | n | positives | AUC category head | AUC overall score | F1 at the cut |',
             '|---|---|---|---|---|---|---|']
    for c in C.CATEGORIES:
        for g, r in sorted(res[c].items()):
            if 0 < r['pos'] < r['n']:
                name = f'{g} ({lang_of[g]})' if lang_of and g in lang_of else g
                lines.append(f"| {c} | {name} | {r['n']:,} | {r['pos']:,} | {fmt(r['auc'])} | {fmt(r.get('score_auc'))} | {fmt(r['f1'])} |")
    return '\n'.join(lines)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--work', required=True)
    ap.add_argument('--variants', default='bag8')
    args = ap.parse_args()
    torch.set_num_threads(1)
    with open(os.path.join(args.work, 'prepared.pkl'), 'rb') as f:
        P = pickle.load(f)
    test = [i for i, r in enumerate(P['rows']) if r[4] == 'test']
    rows = [P['rows'][i] for i in test]
    feats = [P['rows_feats'][i] for i in test]
    base = tuple(x[test] for x in P['rows_base'])
    y, m = label_arrays(rows)
    ey, em = label_arrays(P['ext'])
    metrics = {}
    for v in args.variants.split(','):
        head, cal, config = load_head(args.work, v)
        p = probs(head, cal, feats, base)
        pe = probs(head, cal, P['ext_feats'], P['ext_base'])
        pb = probs(head, cal, P['behav_feats'], P['behav_base'])
        ov, ove = base[2], P['ext_base'][2]
        res = {
            'pooled': groups(rows, y, m, p, cal, lambda r: 'pooled', ov),
            'source': groups(rows, y, m, p, cal, lambda r: r[2], ov),
            'lang': groups(rows, y, m, p, cal, lambda r: r[3], ov),
            'external': groups(P['ext'], ey, em, pe, cal, lambda r: r[2], ove),
            'external_lang': groups(P['ext'], ey, em, pe, cal, lambda r: r[3], ove),
            'behavioural': {},
        }
        for k, c in enumerate(C.CATEGORIES):
            by = {}
            for i, r in enumerate(P['behav']):
                by.setdefault(r[5], []).append(float(pb[i, k]))
            res['behavioural'][c] = {g: {'n': len(s), 'mean': float(np.mean(s)), 'above_thr': int(sum(x >= cal[c]['threshold'] for x in s))} for g, s in sorted(by.items())}
        metrics[v] = {'config': config, 'cal': cal, **res}
        print(f'\n## variant {v} {config}')
        langs = {}
        for r in list(rows) + list(P['ext']):
            langs.setdefault(r[2], set()).add(r[3])
        lang_of = {k: ', '.join(sorted(v)) for k, v in langs.items()}
        print(table('Test splits of the training sources, pooled and per source', {c: {'pooled': res['pooled'][c]['pooled'], **res['source'][c]} for c in C.CATEGORIES}, lang_of))
        print(table('Test splits per language', res['lang']))
        print(table('Tier-B sources, never trained on (all rows)', res['external'], lang_of))
        print('\nBehavioural templates: mean probability (rows at or above the threshold / n)\n')
        cats = sorted({g for c in C.CATEGORIES for g in res['behavioural'][c]})
        print('| template kind | ' + ' | '.join(C.CATEGORIES) + ' |')
        print('|---|' + '---|' * len(C.CATEGORIES))
        for g in cats:
            print(f'| {g} | ' + ' | '.join(f"{res['behavioural'][c][g]['mean']:.2f} ({res['behavioural'][c][g]['above_thr']}/{res['behavioural'][c][g]['n']})" for c in C.CATEGORIES) + ' |')
    with open(os.path.join(args.work, 'categories-metrics.json'), 'w') as f:
        json.dump(metrics, f, indent=1)


if __name__ == '__main__':
    main()
