"""Calibration and per-language trust of the bundled models on held-out rows (issue 13, item 4).

  /usr/bin/python3 training/calibration/rows.py --data ../shared/data --out training/.work/cal
  node_modules/.bin/node training/calibration/predict.mjs training/.work/cal
  /usr/bin/python3 training/calibration/calibrate.py --work training/.work/cal \
      --models packages/models/models [--apply]

Reads the rows (role `fit` / `eval`) and the bundled models' outputs, measures reliability (expected calibration
error, ECE, 15 equal-width bins over the top-1 confidence) on the `eval` rows, fits a one-parameter map on the `fit`
rows only (language ID: a temperature factor per text length, 1 / 2 / 3+ words; toxicity: Platt a, b on the model's
logit), and writes:
- report.json and the card sections (calibration_<model>.md) under --work;
- with --apply: `calibration` into lid/model.json when the refit lowers the `eval` ECE within each length (row-weighted
  mean over sentences, pairs, words), into toxicity/meta.json when it lowers the pooled `eval` ECE,
  and models/trust.json (per-language trust table, read by modelTrust() / edgeLanguages() in @edge-ai/models).
"""

import argparse
import hashlib
import json
import math
import os
import sys
from collections import defaultdict

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..', 'lid'))
sys.path.insert(0, os.path.join(HERE, '..'))
from featurize import words  # noqa: E402
from metrics import auc  # noqa: E402,F401 (also imported from here by training/toxicity/compare.py)
from cards import lid_md, ner_md, splice, tox_md, trust_md_lid, trust_md_tox  # noqa: E402
from measures import (binary_ece, binary_reliability, ece, fit_platt, golden, logit, r4, reliability,  # noqa: E402
                      selective, sigmoid)
from trust_rules import MIN_N, TARGET, TOX_TARGET  # noqa: E402

# toxicity / NER language codes (ISO 639-1 and hi-en) -> language-ID labels
TO_LID = {'en': 'eng', 'de': 'deu', 'es': 'spa', 'fr': 'fra', 'it': 'ita', 'pt': 'por', 'pl': 'pol', 'ar': 'ara',
          'id': 'ind', 'nl': 'nld', 'ru': 'rus', 'zh': 'cmn', 'ko': 'kor', 'ja': 'jpn', 'tr': 'tur', 'da': 'dan',
          'hi': 'hin', 'el': 'ell', 'uk': 'ukr', 'he': 'heb', 'sv': 'swe', 'nb': 'nob', 'nn': 'nno', 'hr': 'hrv',
          'sk': 'slk', 'tl': 'tgl', 'hi-en': 'hin'}


def read_jsonl(path):
    with open(path, encoding='utf-8') as f:
        return [json.loads(l) for l in f if l.strip()]


# ---------------------------------------------------------------- language ID

def length_bucket(text):
    n = len(words(text))
    return '1' if n <= 1 else '2' if n == 2 else '3+'


