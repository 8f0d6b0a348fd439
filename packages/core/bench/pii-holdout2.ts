/**
 * THIRD obfuscation corpus ("hold-out 2"), written after the recognizers were tuned on pii-corpus.ts and on the first
 * hold-out (pii-holdout.ts), and apart from both: own values (pii-holdout2-values.ts), own carriers (chat, letters,
 * JSON, CSV, code, logs, Markdown in 11 languages), own obfuscations (homoglyphs, invisible characters, spelled digits
 * in 9 languages, letters for digits, mixed separators, line breaks, defanged and word-form addresses, HTML entities,
 * full-width / mathematical / Arabic-Indic digits …). Hit = no letter or digit of the inserted value left outside a
 * detected entity ("typed": also the right type). Then false hits on its own PII-free sentences.
 * Usage: node packages/core/bench/pii-holdout2.ts [perType=150] [seed=2718]   (SHOW=1 prints every leak)
 */
import { createPiiEngine } from '../src/pii/index.ts';
import { card, choose, email, iban, ip, phone, printed, type Rand, sfc32, ssn } from './pii-holdout2-values.ts';
import { tally } from './tally.ts';

const perType = Number(process.argv[2] ?? 150);
const r: Rand = sfc32(Number(process.argv[3] ?? 2718));

