/**
 * TWENTY-EIGHTH corpus ("hold-out 28"), written blind (without reading the recognizers, lexicons, docs, tests or the
 * other corpora) and committed before any run against the engine. Theme: chat exports and message threads pasted
 * into an AI assistant with a request ("summarise this group chat", "who promised what?", "draft a reply"):
 * WhatsApp iOS/Android exports, Telegram, Viber, Signal, LINE, Zalo, WeChat, SMS, Slack, Teams, Discord, e-mail
 * "> quoted" replies, voice-note transcripts. 34 locales of 23 languages (native scripts and romanized Hindi,
 * Arabic, Thai; Taglish, Hinglish, Spanglish-style code switching). People appear as speaker labels, @mentions,
 * nicknames, first names, full names, lower case, native script or romanized; phones (libphonenumber-js/max valid,
 * sometimes split over two messages), e-mails, local addresses (landmarks, "entre", romaji block numbers), vehicle
 * plates (ID_NUMBER), birth dates after a birth word, IBANs (mod 97), cards (Luhn). ~35% of messages all lower case
 * without punctuation, ~10% carry one light obfuscation.
 * Hit: every letter/digit of every occurrence of the value lies inside detected entities (tally.ts `covered`); a
 * speaker label is one value whose occurrences are all its lines. Typed: the same with only the entities of the value's
 * type (plates -> ID_NUMBER, addresses -> ADDRESS, names -> PERSON, birth dates -> DATE_OF_BIRTH). Then false entities per 100 clean chats (no personal data), per type.
 * Usage: node --conditions=@edge-ai/source packages/core/bench/pii-holdout28.ts [count=1000] [seed=282828]
 *   SHOW=1 prints every leak and every false entity; DRY=1 prints the texts with values marked ⟦…⟧, no engine.
 */
import { cleanChats, compose, ISO3, LOCALES, lang } from './pii-holdout28-compose.ts';
import { sfc32 } from './pii-holdout28-values.ts';
import { covered, tally } from './tally.ts';

const total = Number(process.argv[2] ?? 1000);
const seed = Number(process.argv[3] ?? 282828);
const DRY = !!process.env.DRY;
const SHOW = !!process.env.SHOW;
const r = sfc32(seed);

type Found = { type: string; start: number; end: number; text: string };
type Engine = { detect(text: string, o?: { language?: string }): Promise<Found[]> };
let engine: Engine | undefined;
if (!DRY) {
  const models = await import('../../models/src/index.ts');
  engine = (await import('../src/pii/index.ts')).createPiiEngine({ ner: models.recognizeEntities });
}

const { count, print } = tally();
let values = 0;
const FORM_TAGS = new Set([
  'speaker', 'mention', 'running', 'lower', 'native', 'romanized', 'nickname', 'obfuscated', 'full', 'first',
  'initial', 'handle', 'split', 'header',
]); // biome-ignore format: list
for (let i = 0; i < total; i++) {
  const locale = LOCALES[i % LOCALES.length];
  const chat = compose(r, locale);
  values += chat.spans.length;
  const l = lang(locale);
  if (DRY) {
    const marks = chat.spans
      .flatMap((s) => s.ranges.map(([a, b]) => [a, b, s.type] as const))
      .sort((a, b) => a[0] - b[0]);
    let out = '';
    let at = 0;
    for (const [a, b] of marks) {
      out += `${chat.text.slice(at, a)}⟦${chat.text.slice(a, b)}⟧`;
      at = b;
    }
    const desc = chat.spans.map((s) => `${s.type}:${s.tags.filter((t) => !t.startsWith('obf=')).join('/')}`);
    console.log(`--- #${i} ${locale} ${chat.carrier} [${desc.join(', ')}]\n${out}${chat.text.slice(at)}`);
    continue;
  }
  const found = (await engine?.detect(chat.text, { language: ISO3[l] })) ?? [];
  let all = true;
  for (const s of chat.spans) {
    const ok = s.ranges.every(([a, b]) => covered(chat.text, a, b, found));
    const same = found.filter((e) => e.type === s.type);
    const typed = s.ranges.every(([a, b]) => covered(chat.text, a, b, same));
    all &&= ok;
    const keys = [`${s.type}\t*`, `ALL\tlang=${l}`, `ALL\tlocale=${locale}`, `ALL\tcarrier=${chat.carrier}`, 'ALL\t*'];
    if (s.type === 'PERSON') keys.push(`PERSON\tlang=${l}`);
    for (const t of s.tags) {
      if (FORM_TAGS.has(t)) keys.push(`${s.type}\tform=${t}`);
      if (t.startsWith('obf=')) keys.push(`${s.type}\t${t}`, `ALL\t${t}`);
      if (t === 'lower' || t === 'obfuscated' || t === 'split') keys.push(`ALL\tform=${t}`);
    }
    if (!s.tags.includes('obfuscated')) keys.push('ALL\tform=plain');
    for (const k of keys) count(k, ok);
    count(`${s.type}\ttyped`, typed);
    count('ALL\ttyped', typed);
    if (!ok && SHOW) {
      const [a, b] = s.ranges.find(([x, y]) => !covered(chat.text, x, y, found)) ?? s.ranges[0];
      const near = found.filter((e) => e.end > a - 60 && e.start < b + 60).map((e) => `${e.type}:${e.text}`);
      const ctx = `${chat.text.slice(Math.max(0, a - 60), a)}⟦${chat.text.slice(a, b)}⟧${chat.text.slice(b, b + 60)}`;
      console.log(
        'LEAK',
        s.type,
        s.tags.join('/'),
        locale,
        JSON.stringify(s.v),
        JSON.stringify(ctx),
        JSON.stringify(near),
      );
    }
  }
  count('TEXT\tevery value hidden', all);
}
console.log(`${total} chats, ${values} values (seed ${seed})`);
if (!DRY) {
  console.log('hold-out 28 recall (hit: no letter or digit of the value left visible; typed: right type over it)');
  print();
}

const clean = cleanChats(r, 250);
if (DRY) {
  for (const [l, t] of clean) console.log(`--- clean ${l}\n${t}`);
  console.log(`${clean.length} clean chats (not run in DRY mode)`);
} else {
  const byType = new Map<string, number>();
  let falseHits = 0;
  for (const [l, t] of clean) {
    const found = (await engine?.detect(t, { language: l })) ?? [];
    falseHits += found.length;
    for (const e of found) {
      byType.set(e.type, (byType.get(e.type) ?? 0) + 1);
      if (SHOW)
        console.log(
          'FALSE',
          l,
          e.type,
          JSON.stringify(e.text),
          JSON.stringify(t.slice(Math.max(0, e.start - 40), e.end + 40)),
        );
    }
  }
  const per100 = (n: number) => ((100 * n) / clean.length).toFixed(1);
  console.log(`false entities on ${clean.length} clean chats: ${falseHits} = ${per100(falseHits)} per 100 chats`);
  for (const [t, n] of [...byType].sort()) console.log(`  ${t}\t${n}\t${per100(n)} per 100`);
  // places, restaurants and brands are allowed in the clean chats: the personal-data figure leaves them out
  const pii = [...byType].filter(([t]) => t !== 'LOCATION' && t !== 'ORGANIZATION').reduce((a, [, n]) => a + n, 0);
  console.log(`false personal-data entities (all but LOCATION, ORGANIZATION): ${pii} = ${per100(pii)} per 100 chats`);
}
