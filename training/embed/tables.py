"""Markdown tables for the model card from `edge-ai eval cache --json` reports.

Usage: python3 training/embed/tables.py test.json [dev.json]
"""

import json
import sys


def fmt(v):
    return '—' if v is None else f'{v:.3f}'


def main():
    r = json.load(open(sys.argv[1]))
    o = r['overall']
    print(f"model {r['model']}, threshold {o['threshold']}, rows {r['n']}")
    print(f"overall: hit {fmt(o['hit_rate'])} on {o['n_same']} same pairs, false hit {fmt(o['false_hit_rate'])} on {o['n_diff']} different pairs\n")
    for field in ('lang', 'kind', 'source'):
        if field not in r['by']:
            continue
        print(f'| {field} | same pairs | hit rate | different pairs | false-hit rate |')
        print('|---|---|---|---|---|')
        for k, v in r['by'][field].items():
            print(f"| {k} | {v['n_same']} | {fmt(v['hit_rate'])} | {v['n_diff']} | {fmt(v['false_hit_rate'])} |")
        print()
    print('| guard | hit rate | false-hit rate |')
    print('|---|---|---|')
    for k, v in r['guard'].items():
        print(f"| {k} | {fmt(v['hit_rate'])} | {fmt(v['false_hit_rate'])} |")
    print(f"\nlatency (lookup side: embed b + cosine + guard) p50 {r['latency_ms']['p50']} ms, p99 {r['latency_ms']['p99']} ms")


if __name__ == '__main__':
    main()
