"""Trains the semantic cache's verifier (packages/core/src/cache/verifier.ts): a tiny MLP over pair features.

Why dev pairs and not train pairs: the embedder was trained on the train pairs and remembers them (paraphrase
cosine 0.92 on train, 0.74 on dev), so a verifier fit on train pairs would trust the cosine far too much. The dev
pairs are split in two halves (alternating rows within each source, language and kind; STS-B rows stay aligned
across its translations) and cross-fit: one ensemble is fit on half A and scores half B, one is fit on half B and
scores half A, so every dev pair gets a score from a model that never saw it. The probability threshold is chosen on
these out-of-fold scores of all dev pairs by the embedder's rule (the lowest threshold at which every language with
>= 100 different pairs has a false-hit rate <= 0.01, the false-hit guard applied). The shipped verifier is both
ensembles together (logits averaged). The test pairs are never read.

Features come from the TypeScript code the cache runs (training/embed/verifier_features.ts), so they need no
Python copy; the parity fixture checks the TypeScript forward pass against this one.

Usage (from the repo root):
  node_modules/.bin/node --conditions=@edge-ai/source training/embed/verifier_features.ts PAIRS/dev.jsonl WORK/dev
  python3 training/embed/verifier.py WORK/dev packages/models [--hidden 8] [--members 5] [--min-cosine 0.7] [--fit-cosine 0.5]
"""

import hashlib
import json
import sys
from pathlib import Path

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.set_num_threads(1)

FEATURES = [
    'cosine', 'word_jaccard', 'word_in_stored', 'word_in_asked', 'char3_jaccard', 'char3_in_stored', 'char3_in_asked',
    'bigram_jaccard', 'length_ratio', 'log_length', 'unmatched_stored', 'unmatched_asked', 'unmatched_share', 'cjk',
    'negation_difference', 'substituted',
]
MIN_LANG_NEGATIVES = 100
MAX_FALSE_HITS = 0.01
NEGATIVE_WEIGHT = 3.0  # a false hit costs more than a miss
WEIGHT_DECAY = 1e-3


def load(prefix):
    rows = [json.loads(line) for line in open(f'{prefix}.rows.jsonl', encoding='utf-8')]
    x = np.fromfile(f'{prefix}.features.f32', dtype=np.float32).reshape(len(rows), -1)
    if x.shape[1] != len(FEATURES):
        raise SystemExit(f'{prefix}: {x.shape[1]} features, expected {len(FEATURES)} ({",".join(FEATURES)})')
    return rows, x


def halves(rows):
    """0/1 per row: alternating within each (source, lang, kind)."""
    seen, out = {}, []
    for r in rows:
        k = (r.get('source'), r['lang'], r.get('kind'))
        out.append(seen.get(k, 0) % 2)
        seen[k] = seen.get(k, 0) + 1
    return np.array(out)


def fit(x, y, hidden, seed, mean, scale):
    torch.manual_seed(seed)
    xt = torch.tensor((x - mean) / scale, dtype=torch.float32)
    yt = torch.tensor(y, dtype=torch.float32)
    model = nn.Sequential(nn.Linear(x.shape[1], hidden), nn.ReLU(), nn.Linear(hidden, 1)) if hidden else nn.Linear(x.shape[1], 1)
    opt = torch.optim.LBFGS(model.parameters(), max_iter=300, line_search_fn='strong_wolfe')
    w = torch.where(yt > 0, torch.tensor(1.0), torch.tensor(NEGATIVE_WEIGHT))

    def closure():
        opt.zero_grad()
        loss = F.binary_cross_entropy_with_logits(model(xt).squeeze(1), yt, weight=w)
        loss = loss + WEIGHT_DECAY * sum((p ** 2).sum() for n, p in model.named_parameters() if n.endswith('weight'))
        loss.backward()
        return loss

    opt.step(closure)
    return model


def ensemble(x, y, hidden, seeds, mean, scale):
    """MLPs fit from several seeds (one standardization), their logits averaged."""
    return merge([weights_json(fit(x, y, hidden, s, mean, scale), mean, scale, hidden) for s in seeds], hidden)


def merge(members, hidden):
    """Members with one standardization, logits averaged: the same one-hidden-layer form (hidden layers side by
    side, output weights divided by the number of members), with less seed-to-seed variance than one MLP."""
    out = dict(members[0])
    if hidden:
        out['hidden'] = {'w': sum((m['hidden']['w'] for m in members), []), 'b': sum((m['hidden']['b'] for m in members), [])}
    out['out'] = {
        'w': sum(([w / len(members) for w in m['out']['w']] for m in members), []) if hidden else list(np.mean([m['out']['w'] for m in members], 0)),
        'b': float(np.mean([m['out']['b'] for m in members])),
    }
    return out


def weights_json(model, mean, scale, hidden):
    layers = [m for m in model.modules() if isinstance(m, nn.Linear)]
    out = layers[-1]
    return {
        'features': FEATURES,
        'mean': [float(v) for v in mean],
        'scale': [float(v) for v in scale],
        'hidden': {
            'w': layers[0].weight.detach().tolist() if hidden else [],
            'b': layers[0].bias.detach().tolist() if hidden else [],
        },
        'out': {'w': out.weight.detach()[0].tolist(), 'b': float(out.bias.detach()[0])},
    }


