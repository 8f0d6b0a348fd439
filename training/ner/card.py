"""Writes models/ner/MODEL_CARD.md from the result files under training/.work/ (main run, held-out-source runs,
baseline, benchmark). Run after train.py / baseline.py / bench.ts:
  /usr/bin/python3 training/ner/card.py"""

import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
WORK = os.path.join(HERE, '..', '.work')
OUT = os.path.join(HERE, '..', '..', 'packages', 'models', 'models', 'ner', 'MODEL_CARD.md')
SRC = ['wikiann', 'wnut17', 'sec', 'synthetic']
STATUS = (
    'The issue target is entity micro-F1 >= 0.75 (exact span) on text from sources absent from training. **Not met.** '
    'With the bundled recipe (hard negatives + gazetteer), training on WikiANN + synthetic gives WNUT-17 tweets 0.215 '
    '(previous recipe 0.099) and SEC filings 0.080 (0.062); training on WNUT-17 + SEC + synthetic gives WikiANN 0.264 '
    '(0.247). Precision on unseen sources roughly tripled on tweets (0.07 -> 0.21), and ordinary chat prompts now get '
    '7 false spans per 100 prompts instead of 55 (bundled v4) - the false positives users saw ("summarise", "short '
    'joke") are mostly gone - but recall on unseen sources stays low (0.10-0.22). The SEC held-out figure is bounded by '
    'a label convention the other sources do not share: 216 of its 311 test entities are the words "Borrower"/"Lender" '
    'labelled PER; the remaining false positives there are Title-Case defined terms ("Loan Agreement", "Servicer"). '
    'The English peer `compromise`, which was never trained on any of these sources, scores 0.33 on WNUT-17 and 0.18 '
    'on SEC (table above): better than both our held-out figures (0.215, 0.080), equal to our in-source WNUT-17 '
    'figure and below our in-source WikiANN/en, SEC and synthetic/en figures. In-source test splits improved over v4: WikiANN 0.731 -> 0.748, WNUT-17 0.273 -> 0.325, SEC 0.678 -> '
    '0.687, synthetic 0.677 -> 0.696 (per language synthetic/en 0.693 -> 0.670 and synthetic/it 0.523 -> 0.496 fell, the '
    'other seven rose). One held-out figure regressed: the synthetic eval of the run trained without '
    'WikiANN (0.619 -> 0.535; its best-dev checkpoint is step 2000 of 6000, picked by the WNUT-17/SEC dev splits; '
    'synthetic is a training source in that run, not a held-out one). Treat the tagger as a recall aid for the PII '
    'engine (names after cue phrases, capitalised names in running text, names in the gazetteer), not as a guarantee.\n'
)
SELECTION = (
    'Model selection (validation only, table above): hard negatives alone (`holdout-neg1`) cut false spans on the '
    'entity-free dev sentences from 87 to 3.3 per 100 and raised the held-out WNUT-17/SEC dev F1 (0.139 -> 0.253, '
    '0.148 -> 0.221) at a cost on WikiANN val (0.748 -> 0.732); adding the gazetteer (`holdout-neg-gaz`) recovered '
    'WikiANN val (0.755) and raised WNUT-17/SEC dev further (0.316 / 0.233), so the bundled recipe has both. Doubling the negatives '
    '(`holdout-neg2`: 30,000 per epoch, 60% of synthetic sentences joined to one, with the gazetteer) was worse on '
    'every dev split (WikiANN 0.738, WNUT-17 0.281, SEC 0.184) and is not used. The full '
    'run `v5` (all four sources, 16k steps, checkpoint = best mean dev F1 over the four dev splits, step 16000) beats '
    'the previous bundled `v4` on every dev split but SEC (equal): WikiANN 0.736 -> 0.755, WNUT-17 0.412 -> 0.469, '
    'SEC 0.875 -> 0.875, synthetic 0.978 -> 0.987, entity-free dev sentences 64.8 -> 3.2 false spans per 100. '
    'Test figures were computed after the choice. Previous recipes (`main`, `main-b`, `v2`, `v3`, `v4`) are '
    'described in the git history of this card.\n'
)
PRETRAIN = (
    'Experiment, not in the bundled model: masked-token pretraining (`pretrain.py`: the same encoder, 15% of tokens '
    'masked, predicting their hashed word id, 5,000 steps of 64 sentences = about one pass over 303k unlabelled '
    'sentences from Tatoeba, STS-B, TweetEval and WikiANN train, never WNUT-17 or SEC) before the tagging run '
    '(`train.py --init`). The held-out-source run with it (`--exclude wnut17,sec --tag holdout-pre --steps 9000`) '
    'was no better than without it (`holdout-neg-gaz`): WNUT-17 dev 0.323 vs 0.316, SEC dev 0.223 vs 0.233, WikiANN '
    'val 0.748 vs 0.755, chat-probe false spans 17.9 vs 11.2 per 100 (bundled all-source model: 7.3) (test, computed afterwards: WNUT-17 0.209 vs '
    '0.215, SEC 0.076 vs 0.080). One CPU pass of pretraining does not help this small hashed-feature '
    'encoder.\n\nExperiment, not in the bundled model: the data README\'s subword route (`training/encoder/`, README'
    ' there). A sentencepiece Unigram vocabulary (12k) and a 2-layer, 128-wide BERT-style encoder (the largest '
    'shape inside the latency budget: 0.995 ms p50 on 150 tokens, 1.99 MB int8), pre-trained with masked-token '
    'prediction for 4,000 steps (about 55 CPU minutes; held-out MLM accuracy 0.20) on 500k training-split '
    'sentences, then fine-tuned with this tagger\'s data mixture and selection protocol (`--exclude wnut17,sec`). It'
    ' transfers worse than this CNN: WNUT-17 dev 0.184 vs 0.316, SEC dev 0.125 vs 0.233, WikiANN val 0.661 vs 0.755'
    ' (test, computed afterwards: 0.149 vs 0.215, 0.061 vs 0.080, 0.658 vs 0.742); from a random start 0.182 / '
    '0.141 / 0.646, so the pretraining bought about nothing at this length, and 20k fine-tuning steps raised '
    'WikiANN (0.724) but lowered both unseen sources. Whether far longer pretraining would change this is not '
    'settled; the pretraining resumes from `.work/encoder/pretrain/`.\n'
)
HOLDOUT_RUNS = ('holdout-neg-gaz', 'holdout-wikiann-neg-gaz', 'holdout-neg1', 'holdout-neg2', 'holdout-v4', 'holdout-wikiann', 'holdout-v3',
                'holdout-v2', 'holdout-wnut-sec')


