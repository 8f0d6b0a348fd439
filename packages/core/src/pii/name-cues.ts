/**
 * Person names next to a title, an honorific suffix or a self-introduction in scripts without capitals (or whose
 * titles are lower case): "السيد منصور", "श्री वर्मा", "господин Смирнов", "吉田さん", "徐经理", "박지훈님", "Ahmet Bey",
 * "chị Hà", "اسمي …", "меня зовут …", "我叫…", "제 이름은 …", "tên tôi là …", "jina langu ni …". The span is the name
 * only (the title or suffix stays readable). Honorific Latin titles before capitalised names are in honorific.ts.
 * Every pattern is anchored on a fixed word and reads a bounded number of characters: linear in the text length.
 */
import { isKnownName, isKnownPlace } from './lexicon.ts';
import { isJaName, nativeNameSpans } from './name-native.ts';
import { isTechName } from './person.ts';

export interface Span {
  start: number;
  end: number;
}

/** Common Chinese family names (one character): a name before 经理 / 老师 … starts with one. */
export const ZH_SURNAMES = new Set(
  [
    ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝',
  ].map((c) => c),
);

/** Korean family names (first syllable of a name before 님 / 씨). */
const KO_SURNAMES = new Set([
  ...'김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민나진지엄채원천방공현함변염여추도소석선설마길연위표명기반라왕금옥육인맹제모탁국어은편용예경봉사부가복태목형피두감음빈동온호범좌팽승간상시갈',
]);

/** Korean nouns that take 님 / 씨 without being names ("고객님", "선생님"). */
const KO_NOUNS = new Set(
  (
    '고객 회원 선생 사장 부장 과장 팀장 교수 손님 여러분 환자 기사 작가 주인 원장 대표 이사 실장 차장 대리 주임 형 누나 언니 ' +
    '오빠 어머 아버 부모 할머 할아버 선배 후배 친구 담임 목사 신부 스님 의사 간호사 사모 부인 아드 따 형님 동생 이모 삼촌 ' +
    '고모 선수 감독 판사 검사 변호사 기자 소장 국장 총장 회장 위원 반장 조장 학생 아저 아줌 애기 아기 자기 당신 그분 이분 저분'
  ).split(' '),
);

/** Chinese words ending like a role, not a name ("学生", "老师"), after 我是. */
const ZH_ROLE_END = /[人生师员者家长手工友客户们的]$/u;

/** Hindi words that end a name's run (postpositions, copula, common verbs). */
const HI_STOP = new Set('का की के को से ने में पर है हैं था थी थे और तक भी यह वह जी ही तो कि एक आज कल अभी जो'.split(' '));

/** Arabic words after a title that continue the name ("بن", "عبد"): the next word joins. */
const AR_JOIN = new Set(['بن', 'بنت', 'ابن', 'أبو', 'ابو', 'عبد', 'أم', 'ام']);

const push = (out: Span[], start: number, end: number) => {
  if (end > start) out.push({ start, end });
};

/** Up to `max` words of `word` after position `at` (blanks between), stopping at `stop`; returns the end or `at`. */
function wordsAfter(text: string, at: number, word: RegExp, max: number, stop?: (w: string) => boolean): number {
  let end = at;
  let i = at;
  for (let n = 0; n < max; n++) {
    let j = i;
    while (j < text.length && (text[j] === ' ' || text[j] === '\u00a0') && j - i < 3) j++;
    if (n > 0 && j === i) break;
    word.lastIndex = j;
    const m = word.exec(text);
    if (!m || m.index !== j || stop?.(m[0])) break;
    end = j + m[0].length;
    i = end;
  }
  return end;
}

// Titles before the name: the title, then blanks, then the name's words (of the title's script).
const CYRILLIC_TITLE =
  /(?<![\p{L}\p{M}])(?:господин|госпожа|господину|госпоже|г-н|г-жа|г-ну|г-же|д-р|доктор|профессор|проф\.)\s+/giu;
