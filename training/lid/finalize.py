"""After training: int8 quantization, temperature calibration, held-out evaluation, ONNX export and fixtures."""

import json
import os
import random
from collections import defaultdict

import numpy as np
import torch

from data import eval_rows, load_langid_extra, load_udhr, load_wikiann
from export import export_onnx
import featurize as fz
from featurize import MAX_CHARS, MAX_N, WORD_MAX, words
from model import ece, fit_bias, fit_temperature, logits_of, quantize_table

FIXTURES = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'packages', 'models', 'test', 'fixtures')
HASH_STRINGS = ['Hello world', 'Ça va très bien, merci !', '我需要證據。', 'Здравствуйте', 'ﾊﾝｶｸ café naïve',
                'İstanbul ΣΟΦΟΣ', '12345 !!!', '', 'a', 'Ein Ümlaut-Test: Straße', 'मैं ठीक हूँ', '𠲎 emoji 😀 ok',
                "l'homme d'état", 'ខ្ញុំ\u200bសុខសប្បាយ', 'e\u0301te\u0301 composed']


CLUSTERS = [{'ber', 'kab'}, {'zsm', 'ind'}, {'srp', 'hrv', 'bos'}, {'dan', 'nob', 'nno'}, {'ara', 'arz', 'arq'},
            {'cmn', 'wuu', 'yue'}, {'dtp', 'kzj'}, {'cbk', 'spa'}, {'deu', 'gsw', 'swg'}]


def accuracy_table(rows, pred, idx):
    by = defaultdict(lambda: [0, 0])
    for r, p in zip(rows, pred):
        ok = int(p == idx[r[1]])
        for key in (('all',), ('source', r[3]), ('kind', r[2]), ('source_kind', r[3], r[2]),
                    ('lang_kind', r[3], r[1], r[2])):
            by[key][0] += ok
            by[key][1] += 1
    return by


