"""Variant selection for the toxicity model on validation data only (never the external test sources).

For one variant (JSON of model.CONFIG / train.OPTS overrides) it trains
  - the main model on all training splits and reports macro / pooled AUC and F1 on the in-source validation splits;
  - leave-one-source-out folds (a fixed subset, fewer epochs) and scores each left-out source's *validation* split.
Results: training/.work/toxicity-sel/<name>.json (resumable per fold).
/usr/bin/python3 training/toxicity/select.py NAME '{"lexicon": true}' --data ../shared/data
"""

import argparse
import json
import os
import sys

import numpy as np
import torch

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import data  # noqa: E402
import model as M  # noqa: E402
import train as T  # noqa: E402
from model import auc, best_threshold, f1_at, predict, sigmoid  # noqa: E402

WORK = os.path.normpath(os.path.join(HERE, '..', '.work'))
FOLDS = ['davidson', 'tweeteval-hate', 'tweeteval-offensive', 'germeval2018', 'delimit-English_2e', 'delimit-Spanish_8b',
         'delimit-Italian_5b']


def threshold_cv(res):
    """Mean F1 on each left-out validation split at (a) its fold's in-source validation threshold, (b) the threshold
    maximising F1 on the pooled LOSO validation predictions of the *other* left-out sources."""
    V = res['loso_val']
    a, b = [], []
    for s in V:
        y = [t[0] for t in V[s]]
        p = [t[1] for t in V[s]]
        oy = [t[0] for k in V if k != s for t in V[k]]
        op = [t[1] for k in V if k != s for t in V[k]]
        a.append(res['loso'][s]['f1'])
        b.append(f1_at(y, p, best_threshold(oy, op)))
    ay = [t[0] for k in V for t in V[k]]
    ap = [t[1] for k in V for t in V[k]]
    return {'f1_fold_thr': float(np.mean(a)), 'f1_cv_loso_thr': float(np.mean(b)), 'loso_thr': best_threshold(ay, ap)}


def main():
    if sys.argv[1] == '--summarize':
        for fn in sorted(os.listdir(os.path.join(WORK, 'toxicity-sel'))):
            if fn.endswith('.json'):
                path = os.path.join(WORK, 'toxicity-sel', fn)
                r = json.load(open(path))
                if 'summary' in r:
                    r['threshold_cv'] = threshold_cv(r)
                    json.dump(r, open(path, 'w'), indent=1)
                    print(fn[:-5], json.dumps(r['config']), {k: round(v, 4) for k, v in r['summary'].items()},
                          {k: round(v, 4) for k, v in r['threshold_cv'].items()})
        return
    ap = argparse.ArgumentParser()
    ap.add_argument('name')
    ap.add_argument('config')
    ap.add_argument('--data', default='/work/shared/data')
    ap.add_argument('--epochs', type=int, default=3)
    ap.add_argument('--loso-epochs', type=int, default=2)
    ap.add_argument('--folds', default=','.join(FOLDS))
    args = ap.parse_args()
    torch.set_num_threads(1)
    cfg = json.loads(args.config)
    # variants are relative to the original recipe (no lexicon features, in-source validation threshold)
    for k, v in {'lexicon': False, 'lex_entry': True, 'threshold': 'val', **cfg}.items():
        if k in M.CONFIG:
            M.CONFIG[k] = v
        elif k in T.OPTS:
            T.OPTS[k] = v
        else:
            raise SystemExit(f'unknown option {k}')
    work = os.path.join(WORK, 'toxicity-sel', args.name)
    os.makedirs(work, exist_ok=True)
    out_path = os.path.join(WORK, 'toxicity-sel', f'{args.name}.json')
    res = json.load(open(out_path)) if os.path.exists(out_path) else {'config': cfg, 'loso': {}, 'loso_val': {}}
    save = lambda: json.dump(res, open(out_path, 'w'), indent=1)  # noqa: E731
    P = T.prepare(args.data, os.path.join(WORK, 'toxicity'))
    rows = P['rows']
    sources = sorted({r[2] for r in rows})
    raw = data.load_lexicon(args.data)
    if 'main' not in res:
        tr = [i for i, r in enumerate(rows) if r[4] == 'train']
        lex = T.build_lexicon(raw, rows, tr) if T.OPTS['lexicon'] else None
        if lex:
            T.log(f'lexicon: {len(lex[0])} entries, {len(lex[1])} without stem matching')
        FE = T.featurize_all(P, os.path.join(WORK, 'toxicity'), lex)
        model, cal = T.run('main', P, sources, None, args.epochs, work, FE['feats'])
        va = [i for i, r in enumerate(rows) if r[4] == 'val']
        macro, lg = T.macro_auc(model, FE['feats'], rows, va)
        p = sigmoid(cal['a'] * lg + cal['b'])
        y = [rows[i][1] for i in va]
        res['main'] = {'val_macro_auc': macro, 'val_auc': auc(y, p), 'val_f1': f1_at(y, p, cal['threshold']),
                       'threshold': cal['threshold'], 'history': cal['history']}
        save()
        T.log(f'[{args.name}] main {res["main"]}')
    for s in args.folds.split(','):
        if s in res['loso']:
            continue
        tr = [i for i, r in enumerate(rows) if r[4] == 'train' and r[2] != s]
        lex = T.build_lexicon(raw, rows, tr) if T.OPTS['lexicon'] else None
        FE = T.featurize_all(P, os.path.join(WORK, 'toxicity'), lex, cache=lex is None)
        m, c = T.run(f'loso-{s}', P, sources, s, args.loso_epochs, work, FE['feats'])
        vs = [i for i, r in enumerate(rows) if r[2] == s and r[4] == 'val']
        p = sigmoid(c['a'] * predict(m, [FE['feats'][i] for i in vs]) + c['b'])
        y = [rows[i][1] for i in vs]
        res['loso'][s] = {'n': len(y), 'auc': auc(y, p), 'f1': f1_at(y, p, c['threshold']), 'thr': c['threshold'],
                          'f1_oracle': f1_at(y, p, best_threshold(y, p))}
        res['loso_val'][s] = [[int(a), round(float(b), 5)] for a, b in zip(y, p)]
        save()
        T.log(f'[{args.name}] LOSO-val {s}: {res["loso"][s]}')
        os.remove(os.path.join(work, f'loso-{s}.pt'))
    L = res['loso']
    res['summary'] = {
        'val_macro_auc': res['main']['val_macro_auc'], 'val_auc': res['main']['val_auc'], 'val_f1': res['main']['val_f1'],
        'loso_mean_auc': float(np.mean([v['auc'] for v in L.values()])),
        'loso_mean_f1': float(np.mean([v['f1'] for v in L.values()])),
    }
    res['threshold_cv'] = threshold_cv(res)
    save()
    T.log(f'[{args.name}] summary {res["summary"]} {res["threshold_cv"]}')


if __name__ == '__main__':
    main()
