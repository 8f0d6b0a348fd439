"""Held-out evaluation (per source / language / external / synthetic), lexicon baseline, ONNX export + checks, fixtures."""

import json
import os
import random
import subprocess

import numpy as np

import data
import features as F
from card import write_card
from export_onnx import build
from model import auc, f1_at, predict, sigmoid

# training/ lives at the repository root; the runtime package (fixtures) is packages/models
REPO = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
PKG = os.path.join(REPO, 'packages', 'models')
NODE = os.path.join(REPO, 'node_modules', '.bin', 'node')
PARITY = [
    '', 'hello world', "I don't think you're an IDIOT!!!", 'RT @some_user: you are a f*cking l0s3r http://t.co/abc',
    'sooooo goooood 😂😂😂 #blessed', 'Das ist nicht dumm, du Idiot…', 'Ich würde NIE „Arschloch“ sagen', '¡Eres un imbécil!',
    "t'es vraiment con, va te faire foutre", 'Sei un cretino e un coglione', 'Você é um idiota, não é?',
    'Ty debilu, zamknij się', 'dasar bodoh kamu USER USER', 'يا أستاذ الفيديو من سنين', 'ἀρχὴ Ωμέγα ΣΟΦΟΣ',
    'ｆｕｌｌｗｉｄｔｈ ＴＥＸＴ', 'tab\tand\nnewline\r\ncrlf', 'a&amp;b &lt;3 &#8220;quoted&#8221; &#128512;',
    'mixed ＠user www.example.com/path?q=1 end', "‘curly’ quotes ’til `tick`", 'नमस्ते दुनिया, यह एक परीक्षण है',
    '这是一个测试 日本語のテキスト 한국어', 'e\u0301le\u0300ve caf\u00e9', '$h!t 4ss h0le b1tch @$$', 'no no no never nobody',
    'İstanbul ŞEHİR ıi', 'x' * 1200, 'word ' * 900, '👍🏽👨‍👩‍👧 flags 🇩🇪', '---- ... ,,, ;;; ((( )))',
    "you're not a fucking bitch, niggas and faggots", 'hijo de puta, piece of shit! du Arschloch', 'kurwa, ty chuju',
    'I would never call anyone a whore or a cunt', 'bitching about the assholes', '他妈的 操你 🖕',
]


def lexicon_scores(texts, lexicon):
    entries = {tuple(F.tokenize(w)) for w in lexicon}
    entries.discard(())
    maxn = max(len(e) for e in entries)
    out = []
    for t in texts:
        toks = F.tokenize(t)
        hits = sum(1 for n in range(1, maxn + 1) for i in range(len(toks) - n + 1) if tuple(toks[i : i + n]) in entries)
        out.append(hits)
    return np.array(out, dtype=np.float64)


def obscenity_scores(texts, work):
    """Peer: the `obscenity` npm English matcher (number of matches per text), run by peers.mjs."""
    here = os.path.dirname(os.path.abspath(__file__))
    node = NODE
    ip, op = os.path.join(work, 'peer_in.json'), os.path.join(work, 'peer_out.json')
    with open(ip, 'w') as f:
        json.dump(list(texts), f, ensure_ascii=False)
    subprocess.run([node, os.path.join(here, 'peers.mjs'), ip, op], check=True)
    with open(op) as f:
        return np.array(json.load(f)['hits'], dtype=np.float64)


def _scores(y, p, lx, ob, thr, thr2):
    return {
        'n': len(y), 'pos': int(sum(y)), 'auc': auc(y, p), 'f1': f1_at(y, p, thr), 'f1_alt': f1_at(y, p, thr2),
        'lex_auc': auc(y, lx), 'lex_f1': f1_at(y, lx, 0.5), 'obs_auc': auc(y, ob), 'obs_f1': f1_at(y, ob, 0.5),
    }


def group_scores(rows, probs, lex, obs, thr, thr2, key):
    groups = {}
    for r, p, lx, ob in zip(rows, probs, lex, obs):
        g = groups.setdefault(key(r), ([], [], [], []))
        for j, v in enumerate((r[1], p, lx, ob)):
            g[j].append(v)
    return {k: _scores(*g, thr, thr2) for k, g in sorted(groups.items())}


def pooled(rows, probs, lex, obs, thr, thr2):
    return _scores([r[1] for r in rows], probs, lex, obs, thr, thr2)


