/**
 * Whether the value of a name field, a table cell, an e-mail display name or a line of its own (a signature, a CV's
 * first line) looks like a person's name (looksLikeName, used by name-fields.ts and name-groups.ts): 1–5 words of
 * letters of any script, no digits left after the name view (name-view.ts) undid obfuscations and leet, not a
 * placeholder word ("null", "admin"), no organisation or team. Keys that also name things in code ("name", "owner",
 * "author") ask more of a Latin-script value: capitalised words, or known names.
 */
import { isKnownName, isKnownPlace } from './lexicon.ts';
import { nameView } from './name-view.ts';
import { LEET } from './name-words.ts';
import { isTechName } from './person.ts';

/** Values that fill a name field without being a name. */
const NOT_NAMES = new Set(
  (
    'null|none|nil|undefined|true|false|n/a|na|unknown|anonymous|anon|tbd|todo|tba|test|admin|administrator|root|' +
    'user|guest|system|support|team|all|everyone|me|you|nobody|somebody|someone|name|first|last|string|text|value|' +
    'example|sample|default|customer|client|owner|bot|service|noreply|no-reply|unassigned|leer|keine|keiner|niemand|' +
    'aucun|personne|nadie|nessuno|ninguno|brak|нет|никто|inconnu|unbekannt|desconocido|sconosciuto'
  ).split('|'),
);

/** Company suffixes: a value ending in one is an organisation. */
const ORG_WORD =
  /^(?:inc|ltd|llc|gmbh|ag|kg|corp|co|company|sa|sas|sarl|srl|spa|bv|nv|plc|oy|ab|as|kk|pty|group|team|bank|université|university)\.?$/iu;

/** Titles that may precede the name in a value ("Dr. Weber", "господин Попов", "السيدة منصور"): no capital needed. */
const TITLE_WORD = new Set(
  (
    'dr|prof|mr|mrs|ms|mx|miss|sir|dame|herr|frau|hr|fr|mme|mlle|m|monsieur|madame|sr|sra|srta|d|dña|don|doña|' +
    'sig|sig.ra|signor|signora|dott|dott.ssa|ing|ir|dhr|mevr|pan|pani|bay|bayan|sayın|господин|госпожа|г-н|г-жа|' +
    'д-р|проф|السيد|السيدة|الدكتور|الدكتورة|المهندس|المهندسة|الأستاذ|الأستاذة|الاستاذ|الشيخ|श्री|श्रीमती|सुश्री|डॉ|' +
    'ông|bà|anh|chị|em|cô|chú|bwana|bi|dkt|mwalimu|mheshimiwa|ọ̀gbẹ́ni|ogbeni|arábìnrin|arabinrin|dókítà|oloye'
  ).split('|'),
);

/** Lower-case words inside names ("van der Berg", "María de la Cruz", "bin Salman"). */
const PARTICLE = new Set(
  'van|von|der|den|de|del|della|di|da|das|dos|du|la|le|el|al|bin|binti|ibn|y|e|zu|zur|ter|ten|af|av|st|mac|ben|bint|abu'.split(
    '|',
  ),
);

