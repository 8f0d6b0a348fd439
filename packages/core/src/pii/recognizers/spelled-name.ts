import { isKnownName } from '../lexicon.ts';
import type { RawMatch, Recognizer } from '../types.ts';
import { TENS } from './spelled-tens.ts';
import { match } from './util.ts';

/**
 * PERSON spelled out in a call (speech-to-text transcripts): letter by letter ("Ellison that's E L L I S O N",
 * "kowalski literuję k o w a l s k i"), or with a spelling alphabet in en de fr es it pt nl pl ("P as in Papa A as in
 * Alpha …", "L wie Ludwig E wie Emil …", "D comme Denise …", "s de setúbal a de aveiro …", "C come Como …", "k jak
 * karol …", "j van Johan …"). Validated: letters count only when they spell a word said just before (the name) or
 * follow a spelling cue, and not when they run into an e-mail ("s o p h i e dot …", email.ts's); a spelling alphabet
 * needs three letters in a row, each followed by a word that starts with it. One pass over the words (linear).
 */
const TOKEN = /[\p{L}\p{N}]+/gu;
const CONNECTORS = new Set(['wie', 'comme', 'de', 'come', 'van', 'jak', 'for', 'like', 'como', 'voor', 'per', 'di']);
/** Words that join a spelled e-mail: letters next to them are an address, not a name. */
const EMAIL_WORDS = new Set(
  'dot at punkt punto point ponto punt kropka underscore arroba małpa chiocciola apenstaartje arobase tiret guion guión bajo podkreślnik trattino hyphen dash minus bas sottolineato sublinhado liggend streepje unterstrich com de pl nl fr es it pt net org'.split(
    ' ',
  ),
);
const CUES = new Set(
  'spelled spelt spell spelling buchstabiert buchstabieren buchstabiere literuję literując soletrando soletro deletreo deletreado épelle écrit scrive scritto gespeld spel'.split(
    ' ',
  ),
);
const NAME_BACK = 200;
const MIN_LETTERS = 3;

interface Tok {
  low: string;
  start: number;
  end: number;
  /** A letter standing alone (not the "s" of "that's"). */
  letter: boolean;
}

const bare = (w: string) => w.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const isLetter = (t: Tok | undefined) => !!t && t.letter;
/** Whether only blanks, a comma or a hyphen lie between two tokens (same line). */
const near = (text: string, a: Tok, b: Tok) => /^[ \t]{1,2}$|^[ \t]?[,-][ \t]?$/.test(text.slice(a.end, b.start));

/** A spelling-alphabet pair at i ("P as in Papa", "L wie Ludwig"): the index after it, or -1. */
function pairAt(toks: Tok[], i: number, text: string): number {
  const x = toks[i];
  if (!isLetter(x)) return -1;
  let j = i + 1;
  if (toks[j]?.low === 'as' && toks[j + 1]?.low === 'in') j += 2;
  else if (toks[j] && CONNECTORS.has(toks[j].low)) j += 1;
  else return -1;
  const w = toks[j];
  if (!w || w.low.length < 2 || bare(w.low)[0] !== bare(x.low) || !near(text, toks[j - 1], w)) return -1;
  return j + 1;
}

/**
 * A name said, then spelled (the folded text joins "E L L I S O N" into "ELLISON", glued to a one-letter word or an
 * "'s" before it: "that'sELLISON", "isto érodrigues"): a word of four letters or more that repeats one said at most
 * four words before, with a spelling cue between ("that's", "dus", "literuję", "isto é", "das heißt").
 */
/** Number words, repeated when a number is read back ("twenty nine, that is twenty nine"): no name. */
const NUMBER_WORDS = new Set([
  ...[...TENS.keys()].flatMap((k) => k.split(' ')),
  ...'zero null nul zéro cero one eins une uno um uma een jeden two zwei deux dos due dois twee dwa three drei trois tres três tre drie trzy four vier quatre cuatro quattro quatro cztery five fünf cinq cinco cinque vijf pięć six sechs seis sei zes sześć seven sieben sept siete sette sete zeven siedem eight acht huit ocho otto oito osiem nine neun neuf nueve nove negen dziewięć hundred thousand'.split(
    ' ',
  ),
]);

/** A speaker's turn at a line start ("Agent:", "[00:01:23] Speaker 2:", "C:"): the text is a transcript. */
const TURN = /(?:^|\n)[ \t]*(?:\[[^\]\n]{1,20}\][ \t]*)?[\p{L}_][\p{L}_ ]{0,19}\d{0,2}[ \t]*:/u;

