/**
 * THIRTEENTH hold-out, written blind (without reading the recognizers, their docs, tests or the other corpora) and
 * committed before any run against the engine. It imitates what an outside evaluator of an AI gateway would assemble:
 * realistic prompts to a chat assistant in 10 languages (rewrite my email, fill this form, summarise this support
 * thread, translate this letter, fix this JSON, explain this log, draft a reply), each carrying 1–4 personal values:
 * PERSON, EMAIL, PHONE (libphonenumber-js/max valid, own and foreign countries), CREDIT_CARD (Luhn), IBAN (mod 97),
 * ADDRESS (country format), IP_ADDRESS, DATE_OF_BIRTH and PASSWORD (after a label). About 25% of the values carry one
 * light obfuscation (OBF below). Hit = every letter or digit of the value inside a detected entity (`covered`);
 * "typed" = an entity of the value's type overlaps it. Then 40 clean prompts: false entities per 100 prompts.
 * Usage: node --conditions=@edge-ai/source packages/core/bench/pii-holdout13.ts [prompts=400] [seed=1313]
 *   SHOW=1 prints every leak; DRY=1 prints the prompts with the values marked ⟦…⟧ and never calls the engine.
 */
import { TASKS, WORDS } from './pii-holdout13-text.ts';
import {
  address,
  card,
  choose,
  email,
  iban,
  int,
  LANGS,
  type Lang,
  type PiiType,
  pad,
  person,
  phone,
  type Rand,
  sfc32,
  split,
  TYPES,
  type Who,
  who,
} from './pii-holdout13-values.ts';
import { covered, tally } from './tally.ts';

const prompts = Number(process.argv[2] ?? 400);
const seed = Number(process.argv[3] ?? 1313);
const DRY = !!process.env.DRY;
const r = sfc32(seed);

// ---- IP, DATE_OF_BIRTH, PASSWORD ---------------------------------------------------------------------------------
function ip(r: Rand): string {
  const g = () => Math.floor(r() * 65536).toString(16);
  if (r() < 0.2) {
    const pre = choose(r, ['2a02:810d', '2a01:cb08', '2003:e2', '2a00:23c6', '2001:b07']);
    return r() < 0.5 ? `${pre}:${g()}:${g()}:${g()}:${g()}:${g()}:${g()}` : `${pre}:${g()}::${g()}`;
  }
  return [choose(r, [81, 88, 93, 176, 185, 212, 79, 5]), int(r, 0, 255), int(r, 0, 255), int(r, 1, 254)].join('.');
}
const MONTHS: Partial<Record<Lang, string[]>> = {
  en: split('January,February,March,April,May,June,July,August,September,October,November,December'),
  fr: split('janvier,février,mars,avril,mai,juin,juillet,août,septembre,octobre,novembre,décembre'),
  de: split('Januar,Februar,März,April,Mai,Juni,Juli,August,September,Oktober,November,Dezember'),
};
function dob(r: Rand, lang: Lang): string {
  const { y, m, d } = { y: int(r, 1950, 2005), m: int(r, 1, 12), d: int(r, 1, 28) };
  if (lang === 'ja') return r() < 0.6 ? `${y}年${m}月${d}日` : `${y}/${pad(m)}/${pad(d)}`;
  const names = MONTHS[lang];
  if (names && r() < 0.3) return lang === 'de' ? `${d}. ${names[m - 1]} ${y}` : `${d} ${names[m - 1]} ${y}`;
  const sep = { de: '.', pl: '.', tr: '.', nl: '-' }[lang as string] ?? '/';
  return `${pad(d)}${sep}${pad(m)}${sep}${y}`;
}
const PASSWORD_WORDS = split('Sommer,Sunshine,Dragon,Pantera,Cielo,Lua,Tulp,Kotek,Deniz,Sakura,Winter,Monkey');
function password(r: Rand): string {
  const f = r();
  if (f < 0.4) return `${choose(r, PASSWORD_WORDS)}${int(r, 1970, 2025)}${choose(r, ['!', '#', '?', '$', ''])}`;
  if (f < 0.7) {
    const cs = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!#%&*+=?@';
    return Array.from({ length: int(r, 10, 16) }, () => choose(r, [...cs])).join('');
  }
  return [choose(r, PASSWORD_WORDS), choose(r, PASSWORD_WORDS), String(int(r, 10, 99))]
    .join(choose(r, ['-', '.', '_']))
    .toLowerCase();
}

