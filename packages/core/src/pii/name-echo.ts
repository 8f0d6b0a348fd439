/**
 * A name that the text's own e-mail address spells: "le compte rendu de Lefèvre a été transmis à alefevre@outlook.fr",
 * "El informe de Delgado se ha enviado a maria_delgado71@yahoo.es", "The witness, Faith Rich, … rich.faith@…". A
 * capitalised word of three letters or more whose letters (accents taken off, lower case) are a part of an address's
 * local part (split at dots, dashes, underscores and digits), or lie inside it when the word has five letters or more,
 * is a PERSON. Not a mailbox word ("Support" of support@…, "Sales", "Info"). One pass over the words with set lookups
 * (the pieces of the local parts are gathered once per word length): linear in the text length.
 */
export interface Span {
  start: number;
  end: number;
}

const WORD = /(?<![\p{L}\p{M}])\p{Lu}[\p{Ll}\p{M}'’]{2,}(?![\p{L}\p{M}])/gu;
/** Local parts of role mailboxes, not persons. */
const MAILBOX = new Set(
  (
    'support|info|contact|sales|admin|hello|office|team|help|billing|service|services|noreply|reply|news|newsletter|' +
    'marketing|jobs|careers|press|media|webmaster|postmaster|security|privacy|legal|accounts|account|orders|order|' +
    'booking|bookings|reservations|reception|enquiries|inquiries|mail|email|customer|customers|care|feedback|team|' +
    'hr|finance|invoices|invoice|payments|payment|shop|store|online|group|general|school|clinic|hotel|office|welcome'
  ).split('|'),
);
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Capitalised words of `text` that an e-mail address among `emails` (spans of EMAIL) spells. */
export function echoedNameSpans(text: string, emails: readonly Span[]): Span[] {
  const out: Span[] = [];
  const locals: string[] = [];
  const parts = new Set<string>();
  const piecesOf = new Map<number, Set<string>>();
  for (const e of emails) {
    const at = text.slice(e.start, e.end).indexOf('@');
    if (at < 1) continue;
    const local = fold(text.slice(e.start, e.start + at));
    if (MAILBOX.has(local)) continue;
    locals.push(local.replace(/[^a-z]/g, ''));
    for (const p of local.split(/[^a-z]+/)) if (p.length >= 3 && !MAILBOX.has(p)) parts.add(p);
  }
  if (locals.length === 0) return out;
  // the addresses by start with the running maximum of their ends: a word inside one is passed over
  const byStart = [...emails].sort((a, b) => a.start - b.start);
  let next = 0;
  let reach = -1;
  for (const m of text.matchAll(WORD)) {
    for (; next < byStart.length && byStart[next].start <= m.index; next++) reach = Math.max(reach, byStart[next].end);
    if (m.index < reach) continue;
    const w = fold(m[0].replace(/['’].*$/u, ''));
    if (MAILBOX.has(w)) continue;
    if (parts.has(w) || (w.length >= 5 && inLocal(w))) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;

  /** Whether a local part holds `w`: a set of the local parts' pieces of its length, made once per length. */
  function inLocal(w: string): boolean {
    let pieces = piecesOf.get(w.length);
    if (!pieces) {
      pieces = new Set();
      for (const l of locals) for (let i = 0; i + w.length <= l.length; i++) pieces.add(l.slice(i, i + w.length));
      piecesOf.set(w.length, pieces);
    }
    return pieces.has(w);
  }
}
