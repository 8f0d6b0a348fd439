/**
 * ELEVENTH hold-out ("hold-out 11"): PERSON names the way an outside benchmark would test them, written blind (without
 * reading the recognizers, the docs, the tests or the other name corpora) and committed before any run against the
 * engine. Names sit in running text and conversation (meeting notes, chat exports with the speaker's name, emails,
 * complaints naming staff, clinical / HR notes, cc lines, @-mentions, tickets) in 23 languages, in many kinds: full,
 * given, nickname, names that are also words, inflected and possessive forms, no diacritics, transliterated, double
 * given names, compound surnames, initials, patronymics, mononyms, teknonyms, Latin names inside other scripts
 * (pii-holdout11-names.ts, pii-holdout11-text.ts). About 30% carry one obfuscation (OBFUSCATIONS below).
 * Hit = every letter or digit of the inserted name lies inside a detected entity; "typed" = a PERSON entity overlaps
 * it. Then false PERSON on name-free prompts full of capitalised look-alikes (word-names used as words, brands,
 * places, titles, months, laws) in the same languages.
 * Usage: node --conditions=@edge-ai/source packages/core/bench/pii-holdout11.ts [perLanguage=40] [seed=1111]
 *   SHOW=1 prints every leak (and every false PERSON); DRY=1 prints the texts with the name marked ⟦…⟧ and never
 *   calls the engine.
 */
import { NAMES } from './pii-holdout11-names.ts';
import { CARRIERS } from './pii-holdout11-text.ts';
import { covered, tally } from './tally.ts';

const perLanguage = Number(process.argv[2] ?? 40);
const seed = Number(process.argv[3] ?? 1111);
const DRY = !!process.env.DRY;

type Rand = () => number;
/** sfc32, seeded; 0 <= r() < 1. */
function sfc32(s: number): Rand {
  let a = 0x9e3779b9;
  let b = 0x243f6a88;
  let c = 0xb7e15162;
  let d = s >>> 0;
  const next = () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  return next;
}
const r = sfc32(seed);
const choose = <T>(x: Rand, list: readonly T[]): T => list[Math.floor(x() * list.length)];

// ---- obfuscations: each returns undefined where it does not apply -------------------------------------------------
const seg = new Intl.Segmenter('und', { granularity: 'grapheme' });
const graphemes = (w: string) => [...seg.segment(w)].map((g) => g.segment);
const CASED = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}]/u;
const LATIN_TO_CYR: Record<string, string> = Object.fromEntries(
  [...'aceopxyijsACEHKMOPTXB'].map((ch, i) => [ch, 'асеорхуіјѕАСЕНКМОРТХВ'[i]]),
);
const LOOKALIKE: Record<string, string> = {
  ...LATIN_TO_CYR,
  ...Object.fromEntries(Object.entries(LATIN_TO_CYR).map(([k, v]) => [v, k])),
  ...Object.fromEntries([...'ΑΒΕΖΗΙΚΜΝΟΡΤΥΧοι'].map((ch, i) => [ch, 'ABEZHIKMNOPTYXoi'[i]])),
};
const LEET: Record<string, string> = { a: '4', e: '3', i: '1', o: '0', s: '5', t: '7' };
const NON_JOINING = 'اأإآدذرزوؤةژ';
const changed = (s: string, out: string) => (out === s ? undefined : out);
/** Replaces each mapped character with probability p; undefined when nothing changed. */
const swap = (s: string, x: Rand, map: (ch: string) => string | undefined, p = 0.5) => {
  const out = [...s].map((ch) => (x() < p ? (map(ch) ?? ch) : ch)).join('');
  return changed(s, out !== s ? out : [...s].map((ch) => map(ch) ?? ch).join(''));
};
const words = (s: string) => s.split(' ');

