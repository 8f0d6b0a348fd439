import type { RawMatch, Recognizer } from '../types.ts';
import { addressHead, addressTail } from './address-tail.ts';
import { match } from './util.ts';

/**
 * Addresses in two layouts the general address scanner (address.ts) does not read:
 * - Japanese, led by the postal mark: "〒530-7486 大阪府大阪市北区梅田1-6", "〒150-5115東京都渋谷区神南2-7" — the postcode,
 *   then Han / katakana place names and block numbers, up to the last number or 丁目 / 番地 / 号 / 階 (the sentence
 *   that follows, in hiragana, is not taken);
 * - Turkish: a street name with its type and "No:" ("Atatürk Caddesi No: 82", "Gül Sokak No: 23 D: 5"), then
 *   optionally a postcode and "district/city" ("34746 Kadıköy/İstanbul").
 * Bounded patterns, one pass each (linear time).
 */
const JAPANESE =
  /〒[ \t\u3000]?\d{3}[-－ー‐]\d{4}[ \t\u3000]?[\p{Script=Han}\p{Script=Katakana}ー々ヶ\d０-９\-－‐・ 　丁目番地号階]{0,48}/gu;
/** Where a Japanese address may end: a digit or a block word. */
const JAPANESE_END = /[\d０-９丁目番地号階]/u;

const TURKISH =
  /(?<![\p{L}\p{N}])(?:\p{Lu}[\p{L}'’.]*[ \t]){1,3}(?:Caddesi|Cad\.|Cd\.|Sokak|Sokağı|Sok\.|Sk\.|Bulvarı|Blv\.|Mahallesi|Mah\.)[ \t,]{1,2}No[:.]?[ \t]?\d{1,4}[A-Z]?(?:[ \t,/]{1,2}(?:D|Daire|Kat)[:.]?[ \t]?\d{1,4})?(?:[ \t]*[,\n][ \t]*\d{5}[ \t]+\p{L}+(?:[/ ]\p{Lu}\p{L}+)?)?/gu;

export const localAddressRecognizer: Recognizer = {
  name: 'address-local',
  types: ['ADDRESS'],
  find(text) {
    const out: RawMatch[] = [];
    if (!/\d/.test(text)) return out;
    if (text.includes('〒')) {
      for (const m of text.matchAll(JAPANESE)) {
        let end = m.index + m[0].length;
        while (end > m.index && !JAPANESE_END.test(text[end - 1])) end--;
        out.push(match('ADDRESS', m.index, end, 0.85, text.slice(m.index, end)));
      }
    }
    if (/No[:.]?[ \t]?\d/.test(text)) {
      for (const m of text.matchAll(TURKISH)) {
        const start = addressHead(text, m.index);
        const end = addressTail(text, m.index + m[0].length);
        out.push(match('ADDRESS', start, end, 0.8, text.slice(start, end)));
      }
    }
    return out;
  },
};
