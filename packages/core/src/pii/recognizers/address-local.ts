import type { RawMatch, Recognizer } from '../types.ts';
import { addressHead, addressTail } from './address-tail.ts';
import { match } from './util.ts';

/**
 * Addresses in two layouts the general address scanner (address.ts) does not read:
 * - Japanese, led by the postal mark: "〒530-7486 大阪府大阪市北区梅田1-6", "〒150-5115東京都渋谷区神南2-7" — the postcode,
 *   then Han / katakana place names and block numbers, up to the last number or 丁目 / 番地 / 号 / 階 (the sentence
 *   that follows, in hiragana, is not taken), then a building and its room ("グランドさくら605号室"); or led by the
 *   prefecture ("東京都世田谷区三軒茶屋1-23-10") when a block number follows;
 * - Turkish: a street name with its type and "No:" ("Atatürk Caddesi No: 82", "Gül Sokak No: 23 D: 5"), then
 *   optionally a postcode and "district/city" ("34746 Kadıköy/İstanbul").
 * Bounded patterns, one pass each (linear time).
 */
const JAPANESE =
  /〒[ \t\u3000]?\d{3}[-－ー‐]\d{4}[ \t\u3000]?[\p{Script=Han}\p{Script=Katakana}ー々ヶ\d０-９\-－‐・ 　丁目番地号階]{0,48}/gu;
/** Led by the prefecture instead of the postal mark ("東京都世田谷区三軒茶屋1-23-10", "大阪府大阪市北区天神橋4丁目13番4号"). */
const JAPANESE_PREFECTURE =
  /(?:北海道|東京都|京都府|大阪府|\p{Script=Han}{2,3}県)[\p{Script=Han}\p{Script=Katakana}ー々ヶ\d０-９\-－‐・ 　丁目番地号階]{2,48}/gu;
/** A building and its room after the block numbers ("グランドさくら605号室", "ハイツ青葉707号室"). */
const JAPANESE_ROOM = /^[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}ー・ 　]{1,16}[\d０-９]{1,4}[ 　]?号室/u;
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
    if (/[〒都道府県]/u.test(text)) {
      const taken: number[] = [];
      for (const re of [JAPANESE, JAPANESE_PREFECTURE]) {
        for (const m of text.matchAll(re)) {
          if (taken.some((e) => m.index < e)) continue;
          let end = m.index + m[0].length;
          while (end > m.index && !JAPANESE_END.test(text[end - 1])) end--;
          // the prefecture alone or a name with no block number is no address
          if (re === JAPANESE_PREFECTURE && !/[\d０-９]/u.test(text.slice(m.index, end))) continue;
          const room = JAPANESE_ROOM.exec(text.slice(end, end + 30));
          if (room) end += room[0].length;
          taken.push(end);
          out.push(match('ADDRESS', m.index, end, 0.85, text.slice(m.index, end)));
        }
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
