import { hasContext } from '../context.ts';
import { type Edit, type Mapped, regexEdits, viewOf } from '../edits.ts';

/**
 * How the IP recognizer reads obfuscated addresses (network.ts), mapped back to the text:
 * - defanged separators "[.]", "(.)", "[:]", "(:)" → "." / ":";
 * - "dot" words between digits, bare or bracketed, in several languages ("53[dot]195", "188 dot 174", "192 punto 168",
 *   "175 kropka 141"), and a spaced dot ("160 . 243") → ".";
 * - spaces around the colons of an IPv6 address ("2001 : db8 : 0 : 7f4e …", " :  : ffff : 38") removed, not the
 *   colon of a label before it ("adresse IP : ::ffff:…": an address has no ":::");
 * - the Arabic decimal separator "٫" between digits → ".";
 * - a line break after a group and its colon ("fe80::127c:\n329b:…") or before the colon ("2a02\n:8108::…") removed.
 */
const DOT_WORDS =
  'dot|punto|punkt|punktum|ponto|punt|point|kropka|tečka|tecka|точка|nokta|pont|piste|prik|ドット|点|點';
const DEFANGED = /\[([:.])\]|\(([:.])\)|\{([:.])\}/g;
const WORD_DOT = new RegExp(
  String.raw`(?<=\d)(?:[ \t]{0,2}[\[({][ \t]?(?:${DOT_WORDS})[ \t]?[\])}][ \t]{0,2}|[ \t]{1,2}(?:${DOT_WORDS}|\.)[ \t]{1,2})(?=\d)`,
  'giu',
);
const GROUP = String.raw`[0-9a-f]{1,4}(?![\p{L}\p{N}])`;
const SPACED_V6 = new RegExp(
  String.raw`(?<![\p{L}\p{N}:])(?:${GROUP}|:[ \t]{0,2}:(?![ \t]{0,2}:)[ \t]{0,2}(?:${GROUP})?)(?:[ \t]{0,2}:[ \t]{0,2}(?:${GROUP})?){0,8}`,
  'giu',
);
const WRAPPED_V6 =
  /(?<=:[0-9a-f]{1,4}:)\r?\n[ \t]*(?=[0-9a-f])|(?<=(?<![\p{L}\p{N}])[0-9a-f]{1,4})\r?\n[ \t]*(?=:[0-9a-f]{0,4}:)/giu;

function spacedV6(s: string): Edit[] {
  if (!/[ \t]:|:[ \t]/.test(s)) return [];
  const edits: Edit[] = [];
  for (const m of s.matchAll(SPACED_V6)) {
    if ((m[0].match(/:/g)?.length ?? 0) < 2) continue;
    for (const gap of m[0].matchAll(/[ \t]+/g)) edits.push({ at: m.index + gap.index, len: gap[0].length, text: '' });
  }
  return edits;
}

/**
 * Letters typed for digits in an address ("I7Z.ZB.l96.B4", "Z4O6:daIB:92ce::4bda"): read as digits when the shape is
 * an address's and the parser then validates it (four octets of at most 255; hex groups). IPv4 reads O o D 0, l I | 1,
 * Z 2, S s 5, b G 6, B 8, g 9 and needs four real digits in two octets (a ":port" counts as one); IPv6 only the letters that are no hex digits
 * (O o l I Z S s g G: "a"-"f" are digits there), with a real hex digit in each group so read and twice as many real
 * hex digits as letters read.
 */
const V4_DIGIT: Record<string, string> = {
  '|': '1',
  O: '0',
  o: '0',
  D: '0',
  l: '1',
  I: '1',
  Z: '2',
  S: '5',
  s: '5',
  b: '6',
  G: '6',
  B: '8',
  g: '9',
};
const V6_DIGIT: Record<string, string> = { O: '0', o: '0', l: '1', I: '1', Z: '2', S: '5', s: '5', G: '6', g: '9' };
const V4_LOOK =
  /(?<![\p{L}\p{N}.])[0-9OoDlIZSsbGBg|]{1,3}(?:\.[0-9OoDlIZSsbGBg|]{1,3}){3}(?::\d{2,5})?(?![\p{L}\p{N}]|\.[\p{L}\p{N}])/gu;
const V6_GROUP = '[0-9a-fA-FOolIZSsGg]{0,4}';
const V6_LOOK = new RegExp(String.raw`(?<![\p{L}\p{N}:])${V6_GROUP}(?::${V6_GROUP}){2,7}(?![\p{L}\p{N}])`, 'gu');
const HAS_V4_LOOK = /[OoDlIZSsbGBg|]/;
const HAS_V6_LOOK = /[OolIZSsGg]/;

function readLookalikes(
  s: string,
  re: RegExp,
  map: Record<string, string>,
  fits: (parts: string[]) => boolean,
): Edit[] {
  const edits: Edit[] = [];
  for (const m of s.matchAll(re)) {
    const parts = m[0].split(/[.:]/);
    if (!parts.some((p) => [...p].some((c) => map[c])) || !fits(parts)) continue;
    for (let k = 0; k < m[0].length; k++) {
      const d = map[m[0][k]];
      if (d) edits.push({ at: m.index + k, len: 1, text: d });
    }
  }
  return edits;
}

