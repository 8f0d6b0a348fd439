"""Markdown for the model cards' calibration sections and trust tables, from calibrate.py's report."""

import json
from collections import defaultdict

from trust_rules import MIN_N, TARGET, TOX_TARGET


def pct(x):
    return '—' if x is None else f'{100 * x:.1f}%'


def f3(x):
    return '—' if x is None else f'{x:.3f}'


def lid_md(r):
    L = [f"Fitted on the `fit` rows only ({r['n_fit']:,} rows: {', '.join(r['fit_sources'])}; Tatoeba calibration "
         'split, FLORES-200/NTREX-128 `dev` ids), reported on the `eval` rows '
         f"({r['n_eval']:,}: Tatoeba test, WikiANN test, UDHR, FLORES-200/NTREX-128 `test` ids; sentences, word pairs, "
         'single words). Map: the runtime\'s probabilities raised to a factor per text length (1 / 2 / 3+ words) and '
         f"renormalised (a temperature per length); fitted factors {json.dumps(r['scales_by_words'])}. "
         + f"Mean ECE within each length (sentence / pair / word, row-weighted): {r['ece_by_length_mean']['before']:.3f} "
         f"before, {r['ece_by_length_mean']['after']:.3f} after. "
         + ('**Applied in the runtime** (`calibration` in `model.json`).' if r['applied'] else
            '**Not applied**: it did not lower the mean ECE within lengths.'), '',
         '| eval rows | n | accuracy | mean confidence before → after | ECE before | ECE after |', '|---|---|---|---|---|---|']
    for k, v in r['ece'].items():
        L.append(f"| {k} | {v['n']:,} | {pct(v['accuracy'])} | {f3(v['mean_conf_before'])} → {f3(v['mean_conf_after'])} | "
                 f"{f3(v['ece_before'])} | {f3(v['ece_after'])} |")
    L += ['', 'Reliability (all eval rows, top-1 confidence; accuracy = share of rows whose top-1 label is right):', '',
          '| confidence | n (before) | mean conf | accuracy | n (after) | mean conf | accuracy |', '|---|---|---|---|---|---|---|']
    before = {b['bin']: b for b in r['reliability_before']}
    after = {b['bin']: b for b in r['reliability_after']}
    for k in sorted(set(before) | set(after)):
        b, a = before.get(k), after.get(k)
        L.append(f"| {k} | {b['n'] if b else 0} | {f3(b['confidence']) if b else '—'} | {pct(b['accuracy']) if b else '—'} | "
                 f"{a['n'] if a else 0} | {f3(a['confidence']) if a else '—'} | {pct(a['accuracy']) if a else '—'} |")
    return '\n'.join(L)


def trust_md_lid(r):
    L = [f'Per language, all held-out sources pooled (`eval` rows); `acc80`/`acc50`: accuracy of the 80% / 50% most '
         f'confident rows of that language, `thr`: the confidence at that cut. **edge**: `alone` when sentence acc80 ≥ '
         f'{TARGET:.0%} (the edge decides alone above `thr80`), `confident` when only acc50 reaches it (above `thr50`), '
         f'else `escalate`; at least {MIN_N} sentences.', '',
         '| lang | sentences | acc | acc80 (thr) | acc50 (thr) | short n | short acc | short acc80 | short acc50 | edge |',
         '|---|---|---|---|---|---|---|---|---|---|']
    for l, v in sorted(r['languages'].items()):
        s, sh = v.get('sentence', {}), v.get('short', {})
        L.append(f"| {l} | {s.get('n', 0)} | {pct(s.get('accuracy'))} | {pct(s.get('acc80'))} ({f3(s.get('thr80'))}) | "
                 f"{pct(s.get('acc50'))} ({f3(s.get('thr50'))}) | {sh.get('n', 0)} | {pct(sh.get('accuracy'))} | "
                 f"{pct(sh.get('acc80'))} | {pct(sh.get('acc50'))} | {v['edge']} |")
    n = defaultdict(int)
    for v in r['languages'].values():
        n[v['edge']] += 1
    L += ['', f"Summary: {n['alone']} alone, {n['confident']} confident only, {n['escalate']} escalate."]
    return '\n'.join(L)