/** Four clean requests per language: numbers, dates, products and places, no personal data. */
const CLEAN: Record<Lang, string[]> = {
  en: [
    'Compare the iPhone 15 and the Pixel 8: battery (3349 vs 4575 mAh), price and weight, in a table.',
    'Plan a 5-day trip to Edinburgh and the Isle of Skye in May 2025 with a budget of £1,200.',
    'My Python script reads sales.csv (12,000 rows) and takes 45 seconds. How can I speed up the groupby?',
    'Write a short product description for the Aeron chair, size B, 12-year warranty, 20% off until 31/12/2024.',
  ],
  de: [
    'Vergleiche den VW ID.3 und den Tesla Model 3: Reichweite (426 vs. 513 km), Preis und Ladezeit.',
    'Plane eine Radtour von Passau nach Wien, 330 km in 5 Etappen, Ende Juni 2025.',
    'Mein SQL-Query auf die Tabelle orders (2,4 Mio. Zeilen) dauert 18 Sekunden. Welcher Index hilft?',
    'Schreib einen Werbetext für den Thermomix TM6, 1.399 €, Lieferung ab 15.01.2025.',
  ],
  fr: [
    'Compare la Renault Clio et la Peugeot 208 : consommation (4,9 vs 5,2 l/100 km), prix et coffre.',
    'Propose un itinéraire de 4 jours entre Lyon et Annecy pour le 14 juillet 2025.',
    'Mon script Excel plante au-delà de 65 536 lignes, comment contourner la limite ?',
    'Écris une fiche produit pour le Nespresso Vertuo, 149 €, garantie 2 ans.',
  ],
  es: [
    'Compara el Seat Ibiza y el Toyota Yaris: consumo (5,1 frente a 3,8 l/100 km), precio y maletero.',
    'Planifica 3 días en Sevilla y Córdoba en abril de 2025 con 600 € de presupuesto.',
    'Mi consulta en PostgreSQL tarda 12 segundos sobre 3 millones de filas, ¿qué índice uso?',
    'Escribe una descripción para la freidora Cecotec 5,5 L, 89,90 €, envío en 48 horas.',
  ],
  it: [
    'Confronta la Fiat Panda e la Dacia Sandero: consumi (5,0 contro 5,3 l/100 km), prezzo e bagagliaio.',
    'Organizza 4 giorni tra Firenze e Siena a ottobre 2025, budget 800 €.',
    'Il mio foglio Google con 40.000 righe è lentissimo, come lo velocizzo?',
    'Scrivi una scheda prodotto per la moka Bialetti da 6 tazze, 34,90 €, garanzia 2 anni.',
  ],
  pt: [
    'Compara o Renault Captur e o Peugeot 2008: consumo (5,6 vs 5,4 l/100 km), preço e bagageira.',
    'Planeia 3 dias no Porto e no Douro em setembro de 2025 com 500 € de orçamento.',
    'A minha folha de Excel com 80 000 linhas bloqueia, o que posso fazer?',
    'Escreve a descrição de uma bicicleta elétrica de 250 W, 1.299 €, entrega em 5 dias.',
  ],
  nl: [
    'Vergelijk de Gazelle Ultimate en de VanMoof S5: actieradius (120 vs 150 km), prijs en gewicht.',
    'Plan een fietsweekend van Utrecht naar Texel, 180 km, eind augustus 2025.',
    'Mijn Excel-bestand met 25.000 regels is traag, hoe versnel ik de VLOOKUP?',
    'Schrijf een producttekst voor de Philips Airfryer XXL, € 199, 2 jaar garantie.',
  ],
  pl: [
    'Porównaj Skodę Octavię i Toyotę Corollę: spalanie (5,8 vs 4,5 l/100 km), cena i bagażnik.',
    'Zaplanuj 3 dni w Krakowie i Zakopanem w lutym 2025, budżet 2000 zł.',
    'Moje zapytanie SQL na tabeli z 5 mln wierszy trwa 20 sekund, jaki indeks dodać?',
    'Napisz opis produktu dla odkurzacza Dyson V15, 2899 zł, dostawa w 24 godziny.',
  ],
  tr: [
    'Togg T10X ile Renault Clio’yu karşılaştır: menzil, fiyat (1,2 milyon TL) ve bagaj hacmi.',
    'Kapadokya ve Antalya için Mayıs 2025’te 5 günlük bir gezi planı yap, bütçe 30.000 TL.',
    'Excel dosyam 60.000 satırda donuyor, nasıl hızlandırırım?',
    'Arçelik bulaşık makinesi için ürün açıklaması yaz, 18.999 TL, 3 yıl garanti.',
  ],
  ja: [
    'iPhone 15とGalaxy S24を比較してください：バッテリー（3349mAh対4000mAh）、価格、重さ。',
    '2025年4月に京都と奈良を3日間で回るプランを作ってください。予算は8万円です。',
    'Pythonで10万行のCSVを読むと30秒かかります。高速化の方法は？',
    '象印の炊飯器NW-JY10の商品説明を書いてください。価格は54,800円、保証1年。',
  ],
};

