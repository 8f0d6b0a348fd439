/**
 * FORTY-THIRD corpus ("hold-out 43"), written blind (without reading the recognizers, lexicons, docs, tests or
 * other hold-outs) and committed before any run against the engine.
 *
 * Theme: people mentioned in everyday messages to an AI assistant and in pasted conversations, the hardest case
 * for a name detector. Names in lower case, nicknames and short forms, names that are also ordinary words (Hope,
 * Will, Paz, Luz, Umut, Bunga, Hoa, Baraka...), possessives (jake's car, Mariannes Geburtstag, la casa de pedro,
 * Ayşe'nin), names after kin words and titles (my sister ana, tío beto, Oma Gisela, Dr. okafor, juf Sanne, Pak
 * Budi), vocatives, lists and rosters, @-mentions, quoted speech, voice-note transcripts without capitals or
 * punctuation, surnames alone (ask Kowalski), names with particles (van der Berg, de la Cruz, bin Salleh,
 * al-Hassan), double given names, code-switched texts (Taglish, Hinglish, Spanglish, Arabizi, Sheng, Pidgin),
 * romanized Indian, Nigerian, Chinese, Japanese, Korean, Vietnamese, Turkish and Arab names in English texts, and
 * names inside requests. About a fifth of the values are PHONE, EMAIL, ADDRESS, USERNAME (@handle) and
 * DATE_OF_BIRTH (after a birth cue) mixed into the same messages.
 *
 * Locales (18): en-US en-GB en-IN en-NG en-PH en-AE es-ES es-MX pt-BR fr-FR de-DE it-IT nl-NL pl-PL tr-TR id-ID
 * vi-VN sw-KE. Genres: writing requests, relationship advice, work e-mails, school/parents groups, pasted chat
 * threads, voice-note transcripts, planning/schedules, gossip/venting. About 70% of the texts carry an ISO 639-3
 * language hint (never the code-switched ones).
 *
 * Every PERSON occurrence is its own span, tagged form=cap|lower|caps|nickname|word-name|surname-only|particle|full
 * and slot=vocative|possessive|kin|title|list|mention|quote|subject|object|request|transcript (the span is the name
 * only: never the title, kin word, @ or possessive ending). Scoring: a span is hit when every letter and digit of
 * it lies inside a found entity (covered() of tally.ts) of any type (`*`) or of an acceptable type (`typed`: PERSON
 * for PERSON; USERNAME or PERSON for USERNAME; otherwise the same type). A CLEAN set (count/4 texts) of the same
 * genres and locales holds no personal data but the traps (I hope, grace period, la luz, mark the date, my sister,
 * the doctor); every entity found there is counted as false.
 *
 * Usage: node --conditions=@edge-ai/source packages/core/bench/pii-holdout43.ts [count=800] [seed=4343]
 * Env: DRY=1 prints every text with the values marked ⟦…⟧, their tags and the counts, without loading the engine;
 *      SHOW=1 prints each miss (LEAK ...) and each false entity on the clean set (FALSE ...);
 *      NONER=1 runs the engine without the NER model.
 */

import { CLEAN } from './pii-holdout43-clean.ts';
import type { Doc, Names, Span } from './pii-holdout43-core.ts';
import { chance, makeRng, pick, render } from './pii-holdout43-core.ts';
import { EN_AE, EN_GB, EN_IN, EN_NG, EN_PH, EN_US } from './pii-holdout43-names-a.ts';
import { DE_DE, ES_ES, ES_MX, FR_FR, IT_IT, PT_BR } from './pii-holdout43-names-b.ts';
import { ID_ID, NL_NL, PL_PL, SW_KE, TR_TR, VI_VN } from './pii-holdout43-names-c.ts';
import { TAILS } from './pii-holdout43-tails.ts';
import { ID, SW, VI } from './pii-holdout43-tpl-asia.ts';
import { EN, EN_LOCAL } from './pii-holdout43-tpl-en.ts';
import { DE, NL, PL, TR } from './pii-holdout43-tpl-oth.ts';
import { ES, ES_LOCAL, FR, IT, PT } from './pii-holdout43-tpl-rom.ts';
import { valuesFor } from './pii-holdout43-values.ts';
import { covered, tally } from './tally.ts';

const COUNT = Number(process.argv[2] ?? 800) || 800;
const SEED = Number(process.argv[3] ?? 4343) || 4343;
const DRY = process.env.DRY === '1';
const SHOW = process.env.SHOW === '1';

