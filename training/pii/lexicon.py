"""Builds the PII engine's word lexicons (packages/core/src/pii/lexicon-data.ts) from ../shared/data.

NAMES: first, middle and last names of every Latin-script locale in ner/faker_lexicons (@faker-js/faker 10.6.0, MIT),
lowercased, hyphenated names split; and the capitalised words of PER spans in WikiANN train/val (de en es nl pl,
CC-BY-SA 3.0) and the Tier A sources of ner/extra (non-test splits; not pl, hr, sk: case forms) that are no common
word (common_words.py). Stored as a Bloom filter (K hashes, about 1% false positives) so the core stays
small; packages/core/src/pii/lexicon.ts reads it.
PLACES: city names of GeoNames (ner/geonames_city_names, CC-BY-4.0) in en de fr es it nl pl pt and of the faker
lexicons, same encoding; PLACES_MORE (for the address recognizers only): GeoNames in ru uk bg el vi tr id ms cs ro tl sw
hu less the names above: a single word that names a place is not taken for a person ("Bologna").
PUBLIC: full names tagged PER at least twice in the WikiANN train and validation splits (people written about on
Wikipedia), 0.1% false positives: the optional public-figures allow list (`publicFigures: true`).
Usage: python3 training/pii/lexicon.py ../shared/data
"""
import glob, json, re, sys, unicodedata

from bloom import K, bloom, bloom_avoiding
from common_words import TIER_A_NER, common_words, count_words, wikiann

LATIN_WORD = re.compile(r'[A-Za-z\u00c0-\u024f\u1e00-\u1eff]+')
DATA = sys.argv[1] if len(sys.argv) > 1 else '../shared/data'
OUT = 'packages/core/src/pii/lexicon-data.ts'
PUBLIC_MIN = 2
PLACE_LOCALES = ['en', 'de', 'fr', 'es', 'it', 'nl', 'pl', 'pt']
EXTRA_PLACE_LOCALES = ['ru', 'uk', 'bg', 'el', 'vi', 'tr', 'id', 'ms', 'cs', 'ro', 'tl', 'sw', 'hu']
VI_PREFIX = re.compile(r'^(?:Thành phố|Quận|Tỉnh|Huyện|Thị xã|Daerah) ')


def unmarked(w):
    """Without combining marks, đ as d ("Hà Nội" -> "Ha Noi"): Vietnamese typed without its marks."""
    w = unicodedata.normalize('NFD', w.replace('đ', 'd').replace('Đ', 'D'))
    return ''.join(c for c in w if not unicodedata.combining(c))


def norm(w):
    return unicodedata.normalize('NFC', w).lower()


names = set()
sources_names = 0
for f in sorted(glob.glob(f'{DATA}/ner/faker_lexicons/*.json')):
    if f.endswith('_summary.json'):
        continue
    d = json.load(open(f, encoding='utf-8'))
    # Latin script, and the Cyrillic and Greek locales (ru uk mk el): their names are written in lower case in chat
    # too ("олена", "андрій"), and no rule can tell them from everyday words without the lexicon
    if d.get('script') not in ('Latn', 'Cyrl', 'Grek'):
        continue
    sources_names += 1
    for key in ('first_name', 'last_name', 'middle_name'):
        for n in d.get(key, []):
            for part in n.replace('-', ' ').split():
                if len(part) >= 2:
                    names.add(norm(part))

# Person-name words of the NER corpora that allow shipping (WikiANN train/val, Tier A sources of ner/extra, non-test
# splits): Title-case tokens tagged PER more often than capitalised outside PER spans, Latin letters, that are
# no common word of any language (common_words.py) — names of the regions the faker lists miss ("Okonkwo", "Yudhoyono").
# one read of the common-word corpora serves the common-word test and the 'never lower case' check below
lower_count, capital_count = count_words(DATA)
common = set(common_words(lower_count, capital_count))


person_count, other_count = {}, {}


def add_person_tokens(tokens, tags):
    for t, g in zip(tokens, tags):
        w = unicodedata.normalize('NFC', t)
        # Title case only: capitals are acronyms ("MC", "DJ")
        if 3 <= len(w) <= 20 and w[:1].isupper() and w[1:].islower() and LATIN_WORD.fullmatch(w):
            counts = person_count if g.endswith('PER') else other_count
            counts[norm(w)] = counts.get(norm(w), 0) + 1


# not Polish, Croatian, Slovak: their PER spans hold names in case forms ("Müllera"), which name-inflect.ts reads
INFLECTED = ('uner_hr_set', 'uner_sk_snk')
for tokens, tags in wikiann(DATA, ('de', 'en', 'es', 'nl'), ('train', 'val')):
    add_person_tokens(tokens, tags)
for path in sorted(glob.glob(f'{DATA}/ner/extra/*.jsonl')):
    source, split = path.split('/')[-1].split('.')[:2]
    if source in TIER_A_NER and source not in INFLECTED and split != 'test':
        for line in open(path, encoding='utf-8'):
            row = json.loads(line)
            add_person_tokens(row['tokens'], row['tags'])
# a word tagged PER more often than it is capitalised outside PER spans ("Friday", "White", "Gadget" are
# not), never written in lower case in the text of common_words.py ("sabah" is Turkish for "morning")
corpus_names = {
    w for w, n in person_count.items() if n > other_count.get(w, 0) and lower_count.get(w, 0) == 0
}
names |= corpus_names