def evaluate_main(model, cal, P, args, log):
    a, b, thr = cal['a'], cal['b'], cal['threshold']
    # the other threshold candidate (in-source validation vs pooled leave-one-source-out validation), reported alongside
    thr2 = cal.get('threshold_loso', thr) if thr == cal.get('threshold_val', thr) else cal['threshold_val']
    lexicon = data.load_lexicon(args.data)
    rows, feats = P['rows'], P['feats']
    te = [i for i, r in enumerate(rows) if r[4] == 'test']
    trows = [rows[i] for i in te]
    tp = sigmoid(a * predict(model, [feats[i] for i in te]) + b)
    tl = lexicon_scores([r[0] for r in trows], lexicon)
    to = obscenity_scores([r[0] for r in trows], args.work)
    ep = sigmoid(a * predict(model, P['ext_feats']) + b)
    el = lexicon_scores([r[0] for r in P['ext']], lexicon)
    eo = obscenity_scores([r[0] for r in P['ext']], args.work)
    sp = sigmoid(a * predict(model, P['syn_feats']) + b)
    syn = {}
    for (text, y, cat, lang), p in zip(P['syn_eval'], sp):
        s = syn.setdefault(cat, {'n': 0, 'correct': 0, 'correct_alt': 0, 'examples_wrong': []})
        s['n'] += 1
        ok = (p >= thr) == (y == 1)
        s['correct'] += int(ok)
        s['correct_alt'] += int((p >= thr2) == (y == 1))
        if not ok and len(s['examples_wrong']) < 6:
            s['examples_wrong'].append(f'{text} -> {p:.2f}')
    m = {
        'calibration': cal, 'thr_alt': thr2, 'test_by_source': group_scores(trows, tp, tl, to, thr, thr2, lambda r: r[2]),
        'test_by_lang': group_scores(trows, tp, tl, to, thr, thr2, lambda r: r[3]),
        'test_pooled': pooled(trows, tp, tl, to, thr, thr2),
        'external_by_source': group_scores(P['ext'], ep, el, eo, thr, thr2, lambda r: r[2]),
        'external_pooled': pooled(P['ext'], ep, el, eo, thr, thr2),
        'synthetic_eval': syn, 'n_train': sum(1 for r in rows if r[4] == 'train'),
        'train_counts': {},
    }
    for r in rows:
        if r[4] == 'train':
            m['train_counts'][r[2]] = m['train_counts'].get(r[2], 0) + 1
    log(f'test pooled {m["test_pooled"]}')
    log(f'external pooled {m["external_pooled"]}')
    for k, v in m['external_by_source'].items():
        log(f'  external {k}: {v}')
    for k, v in syn.items():
        log(f'  synthetic {k}: {v["correct"]}/{v["n"]}')
    m['_test_rows'], m['_test_probs'] = trows, tp
    return m


