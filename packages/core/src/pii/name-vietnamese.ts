/**
 * Vietnamese full names (source `honorific`): a family name from the closed set that nearly every Vietnamese person
 * bears (Nguyễn, Trần, Lê, Phạm, Hoàng …), then one to three syllables of the given name ("Bùi Quốc Bảo", "Đỗ Thị
 * Lan", "Nguyen Van An"). The model reads these as places or not at all.
 * - capitalised, with the diacritics: the family name alone shows the name, but for those that begin place names too
 *   ("Hồ Tây", "Hà Nội", "Lâm Đồng"), which need a middle name ("Hà Thị Lan");
 * - capitalised, without diacritics: family names that are no word of another language ("Nguyen", "Tran", "Pham")
 *   alone; short ones ("Le", "Do", "Ho", "Vu", "Ly", "Mai") only before a middle name ("Van", "Thi", "Ngoc" …);
 * - in lower case: a family name, then a middle name ("trần thị lan", "nguyen van an"), in a line typed without
 *   capitals — a lower-case family name is an everyday word too ("lê" is a pear, "hồ" a lake).
 * A place the lexicon holds ("Hồ Chí Minh", as in "TP. Hồ Chí Minh") is no person. One pass with a bounded pattern.
 */
import { isKnownPlace } from './lexicon.ts';
import { noCapitalBefore } from './line-case.ts';

export interface Span {
  start: number;
  end: number;
}

const SURNAMES =
  'nguyễn|trần|lê|phạm|hoàng|huỳnh|phan|vũ|võ|đặng|bùi|đỗ|ngô|dương|đinh|đào|trương|đoàn|trịnh|lương|phùng|hứa|vương|triệu';
/** Family names with diacritics that begin place names too ("Hồ Tây" is a lake, "Hà Nội", "Lâm Đồng", "Cao Bằng"). */
const PLACE_SURNAMES = 'hồ|hà|lâm|cao|mai|tô|châu|lý|từ|thái|chu|lưu|tạ|lại|quách|kiều|tăng|diệp|đàm|mạc|tống';
/** Family names without diacritics that are no everyday word of another language. */
const PLAIN_SURNAMES =
  'nguyen|tran|pham|hoang|huynh|phan|dang|bui|ngo|duong|dinh|truong|trinh|luong|vuong|trieu|quach|doan';
/** Short family names without diacritics, words of other languages too: only before a middle name. */
const SHORT_SURNAMES = 'le|do|ho|vu|vo|ly|mai|cao|ha|la|to|lam|dao|luu|ta|chau|tu|chu|thai';
const MIDDLE =
  'văn|van|thị|thi|ngọc|ngoc|quốc|quoc|đức|duc|hữu|huu|xuân|xuan|công|cong|thùy|thuy|thúy|bảo|bao|gia|kim|minh|thanh|thu|hồng|hong|anh|đình|dinh|quang|mỹ|my|phương|phuong|khánh|khanh|diệu|dieu|hoài|hoai|thành|thanh';
const SYLLABLE = '\\p{L}[\\p{L}\\p{M}]{0,6}';
const NAME = new RegExp(
  `(?<![\\p{L}\\p{M}\\p{N}])(${SURNAMES}|${PLACE_SURNAMES}|${PLAIN_SURNAMES}|${SHORT_SURNAMES})(?=((?:[ \\t]+${SYLLABLE}){1,3})(?![\\p{L}\\p{M}\\p{N}]))`,
  'giu',
);
const WITH_MARKS = new RegExp(`^(?:${SURNAMES})$`, 'iu');
const PLAIN = new RegExp(`^(?:${PLAIN_SURNAMES})$`, 'iu');
const MIDDLE_RE = new RegExp(`^(?:${MIDDLE})$`, 'iu');
const isCap = (w: string) => /^\p{Lu}/u.test(w);

export function vietnameseNameSpans(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(NAME)) {
    const family = m[1];
    const given = m[2].trim().split(/[ \t]+/u);
    let keep = given.length;
    if (isCap(family)) {
      // the given name: its capitalised syllables
      keep = given.findIndex((w) => !isCap(w));
      if (keep === 0) continue;
      if (keep < 0) keep = given.length;
      if (!WITH_MARKS.test(family) && !PLAIN.test(family) && !MIDDLE_RE.test(given[0])) continue;
      // "Nguyen Van" alone, or a family name with a word in capitals ("TRAN TV"): not enough
      if (given.slice(0, keep).some((w) => w === w.toUpperCase() && w.length > 1) && family !== family.toUpperCase())
        continue;
    } else {
      if (family !== family.toLowerCase() || !MIDDLE_RE.test(given[0]) || given.length < 2) continue;
      if (!noCapitalBefore(text, m.index)) continue;
      keep = 2; // a middle name and a given name: "trần thị lan" (what follows in lower case is the sentence)
    }
    const words = [family, ...given.slice(0, keep)];
    const name = words.join(' ');
    if (isKnownPlace(name) || /^h[ồo] ch[íi] minh$/iu.test(name)) continue;
    const end = m.index + m[1].length + nthEnd(m[2], keep);
    out.push({ start: m.index, end });
  }
  return out;
}

/** The length of `s` up to the end of its n-th blank-separated word (the given name is read ahead, not consumed:
 * "la Le Quoc Bao" tries "la" and then "Le"). */
function nthEnd(s: string, n: number): number {
  let seen = 0;
  for (const w of s.matchAll(/\S+/gu)) {
    seen++;
    if (seen === n) return w.index + w[0].length;
  }
  return s.length;
}