const CYRILLIC_WORD = /\p{Lu}[\p{L}\p{M}'-]*\.?/uy;
const ARABIC_TITLE =
  /(?<![\p{L}\p{M}])(?:[وفبل]?(?:السيدة|السيد|الدكتورة|الدكتور|الأستاذة|الأستاذ|الاستاذة|الاستاذ|المهندسة|المهندس|الشيخة|الشيخ|السادة|د\.)|اسمي)\s+/gu;
const ARABIC_WORD = /[\u0621-\u064a\u066e-\u06d3\u06fa-\u06ff][\u0621-\u065f\u066e-\u06d3\u06fa-\u06ff]*/uy;
const HINDI_TITLE = /(?<![\p{L}\p{M}])(?:श्रीमती|श्री|सुश्री|कुमारी|डॉ\.?|मेरा नाम)\s+/gu;
/** A Devanagari word (without the danda "।"). */
const DEVANAGARI_WORD = /[\u0900-\u0963\u0966-\u097f]+/uy;
const ETHIOPIC_TITLE = /(?<![\u1200-\u137f])[በለከየ]?(?:ዶ\/ር|ዶክተር|አቶ|ወ\/ሮ|ወ\/ሪት|ወይዘሮ|ወይዘሪት|ፕሮፌሰር|ፕ\/ር|ኢንጂነር)[ \t]+/gu;
/** An Ethiopic word (not the word space ፡ nor the full stop ።, comma ፣ and colon ፦). */
const ETHIOPIC_WORD = /[\u1200-\u135a\u135d-\u135f]+/uy;
/** Words that end the name after a title: "and", and words with a preposition prefix ("ለተጨማሪ" "for further"). */
const ETHIOPIC_STOP = /^(?:እና|ና|ወይም|ጋር|[ለበከ][\u1200-\u135a]{3,})$/u;
/** One or two Ethiopic words from `at`; the second not when it ends the sentence (Amharic puts the verb last). */
function ethiopicName(text: string, at: number): number {
  const end = wordsAfter(text, at, ETHIOPIC_WORD, 2, (w) => ETHIOPIC_STOP.test(w));
  if (text[end] !== '።' && text[end] !== '?') return end;
  return wordsAfter(text, at, ETHIOPIC_WORD, 1);
}
const LATIN_TITLE =
  /(?<![\p{L}\p{M}])(?:Sayın|Bayan|ir\.|Ir\.|ing\.|Ing\.|avv\.|Avv\.|dr\.|prof\.|Dña\.|Dª|Bw\.|Bi\.|Bwana|Bibi|Dkt\.|bernama|Ọ̀gbẹ́ni|Ogbeni|Arábìnrin|Arabinrin|Ìyáàfin|Dókítà|Ông|Bà|Chị|Cô|Chú|ông|bà|anh|chị|cô|chú|señor|señora|señorita|sr\.|sra\.|srta\.|don|doña|signor|signora|sig\.|sig\.ra|dott\.|dott\.ssa|de heer|mevrouw|meneer|mevr\.|dhr\.|monsieur|madame|mademoiselle|herr|frau|pan|pani|panie|tôi là|mình là|em là)\s+/gu;
/** A word, a blank, one letter and its dot, then a comma, a lower-case word or the line's end. */
const INITIAL_AFTER =
  /(?<![\p{L}\p{M}.'’-])(\p{L}[\p{Ll}\p{M}'’-]{2,24})[ \t](\p{L})\.(?=[ \t]*[,;)]|[ \t]+\p{Ll}|[ \t]*$)/gmu;
/** Capitalised words before a letter that name a variant, not a person ("Plan B.", "Vitamin C.", "Model T."). */
const INITIAL_NOT =
  /^(?:Plan|Vitamin|Model|Typ|Type|Section|Part|Appendix|Anlage|Annex|Grade|Class|Group|Team|Option|Level|Phase|Step|Stufe|Punkt|Teil|Abschnitt|Kapitel|Chapter|Figure|Fig|Table|Tabelle|Block|Gate|Terminal|Row|Halle|Hall|Building|Zone|Sektor|Paragraph|Article|Artikel|Variante|Version|Kategorie|Category|Klasse|Serie|Series|Schedule|Exhibit|Volume|Band)$/iu;
/** Russian and Ukrainian family name endings (the word in lower case in chat: "фёдоров р."). */
const CYRILLIC_SURNAME = /^[\u0400-\u04ff]{2,}(?:ов|ев|ёв|ин|ова|ева|ёва|ина|ский|ская|цкий|цкая|енко|ук|юк|ич)$/iu;
/** Swahili words common in running text (a text with one of them may take the Swahili kin titles). */
const SW_TEXT =
  /(?<![\p{L}])(?:kwa|tafadhali|kuhusu|kuanzia|ujumbe|habari|asante|asanteni|sana|kabla|wake|yake|zenu|wetu|ni|na|wa)(?![\p{L}])/iu;