def forward(wj, x):
    """The forward pass verifier.ts runs, in numpy (float64)."""
    z = (x - np.array(wj['mean'])) / np.array(wj['scale'])
    if wj['hidden']['w']:
        z = np.maximum(0, z @ np.array(wj['hidden']['w']).T + np.array(wj['hidden']['b']))
    return 1 / (1 + np.exp(-(z @ np.array(wj['out']['w']) + wj['out']['b'])))


def rates(accept, y, lang):
    """Pooled hit / false-hit rates and the worst false-hit rate over languages with enough different pairs."""
    langs = [l for l in sorted(set(lang)) if ((lang == l) & (y == 0)).sum() >= MIN_LANG_NEGATIVES]
    worst = max(accept[(lang == l) & (y == 0)].mean() for l in langs)
    return float(accept[y == 1].mean()), float(accept[y == 0].mean()), float(worst)


def choose_threshold(p, y, lang):
    for t in np.concatenate([np.arange(0.01, 0.9, 0.01), np.arange(0.9, 1.0, 0.001)]):
        hit, fh, worst = rates(p >= t, y, lang)
        if worst <= MAX_FALSE_HITS:
            return round(float(t), 3), hit, fh, worst
    raise SystemExit('no threshold keeps every language at <= 1 % false hits')


def main():
    prefix, models = sys.argv[1], Path(sys.argv[2])
    arg = lambda k, d: type(d)(sys.argv[sys.argv.index(k) + 1]) if k in sys.argv else d  # noqa: E731
    hidden, min_cos, fit_cos = arg('--hidden', 8), arg('--min-cosine', 0.7), arg('--fit-cosine', 0.5)
    members = arg('--members', 5)
    rows, x = load(prefix)
    y = np.array([r['same'] for r in rows])
    guard = np.array([r['guard'] for r in rows])
    lang = np.array([r['lang'] for r in rows])
    half = halves(rows)
    cos = x[:, 0]
    # Fit on guard-approved pairs from a lower cosine than the runtime floor: more negatives to learn from.
    usable = guard & (cos >= fit_cos)
    mean, scale = x[usable].mean(0), x[usable].std(0) + 1e-6
    parts, oof = [], np.zeros(len(rows))
    for k in (0, 1):
        fit_rows = usable & (half == k)
        part = ensemble(x[fit_rows], y[fit_rows], hidden, range(k * members, (k + 1) * members), mean, scale)
        parts.append(part)
        other = half != k
        oof[other] = np.where(guard & (cos >= min_cos), forward(part, x.astype(np.float64)), 0.0)[other]
    wj = merge(parts, hidden)
    t, hit, fh, worst = choose_threshold(oof, y, lang)
    # The cosine rule on the same pairs, for comparison.
    base = None
    for ct in np.arange(0.5, 1.0, 0.005):
        r = rates(guard & (cos >= ct), y, lang)
        if r[2] <= MAX_FALSE_HITS:
            base = (round(float(ct), 3), *r)
            break
    onnx = (models / 'models/embed/model.onnx').read_bytes()
    wj = {'embedder': 'embed-' + hashlib.sha256(onnx).hexdigest()[:8], **wj, 'threshold': t, 'minCosine': min_cos}
    report = {
        'fit': {'rows': int(usable.sum()), 'positives': int(y[usable].sum()), 'hidden': hidden, 'members_per_half': members, 'fit_cosine': fit_cos},
        'dev_out_of_fold': {'threshold': t, 'hit_rate': round(hit, 4), 'false_hit_rate': round(fh, 4), 'worst_lang_false_hit_rate': round(worst, 4)},
        'cosine_rule_dev': dict(zip(['threshold', 'hit_rate', 'false_hit_rate', 'worst_lang_false_hit_rate'], [round(v, 4) for v in base])) if base else None,
    }
    accept = oof >= t
    report['dev_out_of_fold']['by_lang'] = {
        l: [round(float(accept[(lang == l) & (y == 1)].mean()), 3), round(float(accept[(lang == l) & (y == 0)].mean()), 4)]
        for l in sorted(set(lang))
    }
    print(json.dumps(report), flush=True)
    out = models / 'models/embed/verifier.json'
    wj['trained'] = report
    out.write_text(json.dumps(wj) + '\n')
    # Parity fixture: features and this forward pass's probabilities for 24 dev rows of both labels.
    pick = list(np.where(y == 1)[0][:12]) + list(np.where(y == 0)[0][:12])
    fixture = [{'features': [float(v) for v in x[i]], 'probability': float(forward(wj, x[i:i + 1].astype(np.float64))[0])} for i in pick]
    (models / 'test/fixtures/verifier-parity.json').write_text(json.dumps(fixture, indent=1) + '\n')
    print(f'wrote {out}', flush=True)


if __name__ == '__main__':
    main()