places = set()
geo = json.load(open(f'{DATA}/ner/geonames_city_names/geonames_localized_names.json', encoding='utf-8'))
for loc in PLACE_LOCALES:
    for key, name in geo.get(loc, {}).items():
        if key.isdigit():
            places.add(norm(name))
for f in sorted(glob.glob(f'{DATA}/ner/faker_lexicons/*.json')):
    if f.endswith('_summary.json'):
        continue
    d = json.load(open(f, encoding='utf-8'))
    if d.get('script') == 'Latn':
        for name in d.get('city_name', []):
            places.add(norm(name))
more_places = set()
# PLACES_MORE, read by the address recognizers only (not by the name rules): the languages of the address layouts (Cyrillic, Greek, Vietnamese with and without its marks, Turkish, …):
# "Львів", "Θεσσαλονίκη", "Hà Nội" / "ha noi" end an address. A place that is also a first or last name of the
# lexicon ("Анна", a town by Voronezh) stays out: a name is read as a name first.
for loc in EXTRA_PLACE_LOCALES:
    for key, name in geo.get(loc, {}).items():
        if not key.isdigit():
            continue
        name = VI_PREFIX.sub('', name) if loc == 'vi' else name
        forms = {norm(name), norm(unmarked(name))} if loc == 'vi' else {norm(name)}
        more_places |= {p for p in forms if p not in names and len(p) >= 3}
more_places -= places

# PUBLIC: full names (two or more words) tagged PER at least PUBLIC_MIN times in the WikiANN train and validation
# splits of de en es nl pl: people notable enough to be written about on Wikipedia. The test splits stay held out.
mentions = {}
for toks, tags in wikiann(DATA, ('de', 'en', 'es', 'nl', 'pl'), ('train', 'val')):
    i = 0
    while i < len(tags):
        if tags[i] == 'B-PER':
            j = i + 1
            while j < len(tags) and tags[j] == 'I-PER':
                j += 1
            if j - i >= 2 and all(t[:1].isalpha() for t in toks[i:j]):
                name = norm(' '.join(toks[i:j]))
                mentions[name] = mentions.get(name, 0) + 1
            i = j
        else:
            i += 1
public = {n for n, c in mentions.items() if c >= PUBLIC_MIN}

# 0.1% false positives (at 1% random words became names: 'Österreich', 'Kargo'), and of the sizes near that the one
# that lets through the fewest everyday words (written lower-case twice or more: 'id', 'pro', 'gadget')
everyday = {w for w, n in lower_count.items() if n >= 2 and 2 <= len(w) <= 20}
nm, nb, through = bloom_avoiding(names, everyday, 0.001)
print('everyday words taken for names', through, 'of', len(everyday - names))
fm, fb = bloom(sorted(public), 0.001)
pm, pb = bloom(sorted(places))
# 0.5%, and of the sizes near that the one that lets through the fewest names and everyday words
mm, mb, place_through = bloom_avoiding(more_places, names | everyday, 0.005)
print('names and everyday words taken for more places', place_through)
with open(OUT, 'w', encoding='utf-8') as out:
    out.write('// GENERATED by training/pii/lexicon.py from ../shared/data — do not edit.\n')
    out.write(f'// NAMES: {len(names)} first/last names of {sources_names} Latin, Cyrillic and Greek script faker locales (MIT) and {len(corpus_names)} person-name\n')
    out.write('// words of WikiANN train/val de en es nl (CC-BY-SA 3.0) and Tier A ner/extra sources that are no common word.\n')
    out.write('// Bloom filters (NAMES 0.1%, PLACES 1%, PLACES_MORE 0.5% false positives), FNV-1a double hashing over UTF-16 code units.\n')
    out.write(f'export const LEXICON_K = {K};\n')
    out.write(f'export const NAMES = {{ bits: {nm}, count: {len(names)}, data: {json.dumps(nb)} }};\n')
    out.write(f'// PLACES: {len(places)} city names: GeoNames localized names (CC-BY-4.0) of {" ".join(PLACE_LOCALES)}, faker city names.\n')
    out.write(f'// PUBLIC: {len(public)} full names tagged PER >= {PUBLIC_MIN} times in WikiANN train+val (de en es nl pl, CC-BY-SA 3.0); 0.1% false positives.\n')
    out.write(f'export const PUBLIC = {{ bits: {fm}, count: {len(public)}, data: {json.dumps(fb)} }};\n')
    out.write(f'export const PLACES = {{ bits: {pm}, count: {len(places)}, data: {json.dumps(pb)} }};\n')
    out.write(f'// PLACES_MORE: {len(more_places)} more city names (address recognizers only): GeoNames localized names of {" ".join(EXTRA_PLACE_LOCALES)}\n')
    out.write('// less known names, Vietnamese also without its marks.\n')
    out.write(f'export const PLACES_MORE = {{ bits: {mm}, count: {len(more_places)}, data: {json.dumps(mb)} }};\n')
print('names', len(names), 'places', len(places), 'more places', len(more_places), 'public', len(public), 'bytes', len(nb) + len(pb) + len(fb))
for w in ['olive', 'haiku', 'limerick', 'sonnet', 'healthier', 'dune', 'will', 'maria', 'schneider', 'kubernetes', 'traduce', 'wetter', 'klima', 'java']:
    print(w, w in names)
