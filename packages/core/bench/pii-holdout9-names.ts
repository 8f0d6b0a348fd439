/**
 * Name pools and name forms of hold-out 9 (person names), written blind. One pool per line:
 * 'given names (men) / given names (women) / family names / family names with particles / titles (men) /
 * titles (women) [/ patronymics (men) / patronymics (women)]'. Names are space-separated, '_' is a space inside one
 * name, '-' means none; titles are comma-separated, '_' stands for the family name and '*' for the given name.
 * Pools ending in -Latn are the same culture written in Latin script (they go into English carriers).
 */
export type Rand = () => number;

/** Small seeded PRNG (sfc32), warmed up. */
export function sfc32(seed: number): Rand {
  let a = 0x9e3779b9;
  let b = 0x243f6a88;
  let c = 0xb7e15162;
  let d = seed | 0;
  const next = () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 15; i++) next();
  return next;
}

export const choose = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];

const POOLS: Record<string, string> = {
  en: "James Michael Robert David William Daniel Liam Noah Ethan Thomas / Mary Patricia Jennifer Linda Elizabeth Sarah Emily Olivia Chloe Grace / Smith Johnson Williams Brown Jones Miller Davis Wilson Taylor Anderson Moore Clark Lewis Walker Hall Wright / O'Connor McAllister De_Silva Van_Buren St._Clair FitzGerald / Mr. _,Dr. _,Prof. _,Mr _ / Ms. _,Mrs. _,Dr. _,Miss _",
  de: 'Lukas Jonas Leon Felix Maximilian Stefan Jürgen Jörg Björn Tobias / Anna Lena Sophie Katharina Ursula Hannah Jana Brigitte Sabine Lea / Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter Klein Wolf Schröder Neumann Krüger Weiß / von_Bülow von_der_Heyden zur_Linden vom_Stein von_Hagen / Herr _,Herr Dr. _,Dr. _,Prof. Dr. _ / Frau _,Frau Dr. _,Dr. _,Prof. _',
  fr: "Jean Pierre Louis Nicolas Julien Mathieu François Théo Jean-Pierre Jean-Luc / Camille Chloé Manon Élodie Amélie Léa Inès Hélène Marie-Claire Anne-Sophie / Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefèvre Girard Roux Fournier / de_Montaigu Le_Goff du_Plessis de_La_Roche Le_Bihan d'Arcy / M. _,Monsieur _,Dr _,Me _ / Mme _,Madame _,Dr _,Mlle _",
  es: 'José Antonio Manuel Javier Alejandro Pablo Álvaro Sergio Andrés Iñigo / Lucía María Carmen Sofía Martina Paula Inés Begoña Ana_Belén María_José / García Fernández González Rodríguez López Martínez Sánchez Pérez Gómez Martín Jiménez Ruiz Hernández Díaz Moreno Muñoz / de_la_Fuente del_Río de_los_Santos de_la_Cruz Fernández_de_Córdoba / Sr. _,Don *,Dr. _,señor _ / Sra. _,Doña *,Dra. _,Srta. _',
  it: "Marco Luca Giuseppe Francesco Alessandro Matteo Lorenzo Niccolò Gianluca Andrea / Giulia Chiara Francesca Federica Valentina Elena Sara Martina Alessia Ilaria / Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti Costa Giordano Mancini / De_Luca Di_Stefano Lo_Russo Dell'Acqua D'Angelo La_Rosa / Sig. _,Dott. _,Ing. _,Avv. _ / Sig.ra _,Dott.ssa _,Avv. _,Prof.ssa _",
  pt: 'João Pedro Tiago Rafael Gabriel Lucas Gonçalo Rodrigo Luís Thiago / Ana Beatriz Mariana Inês Carolina Fernanda Luíza Camila Larissa Joana / Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Sousa Fernandes Gonçalves Gomes Lopes Carvalho Almeida Ribeiro / da_Silva dos_Santos de_Souza da_Costa do_Nascimento das_Neves / Sr. _,Dr. _,Eng. _,Seu * / Sra. _,Dra. _,Dona *,D. *',
  nl: 'Daan Sem Lucas Bram Thijs Jeroen Pieter Joost Sander Wouter / Emma Julia Sanne Femke Lotte Anouk Ingrid Marieke Fleur Eline / Jansen Bakker Visser Smit Meijer Mulder Bos Vos Peters Hendriks Dekker Brouwer Kuipers Verhoeven / de_Vries van_Dijk van_den_Berg de_Jong van_der_Meer van_Leeuwen ter_Horst de_Wit / dhr. _,de heer _,dr. _,ir. _ / mevr. _,mevrouw _,dr. _,mr. _',
  pl: 'Piotr Krzysztof Tomasz Paweł Michał Marcin Jakub Łukasz Grzegorz Wojciech / Anna Katarzyna Małgorzata Agnieszka Magdalena Joanna Zofia Ewa Żaneta Bożena / Kowalski Nowak Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Krawczyk Zawadzki / - / Pan _,pan _,dr _,mgr inż. _ / Pani _,pani _,dr _,prof. _',
  tr: 'Mehmet Mustafa Ahmet Ali Hüseyin Hasan Emre Burak Çağlar Oğuz / Ayşe Fatma Emine Zeynep Elif Özlem Gülşen Şule İpek Büşra / Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Koç / - / * Bey,Sayın _,Dr. _,Av. _ / * Hanım,Sayın _,Dr. _,Av. _',
  vi: 'Văn_An Minh_Tuấn Đức_Anh Quốc_Bảo Hoàng_Nam Văn_Hùng Thanh_Tùng / Thị_Lan Thị_Hương Thu_Trang Ngọc_Ánh Thanh_Hà Thị_Mai Bảo_Ngọc / Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô / - / Ông *,anh *,Mr. * / Bà *,chị *,cô *',
  sw: 'Juma Baraka Amani Hamisi Bakari Imani Otieno Kiprotich Mwangi Salim / Neema Rehema Zawadi Halima Mwajuma Furaha Wanjiru Achieng Aisha Subira / Mwangi Otieno Kamau Odhiambo Njoroge Mohamed Hassan Mushi Massawe Kimaro Mrema Mollel Wambua Chepkoech / - / Bw. _,Bwana _,Dkt. _,Mzee _ / Bi. _,Dkt. _,Mama _,Bibi _',
  yo: 'Adebayo Oluwaseun Olumide Babatunde Oladele Ayodele Kehinde Taiwo Ọlátúnjí Damilola / Funmilayo Folake Yetunde Abimbola Titilayo Temitope Omolara Adéwùmí Bukola Morenike / Adeyemi Ogunleye Balogun Adewale Akinola Ogundipe Olawale Afolabi Bankole Adeleke Oyewole Olatunji Ọlábísí Ajayi / - / Mr. _,Ọ̀gbẹ́ni _,Dókítà _,Chief _ / Mrs. _,Ìyáàfin _,Dókítà _,Alhaja _',
  ru: 'Иван Дмитрий Сергей Алексей Михаил Андрей Николай Артём / Ольга Наталья Екатерина Анна Татьяна Светлана Ирина Юлия / Иванов Смирнов Кузнецов Попов Соколов Лебедев Козлов Новиков Морозов Волков Павлов Фёдоров Ковальский Белых / - / г-н _,господин _,д-р _ / г-жа _,госпожа _,д-р _ / Петрович Иванович Сергеевич Александрович Олегович / Петровна Ивановна Сергеевна Александровна Олеговна',
  'ru-Latn':
    'Ivan Dmitry Sergey Alexei Mikhail Andrei Nikolai Artyom / Olga Natalia Ekaterina Anna Tatiana Svetlana Irina Yulia / Ivanov Smirnov Kuznetsov Popov Sokolov Lebedev Kozlov Novikov Morozov Volkov Pavlov Fedorov Kovalsky Belykh / - / Mr. _,Dr. _ / Ms. _,Mrs. _,Dr. _ / Petrovich Ivanovich Sergeyevich Alexandrovich / Petrovna Ivanovna Sergeyevna Alexandrovna',
  ar: 'محمد أحمد خالد عمر يوسف علي حسن طارق / فاطمة مريم نور ليلى سارة عائشة هدى رنا / العلي الحسيني الخطيب المصري الشمري العتيبي حداد منصور الزهراني القحطاني / بن_سعيد بن_راشد بن_علي أبو_زيد عبد_الرحمن / السيد _,الدكتور _,الأستاذ _,المهندس _ / السيدة _,الدكتورة _,الأستاذة _',
  'ar-Latn':
    'Mohammed Ahmed Khalid Omar Youssef Ali Hassan Tariq Abdul-Rahman / Fatima Maryam Noor Layla Sara Aisha Huda Rana / Al-Ali Al-Husseini Khatib Al-Masri Al-Shammari Al-Otaibi Haddad Mansour Al-Zahrani El-Sayed / bin_Saeed bin_Rashid al-Hashimi Abu_Zaid ibn_Khalil / Mr. _,Dr. _,Sheikh *,Eng. _ / Ms. _,Mrs. _,Dr. _',
  hi: 'राहुल अमित विकास अर्जुन रोहित आरव संजय / प्रिया अंजलि सुनीता नेहा पूजा काव्या दीपिका / शर्मा वर्मा गुप्ता सिंह पटेल अग्रवाल मेहता जोशी अय्यर रेड्डी / - / श्री _,श्रीमान _,डॉ. _,_ जी / श्रीमती _,सुश्री _,डॉ. _,_ जी',
  'hi-Latn':
    'Rahul Amit Vikas Arjun Rohit Aarav Sanjay Karthik / Priya Anjali Sunita Neha Pooja Kavya Deepika Lakshmi / Sharma Verma Gupta Singh Patel Agarwal Mehta Joshi Iyer Reddy Nair Chatterjee / - / Mr. _,Shri _,Dr. _,_ ji / Mrs. _,Smt. _,Dr. _,Ms. _',
  zh: '伟 强 磊 洋 勇 军 杰 涛 明 浩然 子轩 / 芳 娜 秀英 敏 静 丽 艳 娟 婷 欣怡 / 王 李 张 刘 陈 杨 黄 赵 周 吴 徐 孙 欧阳 司马 / - / _先生,_总,_经理,_老师 / _女士,_小姐,_经理,_老师',
  'zh-Latn':
    'Wei Qiang Lei Yang Yong Jun Jie Tao Ming Haoran Zixuan / Fang Na Xiuying Min Jing Li Yan Juan Ting Xinyi / Wang Li Zhang Liu Chen Yang Huang Zhao Zhou Wu Xu Sun Ouyang / - / Mr. _,Dr. _,Prof. _ / Ms. _,Mrs. _,Dr. _',
  ja: '翔太 大輔 健 拓也 直樹 太郎 蓮 悠真 / 陽菜 さくら 美咲 結衣 優子 花子 葵 愛子 / 佐藤 鈴木 高橋 田中 伊藤 渡辺 山本 中村 小林 加藤 吉田 山田 / - / _さん,_様,_部長,_先生 / _さん,_様,_課長,_先生',
  'ja-Latn':
    'Shota Daisuke Ken Takuya Naoki Taro Ren Yuma / Hina Sakura Misaki Yui Yuko Hanako Aoi Aiko / Sato Suzuki Takahashi Tanaka Ito Watanabe Yamamoto Nakamura Kobayashi Kato Yoshida Yamada / - / Mr. _,_-san,Dr. _ / Ms. _,_-san,Dr. _',
  ko: '민준 지훈 도윤 현우 준서 성민 동현 / 서연 지우 하은 예은 수빈 지민 민지 / 김 이 박 최 정 강 조 윤 장 임 한 남궁 / - / _ 과장님,_ 선생님,_ 대리,_ 부장님 / _ 과장님,_ 선생님,_ 대리,_ 팀장님',
  'ko-Latn':
    'Min-jun Ji-hoon Do-yoon Hyun-woo Jun-seo Seong-min Dong-hyun Minho / Seo-yeon Ji-woo Ha-eun Ye-eun Su-bin Ji-min Min-ji Yuna / Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han / - / Mr. _,Dr. _,Prof. _ / Ms. _,Mrs. _,Dr. _',
};
export const POOL_NAMES = Object.keys(POOLS);