/** "Mama" / "Baba" (mother / father of), "Bi" / "Bw" without their dot, before a capitalised name. */
const SW_KIN = /(?<![\p{L}\p{M}])(?:Mama|Baba|Bi|Bw|Bibi)[ \t]+(?=\p{Lu}\p{Ll})/gu;
/** Tagalog personal articles: si / sina (subject), kay / kina (to, for). */
const TL_ARTICLE = /(?<![\p{L}\p{M}])(?:si|sina|kay|kina)[ \t]+(?=\p{Lu})/gu;
const LATIN_NAME_WORD = /\p{Lu}[\p{Ll}\p{M}\p{Lu}'’-]*\.?/uy;
/** Self-introductions after which the name may be written in lower case ("jina langu ni juma"). */
const INTRO =
  /(?<![\p{L}\p{M}])(?:tên tôi là|tên mình là|tên em là|jina langu ni|naitwa|ninaitwa|orúkọ mi ni|oruko mi ni|orukọ mi ni|benim adım|меня зовут|моё имя|мое имя)[\s:]+/giu;
const ANY_WORD = /\p{L}[\p{L}\p{M}'’-]+/uy;
/** Words after an introduction that are no name ("my name is not …", "меня зовут не …"). */
const INTRO_STOP = new Set(
  'not no a an the and und et y e i и не а но và là na ni ya wa ve bir da de ki ist est es is was'.split(' '),
);

/**
 * A handle of name parts ("@tobias_bauer", "t_hoffmann", "ines_lopez_gonzalez"): two to four parts joined by `_` (or
 * `.` after an `@`), not part of an address. With the `@` the first name part must be a known name; without it every
 * part longer than an initial, the last one too.
 */
const HANDLE =
  /(?<![\p{L}\p{N}@._])@?(\p{L}+(?:_\p{L}+){1,3}|(?<=@)\p{L}+(?:\.\p{L}+){1,3})(?![\p{L}\p{N}@_]|\.\p{L})/gu;
const HANDLE_PARTICLE = new Set(['de', 'la', 'del', 'van', 'von', 'der', 'di', 'da', 'dos', 'el', 'al', 'bin', 'le']);
/** Handle parts that name a group or a role, not a person ("@dev_team", "@sales_bot"). */
const HANDLE_ROLE =
  /^(?:team|dev|devs|ops|admin|admins|support|bot|sales|info|help|qa|hr|it|news|official|staff|channel|group|all|here|everyone)$/iu;

// Suffixes after the name.
const JA_SUFFIX = /(?:さん|様|さま|先生|課長|部長|社長|係長|主任|専務|常務|殿|と申します|と言います|といいます)/gu;
const JA_HONORIFIC = /^(?:さん|様|さま|殿|先生)$/u;
const ZH_SUFFIX =
  /(?:先生|女士|小姐|老师|经理|經理|老師|总|總|教授|医生|醫生|主任|同学|同學|律师|律師|博士|师傅|師傅)/gu;
/** Characters after which a Chinese name may start inside a run of Han letters. */
const ZH_BEFORE_NAME = '给找问跟和请叫是的向对让被把与及同由替帮见位';
const ZH_INTRO = /(?:我叫|我的名字是|我的名字叫|我姓|我是|联系人是|聯絡人是)/gu;
const KO_SUFFIX = /(?:선생님|과장님|부장님|대리님|팀장님|사장님|실장님|차장님|교수님|님|씨)/gu;
const KO_INTRO = /(?:제 이름은|저는|내 이름은|이름은)\s*/gu;
const TR_SUFFIX = /(?<=\p{L})\s+(?:Bey|Hanım|Hanim|Hoca|Beyefendi|Hanımefendi)(?![\p{L}\p{M}])/gu;
const HI_SUFFIX = /(?<=[\p{L}\p{M}])(?:\s*-\s*ji|\s+ji|\s+जी)(?![\p{L}\p{M}])/gu;

/** One to three capitalised Latin words, then (one blank at most) an honorific of Japanese, Chinese or Korean. */
const LATIN_BEFORE_CJK =
  /(?<![\p{Script=Latin}\p{M}\p{N}])(\p{Lu}[\p{Ll}\p{M}'’-]+(?:[ \t]\p{Lu}[\p{Ll}\p{M}'’-]+){0,2})[ \t]?(?=さん|様|さま|先生|ちゃん|くん|君|氏|殿|医生|女士|小姐|老师|老師|经理|經理|教授|님|씨)/gu;
const HAN = /\p{Script=Han}/u;
const JA_ROLE =
  /^(?:.*長|皆|客|お客|神|仏|医者|医師|教授|先輩|後輩|担任|患者|運転手|弁護士|職員|社員|店員|部下|上司|選手|監督|作家|王|姫|奥|旦那|親御|兄|姉|弟|妹|母|父|奥様)$/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const HANGUL = /\p{Script=Hangul}/u;

/** Names before a Japanese honorific: the kanji (or katakana) run before it, one blank allowed ("佐藤　健さん"). */
function beforeJa(text: string, at: number): number {
  let k = at;
  const isRun = (c: string) => HAN.test(c) || /\p{Script=Katakana}/u.test(c) || c === 'ー';
  let blank = false;
  while (k > 0 && at - k < 7) {
    const c = text[k - 1];
    if (isRun(c)) k--;
    else if ((c === '\u3000' || c === ' ') && !blank && k < at && k > 1 && isRun(text[k - 2])) {
      blank = true;
      k--;
    } else break;
  }
  if (k > 0 && isRun(text[k - 1])) return at; // a longer run: a sentence, not a name
  // roles and words that take an honorific without being names ("校長先生", "お客様", "皆さん")
  if (JA_ROLE.test(text.slice(k, at))) return at;
  return k;
}

/** A Chinese name before a title: the longest of the last 1–3 Han characters that starts with a family name. */
function beforeZh(text: string, at: number): number {
  for (let n = 3; n >= 1; n--) {
    const k = at - n;
    if (k < 0) continue;
    const run = text.slice(k, at);
    if ([...run].every((c) => HAN.test(c)) && ZH_SURNAMES.has(run[0])) return k;
  }
  return at;
}

/** A Korean name before 님 / 씨: 2–4 Hangul syllables starting with a family name, not a noun such as 고객. */
function beforeKo(text: string, at: number): number {
  let k = at;
  if (k > 0 && text[k - 1] === ' ') k--;
  const end = k;
  while (k > 0 && end - k < 5 && HANGUL.test(text[k - 1])) k--;
  if (k > 0 && HANGUL.test(text[k - 1])) return at;
  const run = text.slice(k, end);
  if (run.length < 2 || run.length > 4 || !KO_SURNAMES.has(run[0])) return at;
  if (KO_NOUNS.has(run) || [...KO_NOUNS].some((n) => n.length >= 2 && run.endsWith(n))) return at;
  return k;
}

/** Handles of name parts in `text` (read in the original text: the name view turns them into words). */
export function handleSpans(text: string): Span[] {
  const out: Span[] = [];
  if (!text.includes('_') && !text.includes('@')) return out;
  for (const m of text.matchAll(HANDLE)) {
    const parts = m[1].split(/[_.]/u);
    const named = parts.filter((p) => p.length > 1 && !HANDLE_PARTICLE.has(p.toLowerCase()));
    if (parts.some((p) => HANDLE_ROLE.test(p))) continue;
    // with an `@` the first part known is enough ("@sabine_oberhuber"); without, every part must be
    const at = m[0].startsWith('@');
    const ok = at
      ? named.length > 0 && isKnownName(named[0])
      : named.length > 0 && named.every((p) => isKnownName(p)) && isKnownName(parts[parts.length - 1]);
    if (ok) {
      push(out, m.index, m.index + m[0].length);
    }
  }
  return out;
}

/** Spans of names next to a title, honorific suffix or self-introduction (see the file comment). */
export function scriptNameSpans(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(INTRO)) {
    const at = m.index + m[0].length;
    // one or two words of letters (any script), not a function word; a name in CJK / Arabic scripts is handled below
    const end = wordsAfter(text, at, ANY_WORD, 2, (w) => INTRO_STOP.has(w.toLowerCase()) || w.length > 20);
    if (end - at >= 2) push(out, at, end);
  }
  // a family name, then the initial of the given name ("Wendt B.,", "jansen n., teamleider", "фёдоров р.,")
  if (text.includes('.')) {
    for (const m of text.matchAll(INITIAL_AFTER)) {
      const [, w, initial] = m;
      const capital = /^\p{Lu}/u.test(w);
      if (capital !== /\p{Lu}/u.test(initial) || INITIAL_NOT.test(w) || isTechName(w)) continue;
      const known = isKnownName(w) && !(isKnownPlace(w) && !capital);
      const comma = /^[ \t]*[,;]/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3));
      if (known || CYRILLIC_SURNAME.test(w) || (capital && comma)) push(out, m.index, m.index + m[0].length);
    }
  }
  if (/[\u0400-\u04ff]/u.test(text)) {
    for (const m of text.matchAll(CYRILLIC_TITLE)) {
      const at = m.index + m[0].length;
      push(out, at, wordsAfter(text, at, CYRILLIC_WORD, 3));
    }
  }
  if (/[\u0600-\u06ff]/u.test(text)) {
    for (const m of text.matchAll(ARABIC_TITLE)) {
      const at = m.index + m[0].length;
      const intro = /^اسمي/u.test(m[0]);
      // a title after the introduction ("اسمي الدكتور …") is skipped by the title pattern itself
      if (intro && ARABIC_TITLE_START.test(text.slice(at, at + 12))) continue;
      let end = wordsAfter(text, at, ARABIC_WORD, 1);
      if (end === at) continue;
      for (let n = 0; n < 2; n++) {
        const next = /^\s+([\u0621-\u064a]+)/u.exec(text.slice(end, end + 30));
        if (!next) break;
        if (AR_JOIN.has(next[1])) {
          end = wordsAfter(text, end + next[0].length, ARABIC_WORD, 1);
          continue;
        }
        if (next[1].startsWith('ال') && next[1].length > 3) end += next[0].length;
        break;
      }
      push(out, at, end);
    }
  }
  if (/[\u1200-\u137f]/u.test(text)) {
    // Amharic titles, maybe after a one-letter preposition ("በዶ/ር", "ለአቶ"): the name and the father's name after it
    for (const m of text.matchAll(ETHIOPIC_TITLE)) {
      const at = m.index + m[0].length;
      const end = ethiopicName(text, at);
      push(out, at, end);
      // "… እና X": a name joined by "and" to a titled one
      const and = end > at ? /^[ \t]*እና[ \t]+/u.exec(text.slice(end, end + 8)) : null;
      if (and) push(out, end + and[0].length, ethiopicName(text, end + and[0].length));
    }
  }
  if (/[\u0900-\u097f]/u.test(text)) {
    for (const m of text.matchAll(HINDI_TITLE)) {
      const at = m.index + m[0].length;
      const stop = (w: string) => HI_STOP.has(w) || /^(?:श्री|श्रीमती|सुश्री|डॉ)$/u.test(w);
      // "मेरा नाम श्री गुप्ता है": the title after the introduction is skipped
      const title = /^(?:श्रीमती|श्री|सुश्री|कुमारी|डॉ\.?)\s+/u.exec(text.slice(at, at + 12));
      const from = title ? at + title[0].length : at;
      push(out, from, wordsAfter(text, from, DEVANAGARI_WORD, 2, stop));
    }
    // "शर्मा जी ने": the word before जी when a postposition or a punctuation mark follows (not "जी नहीं", to live)
    for (const m of text.matchAll(
      /(?<=[\u0900-\u097f])\s+जी(?=\s*[,।!?]|\s+(?:ने|को|से|का|की|के|है|हैं|आप)(?![\u0900-\u097f]))/gu,
    )) {
      const end = m.index;
      const start = lastWordsBefore(text, end, /[\u0900-\u0963\u0966-\u097f]/u, 1, (w) => HI_STOP.has(w));
      push(out, start, end);
    }
  }
  if (/\p{Script=Latin}/u.test(text)) {
    for (const m of text.matchAll(LATIN_TITLE)) {
      const at = m.index + m[0].length;
      let end = wordsAfter(text, at, LATIN_NAME_WORD, 3, (w) => STOP_AFTER.has(w));
      // a sentence's full stop after the name ("signor Uda.") is no initial's dot
      if (text[end - 1] === '.' && /\p{L}\p{L}\.$/u.test(text.slice(end - 3, end))) end--;
      push(out, at, end);
    }
    // a role noun in lower case, then capitalised words: "customer Mikhail reports", "Kundin Jana Wolf"
    for (const m of text.matchAll(ROLE_BEFORE)) {
      const at = m.index + m[0].length;
      const end = wordsAfter(text, at, LATIN_NAME_WORD, 3, (w) => STOP_AFTER.has(w));
      const first = text.slice(at, end).split(/[\s.]+/u)[0] ?? '';
      if (end === at || ROLE_NOT.test(first) || isTechName(first) || (isKnownPlace(first) && !isKnownName(first)))
        continue;
      if (first === first.toUpperCase() && !isKnownName(first)) continue; // an acronym ("customer ID")
      let stop = end;
      if (text[stop - 1] === '.' && /\p{L}\p{L}\.$/u.test(text.slice(stop - 3, stop))) stop--;
      push(out, at, stop);
    }
    // Tagalog personal articles before a name ("si Bong", "kay Bebeng", "sina Ana at Ben"); no place or technology
    for (const m of text.matchAll(TL_ARTICLE)) {
      const at = m.index + m[0].length;
      const end = wordsAfter(text, at, LATIN_NAME_WORD, 3, (w) => STOP_AFTER.has(w));
      const first = text.slice(at, end).split(/[\s.]+/u)[0] ?? '';
      if (end === at || isTechName(first) || (isKnownPlace(first) && !isKnownName(first))) continue;
      push(out, at, end);
    }
    // Swahili teknonyms and titles without a dot ("Mama Neema", "Baba Amani", "Bi Rehema") in Swahili text
    if (SW_TEXT.test(text)) {
      for (const m of text.matchAll(SW_KIN)) {
        const at = m.index + m[0].length;
        const end = wordsAfter(text, at, LATIN_NAME_WORD, 2, (w) => STOP_AFTER.has(w));
        const first = text.slice(at, end).split(/[\s.]+/u)[0] ?? '';
        if (end === at || isTechName(first)) continue;
        push(out, at, end);
      }
    }
    // an initial before a known family name ("A. Schröder", "G. Pereira"), not "U.S. Army" nor an outline's "A. Scope"
    for (const m of text.matchAll(INITIAL_NAME)) {
      const surname = m[1];
      if (isKnownName(surname) && !isKnownPlace(surname) && !isTechName(surname))
        push(out, m.index, m.index + m[0].length);
    }
    for (const m of text.matchAll(TR_SUFFIX)) {
      const start = lastWordsBefore(text, m.index, /[\p{L}\p{M}'’-]/u, 2, (w) => !/^\p{Lu}/u.test(w));
      push(out, start, m.index);
    }
    for (const m of text.matchAll(HI_SUFFIX)) {
      if (/जी/u.test(m[0])) continue;
      const start = lastWordsBefore(text, m.index, /[\p{L}\p{M}'’-]/u, 1, (w) => !/^\p{Lu}/u.test(w));
      push(out, start, m.index);
    }
  }
  if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text)) {
    const ja = KANA.test(text);
    if (ja) {
      for (const m of text.matchAll(JA_SUFFIX)) {
        const start = beforeJa(text, m.index);
        // a short honorific goes with the name ("渡辺陽菜様", "高橋 結衣さん"), as a title does in Latin script
        push(out, start, start < m.index && JA_HONORIFIC.test(m[0]) ? m.index + m[0].length : m.index);
      }
      for (const m of text.matchAll(/(?:私は|わたしは|僕は|私の名前は)/gu)) {
        const at = m.index + m[0].length;
        const end = wordsAfterJa(text, at);
        // "私はXと申します"; before です only a name of the lists ("私は囚人です" is "I am a prisoner")
        const tail = text.slice(end, end + 5);
        const listed =
          m[0] === '私の名前は' || nativeNameSpans(text.slice(at, end)).length > 0 || isJaName(text.slice(at, end));
        if (end > at && (/^(?:と申します|といいます|と言います)/u.test(tail) || (tail.startsWith('です') && listed)))
          push(out, at, end);
      }
    } else {
      for (const m of text.matchAll(ZH_SUFFIX)) {
        const start = beforeZh(text, m.index);
        // "给徐经理", "：吴老师": a function character or no Han letter before the family name ("英文老师" is a subject)
        if (start > 0 && HAN.test(text[start - 1]) && !ZH_BEFORE_NAME.includes(text[start - 1])) continue;
        push(out, start, m.index);
      }
      for (const m of text.matchAll(ZH_INTRO)) {
        const at = m.index + m[0].length;
        let end = at;
        while (end < text.length && end - at < 3 && HAN.test(text[end])) end++;
        if (end < text.length && HAN.test(text[end])) continue; // a longer run: a sentence
        const name = text.slice(at, end);
        if (name.length < 2 && m[0] !== '我姓') continue;
        if (m[0] === '我是' && (ZH_ROLE_END.test(name) || !/^[\s，,。！!、；;：:）)]/u.test(text.slice(end, end + 1))))
          continue;
        push(out, at, end);
      }
    }
  }
  // a romanized name right before a CJK or Korean honorific ("Tanaka Taroさん", "Grace Zhang医生", "Kim Minji님")
  if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(text)) {
    for (const m of text.matchAll(LATIN_BEFORE_CJK)) {
      if (isTechName(m[1].split(' ')[0])) continue;
      push(out, m.index, m.index + m[1].length);
    }
  }
  if (/\p{Script=Hangul}/u.test(text)) {
    for (const m of text.matchAll(KO_SUFFIX)) {
      if (m[0] === '님' && m.index > 0 && text.slice(m.index - 2, m.index) === '선생') continue;
      push(out, beforeKo(text, m.index), m.index);
    }
    for (const m of text.matchAll(KO_INTRO)) {
      const at = m.index + m[0].length;
      let end = at;
      while (end < text.length && end - at < 4 && HANGUL.test(text[end])) end++;
      // the name, then a copula or particle: "박지훈입니다", "박지훈이에요"
      const rest = text.slice(at, at + 8);
      const name = /^([가-힣]{2,4}?)(?:입니다|이에요|예요|이라고|라고|이고|입니당|임)/u.exec(rest);
      if (name && KO_SURNAMES.has(name[1][0]) && !KO_NOUNS.has(name[1])) push(out, at, at + name[1].length);
    }
  }
  return out;
}