const count = (s: string, re: RegExp) => s.match(re)?.length ?? 0;

function lookalikeV4(s: string): Edit[] {
  if (!HAS_V4_LOOK.test(s) || !s.includes('.')) return [];
  return readLookalikes(s, V4_LOOK, V4_DIGIT, (parts) => {
    // Each octet read (not the port) stays at most 255: "…169.96|+39" is an address and a separator, not "96|" read as 961.
    const octets = parts.slice(0, 4).map((p) => Number([...p].map((c) => V4_DIGIT[c] ?? c).join('')));
    return (
      count(parts.join(''), /\d/g) >= 4 &&
      parts.filter((p) => /\d/.test(p)).length >= 2 &&
      octets.every((o) => o <= 255)
    );
  });
}

function lookalikeV6(s: string): Edit[] {
  if (!HAS_V6_LOOK.test(s) || !s.includes(':')) return [];
  return readLookalikes(s, V6_LOOK, V6_DIGIT, (parts) => {
    const all = parts.join('');
    const read = count(all, /[OolIZSsGg]/g);
    const hex = all.length - read;
    return (
      count(all, /\d/g) >= 4 && hex >= 2 * read && parts.every((p) => !/[OolIZSsGg]/.test(p) || /[0-9a-fA-F]/.test(p))
    );
  });
}

/** A blank typed inside a group of an IPv6 address ("2a02:a 280:71f3:…"): removed when the group stays 1-4 hex digits. */
const INNER_BLANK = /(?<=:([0-9a-f]{1,3}))[ \t](?=([0-9a-f]{1,3}):)/giu;

function innerBlanks(s: string): Edit[] {
  if (!s.includes(':')) return [];
  const edits: Edit[] = [];
  for (const m of s.matchAll(INNER_BLANK))
    if (m[1].length + m[2].length <= 4) edits.push({ at: m.index, len: 1, text: '' });
  return edits;
}

/** The Arabic decimal separator written for the dots of an IPv4 address ("١٨٨٫٩٩٫٤٥٫١٧٩", digits folded already). */
const ARABIC_DOT = /(?<=\d)\u066B(?=\d)/g;

/**
 * Groups split by other signs next to an IP word ("IP: 95.7/247_207", "IP сервера: 192 | 168 | 2 | 85", "IP
 * 2a02  810d  16b2 …", "2001/4860/e7b4/…"): four numbers of at most 255 read with dots, eight hex groups (one with a
 * letter or four digits) with colons. Without the IP word such runs are dates, codes and phone numbers.
 */
const SEP = String.raw`(?:[ \t]{0,2}[./_|\\-][ \t]{0,2}|[ \t]{1,3})`;
const V4_SEPARATED = new RegExp(
  String.raw`(?<![\p{L}\p{N}.])\d{1,3}(?:${SEP}\d{1,3}){3}(?![\p{L}\p{N}]|[./_|-]\d)`,
  'gu',
);
const V6_SEP = String.raw`(?:[ \t]{0,2}[/_|\\-][ \t]{0,2}|[ \t]{1,3})`;
const V6_SEPARATED = new RegExp(
  String.raw`(?<![\p{L}\p{N}:])[0-9a-f]{1,4}(?:${V6_SEP}[0-9a-f]{1,4}){7}(?![\p{L}\p{N}])`,
  'giu',
);

function separated(s: string): Edit[] {
  if (!/ip/i.test(s)) return [];
  const edits: Edit[] = [];
  const split = (m: RegExpMatchArray, sign: string) => {
    for (const gap of m[0].matchAll(/[^0-9a-f]+/giu))
      edits.push({ at: (m.index ?? 0) + (gap.index ?? 0), len: gap[0].length, text: sign });
  };
  for (const m of s.matchAll(V4_SEPARATED)) {
    const gaps = m[0].match(/[^\d]+/gu) ?? [];
    if (gaps.every((g) => g === '.') || !m[0].split(/[^\d]+/u).every((o) => Number(o) <= 255)) continue;
    if (hasContext(s, 'IP_ADDRESS', m.index, m.index + m[0].length)) split(m, '.');
  }
  for (const m of s.matchAll(V6_SEPARATED)) {
    const groups = m[0].split(/[^0-9a-f]+/iu);
    if (!groups.some((g) => /[a-f]/iu.test(g) || g.length === 4)) continue;
    if (hasContext(s, 'IP_ADDRESS', m.index, m.index + m[0].length)) split(m, ':');
  }
  return edits;
}

export function ipView(text: string): Mapped | undefined {
  return viewOf(text, [
    (s) => (s.includes('\u066B') ? regexEdits(s, ARABIC_DOT, () => '.') : []),
    lookalikeV4,
    lookalikeV6,
    (s) => (/[[({][:.][\])}]/.test(s) ? regexEdits(s, DEFANGED, (m) => m[1] ?? m[2] ?? m[3]) : []),
    (s) => regexEdits(s, WORD_DOT, () => '.'),
    (s) => (s.includes('\n') ? regexEdits(s, WRAPPED_V6, () => '') : []),
    spacedV6,
    innerBlanks,
    separated,
  ]);
}
