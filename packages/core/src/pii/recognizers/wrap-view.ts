import { type Edit, type Mapped, viewOf } from '../edits.ts';
import { isCommonWord } from '../lexicon.ts';

/**
 * A value broken by a line wrap inside a group ("250 13 8 ⏎  345", "…:2ab ⏎  8:7c2c:…", "lukas_smi⏎th@…"): the break
 * and the blanks around it removed, for the recognizers that validate what they read (card, IBAN, national numbers,
 * IP; not phone); a blank line counts as one break. For an email address only when the piece before the break looks
 * like part of a local part (a dot, dash, underscore, plus or digit in it, or letters that are no everyday word: not
 * "contact⏎bob@…") and the piece after reaches "@" with no blank.
 */
const WRAP =
  /(?<=[\p{L}\p{N}])[ \t]*\r?\n(?:[ \t]*\r?\n)?[ \t]*(?=[\p{L}\p{N}])(?!\d{4}-\d\d(?:-\d\d)?(?!\d)|\d{1,2}[./]\d{1,2}[./]\d)/gu;
const LOCAL_BEFORE = /[\p{L}\p{N}._+-]{1,64}$/u;
const LOCAL_AFTER = /^[\p{L}\p{N}._+-]{1,64}@/u;

export function wrapView(text: string, email: boolean): Mapped | undefined {
  if (!text.includes('\n')) return undefined;
  const edits: Edit[] = [];
  for (const m of text.matchAll(WRAP)) {
    if (email) {
      const before = LOCAL_BEFORE.exec(text.slice(Math.max(0, m.index - 64), m.index))?.[0] ?? '';
      const end = m.index + m[0].length;
      // (or a piece of letters that is no word: "dpe⏎mberton@…", not "contact⏎bob@…")
      const piece = /[._+\-\d]/.test(before) || (before.length >= 3 && !isCommonWord(before.toLowerCase()));
      if (!piece || !LOCAL_AFTER.test(text.slice(end, end + 65))) continue;
    }
    edits.push({ at: m.index, len: m[0].length, text: '' });
  }
  return edits.length > 0 ? viewOf(text, [() => edits]) : undefined;
}