const ARABIC_TITLE_START =
  /^(?:السيد|السيدة|الدكتور|الدكتورة|الأستاذ|الأستاذة|الاستاذ|الاستاذة|المهندس|المهندسة|الشيخ)/u;

/** Role nouns (lower case) that a name follows: en de fr es it nl pl pt sw tr. */
const ROLE_BEFORE =
  /(?<![\p{L}\p{M}])(?:customer|client|colleague|coworker|co-worker|employee|patient|tenant|applicant|candidate|[kK]unde|[kK]undin|[kK]ollege|[kK]ollegin|[mM]itarbeiter|[mM]itarbeiterin|[pP]atientin|collègue|cliente|compañero|compañera|collega|klant|klient|klientka|pracownik|colega|mteja|müşteri)[ \t]+/gu;
/** Capitalised words after a role noun that name a thing ("customer Support", "client ID"). */
const ROLE_NOT =
  /^(?:Service|Services|Support|Success|Care|Experience|Guide|Interface|Manual|Agreement|Account|Portal|Data|Name|Number|Feedback|Satisfaction|Journey|Base|Group|Team|Portal|Side|Code|Version|Library|Id|Journey|Relations|Relationship|Management|Center|Centre|Dienst|Daten|Nummer|Konto|Portal|Servizio|Cliente|Klant)$/u;
