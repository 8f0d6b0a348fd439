"""Before/after comparison of two language-ID models on the same held-out rows (issue 13, item 2).

  /usr/bin/python3 training/calibration/rows.py --data ../shared/data --out training/.work/cal2 --only lid \
      --lid-labels CANDIDATE/lid/model.json
  node_modules/.bin/node training/calibration/predict.mjs training/.work/cal2 lid            # bundled model
  mv training/.work/cal2/lid.probs.f32 ... ; EDGE_AI_MODELS_DIR=CANDIDATE node ... predict.mjs  # candidate
  /usr/bin/python3 training/lid/compare.py --rows training/.work/cal2/lid.jsonl \
      --before training/.work/cal2/before --after training/.work/cal2/after --out training/.work/cal2/compare

Each of --before/--after holds lid.probs.f32 and lid.labels.json written by predict.mjs. Writes compare.json and
compare.md: accuracy per source and length on the labels both models know (the no-regression check), per-language
accuracy of the new labels and on 1- and 2-word text, and confusion inside the close-language clusters.
"""

import argparse
import json
import math
import os
from collections import defaultdict

import numpy as np

CLUSTERS = [['bos', 'hrv', 'srp', 'slv'], ['ind', 'zsm', 'jav', 'sun'], ['dan', 'nob', 'nno', 'swe'], ['ces', 'slk'],
            ['bel', 'rus', 'ukr'], ['glg', 'por', 'spa', 'cat', 'oci', 'ast'], ['afr', 'nld', 'ltz', 'deu'],
            ['hin', 'mar', 'npi'], ['urd', 'pes', 'pbt', 'snd'], ['tgl', 'ceb'], ['zul', 'xho'], ['sot', 'tsn'],
            ['ara', 'arz', 'arq'], ['kaz', 'kir', 'tat'], ['tgk', 'pes'], ['sna', 'nya']]


def load(d, n):
    labels = json.load(open(os.path.join(d, 'lid.labels.json')))
    P = np.fromfile(os.path.join(d, 'lid.probs.f32'), dtype=np.float32).reshape(n, len(labels))
    pred = np.array([labels[i] for i in P.argmax(1)], dtype=object)
    pred[P.sum(1) == 0] = 'und'
    return labels, pred


