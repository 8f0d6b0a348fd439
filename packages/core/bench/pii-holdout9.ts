/**
 * NINTH hold-out corpus ("hold-out 9"): PERSON NAMES, written blind (without reading the recognizers, the NER code,
 * the docs or the other corpora) and committed before any run against the engine. Names of 18 cultures (six of them
 * both in their own script and in Latin script, the latter inside English text) in many forms (full, given name only,
 * title + family name, particles, double-barrelled, initials, all caps, all lower case; pii-holdout9-names.ts) inside
 * everyday texts (introductions, signatures, forwarding requests, tickets, meeting notes, chat, CVs, pasted e-mail
 * headers whose address is not part of the value, JSON and CSV records; pii-holdout9-text.ts). About 40% carry one
 * obfuscation (OBFUSCATIONS below). The engine runs with the bundled NER model. Hit = no letter or digit of the
 * inserted name outside a detected entity (titles and honorifics are outside the name); "typed" = a hit with a
 * PERSON entity over the name. Then false PERSON entities on clean requests full of capitalised non-names.
 * Usage: node --conditions=@edge-ai/source packages/core/bench/pii-holdout9.ts [perLanguage=40] [seed=9090]
 *   SHOW=1 prints every leak; DRY=1 prints the texts with the name marked ⟦…⟧ and never calls the engine.
 */
import {
  caseLocale,
  choose,
  fold,
  makeName,
  type Name,
  POOL_NAMES,
  type Rand,
  sfc32,
  textLang,
  weighted,
} from './pii-holdout9-names.ts';
import { carriers } from './pii-holdout9-text.ts';
import { covered, tally } from './tally.ts';

const perLanguage = Number(process.argv[2] ?? 40);
const seed = Number(process.argv[3] ?? 9090);
const DRY = !!process.env.DRY;
const r = sfc32(seed);

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
const graphemes = (s: string) => Array.from(segmenter.segment(s), (x) => x.segment);
const letter = (g: string) => /^\p{L}/u.test(g);
/** Each word's letters joined by `glue()` (not next to a dot or hyphen already there), the words by `gap`. */
const spread = (v: string, glue: () => string, gap: string) =>
  v
    .split(' ')
    .map((w) => graphemes(w).reduce((s, g, i, a) => (i && letter(a[i - 1]) && letter(g) ? s + glue() + g : s + g), ''))
    .join(gap);
