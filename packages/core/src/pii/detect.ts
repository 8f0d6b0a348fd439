/**
 * Detection: every recognizer over the folded text in overlapping windows, deny-list, title / field / handle and NER
 * candidates (the PERSON passes are in person-passes.ts), then context, thresholds, the allow list and placeholders
 * already in the text, and last the resolution of overlapping candidates.
 */
import { datesBesideNames } from './birth-beside.ts';
import { withBrokenWords } from './broken-words.ts';
import { contextScore, escapeRegExp } from './context.ts';
import { honorificSpans } from './honorific.ts';
import { firstEndingAfter, insideIdentifier } from './identifiers.ts';
import { mentionSpans } from './name-chat.ts';
import { handleSpans } from './name-cues.ts';
import { echoedNameSpans } from './name-echo.ts';
import { nameFieldSpans } from './name-fields.ts';
import { repeatedNameSpans } from './name-repeat.ts';
import { fromView, nameView } from './name-view.ts';
import { textValue as canon, foldText, toOriginalSpan } from './normalize.ts';
import type { ResolvedPiiOptions } from './options.ts';
import { joinPersons, nerCandidates, withEndings, withOpenNeighbours, withPartners } from './person-passes.ts';
import { addressTails, unitsNearAddresses } from './recognizers/address-parts.ts';
import { NET_SOURCE } from './recognizers/digit-run.ts';
import { BUILTIN_RECOGNIZERS } from './recognizers/index.ts';
import { withDniLetters } from './recognizers/national-ids.ts';
import { spelledCallingCode } from './recognizers/spelled.ts';
import { regionsForLanguage } from './regions.ts';
import { PLACEHOLDER_RE } from './restore.ts';
import { spacedNameSpans } from './spaced-names.ts';
import type { PiiEntity, PiiEntityType, Recognizer } from './types.ts';
import { createSlicer } from './yield.ts';

/** "plus" written out before a phone number, in the languages we read. */
const PLUS_WORD = /(?<![\p{L}])(?:plus|mais|más|mas|più|piu|artı|arti|плюс|tambah)[ \t]+$|プラス[ \t]*$/iu;

/** Normalised value of an entity found by NER or a deny list: case- and whitespace-insensitive. */
export { textValue } from './normalize.ts';
/** Placeholders already in the text (e.g. from history) are never re-detected. */
export { PLACEHOLDER_RE };

/** A candidate for `part.slice(span.start, span.end)`, with offsets into the whole text (`part` starts at `from`). */
function partCandidate(
  part: string,
  from: number,
  type: PiiEntityType,
  span: { start: number; end: number },
  score: number,
  source: string,
): PiiEntity {
  const text = part.slice(span.start, span.end);
  return { type, start: from + span.start, end: from + span.end, score, source, text, value: canon(text) };
}

/** What the caller knows about the text: the detected language (ISO 639-3) orders the phone regions. */
export interface DetectHints {
  language?: string;
  /** `performance.now()` when the request came in (the scheduler's rank, see yield.ts); default: when detection began. */
  since?: number;
}

/** Texts longer than this are scanned in overlapping windows, yielding between them (see yield.ts). */
export const WINDOW = 4096;
/** Overlap of consecutive windows: entities shorter than this are always seen whole in one window. */
export const OVERLAP = 512;

/** [start, end) windows covering `text`, cut at whitespace where possible and never inside a surrogate pair. */
export function windowsOf(text: string, size = WINDOW, overlap = OVERLAP): [number, number][] {
  if (text.length <= size) return [[0, text.length]];
  const out: [number, number][] = [];
  let start = 0;
  for (;;) {
    let end = Math.min(text.length, start + size);
    if (end < text.length) {
      for (let k = end; k > end - 256 && k > start + overlap; k--) {
        if (text.charCodeAt(k) === 32) {
          end = k;
          break;
        }
      }
      const c = text.charCodeAt(end);
      if (c >= 0xdc00 && c <= 0xdfff) end--;
    }
    out.push([start, end]);
    if (end >= text.length) return out;
    start = end - overlap;
    const c = text.charCodeAt(start);
    if (c >= 0xdc00 && c <= 0xdfff) start--;
  }
}