type Loc = { names: Names; tpl: readonly string[]; local: readonly string[]; lang: string; lang3: string };
const loc = (names: Names, tpl: readonly string[], local: readonly string[], lang: string, lang3: string): Loc => ({
  names,
  tpl,
  local,
  lang,
  lang3,
});
const LOCS: Record<string, Loc> = {
  'en-US': loc(EN_US, EN, EN_LOCAL['en-US'], 'en', 'eng'),
  'en-GB': loc(EN_GB, EN, EN_LOCAL['en-GB'], 'en', 'eng'),
  'en-IN': loc(EN_IN, EN, EN_LOCAL['en-IN'], 'en', 'eng'),
  'en-NG': loc(EN_NG, EN, EN_LOCAL['en-NG'], 'en', 'eng'),
  'en-PH': loc(EN_PH, EN, EN_LOCAL['en-PH'], 'en', 'eng'),
  'en-AE': loc(EN_AE, EN, EN_LOCAL['en-AE'], 'en', 'eng'),
  'es-ES': loc(ES_ES, ES, ES_LOCAL['es-ES'], 'es', 'spa'),
  'es-MX': loc(ES_MX, ES, ES_LOCAL['es-MX'], 'es', 'spa'),
  'pt-BR': loc(PT_BR, PT, [], 'pt', 'por'),
  'fr-FR': loc(FR_FR, FR, [], 'fr', 'fra'),
  'de-DE': loc(DE_DE, DE, [], 'de', 'deu'),
  'it-IT': loc(IT_IT, IT, [], 'it', 'ita'),
  'nl-NL': loc(NL_NL, NL, [], 'nl', 'nld'),
  'pl-PL': loc(PL_PL, PL, [], 'pl', 'pol'),
  'tr-TR': loc(TR_TR, TR, [], 'tr', 'tur'),
  'id-ID': loc(ID_ID, ID, [], 'id', 'ind'),
  'vi-VN': loc(VI_VN, VI, [], 'vi', 'vie'),
  'sw-KE': loc(SW_KE, SW, [], 'sw', 'swa'),
};
const LOCALES = Object.keys(LOCS);
const GENRES: Record<string, string> = {
  req: 'writing-request',
  adv: 'advice',
  work: 'work-email',
  school: 'school-group',
  chat: 'chat-thread',
  voice: 'voice-note',
  plan: 'planning',
  vent: 'venting',
};
/** Probability that a whole text of the genre is written in lower case. */
const LOWER: Record<string, number> = {
  req: 0.2,
  adv: 0.2,
  work: 0.03,
  school: 0.1,
  chat: 0.35,
  voice: 1,
  plan: 0.15,
  vent: 0.25,
};

const r = makeRng(SEED);
const docs: Doc[] = [];
for (let i = 0; i < COUNT; i++) {
  const locale = LOCALES[i % LOCALES.length];
  const L = LOCS[locale];
  const entry = L.local.length && chance(r, 0.3) ? pick(r, L.local) : pick(r, L.tpl);
  const bar = entry.indexOf('|');
  const code = entry.slice(0, bar).replace('*', '');
  const mixed = entry.slice(0, bar).endsWith('*');
  const genre = GENRES[code];
  if (!genre) throw new Error(`bad genre in: ${entry}`);
  const lower = chance(r, LOWER[code]);
  const tail = code !== 'voice' && chance(r, 0.3) ? pick(r, TAILS[L.lang]) : '';
  const body = entry.slice(bar + 1);
  // A tail that starts with a space joins a sentence that ends with punctuation; otherwise it gets its own line.
  const tpl = body + (tail.startsWith(' ') && !/[.!?)]$/.test(body) ? `\n${tail.slice(1)}` : tail);
  const { text, spans, origin } = render(r, tpl, L.names, valuesFor(locale, L.names), L.lang, lower);
  const lang3 = !mixed && chance(r, 0.7) ? L.lang3 : undefined;
  docs.push({ text, locale, lang3, genre, spans, origin });
}
const clean: { text: string; locale: string; lang3?: string }[] = [];
for (let i = 0; i < Math.round(COUNT / 4); i++) {
  const locale = LOCALES[i % LOCALES.length];
  const L = LOCS[locale];
  const pool = CLEAN[L.lang];
  const a = pick(r, pool);
  let b = pick(r, pool);
  if (b === a) b = pick(r, pool);
  const text = chance(r, 0.5) || b === a ? a : `${a}\n${b}`;
  clean.push({ text, locale, lang3: chance(r, 0.7) ? L.lang3 : undefined });
}

// Sanity checks: every span is its text, none overlap, none has a blank edge.
for (const d of docs) {
  const sorted = [...d.spans].sort((x, y) => x.start - y.start);
  sorted.forEach((s, k) => {
    if (d.text.slice(s.start, s.end) !== s.value) throw new Error(`span mismatch "${s.value}" in: ${d.text}`);
    if (!s.value || s.value.trim() !== s.value) throw new Error(`blank edge "${s.value}" in: ${d.text}`);
    if (k && sorted[k - 1].end > s.start) throw new Error(`overlap "${s.value}" in: ${d.text}`);
  });
}

