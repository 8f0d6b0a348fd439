"""Renders packages/models/models/lid/MODEL_CARD.md from the training report and a bench run (no figure typed by hand).

  /usr/bin/python3 training/lid/card.py --report training/.work/lid/report.json \
      --meta packages/models/models/lid/model.json --bench /tmp/bench.json --out packages/models/models/lid/MODEL_CARD.md
"""

import argparse
import json
import os

KINDS = ('sentence', 'pair', 'word')


def pct(x):
    return f'{100 * x:.1f}%'


def main():
    p = argparse.ArgumentParser()
    p.add_argument('--report', required=True)
    p.add_argument('--meta', required=True)
    p.add_argument('--bench', required=True)
    p.add_argument('--template', default=os.path.join(os.path.dirname(os.path.abspath(__file__)), 'card_template.md'))
    p.add_argument('--peers', default=None, help='peers.json written by peers.mjs (same held-out rows)')
    p.add_argument('--out', required=True)
    a = p.parse_args()
    r = json.load(open(a.report))
    m = json.load(open(a.meta))
    b = json.load(open(a.bench))
    onnx_bytes = b['sizes']['lid']['model_onnx_bytes']
    total_bytes = b['sizes']['lid']['total_bytes']

    rows = ['| source | kind | int8 accuracy | float accuracy | same-cluster accuracy* |', '|---|---|---|---|---|']
    for src in ('tatoeba', 'udhr', 'wikiann'):
        for k in KINDS:
            key = f'source_kind|{src}|{k}'
            rows.append(f'| {src} | {k} | {pct(r["int8"][key])} | {pct(r["float"][key])} | '
                        f'{pct(r["cluster_accuracy"][f"{src}|{k}"])} |')
    results = '\n'.join(rows)

    pl = r['per_language_tatoeba']
    n_pl = r['n_per_language_tatoeba']
    worst = []
    for k in KINDS:
        items = sorted(pl.items(), key=lambda kv: (kv[1][k], kv[0]))[:15]
        worst.append(f'**{k}**: ' + ', '.join(f'{l} {pct(v[k])}' for l, v in items))
    worst_txt = '\n\n'.join(worst)
    full = ['| lang | n sentences | sentence | pair | word |', '|---|---|---|---|---|']
    for l in sorted(pl):
        full.append(f'| {l} | {n_pl[l]} | {pct(pl[l]["sentence"])} | {pct(pl[l]["pair"])} | {pct(pl[l]["word"])} |')
    udhr = sorted(r['per_language_udhr_sentence'].items(), key=lambda kv: (kv[1], kv[0]))
    udhr_txt = ', '.join(f'{l} {pct(v)}' for l, v in udhr[:15])
    conf = ', '.join(f'{k} ({v})' for k, v in list(r['top_confusions_tatoeba'].items())[:15])

    peers_txt = '(not measured)'
    if a.peers:
        pj = json.load(open(a.peers))
        cols = [f'{s}|{k}' for s in ('tatoeba', 'udhr') for k in KINDS]
        prow = ['| tool | our labels it can output | ' + ' | '.join(c.replace('|', ' ') for c in cols) + ' |',
                '|---|---|' + '---|' * len(cols)]
        prow.append(f'| **this model (int8)** | {len(m["labels"])} | '
                    + ' | '.join(pct(r['int8'][f'source_kind|{c}']) for c in cols) + ' |')
        for name, v in pj['peers'].items():
            acc = v['accuracy']
            cells = []
            for c in cols:
                cov = acc.get(c + '|covered')
                cells.append(f'{pct(acc[c]["acc"])} ({pct(cov["acc"]) if cov else "–"})')
            prow.append(f'| {name} | {v["labels_covered"]} | ' + ' | '.join(cells) + ' |')
        peers_txt = '\n'.join(prow)
        peers_txt += '\n\nLabels a peer cannot output at all: ' + '; '.join(
            f'{name}: {len(v["labels_not_covered"])} ({" ".join(v["labels_not_covered"])})' for name, v in pj['peers'].items())
    t = open(a.template).read()
    repl = {
        'N_LABELS': str(len(m['labels'])), 'LABELS': ' '.join(m['labels']),
        'BUCKETS': str(m['featurizer']['buckets']), 'DIM': str(m['dim']), 'HIDDEN': str(m['hidden']),
        'ONNX_BYTES': f'{onnx_bytes:,}', 'TOTAL_BYTES': f'{total_bytes:,}',
        'LAT_P50': f'{b["latency_ms"]["lid"]["p50"]:.3f}', 'LAT_P99': f'{b["latency_ms"]["lid"]["p99"]:.3f}',
        'TEMP': f'{r["temperature"]:.3f}', 'ECE_BEFORE': f'{r["ece_tatoeba_test_uncalibrated"]:.3f}',
        'ECE_AFTER': f'{r["ece_tatoeba_test_calibrated"]:.3f}',
        'ECE_KIND': ', '.join(f'{k} {v:.3f}' for k, v in r['ece_tatoeba_by_kind'].items()),
        'AGREE': pct(r['float_int8_argmax_agreement']), 'RESULTS': results, 'WORST': worst_txt,
        'UDHR_WORST': udhr_txt, 'N_UDHR': str(len(r['per_language_udhr_sentence'])), 'CONFUSIONS': conf,
        'PER_LANG': '\n'.join(full), 'N_ROWS': ', '.join(f'{k} {v:,}' for k, v in r['n_rows'].items()),
        'TAT_SENT': pct(r['int8']['source_kind|tatoeba|sentence']), 'TAT_PAIR': pct(r['int8']['source_kind|tatoeba|pair']),
        'TAT_WORD': pct(r['int8']['source_kind|tatoeba|word']), 'CPU': b.get('cpu', 'this machine'),
        'PEERS': peers_txt,
    }
    for k, v in repl.items():
        t = t.replace('{{' + k + '}}', v)
    open(a.out, 'w').write(t)


if __name__ == '__main__':
    main()