def tox_md(r):
    L = [f"Rows: `fit` = validation splits of the training sources plus the `val` part of `toxicity/extra`; `eval` = "
         'test splits, the DE-LIMIT sources never trained on, and the `test` part of `toxicity/extra` (a hash split, '
         '`extra_split` in training/toxicity/data.py: 50% train / 10% val / 40% test; the bundled model was trained on '
         'none of it; languages it was not trained on: zh, ko, tr, da, hi, ja, ru; rows whose text is in a training '
         'split dropped). '
         f"Bundled map: Platt a={r['platt_bundled']['a']:.4f}, b={r['platt_bundled']['b']:.4f} on the pooled validation "
         f"splits. Refits on `fit`: {json.dumps(r['platt_refits'])}. "
         + (f"**Applied in the runtime**: `{r['chosen']}` (`calibration` in `meta.json`; the stored threshold maps to "
            f"{r['threshold_after']} on the new scale, same decisions)." if r['applied'] else
            '**Not applied**: no refit lowered the pooled eval ECE by more than 0.005.'), '',
         '| eval group | n | toxic | AUC | ECE bundled | ' + ' | '.join(f'ECE refit: {k}' for k in r['platt_refits']) + ' |',
         '|---|---|---|---|---|' + '---|' * len(r['platt_refits'])]
    for g, v in r['groups'].items():
        if g.startswith('source:'):
            continue
        L.append(f"| {g} | {v['n']:,} | {v['pos']:,} | {f3(v['auc'])} | {f3(v['ece_bundled'])} | "
                 + ' | '.join(f3(v[f'ece[{k}]']) for k in r['platt_refits']) + ' |')
    L += ['', 'Reliability (all eval rows; toxic rate = share of rows labelled toxic):', '',
          '| score | n | mean score | toxic rate |' + (' n after | mean score after | toxic rate after |' if r['applied'] else ''),
          '|---|---|---|---|' + ('---|---|---|' if r['applied'] else '')]
    after = {b['bin']: b for b in (r['reliability_after'] or [])}
    for b in r['reliability_before']:
        a = after.get(b['bin'])
        L.append(f"| {b['bin']} | {b['n']:,} | {f3(b['score'])} | {pct(b['toxic_rate'])} |"
                 + ((f" {a['n'] if a else 0} | {f3(a['score']) if a else '—'} | {pct(a['toxic_rate']) if a else '—'} |")
                    if r['applied'] else ''))
    return '\n'.join(L)


def trust_md_tox(r):
    L = [f'Per language (`eval` rows; decision at the stored threshold; `acc80`/`acc50`: accuracy of the 80% / 50% of rows '
         f'whose score is farthest from the threshold). **edge**: `alone` when AUC ≥ 0.85 and acc80 ≥ {TOX_TARGET:.0%}, '
         '`confident` when AUC ≥ 0.85 and only acc50 reaches it, else `escalate`.', '',
         '| lang | n | toxic | AUC | F1 | acc | acc80 | acc50 | ECE | sources | edge |', '|---|---|---|---|---|---|---|---|---|---|---|']
    for l, v in sorted(r['languages'].items()):
        L.append(f"| {l} | {v['n']:,} | {v['pos']:,} | {f3(v['auc'])} | {f3(v['f1'])} | {pct(v['accuracy'])} | "
                 f"{pct(v['acc80'])} | {pct(v['acc50'])} | {f3(v['ece'])} | {', '.join(v['sources'])} | {v['edge']} |")
    return '\n'.join(L)


def ner_md(r):
    L = [f"Entity score = the runtime's mean tag probability over the entity's tokens. Reliability on the `eval` rows "
         f"({r['n_entities_eval']:,} predicted entities; WikiANN / WNUT-17 test and the `ner/extra` test splits of "
         f"training/ner/extra.py): accuracy = "
         f"share of predicted entities that match a gold entity exactly (span and type). ECE {f3(r['ece'])}. No map is "
         'applied: the PII engine thresholds these scores (`pii.minScore`, per-type thresholds), and a map fitted on '
         'formal text would lower recall on chat, where it matters most.', '',
         '| score | n | mean score | exact-match rate |', '|---|---|---|---|']
    for b in r['reliability']:
        L.append(f"| {b['bin']} | {b['n']:,} | {f3(b['confidence'])} | {pct(b['accuracy'])} |")
    L += ['', 'Per language (held-out test rows), PERSON recall and precision next to the overall F1. **edge**: `alone` when '
          'PER recall and precision are both ≥ 0.8 on at least 20 gold names, else `escalate`:', '',
          '| lang | gold entities | F1 | PER gold | PER recall | PER precision | edge |', '|---|---|---|---|---|---|---|']
    for l, v in sorted(r['languages'].items()):
        L.append(f"| {l} | {v['gold']:,} | {f3(v['f1'])} | {v['per_gold']:,} | {f3(v['per_recall'])} | "
                 f"{f3(v['per_precision'])} | {v['edge']} |")
    L += ['', 'Per source:', '', '| source | F1 | PER recall | PER precision | gold |', '|---|---|---|---|---|']
    for k, v in r['groups'].items():
        if k.startswith('source:'):
            pr = v.get('PER', {})
            L.append(f"| {k[7:]} | {f3(v['all']['f1'])} | {f3(pr.get('r'))} | {f3(pr.get('p'))} | {v['all']['gold']:,} |")
    return '\n'.join(L)


def splice(path, marker, body):
    """Replaces the text between <!-- marker:start --> and <!-- marker:end --> (appended when absent)."""
    start, end = f'<!-- {marker}:start -->', f'<!-- {marker}:end -->'
    text = open(path, encoding='utf-8').read()
    block = f'{start}\n{body}\n{end}'
    if start in text:
        a, b = text.index(start), text.index(end) + len(end)
        text = text[:a] + block + text[b:]
    else:
        text = text.rstrip('\n') + '\n\n' + block + '\n'
    open(path, 'w', encoding='utf-8').write(text)
