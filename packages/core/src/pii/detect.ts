import type { NamedEntity } from '../models.ts';
import { CONTEXT_WORDS, contextScore, escapeRegExp } from './context.ts';
import { foldText, stripInvisible, toOriginalSpan } from './normalize.ts';
import type { ResolvedPiiOptions } from './options.ts';
import { BUILTIN_RECOGNIZERS } from './recognizers/index.ts';
import { PLACEHOLDER_RE } from './restore.ts';
import type { PiiEntity, PiiEntityType, Recognizer } from './types.ts';

/** Placeholders already in the text (e.g. from history) are never re-detected. */
export { PLACEHOLDER_RE };

const NER_TYPES: Record<NamedEntity['type'], PiiEntityType> = { PER: 'PERSON', LOC: 'LOCATION', ORG: 'ORGANIZATION' };

const canon = (s: string) => stripInvisible(s).normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();

/** Normalised value of an entity found by NER or a deny list: case- and whitespace-insensitive. */
export const textValue = canon;

function nerCandidates(text: string, entities: NamedEntity[]): PiiEntity[] {
  const out: PiiEntity[] = [];
  for (const e of entities) {
    let { start, end } = e;
    while (start < end && /[\s\p{P}]/u.test(text[start])) start++;
    while (end > start && /[\s\p{P}]/u.test(text[end - 1]) && text[end - 1] !== '.') end--;
    const span = text.slice(start, end);
    // Plain numbers or punctuation are never persons, places or organisations.
    if (!/\p{L}/u.test(span) || span.length < 2) continue;
    // …and neither are the context keywords that introduce structured data ("IBAN DE89…", "Card 4111…").
    if (CONTEXT_WORDS.has(canon(span))) continue;
    out.push({ type: NER_TYPES[e.type], start, end, score: e.score, source: 'ner', text: span, value: canon(span) });
  }
  return out;
}

/**
 * Runs every recognizer on the folded text, maps spans back to original offsets, adds deny-list and NER
 * candidates, applies context, thresholds and the allow list, then resolves overlaps:
 * validated recognizers beat NER, then longer spans beat shorter ones, then the higher score wins.
 */
export async function detectEntities(
  text: string,
  options: ResolvedPiiOptions,
  recognizers: readonly Recognizer[] = BUILTIN_RECOGNIZERS,
): Promise<PiiEntity[]> {
  if (!text) return [];
  const enabled = new Set(options.entities);
  const nerPromise =
    options.ner && (enabled.has('PERSON') || enabled.has('LOCATION') || enabled.has('ORGANIZATION'))
      ? options.ner(text)
      : undefined;
  const ft = foldText(text);
  const candidates: PiiEntity[] = [];
  const ctx = { defaultRegion: options.defaultRegion, entropyThreshold: options.entropyThreshold };
  for (const r of recognizers) {
    if (!r.types.some((t) => enabled.has(t))) continue;
    for (const m of r.find(ft.folded, ctx)) {
      if (!enabled.has(m.type)) continue;
      const score = contextScore(ft.folded, m.type, m.start, m.end, m.score, options.context);
      const span = toOriginalSpan(ft, m.start, m.end);
      candidates.push({ ...m, ...span, score, source: r.name, text: text.slice(span.start, span.end) });
    }
  }
  for (const [type, words] of Object.entries(options.deny) as [PiiEntityType, string[]][]) {
    for (const word of words) {
      const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word.normalize('NFKC'))}(?![\\p{L}\\p{N}])`, 'giu');
      for (const m of ft.folded.matchAll(re)) {
        const span = toOriginalSpan(ft, m.index, m.index + m[0].length);
        const t = text.slice(span.start, span.end);
        candidates.push({ type, ...span, score: 1, source: 'deny-list', text: t, value: canon(t) });
      }
    }
  }
  if (nerPromise) {
    const ner = await nerPromise;
    candidates.push(...nerCandidates(text, ner.entities).filter((c) => enabled.has(c.type)));
  }
  const protectedSpans = [...text.matchAll(PLACEHOLDER_RE)].map((m) => [m.index, m.index + m[0].length]);
  const allow = new Set(options.allow.map(canon));
  const kept = candidates.filter(
    (c) =>
      c.score >= (options.thresholds[c.type] ?? options.minScore) &&
      !allow.has(canon(c.text)) &&
      !allow.has(c.value.toLowerCase()) &&
      !protectedSpans.some(([s, e]) => c.start < e && s < c.end),
  );
  return resolveOverlaps(kept);
}

const rank = (c: PiiEntity) => (c.source === 'ner' ? 0 : 1);

export function resolveOverlaps(candidates: PiiEntity[]): PiiEntity[] {
  const sorted = [...candidates].sort(
    (a, b) => rank(b) - rank(a) || b.end - b.start - (a.end - a.start) || b.score - a.score || a.start - b.start,
  );
  const accepted: PiiEntity[] = [];
  for (const c of sorted) {
    const overlapping = accepted.filter((a) => c.start < a.end && a.start < c.end);
    if (overlapping.length === 0) accepted.push(c);
    else if (c.source === 'ner') accepted.push(...nerRemainders(c, overlapping));
  }
  return accepted.sort((a, b) => a.start - b.start);
}

/**
 * A NER span that runs into a validated entity (e.g. "Maria Garcia. Mail maria.garcia" next to an email) keeps
 * its parts outside that entity, so the name is still replaced.
 */
function nerRemainders(c: PiiEntity, taken: PiiEntity[]): PiiEntity[] {
  const out: PiiEntity[] = [];
  let pieces: [number, number][] = [[c.start, c.end]];
  for (const t of taken) {
    pieces = pieces.flatMap(([s, e]): [number, number][] =>
      t.end <= s || t.start >= e
        ? [[s, e]]
        : (
            [
              [s, t.start],
              [t.end, e],
            ] as [number, number][]
          ).filter(([a, b]) => b > a),
    );
  }
  for (const [s, e] of pieces) {
    let start = s;
    let end = e;
    while (start < end && /[\s\p{P}]/u.test(c.text[start - c.start])) start++;
    while (end > start && /[\s\p{P}]/u.test(c.text[end - 1 - c.start])) end--;
    const text = c.text.slice(start - c.start, end - c.start);
    if (text.length >= 2 && /\p{L}/u.test(text)) out.push({ ...c, start, end, text, value: canon(text) });
  }
  return out;
}
