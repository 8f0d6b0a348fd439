"""Builds the PII engine's common-word lexicon (packages/core/src/pii/common-data.ts) from ../shared/data.

COMMON: words of Latin-script text in about 200 languages that are written in lower case in the middle of a sentence
at least MIN times and at least a third as often as capitalised there: everyday words of any language we read ("team",
"dekat", "bola", "lol"), not names (names are capitalised mid-sentence: "felix" 2 lower-case / 108 capitalised is no
common word). Name rules that accept a word the name lexicon does not know (a nickname, a name of a region the faker
lists miss) accept it only when it is no common word.
Sources (sentences read whole; only words with a Latin letter counted):
- langid/tatoeba_laser_train.tsv: Tatoeba sentences (LASER packaging), CC-BY 2.0 FR;
- langid/extra/flores200_sib.tsv (FLORES-200, CC-BY-SA 4.0) and langid/extra/ntrex128.tsv (NTREX-128, CC-BY-SA 4.0),
  Latin-script rows;
- ner/wnut17/wnut17train.conll: WNUT-17 training tweets (CC-BY-4.0), for chat words ("lol", "tbh");
- ner/wikiann/{de,en,es,nl,pl,ru} train and val (CC-BY-SA 3.0) and the non-test splits of the Tier A sources of
  ner/extra (CC-BY / CC-BY-SA / CC0 / MIT: id, tr, tl, pt, da, sv, hr, sk, nb, nn, fr, en);
- toxicity/davidson (MIT) and toxicity/germeval2018 (CC-BY-4.0) tweets; the Tier A tweets and comments of
  toxicity/extra (ToLD-Br pt CC-BY-SA 4.0, PolEval 2019 pl BSD-3, DKhate da CC-BY 4.0, HatemojiBuild en CC-BY 4.0) but
  the fifth held out by `held_out`;
- paraphrase/stsb-multi-mt train splits (STS-B, as in the NER model card).
Stored as a Bloom filter (same hashing as lexicon.py, about 1% false positives: a name taken for a common word is
left alone, the safe side). Usage: python3 training/pii/common_words.py ../shared/data
"""
import collections, csv, glob, hashlib, json, os, re, sys, unicodedata

from bloom import bloom  # same Bloom filter and hashing as the name lexicon (training/pii/bloom.py)

DATA = sys.argv[1] if len(sys.argv) > 1 else '../shared/data'
OUT = 'packages/core/src/pii/common-data.ts'
# Sources of ner/extra whose licence allows shipping what is built from them (Tier A, ner/EXTRA_NER_SOURCES.md), Latin script.
TIER_A_NER = ('gum_en_A', 'uner_en_ewt', 'uner_pt_bosque', 'uner_da_ddt', 'uner_sv_talbanken', 'uner_hr_set', 'uner_sk_snk',
              'uner_tl_trg', 'norne_nb', 'norne_nn', 'europeana_fr', 'idner_news_id', 'turkish_wiki_ner_tr')
# Tier A tweets and comments of toxicity/extra (toxicity/extra/SOURCES.md): pt, pl, da, en; a fifth of each (held_out)
# is kept out to measure lower-case names on text the word list never saw (packages/core/bench/pii-lower-fp.ts).
TIER_A_TWEETS = ('toldbr_pt.jsonl', 'poleval2019_task6_pl.jsonl', 'dkhate_da.jsonl', 'hatemoji_build_en.jsonl')
MIN = 2


def held_out(text):
    """The fifth of the toxicity/extra texts kept out of the word counts (md5 of the text, first byte mod 5 == 0)."""
    return hashlib.md5(text.encode('utf-8')).digest()[0] % 5 == 0
# written lower-case at least a third as often as capitalised: "world" (World Cup, World War) and "sabah" count
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
LATIN = re.compile(r'[A-Za-z\u00c0-\u024f\u1e00-\u1eff]')
KEEP = re.compile(r"[a-z\u00df-\u00ff\u0100-\u024f\u1e00-\u1eff'’]{3,15}")

def conll_sentences(path, token_col, tag_col=None):
    """(tokens, tags) of each sentence of a tab-separated CoNLL file (blank line between sentences)."""
    tokens, tags = [], []
    for line in open(path, encoding='utf-8'):
        parts = line.rstrip('\n').split('\t')
        if line.strip() and len(parts) > max(token_col, tag_col or 0):
            tokens.append(parts[token_col])
            tags.append(parts[tag_col] if tag_col is not None else 'O')
        elif tokens:
            yield tokens, tags
            tokens, tags = [], []
    if tokens:
        yield tokens, tags


