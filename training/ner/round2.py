"""Writes the "Round 2" section of models/ner/MODEL_CARD.md (between <!-- ner-round2:start/end --> markers): held-out
figures of the previous bundled model and the round-2 candidate per source and per language, PERSON P/R next to the
overall F1, from training/.work/ner-heldout.json (heldout.py), and false entities on the everyday-prompt sets from
`edge-ai eval utility --json` outputs saved as training/.work/ner-utility-<run>-<set>.json.
  /usr/bin/python3 training/ner/round2.py --before v5 --after r2 --note training/.work/ner-round2-note.md"""

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


def delta_rows(before, after, keys, label):
    head = (f'| {label} | tier | gold (PER) | F1 before | F1 after | PER R before | PER R after | PER P before | '
            'PER P after |')
    out = [head, '|' + '---|' * 9]
    for k in keys:
        b, a = before[k], after[k]
        tier = a.get('tier', '')
        out.append(f"| {k} | {tier} | {a['n']:,} ({a['per_n']:,}) | {f3(b['f1'])} | **{f3(a['f1'])}** | "
                   f"{f3(b['per_r'])} | **{f3(a['per_r'])}** | {f3(b['per_p'])} | **{f3(a['per_p'])}** |")
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
    ap.add_argument('--before', required=True)
    ap.add_argument('--after', required=True)
    ap.add_argument('--note', required=True, help='markdown file: the verdict and the recipe, written by hand')
    ap.add_argument('--card', default=CARD)
    args = ap.parse_args()
    res = json.load(open(os.path.join(WORK, 'ner-heldout.json')))
    before, after = res[args.before], res[args.after]
    L = ['## Round 2 (issue 13): ner/extra sources, PERSON recall', '', open(args.note).read().strip(), '',
         f'Held-out test splits, exact-span micro P/R/F1 (text = gold tokens joined by spaces); before = `{args.before}`, '
         f'after = `{args.after}`. Tier B sources are never trained on: for both models they are unseen sources.', '']
    src = after['source']
    keys = sorted(src, key=lambda k: (k.split('/')[0] not in ('wikiann', 'wnut17', 'sec', 'synthetic'), k))
    L += delta_rows(before['source'], src, keys, 'source')
    L += ['', 'Per language (all real test sets pooled; synthetic left out):', '']
    L += delta_rows(before['lang'], after['lang'], sorted(after['lang']), 'lang')
    L += ['', '| false entities | before | after |', '|---|---|---|',
          f"| entity-free dev sentences (Tatoeba/STS-B dev), spans per 100 | {before['neg_dev_fp_per_100']} | "
          f"{after['neg_dev_fp_per_100']} |"]
    for k in ('all', 'en', 'other'):
        L.append(f"| no-entity chat probe ({k}), spans per 100 | {before['probe'][k]} | {after['probe'][k]} |")
    ub, ua = utility(args.before), utility(args.after)
    for s in UTILITY_SETS:
        if ub and ua and s in ub and s in ua:
            for kind in ('found_per_100', 'changed_per_100'):
                for typ in ('PERSON', 'LOCATION', 'ORGANIZATION'):
                    b, a = (u[s]['overall'][kind].get(typ, 0) for u in (ub, ua))
                    L.append(f"| `edge-ai eval utility` {s} (n = {ua[s]['n']}): {typ} {kind} | {b:.1f} | {a:.1f} |")
    splice(args.card, 'ner-round2', '\n'.join(L))
    print('wrote', args.card)


if __name__ == '__main__':
    main()
