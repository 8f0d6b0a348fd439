/**
 * Person names next to a Chinese, Japanese or Korean cue (part of scriptNameSpans, name-cues.ts): honorific suffixes
 * and titles after the name ("吉田さん", "徐经理", "박지훈님"), self-introductions ("我叫…", "私は…と申します",
 * "제 이름은 …") and romanized names before such an honorific ("Tanaka Taroさん", "Kim Minji님"). The name before a
 * suffix is a bounded run of Han / kana / Hangul letters, starting with a family name where the script has a list.
 */
import { push, type Span } from './name-cues-words.ts';
import { isJaName, nativeNameSpans } from './name-native.ts';
import { isTechName } from './person.ts';

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

/** Spans of names next to the CJK and Korean cues of the file comment, pushed onto `out`. */
export function cjkNameSpans(text: string, out: Span[]): void {
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
}