def lid_rescale(logp, s):
    z = logp * s
    z = z - z.max(1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(1, keepdims=True)


def lid_section(work, models):
    rows = read_jsonl(os.path.join(work, 'lid.jsonl'))
    labels = json.load(open(os.path.join(work, 'lid.labels.json')))
    P = np.fromfile(os.path.join(work, 'lid.probs.f32'), dtype=np.float32).reshape(len(rows), len(labels))
    idx = {l: i for i, l in enumerate(labels)}
    gold = np.array([idx.get(r['lang3'], -1) for r in rows])  # -1: a label this model cannot output
    has = P.sum(1) > 0
    logp = np.log(np.maximum(P.astype(np.float64), 1e-30))
    bucket = np.array([length_bucket(r['text']) for r in rows])
    fit = np.array([r['role'] == 'fit' for r in rows]) & has & (gold >= 0)
    ev = np.array([r['role'] == 'eval' for r in rows])
    scales = {}
    for b in ('1', '2', '3+'):
        m = fit & (bucket == b)
        lp, y = logp[m], gold[m]

        def nll(s, lp=lp, y=y):
            q = lid_rescale(lp, s)
            return -float(np.log(np.maximum(q[np.arange(len(y)), y], 1e-12)).mean())
        scales[b] = round(golden(nll, 0.3, 3.0), 4)
    Q = P.copy().astype(np.float64)
    for b, s in scales.items():
        m = (bucket == b) & has
        Q[m] = lid_rescale(logp[m], s)
    pred = P.argmax(1)
    correct = (pred == gold) & has
    conf_old = np.where(has, P.max(1), 0.0)
    conf_new = np.where(has, Q.max(1), 0.0)
    out = {'labels': len(labels), 'scales_by_words': scales, 'n_fit': int(fit.sum()), 'n_eval': int(ev.sum()),
           'fit_sources': sorted({r['source'] for r, f in zip(rows, fit) if f})}
    groups = defaultdict(list)
    for i, r in enumerate(rows):
        if r['role'] == 'eval':
            groups[('all', 'all')].append(i)
            groups[(r['source'], 'all')].append(i)
            groups[(r['source'], r['kind'])].append(i)
            groups[('all', r['kind'])].append(i)
    out['ece'] = {f'{s}|{k}': {'n': len(ix), 'accuracy': r4(correct[ix].mean()), 'ece_before': r4(ece(conf_old[ix], correct[ix])),
                               'ece_after': r4(ece(conf_new[ix], correct[ix])),
                               'mean_conf_before': r4(conf_old[ix].mean()), 'mean_conf_after': r4(conf_new[ix].mean())}
                  for (s, k), ix in sorted(groups.items())}
    allix = groups[('all', 'all')]
    out['reliability_before'] = reliability(conf_old[allix], correct[allix])
    out['reliability_after'] = reliability(conf_new[allix], correct[allix])
    out['reliability_by_kind'] = {k: {'before': reliability(conf_old[groups[('all', k)]], correct[groups[('all', k)]]),
                                      'after': reliability(conf_new[groups[('all', k)]], correct[groups[('all', k)]])}
                                  for k in ('sentence', 'pair', 'word')}
    # the map is conditional on length, so judge it by the ECE within each length (row-weighted mean over sentence,
    # pair, word): the pooled ECE lets over-confidence on words cancel under-confidence on sentences
    kinds = [out['ece'][f'all|{k}'] for k in ('sentence', 'pair', 'word')]
    wmean = lambda key: sum(v['n'] * v[key] for v in kinds) / sum(v['n'] for v in kinds)  # noqa: E731
    out['ece_by_length_mean'] = {'before': r4(wmean('ece_before')), 'after': r4(wmean('ece_after'))}
    apply = out['ece_by_length_mean']['after'] < out['ece_by_length_mean']['before']
    out['applied'] = bool(apply)
    conf = conf_new if apply else conf_old
    # per-language trust on eval rows (all held-out sources pooled)
    per = {}
    for l in labels:
        rec = {}
        for kind, kinds in (('sentence', {'sentence'}), ('short', {'pair', 'word'})):
            ix = [i for i, r in enumerate(rows) if r['role'] == 'eval' and r['lang3'] == l and r['kind'] in kinds]
            if not ix:
                continue
            a80, t80 = selective(conf[ix], correct[ix], 0.8)
            a50, t50 = selective(conf[ix], correct[ix], 0.5)
            rec[kind] = {'n': len(ix), 'accuracy': r4(correct[ix].mean()), 'acc80': r4(a80), 'thr80': r4(t80),
                         'acc50': r4(a50), 'thr50': r4(t50)}
        s = rec.get('sentence')
        if s and s['n'] >= MIN_N and s['acc80'] >= TARGET:
            rec['edge'], rec['minConfidence'] = 'alone', s['thr80']
        elif s and s['n'] >= MIN_N and s['acc50'] >= TARGET:
            rec['edge'], rec['minConfidence'] = 'confident', s['thr50']
        else:
            rec['edge'], rec['minConfidence'] = 'escalate', None
        rec['sources'] = sorted({r['source'] for r in rows if r['role'] == 'eval' and r['lang3'] == l})
        per[l] = rec
    out['languages'] = per
    return out


# ---------------------------------------------------------------- toxicity

def toxicity_section(work, models):
    rows = read_jsonl(os.path.join(work, 'toxicity.jsonl'))
    s = np.array(json.load(open(os.path.join(work, 'toxicity.scores.json'))), float)
    keep = [i for i, r in enumerate(rows) if r.get('kind') != 'behavioural']  # functional set: training/toxicity/compare.py
    rows, s = [rows[i] for i in keep], s[keep]
    meta = json.load(open(os.path.join(models, 'toxicity', 'meta.json')))
    thr = meta['threshold']
    y = np.array([r['label'] for r in rows], float)
    fit = np.array([r['role'] == 'fit' for r in rows])
    ev = ~fit
    # the graph applies Platt (a, b) to its raw logit; recover the raw logit from the calibrated score
    a0, b0 = meta['platt']['a'], meta['platt']['b']
    raw = (logit(s) - b0) / a0
    out = {'threshold': thr, 'platt_bundled': {'a': a0, 'b': b0}}
    fits = {}
    fit_in = fit & np.array([r['kind'] == 'in-source' for r in rows])
    for name, m in (('in-source validation', fit_in), ('in-source validation + extra val', fit)):
        fits[name] = fit_platt(raw[m], y[m])
    out['platt_refits'] = {k: {'a': r4(a), 'b': r4(b)} for k, (a, b) in fits.items()}
    groups = defaultdict(list)
    for i, r in enumerate(rows):
        if r['role'] == 'eval':
            groups['all'].append(i)
            groups[f"kind:{r['kind']}"].append(i)
            groups[f"lang:{r['lang']}"].append(i)
            groups[f"source:{r['source']}"].append(i)
    res = {}
    for g, ix in sorted(groups.items()):
        ix = np.array(ix)
        rec = {'n': len(ix), 'pos': int(y[ix].sum()), 'auc': r4(auc(y[ix], s[ix])), 'ece_bundled': r4(binary_ece(s[ix], y[ix]))}
        for k, (a, b) in fits.items():
            rec[f'ece[{k}]'] = r4(binary_ece(sigmoid(a * raw[ix] + b), y[ix]))
        res[g] = rec
    out['groups'] = res
    best = min(fits, key=lambda k: res['all'][f'ece[{k}]'])
    apply = res['all'][f'ece[{best}]'] < res['all']['ece_bundled'] - 0.005
    out['chosen'] = best if apply else None
    a, b = fits[best] if apply else (a0, b0)
    p = sigmoid(a * raw + b) if apply else s
    out['applied'] = bool(apply)
    allix = np.array(groups['all'])
    out['reliability_before'] = binary_reliability(s[allix], y[allix])
    out['reliability_after'] = binary_reliability(p[allix], y[allix]) if apply else None
    if apply:
        # the threshold keeps its meaning: the same raw logit cut, mapped through the new calibration
        t_raw = (logit(thr) - b0) / a0
        out['threshold_after'] = r4(sigmoid(a * t_raw + b))
        out['platt_after'] = {'a': a, 'b': b}
    thr_now = out.get('threshold_after', thr)
    per = {}
    by_lang = defaultdict(list)
    for i, r in enumerate(rows):
        if r['role'] == 'eval':
            by_lang[TO_LID.get(r['lang'], r['lang'])].append(i)
    for l, ix in sorted(by_lang.items()):
        ix = np.array(ix)
        dec = p[ix] >= thr_now
        correct = dec == (y[ix] == 1)
        confid = np.abs(p[ix] - thr_now)
        a80, _ = selective(confid, correct, 0.8)
        a50, _ = selective(confid, correct, 0.5)
        tp = (dec & (y[ix] == 1)).sum()
        f1 = 2 * tp / max(1, dec.sum() + (y[ix] == 1).sum())
        A = auc(y[ix], p[ix])
        rec = {'n': len(ix), 'pos': int(y[ix].sum()), 'auc': r4(A), 'f1': r4(f1), 'accuracy': r4(correct.mean()),
               'acc80': r4(a80), 'acc50': r4(a50), 'ece': r4(binary_ece(p[ix], y[ix])),
               'sources': sorted({rows[i]['source'] for i in ix})}
        ok_auc = not math.isnan(A) and A >= 0.85
        rec['edge'] = ('alone' if ok_auc and a80 >= TOX_TARGET else
                       'confident' if ok_auc and a50 >= TOX_TARGET else 'escalate')
        per[l] = rec
    out['languages'] = per
    return out, (a, b) if apply else None


# ---------------------------------------------------------------- NER

def spans_of(tags):
    out, cur = [], None
    for i, t in enumerate(tags):
        if t.startswith('I-') and cur and cur[0] == t[2:] and cur[2] == i:
            cur[2] = i + 1
            continue
        if cur:
            out.append(tuple(cur))
        cur = [t[2:], i, i + 1] if t[:2] in ('B-', 'I-') and t[2:] in ('PER', 'LOC', 'ORG') else None
    if cur:
        out.append(tuple(cur))
    return out


def ner_section(work):
    rows = read_jsonl(os.path.join(work, 'ner.jsonl'))
    pred = json.load(open(os.path.join(work, 'ner.pred.json')))
    ents = []  # (row, score, correct)
    counts = defaultdict(lambda: defaultdict(lambda: [0, 0, 0]))  # group -> type -> tp fp fn
    for i, (r, ps) in enumerate(zip(rows, pred)):
        gold = set(spans_of(r['tags']))
        pk = {(p['type'], p['start'], p['end']): p['score'] for p in ps}
        lang = TO_LID.get(r['lang'], r['lang'])
        keys = ['all', f"source:{r['source']}", f"lang:{lang}"] if r['role'] == 'eval' else [f"fit:{r['source']}"]
        for (t, a, b), sc in pk.items():
            ok = (t, a, b) in gold
            ents.append((i, sc, ok, r['role']))
            for k in keys:
                for tt in (t, 'all'):
                    counts[k][tt][0 if ok else 1] += 1
        for (t, a, b) in gold - set(pk):
            for k in keys:
                for tt in (t, 'all'):
                    counts[k][tt][2] += 1

    def prf(c):
        tp, fp, fn = c
        p = tp / (tp + fp) if tp + fp else 0.0
        rc = tp / (tp + fn) if tp + fn else 0.0
        return {'p': r4(p), 'r': r4(rc), 'f1': r4(2 * p * rc / (p + rc) if p + rc else 0.0), 'gold': tp + fn}
    out = {'groups': {k: {t: prf(c) for t, c in v.items()} for k, v in sorted(counts.items())}}
    sc = np.array([e[1] for e in ents])
    ok = np.array([e[2] for e in ents], float)
    ev = np.array([e[3] == 'eval' for e in ents])
    out['reliability'] = reliability(sc[ev], ok[ev])
    out['ece'] = r4(ece(sc[ev], ok[ev]))
    out['n_entities_eval'] = int(ev.sum())
    per = {}
    for k, v in out['groups'].items():
        if not k.startswith('lang:'):
            continue
        l = k[5:]
        per_ = v.get('PER', {'p': None, 'r': None, 'f1': None, 'gold': 0})
        rec = {'f1': v['all']['f1'], 'gold': v['all']['gold'], 'per_recall': per_['r'], 'per_precision': per_['p'],
               'per_gold': per_['gold']}
        rec['edge'] = ('alone' if per_['gold'] >= MIN_N and (per_['r'] or 0) >= 0.8 and (per_['p'] or 0) >= 0.8
                       else 'escalate')
        per[l] = rec
    out['languages'] = per
    return out


# ---------------------------------------------------------------- output

def model_version(models, name):
    with open(os.path.join(models, name, 'model.onnx'), 'rb') as f:
        return f'{name}-{hashlib.sha256(f.read()).hexdigest()[:8]}'


def main():
    p = argparse.ArgumentParser()
    p.add_argument('--work', required=True)
    p.add_argument('--models', required=True)
    p.add_argument('--apply', action='store_true')
    p.add_argument('--only', choices=['all', 'ner'], default='all',
                   help='ner: only the NER rows (rows.py/predict.mjs with ner) and its trust.json entries')
    a = p.parse_args()
    if a.only == 'ner':
        return ner_only(a)
    lid = lid_section(a.work, a.models)
    tox, tox_map = toxicity_section(a.work, a.models)
    ner = ner_section(a.work)
    with open(os.path.join(a.work, 'report.json'), 'w') as f:
        json.dump({'lid': lid, 'toxicity': tox, 'ner': ner}, f, indent=1, ensure_ascii=False)
    md = {'lid': lid_md(lid) + '\n\n### Per-language trust (language ID)\n\n' + trust_md_lid(lid),
          'toxicity': tox_md(tox) + '\n\n### Per-language trust (toxicity)\n\n' + trust_md_tox(tox),
          'ner': ner_md(ner)}
    for k, v in md.items():
        with open(os.path.join(a.work, f'calibration_{k}.md'), 'w') as f:
            f.write(v + '\n')
    print(json.dumps({'lid_ece': lid['ece']['all|all'], 'lid_scales': lid['scales_by_words'],
                      'tox_ece': tox['groups']['all'], 'tox_applied': tox['applied'], 'ner_ece': ner['ece']}, indent=1))
    if not a.apply:
        return
    lm_path = os.path.join(a.models, 'lid', 'model.json')
    lm = json.load(open(lm_path))
    if lid['applied']:
        lm['calibration'] = {'method': 'power per word count (temperature factor on the bundled softmax)',
                             'scales_by_words': lid['scales_by_words'],
                             'fitted_on': 'Tatoeba calibration split + FLORES-200/NTREX-128 dev ids (training/calibration)'}
    else:
        lm.pop('calibration', None)
    json.dump(lm, open(lm_path, 'w'), indent=1, ensure_ascii=False)
    tm_path = os.path.join(a.models, 'toxicity', 'meta.json')
    tm = json.load(open(tm_path))
    if tox_map:
        tm['calibration'] = {'method': 'platt on the raw logit', 'a': tox_map[0], 'b': tox_map[1], 'fitted_on': tox['chosen'],
                             'threshold': tox['threshold_after']}
    else:
        tm.pop('calibration', None)
    json.dump(tm, open(tm_path, 'w'), indent=2, ensure_ascii=False)
    langs = sorted(set(lid['languages']) | set(tox['languages']) | set(ner['languages']))
    trust = {
        'version': 1,
        'generated_by': 'training/calibration/calibrate.py',
        'models': {m: model_version(a.models, m) for m in ('lid', 'toxicity', 'ner')},
        'rules': {
            'lid': f'alone: accuracy of the 80% most confident held-out sentences >= {TARGET} (minConfidence = that cut); '
                   f'confident: only the 50% most confident reach it; else escalate',
            'toxicity': f'alone: AUC >= 0.85 and accuracy of the 80% of rows farthest from the threshold >= {TOX_TARGET}; '
                        'confident: only the 50% farthest reach it; else escalate',
            'ner': 'alone: PERSON recall and precision >= 0.8 on >= 20 held-out names; else escalate',
        },
        'languages': {},
    }
    for l in langs:
        e = {}
        if l in lid['languages']:
            v = lid['languages'][l]
            s = v.get('sentence', {})
            e['lid'] = {'edge': v['edge'], 'minConfidence': v['minConfidence'], 'n': s.get('n', 0),
                        'accuracy': s.get('accuracy'), 'acc80': s.get('acc80'), 'acc50': s.get('acc50'),
                        'shortAccuracy': v.get('short', {}).get('accuracy')}
        if l in tox['languages']:
            v = tox['languages'][l]
            e['toxicity'] = {'edge': v['edge'], 'n': v['n'], 'auc': v['auc'], 'f1': v['f1'], 'acc80': v['acc80'],
                             'acc50': v['acc50']}
        if l in ner['languages']:
            e['ner'] = ner_trust(ner['languages'][l])
        trust['languages'][l] = e
    write_trust(a.models, trust)
    for name in ('lid', 'toxicity', 'ner'):
        card_section(a.models, name, md[name])
    print('wrote trust.json, model metadata and card sections', flush=True)


def ner_trust(v):
    return {'edge': v['edge'], 'f1': v['f1'], 'personRecall': v['per_recall'], 'personPrecision': v['per_precision']}


def write_trust(models, trust):
    with open(os.path.join(models, 'trust.json'), 'w') as f:
        json.dump(trust, f, indent=1, ensure_ascii=False)
        f.write('\n')


def card_section(models, name, md):
    splice(os.path.join(models, name, 'MODEL_CARD.md'), 'calibration',
           '## Calibration and per-language trust (issue 13, held-out)\n\n'
           f'Generated by `training/calibration/calibrate.py` for `{model_version(models, name)}`; commands in '
           '`packages/models/README.md` ("Calibration and trust").\n\n' + md)


def ner_only(a):
    """--only ner: the NER report and card section, and (with --apply) the NER entries and model version of an
    existing trust.json; the language-ID and toxicity entries are kept as they are."""
    ner = ner_section(a.work)
    md = ner_md(ner)
    with open(os.path.join(a.work, 'calibration_ner.md'), 'w') as f:
        f.write(md + '\n')
    print(json.dumps({'ner_ece': ner['ece']}), flush=True)
    if not a.apply:
        return
    trust = json.load(open(os.path.join(a.models, 'trust.json')))
    trust['models']['ner'] = model_version(a.models, 'ner')
    for l in sorted(set(trust['languages']) | set(ner['languages'])):
        e = trust['languages'].setdefault(l, {})
        e.pop('ner', None)
        if l in ner['languages']:
            e['ner'] = ner_trust(ner['languages'][l])
    trust['languages'] = {l: e for l, e in sorted(trust['languages'].items()) if e}
    write_trust(a.models, trust)
    card_section(a.models, 'ner', md)
    print('wrote the NER entries of trust.json and the NER card section', flush=True)


if __name__ == '__main__':
    main()