def wikiann(data, langs, splits):
    """(tokens, tags) of the WikiANN sentences of these languages and splits."""
    for lang in langs:
        for split in splits:
            yield from conll_sentences(f'{data}/ner/wikiann/{lang}/{split}.conllu', 1, 2)


def count_words(data):
    """Lower-case and capitalised mid-sentence counts of every Latin-script word of the sources above."""
    lower = collections.Counter()
    capital = collections.Counter()

    def read(text):
        first = True
        for m in WORD.finditer(text):
            w = unicodedata.normalize('NFC', m.group())
            if LATIN.search(w) and not first:
                k = w.lower()
                if w == k:
                    lower[k] += 1
                elif w[0].isupper():
                    capital[k] += 1
            first = False

    for line in open(f'{data}/langid/tatoeba_laser_train.tsv', encoding='utf-8'):
        parts = line.rstrip('\n').split('\t')
        if len(parts) == 2 and parts[0] != 'lang':
            read(parts[1])
    for name in ('flores200_sib.tsv', 'ntrex128.tsv'):
        for line in open(f'{data}/langid/extra/{name}', encoding='utf-8'):
            parts = line.rstrip('\n').split('\t')
            if len(parts) >= 4 and parts[1] == 'Latn':
                read(parts[3])
    for tokens, _tags in conll_sentences(f'{data}/ner/wnut17/wnut17train.conll', 0):
        read(' '.join(tokens))
    for tokens, _tags in wikiann(data, ('de', 'en', 'es', 'nl', 'pl', 'ru'), ('train', 'val')):
        read(' '.join(tokens))
    for path in sorted(glob.glob(f'{data}/ner/extra/*.jsonl')):
        source, split = os.path.basename(path).split('.')[:2]
        if source in TIER_A_NER and (split != 'test' or source == 'uner_tl_trg'):
            for line in open(path, encoding='utf-8'):
                read(' '.join(json.loads(line)['tokens']))
    for row in csv.DictReader(open(f'{data}/toxicity/davidson/labeled_data.csv', encoding='utf-8')):
        read(row['tweet'])
    for line in open(f'{data}/toxicity/germeval2018/germeval2018.training.txt', encoding='utf-8'):
        read(line.split('\t')[0])
    for name in TIER_A_TWEETS:
        for line in open(f'{data}/toxicity/extra/{name}', encoding='utf-8'):
            text = json.loads(line)['text']
            if not held_out(text):
                read(text)
    for path in sorted(glob.glob(f'{data}/paraphrase/stsb-multi-mt/data/stsb-*-train.csv')):
        for row in csv.reader(open(path, encoding='utf-8')):
            for cell in row[:2]:
                read(cell)

    return lower, capital


def common_words(lower, capital):
    """Words written lower-case mid-sentence at least MIN times and at least a third as often as capitalised, from the
    counts of count_words()."""
    return sorted(w for w, n in lower.items() if n >= MIN and 3 * n >= capital[w] and KEEP.fullmatch(w))


def main():
    common = common_words(*count_words(DATA))
    bits, data = bloom(common)
    with open(OUT, 'w', encoding='utf-8') as out:
        out.write('// GENERATED by training/pii/common_words.py from ../shared/data — do not edit.\n')
        out.write(f'// COMMON: {len(common)} words (3-15 Latin letters) written lower-case mid-sentence >= {MIN} times and at least a third as\n')
        out.write('// often as capitalised, in Latin-script text of Tatoeba (CC-BY 2.0 FR), FLORES-200 and NTREX-128 (CC-BY-SA 4.0),\n')
        out.write('// WikiANN train/val (CC-BY-SA 3.0), Tier A sources of ner/extra, WNUT-17 train (CC-BY-4.0), Davidson (MIT),\n')
        out.write('// GermEval 2018 (CC-BY-4.0), Tier A tweets of toxicity/extra (pt pl da en, 4/5) and STS-B-MT train.\n')
        out.write('// Bloom filter (about 1% false positives), hashing as lexicon-data.ts.\n')
        out.write(f'export const COMMON = {{ bits: {bits}, count: {len(common)}, data: {json.dumps(data)} }};\n')
    print('common', len(common), 'bytes', len(data))
    for w in ['team', 'guys', 'lol', 'dekat', 'bola', 'felix', 'kelechi', 'haziq', 'monday', 'chatgpt']:
        print(w, w in set(common))


if __name__ == '__main__':
    main()