def export_all(model, cal, P, metrics, args, log):
    repo_pkg = PKG
    props = {'buckets': F.BUCKETS, 'threshold': round(cal['threshold'], 4)}
    fb = build(model, cal['a'], cal['b'], False, props)
    qb = build(model, cal['a'], cal['b'], True, props)
    fpath = os.path.join(args.work, 'model.float.onnx')
    qpath = os.path.join(args.out, 'model.onnx')
    with open(fpath, 'wb') as f:
        f.write(fb)
    with open(qpath, 'wb') as f:
        f.write(qb)
    log(f'ONNX float {len(fb)} bytes, int8 {len(qb)} bytes')
    # verify with onnxruntime-node: torch float vs ONNX float vs ONNX int8 on held-out texts
    trows, tp = metrics.pop('_test_rows'), metrics.pop('_test_probs')
    rng = random.Random(5)
    pick = rng.sample(range(len(trows)), 1500)
    texts = [trows[i][0] for i in pick]
    ids = [F.featurize(t) for t in texts]
    ip, op = os.path.join(args.work, 'check_ids.json'), os.path.join(args.work, 'check_out.json')
    with open(ip, 'w') as f:
        json.dump(ids, f)
    node = NODE
    here = os.path.dirname(os.path.abspath(__file__))
    subprocess.run([node, os.path.join(here, 'check_onnx.mjs'), fpath, qpath, ip, op], check=True)
    with open(op) as f:
        res = json.load(f)
    torch_p = np.array([tp[i] for i in pick])
    fl, q8 = np.array(res['float']), np.array(res['int8'])
    y = [trows[i][1] for i in pick]
    thr = cal['threshold']
    qc = {
        'n': len(pick), 'max_abs_torch_vs_onnx_float': float(np.abs(fl - torch_p).max()),
        'max_abs_int8_vs_float': float(np.abs(q8 - fl).max()), 'mean_abs_int8_vs_float': float(np.abs(q8 - fl).mean()),
        'decision_agreement': float(((q8 >= thr) == (fl >= thr)).mean()), 'auc_float': auc(y, fl), 'auc_int8': auc(y, q8),
        'ms_p50_node_int8_model_only': float(np.median(res['ms_int8'])),
    }
    log(f'quantization check: {qc}')
    assert qc['max_abs_torch_vs_onnx_float'] < 1e-3, 'ONNX float graph disagrees with torch'
    assert qc['decision_agreement'] > 0.97, 'int8 model disagrees with float'
    metrics['quantization'] = qc
    metrics['size_bytes'] = len(qb)
    meta = {
        'name': 'toxicity', 'threshold': round(cal['threshold'], 4), 'platt': {'a': cal['a'], 'b': cal['b']},
        'thresholds': {'in_source_validation': round(cal['threshold_val'], 4),
                       'loso_validation': round(cal['threshold_loso'], 4) if 'threshold_loso' in cal else None},
        'featurizer': {'buckets': F.BUCKETS, 'maxChars': F.MAX_CHARS, 'maxIds': F.MAX_IDS, 'negScope': F.NEG_SCOPE,
                       'stemMin': F.STEM_MIN, 'stemExtra': F.STEM_EXTRA,
                       'lexicon': 'lexicon.json' if P.get('lexicon') else None,
                       'hash': 'crc32(utf8) % (buckets-1) + 1'},
        'inputs': {'ids': 'int64 [batch, len], 0 = padding', 'mask': 'float32 [batch, len]'},
        'outputs': {'score': 'calibrated probability [batch]', 'logit': 'uncalibrated logit [batch]'},
        'sources': sorted(metrics['train_counts']),
        'metrics': {'test_pooled': metrics['test_pooled'], 'external_pooled': metrics['external_pooled']},
    }
    with open(os.path.join(args.out, 'meta.json'), 'w') as f:
        json.dump(meta, f, indent=2)
    lex = P.get('lexicon')
    lex_path = os.path.join(args.out, 'lexicon.json')
    if not lex:
        if os.path.exists(lex_path):
            os.remove(lex_path)
    else:
        write_lexicon(lex_path, lex)
    write_fixtures(getattr(args, 'fixtures_root', None) or repo_pkg, trows, pick[:60], fl, texts, y, model, cal)
    # end-to-end latency of the TS runtime (featurizer + int8 model) on 512-char inputs -> latency.json for the card
    subprocess.run([node, os.path.join(here, 'bench.mjs'), os.path.join(args.work, 'latency.json')], check=True)
    with open(os.path.join(args.work, 'metrics.json'), 'w') as f:
        json.dump(metrics, f, indent=1)
    write_card(metrics, args, log)


def write_lexicon(path, lex):
    with open(path, 'w') as f:
        json.dump({'source': 'LDNOOBW lists (npm naughty-words), CC-BY-4.0; entries tokenized by the toxicity featurizer; '
                   'entries that did not raise toxicity on the training splits removed (train.py build_lexicon)',
                   'entryFeatures': F.LEX_ENTRY, 'entries': lex[0], 'noStem': lex[1]}, f, ensure_ascii=False, indent=0)


def write_fixtures(repo_pkg, trows, _pick, fl, texts, y, model, cal):
    fx = os.path.join(repo_pkg, 'test', 'fixtures')
    os.makedirs(fx, exist_ok=True)
    with open(os.path.join(fx, 'toxicity-features.json'), 'w') as f:
        strings = PARITY + texts[200:250]
        json.dump([{'text': s, 'tokens': F.tokenize(s), 'ids': F.featurize(s)} for s in strings], f, ensure_ascii=False)
    with open(os.path.join(fx, 'toxicity-float.json'), 'w') as f:
        json.dump([{'text': t, 'float': round(float(p), 6)} for t, p in list(zip(texts, fl))[:200]], f, ensure_ascii=False)
    # dev sample: held-out test split of the training sources only, short texts, stratified by source
    rng = random.Random(11)
    by = {}
    for r in trows:
        if len(r[0]) <= 280 and r[2] != 'synthetic':
            by.setdefault(r[2], []).append(r)
    with open(os.path.join(fx, 'toxicity-dev.jsonl'), 'w') as f:
        for src in sorted(by):
            for r in rng.sample(by[src], min(30, len(by[src]))):
                f.write(json.dumps({'text': r[0], 'label': r[1], 'source': r[2], 'lang': r[3]}, ensure_ascii=False) + '\n')