const MAKE: Record<PiiType, (x: Rand, lang: Lang, w: Who) => string> = {
  PERSON: person,
  EMAIL: email,
  PHONE: (x, lang) => phone(x, lang),
  CREDIT_CARD: card,
  IBAN: iban,
  ADDRESS: (x, lang) => address(x, lang),
  IP_ADDRESS: (x) => ip(x),
  DATE_OF_BIRTH: dob,
  PASSWORD: (x) => password(x),
};

/** One light obfuscation per value; `inline` = the value sits in JSON or a log line (no line breaks). */
type Obf = (v: string, lang: Lang, x: Rand, w: Who, inline: boolean) => [string, string] | undefined;
const alnum = (v: string) => v.replace(/[^\p{L}\p{N}]/gu, '');
const OBF: Record<PiiType, Obf> = {
  PERSON: (v, lang, x, w) => {
    if (lang === 'ja') return ['romaji', `${w.la.toUpperCase()} ${w.fa[0].toUpperCase()}${w.fa.slice(1)}`];
    return x() < 0.5 ? ['lowercase', v.toLowerCase()] : ['uppercase', v.toUpperCase()];
  },
  EMAIL: (v, lang, x) => {
    const [local, domain] = v.split('@');
    const at = { fr: ' arobase ', es: ' arroba ', de: '(at)', ja: '＠' }[lang as string];
    const f = x();
    if (f < 0.4) return ['brackets', `${local} [at] ${domain.replaceAll('.', ' [dot] ')}`];
    if (f < 0.7) return ['words', `${local} at ${domain.replaceAll('.', ' dot ')}`];
    return at ? ['local-at', local + at + domain] : ['spaced-at', `${local} @ ${domain}`];
  },
  PHONE: (v, _l, x) => {
    if (x() < 0.5) return ['dots', v.replace(/[\s-]+/g, '.')];
    return ['digit-spaced', v.replace(/[\s-]/g, '').replace(/\d(?=\d)/g, '$& ')];
  },
  CREDIT_CARD: (v, _l, x) => {
    const groups = alnum(v).match(/.{1,4}/g) ?? [];
    return x() < 0.5 ? ['dots', groups.join('.')] : ['slashes', groups.join(' / ')];
  },
  IBAN: (v, _l, x) =>
    x() < 0.5 ? ['lowercase', v.toLowerCase()] : ['dashes', (alnum(v).match(/.{1,4}/g) ?? []).join('-')],
  ADDRESS: (v, lang, x, _w, inline) => {
    if (!inline && x() < 0.5 && v.includes(', ')) return ['multiline', v.replaceAll(', ', '\n')];
    return lang === 'ja' ? ['no-space', v.replaceAll(' ', '')] : ['lowercase', v.toLowerCase()];
  },
  IP_ADDRESS: (v, _l, x) => {
    const sep = v.includes(':') ? ':' : '.';
    return x() < 0.6 ? ['defanged', v.replaceAll(sep, `[${sep}]`)] : ['spaced', v.replaceAll(sep, ` ${sep} `)];
  },
  DATE_OF_BIRTH: (v, lang) => {
    if (lang === 'ja' && v.includes('年')) return ['spaced', v.replace(/([年月])/g, '$1 ')];
    if (/^\d+\D\d+\D\d+$/.test(v)) return ['spaced', v.replace(/(\d)(\D)(\d)/g, '$1 $2 $3')];
    return ['lowercase', v.toLowerCase()];
  },
  PASSWORD: (v, _l, x) => {
    if (/^[a-z]+[-._][a-z]+[-._]\d+$/.test(v) && x() < 0.5) return ['words', v.replace(/[-._]/g, ' ')];
    return ['leet', v.replace(/[aeos]/g, (c) => ({ a: '@', e: '3', o: '0', s: '$' })[c] ?? c)];
  },
};
const KEY: Record<PiiType, string> = {
  PERSON: 'full_name',
  EMAIL: 'email',
  PHONE: 'phone',
  CREDIT_CARD: 'card_number',
  IBAN: 'iban',
  ADDRESS: 'address',
  IP_ADDRESS: 'ip',
  DATE_OF_BIRTH: 'birth_date',
  PASSWORD: 'password',
};