type Obfuscation = (s: string, x: Rand, lang: string, kind: string) => string | undefined;
const OBFUSCATIONS: Record<string, Obfuscation> = {
  /** "A n n a  S m i t h" */
  spaced: (s) =>
    changed(
      s,
      words(s)
        .map((w) => graphemes(w).join(' '))
        .join('  '),
    ),
  /** zero-width space / joiner / word joiner / soft hyphen inside each word */
  invisible: (s, x) =>
    changed(
      s,
      words(s)
        .map((w) => {
          const g = graphemes(w);
          if (g.length < 2) return w;
          const k = 1 + Math.floor(x() * (g.length - 1));
          return (
            g.slice(0, k).join('') + choose(x, ['\u200b', '\u200c', '\u200d', '\u2060', '\u00ad']) + g.slice(k).join('')
          );
        })
        .join(' '),
    ),
  /** Latin <-> Cyrillic and Greek -> Latin look-alike letters */
  homoglyph: (s, x) => swap(s, x, (ch) => LOOKALIKE[ch]),
  leet: (s, x) => (/\p{Script=Latin}/u.test(s) ? swap(s, x, (ch) => LEET[ch.toLowerCase()], 0.6) : undefined),
  /** "A.n.n.a S.m.i.t.h", "K-o-w-a-l-s-k-i" */
  separated: (s, x) => {
    const sep = choose(x, ['.', '-', '_', '*', '·', '/']);
    return changed(
      s,
      words(s)
        .map((w) => graphemes(w).join(sep))
        .join(' '),
    );
  },
  /** user-name style: "anna.smith", "Anna_Smith", "AnnaSmith" */
  handle: (s, x, lang) => {
    if (!s.includes(' ')) return undefined;
    const out = s.split(' ').join(choose(x, ['.', '_', '']));
    return CASED.test(s) && x() < 0.5 ? out.toLocaleLowerCase(locale(lang)) : out;
  },
  /** "Smith, Anna", "SMITH Anna", "Smith Anna" */
  reversed: (s, x, lang, kind) => {
    const w = words(s);
    if (w.length !== 2 || !CASED.test(s) || lang === 'hun' || !REVERSIBLE.has(kind) || /\./.test(s)) return undefined;
    return choose(x, [`${w[1]}, ${w[0]}`, `${w[1].toLocaleUpperCase(locale(lang))} ${w[0]}`, `${w[1]} ${w[0]}`]);
  },
  /** aLtErNaTiNg or caps-lock inverted case */
  'case-game': (s, x, lang) => {
    if (!CASED.test(s)) return undefined;
    const loc = locale(lang);
    let k = 0;
    const alt = x() < 0.5;
    const out = [...s].map((ch) => {
      if (!/\p{L}/u.test(ch)) return ch;
      const up = alt ? k++ % 2 === 1 : ch === ch.toLocaleLowerCase(loc);
      return up ? ch.toLocaleUpperCase(loc) : ch.toLocaleLowerCase(loc);
    });
    return changed(s, out.join(''));
  },
  markdown: (s, x) => {
    const w = words(s);
    const m = choose(x, ['**', '*', '__', '_', '`', '~~']);
    return w.length > 1 && x() < 0.4 ? `${m}${w[0]}${m} ${w.slice(1).join(' ')}` : `${m}${s}${m}`;
  },
  /** decomposed accents (macOS copy-paste): "Nova\u0301kova\u0301" */
  nfd: (s) => changed(s, s.normalize('NFD')),
  fullwidth: (s) =>
    changed(
      s,
      s.replace(/[A-Za-z]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0)),
    ),
  /** wrapped or hyphenated at a line end, as pasted from a PDF */
  wrapped: (s, x) => {
    const w = words(s);
    const long = w.findIndex(
      (v) => v.length >= 6 && /^[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}]+$/u.test(v),
    );
    if (long >= 0 && (w.length === 1 || x() < 0.5)) {
      const k = 2 + Math.floor(x() * (w[long].length - 3));
      w[long] = `${w[long].slice(0, k)}-\n${w[long].slice(k)}`;
      return w.join(' ');
    }
    return w.length > 1 ? `${w[0]}\n${w.slice(1).join(' ')}` : undefined;
  },
  /** Arabic-script kashida stretching: "محـــمد" */
  kashida: (s, x) => {
    const out = [...s]
      .map((ch, i, a) =>
        /\p{Script=Arabic}/u.test(ch) &&
        /\p{Script=Arabic}/u.test(a[i + 1] ?? '') &&
        !NON_JOINING.includes(ch) &&
        x() < 0.4
          ? ch + 'ـ'.repeat(1 + Math.floor(x() * 3))
          : ch,
      )
      .join('');
    return changed(s, out);
  },
};
const REVERSIBLE = new Set(['full', 'ascii', 'word-name', 'translit', 'compound', 'latin']);
const locale = (lang: string) => (lang === 'tur' ? 'tr' : lang === 'ell' ? 'el' : undefined);