/**
 * Runs every recognizer on the folded text, maps spans back to original offsets, adds deny-list and NER
 * candidates, applies context, thresholds and the allow list, then resolves overlaps:
 * validated recognizers beat NER, then longer spans beat shorter ones, then the higher score wins.
 * Long texts are processed in overlapping windows with a yield to the event loop between them, so the work is
 * linear in the text length and one request cannot hold the process.
 */
export async function detectEntities(
  text: string,
  options: ResolvedPiiOptions,
  recognizers: readonly Recognizer[] = BUILTIN_RECOGNIZERS,
  hints: DetectHints = {},
): Promise<PiiEntity[]> {
  if (!text) return [];
  const enabled = new Set(options.entities);
  const useNer =
    options.ner && (enabled.has('PERSON') || enabled.has('LOCATION') || enabled.has('ORGANIZATION'))
      ? options.ner
      : undefined;
  const ctx = {
    defaultRegion: options.defaultRegion,
    regions: [...regionsForLanguage(hints.language), ...options.regions],
    entropyThreshold: options.entropyThreshold,
  };
  const deny = (Object.entries(options.deny) as [PiiEntityType, string[]][]).flatMap(([type, words]) =>
    words.map((word) => ({
      type,
      re: new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word.normalize('NFKC'))}(?![\\p{L}\\p{N}])`, 'giu'),
    })),
  );
  const candidates: PiiEntity[] = [];
  const windows = windowsOf(text);
  const slicer = createSlicer(hints.since);
  /** Candidates cut by an inner window edge: merged with their continuation from the neighbouring window. */
  const cut = new Set<PiiEntity>();
  for (const [from, to] of windows) {
    await slicer.pause();
    const part = from === 0 && to === text.length ? text : text.slice(from, to);
    // The model reads the text with name obfuscations undone (name-view.ts); its spans are mapped back.
    const view = useNer ? nameView(part) : undefined;
    const nerPromise = useNer?.(view?.text ?? part);
    const ft = foldText(part);
    for (const r of recognizers) {
      if (!r.types.some((t) => enabled.has(t))) continue;
      // One recognizer's pass over one window is the longest stretch without a yield.
      await slicer.pause();
      for (const m of r.find(ft.folded, ctx)) {
        if (!enabled.has(m.type)) continue;
        const score = contextScore(ft.folded, m.type, m.start, m.end, m.score, options.context);
        const span = toOriginalSpan(ft, m.start, m.end);
        const start = from + span.start;
        const end = from + span.end;
        const c = { ...m, start, end, score, source: r.name, text: text.slice(start, end) };
        candidates.push(c);
        if ((start === from && from > 0) || (end === to && to < text.length)) cut.add(c);
      }
    }
    for (const { type, re } of deny) {
      for (const m of ft.folded.matchAll(re)) {
        const span = toOriginalSpan(ft, m.index, m.index + m[0].length);
        candidates.push(partCandidate(part, from, type, span, 1, 'deny-list'));
      }
    }
    if (nerPromise) {
      // the name passes each get their own slice (a dense 4 KB window costs them tens of milliseconds)
      await slicer.pause();
      // titles and honorifics are read in the view too ("Frau __Hoffmann__", "dhr. J@nsen")
      for (const h of enabled.has('PERSON') ? honorificSpans(view?.text ?? part) : []) {
        const span = view ? fromView(view, h.start, h.end) : h;
        const c = partCandidate(part, from, 'PERSON', span, 0.85, 'honorific');
        // the value as the view reads it ("J o h n" -> "john"), as for the model's spans
        if (view) c.value = canon(view.text.slice(h.start, h.end));
        candidates.push(c);
      }
      await slicer.pause();
      for (const h of enabled.has('PERSON')
        ? [...handleSpans(part), ...mentionSpans(part), ...spacedNameSpans(part)]
        : []) {
        candidates.push(partCandidate(part, from, 'PERSON', h, 0.85, 'honorific'));
      }
      await slicer.pause();
      for (const f of enabled.has('PERSON') ? nameFieldSpans(part) : []) {
        candidates.push(partCandidate(part, from, 'PERSON', f, 0.85, 'field'));
      }
      const ner = await nerPromise;
      for (const c of nerCandidates(view?.text ?? part, ner.entities)) {
        if (!enabled.has(c.type)) continue;
        const span = view ? fromView(view, c.start, c.end) : c;
        const original = view ? part.slice(span.start, span.end) : c.text;
        candidates.push({ ...c, text: original, start: span.start + from, end: span.end + from });
      }
    }
  }
  // the passes over the whole text, each in its own slice
  await slicer.pause();
  if (cut.size > 0) mergeCut(candidates, cut, text);
  // a country code said in words before a phone number ("más treinta y cuatro 612 384 174") belongs to it
  for (const c of candidates) {
    if (c.type !== 'PHONE') continue;
    let start = spelledCallingCode(text, c.start);
    // "plus" written out before the number ("PLUS 1 404 …", "mais 351 …", "プラス 81 …")
    const plus = PLUS_WORD.exec(text.slice(Math.max(0, start - 12), start));
    if (plus) start -= plus[0].length;
    if (start < c.start) Object.assign(c, { start, text: text.slice(start, c.end) });
  }
  joinPersons(candidates, text);
  await slicer.pause();
  const isProtected = protectedIndex(text);
  const inIdentifier = insideIdentifier(text);
  const allow = new Set(options.allow.map(canon));
  const kept = candidates.filter(
    (c) =>
      c.score >= (options.thresholds[c.type] ?? options.minScore) &&
      !allow.has(canon(c.text)) &&
      !allow.has(c.value.toLowerCase()) &&
      !isProtected(c.start, c.end) &&
      (c.type === 'SECRET' || !inIdentifier(c.start, c.end)),
  );
  if (enabled.has('PERSON')) {
    await slicer.pause();
    withPartners(kept, text);
    await slicer.pause();
    for (const r of repeatedNameSpans(
      text,
      kept.filter((c) => c.type === 'PERSON'),
    )) {
      const word = text.slice(r.start, r.end);
      kept.push({ type: 'PERSON', ...r, score: 0.6, source: 'honorific', text: word, value: canon(word) });
    }
  }
  if (enabled.has('PERSON')) {
    const emails = kept.filter((c) => c.type === 'EMAIL');
    const named = kept.filter((c) => c.type === 'PERSON');
    for (const r of echoedNameSpans(text, emails)) {
      // a word of a name found already ("Maria" of "Maria Schneider" with maria@…) is no name of its own
      if (named.some((p) => r.start < p.end && r.end > p.start)) continue;
      const word = text.slice(r.start, r.end);
      kept.push({ type: 'PERSON', ...r, score: 0.7, source: 'honorific', text: word, value: canon(word) });
    }
    withOpenNeighbours(kept, text);
  }
  if (enabled.has('DATE_OF_BIRTH')) {
    const persons = kept.filter((c) => c.type === 'PERSON');
    for (const d of datesBesideNames(text, persons)) {
      const date = text.slice(d.start, d.end);
      kept.push({ type: 'DATE_OF_BIRTH', ...d, score: 0.75, source: 'birth-date', text: date, value: canon(date) });
    }
  }
  if (enabled.has('ADDRESS')) {
    const addresses = kept.filter((c) => c.type === 'ADDRESS');
    for (const u of [...unitsNearAddresses(text, addresses), ...addressTails(text, addresses)]) {
      const unit = text.slice(u.start, u.end);
      kept.push({ type: 'ADDRESS', ...u, score: 0.75, source: 'address-parts', text: unit, value: canon(unit) });
    }
  }
  withDniLetters(kept, text);
  await slicer.pause();
  const needed = dropNeedlessJoins(kept, text);
  await slicer.pause();
  return withBrokenWords(withEndings(resolveOverlaps(preferSpecific(needed)), text), text);
}

/**
 * A value read across a seam ("joined": parts split by markup, lines or words such as "then") is needed only when the
 * part before the seam is not a whole value already: "amy@fastmail.com. Then call me" is the address, not
 * "amy@fastmail.com.call" (`.call` is a TLD). A joined email that starts where a directly found email starts is
 * dropped. (Numbers keep theirs: a valid prefix of a phone split over two lines is no reason to leave the rest.)
 */
function dropNeedlessJoins(candidates: PiiEntity[], text: string): PiiEntity[] {
  const isJoinedEmail = (c: PiiEntity) => c.source === 'joined' && c.type === 'EMAIL';
  if (!candidates.some(isJoinedEmail)) return candidates;
  // …unless what the joined one adds holds a digit: the domain went on with digits for letters or character
  // references ("…@facul7y.3ng.ox.consul7ing" found directly up to ".ox"); no TLD has a digit.
  const direct = new Map<number, number>();
  for (const c of candidates) if (c.type === 'EMAIL' && c.source !== 'joined') direct.set(c.start, c.end);
  const needless = (c: PiiEntity) => {
    const end = direct.get(c.start);
    return end !== undefined && !/\d/.test(text.slice(end, c.end));
  };
  return candidates.filter((c) => !isJoinedEmail(c) || !needless(c));
}

/**
 * One span that is both a valid US SSN (its own 3-2-4 layout and rules) and a phone somewhere is reported as the SSN:
 * a phone word near it ("contact") must not hide what the layout says. Likewise a value after an identifier label
 * (ID_NUMBER) that a recognizer of its own type validated keeps that type ("Sozialversicherungsnummer 380-25-0150").
 */
function preferSpecific(candidates: PiiEntity[]): PiiEntity[] {
  const span = (c: PiiEntity) => `${c.start}:${c.end}`;
  const ssn = new Set(candidates.filter((c) => c.type === 'US_SSN').map(span));
  const own = new Set(candidates.filter((c) => OWN_TYPES.has(c.type) && c.source !== NET_SOURCE).map(span));
  const labelled = new Set(candidates.filter((c) => c.source === 'imei').map(span));
  const banked = new Set(candidates.filter((c) => LABEL_WINS.has(c.source)).map(span));
  const wallet = new Set(candidates.filter((c) => c.type === 'CRYPTO_ADDRESS').map(span));
  if (ssn.size === 0 && own.size === 0 && wallet.size === 0 && banked.size === 0) return candidates;
  return candidates.filter(
    (c) =>
      !(c.type === 'PHONE' && (ssn.has(span(c)) || banked.has(span(c)))) &&
      !(c.type === 'ID_NUMBER' && own.has(span(c)) && c.source !== 'imei') &&
      !(c.type === 'CREDIT_CARD' && labelled.has(span(c))) &&
      !(c.type === 'SECRET' && c.source === 'secret' && wallet.has(span(c))),
  );
}

/**
 * Values whose label decides their type (device-ids.ts): an account number, a sort code, an IMEI is no phone, whatever
 * phone word stands near ("numéro de compte"); an IMEI passes the card's Luhn check and is no card either. A wallet
 * address is long and random enough for the generic high-entropy SECRET; its checksum says what it is.
 */
const LABEL_WINS: ReadonlySet<string> = new Set(['imei', 'device-id']);

/** Identifiers with a type of their own: they win a span over the generic ID_NUMBER. */
const OWN_TYPES: ReadonlySet<PiiEntityType> = new Set([
  'US_SSN',
  'DE_TAX_ID',
  'ES_DNI',
  'NL_BSN',
  'UK_NINO',
  'FR_INSEE',
  'CREDIT_CARD',
  'IBAN',
]);

/**
 * A value longer than the window overlap (a pasted key, a huge token) is seen in pieces, one per window; pieces of
 * one type and recognizer that overlap are joined into one entity so no part of the value stays visible.
 */
function mergeCut(candidates: PiiEntity[], cut: Set<PiiEntity>, text: string): void {
  const pieces = candidates
    .filter((c) => cut.has(c))
    .sort((a, b) => a.type.localeCompare(b.type) || a.source.localeCompare(b.source) || a.start - b.start);
  const merged: PiiEntity[] = [];
  for (const c of pieces) {
    const last = merged[merged.length - 1];
    if (last && last.type === c.type && last.source === c.source && c.start <= last.end) {
      last.end = Math.max(last.end, c.end);
      last.score = Math.max(last.score, c.score);
    } else merged.push({ ...c });
  }
  for (const m of merged) {
    m.text = text.slice(m.start, m.end);
    if (m.type === 'SECRET') m.value = m.text;
  }
  const rest = candidates.filter((c) => !cut.has(c));
  candidates.length = 0;
  for (const c of rest) candidates.push(c);
  for (const c of merged) candidates.push(c);
}

/** Overlap test against the placeholders already in the text (sorted, disjoint: binary search). */
function protectedIndex(text: string): (start: number, end: number) => boolean {
  const spans = [...text.matchAll(PLACEHOLDER_RE)].map((m) => [m.index, m.index + m[0].length] as const);
  if (spans.length === 0) return () => false;
  return (start, end) => {
    const k = firstEndingAfter(spans, start);
    return k < spans.length && spans[k][0] < end;
  };
}

/** Validated recognizers first, then the digit-run safety net (it only takes what they left), then NER. */
const rank = (c: PiiEntity) => (c.source === 'ner' ? 0 : c.source === NET_SOURCE ? 1 : 2);

export function resolveOverlaps(candidates: PiiEntity[]): PiiEntity[] {
  const sorted = [...candidates].sort(
    (a, b) => rank(b) - rank(a) || b.end - b.start - (a.end - a.start) || b.score - a.score || a.start - b.start,
  );
  const accepted: PiiEntity[] = [];
  // owner[i] = 1 + index in `accepted` of the entity covering position i (accepted spans are disjoint), 0 = free.
  const size = candidates.reduce((m, c) => Math.max(m, c.end), 0);
  const owner = new Int32Array(size);
  const take = (e: PiiEntity) => {
    accepted.push(e);
    owner.fill(accepted.length, e.start, e.end);
  };
  for (const c of sorted) {
    const overlapping = new Set<number>();
    for (let i = c.start; i < c.end; i++) if (owner[i] !== 0) overlapping.add(owner[i] - 1);
    if (overlapping.size === 0) take(c);
    else {
      // What a losing candidate covers outside the winners stays covered: a NER name keeps its words, a number that
      // runs into a longer candidate ("DOB: 03/14/1979⏎816-80-9222" taken as a phone up to "816-80") keeps its tail.
      // The safety net's type is a guess from the digits: its remainder takes the type of the value it continues.
      const winners = [...overlapping].map((k) => accepted[k]);
      const loser = c.source === NET_SOURCE ? { ...c, type: winners[0].type } : c;
      for (const r of remainders(loser, winners, c.source === 'ner' ? NAME_PART : VALUE_PART)) take(r);
    }
  }
  return accepted.sort((a, b) => a.start - b.start);
}

const NAME_PART = (t: string) => t.length >= 2 && /\p{L}/u.test(t);
const VALUE_PART = (t: string) => /[\p{L}\p{N}]/u.test(t);

/**
 * A span that runs into an accepted entity (a NER name "Maria Garcia. Mail maria.garcia" next to an email; the tail
 * of an SSN under a longer phone candidate) keeps its parts outside that entity, so no part of it stays visible.
 */
function remainders(c: PiiEntity, taken: PiiEntity[], keep: (text: string) => boolean): PiiEntity[] {
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
    if (keep(text)) out.push({ ...c, start, end, text, value: c.type === 'SECRET' ? text : canon(text) });
  }
  return out;
}