type Value = { type: PiiType; v: string; obf: string };
type Part = string | Value;
type Prompt = { lang: Lang; task: string; text: string; spans: (Value & { start: number; end: number })[] };

/** Splits a frame such as 'My {k} is {v}.' around the value. */
function frame(f: string, k: string, val: Value): Part[] {
  const [a, b] = f.replaceAll('{k}', k).split('{v}');
  return [a, val, b];
}

function compose(lang: Lang, x: Rand): Prompt {
  const L = WORDS[lang];
  const task = choose(x, TASKS);
  const inline = task === 'json' || task === 'log';
  const w = who(x, lang);
  const n = choose(x, [1, 1, 2, 2, 2, 3, 3, 4]);
  const types = [...TYPES];
  for (let i = types.length - 1; i > 0; i--) {
    const j = Math.floor(x() * (i + 1));
    [types[i], types[j]] = [types[j], types[i]];
  }
  types.length = n;
  const values: Value[] = types.map((type) => {
    const raw = MAKE[type](x, lang, w);
    const o = x() < 0.28 ? OBF[type](raw, lang, x, w, inline) : undefined;
    return o && o[1] !== raw ? { type, v: o[1], obf: o[0] } : { type, v: raw, obf: 'plain' };
  });
  const k = (t: PiiType) => L.k[TYPES.indexOf(t)];
  const parts: Part[] = [`${L.task[task]}\n\n`];
  const nl = lang === 'ja' ? '' : ' ';
  if (task === 'form') {
    for (const val of values) parts.push(`${k(val.type)}: `, val, '\n');
  } else if (task === 'json') {
    parts.push('```json\n{\n  "id": 4821,\n');
    values.forEach((val, i) => {
      parts.push(`  "${KEY[val.type]}": "`, val, `"${i === values.length - 1 ? ',' : ''}\n`);
    });
    // Half the bodies end on that trailing comma: the bug the user asks about.
    parts.push(x() < 0.5 ? '}\n```' : '  "newsletter": true\n}\n```');
  } else if (task === 'log') {
    parts.push('```\n');
    values.forEach((val, i) => {
      const q = /\s/.test(val.v) ? '"' : '';
      parts.push(`2025-03-11T09:14:${10 + 7 * i}Z ERROR [auth] request rejected ${KEY[val.type]}=${q}`, val, `${q}\n`);
    });
    parts.push('2025-03-11T09:15:02Z WARN [auth] retry limit 5 reached\n```');
  } else {
    let sig: Value | undefined;
    const said: Part[][] = [];
    for (const val of values) {
      if (val.type === 'PERSON' && x() < 0.5) sig = val;
      else said.push(frame(choose(x, val.type === 'PERSON' ? L.name : L.say), k(val.type), val));
    }
    const join = (xs: Part[][]) => xs.flatMap((s, i) => (i ? [nl, ...s] : s));
    if (task === 'summarise') {
      const [c, a] = L.speakers;
      const half = Math.ceil(said.length / 2);
      parts.push(
        `> ${c}: ${L.hi}${nl}${L.filler}${said.length ? nl : ''}`,
        ...join(said.slice(0, half)),
        `\n>\n> ${a}: ${L.agent}\n>\n> ${c}: `,
      );
      if (half < said.length) parts.push(...join(said.slice(half)), '\n> ');
      parts.push(L.bye, ...(sig ? ['\n> ', sig] : []));
    } else
      parts.push(
        `${L.hi}\n${L.filler}${said.length ? nl : ''}`,
        ...join(said),
        `\n${L.bye}`,
        ...(sig ? ['\n', sig] : []),
      );
  }
  let text = '';
  const spans: Prompt['spans'] = [];
  for (const p of parts) {
    if (typeof p === 'string') text += p;
    else {
      spans.push({ ...p, start: text.length, end: text.length + p.v.length });
      text += p.v;
    }
  }
  for (const s of spans)
    if (text.slice(s.start, s.end) !== s.v) throw new Error(`offset mismatch for ${JSON.stringify(s.v)}`);
  return { lang, task, text, spans };
}