// ---- the rows ------------------------------------------------------------------------------------------------------
type Carrier = { genre: string; text: string; slot: string; style: string };
function carriers(lang: string): Carrier[] {
  return CARRIERS[lang].split('\n').map((line) => {
    const [genre, text] = line.split('| ');
    const slots = [...text.matchAll(/\{(\w+)(?:!([lu]))?\}/g)];
    if (slots.length !== 1 || genre === undefined) throw new Error(`${lang}: one slot per carrier: ${line}`);
    const body = text.replaceAll(' ¶ ', '\n').replace(slots[0][0], '{}');
    return { genre, text: body, slot: slots[0][1], style: slots[0][2] ?? '' };
  });
}
function names(lang: string): Map<string, string[]> {
  const m = new Map<string, string[]>();
  for (const line of NAMES[lang].split('\n')) {
    const k = line.indexOf(': ');
    m.set(line.slice(0, k), line.slice(k + 2).split('; '));
  }
  return m;
}

type Entity = { type: string; start: number; end: number; text: string };
type Engine = { detect(text: string, o?: { language?: string }): Promise<Entity[]> };
let engine: Engine | undefined;
if (!DRY) {
  const models = await import('../../models/src/index.ts');
  engine = (await import('../src/pii/index.ts')).createPiiEngine({ ner: models.recognizeEntities });
}

const { count, print } = tally();
for (const lang of Object.keys(CARRIERS)) {
  const list = carriers(lang);
  const byKind = names(lang);
  const plainKinds = [...byKind.keys()].filter((k) => !k.startsWith('='));
  for (const c of list)
    if (c.slot !== 'n' && !byKind.has(`=${c.slot}`)) throw new Error(`${lang}: no names for {${c.slot}}`);
  for (let i = 0; i < perLanguage; i++) {
    const c = choose(r, list);
    const kind = c.slot === 'n' ? choose(r, plainKinds) : c.slot === 'poss' ? 'possessive' : 'inflected';
    let name = choose(r, byKind.get(c.slot === 'n' ? kind : `=${c.slot}`) ?? []);
    if (c.style === 'l') name = name.toLocaleLowerCase(locale(lang));
    if (c.style === 'u') name = name.toLocaleUpperCase(locale(lang));
    let obf = 'plain';
    if (r() < 0.3) {
      for (let tries = 0; tries < 30 && obf === 'plain'; tries++) {
        const o = choose(r, Object.keys(OBFUSCATIONS));
        const v = OBFUSCATIONS[o](name, r, lang, kind);
        if (v !== undefined) [obf, name] = [o, v];
      }
    }
    const start = c.text.indexOf('{}');
    const text = c.text.slice(0, start) + name + c.text.slice(start + 2);
    const end = start + name.length;
    const style = c.style === 'l' ? 'lower' : c.style === 'u' ? 'upper' : 'as-written';
    if (DRY) {
      console.log(`--- ${lang} ${c.genre} ${kind} ${obf} ${style}\n${text.slice(0, start)}⟦${name}⟧${text.slice(end)}`);
      continue;
    }
    const found = (await engine?.detect(text, { language: lang })) ?? [];
    const ok = covered(text, start, end, found);
    const typed = found.some((e) => e.type === 'PERSON' && e.start < end && start < e.end);
    const mode = obf === 'plain' ? 'plain' : 'obfuscated';
    for (const key of [
      '*',
      `lang=${lang}`,
      `carrier=${c.genre}`,
      `kind=${kind}`,
      mode,
      `obf=${obf}`,
      `style=${style}`,
    ]) {
      count(`hit\t${key}`, ok);
      count(`typed\t${key}`, typed);
    }
    count('hit+typed\t*', ok && typed);
    if (!ok && process.env.SHOW)
      console.log(
        'LEAK',
        kind,
        obf,
        lang,
        JSON.stringify(text),
        found.map((e) => `${e.type}:${e.text}`),
      );
  }
}
if (!DRY) {
  console.log('hold-out 11 names (hit: every letter of the name inside an entity; typed: a PERSON entity overlaps it)');
  print();
}