/** Replaces each character found in `table` ('xAB yC': x -> A or B) with probability `p`, at least once. */
function swap(v: string, table: string, p: number, x: Rand): string | undefined {
  const map = new Map(table.split(' ').map((e) => [e[0], [...e.slice(1)]]));
  const at = [...v].flatMap((c, i) => (map.has(c) ? [i] : []));
  if (!at.length) return undefined;
  const must = choose(x, at);
  return [...v].map((c, i) => (at.includes(i) && (i === must || x() < p) ? choose(x, map.get(c) ?? [c]) : c)).join('');
}
const latin = (n: Name) => /^[\p{Script=Latin}\s.'-]+$/u.test(n.parts.join(''));
const QUOTES: Record<string, string[]> = { de: ['„“'], fr: ['« »', '«»'], ru: ['«»'], pl: ['„”'], ja: ['「」'] };
Object.assign(QUOTES, { zh: ['“”', '「」'], ko: ['“”'] });

/** One obfuscation each: [name, weight, make]; make returns the new value or undefined when it does not apply. */
const OBFUSCATIONS: [string, number, (n: Name, v: string, x: Rand) => string | undefined][] = [
  ['spaced', 1, (_n, v) => spread(v, () => ' ', '   ')],
  ['dotted', 1, (_n, v) => spread(v, () => '.', ' ')],
  ['dashed', 1, (_n, v) => spread(v, () => '-', '  ')],
  ['stars', 1, (_n, v, x) => ((c) => spread(v, () => c, ' '))(choose(x, ['*', '*', '•', '_', '|']))],
  [
    'zero-width',
    1,
    (_n, v, x) => {
      const zw = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff'];
      const out = spread(v, () => (x() < 0.5 ? choose(x, zw) : ''), ' ');
      return out === v ? spread(v, () => '\u200b', ' ') : out;
    },
  ],
  [
    'homoglyph',
    1.5,
    (_n, v, x) =>
      swap(
        v,
        'aаα cс eе oоο pр xх yу iі jј sѕ vν AАΑ BВΒ CС EЕΕ HНΗ IІΙ JЈ KКΚ MМΜ NΝ OОΟ PРΡ SЅ TТΤ XХΧ YΥ ZΖ',
        0.15,
        x,
      ),
  ],
  ['leet', 1.5, (_n, v, x) => swap(v, 'a4@ e3 i1! o0 s5$ t7 l1 g9 b8 A4 E3 I1 O0 S5 T7', 0.6, x)],
  ['reversed', 2, (n) => (n.parts.length === 2 && !n.familyFirst ? `${n.parts[1]}, ${n.parts[0]}` : undefined)],
  [
    'case',
    1.3,
    (n, v, x) => {
      const loc = caseLocale(n.pool);
      const flip = x() < 0.6;
      const out = graphemes(v)
        .map((g, i) => ((flip ? i % 2 : x() < 0.5) ? g.toLocaleUpperCase(loc) : g.toLocaleLowerCase(loc)))
        .join('');
      return out === v || v.toLowerCase() === v.toUpperCase() ? undefined : out;
    },
  ],
  ['linebreak', 2, (n) => (n.parts.length === 2 ? n.parts.join('\n') : undefined)],
  [
    'handle',
    2,
    (n, _v, x) => (n.parts.length === 2 && latin(n) ? (x() < 0.5 ? '@' : '') + fold(n.parts.join(' ')) : undefined),
  ],
  [
    'quoted',
    1,
    (n, v, x) => ((q) => q[0] + v + q[q.length - 1])(choose(x, QUOTES[textLang(n.pool)] ?? ['""', '“”', "''"])),
  ],
  ['bold', 1, (_n, v, x) => ((m) => m + v + m)(choose(x, ['**', '**', '__', '*']))],
];

/** Requests with capitalised words that are not people (places, brands, titles, software, sentence starts). */
const CLEAN: [string, string][] = [
  ['en', 'Will the Galaxy S24 or the Pixel 8 take better photos at night?'],
  ['en', 'Summarise the plot of Inception and compare it with Interstellar in two paragraphs.'],
  ['en', 'Mark the Jenkins build as failed if the Kafka consumer lags behind by more than 5 minutes.'],
  ['en', 'Is Jordan or Georgia the better destination for a hiking trip in April?'],
  ['en', 'Port this Julia snippet to Rust and keep the Pandas export step.'],
  ['en', 'Grant read access to the staging bucket and Bill the March hours to project Falcon.'],
  ['de', 'Morgen fahren wir mit dem ICE nach Heidelberg, lohnt sich das Schloss?'],
  ['de', 'Kannst du mir den Unterschied zwischen Kubernetes und Docker Swarm erklären?'],
  ['de', 'Fasse „Der Zauberberg“ in fünf Sätzen zusammen.'],
  ['de', 'Rosen im Garten schneiden – wann ist der beste Zeitpunkt in Bayern?'],
  ['fr', 'Peux-tu résumer « Le Petit Prince » pour une classe de CM2 ?'],
  ['fr', 'Quelle est la meilleure saison pour visiter Florence et Sienne ?'],
  ['fr', 'Comment configurer Django avec PostgreSQL sur un serveur Debian ?'],
  ['fr', 'Renault ou Peugeot : quelle citadine consomme le moins en ville ?'],
  ['es', '¿Qué diferencia hay entre Victoria y Vancouver para estudiar inglés?'],
  ['es', 'Resume «Cien años de soledad» en un párrafo.'],
  ['es', 'Necesito una receta de paella valenciana para seis personas, estilo Albufera.'],
  ['es', 'Compara el Seat León con el Toyota Corolla en consumo y maletero.'],
  ['it', 'Qual è il periodo migliore per visitare Matera e Alberobello?'],
  ['it', 'Riassumi «Il nome della rosa» in tre frasi.'],
  ['it', 'Come si installa Angular su Windows 11 senza permessi di amministratore?'],
  ['it', 'Meglio Fiat Panda o Lancia Ypsilon per la città?'],
  ['pt', 'Qual é a diferença entre o Itaú e o Nubank para abrir conta?'],
  ['pt', 'Me explica como funciona o Flask com o SQLAlchemy.'],
  ['pt', 'Vale a pena visitar Florianópolis em julho?'],
  ['pt', 'Resuma o livro «Grande Sertão: Veredas» em poucas linhas.'],
  ['nl', 'Is de Veluwe of Zeeland leuker voor een fietsvakantie?'],
  ['nl', 'Leg uit hoe ik een Excel-macro omzet naar Python.'],
  ['nl', 'Welke kaas past het best bij een Leffe Blond?'],
  ['nl', 'Hoe koppel ik Philips Hue aan Google Home?'],
  ['pl', 'Jak dojechać z Gdańska do Zakopanego pociągiem?'],
  ['pl', 'Streść „Lalkę” w pięciu zdaniach.'],
  ['pl', 'Czy Żubrówka pasuje do soku jabłkowego?'],
  ['pl', 'Jak skonfigurować Nginx jako reverse proxy dla Grafany?'],
  ['tr', "Kapadokya'da balon turu için en iyi ay hangisi?"],
  ['tr', 'Arçelik mi Vestel mi, hangi buzdolabı daha az enerji harcar?'],
  ['tr', "Python'da Django ile Flask arasındaki fark nedir?"],
  ['tr', "Yarın Ankara'dan İzmir'e otobüsle kaç saat sürer?"],
  ['ru', 'Как настроить Kubernetes на Ubuntu 22.04?'],
  ['ru', 'Кратко перескажи «Войну и мир» для школьника.'],
  ['ru', 'Что лучше для поездки летом: Казань или Калининград?'],
  ['ru', 'Сравни Яндекс Маркет и Ozon по условиям доставки.'],
  ['ar', 'ما هو أفضل وقت لزيارة البتراء ووادي رم؟'],
  ['ar', 'كيف أستخدم Excel لحساب المتوسط الشهري؟'],
  ['ar', 'قارن بين تويوتا كامري وهيونداي سوناتا من حيث استهلاك الوقود.'],
  ['ar', 'لخّص رواية «مدن الملح» في فقرة واحدة.'],
  ['hi', 'दिल्ली से जयपुर तक ट्रेन से कितना समय लगता है?'],
  ['hi', 'Python में Pandas से CSV फ़ाइल कैसे पढ़ें?'],
  ['hi', 'मारुति स्विफ्ट और टाटा नेक्सॉन में कौन सी कार बेहतर है?'],
  ['hi', 'गोदान उपन्यास का सारांश पाँच वाक्यों में लिखिए।'],
  ['zh', '去杭州西湖玩一天，怎么安排路线比较好？'],
  ['zh', '小米14和华为Mate 60哪个拍照更好？'],
  ['zh', '请用三句话总结《三体》的主要情节。'],
  ['zh', '如何在 Ubuntu 上安装 Docker 和 Nginx？'],
  ['ja', '京都の嵐山へ行くなら、何月がおすすめですか？'],
  ['ja', 'トヨタのプリウスとホンダのフィットを燃費で比較してください。'],
  ['ja', '「ノルウェイの森」のあらすじを三文でまとめて。'],
  ['ja', 'React と Vue の違いを初心者向けに説明してください。'],
  ['ko', '부산 해운대에서 가까운 맛집 추천해 줘.'],
  ['ko', '삼성 갤럭시와 아이폰 중에 배터리가 더 오래가는 건?'],
  ['ko', 'Spring Boot에서 JPA 설정하는 방법 알려줘.'],
  ['ko', '영화 「기생충」 줄거리를 짧게 요약해 줘.'],
  ['vi', 'Đi Hội An hay Huế vào tháng Tư thì đẹp hơn?'],
  ['vi', 'So sánh VinFast VF 8 với Toyota Corolla Cross về giá lăn bánh.'],
  ['vi', 'Hướng dẫn cài Node.js và Express trên Windows.'],
  ['vi', 'Tóm tắt tiểu thuyết «Số đỏ» trong ba câu.'],
  ['sw', 'Ni wakati gani mzuri wa kutembelea Zanzibar na Serengeti?'],
  ['sw', 'Nieleze tofauti kati ya M-Pesa na Airtel Money.'],
  ['sw', 'Jinsi ya kusakinisha Linux Mint kwenye kompyuta ya zamani?'],
  ['sw', 'Safari ya basi kutoka Nairobi hadi Kisumu inachukua saa ngapi?'],
  ['yo', 'Báwo ni mo ṣe lè rin ìrìn-àjò láti Èkó lọ sí Ìbàdàn?'],
  ['yo', 'Ṣàlàyé ìyàtọ̀ láàrin Python àti JavaScript.'],
  ['yo', 'Ọjà wo ló dára jù ní Òṣogbo fún aṣọ àdìrẹ?'],
  ['yo', 'Ṣé Glo tàbí MTN ló ní dátà tó din jù?'],
];

type Engine = {
  detect(
    text: string,
    o?: { language?: string },
  ): Promise<{ type: string; start: number; end: number; text: string }[]>;
};
async function load(): Promise<Engine> {
  const models = await import('../../models/src/index.ts');
  return (await import('../src/pii/index.ts')).createPiiEngine({ ner: models.recognizeEntities });
}
const engine: Engine | undefined = DRY ? undefined : await load();
const { count, print } = tally();
for (const pool of POOL_NAMES) {
  const lang = textLang(pool);
  const kinds = carriers(lang);
  for (let i = 0; i < perLanguage; i++) {
    const n = makeName(r, pool);
    const [kind, carrier] = choose(r, kinds);
    let v = n.parts.join(n.sep);
    let obf = 'plain';
    if (r() < 0.4) {
      for (;;) {
        const [name, , make] = weighted(r, OBFUSCATIONS);
        const out = make(n, v, r);
        if (out === undefined || out === v || (/^(json|csv|header)$/.test(kind) && out.includes('\n'))) continue;
        if (/^(json|csv)$/.test(kind) && out.includes('"')) continue;
        [obf, v] = [name, out];
        break;
      }
    }
    const quote = kind === 'csv' && /[,;]/.test(v) ? '"' : '';
    const filled = carrier.replace('{e}', n.email);
    const at = filled.indexOf('{n}');
    const start = at + quote.length + n.pre.length;
    const text = filled.slice(0, at) + quote + n.pre + v + n.post + quote + filled.slice(at + 3);
    const end = start + v.length;
    const mode = obf === 'plain' ? 'plain' : 'obfuscated';
    if (DRY) {
      console.log(`--- ${pool} ${n.form} ${obf} ${kind}\n${text.slice(0, start)}⟦${v}⟧${text.slice(end)}`);
      continue;
    }
    const found = (await engine?.detect(text, { language: lang })) ?? [];
    const ok = covered(text, start, end, found);
    const typed = ok && found.some((e) => e.type === 'PERSON' && e.start < end && start < e.end);
    for (const key of [
      'ALL\t*',
      `ALL\t${mode}`,
      `ALL\tobf=${obf}`,
      `ALL\tlang=${pool}`,
      `ALL\tcarrier=${kind}`,
      `ALL\tform=${n.form}`,
      `lang=${pool}\t${mode}`,
    ])
      count(key, ok);
    count('typed\t*', typed);
    count(`typed\t${mode}`, typed);
    count(`typed\tlang=${pool}`, typed);
    if (!ok && process.env.SHOW)
      console.log(
        'LEAK',
        obf,
        pool,
        JSON.stringify(text),
        found.map((e) => `${e.type}:${e.text}`),
      );
  }
}
if (!DRY) {
  console.log('hold-out 9 recall (no letter or digit of the name left visible; "typed" = also a PERSON over it)');
  print();
}

if (DRY) console.log(`${CLEAN.length} clean requests (not run in DRY mode)`);
else {
  let persons = 0;
  let others = 0;
  const shown: string[] = [];
  for (const [lang, t] of CLEAN) {
    const found = (await engine?.detect(t, { language: lang })) ?? [];
    for (const e of found) {
      if (e.type === 'PERSON') persons++;
      else others++;
      shown.push(`${lang} ${e.type}: ${e.text}`);
    }
  }
  const per100 = ((100 * persons) / CLEAN.length).toFixed(1);
  console.log(`false PERSON entities on ${CLEAN.length} clean requests: ${persons} (${per100} per 100 prompts)`);
  console.log(`other entities on them: ${others}${shown.length ? `\n  ${shown.join('\n  ')}` : ''}`);
}
