import type { RawMatch, Recognizer } from '../types.ts';
import { addressHead, addressTail } from './address-tail.ts';
import { match } from './util.ts';

/**
 * Street addresses led by a street word the general scanner (address.ts) does not read, in any case:
 * - Indonesian / Malay: "Jl. Sudirman No. 46", "Gg. Mawar No. 31", "Jalan Kebon Jeruk No. 8 RT 03/RW 05",
 *   "No. 12, Jalan Mawar 3";
 * - Swahili: "Mtaa wa Jamhuri, Nyumba Na. 59"; without a house number before an area ("Barabara ya Ngong, Kilimani");
 * - Thai (romanized): "135/37 Soi Ramkhamhaeng 24", "99/1 Moo 4";
 * - Ukrainian / Russian: "вул. Садова, 38", "вулиця Лесі Українки, 62, кв. 14", "ул. Ленина, д. 5";
 * - Greek: "οδός Ερμού 107", "λεωφ. Κηφισίας 104", and a bare street in the genitive after a comma ("…, Ερμού 107,");
 * - Vietnamese: "số 200 ngõ 45 Lê Lợi" (a lane is needed), "tại số 12 Lê Lợi", "tai so 89 Nguyen Trai" (after "at"),
 *   "168/1 Nguyễn Trãi, Phường 4" (before a ward or district);
 * - Romanian: "Str. Florilor nr. 53, bl. A3, ap. 14", "Calea Victoriei nr. 8";
 * - Czech / Slovak: a street adjective or a preposition and a street, and a two-part house number ("Nádražní 2529/1",
 *   "Husova 267/15", "Na Příkopě 2021/3").
 * Each pattern is anchored on its street word or number and reads a bounded number of words (linear time).
 */