type Entity = { type: string; start: number; end: number; text: string };
type Engine = { detect(text: string, o?: { language?: string }): Promise<Entity[]> };
const ISO3: Record<Lang, string> = {
  en: 'eng',
  de: 'deu',
  fr: 'fra',
  es: 'spa',
  it: 'ita',
  pt: 'por',
  nl: 'nld',
  pl: 'pol',
  tr: 'tur',
  ja: 'jpn',
};
let engine: Engine | undefined;
if (!DRY) {
  const models = await import('../../models/src/index.ts');
  engine = (await import('../src/pii/index.ts')).createPiiEngine({ ner: models.recognizeEntities });
}

const { count, print } = tally();
const seen = new Map<string, number>();
let values = 0;
let obfuscated = 0;
for (let i = 0; i < prompts; i++) {
  const p = compose(LANGS[i % LANGS.length], r);
  values += p.spans.length;
  obfuscated += p.spans.filter((s) => s.obf !== 'plain').length;
  if (DRY) {
    let out = '';
    let at = 0;
    for (const s of p.spans) {
      out += `${p.text.slice(at, s.start)}⟦${s.v}⟧`;
      at = s.end;
    }
    console.log(
      `--- #${i} ${p.lang} ${p.task} [${p.spans.map((s) => `${s.type}:${s.obf}`).join(', ')}]\n${out}${p.text.slice(at)}`,
    );
    continue;
  }
  const found = (await engine?.detect(p.text, { language: ISO3[p.lang] })) ?? [];
  let all = true;
  for (const s of p.spans) {
    const ok = covered(p.text, s.start, s.end, found);
    const over = found.filter((e) => e.start < s.end && s.start < e.end);
    const typed = over.some((e) => e.type === s.type);
    all &&= ok;
    const mode = s.obf === 'plain' ? 'plain' : 'obfuscated';
    for (const key of [
      `${s.type}\t*`,
      `${s.type}\t${mode}`,
      `${s.type}\tobf=${s.obf}`,
      `${s.type}\tlang=${p.lang}`,
      `ALL\t${mode}`,
      `ALL\tlang=${p.lang}`,
      `ALL\ttask=${p.task}`,
      'ALL\t*',
    ])
      count(key, ok);
    count(`${s.type}\ttyped`, typed);
    count('ALL\ttyped', typed);
    for (const t of new Set(over.map((e) => e.type)))
      seen.set(`${s.type}\t${t}`, (seen.get(`${s.type}\t${t}`) ?? 0) + 1);
    if (!ok && process.env.SHOW)
      console.log(
        'LEAK',
        s.type,
        s.obf,
        p.lang,
        JSON.stringify(s.v),
        JSON.stringify(p.text),
        found.map((e) => `${e.type}:${e.text}`),
      );
  }
  count('PROMPT\tevery value hidden', all);
}
console.log(
  `${prompts} prompts, ${values} values, ${obfuscated} obfuscated (${((100 * obfuscated) / values).toFixed(1)}%)`,
);
if (!DRY) {
  console.log('hold-out 13 recall (hit: no letter or digit of the value left visible; typed: right type overlaps)');
  print();
  console.log('entity types found over each value type (values with at least one overlapping entity of that type):');
  for (const [key, c] of [...seen].sort()) console.log(`  ${key}\t${c}`);
}

const clean = LANGS.flatMap((lang) => CLEAN[lang].map((t) => [lang, t] as const));
if (DRY) console.log(`${clean.length} clean prompts (not run in DRY mode)`);
else {
  let falseHits = 0;
  const shown: string[] = [];
  for (const [lang, t] of clean) {
    const found = (await engine?.detect(t, { language: ISO3[lang] })) ?? [];
    falseHits += found.length;
    for (const e of found) shown.push(`${lang} ${e.type}: ${e.text}`);
  }
  console.log(
    `false entities on ${clean.length} clean prompts: ${falseHits} = ${((100 * falseHits) / clean.length).toFixed(1)} per 100 prompts`,
  );
  for (const s of shown) console.log(`  ${s}`);
}