def se(p, n):
    return math.sqrt(max(p * (1 - p), 1e-9) / max(n, 1))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--rows', required=True)
    ap.add_argument('--before', required=True)
    ap.add_argument('--after', required=True)
    ap.add_argument('--out', required=True)
    a = ap.parse_args()
    rows = [json.loads(l) for l in open(a.rows, encoding='utf-8') if l.strip()]
    lb, pb = load(a.before, len(rows))
    la, pa = load(a.after, len(rows))
    gold = np.array([r['lang3'] for r in rows], dtype=object)
    ev = np.array([r['role'] == 'eval' for r in rows])
    old = set(lb)
    new = sorted(set(la) - old)
    known = np.array([g in old for g in gold])
    src = np.array([r['source'] for r in rows], dtype=object)
    kind = np.array([r['kind'] for r in rows], dtype=object)
    out = {'labels_before': len(lb), 'labels_after': len(la), 'new_labels': new, 'existing': {}, 'new': {},
           'short_per_language': {}, 'clusters': {}}
    md = [f'Held-out rows (`eval` role), {len(lb)} → {len(la)} labels; new: {" ".join(new)}.', '',
          '### Existing labels (no-regression check; ± = one standard error of the difference)', '',
          '| source | length | n | before | after | Δ | ± |', '|---|---|---|---|---|---|---|']
    for s in sorted(set(src[ev])):
        for k in ('sentence', 'pair', 'word'):
            m = ev & known & (src == s) & (kind == k)
            n = int(m.sum())
            if not n:
                continue
            b, f = float((pb[m] == gold[m]).mean()), float((pa[m] == gold[m]).mean())
            e = math.sqrt(se(b, n) ** 2 + se(f, n) ** 2)
            out['existing'][f'{s}|{k}'] = {'n': n, 'before': round(b, 4), 'after': round(f, 4), 'se': round(e, 4)}
            md.append(f'| {s} | {k} | {n:,} | {100 * b:.1f}% | {100 * f:.1f}% | {100 * (f - b):+.1f} | {100 * e:.1f} |')
    md += ['', '### New labels (FLORES-200 / NTREX-128 test ids; the bundled model cannot output them)', '',
           '| lang | sentences | sentence | pair (2 words) | word (1 word) | most frequent wrong answer |',
           '|---|---|---|---|---|---|']
    for l in new:
        rec = {}
        for k in ('sentence', 'pair', 'word'):
            m = ev & (gold == l) & (kind == k)
            rec[k] = {'n': int(m.sum()), 'acc': round(float((pa[m] == l).mean()), 4) if m.any() else None}
        m = ev & (gold == l) & (pa != l)
        wrong = defaultdict(int)
        for p in pa[m]:
            wrong[p] += 1
        top = max(wrong.items(), key=lambda kv: kv[1]) if wrong else None
        rec['top_wrong'] = top
        out['new'][l] = rec
        f = lambda k: '—' if rec[k]['acc'] is None else f"{100 * rec[k]['acc']:.1f}%"
        md.append(f"| {l} | {rec['sentence']['n']} | {f('sentence')} | {f('pair')} | {f('word')} | "
                  f"{f'{top[0]} ({top[1]})' if top else '—'} |")
    md += ['', '### Short text per language (1 and 2 words, all held-out sources)', '',
           '| lang | n 1 word | 1 word before | 1 word after | n 2 words | 2 words before | 2 words after |',
           '|---|---|---|---|---|---|---|']
    for l in sorted(set(la)):
        rec = {}
        for k in ('word', 'pair'):
            m = ev & (gold == l) & (kind == k)
            rec[k] = (int(m.sum()), float((pb[m] == l).mean()) if m.any() else None,
                      float((pa[m] == l).mean()) if m.any() else None)
        out['short_per_language'][l] = rec
        f = lambda v: '—' if v is None else f'{100 * v:.1f}%'
        md.append(f"| {l} | {rec['word'][0]} | {f(rec['word'][1])} | {f(rec['word'][2])} | {rec['pair'][0]} | "
                  f"{f(rec['pair'][1])} | {f(rec['pair'][2])} |")
    md += ['', '### Close-language clusters (all held-out sources and lengths)', '',
           'Accuracy on the cluster\'s rows, and the confusions inside the cluster (gold→predicted: before / after).', '',
           '| cluster | n | accuracy before | after | confusions inside the cluster, before / after |', '|---|---|---|---|---|']
    for c in CLUSTERS:
        cs = [l for l in c if l in set(la)]
        m = ev & np.isin(gold, cs)
        n = int(m.sum())
        if not n:
            continue
        b, f = float((pb[m] == gold[m]).mean()), float((pa[m] == gold[m]).mean())
        conf = defaultdict(lambda: [0, 0])
        for g, x, y in zip(gold[m], pb[m], pa[m]):
            if x != g and x in cs:
                conf[f'{g}→{x}'][0] += 1
            if y != g and y in cs:
                conf[f'{g}→{y}'][1] += 1
        top = sorted(conf.items(), key=lambda kv: -(kv[1][0] + kv[1][1]))[:6]
        out['clusters']['/'.join(cs)] = {'n': n, 'before': round(b, 4), 'after': round(f, 4),
                                         'confusions': {k: v for k, v in top}}
        md.append(f"| {'/'.join(cs)} | {n:,} | {100 * b:.1f}% | {100 * f:.1f}% | "
                  + ', '.join(f'{k} {v[0]}/{v[1]}' for k, v in top) + ' |')
    os.makedirs(os.path.dirname(os.path.abspath(a.out)), exist_ok=True)
    json.dump(out, open(a.out + '.json', 'w'), indent=1, ensure_ascii=False)
    open(a.out + '.md', 'w').write('\n'.join(md) + '\n')
    print('\n'.join(md[:40]))


if __name__ == '__main__':
    main()