def load(name):
    p = os.path.join(WORK, name)
    return json.load(open(p)) if os.path.exists(p) else None


def fmt(m):
    return f"{m['p']:.3f} | {m['r']:.3f} | **{m['f1']:.3f}** | {m['n']}"


def main():
    main_r = load('ner-final/results.json')
    runs = {t: load(f'ner-{t}/results.json') for t in HOLDOUT_RUNS}
    sel = load('ner-selection.json') or {}
    peer = load('ner-peer/compromise.json')
    base = load('ner-baseline.json')
    bench = load('ner-bench.json')
    size = os.path.getsize(os.path.join(HERE, '..', '..', 'packages', 'models', 'models', 'ner', 'model.onnx'))
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
      '(casing class x attached `@`/`#`/punctuation prefix x sentence-initial; 73 x 16), and 5 gazetteer bits '
      '(`training/ner/gazetteer.py`: the normalised token is a first name / last name / place-name token / company-form '
      'word / common lowercase word) -> linear 5 -> 16. The gazetteer is five Bloom filters (2 hashes, 1.8 Mbit = '
      '231 KB, estimated false-positive rates 0.05-1.7%) stored inside model.onnx (`gaz_bits`); the featurizer '
      'computes the 10 bit positions per token (same hash in Python and TypeScript, in the parity fixture) and the '
      'graph looks the bits up. Entries: faker first/middle names (18.4k tokens), last names (15.4k), cities/countries/'
      'states of all 73 faker locales + GeoNames localized names in en de es fr it pt nl pl ru (50k place tokens), '
      'faker company suffixes + template company words (177), and words seen lowercase >= 3 times mid-sentence in the '
      'entity-free training sentences (17.7k). Lexicon entries reserved for the synthetic eval (20% by hash) are left '
      'out of the gazetteer, so synthetic-eval names are not looked up.')
    w('- Linear 128 -> 96, four residual pre-LayerNorm dilated 1-D convolutions (kernel 3, dilations 1, 2, 4, 1; '
      'receptive field 17 tokens), LayerNorm, linear -> 7 BIO tags, softmax. Decoding: constrained Viterbi '
      '(I-X only after B-X/I-X).')
    w(f'- ONNX opset 17, hand-built graph; embedding tables int8 with per-row scales (Gather on int8, then Cast x scale), '
      f'projection and conv weights int8 with per-channel DequantizeLinear; output layer float. '
      f'**Size: {size / 1e6:.2f} MB** ({size} bytes).')
    if bench:
        w(f"- **Latency** (onnxruntime-node 1.30, one thread, warm, {bench['chars']}-char chat input = "
          f"{bench['tokens']} tokens, featurizer included): p50 **{bench['p50_ms']} ms**, p90 {bench['p90_ms']} ms "
          f"(featurizer alone p50 {bench['featurize_p50_ms']} ms), measured on the shared 2-core dev box under load "
          f"from other jobs ({bench.get('note', '')}). Command: `node_modules/.bin/node training/ner/bench.ts`.")
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
      'sentences and the gazetteer |')
    w('| Tatoeba sentences (LASER packaging; eng deu spa fra ita por nld pol rus) | CC-BY-2.0-FR | entity-free sentences '
      '(hard negatives), 90% train / 10% dev by hash |')
    w('| STS-B machine-translated (stsb-multi-mt), de en es fr it nl pl pt ru | STS-B per-source terms (news, captions, '
      'forums) | entity-free sentences: train split for training, dev split for the negatives dev rate |')
    w('| TweetEval offensive + hate train tweets | original task terms (see its README) | entity-free tweets (training '
      'only) |')
    w('\nSynthetic chat sentences (`training/ner/synth.py`, `templates.py`): 30k fresh sentences per epoch in en de es fr '
      'it pt nl pl ru from ~20 templates per language, with names/places/companies from faker + GeoNames (+ WikiANN '
      'training entities), lowercased (35%), entity-only lowercased (10%), upper-cased (4%), punctuation stripped '
      '(30%), typos, emoji (also glued to names), fillers, hashtags, @mentions, URLs, e-mails and numbers (never '
      'entities). 30% of the real training sentences get the same noise, and in 30% of them each entity is swapped '
      '(p = 0.7) for a lexicon entity of the same type. Each epoch samples 7,000 WikiANN sentences per language, and '
      '40% of them get a non-entity opening (text before the first entity of another WikiANN/WNUT sentence). **The synthetic eval set uses disjoint templates (every 4th) and '
      'disjoint name/place/brand lists (stable hash split 80/20)**, so it measures generalisation to unseen '
      'phrasings and names, not memorisation.\n')
    w('**Hard negatives** (`training/ner/negatives.py`, `--neg 15000 --mix 0.3`): unlabelled sentences from Tatoeba, '
      'STS-B (9 languages) and tweets, kept only when they contain no capitalised token after the first (except '
      'English "I"; not applied to German), no ALL-CAPS word (bar a few like OK/LOL), and no token that is a known '
      'entity word (faker/GeoNames/WikiANN person-name tokens) unless it is a common lowercase word of the pool; '
      '76k sentences remain, labelled all-O. Each epoch adds 15,000 of them (60% with chat noise, 8% Title Case, '
      '4% ALL CAPS: headings), and 30% of the synthetic sentences get one joined before or after them, so names '
      'appear next to ordinary vocabulary instead of only template words. Before this, every word outside the '
      '~20 templates per language was an entity in the synthetic data, and the model tagged unfamiliar common '
      'words ("summarise", "haiku", "mortgage") as entities.\n')
    if main_r:
        w(f"## Results: bundled model (run `{main_r['tag']}`, trained on all four sources + hard negatives, "
          f"{main_r['steps']} steps of 32 sentences)\n")
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
    w('`holdout-neg-gaz` and `holdout-wikiann-neg-gaz` use the bundled recipe (hard negatives + gazetteer features); '
      '`holdout-neg1` is the bundled recipe without gazetteer features, `holdout-neg2` the bundled recipe with twice the '
      'negatives (not used, see selection). The older rows are the previous recipes: '
      '`holdout-v4` / `holdout-wikiann` (previous bundled recipe, no negatives, no gazetteer), `holdout-v3` without '
      'the non-entity openings, `holdout-v2` also without WikiANN subsampling, `holdout-wnut-sec` the first recipe. '
      'The synthetic rows are not a held-out source (synthetic text is in training) but use unseen templates and '
      'names.\n')
    w('| run (trained on) | tested on | P | R | F1 | gold |\n|---|---|---|---|---|---|')
    for tag, r in runs.items():
        if not r:
            continue
        for s in SRC:
            if s not in r['sources'] or s == 'synthetic':
                w(f"| {tag} ({' + '.join(r['sources'])}, {r['steps']} steps) | {s} | {fmt(r[s]['all']['all'])} |")
    diag = load('ner-diagnosis.json')
    if diag:
        w('\nFalse positives of the held-out runs on the WNUT-17 / SEC test splits, by kind (`diagnose.py`; analysis '
          'only, nothing was tuned on it):\n')
        kinds = ['overlaps gold (wrong span/type)', 'sentence-initial', 'ALL CAPS', 'lowercase', 'capitalised']
        w('| run | test set | false spans | ' + ' | '.join(kinds) + ' | most frequent |')
        w('|---|---|---|' + '---|' * len(kinds) + '---|')
        for run, v in diag.items():
            for name, m in v.items():
                top = ', '.join(f'{t} x{n}' for t, n in m['top'][:5]).replace('|', '/')
                w(f"| {run} | {name} | {m['fp']} | " + ' | '.join(str(m['kinds'].get(k, 0)) for k in kinds) + f' | {top} |')
    if sel:
        w('\n## Variant selection (validation splits only)\n')
        w('Exact-span F1 on the dev splits (WikiANN val 400/lang, WNUT-17 dev, SEC dev = 150 held-out FIN5 sentences, '
          'synthetic dev = training templates and names), false-positive spans per 100 entity-free dev sentences '
          '(Tatoeba/STS-B dev, 5.4k sentences, 9 languages), and spans per 100 no-entity chat prompts (probe, see '
          'below). For held-out-source runs the dev split of the excluded source shows how the recipe transfers; '
          'it was not used to pick checkpoints (those use only the included sources\' dev splits).\n')
        w('| run | trained on | WikiANN val | WNUT-17 dev | SEC dev | synthetic dev | neg FP/100 | probe spans/100 |')
        w('|---|---|---|---|---|---|---|---|')
        for run, v in sel.items():
            dv = v['dev']
            src = ' + '.join(v['sources']) if v.get('sources') else 'all four'
            w(f"| {run} | {src} | {dv['wikiann']:.3f} | {dv['wnut17']:.3f} | {dv['sec']:.3f} | {dv['synthetic']:.3f} | "
              f"{v['neg_dev_fp_per_100']:.1f} | {v['probe']['all']:.1f} |")
        w('\n**No-entity chat probe** (`training/ner/probe.py`): 179 ordinary chat prompts written for this probe and '
          'never used in training (99 English, e.g. "can you summarise this article for me", "write a short joke '
          'about cats", "Write A Short Story About A Lost Dog", "SUMMARISE THE MEETING NOTES BELOW"; 10 each in de es '
          'fr it pt nl pl ru). Every predicted span is a false positive.\n')
        w('| run | spans per 100 prompts: all | en | other languages |\n|---|---|---|---|')
        for run, v in sel.items():
            w(f"| {run} | {v['probe']['all']:.1f} | {v['probe']['en']:.1f} | {v['probe']['other']:.1f} |")
    if base:
        w('\n## Baselines and peers on the same test sets\n')
        w('Capitalised-word heuristic (every maximal run of capitalised tokens not at sentence start = one entity, '
          'typed PER, the majority type; "untyped" ignores the type):\n')
        w('| test set | typed F1 | untyped F1 |\n|---|---|---|')
        for s in SRC:
            w(f"| {s} | {base[s]['typed']['f1']:.3f} | {base[s]['untyped']['f1']:.3f} |")
    if peer:
        w('\nPeer: `compromise` 14.17 (rule-based English NER; people() -> PER, places() -> LOC, organizations() -> ORG, '
          'each match mapped to the exact token span it covers), on the English rows of the same test sets '
          '(`training/ner/peer_rows.py` + `peer_compromise.ts`). The bundled model on the same rows for comparison '
          '(WikiANN/en and synthetic/en from the per-language table above; WNUT-17 and SEC are English only):\n')
        w('| test set | compromise P | R | F1 | bundled model F1 | gold |\n|---|---|---|---|---|---|')
        for s, m in peer.items():
            if s == 'probe/en':
                ours = sel.get(main_r['tag'], {}).get('probe', {}).get('en') if main_r else None
                w(f"| probe/en (no entities: spans per 100 prompts) | | | {100 * m['fp'] / m['rows']:.1f} | "
                  f"{ours if ours is not None else ''} | 0 |")
                continue
            key = {'wikiann/en': ('wikiann', 'wikiann/en'), 'wnut17': ('wnut17', 'wnut17/en'), 'sec': ('sec', 'sec/en'),
                   'synthetic/en': ('synthetic', 'synthetic/en')}[s]
            ours = f"{main_r[key[0]][key[1]]['all']['f1']:.3f}" if main_r and key[1] in main_r[key[0]] else ''
            w(f"| {s} | {m['p']:.3f} | {m['r']:.3f} | **{m['f1']:.3f}** | {ours} | {m['n']} |")
    w('\n## Target and honest status\n')
    w(STATUS)
    w(SELECTION)
    w(PRETRAIN)
    w('\n## Limitations\n')
    w('- Word-level hashed features and a 17-token context: no deep semantics; ORG is the weakest type, and '
      'lowercase one-word names that are also common words are often missed.')
    w('- WikiANN covers only de en es nl pl ru; fr it pt are taught by synthetic sentences only. Other languages and '
      'scripts (CJK, Arabic) are not evaluated.')
    w('- Label conventions differ between sources (WNUT-17 labels only some entity kinds; SEC labels lenders/borrowers '
      'as ORG or PER); scores across sources are not directly comparable.')
    w('- @mentions and hashtags are tagged O (as in WNUT-17) unless the hashtag is a name in the data.')
    w('- Gazetteer lookups are per token: a place token such as "new" or "the" (from "New York", "The Hague") sets the '
      'place bit for ordinary words too; the model learns how much to trust each bit. 20% of lexicon entries are '
      'left out (reserved for the synthetic eval).')
    w('\nReproduce (train.py defaults = the bundled recipe): `/usr/bin/python3 training/ner/train.py '
      '--data ../shared/data --no-export`, then `export.py --data ../shared/data --tag v5` (held-out runs: '
      '`--exclude wnut17,sec --tag holdout-neg-gaz --steps 9000 --no-export`, `--exclude wikiann --tag '
      'holdout-wikiann-neg-gaz --steps 6000 --no-export`; `holdout-neg1` = the first with `--no-gaz`; older rows: '
      'see git history), then `selection.py --data ../shared/data v4 v5 holdout-...`, `baseline.py`, `peer_rows.py` + '
      '`peer_compromise.ts`, `bench.ts`, `card.py`.')
    open(OUT, 'w').write('\n'.join(L) + '\n')
    print('wrote', OUT)


if __name__ == '__main__':
    main()