const INITIAL_NAME =
  /(?<![\p{L}\p{N}.])\p{Lu}\.[ \t]?(\p{Lu}\p{Ll}[\p{Ll}\p{M}'’]+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}\p{M}])/gu;

/** Lower-case words that end a Latin name after a title ("Sayın Aslan ve …"). */
const STOP_AFTER = new Set(['Ve', 'Và', 'Na', 'Y', 'Et', 'Und']);

/** The start of up to `max` words (characters matching `ch`) ending at `end`, stopping at `stop`. */
function lastWordsBefore(text: string, end: number, ch: RegExp, max: number, stop?: (w: string) => boolean): number {
  let start = end;
  let k = end;
  for (let n = 0; n < max; n++) {
    let j = k;
    while (j > 0 && text[j - 1] === ' ' && k - j < 2) j--;
    if (n > 0 && j === k) break;
    let i = j;
    while (i > 0 && j - i < 30 && ch.test(text[i - 1])) i--;
    if (i === j || stop?.(text.slice(i, j))) break;
    start = i;
    k = i;
  }
  return start;
}

/** Japanese name after 私は: a kanji / katakana run with at most one blank, up to 6 characters. */
function wordsAfterJa(text: string, at: number): number {
  let end = at;
  let blank = false;
  while (end < text.length && end - at < 7) {
    const c = text[end];
    if (HAN.test(c) || /\p{Script=Katakana}/u.test(c)) end++;
    else if ((c === '\u3000' || c === ' ') && !blank && end > at) {
      blank = true;
      end++;
    } else break;
  }
  return end;
}