const W = "\\p{L}[\\p{L}\\p{M}'’.-]*";
const NAME = `${W}(?:[ \\t]+${W}){0,3}`;
/** Vietnamese lanes and alleys after a house number ("ngõ 45", "hẻm 12/3"). */
const LANES = '(?:[ \\t]+(?:ngõ|ngo|ngách|ngach|hẻm|hem|kiệt|kiet)[ \\t]+\\d{1,4}(?:/\\d{1,4})?)';
/** `tail`: a street without a house number, taken only with a part after it (an area, a floor, a place). */
const LAYOUTS: { re: RegExp; score: number; tail?: boolean }[] = [
  {
    re: new RegExp(
      `(?<![\\p{L}])(?:(?:jl|jln|gg|lrg)\\.[ \\t]*|(?:jalan|gang|lorong)[ \\t]+)${NAME}[ \\t,]+no\\.?[ \\t]*\\d{1,4}[a-z]?(?:[ \\t,]+rt\\.?[ \\t]*\\d{1,3}(?:[ \\t]*/[ \\t]*rw\\.?[ \\t]*\\d{1,3})?)?(?![\\p{L}\\p{N}])`,
      'giu',
    ),
    score: 0.75,
  },
  {
    re: new RegExp(
      `(?<![\\p{L}])no\\.?[ \\t]*\\d{1,4}[a-z]?,?[ \\t]+(?:jalan|jln\\.?|lorong|lrg\\.?|persiaran|taman)[ \\t]+${NAME}?(?:[ \\t]+\\d{1,3})?(?![\\p{L}\\p{N}])`,
      'giu',
    ),
    score: 0.75,
  },
  {
    re: new RegExp(
      `(?<![\\p{L}])mtaa[ \\t]+wa[ \\t]+${NAME},?[ \\t]+(?:nyumba|plot)[ \\t]+(?:na\\.?|no\\.?|namba)[ \\t]*\\d{1,4}(?![\\p{L}\\p{N}])`,
      'giu',
    ),
    score: 0.75,
  },
  {
    re: new RegExp(
      `(?<![\\p{L}\\p{N}/])\\d{1,4}/\\d{1,4}[ \\t]+(?:soi|moo|thanon|th\\.)[ \\t]+(?:\\d{1,3}|${W}(?:[ \\t]+${W})?(?:[ \\t]+\\d{1,3})?)(?![\\p{L}\\p{N}])`,
      'giu',
    ),
    score: 0.75,
  },
  {
    re: new RegExp(
      `(?<![\\p{L}])(?:вул|вулиця|ул|улица|просп|проспект|пр-т|пров|провулок|пер|переулок|бул|бульв|бульвар|пл|площа|площадь|шосе|шоссе)\\.?[ \\t]+${NAME},?[ \\t]*(?:(?:буд|д|дом)\\.?[ \\t]*)?\\d{1,4}(?:[/-]\\d{1,3}|-?[а-яіїє](?![\\p{L}]))?(?:,?[ \\t]*(?:кв|квартира|оф|офіс|офис)\\.?[ \\t]*\\d{1,4})?(?![\\p{L}\\p{N}])`,
      'giu',
    ),
    score: 0.75,
  },
  {
    re: new RegExp(
      `(?<![\\p{L}])(?:οδός|οδού|οδ\\.|λεωφ\\.|λεωφόρος|λεωφόρου|πλατεία)[ \\t]+${NAME},?[ \\t]*\\d{1,4}[α-ω]?(?![\\p{L}\\p{N}])`,
      'giu',
    ),
    score: 0.75,
  },
  {
    // a bare Greek street in the genitive between commas or after a line start ("…γκαρσονιέρα, Ερμού 107, 400 €"):
    // not a month ("15 Ιουνίου" is a date)
    re: /(?<=(?:^|[,\n:\t"]|[ \t]-|(?<![\p{L}])(?:στην|στη|στο|οδό|οδού))[ \t]*)((?:\p{Script=Greek}{3,}(?:ου|ού)[ \t]+)?\p{Script=Greek}{3,}(?:ού|ίου|ων|ης|ας|ους|ή))[ \t]+\d{1,4}(?=[ \t]*[,.\n]|$)/gimu,
    score: 0.6,
  },
  {
    re: new RegExp(
      `(?<![\\p{L}])(?:(?<=(?:tai|o|dia chi|địa chỉ|tại|ở)[ \\t]+)(?:số|so)(?:[ \\t]+(?:nhà|nha))?[ \\t]+\\d{1,4}[a-z]?(?:/\\d{1,4})?${LANES}*|(?:số|so)(?:[ \\t]+(?:nhà|nha))?[ \\t]+\\d{1,4}[a-z]?(?:/\\d{1,4})?${LANES}+)(?:[ \\t]+(?:đường|duong|phố|pho))?[ \\t]+${W}(?:[ \\t]+${W}){0,3}`,
      'giu',
    ),
    score: 0.7,
  },
  {
    // a Vietnamese house number with its alley, then the street, before a ward or district ("168/1 Nguyễn Trãi, Phường 4")
    re: new RegExp(
      `(?<![\\p{L}\\p{N}/])\\d{1,4}[a-z]?/\\d{1,4}(?:/\\d{1,4})?[ \\t]+${W}(?:[ \\t]+${W}){0,3}(?=,[ \\t]*(?:phường|phuong|quận|quan|p\\.|q\\.)[ \\t]*[\\p{L}\\p{N}])`,
      'giu',
    ),
    score: 0.7,
  },
  {
    re: new RegExp(
      `(?<![\\p{L}])(?:str\\.|strada|calea|bd\\.|bdul\\.?|bulevardul|șos\\.|şos\\.|sos\\.|șoseaua|aleea|piața|splaiul|intrarea)[ \\t]+${NAME}[ \\t,]+nr\\.?[ \\t]*\\d{1,4}[a-z]?(?:,?[ \\t]*(?:bl|sc|et|ap)\\.?[ \\t]*[a-z0-9]{1,4}(?![\\p{L}\\p{N}])){0,4}`,
      'giu',
    ),
    score: 0.75,
  },
  {
    // an Indian or Kenyan house, flat or plot number ("H.No. 130", "Flat No. 457", "makan no. 263", "Nyumba Na. 35"),
    // then what follows it
    re: /(?<![\p{L}])(?:h\.?[ \t]?no|house[ \t]no|flat[ \t]no|plot[ \t]no|door[ \t]no|shop[ \t]no|makan[ \t]no|ghar[ \t]no|nyumba[ \t]na|nyumba[ \t]namba|plot[ \t]na)\.?[ \t]*\d{1,5}[a-z]?(?:[/-]\d{1,4}[a-z]?)?(?![\p{L}\p{N}])/giu,
    score: 0.75,
  },
  {
    // a Swahili street without a house number, before an area or a floor ("Barabara ya Ngong, Kilimani, Nairobi",
    // "Mtaa wa Kenyatta, Ghorofa ya 3")
    re: new RegExp(
      `(?<![\\p{L}])(?:barabara[ \\t]+ya|mtaa[ \\t]+wa|kijiji[ \\t]+cha)[ \\t]+${W}(?:[ \\t]+${W}){0,2}(?=[ \\t]*(?:,|\\r?\\n))`,
      'giu',
    ),
    score: 0.7,
    tail: true,
  },
  {
    // Hungarian: maybe the postcode and town first, then the street, its type and number, floor and door ("9021 Győr,
    // Dózsa György út 148. II. em. 7.", "pécs, petőfi sándor utca 55. 3/44.")
    re: new RegExp(
      `(?<![\\p{L}\\p{N}])(?:(?:\\d{4}[ \\t]+)?\\p{L}+,[ \\t]*)?${W}(?:[ \\t]+${W}){0,2}[ \\t]+(?:utca|u\\.|út|útja|tér|körút|krt\\.|köz|sor|sétány|fasor|rakpart)[ \\t]+\\d{1,4}\\.?(?:[ \\t]+(?:[ivx]{1,4}\\.[ \\t]*em(?:elet)?\\.?(?:[ \\t]*\\d{1,3}\\.?)?|\\d{1,3}/\\d{1,3}\\.?|fsz\\.?(?:[ \\t]*\\d{1,3}\\.?)?))?`,
      'giu',
    ),
    score: 0.75,
  },
  {
    re: /(?<![\p{L}])\p{L}{2,}(?:í|á|ého|ova|ovo)[ \t]+\d{1,5}\/\d{1,4}[a-z]?(?![\p{L}\p{N}/])/giu,
    score: 0.7,
  },
  {
    // a Czech / Slovak street after a preposition ("Na Příkopě 2021/3", "U Nemocnice 1492/4", "Pod Lesem 12/3")
    re: /(?<![\p{L}])(?:na|u|v|k|pod|nad|za|ke|ve)[ \t]+\p{L}{3,}[ \t]+\d{1,5}\/\d{1,4}[a-z]?(?![\p{L}\p{N}/])/giu,
    score: 0.7,
  },
];
const MONTHS =
  /^(?:ιανουαρίου|φεβρουαρίου|μαρτίου|απριλίου|μαΐου|ιουνίου|ιουλίου|αυγούστου|σεπτεμβρίου|οκτωβρίου|νοεμβρίου|δεκεμβρίου)$/iu;

export const layoutAddressRecognizer: Recognizer = {
  name: 'address-layouts',
  types: ['ADDRESS'],
  find(text) {
    const out: RawMatch[] = [];
    const digits = /\d/.test(text);
    for (const { re, score, tail } of LAYOUTS) {
      if (!digits && !tail) continue;
      for (const m of text.matchAll(re)) {
        if (m[1] && MONTHS.test(m[1])) continue;
        // a street in the nominative only capitalised ("Τσιμισκή 123", not the price "τιμή 12")
        if (m[1]?.endsWith('ή') && m[1][0] === m[1][0].toLowerCase()) continue;
        const value = m[0].replace(/[ \t,.]+$/u, '');
        const start = addressHead(text, m.index);
        const end = addressTail(text, m.index + value.length);
        if (tail && end === m.index + value.length) continue;
        out.push(match('ADDRESS', start, end, score, text.slice(start, end)));
      }
    }
    // one match for one address: a match inside another is dropped ("Mtaa wa Uhuru, Nyumba Na. 12" holds the
    // house-number match "Nyumba Na. 12")
    out.sort((a, b) => a.start - b.start || b.end - a.end);
    const kept: RawMatch[] = [];
    for (const m of out) if (m.end > (kept.at(-1)?.end ?? -1)) kept.push(m);
    return kept;
  },
};
