import { type Edit, type Mapped, regexEdits, viewOf } from '../seams.ts';

/**
 * How the IP recognizer reads obfuscated addresses (network.ts), mapped back to the text:
 * - defanged separators "[.]", "(.)", "[:]", "(:)" → "." / ":";
 * - "dot" words between digits, bare or bracketed, in several languages ("53[dot]195", "188 dot 174", "192 punto 168",
 *   "175 kropka 141"), and a spaced dot ("160 . 243") → ".";
 * - spaces around the colons of an IPv6 address ("2001 : db8 : 0 : 7f4e …", " :  : ffff : 38") removed, not the
 *   colon of a label before it ("adresse IP : ::ffff:…": an address has no ":::");
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

export function ipView(text: string): Mapped | undefined {
  return viewOf(text, [
    (s) => (/[[({][:.][\])}]/.test(s) ? regexEdits(s, DEFANGED, (m) => m[1] ?? m[2] ?? m[3]) : []),
    (s) => regexEdits(s, WORD_DOT, () => '.'),
    (s) => (s.includes('\n') ? regexEdits(s, WRAPPED_V6, () => '') : []),
    spacedV6,
  ]);
}
