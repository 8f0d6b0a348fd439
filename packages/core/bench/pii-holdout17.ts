/**
 * SEVENTEENTH hold-out, written blind (without reading the recognizers, lexicons, docs, tests or the other corpora)
 * and committed before any run against the engine. Theme: person names inside DOCUMENTS pasted into an AI assistant
 * to summarise, translate or rewrite (contracts, discharge letters, report cards, police reports, announcements,
 * listings, references, invoices, minutes, genealogy notes, local news) in 14 languages, with names in many forms
 * (title, initials, maiden, double surname, particles, patronymics, ALL CAPS, inflected / possessive, given only,
 * "SURNAME, Given", sentence start). Hit = every letter of the inserted name occurrence inside a detected entity
 * (`covered`); "typed" = also a PERSON entity over it. Then clean snippets of the same genres without any person name:
 * false PERSON and all false entities per 100 snippets.
 * Usage: node --conditions=@edge-ai/source packages/core/bench/pii-holdout17.ts [documents=400] [seed=1717]
 *   SHOW=1 prints every leak and every false entity; DRY=1 prints the texts with names marked ⟦…⟧ and never creates
 *   the engine.
 */
import { CLEAN } from './pii-holdout17-clean.ts';
import { ASK, DOCS } from './pii-holdout17-docs.ts';
import { type Form, type Person, person, render, sameFamily } from './pii-holdout17-forms.ts';
import { LANGS, pick, prng } from './pii-holdout17-names.ts';
import { covered, tally } from './tally.ts';

const documents = Number(process.argv[2] ?? 400);
const seed = Number(process.argv[3] ?? 1717);
const DRY = !!process.env.DRY;
const SHOW = !!process.env.SHOW;
const r = prng(seed);

type Entity = { type: string; start: number; end: number; text: string };
type Engine = { detect(text: string, o?: { language?: string }): Promise<Entity[]> };
let engine: Engine | undefined;
if (!DRY) {
  const models = await import('../../models/src/index.ts');
  engine = (await import('../src/pii/index.ts')).createPiiEngine({ ner: models.recognizeEntities });
}

interface Span {
  start: number;
  end: number;
  form: Form;
}
const SLOT = /\{([mfp])(\d)(?::(\w+))?\}/g;

const { count, print } = tally();
let names = 0;
for (let i = 0; i < documents; i++) {
  const lang = LANGS[i % LANGS.length];
  const [genre, template] = pick(r, DOCS[lang]);
  const people = new Map<string, Person>();
  const spans: Span[] = [];
  let text = pick(r, ASK[lang]);
  let at = 0;
  for (const m of template.matchAll(SLOT)) {
    text += template.slice(at, m.index);
    at = (m.index ?? 0) + m[0].length;
    const [, g, id, want] = m;
    let p = people.get(id);
    if (!p) {
      p = person(r, lang, g === 'p' ? undefined : (g as 'm' | 'f'));
      people.set(id, p);
      const head = people.get('1');
      const kin =
        lang !== 'ar' && (genre === 'genealogy' || (genre === 'funeral' && !['es', 'pt', 'zh'].includes(lang)));
      const mother = genre === 'genealogy' && id === '3' && !['es', 'pt', 'zh', 'ar'].includes(lang);
      if (head && ((kin && id === '2') || mother)) sameFamily(p, head);
    }
    for (const [t, isName, form] of render(p, (want as Form | undefined) ?? 'any', r)) {
      if (isName && form) spans.push({ start: text.length, end: text.length + t.length, form });
      text += t;
    }
  }
  text += template.slice(at);
  names += spans.length;
  if (DRY) {
    let out = '';
    let k = 0;
    for (const s of spans) {
      out += `${text.slice(k, s.start)}⟦${text.slice(s.start, s.end)}⟧`;
      k = s.end;
    }
    console.log(`--- ${lang} ${genre} [${spans.map((s) => s.form).join(' ')}]\n${out}${text.slice(k)}`);
    continue;
  }
  const found = (await engine?.detect(text, { language: lang })) ?? [];
  for (const s of spans) {
    const ok = covered(text, s.start, s.end, found);
    const typed = ok && found.some((e) => e.type === 'PERSON' && e.start < s.end && s.start < e.end);
    const before = text.slice(0, s.start).trimEnd();
    const pos = before === '' || /[\n.!?。:：]$/.test(before) ? 'start-or-line' : 'inside';
    for (const key of ['ALL\t*', `lang\t${lang}`, `form\t${s.form}`, `genre\t${genre}`, `position\t${pos}`])
      count(key, ok);
    count('typed\t*', typed);
    count(`typed\tlang=${lang}`, typed);
    count(`typed\tform=${s.form}`, typed);
    if (!ok && SHOW)
      console.log(
        'LEAK',
        lang,
        genre,
        s.form,
        JSON.stringify(text.slice(s.start, s.end)),
        JSON.stringify(text),
        found.map((e) => `${e.type}:${e.text}`),
      );
  }
}
if (DRY) console.log(`${documents} documents, ${names} name occurrences; ${CLEAN.length} clean snippets (not run)`);
else {
  console.log(`hold-out 17 recall on ${names} name occurrences in ${documents} documents ("typed" = a PERSON over it)`);
  print();
  let person = 0;
  let all = 0;
  for (const [lang, t] of CLEAN) {
    const found = (await engine?.detect(t, { language: lang })) ?? [];
    all += found.length;
    person += found.filter((e) => e.type === 'PERSON').length;
    if (SHOW) for (const e of found) console.log('FALSE', lang, `${e.type}: ${e.text}`);
  }
  const per100 = (n: number) => ((100 * n) / CLEAN.length).toFixed(1);
  console.log(
    `clean snippets: ${CLEAN.length}; false PERSON per 100: ${per100(person)}; all false entities per 100: ${per100(all)}`,
  );
}