const NUMBER_WORDS: Record<string, string[]> = {
  en: 'zero one two three four five six seven eight nine'.split(' '),
  de: 'null eins zwei drei vier fünf sechs sieben acht neun'.split(' '),
  fr: 'zéro un deux trois quatre cinq six sept huit neuf'.split(' '),
  es: 'cero uno dos tres cuatro cinco seis siete ocho nueve'.split(' '),
  it: 'zero uno due tre quattro cinque sei sette otto nove'.split(' '),
  nl: 'nul een twee drie vier vijf zes zeven acht negen'.split(' '),
  pt: 'zero um dois três quatro cinco seis sete oito nove'.split(' '),
  pl: 'zero jeden dwa trzy cztery pięć sześć siedem osiem dziewięć'.split(' '),
  sv: 'noll ett två tre fyra fem sex sju åtta nio'.split(' '),
};
const CYRILLIC: Record<string, string> = { a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х', y: 'у', i: 'і' };
const INVISIBLES = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u180e', '\u2062'];
const SPACES = ['\u00a0', '\u2009', '\u202f', '\u2007'];
const SEP = /[ \-.]/g;
const mapDigits = (v: string, zero: number) => v.replace(/\d/g, (d) => String.fromCodePoint(zero + Number(d)));
const NUMERIC = new Set(['PHONE', 'CREDIT_CARD', 'US_SSN']);

/** name -> (value, type) => obfuscated value, or undefined where it does not apply to the type. */
const OBFUSCATIONS: Record<string, (v: string, type: string) => string | undefined> = {
  plain: (v) => v,
  fullwidth: (v) =>
    v.replace(/[0-9@.]/g, (c) => (c === '@' ? '＠' : c === '.' ? '．' : String.fromCodePoint(0xff10 + Number(c)))),
  'math-digits': (v, t) => (t === 'EMAIL' ? undefined : mapDigits(v, 0x1d7ce)),
  'arabic-indic': (v, t) => (NUMERIC.has(t) ? mapDigits(v, 0x660) : undefined),
  'zwj-every': (v) => [...v].join('\u200d'),
  'invisible-random': (v) => {
    const chars = [...v];
    for (let k = 0; k < 3; k++) chars.splice(1 + Math.floor(r() * (chars.length - 1)), 0, choose(r, INVISIBLES));
    return chars.join('');
  },
  'cyrillic-homoglyph': (v, t) =>
    t === 'EMAIL' || t === 'IBAN' ? v.replace(/[aeopcxyi]/g, (c) => (r() < 0.6 ? CYRILLIC[c] : c)) : undefined,
  'letters-for-digits': (v, t) =>
    NUMERIC.has(t) ? v.replace(/[01]/g, (d) => (r() < 0.5 ? d : d === '0' ? 'O' : 'l')) : undefined,
  spelled: (v, t) => {
    if (!NUMERIC.has(t) || /[^\d\s\-.()+]/.test(v)) return undefined;
    const words = NUMBER_WORDS[choose(r, Object.keys(NUMBER_WORDS))];
    return v
      .replace(/[()+]/g, '')
      .trim()
      .split(/[\s\-.]+/)
      .map((g) => [...g].map((d) => words[Number(d)]).join(' '))
      .join(', ');
  },
  'mixed-separators': (v, t) =>
    t === 'EMAIL' || t === 'IP_ADDRESS' ? undefined : v.replace(SEP, () => choose(r, [' ', '-', '.', '/', ' - ', '_'])),
  'each-digit-spaced': (v, t) => (NUMERIC.has(t) ? v.replace(/\s/g, '').replace(/(\d)(?=\d)/g, '$1 ') : undefined),
  'line-broken': (v, t) => {
    if (t === 'EMAIL') return v.replace('@', choose(r, ['@\n', '\n@']));
    const seps = [...v.matchAll(/ /g)];
    if (seps.length === 0) return undefined;
    const k = choose(r, seps).index;
    return v.slice(0, k) + choose(r, ['\n', '\r\n', ' \n']) + v.slice(k + 1);
  },
  'comma-groups': (v, t) => (NUMERIC.has(t) && / /.test(v) ? v.replace(/ /g, ', ') : undefined),
  'odd-spaces': (v) => (/ /.test(v) ? v.replace(/ /g, () => choose(r, SPACES)) : undefined),
  tabbed: (v, t) => (t !== 'EMAIL' && / /.test(v) ? v.replace(/ /g, '\t') : undefined),
  underscored: (v, t) => (NUMERIC.has(t) && /[ -]/.test(v) ? v.replace(/[ -]/g, '_') : undefined),
  defanged: (v, t) =>
    t === 'EMAIL'
      ? v.replace('@', '[@]').replace(/\./g, '[.]')
      : t === 'IP_ADDRESS' && v.includes('.')
        ? v.replace(/\./g, '[.]')
        : undefined,
  'word-at': (v, t) => {
    if (t !== 'EMAIL') return undefined;
    const [local, domain] = v.split('@');
    const at = choose(r, [' [at] ', ' {at} ', ' (AT) ', ' at ', ' arroba ', '(at)', ' chez ']);
    const dot = choose(r, [' [dot] ', ' (punkt) ', ' dot ', ' punto ', '[.]', '(dot)']);
    return `${local}${at}${domain.replace(/\./g, dot)}`;
  },
  'html-entity': (v, t) => (t === 'EMAIL' ? v.replace('@', '&#64;').replace(/\./g, '&#46;') : undefined),
  'unicode-escape': (v, t) => (t === 'EMAIL' ? v.replace('@', '\\u0040') : undefined),
  upper: (v, t) => (t === 'EMAIL' || t === 'IBAN' ? v.toUpperCase() : undefined),
  lower: (v, t) => (t === 'IBAN' ? v.toLowerCase() : undefined),
};

/** Wrappers around the value (not part of it): [before, after]. */
const WRAPS: [string, string][] = [
  ['', ''],
  ['', ''],
  ['**', '**'],
  ['`', '`'],
  ['(', ')'],
  ['«', '»'],
  ['', ' 📞'],
  ['', ';'],
  ['"', '",'],
];

/** Wrappers of one type only (a URI scheme, a display name: not the value itself). */
const TYPE_WRAPS: Record<string, [string, string][]> = {
  PHONE: [['tel:', '']],
  EMAIL: [
    ['mailto:', ''],
    ['R. Quinn <', '>'],
  ],
};

const CARRIERS: [string, string][] = [
  ['eng', 'hey can u send the invoice to {v} thx'],
  ['eng', 'Dear team,\n\nplease find my details below:\n{v}\n\nBest,\nR.'],
  ['eng', '{"name": "R. Quinn", "contact": {v}, "vip": true}'],
  ['eng', 'id;name;contact\n17;R. Quinn;{v}\n18;S. Osei;n/a'],
  ['eng', "const contact = '{v}'; // TODO remove before commit"],
  ['eng', '[2024-03-01 10:22:11] INFO user login ok contact={v} session=ab12'],
  ['eng', '| field | value |\n|---|---|\n| contact | {v} |'],
  ['deu', 'Hallo, erreichst du mich unter {v}? LG'],
  ['deu', 'Kannst du das bitte an {v} weiterleiten? Danke dir'],
  ['fra', "Voilà, c'est {v} — à bientôt"],
  ['spa', 'te paso esto: {v}'],
  ['ita', 'ecco qui {v}, fammi sapere'],
  ['nld', 'hierbij {v}, groetjes'],
  ['por', 'anota aí: {v}'],
  ['pol', 'Proszę zapisać: {v}'],
  ['swe', 'Här är det: {v}'],
  ['tur', 'Şunu not al: {v}'],
];
const LABELS: Record<string, string[]> = {
  PHONE: ['Tel.', 'Mobil:', 'cel.', 'Tlf.', 'WhatsApp', 'portable :', 'telefono', 'Nr. tel.'],
  EMAIL: ['Mail:', 'correo:', 'courriel :', 'E-Mail-Adresse:', 'e-post:'],
  CREDIT_CARD: ['Kreditkarte', 'card no.', 'numero carta', 'CB :', 'karta'],
  IBAN: ['IBAN', 'Konto:', 'rekeningnummer', 'conta:', 'IBAN:'],
  US_SSN: ['SSN', 'social security number', 'SSN#'],
  IP_ADDRESS: ['server', 'IP', 'my IP is', 'adresse IP'],
};
const VALUES: Record<string, (r: Rand) => string> = {
  PHONE: phone,
  EMAIL: email,
  CREDIT_CARD: (x) => {
    const c = card(x);
    return choose(x, [c, c.replace(/(\d{4})(?=\d)/g, '$1 '), c.replace(/(\d{4})(?=\d)/g, '$1-')]);
  },
  IBAN: (x) => (x() < 0.7 ? printed(iban(x)) : iban(x)),
  US_SSN: ssn,
  IP_ADDRESS: ip,
};

const engine = createPiiEngine();
const { count, print } = tally();
for (const [type, make] of Object.entries(VALUES)) {
  for (let i = 0; i < perType; i++) {
    const raw = make(r);
    let name = choose(r, Object.keys(OBFUSCATIONS));
    let v = OBFUSCATIONS[name](raw, type);
    while (v === undefined) {
      name = choose(r, Object.keys(OBFUSCATIONS));
      v = OBFUSCATIONS[name](raw, type);
    }
    const [before, after] = choose(r, [...WRAPS, ...(TYPE_WRAPS[type] ?? [])]);
    const [lang, carrier] = choose(r, CARRIERS);
    const label = r() < 0.5 ? choose(r, LABELS[type]) : '';
    const glue = label && r() < 0.3 ? '' : label ? ' ' : '';
    const prefix = carrier.slice(0, carrier.indexOf('{v}')) + label + glue + before;
    const text = prefix + v + after + carrier.slice(carrier.indexOf('{v}') + 3);
    const start = prefix.length;
    const end = start + v.length;
    const found = await engine.detect(text, { language: lang });
    let leak = false;
    for (let k = start; k < end; k++) {
      if (/[\p{L}\p{N}]/u.test(text[k]) && !found.some((e) => e.start <= k && k < e.end)) leak = true;
    }
    const typed = found.some((e) => e.type === type && e.start < end && start < e.end);
    for (const key of [`${type}\t*`, `${type}\t${name}`, `ALL\t${name}`, 'ALL\t*', `${type}\tlabel=${!!label}`])
      count(key, !leak);
    count(`${type}\ttyped`, typed && !leak);
    if (leak && process.env.SHOW)
      console.log(
        'LEAK',
        type,
        name,
        JSON.stringify(text),
        found.map((e) => `${e.type}:${e.text}`),
      );
  }
}
console.log('hold-out 2 recall (no letter or digit of the value left visible; "typed" = also the right type)');
print();

const CLEAN = [
  'Meet me at 10.30 at the station, platform 7, the train leaves at 10:47.',
  '@channel please review PR #4521 before 17:00, it touches 23 files.',
  'Temperatures ranged from -12.5 to 31.4 °C in 2023.',
  'Invoice INV-2024-00017 of 2,340.50 CHF is due within 30 days.',
  'Ticket 4411-2231 was closed after 3 days and 2 reopenings.',
  'Set the colour to #1a2b3c and the margin to 10px 20px 10px 20px.',
  'The commit 3f9a2b7c1d4e fixed issue 1287 in release 4.12.0.',
  'UUID 123e4567-e89b-12d3-a456-426614174000 identifies the job.',
  'Solve 12 * 34 = 408 and 1024 / 16 = 64, then add 256.',
  'Section 3.2.1 of RFC 7231 defines the GET method.',
  'Die Konferenz findet vom 12. bis 14.09.2025 in Halle 4 statt, Stand B-117.',
  'Le match a fini 3-2, 45 000 spectateurs, 12 tirs cadrés.',
  'El vuelo IB 3166 sale a las 07:45 y llega a las 10:20.',
  'Il treno regionale 2318 parte dal binario 5 alle 8.15.',
  'Het pakket van 2,5 kg kost € 14,95 en komt binnen 1-2 werkdagen.',
  'O livro tem 384 páginas, ISBN 978-85-359-0277-5, edição de 2019.',
  'Mecz zakończył się wynikiem 2:1 po 90 minutach i 4 minutach doliczonych.',
  'Kursen kostar 1 495 kr och pågår i 6 veckor från vecka 34.',
  'A4 paper is 210 × 297 mm; A3 is 297 × 420 mm.',
  'The lottery numbers were 4 8 15 16 23 42.',
  'Our office is open 08:30–17:00, Monday to Friday, closed on 24.12.',
  'GPS 52.520008, 13.404954 marks the centre of Berlin.',
  'The model has 7 000 000 000 parameters and 32 layers of 4096 units.',
  'Population: 1 234 567 (2020), 1 301 223 (2024).',
  'Write a function that returns 0 1 1 2 3 5 8 13 21 34 55 89 for n = 12.',
  'Follow @nasa and @esa for launch updates at 14:05 UTC.',
  'Use the regex \\d{3}-\\d{4} to match seven digits.',
  'The score moved from 2 345 to 3 456 points this week.',
  'Shipping weight 1.250 kg, dimensions 30 x 20 x 15 cm, item 55-0192.',
  'Chapter 11, verses 4-19, pages 1021-1048.',
];
let falseHits = 0;
const shown: string[] = [];
for (const t of CLEAN) {
  const found = await engine.detect(t);
  falseHits += found.length;
  for (const e of found) shown.push(`${e.type}: ${e.text}`);
}
console.log(
  `false hits on ${CLEAN.length} clean sentences: ${falseHits}${shown.length ? ` (${shown.join('; ')})` : ''}`,
);