// ---- clean prompts: capitalised look-alikes, no person names -------------------------------------------------------
const CLEAN: Record<string, string> = {
  eng: `Grant access to the staging bucket for the QA group and Mark the old keys as revoked in the Admin Console.
Will it rain on Saturday? We want to walk from Victoria Station to Hyde Park with the kids.
Hope you're well! Can you summarise the Data Protection Act 2018 in five bullet points?
The Iris scanner at the North Gate keeps rejecting badges. Bill the repair to the Facilities budget, please.
Can we move the review to May or June? April is fully booked with the Summer release and the Apple WWDC week.
Frank feedback wanted: is my cover letter too long for the Amber Energy graduate scheme?
Which is better for a first car, a Ford Fiesta or a Honda Jazz? Mostly city driving in Bath.`,
  deu: `Der Koch im Hotel Adler hat gekündigt – wie formuliere ich eine Stellenanzeige für die Küche?
Ernst gemeint: Wie lange braucht ein Paket von Hamburg nach Wien mit DHL?
Fasse Artikel 1 bis 5 des Grundgesetzes in einfacher Sprache zusammen.
Der Bauer auf dem Wochenmarkt verkauft Elstar und Boskoop – welche Sorte eignet sich für Apfelstrudel?
Schreib eine Einladung zum Sommerfest am Freitag, dem 13. Juni, im Biergarten Zum Goldenen Hirsch.`,
  fra: `Le Petit Prince ou Les Misérables : quel livre conseiller à un élève de quatrième ?
Quelle peinture choisir pour une chambre : Rose poudré ou Blanc cassé ? Les deux sont en promo ce week-end.
Résume le Règlement général sur la protection des données en cinq points pour la réunion de mardi.
Le Mont-Saint-Michel est-il accessible en train depuis Paris en août ?
Claire comme de l'eau de roche, cette explication ? Reformule-la pour des élèves de Terminale.`,
  spa: `Cien años de soledad o La casa de los espíritus: ¿cuál es mejor para un club de lectura?
¿Qué tiempo hará en Rosario y en La Paz el próximo martes?
Dolores de cabeza y fiebre desde el lunes: ¿cuándo debería ir a urgencias?
Esperanza de vida en España por comunidades autónomas: hazme una tabla con datos de 2023.
¿El Mercedes Clase A consume más que el Seat León? Es para un viaje a Santiago en Semana Santa.`,
  pol: `Napisz krótkie podsumowanie przepisów Kodeksu pracy dotyczących urlopu wypoczynkowego.
Róże czy storczyki? Szukam prezentu na Dzień Matki, budżet do 150 zł.
Czy Pendolino z Warszawy do Gdańska jeździ w Wielki Piątek?
Kowal z naszej wsi pyta, jak założyć sklep internetowy na Allegro.
Streść trzeci rozdział Lalki dla ucznia liceum.`,
  rus: `Вера в себя важнее таланта? Напиши эссе на 300 слов.
Надежда умирает последней — переведи эту фразу на английский и объясни смысл.
Посоветуй фильм вроде «Любовь и голуби» или «Москва слезам не верит».
Лев — царь зверей? Помоги ребёнку подготовить доклад о львах.
Роза ветров для Сочи в июле: откуда обычно дует ветер?`,
  ara: `أمل كبير أن ينجح المشروع؛ اكتب لي خطة عمل مختصرة لمقهى في عمّان.
صباح الخير! ما هي أفضل طريقة لتحضير القهوة العربية بالهيل؟
عيد سعيد! اقترح رسالة تهنئة قصيرة لزملاء العمل بمناسبة عيد الفطر.
نور الشمس في الصباح مفيد؟ اشرح فوائد فيتامين د.
ما الفرق بين اللائحة العامة لحماية البيانات وقانون حماية البيانات الشخصية في الإمارات؟`,
  heb: `שלום! איך מכינים שקשוקה לארבעה אנשים?
טל ומטר בחורף – מה ההבדל בין ברכת טל לברכת גשם?
ורד אדום או לבן לחתונה? תן לי רעיונות לזר פרחים.
תסכם לי את חוק הגנת הפרטיות בחמש נקודות.
גיל הפרישה בישראל: מה הוא לנשים ולגברים?`,
  pes: `امید دارم این پروژه تا آخر اسفند تمام شود؛ یک برنامه زمانی بنویس.
بهار امسال به شیراز برویم یا اصفهان؟ بهترین زمان سفر کدام است؟
گل نرگس را چطور در گلدان نگه داریم که زود پژمرده نشود؟
ستاره دنباله‌دار امشب از تهران دیده می‌شود؟
قانون کار درباره مرخصی استحقاقی چه می‌گوید؟`,
  cmn: `这辆车的马力有多大？和特斯拉Model 3比怎么样？
高明的做法是什么？我们团队想在双十一前提高转化率。
金星和火星哪个离地球更近？
请总结一下《个人信息保护法》的主要内容。
周五去上海迪士尼，哪个入口人少？`,
  jpn: `森の中でキャンプするのに必要な持ち物リストを作ってください。
光回線とモバイルWi-Fi、在宅勤務にはどちらがおすすめですか？
来週の金曜日、東京駅から新大阪までの新幹線はまだ空席がありますか？
個人情報保護法の改正ポイントを簡単にまとめてください。
桜の開花予想、今年の京都はいつ頃ですか？`,
  ces: `Veselé Vánoce a šťastný nový rok – přelož do angličtiny a němčiny.
Liška obecná žije i ve městech? Připrav krátký referát pro žáky.
Shrň, co říká zákoník práce o výpovědní lhůtě.
Je Malý princ vhodný pro osmileté dítě?`,
  fin: `Toivo on vielä elossa: miten saan vanhan läppärini toimimaan?
Onni oli matkassa, kun löysin lompakon junasta – miten kirjoitan kiitoksen löytötavaratoimistolle?
Kuinka kauan junamatka Lahdesta Helsinkiin kestää?
Koivu vai kuusi pihalle? Kumpi kasvaa nopeammin?`,
  hun: `Fekete péntek: melyik webáruházban érdemes laptopot venni?
Kis virág nőtt a kertben – írj erről egy négysoros gyerekverset.
Foglald össze, mit mond a Munka Törvénykönyve a szabadságról.
Mikor indul vasárnap a vonat Budapestről Debrecenbe?`,
  ron: `Crăciun fericit! Scrie-mi un mesaj scurt de felicitare pentru colegi.
Floare de colț sau trandafiri? Ce flori se potrivesc pentru o nuntă în iunie?
Rezumă ce spune Codul Muncii despre concediul de odihnă.
Speranța de viață în România a crescut? Fă-mi un tabel pe ultimii zece ani.`,
  ell: `Ελπίδα υπάρχει ακόμα για το έργο; Γράψε μου ένα σύντομο σχέδιο δράσης.
Ειρήνη και ασφάλεια στην Ευρώπη: σύνοψη σε πέντε σημεία για σχολική εργασία.
Πόσο κάνει το εισιτήριο από τον Πειραιά για τη Σαντορίνη τον Αύγουστο;
Τι προβλέπει ο ΓΚΠΔ για τη διαγραφή δεδομένων;`,
  ind: `Bunga mawar merah cocok untuk hadiah ulang tahun pernikahan? Beri ide lain juga.
Indah sekali pemandangan di Danau Toba, kapan waktu terbaik untuk berkunjung?
Bir Bintang dijual di mana saja di Bali?
Jelaskan isi Undang-Undang Pelindungan Data Pribadi secara singkat.`,
  tgl: `Ligaya ang dala ng Pasko sa mga bata — paano ito isasalin sa Ingles?
Anong oras ang huling biyahe ng MRT mula North Avenue hanggang Cubao sa Biyernes?
Ipaliwanag ang Data Privacy Act of 2012 sa simpleng Tagalog.
Mahal ba ang Chickenjoy ngayon sa Jollibee?`,
  swh: `Baraka tele! Nisaidie kuandika ujumbe wa heri ya mwaka mpya kwa wateja.
Imani ni muhimu katika biashara? Andika insha fupi kuhusu uaminifu.
Basi la kwenda Arusha kutoka Nairobi linaondoka saa ngapi Jumamosi?
Eleza Sheria ya Ulinzi wa Data ya Kenya kwa ufupi.`,
  hau: `Albarka ga wannan shekara! Rubuta min saƙon taya murna ga abokan aiki.
Yaya ake dafa miyan kuka da tuwon shinkafa?
Motar bas daga Kano zuwa Abuja tana tashi ƙarfe nawa ranar Jumma'a?
Kyauta mai kyau ga malami: ba ni shawarwari guda biyar.`,
  amh: `ሰላም! የቡና ሥነ ሥርዓትን በአጭሩ አስረዳኝ።
ተስፋ አለኝ ፕሮጀክቱ ይሳካል፤ አጭር የሥራ ዕቅድ ጻፍልኝ።
ከአዲስ አበባ ወደ ባሕር ዳር የሚሄደው አውቶቡስ ስንት ሰዓት ይነሳል?
ፍቅር እና ትዕግስት በትዳር ውስጥ ምን ያህል አስፈላጊ ናቸው?`,
  tha: `ส้มตำไทยกับส้มตำปูต่างกันยังไง ช่วยอธิบายหน่อย
กุ้งแม่น้ำราคาเท่าไหร่ที่ตลาดอยุธยาช่วงนี้
ฟ้าครึ้มแบบนี้ วันเสาร์ที่เชียงใหม่ฝนจะตกไหม
สรุปพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคลให้หน่อย`,
  tur: `Umut her zaman var; iş başvurum için motivasyon mektubu yazar mısın?
Barış ve huzur dolu bir bayram dilerim — bunu İngilizceye çevir.
Deniz kenarında kamp için Ege'de nereyi önerirsin? Yıldız gözlemi de yapmak istiyoruz.
KVKK kapsamında aydınlatma metni nasıl hazırlanır?
Güneş kremi SPF 50 mi olmalı 30 mu?`,
};

const clean = Object.entries(CLEAN).flatMap(([lang, t]) => t.split('\n').map((line) => [lang, line] as const));
if (DRY) console.log(`${clean.length} clean prompts (not run in DRY mode)`);
else {
  let person = 0;
  let other = 0;
  for (const [lang, t] of clean) {
    const found = (await engine?.detect(t, { language: lang })) ?? [];
    const p = found.filter((e) => e.type === 'PERSON');
    person += p.length;
    other += found.length - p.length;
    if (p.length && process.env.SHOW)
      console.log(
        'FALSE',
        lang,
        JSON.stringify(t),
        p.map((e) => e.text),
      );
  }
  const per100 = (n: number) => ((100 * n) / clean.length).toFixed(1);
  console.log(
    `false PERSON on ${clean.length} clean prompts: ${person} (${per100(person)} per 100); other types: ${other}`,
  );
}
