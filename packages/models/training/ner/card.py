"""Writes models/ner/MODEL_CARD.md from the result files under training/.work/ (main run, held-out-source runs,
baseline, benchmark). Run after train.py / baseline.py / bench.ts:
  /usr/bin/python3 packages/models/training/ner/card.py"""

import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
WORK = os.path.join(HERE, '..', '.work')
OUT = os.path.join(HERE, '..', '..', 'models', 'ner', 'MODEL_CARD.md')
SRC = ['wikiann', 'wnut17', 'sec', 'synthetic']


def load(name):
    p = os.path.join(WORK, name)
    return json.load(open(p)) if os.path.exists(p) else None


def fmt(m):
    return f"{m['p']:.3f} | {m['r']:.3f} | **{m['f1']:.3f}** | {m['n']}"


def main():
    main_r = load('ner-final/results.json')
    runs = {t: load(f'ner-{t}/results.json') for t in ('holdout-v4', 'holdout-wikiann', 'holdout-v3', 'holdout-v2', 'holdout-wnut-sec')}
    base = load('ner-baseline.json')
    bench = load('ner-bench.json')
    size = os.path.getsize(os.path.join(HERE, '..', '..', 'models', 'ner', 'model.onnx'))
    L = []
    w = L.append
    w('# NER model card (PER / LOC / ORG)\n')
    w('Multilingual named-entity tagger for the PII pseudonymizer. `recognizeEntities(text)` '
      '(packages/models/src/ner.ts) returns entities of type PER, LOC or ORG with UTF-16 character offsets into the '
      'original string and a score (mean probability of the chosen tag over the entity tokens).\n')
    w('## Architecture\n')
    w('- Tokens: runs of letters/digits (combining marks join a run) or a single other non-space character '
      '(emoji, punctuation, `@`, `#`). Identical tokenizer and featurizer in Python (`training/ner/features.py`) and '
      'TypeScript (`src/ner-features.ts`), checked by a parity fixture.')
    w('- Per token: mean of hashed character n-gram embeddings (n = 1..4 over `<lowercased token>`, digits -> 0, '
      '32,768 buckets x 64, at most 48 n-grams), hashed lowercased word embedding (16,384 x 32), shape embedding '
      '(casing class x attached `@`/`#`/punctuation prefix x sentence-initial; 73 x 16).')
    w('- Linear 112 -> 96, four residual pre-LayerNorm dilated 1-D convolutions (kernel 3, dilations 1, 2, 4, 1; '
      'receptive field 17 tokens), LayerNorm, linear -> 7 BIO tags, softmax. Decoding: constrained Viterbi '
      '(I-X only after B-X/I-X).')
    w(f'- ONNX opset 17, hand-built graph; embedding tables int8 with per-row scales (Gather on int8, then Cast x scale), '
      f'projection and conv weights int8 with per-channel DequantizeLinear; output layer float. '
      f'**Size: {size / 1e6:.2f} MB** ({size} bytes).')
    if bench:
        w(f"- **Latency** (onnxruntime-node 1.30, one thread, warm, {bench['chars']}-char chat input = "
          f"{bench['tokens']} tokens, featurizer included): p50 **{bench['p50_ms']} ms**, p90 {bench['p90_ms']} ms "
          f"(featurizer alone p50 {bench['featurize_p50_ms']} ms), measured on the shared 2-core dev box under load "
          f"from other jobs ({bench.get('note', '')}). Command: `node_modules/.bin/node packages/models/training/ner/bench.ts`.")
    w('\n## Training data and licences\n')
    w('| source | licence | use |\n|---|---|---|')
    w('| WikiANN (Pan et al. 2017; Babelscape/wikineural splits) de en es nl pl ru | CC-BY-SA 3.0 | train 20k/lang; '
      'val 400/lang for checkpoint selection; test 2,000/lang |')
    w('| WNUT-17 emerging entities | CC-BY-4.0 | train (x8); dev for selection; test. person->PER, location->LOC, '
      'corporation->ORG, other types -> O |')
    w('| SEC filings NER (Alvarado et al. 2015) | CC-BY-3.0 | FIN5 train (150 sentences held out for selection, '
      'x8); FIN3 test. IOB1 -> BIO, MISC -> O |')
    w('| @faker-js/faker 10.6.0 lexicons | MIT | first/last names, cities, countries, states, company suffixes for '
      'synthetic chat sentences |')
    w('| GeoNames localized city names (Debian libgeonames-common) | CC-BY-4.0 | localized place names for synthetic '
      'sentences |')
    w('\nSynthetic chat sentences (`training/ner/synth.py`, `templates.py`): 30k fresh sentences per epoch in en de es fr '
      'it pt nl pl ru from ~20 templates per language, with names/places/companies from faker + GeoNames (+ WikiANN '
      'training entities), lowercased (35%), entity-only lowercased (10%), upper-cased (4%), punctuation stripped '
      '(30%), typos, emoji (also glued to names), fillers, hashtags, @mentions, URLs, e-mails and numbers (never '
      'entities). 30% of the real training sentences get the same noise, and in 30% of them each entity is swapped '
      '(p = 0.7) for a lexicon entity of the same type. Each epoch samples 7,000 WikiANN sentences per language, and '
      '40% of them get a non-entity opening (text before the first entity of another WikiANN/WNUT sentence). **The synthetic eval set uses disjoint templates (every 4th) and '
      'disjoint name/place/brand lists (stable hash split 80/20)**, so it measures generalisation to unseen '
      'phrasings and names, not memorisation.\n')
    if main_r:
        w(f"## Results: bundled model (run `{main_r['tag']}`, trained on all four sources, {main_r['steps']} steps of 32 sentences)\n")
        w('Exact-span entity micro P/R/F1 on held-out test splits (text = tokens joined by spaces). '
          'Checkpoint chosen on the dev/val splits only.\n')
        w('| test set | P | R | F1 | gold entities |\n|---|---|---|---|---|')
        for s in SRC:
            w(f'| {s} | {fmt(main_r[s]["all"]["all"])} |')
        w('\nPer language:\n\n| source/lang | P | R | F1 | gold |\n|---|---|---|---|---|')
        for s in SRC:
            for k in sorted(main_r[s]):
                if k != 'all':
                    w(f'| {k} | {fmt(main_r[s][k]["all"])} |')
        w('\nPer type (F1):\n\n| test set | PER | LOC | ORG |\n|---|---|---|---|')
        for s in SRC:
            a = main_r[s]['all']
            w(f"| {s} | {a['PER']['f1']:.3f} | {a['LOC']['f1']:.3f} | {a['ORG']['f1']:.3f} |")
    w('\n## Held-out sources (trained without the tested source)\n')
    w('`holdout-v4` uses the bundled recipe; `holdout-wikiann` the bundled recipe minus the WikiANN-specific parts '
      '(subsampling, openings); `holdout-v3` is without the non-entity openings, `holdout-v2` also without WikiANN '
      'subsampling; `holdout-wnut-sec` is the first recipe, without '
      'entity swapping and URL/e-mail/number distractors. The synthetic '
      'rows are not a held-out source (synthetic text is in training) but use unseen templates and names.\n')
    w('| run (trained on) | tested on | P | R | F1 | gold |\n|---|---|---|---|---|---|')
    for tag, r in runs.items():
        if not r:
            continue
        for s in SRC:
            if s not in r['sources'] or s == 'synthetic':
                w(f"| {tag} ({' + '.join(r['sources'])}, {r['steps']} steps) | {s} | {fmt(r[s]['all']['all'])} |")
    if base:
        w('\n## Baselines on the same test sets\n')
        w('Capitalised-word heuristic (every maximal run of capitalised tokens not at sentence start = one entity, '
          'typed PER, the majority type; "untyped" ignores the type):\n')
        w('| test set | typed F1 | untyped F1 |\n|---|---|---|')
        for s in SRC:
            w(f"| {s} | {base[s]['typed']['f1']:.3f} | {base[s]['untyped']['f1']:.3f} |")
        w('\nPeer note: `compromise` (rule-based English NER) scores about 0.39 entity F1 externally (not measured here).')
    w('\n## Target and honest status\n')
    w('The issue target was entity micro-F1 >= 0.75 on text from sources absent from training. **Not met**: with '
      'WikiANN + synthetic only, WNUT-17 tweets score 0.06-0.10 and SEC filings 0.05-0.07 (mostly false ORG/LOC on '
      'sentence-initial words, URLs and Title-Case legal terms, and missed lowercase names); with WNUT-17 + SEC + '
      'synthetic only, WikiANN scores about 0.25. In-source test splits score 0.68-0.73 except WNUT-17 (0.27), whose '
      'labels also count group/product/creative-work mentions as O. Treat the tagger as a recall aid for the PII '
      'engine (names after cue phrases such as "my name is", "ich heiße", "me llamo"; capitalised names in '
      'running text), not as a guarantee.\n')
    w('Model selection: four full runs were trained (a fifth, `main`, first recipe, was stopped at 18k of 30k '
      'steps to free CPU; `main-b`: first recipe plus Title-Case noise and x8 upsampling, '
      '22k steps; `v2`: + entity swapping and URL/e-mail/number distractors, 14k steps; `v3`: v2 with WikiANN '
      'subsampled to 7,000 sentences per language and epoch, 12k steps; `v4`: v3 + 40% of WikiANN sentences given a '
      'non-entity opening taken from another sentence, because 40% of WikiANN sentences start with an entity, '
      '16k steps). The rule fixed beforehand was the best mean dev F1 over WikiANN val, WNUT-17 dev and SEC dev: '
      '`v4` 0.674, `v3` 0.667, `v2` 0.654, `main-b` 0.653, so `v4` is bundled. On the test splits `v3` was in '
      'fact better (WikiANN 0.737, WNUT-17 0.290, SEC 0.724, synthetic 0.705 vs 0.731 / 0.273 / 0.678 / 0.677); '
      'it was not switched back, since that would be choosing on test data. The differences are mostly within '
      'the noise of the small WNUT-17 and SEC test sets.\n')
    w('\n## Limitations\n')
    w('- Word-level hashed features and a 17-token context: no deep semantics; ORG is the weakest type, and '
      'lowercase one-word names that are also common words are often missed.')
    w('- WikiANN covers only de en es nl pl ru; fr it pt are taught by synthetic sentences only. Other languages and '
      'scripts (CJK, Arabic) are not evaluated.')
    w('- Label conventions differ between sources (WNUT-17 labels only some entity kinds; SEC labels lenders/borrowers '
      'as ORG or PER); scores across sources are not directly comparable.')
    w('- @mentions and hashtags are tagged O (as in WNUT-17) unless the hashtag is a name in the data.')
    w('\nReproduce: `/usr/bin/python3 packages/models/training/ner/train.py --data ../shared/data --out '
      'packages/models/models/ner` (held-out runs: `--exclude wnut17,sec --tag holdout-v4 --steps 9000 --no-export`, '
      '`--exclude wikiann --tag holdout-wikiann --steps 6000 --no-export`; `holdout-wnut-sec` was run with the first '
      'recipe (commit e332bbf, `--steps 20000`), `holdout-v3` with `--prefix 0`, `holdout-v2` with `--prefix 0 --wikiann-per-lang 0 --steps 10000`), then `baseline.py`, `bench.ts`, `card.py`.')
    open(OUT, 'w').write('\n'.join(L) + '\n')
    print('wrote', OUT)


if __name__ == '__main__':
    main()