/** Words of a team's or department's sign-off line (a word, or the end of a compound: "Kundenservice"). */
const TEAM_WORD =
  /^(?:.*(?:service|support|team|abteilung)|(?:l['’])?(?:é|e)quipe|departamento|departement|département|dział|działu|zespół|служба|отдел|команда|поддержки|відділ|команда|τμήμα|ομάδα|ekibi|birimi|equipo|squadra|ufficio|afdeling|reparto|staff|department|dept|crew|desk|helpdesk|kundendienst|customer|sales|vertrieb|suporte|soporte|assistenza)$/iu;
/** Longest field value read (a longer one is prose). */
export const VALUE_MAX = 80;
const NAME_MAX = 60;

const SINGLE = /^\p{L}\p{M}*$/u;

/** "N0ah" -> "Noah", "p1373r" -> "Pieter": a token of letters and leet signs with letters at an end and two or more. */
function unleet(w: string): string {
  if (!/^[\p{L}\p{M}013457893@$!]+$/u.test(w) || !/[013457893@$!]/u.test(w)) return w;
  const letters = (w.match(/\p{L}/gu) ?? []).length;
  if (letters < 2 || !/^\p{L}|\p{L}$/u.test(w)) return w;
  const out = w.replace(/[013457893@$!]/gu, (c) => LEET[c]);
  // a sign at the start stood for a capital as often as not: do not read the word as lower case
  return /^\p{L}/u.test(w) ? out : out[0].toUpperCase() + out.slice(1);
}

/** The value as a name reads: quotes, Markdown marks, handle signs and letter-by-letter separators undone. */
function readable(value: string): string {
  let v = nameView(value)?.text ?? value;
  v = v.replace(/[„“”"«»‹›「」『』`]/gu, ' ').replace(/(?<![\p{L}\p{M}])@/gu, '');
  v = v.replace(/[\p{L}\p{M}]+(?:[.\-_*|•·][\p{L}\p{M}]+)+/gu, (run) => {
    const parts = run.split(/[.\-_*|•·]/u);
    if (parts.every((p) => SINGLE.test(p)) || /[*|•·]/u.test(run)) return parts.join('');
    return run.includes('_') ? parts.join(' ') : run;
  });
  v = v.replace(/[*_|•·]+/gu, ' ');
  return v.split(/\s+/u).map(unleet).join(' ').trim();
}

const NAME_WORD = /^[\p{L}\p{M}][\p{L}\p{M}.'’-]*$/u;
const ARTICLE = /^(?:the|an|die|der|das|het|les|los|las|il|gli|os|as)$/iu;
const LATIN = /\p{Script=Latin}/u;
const known = (w: string) =>
  w
    .replace(/[.'’]+$/u, '')
    .split('-')
    .every((p) => p.length > 0 && isKnownName(p));

/**
 * Whether a field value looks like a person's name (see the file comment). `loose`: the key also names things, so a
 * Latin-script value needs capitalised words (two or more, or one known name) or only known names.
 */
export function looksLikeName(value: string, mode: boolean | 'line' = false): boolean {
  // 'line': a line of its own (a signature, a CV's first line), not a field: lower-case words must be known names
  const line = mode === 'line';
  let loose = mode === true;
  if (value.length > VALUE_MAX) return false;
  const v = readable(value).replace(/,/gu, ' ').replace(/\s+/gu, ' ').trim();
  const cjk = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+$/u.test(v);
  if ((v.length < 2 && !cjk) || v.length > NAME_MAX || /\p{N}/u.test(v)) return false;
  if (NOT_NAMES.has(v.toLowerCase())) return false;
  // "report.pdf", "Node.js": a dot inside a word before lower-case letters is a file or product
  if (/\p{L}\.\p{Ll}{2}/u.test(v)) return false;
  const all = v.split(' ');
  if (!all.every((w) => NAME_WORD.test(w))) return false;
  if (all.some((w) => ORG_WORD.test(w))) return false;
  const words = all.filter((w, i) => !(i < all.length - 1 && TITLE_WORD.has(w.toLowerCase().replace(/\.$/u, ''))));
  if (words.length === 0 || words.length > 5) return false;
  // a title before the value says it is a person ("prof. Kozłowska")
  if (words.length < all.length) loose = false;
  if (isTechName(words.join(' '))) return false;
  // a team or department signs the letter ("Ihr Kundenservice", "L’équipe Support", "Служба поддержки"), or a group
  // after an article ("The Youth Fellowship"; not "De", "La", "Le": particles of names)
  if (line && (all.some((w) => TEAM_WORD.test(w)) || ARTICLE.test(all[0]))) return false;
  const latin = words.filter((w) => LATIN.test(w));
  if (latin.length === 0) return true; // another script: its words are letters, no more to check
  const lower = latin.filter((w) => w === w.toLowerCase() && !PARTICLE.has(w));
  const capitalised = latin.filter((w) => /^\p{Lu}/u.test(w));
  const allKnown = latin.every((w) => PARTICLE.has(w.toLowerCase()) || known(w));
  if (words.length === 1) {
    const w = words[0];
    // one lower-case word: only a known name ("hannah"); one capitalised word: a name unless the key is loose
    if (w === w.toLowerCase() || w === w.toUpperCase()) return known(w);
    if (loose) return known(w);
    return !(line && isKnownPlace(w) && !known(w));
  }
  if ((loose || line) && isKnownPlace(words.join(' ')) && !allKnown) return false;
  if (line && (words.length > 4 || (lower.length > 0 && !allKnown))) return false;
  // capitalised words under a loose key ("Gadget Pro", "Build Cache"): one of them must be a known name
  if (lower.length === 0) return !loose || (capitalised.length >= 2 && latin.some((w) => !PARTICLE.has(w) && known(w)));
  // lower-case words: a name written in lower case ("hannah weiß") when the key is specific or every word is known
  return lower.length === latin.filter((w) => !PARTICLE.has(w.toLowerCase())).length && (!loose || allKnown);
}