def finalize(model, labels, split, args, cache, post=None):
    """post: optional second stage (specialist.py) with .adjust(logits, rows, int8), .onnx(path, int8), .meta."""
    idx = {l: i for i, l in enumerate(labels)}
    model.eval()
    test_rows = eval_rows(split['test'], args.seed + 2, 'tatoeba')
    wiki = eval_rows(load_wikiann(args.data, 'test', 300, args.seed), args.seed + 3, 'wikiann')
    udhr = load_udhr(args.udhr, set(labels), 60, args.seed) if os.path.isdir(args.udhr) else {}
    if not udhr:
        print(f'[lid] WARNING: udhr not found at {args.udhr}; skipping the UDHR evaluation', flush=True)
    udhr_rows = eval_rows(udhr, args.seed + 4, 'udhr')
    cal_rows = eval_rows(split['cal'], args.seed + 1, 'tatoeba')
    all_rows = test_rows + wiki + udhr_rows
    if getattr(args, 'new_labels', '') or getattr(args, 'extra_train_cap', 0):
        # FLORES-200 / NTREX-128 test ids (never trained on: training takes their train ids only)
        for corpus, by in sorted(load_langid_extra(args.data, 'test', set(labels), 40, args.seed).items()):
            all_rows += eval_rows(by, args.seed + 7, corpus)

    w = model.emb.weight.detach()
    q, scale = quantize_table(w)
    deq = q.float() * scale
    wh = model.wemb is not None
    if wh:
        ww = model.wemb.weight.detach()
        wq, wscale = quantize_table(ww)
        wdeq = wq.float() * wscale
    else:
        ww = wq = wscale = wdeq = None
    feats = [cache.ids(words(t)) for t, _, _, _ in all_rows]
    cal_feats = [cache.ids(words(t)) for t, _, _, _ in cal_rows]
    wf = [cache.wids(words(t)) for t, _, _, _ in all_rows] if wh else None
    cal_wf = [cache.wids(words(t)) for t, _, _, _ in cal_rows] if wh else None
    y_cal = torch.tensor([idx[r[1]] for r in cal_rows])
    y = torch.tensor([idx[r[1]] for r in all_rows])
    lf = logits_of(model, feats, wid_arrays=wf)
    lq = logits_of(model, feats, table=deq, wid_arrays=wf, wtable=wdeq)
    lcal_q = logits_of(model, cal_feats, table=deq, wid_arrays=cal_wf, wtable=wdeq)
    lcal_f = logits_of(model, cal_feats, wid_arrays=cal_wf)
    bias = None
    if getattr(args, 'bias_fit', 0):
        # per-label logit bias fitted on the calibration split (int8 logits), folded into the output layer's bias
        fit_l, fit_y = lcal_q, y_cal
        if getattr(args, 'bias_wikiann', 0):
            # WikiANN *val* sentences (not test) join the fit so that the extra training domain of deu/spa/nld/pol/rus
            # keeps its share of the prior instead of being corrected away toward Tatoeba's per-language balance
            wv = eval_rows(load_wikiann(args.data, 'val', args.bias_wikiann, args.seed), args.seed + 6, 'wikiann')
            wl = logits_of(model, [cache.ids(words(t)) for t, _, _, _ in wv], table=deq,
                           wid_arrays=[cache.wids(words(t)) for t, _, _, _ in wv] if wh else None, wtable=wdeq)
            fit_l = torch.cat([lcal_q, wl])
            fit_y = torch.cat([y_cal, torch.tensor([idx[r[1]] for r in wv])])
        frozen = [idx[l] for l in (getattr(args, 'bias_frozen', '') or '').split(',') if l]
        bias = fit_bias(fit_l, fit_y, args.bias_lambda, frozen=frozen)
        with torch.no_grad():
            model.fc2.bias += bias
        lf = logits_of(model, feats, wid_arrays=wf)
        lq = logits_of(model, feats, table=deq, wid_arrays=wf, wtable=wdeq)
        lcal_q = logits_of(model, cal_feats, table=deq, wid_arrays=cal_wf, wtable=wdeq)
        lcal_f = logits_of(model, cal_feats, wid_arrays=cal_wf)
    if post is not None:
        lf = post.adjust(lf, all_rows, False)
        lq = post.adjust(lq, all_rows, True)
        lcal_q = post.adjust(lcal_q, cal_rows, True)
        lcal_f = post.adjust(lcal_f, cal_rows, False)
    t_float = fit_temperature(lcal_f, y_cal)
    temp = fit_temperature(lcal_q, y_cal)
    pq = torch.softmax(lq / temp, 1)
    pf = torch.softmax(lf / t_float, 1)
    tat = torch.tensor([r[3] == 'tatoeba' for r in all_rows])
    report = {
        'temperature': temp, 'temperature_float': t_float, 'int8_scale': scale,
        'float_int8_argmax_agreement': float((lq.argmax(1) == lf.argmax(1)).float().mean()),
        'ece_tatoeba_test_uncalibrated': ece(torch.softmax(lq[tat], 1), y[tat]),
        'ece_tatoeba_test_calibrated': ece(pq[tat], y[tat]),
        'n_rows': {s: sum(1 for r in all_rows if r[3] == s) for s in sorted({r[3] for r in all_rows})},
        'udhr_languages': sorted(udhr),
        'logit_bias': None if bias is None else {'lambda': args.bias_lambda, 'frozen': args.bias_frozen, 'min': round(float(bias.min()), 3),
                                                 'max': round(float(bias.max()), 3),
                                                 'by_label': {l: round(float(v), 3) for l, v in zip(labels, bias)}},
        'calibration_int8': {k: round(float((lcal_q.argmax(1) == y_cal)[torch.tensor([r[2] == k for r in cal_rows])]
                                           .float().mean()), 4) for k in ('sentence', 'pair', 'word')},
        'calibration_float': {k: round(float((lcal_f.argmax(1) == y_cal)[torch.tensor([r[2] == k for r in cal_rows])]
                                            .float().mean()), 4) for k in ('sentence', 'pair', 'word')},
    }
    for name, logits in (('float', lf), ('int8', lq)):
        tab = accuracy_table(all_rows, logits.argmax(1).tolist(), idx)
        report[name] = {'|'.join(k): round(v[0] / v[1], 4) for k, v in sorted(tab.items()) if k[0] != 'lang_kind'}
        if name == 'int8':
            report['per_language_tatoeba'] = {
                l: {k: round(tab[('lang_kind', 'tatoeba', l, k)][0] / max(1, tab[('lang_kind', 'tatoeba', l, k)][1]), 4)
                    for k in ('sentence', 'pair', 'word')} for l in labels}
            report['n_per_language_tatoeba'] = {l: tab[('lang_kind', 'tatoeba', l, 'sentence')][1] for l in labels}
    # per-language UDHR sentence accuracy (int8)
    pred = lq.argmax(1).tolist()
    u = defaultdict(lambda: [0, 0])
    for r, p in zip(all_rows, pred):
        if r[3] == 'udhr' and r[2] == 'sentence':
            u[r[1]][0] += int(p == idx[r[1]])
            u[r[1]][1] += 1
    report['per_language_udhr_sentence'] = {l: round(a / n, 4) for l, (a, n) in sorted(u.items())}
    # Informative only: accuracy when a confusion inside a cluster of closely related labels counts as correct.
    cluster_of = {l: i for i, c in enumerate(CLUSTERS) for l in c}
    ok = defaultdict(lambda: [0, 0])
    for r, p in zip(all_rows, pred):
        same = p == idx[r[1]] or (r[1] in cluster_of and cluster_of[r[1]] == cluster_of.get(labels[p]))
        ok[(r[3], r[2])][0] += int(same)
        ok[(r[3], r[2])][1] += 1
    report['cluster_accuracy'] = {f'{s}|{k}': round(a / n, 4) for (s, k), (a, n) in sorted(ok.items())}
    report['ece_tatoeba_by_kind'] = {}
    for kind in ('sentence', 'pair', 'word'):
        m = torch.tensor([r[3] == 'tatoeba' and r[2] == kind for r in all_rows])
        report['ece_tatoeba_by_kind'][kind] = round(ece(pq[m], y[m]), 4)
    conf = defaultdict(int)
    for r, p in zip(all_rows, pred):
        if r[3] == 'tatoeba' and p != idx[r[1]]:
            conf[f'{r[1]}->{labels[p]}'] += 1
    report['top_confusions_tatoeba'] = dict(sorted(conf.items(), key=lambda kv: -kv[1])[:25])
    os.makedirs(args.out, exist_ok=True)
    os.makedirs(args.work, exist_ok=True)
    with open(os.path.join(args.work, 'report.json'), 'w') as f:
        json.dump(report, f, indent=1, ensure_ascii=False)
    # only calibration figures are printed (model selection); held-out figures go to report.json for the card
    print('[lid] int8 calibration accuracy:', json.dumps(report['calibration_int8']),
          'float:', json.dumps(report['calibration_float']), flush=True)
    print(f'[lid] T={temp:.3f} ECE {report["ece_tatoeba_test_uncalibrated"]:.3f} -> '
          f'{report["ece_tatoeba_test_calibrated"]:.3f}; float/int8 argmax agreement '
          f'{report["float_int8_argmax_agreement"]:.4f}', flush=True)

    fc = [(model.fc1.weight.detach(), model.fc1.bias.detach()), (model.fc2.weight.detach(), model.fc2.bias.detach())]
    wout = model.wout.weight.detach() if wh else None
    export_onnx(os.path.join(args.out, 'model.onnx'), q, scale, fc, temp, (wq, wscale, wout, model.wh_pool) if wh else None)
    export_onnx(os.path.join(args.work, 'model_float.onnx'), w, None, fc, t_float,
                (ww, None, wout, model.wh_pool) if wh else None)
    if post is not None:
        post.onnx(os.path.join(args.out, 'model.onnx'), True)
        post.onnx(os.path.join(args.work, 'model_float.onnx'), False)
    meta = {
        'task': 'language-id', 'labels': labels, 'temperature': temp,
        'featurizer': {'version': 1, 'buckets': fz.BUCKETS, 'max_n': MAX_N, 'max_chars': MAX_CHARS, 'word_max': WORD_MAX,
                       'word_repeat': fz.WORD_REPEAT, 'word_bigrams': fz.WORD_BIGRAMS,
                       **({'word_head': {'buckets': fz.WORD_HEAD_BUCKETS, 'dim': model.wemb.weight.shape[1],
                                         'pool': model.wh_pool}} if wh else {})},
        'dim': args.dim, 'hidden': args.hidden, 'quantization': 'int8 per-table symmetric embedding (DequantizeLinear)',
        'heldout_accuracy_int8': report['int8'],
    }
    if post is not None:
        meta['specialist'] = post.meta
    with open(os.path.join(args.out, 'model.json'), 'w') as f:
        json.dump(meta, f, indent=1, ensure_ascii=False)
    write_fixtures(getattr(args, 'fixtures', None) or FIXTURES, test_rows, pf, all_rows, labels, args.seed)
    print(f'[lid] wrote {args.out}/model.onnx ({os.path.getsize(os.path.join(args.out, "model.onnx"))} bytes)',
          flush=True)


