"""Writes the "Round 2" section of models/ner/MODEL_CARD.md (between <!-- ner-round2:start/end --> markers): held-out
figures of the previous bundled model and the round-2 candidate per source and per language, PERSON P/R next to the
overall F1, from training/.work/ner-heldout.json (heldout.py), and false entities on the everyday-prompt sets from
`edge-ai eval utility --json` outputs saved as training/.work/ner-utility-<run>-<set>.json.
  /usr/bin/python3 training/ner/round2.py --runs v5,r2,r2c,r2d --dev-runs v5,r2,r2c,r2d --note training/.work/ner-round2-note.md"""

import argparse
import importlib.util
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
WORK = os.path.join(HERE, '..', '.work')
CARD = os.path.join(HERE, '..', '..', 'packages', 'models', 'models', 'ner', 'MODEL_CARD.md')
UTILITY_SETS = ('everyday-prompts', 'everyday-prompts-holdout')


def splice(path, marker, body):
    spec = importlib.util.spec_from_file_location('calibrate', os.path.join(HERE, '..', 'calibration', 'calibrate.py'))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    mod.splice(path, marker, body)


def f3(x):
    return f'{x:.3f}'


def run_rows(figs, keys, label):
    """One row per key: gold counts, then F1, PER recall and PER precision of every run (first = before)."""
    out = [f'| {label} | tier | gold (PER) | F1 | PER recall | PER precision |', '|---|---|---|---|---|---|']
    for k in keys:
        last = figs[-1][k]

        def cells(m):
            return ' / '.join(f3(f[k][m]) if k in f else '—' for f in figs)

        out.append(f"| {k} | {last.get('tier', '')} | {last['n']:,} ({last['per_n']:,}) | {cells('f1')} | "
                   f"{cells('per_r')} | {cells('per_p')} |")
    return out


def dev_table(sel, runs):
    """Dev-split F1 (checkpoint choice), false spans on entity-free dev sentences and the chat probe per run."""
    keys = ['wikiann', 'wnut17', 'sec', 'synthetic', 'extra', 'lower']
    names = ['WikiANN val', 'WNUT-17 dev', 'SEC dev', 'synthetic dev', 'ner/extra Tier A dev', 'lower-cased dev',
             'mean of the six', 'lower-cased dev PER recall', 'neg FP/100', 'probe spans/100']
    out = ['Dev splits (the only figures used to choose checkpoints and runs; exact-span F1):', '',
           '| run | steps | ' + ' | '.join(names) + ' |', '|' + '---|' * (len(names) + 2)]
    for r in runs:
        v = sel[r]
        mean = sum(v['dev'][k] for k in keys) / len(keys)
        out.append(f"| {r} | {v['steps'] or 'bundled'} | " + ' | '.join(f3(v['dev'][k]) for k in keys) +
                   f" | {f3(mean)} | {f3(v['dev_per_r']['lower'])} | {v['neg_dev_fp_per_100']} | {v['probe']['all']} |")
    return out


def utility(run):
    """Entity figures of `edge-ai eval utility --json` per everyday-prompt set, or None when not measured."""
    out = {}
    for s in UTILITY_SETS:
        p = os.path.join(WORK, f'ner-utility-{run}-{s}.json')
        if os.path.exists(p):
            out[s] = json.load(open(p))
    return out or None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--runs', required=True, help='comma-separated: the bundled model first, then the candidates')
    ap.add_argument('--note', required=True, help='markdown file: the verdict and the recipe, written by hand')
    ap.add_argument('--dev-runs', default='', help='runs for the dev-split table (training/.work/ner-selection.json)')
    ap.add_argument('--card', default=CARD)
    args = ap.parse_args()
    runs = args.runs.split(',')
    res = json.load(open(os.path.join(WORK, 'ner-heldout.json')))
    figs = [res[r] for r in runs]
    order = ' / '.join(f'`{r}`' for r in runs)
    L = ['## Round 2 (issue 13): ner/extra sources, PERSON recall', '', open(args.note).read().strip(), '']
    if args.dev_runs:
        L += dev_table(json.load(open(os.path.join(WORK, 'ner-selection.json'))), args.dev_runs.split(',')) + ['']
    L += [f'Held-out test splits, exact-span micro P/R/F1 (text = gold tokens joined by spaces); every cell is {order}. '
          'Tier B sources are never trained on: for every model they are unseen sources.', '']
    src = figs[-1]['source']
    keys = sorted(src, key=lambda k: (k.split('/')[0] not in ('wikiann', 'wnut17', 'sec', 'synthetic'), k))
    L += run_rows([f['source'] for f in figs], keys, 'source')
    L += ['', f'Per language (all real test sets pooled; synthetic left out); {order}:', '']
    L += run_rows([f['lang'] for f in figs], sorted(figs[-1]['lang']), 'lang')
    L += ['', f'| false entities | {" | ".join(runs)} |', '|---|' + '---|' * len(runs),
          '| entity-free dev sentences (Tatoeba/STS-B dev), spans per 100 | '
          + ' | '.join(str(f['neg_dev_fp_per_100']) for f in figs) + ' |']
    for k in ('all', 'en', 'other'):
        L.append(f'| no-entity chat probe ({k}), spans per 100 | ' + ' | '.join(str(f['probe'][k]) for f in figs) + ' |')
    us = [utility(r) for r in runs]
    for s_ in UTILITY_SETS:
        for kind in ('found_per_100', 'changed_per_100'):
            for typ in ('PERSON', 'LOCATION', 'ORGANIZATION'):
                vals = [f"{u[s_]['overall'][kind].get(typ, 0):.1f}" if u and s_ in u else '—' for u in us]
                n = next((u[s_]['n'] for u in us if u and s_ in u), 0)
                L.append(f'| `edge-ai eval utility` {s_} (n = {n}): {typ} {kind} | ' + ' | '.join(vals) + ' |')
    splice(args.card, 'ner-round2', '\n'.join(L))
    print('wrote', args.card)


if __name__ == '__main__':
    main()