function repeats(toks: Tok[], text: string, out: RawMatch[]): void {
  // In ordinary prose a repeated word is no spelled name ("Plan A is the basic plan"): only a glued spelling
  // ("that'sELLISON"), one in capitals, or any in a transcript counts.
  const transcript = TURN.test(text);
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i];
    if (t.low.length < 4 || !/^\p{L}+$/u.test(t.low) || NUMBER_WORDS.has(t.low)) continue;
    const capitals = text.slice(t.start, t.end) === text.slice(t.start, t.end).toUpperCase();
    for (const cut of [0, 1]) {
      if (!transcript && cut === 0 && !capitals) continue;
      const word = bare(t.low.slice(cut));
      if (word.length < 4) continue;
      let found = -1;
      for (let b = i - 1; b >= Math.max(0, i - 5); b--) {
        if (bare(toks[b].low) === word) {
          found = b;
          break;
        }
      }
      if (found < 0 || /\n/.test(text.slice(toks[found].end, t.start))) continue;
      const between = toks.slice(found + 1, i).map((x) => x.low);
      if (cut === 1) between.push(t.low[0]);
      if (!between.some((w) => SPELL_CUES.has(w))) continue;
      const after = toks[i + 1];
      if (after && EMAIL_WORDS.has(after.low) && after.start - t.end <= 3) continue;
      out.push(match('PERSON', t.start + cut, t.end, 0.85, text.slice(t.start + cut, t.end)));
      said(toks, found, text, out);
      break;
    }
  }
}
/** The name said before its spelling (token b), with a known first name right before it ("sophie barnes"). */
function said(toks: Tok[], b: number, text: string, out: RawMatch[]): void {
  let a = b;
  const prev = toks[b - 1];
  if (prev && prev.low.length >= 2 && near(text, prev, toks[b]) && isKnownName(prev.low)) a = b - 1;
  out.push(match('PERSON', toks[a].start, toks[b].end, 0.8, text.slice(toks[a].start, toks[b].end)));
}

/** Index of a word equal to `word` among the `back` tokens before i, or -1. */
function saidBefore(toks: Tok[], i: number, word: string, back: number): number {
  for (let b = i - 1; b >= Math.max(0, i - back); b--) if (bare(toks[b].low) === word) return b;
  return -1;
}

/** Words said between a name and its spelling. */
const SPELL_CUES = new Set(
  'that thats s is so also heißt heisst dus dat cioè c est soit sea seja é czyli to jest literuję soletrando spelled spelt buchstabiert buchstabiere deletreo deletreado se escribe scrive écrit gespeld spel letra por lettere namely'.split(
    ' ',
  ),
);

export const spelledNameRecognizer: Recognizer = {
  name: 'spelled-name',
  types: ['PERSON'],
  find(text) {
    const out: RawMatch[] = [];
    const toks: Tok[] = [];
    for (const m of text.matchAll(TOKEN)) {
      const end = m.index + m[0].length;
      const letter =
        m[0].length === 1 &&
        /\p{L}/u.test(m[0]) &&
        !/['’]/.test(text[m.index - 1] ?? '') &&
        !/['’]/.test(text[end] ?? '');
      toks.push({ low: m[0].toLowerCase(), start: m.index, end, letter });
    }
    repeats(toks, text, out);
    for (let i = 0; i < toks.length; i++) {
      if (!isLetter(toks[i])) continue;
      // A spelling alphabet: three pairs or more.
      let j = i;
      let pairs = 0;
      for (;;) {
        const next = pairAt(toks, j, text);
        if (next < 0) break;
        pairs++;
        j = next;
        if (!toks[j] || !near(text, toks[j - 1], toks[j])) break;
      }
      if (pairs >= MIN_LETTERS) {
        const letters: string[] = [];
        for (let p = i; p < j; p = pairAt(toks, p, text)) letters.push(bare(toks[p].low));
        const name = saidBefore(toks, i, letters.join(''), 12);
        if (name >= 0) said(toks, name, text, out);
        out.push(match('PERSON', toks[i].start, toks[j - 1].end, 0.85, text.slice(toks[i].start, toks[j - 1].end)));
        i = j - 1;
        continue;
      }
      // Letters one by one (when not folded into one word, see normalize.ts).
      let k = i + 1;
      while (k < toks.length && isLetter(toks[k]) && near(text, toks[k - 1], toks[k])) k++;
      const letters = toks.slice(i, k).map((t) => t.low);
      if (letters.length < MIN_LETTERS) continue;
      const before = toks[i - 1];
      const after = toks[k];
      const emailish =
        (before && EMAIL_WORDS.has(before.low) && before.end + 3 >= toks[i].start) ||
        (after && EMAIL_WORDS.has(after.low) && near(text, toks[k - 1], after));
      if (!emailish) {
        const word = bare(letters.join(''));
        let name = -1;
        for (let b = i - 1; b >= 0 && toks[b].start >= toks[i].start - NAME_BACK; b--) {
          if (toks[b].low.length === word.length && bare(toks[b].low) === word) {
            name = b;
            break;
          }
        }
        const cue = toks.slice(Math.max(0, i - 3), i).some((t) => CUES.has(t.low));
        if (name >= 0) said(toks, name, text, out);
        if (name >= 0 || cue)
          out.push(match('PERSON', toks[i].start, toks[k - 1].end, 0.85, text.slice(toks[i].start, toks[k - 1].end)));
      }
      i = k - 1;
    }
    return out;
  },
};