def write_fixtures(fixtures, test_rows, pf, all_rows, labels, seed):
    """Hash fixture (TS == Python), a dev sample of the held-out Tatoeba split, and float-model outputs for it."""
    os.makedirs(fixtures, exist_ok=True)
    with open(os.path.join(fixtures, 'lid-hash.json'), 'w') as f:
        json.dump([{'text': s, 'words': words(s), 'ids': fz.featurize(s), 'wids': fz.word_head_ids(s),
                    **({'sids': fz.spec_ids(words(s))} if fz.SPEC_BUCKETS else {})}
                   for s in HASH_STRINGS], f, ensure_ascii=False)
    rng = random.Random(seed + 5)
    pos = {id(r): i for i, r in enumerate(all_rows)}
    dev = []
    for kind in ('sentence', 'pair', 'word'):
        rows = [r for r in test_rows if r[2] == kind]
        dev += rng.sample(rows, min(150, len(rows)))
    with open(os.path.join(fixtures, 'lid-dev.jsonl'), 'w') as f:
        for r in dev:
            f.write(json.dumps({'text': r[0], 'lang3': r[1], 'kind': r[2], 'source': r[3]}, ensure_ascii=False) + '\n')
    out = []
    for r in dev:
        p = pf[pos[id(r)]]
        top = torch.topk(p, 3)
        out.append({'text': r[0], 'top': [{'lang': labels[int(i)], 'p': round(float(v), 6)}
                                          for v, i in zip(top.values, top.indices)]})
    with open(os.path.join(fixtures, 'lid-float.json'), 'w') as f:
        json.dump(out, f, ensure_ascii=False)