const keysOf = (d: Doc, s: Span): string[] => {
  const k = ['ALL', s.type];
  const out: string[] = [];
  for (const t of k) out.push(`${t}\t*`);
  out.push(`ALL\tlang=${d.locale}`, `ALL\tgenre=${d.genre}`);
  if (s.type === 'PERSON')
    out.push(`PERSON\tform=${s.form}`, `PERSON\tslot=${s.slot}`, `PERSON\tlang=${d.locale.slice(0, 2)}`);
  return out;
};

if (DRY) {
  const counts = new Map<string, number>();
  const add = (k: string) => counts.set(k, (counts.get(k) ?? 0) + 1);
  docs.forEach((d, i) => {
    let marked = '';
    let at = 0;
    for (const s of [...d.spans].sort((x, y) => x.start - y.start)) {
      marked += `${d.text.slice(at, s.start)}⟦${s.value}⟧`;
      at = s.end;
    }
    marked += d.text.slice(at);
    console.log(`#${i} ${d.locale} ${d.lang3 ?? '-'} ${d.genre}\n${marked}`);
    console.log(`  ${d.spans.map((s) => `${s.type}:${s.form}/${s.slot}`).join(' ')}`);
    for (const s of d.spans) {
      add(`type\t${s.type}`);
      add(`locale\t${d.locale}`);
      if (s.type === 'PERSON') {
        add(`form\t${s.form}`);
        add(`slot\t${s.slot}`);
      }
    }
    add(`genre\t${d.genre}`);
    for (const o of d.origin) add(`origin\t${o}`);
  });
  clean.forEach((c, i) => {
    console.log(`#clean${i} ${c.locale} ${c.lang3 ?? '-'}\n${c.text}`);
  });
  for (const [k, n] of [...counts].sort()) console.log(`${k}\t${n}`);
  console.log(`texts ${docs.length}, spans ${docs.reduce((a, d) => a + d.spans.length, 0)}, clean ${clean.length}`);
  process.exit(0);
}

type Entity = { type: string; start: number; end: number; text: string };
type Engine = { detect(text: string, o?: { language?: string }): Promise<Entity[]> };
let engine: Engine | undefined;
if (!DRY) {
  const pii = await import('../src/pii/index.ts');
  if (process.env.NONER) engine = pii.createPiiEngine();
  else {
    const models = await import('../../models/src/index.ts');
    engine = pii.createPiiEngine({ ner: models.recognizeEntities });
  }
}
if (!engine) throw new Error('no engine');

const ACCEPT: Record<string, readonly string[]> = { USERNAME: ['USERNAME', 'PERSON'] };
const t = tally();
for (const d of docs) {
  const found = await engine.detect(d.text, d.lang3 ? { language: d.lang3 } : {});
  let all = true;
  for (const s of d.spans) {
    const hit = covered(d.text, s.start, s.end, found);
    const ok = ACCEPT[s.type] ?? [s.type];
    const typed = covered(
      d.text,
      s.start,
      s.end,
      found.filter((e) => ok.includes(e.type)),
    );
    all &&= hit;
    for (const k of keysOf(d, s)) t.count(k, hit);
    t.count('ALL\ttyped', typed);
    t.count(`${s.type}\ttyped`, typed);
    if (SHOW && !hit) {
      const near = found.filter((e) => e.end >= s.start - 60 && e.start <= s.end + 60);
      const ctx = d.text.slice(Math.max(0, s.start - 60), s.end + 60).replace(/\n/g, ' ⏎ ');
      console.log(
        `LEAK ${s.type} ${s.form} ${s.slot} ${d.locale} "${s.value}" "${ctx}" ` +
          `[${near.map((e) => `${e.type}:${e.text}`).join(', ')}]`,
      );
    }
  }
  t.count('TEXT\tevery value hidden', all);
}
t.print();

let falses = 0;
const byType = new Map<string, number>();
for (const c of clean) {
  const found = await engine.detect(c.text, c.lang3 ? { language: c.lang3 } : {});
  for (const e of found) {
    falses++;
    byType.set(e.type, (byType.get(e.type) ?? 0) + 1);
    if (SHOW) console.log(`  FALSE ${c.locale} ${e.type}: ${e.text}`);
  }
}
console.log(
  `false entities on ${clean.length} clean texts: ${falses} = ` +
    `${((100 * falses) / Math.max(1, clean.length)).toFixed(1)} per 100 texts`,
);
for (const [k, n] of [...byType].sort()) console.log(`  ${k}\t${n}`);