/** Probability that the family name comes first; separators between the parts; double-barrelled surnames used. */
const FAMILY_FIRST: Record<string, number> = { vi: 1, zh: 1, ja: 1, ko: 1, ru: 0.3 };
Object.assign(FAMILY_FIRST, { 'zh-Latn': 0.6, 'ja-Latn': 0.4, 'ko-Latn': 0.6 });
const SEPS: Record<string, string[]> = { zh: [''], ko: [''], ja: ['', ' ', '\u3000'] };
const HYPHEN = new Set(['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'ru', 'ru-Latn']);

/** The language of the text around a name of this pool. */
export const textLang = (pool: string) => (pool.endsWith('-Latn') ? 'en' : pool);
/** The locale used for case changes (Turkish dotted i and the like). */
export const caseLocale = (pool: string) => pool.slice(0, 2);

/** A name as inserted: `pre` and `post` (titles, honorifics) lie outside the value, the parts form the value. */
export interface Name {
  pool: string;
  form: string;
  pre: string;
  parts: string[];
  sep: string;
  post: string;
  familyFirst: boolean;
  /** An address to go with the name in headers and records (outside the value). */
  email: string;
}

interface Person {
  pool: string;
  given: string;
  call: string;
  family: string;
  other: string;
  pat?: string;
  fg: boolean;
  sep: string;
  cased: boolean;
  lists: string[][];
  woman: boolean;
}

type Form = [pre: string, parts: string[], post: string, familyFirst?: boolean] | undefined;

/** Russian and Polish surnames take the feminine form. */
function feminine(f: string): string {
  if (/(ов|ев|ёв|ин)$/.test(f)) return `${f}а`;
  if (/[сц]кий$/.test(f)) return f.replace(/ий$/, 'ая');
  if (/[sc]ki$/.test(f) || /dzki$/.test(f)) return f.replace(/i$/, 'a');
  if (/(ov|ev|in)$/.test(f)) return `${f}a`;
  if (/sky$/.test(f)) return f.replace(/y$/, 'aya');
  return f;
}

const ordered = (p: Person, g: string, f: string) => (p.fg ? [f, g] : [g, f]);

/** Name forms: [name, weight, make]. */
const FORMS: [string, number, (p: Person, r: Rand) => Form][] = [
  [
    'full',
    3,
    (p, r) => {
      const g = p.pat && r() < 0.3 ? `${p.given} ${p.pat}` : p.given;
      const f = /^(es|pt)$/.test(p.pool) && r() < 0.4 ? `${p.family} ${p.other}` : p.family;
      return ['', ordered(p, g, f), ''];
    },
  ],
  ['first', 2, (p) => (/^(zh|ko)$/.test(p.pool) && p.call.length < 2 ? undefined : ['', [p.call], ''])],
  [
    'title',
    2,
    (p, r) => {
      const t = choose(r, p.lists[p.woman ? 5 : 4]);
      const at = t.search(/[_*]/);
      return [t.slice(0, at), [t[at] === '_' ? p.family : p.call], t.slice(at + 1)];
    },
  ],
  ['particle', 1, (p, r) => (p.lists[3].length ? ['', ordered(p, p.given, choose(r, p.lists[3])), ''] : undefined)],
  ['hyphen', 1, (p) => (HYPHEN.has(p.pool) ? ['', ordered(p, p.given, `${p.family}-${p.other}`), ''] : undefined)],
  [
    'initials',
    1,
    (p, r) => {
      if (!p.cased) return undefined;
      const ini = p.given.replace(/(\p{L})\p{L}*/gu, '$1.').toLocaleUpperCase(caseLocale(p.pool));
      const x = r();
      if (p.pat && x < 0.4) return ['', [p.family, `${ini} ${p.pat[0]}.`], '', true];
      return x < 0.7 ? ['', [ini, p.family], '', false] : ['', [p.family, ini], '', true];
    },
  ],
  [
    'caps',
    1,
    (p, r) => {
      if (!p.cased) return undefined;
      const up = (s: string) => s.toLocaleUpperCase(caseLocale(p.pool));
      return ['', r() < 0.5 ? ordered(p, up(p.given), up(p.family)) : ordered(p, p.given, up(p.family)), ''];
    },
  ],
  [
    'lower',
    1,
    (p) =>
      p.cased ? ['', ordered(p, p.given, p.family).map((s) => s.toLocaleLowerCase(caseLocale(p.pool))), ''] : undefined,
  ],
];

/** Picks one of `[name, weight, …]` rows in proportion to its weight. */
export function weighted<T extends [string, number, ...unknown[]]>(r: Rand, rows: T[]): T {
  let x = r() * rows.reduce((s, f) => s + f[1], 0);
  for (const row of rows) {
    x -= row[1];
    if (x < 0) return row;
  }
  return rows[0];
}

/** ASCII handle material: diacritics dropped, anything else but letters and digits turned into '_'. */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .replace(/[łŁ]/g, 'l')
    .replace(/ß/g, 'ss')
    .replace(/ı/g, 'i')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
}

const TLD: Record<string, string> = { en: 'com', pt: 'com.br', tr: 'com.tr', ja: 'co.jp', ko: 'co.kr', sw: 'co.ke' };
Object.assign(TLD, { yo: 'com.ng', ar: 'ae', hi: 'in', zh: 'cn', vi: 'vn' });

/** A random person of `pool` written in a random form. */
export function makeName(r: Rand, pool: string): Name {
  const lists = POOLS[pool].split(' / ').map((l) => (l === '-' ? [] : l.split(l.includes(',') ? ',' : ' ')));
  for (const l of lists.slice(0, 4)) for (let i = 0; i < l.length; i++) l[i] = l[i].replaceAll('_', ' ');
  const woman = r() < 0.5;
  const given = choose(r, lists[woman ? 1 : 0]);
  const pick = () => {
    const f = choose(
      r,
      lists[2].filter((x) => x !== given),
    );
    return woman ? feminine(f) : f;
  };
  const family = pick();
  let other = pick();
  while (other === family) other = pick();
  const p: Person = {
    pool,
    given,
    call: pool === 'vi' ? (given.split(' ').pop() ?? given) : given,
    family,
    other,
    pat: lists[woman ? 7 : 6] ? choose(r, lists[woman ? 7 : 6]) : undefined,
    fg: r() < (FAMILY_FIRST[pool] ?? 0),
    sep: choose(r, SEPS[pool] ?? [' ']),
    cased: /\p{Lu}/u.test(given),
    lists,
    woman,
  };
  const tld = TLD[pool.slice(0, 2)] ?? pool.slice(0, 2);
  for (;;) {
    const [form, , make] = weighted(r, FORMS);
    const made = make(p, r);
    if (!made) continue;
    const [pre, parts, post, fg] = made;
    const latin = /^[\p{Script=Latin}\s.'-]+$/u.test(parts.join(''));
    const local = latin ? parts.map((x) => fold(x).replaceAll('_', '')).join('.') : 'office';
    const sep = parts.length > 1 && latin ? ' ' : p.sep;
    return { pool, form, pre, parts, sep, post, familyFirst: fg ?? p.fg, email: `${local}@example.${tld}` };
  }
}
