/**
 * EIGHTH corpus ("hold-out 8"), written blind (without reading the recognizers, the docs, the tests or the other
 * corpora except the harness shape of hold-out 6) and committed before any run against the engine. It imitates an
 * outside benchmark of PII inside MACHINE CONTAINERS (URL query strings, form bodies, HTTP headers and cookies, JSON
 * with \u escapes, JSON inside a JSON string, YAML, TOML, XML/HTML with entities, Markdown tables and code fences, logs
 * and access logs, stack traces, SQL, CSV, vCard, iCalendar with folded lines, RFC 2047 headers, quoted-printable
 * bodies, .env files, curl commands, split string literals) and NON-LATIN SCRIPTS (Arabic, Persian, Hebrew, Hindi,
 * Bengali, Thai, Chinese, Japanese, Korean, Russian, Ukrainian, Greek, Vietnamese, Turkish sentences, with native
 * digits, bidi controls, no-break spaces, full-width forms). Values are valid (libphonenumber-js/max, Luhn, mod 97,
 * SSN ranges). Hit = no letter or digit of the value AS IT STANDS IN THE TEXT (the encoded span when the container
 * encodes it) left outside a detected entity; "typed" = also an entity of the right type over it. Then false hits on
 * PII-free texts of the same containers and scripts, full of numbers.
 * Usage: node --conditions=@edge-ai/source packages/core/bench/pii-holdout8.ts [perType=150] [seed=8080]
 *   SHOW=1 prints every leak; DRY=1 prints the texts with the value marked ⟦…⟧ and never calls the engine.
 */
import { BOXES, type Box, type Ctx, hex, host, KEYS, type Parts, pct } from './pii-holdout8-boxes.ts';
import { label, SCRIPTS, type Script, TYPES } from './pii-holdout8-scripts.ts';
import {
  bidi,
  card,
  cardGroups,
  choose,
  email,
  fullWidth,
  iban,
  ip,
  NATIVE_DIGITS,
  phone,
  printedIban,
  type Rand,
  sfc32,
  spaces,
  ssn,
  toNative,
} from './pii-holdout8-values.ts';
import { covered, tally } from './tally.ts';

const perType = Number(process.argv[2] ?? 150);
const seed = Number(process.argv[3] ?? 8080);
const DRY = !!process.env.DRY;
const r = sfc32(seed);

/** ASCII transports: the value is percent-, form-, Q- or QP-encoded, or folded; the middle part is the encoded span. */
const formEnc = (s: string) => encodeURIComponent(s).replace(/%20/g, '+');
const utf8Hex = (ch: string) =>
  [...Buffer.from(ch, 'utf8')].map((b) => `=${b.toString(16).toUpperCase().padStart(2, '0')}`).join('');
/** RFC 2047 Q encoding. */
const qEnc = (s: string) =>
  [...s].map((ch) => (/[A-Za-z0-9!*+\-/]/.test(ch) ? ch : ch === ' ' ? '_' : utf8Hex(ch))).join('');
/** Quoted-printable; `at` also encodes '@' as =40. */
const qpEnc = (s: string, at: boolean) =>
  [...s]
    .map((ch) => (ch === '\n' || (/[ -~]/.test(ch) && ch !== '=' && !(at && ch === '@')) ? ch : utf8Hex(ch)))
    .join('');
/** Lays the three parts out in lines of at most `width` (measured by `size`), breaking with `brk`. */
function wrap(p: Parts, atom: RegExp, width: number, brk: string, after: number, size: (a: string) => number): Parts {
  const out: Parts = ['', '', ''];
  let col = 0;
  p.forEach((s, i) => {
    for (const a of s.match(atom) ?? []) {
      if (a === '\n') col = -size(a);
      else if (col + size(a) > width) {
        out[i] += brk;
        col = after;
      }
      out[i] += a;
      col += size(a);
    }
  });
  return out;
}
const bytes = (a: string) => Buffer.byteLength(a, 'utf8');

const TRANSPORTS: Record<string, Box> = {
  url: {
    raw: false,
    make: (v, c, x) => [
      `https://${host(c)}/v2/${choose(x, ['checkout', 'signup', 'callback'])}?sid=${hex(x, 16)}&${c.key}=`,
      pct(v),
      `&lang=${c.lang}&note=${pct(c.note)}&t=1767225600`,
    ],
  },
  form: {
    raw: false,
    make: (v, c) => [
      `POST /api/register HTTP/1.1\r\nHost: ${host(c)}\r\nContent-Type: application/x-www-form-urlencoded\r\n\r\nname=${formEnc(c.names[0])}&${c.key}=`,
      formEnc(v),
      `&consent=on&comment=${formEnc(c.note)}`,
    ],
  },
  cookie: {
    raw: false,
    make: (v, c) => [
      `Cookie: _ga=GA1.2.1843092211.1767225600; locale=${c.lang}; ${c.key}=`,
      pct(v),
      '; theme=dark; cart=3',
    ],
  },
  accessLog: {
    raw: false,
    make: (v, c, x) => {
      const when = '[14/Mar/2026:09:12:44 +0000]';
      if (c.type !== 'IP_ADDRESS')
        return [
          `10.0.3.17 - - ${when} "GET /profile/update?${c.key}=`,
          pct(v),
          ' HTTP/1.1" 302 0 "-" "Dalvik/2.1.0 (Linux; U; Android 14)"',
        ];
      return choose(x, [
        ['', v, ` - - ${when} "GET /api/v1/orders/48213?page=2 HTTP/1.1" 200 5120 "-" "Mozilla/5.0" rt=0.042`],
        [
          '2026/03/14 09:12:44 [error] 2211#2211: *4981 limiting requests, excess: 20.530 by zone "api", client: ',
          v,
          `, server: ${host(c)}, request: "POST /login HTTP/1.1"`,
        ],
      ] as Parts[]);
    },
  },
  ics: {
    raw: false,
    make: (v, c, x) => {
      const head = `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:20260314T090000Z-48213\r\nDTSTART:20260314T090000Z\r\nSUMMARY:${c.note}\r\n`;
      const line =
        c.type === 'EMAIL'
          ? `${x() < 0.5 ? 'ORGANIZER' : 'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION'};CN=${c.names[0]}:mailto:`
          : `DESCRIPTION:${c.note}\\n${c.label}: `;
      return wrap([head + line, v, '\r\nEND:VEVENT\r\nEND:VCALENDAR'], /[\s\S]/gu, 75, '\r\n ', 1, bytes);
    },
  },
  mimeQ: {
    raw: false,
    make: (v, c, x) =>
      c.type === 'EMAIL' && x() < 0.5
        ? [`From: =?UTF-8?Q?${qEnc(c.names[0])}?= <`, v, `>\r\nSubject: =?UTF-8?Q?${qEnc(c.note)}?=`]
        : [`Subject: =?UTF-8?Q?${qEnc(`${c.label}: `)}`, qEnc(v), '?=\r\nMIME-Version: 1.0'],
  },
  quotedPrintable: {
    raw: false,
    make: (v, c, x) => {
      const at = x() < 0.7;
      const head = 'Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: quoted-printable\n\n';
      return wrap(
        [head + qpEnc(`${c.note}. ${c.names[0]}, ${c.label}: `, at), qpEnc(v, at), qpEnc(`\n-- \n${c.names[1]}`, at)],
        /=[0-9A-F]{2}|[\s\S]/g,
        75,
        '=\n',
        0,
        (a) => a.length,
      );
    },
  },
};
const ALL_BOXES: Record<string, Box> = { ...BOXES, ...TRANSPORTS };

const VALUES: Record<string, (x: Rand, s: Script) => string> = {
  PHONE: (x, s) => phone(x, s.region),
  EMAIL: (x, s) => email(x, s.region),
  CREDIT_CARD: (x) => cardGroups(card(x)).join(choose(x, [' ', ' ', '-', ''])),
  IBAN: (x, s) => (x() < 0.6 ? printedIban(iban(x, s.ibanCountry)) : iban(x, s.ibanCountry)),
  US_SSN: ssn,
  IP_ADDRESS: ip,
};

/** The local ways of writing a value that a typed (raw) container or a sentence may carry. */
function forms(type: string, s: Script, v: string): Record<string, (x: Rand) => string> {
  const f: Record<string, (x: Rand) => string> = {};
  const numeric = type === 'PHONE' || type === 'CREDIT_CARD' || (type === 'IBAN' && s.rtl);
  if (s.digits && s.digits !== 'full' && numeric) f.native = () => toNative(v, NATIVE_DIGITS[s.digits]);
  if (s.digits === 'full' && (numeric || type === 'EMAIL')) f.fullwidth = () => fullWidth(v, type);
  if (s.rtl) f.bidi = (x) => bidi(v, x);
  if (s.rtl && f.native) f['native+bidi'] = (x) => bidi(toNative(v, NATIVE_DIGITS[s.digits]), x);
  if (v.includes(' ')) f.spaces = (x) => spaces(v, x, s.digits === 'full');
  return f;
}

type Engine = {
  detect(
    text: string,
    o?: { language?: string },
  ): Promise<{ type: string; start: number; end: number; text: string }[]>;
};
const engine: Engine | undefined = DRY ? undefined : (await import('../src/pii/index.ts')).createPiiEngine();
const { count, print } = tally();
const boxNames = Object.keys(ALL_BOXES);
for (const type of TYPES) {
  for (let i = 0; i < perType; i++) {
    const s = choose(r, SCRIPTS);
    const box = r() < 0.3 ? 'prose' : choose(r, boxNames);
    const raw = VALUES[type](r, s);
    let form = 'plain';
    let v = raw;
    const f = forms(type, s, raw);
    if ((box === 'prose' || ALL_BOXES[box].raw) && Object.keys(f).length && r() < (box === 'prose' ? 0.7 : 0.5)) {
      const local = f.native ? 'native' : f.fullwidth ? 'fullwidth' : '';
      form = local && r() < (box === 'prose' ? 0.6 : 0.4) ? local : choose(r, Object.keys(f));
      v = f[form](r);
    }
    const ctx: Ctx = {
      type,
      key: choose(r, KEYS[type]),
      label: label(s, type),
      names: s.names,
      note: choose(r, s.notes),
      lang: s.lang,
      tld: s.tld,
    };
    let parts: [string, string, string];
    if (box === 'prose') {
      const [a, b] = choose(r, s.prose).replaceAll('{k}', ctx.label).split('{v}');
      parts = [a, v, b];
    } else parts = ALL_BOXES[box].make(v, ctx, r);
    const text = parts.join('');
    const start = parts[0].length;
    const end = start + parts[1].length;
    if (DRY) {
      console.log(`--- ${type} box=${box} script=${s.lang} form=${form}\n${parts[0]}⟦${parts[1]}⟧${parts[2]}`);
      continue;
    }
    const found = (await engine?.detect(text, { language: s.lang })) ?? [];
    const ok = covered(text, start, end, found);
    const typed = ok && found.some((e) => e.type === type && e.start < end && start < e.end);
    for (const key of [
      `${type}\t*`,
      `${type}\tbox=${box}`,
      `${type}\tscript=${s.lang}`,
      `${type}\tform=${form}`,
      `ALL\tbox=${box}`,
      `ALL\tscript=${s.lang}`,
      `ALL\tform=${form}`,
      'ALL\t*',
    ])
      count(key, ok);
    count(`${type}\ttyped`, typed);
    count('ALL\ttyped', typed);
    if (!ok && process.env.SHOW)
      console.log(
        'LEAK',
        type,
        box,
        s.lang,
        JSON.stringify(text),
        found.map((e) => `${e.type}:${e.text}`),
      );
  }
}
if (!DRY) {
  console.log('hold-out 8 recall (no letter or digit of the value left visible; "typed" = also the right type)');
  print();
}

/** PII-free texts of the same containers and scripts: ids, timestamps, versions, hashes, prices, ports, UUIDs. */
const CLEAN: [string, string][] = [
  ['ar', 'ملخص الطلب رقم ٤٨٢١٣: المجموع ١٬٢٩٩٫٠٠ ر.س، الكمية ٣، التاريخ ١٤/٠٣/٢٠٢٦ الساعة ٠٩:١٢.'],
  ['fa', 'فاکتور شماره ۱۴۰۵/۱۲۳ به تاریخ ۱۴۰۴/۱۲/۲۳ — مبلغ کل ۲٬۴۵۰٬۰۰۰ ریال، کد رهگیری ۷۳۱۹۲.'],
  ['he', 'הזמנה מס׳ 48213 נשלחה ב-14.03.2026 בשעה 09:12, סה״כ ₪1,299.90, גרסה 3.14.2.'],
  ['hi', 'ऑर्डर संख्या ४८२१३, कुल राशि ₹१,२९९.००, डिलीवरी १४/०३/२०२६ तक।'],
  ['bn', 'চালান নং ৪৮২১৩, মোট ৳২,৪৫০.০০, তারিখ ১৪-০৩-২০২৬, সংস্করণ ২.৪.১।'],
  ['th', 'ใบเสร็จเลขที่ 2569/00481 วันที่ ๑๔ มี.ค. ๒๕๖๙ ยอดรวม ๑,๒๙๙.๐๐ บาท'],
  ['zh', '订单号：20260314091244，金额：１，２９９．００元，下单时间：2026年3月14日 09:12。'],
  ['ja', '注文番号：A-20260314-0042、合計￥12,800（税込）、配送予定日：2026年3月16日。'],
  ['ko', '주문번호 2026-0314-4821, 결제 금액 129,000원, 배송 예정일 2026.03.16.'],
  ['ru', 'Заказ № 48213 от 14.03.2026, сумма 12 990,00 ₽, трек-номер RA123456789RU.'],
  ['uk', 'Рахунок № 2026/481 від 14.03.2026, сума 3 450,00 грн, версія застосунку 5.12.0.'],
  ['el', 'Παραγγελία #48213, σύνολο 129,90 €, ημερομηνία 14/03/2026, ώρα 09:12.'],
  ['vi', 'Đơn hàng #DH20260314-0481, tổng tiền 1.299.000 ₫, giao ngày 16/03/2026.'],
  ['tr', 'Sipariş no: 48213, tutar 1.299,90 TL, kargo takip: 7312 4481 90, tarih 14.03.2026.'],
  [
    'ru',
    'GET /api/v2/orders/48213?page=2&limit=50&sort=-created_at HTTP/1.1\r\nHost: api.example.ru\r\nX-Request-Id: 7f3c9a1e-4b2d-4c8e-9f10-2a6b3c4d5e6f\r\nAccept-Language: ru-RU,ru;q=0.9',
  ],
  [
    'ja',
    '{"order_id":"A-20260314-0042","total":12800,"currency":"JPY","items":[{"sku":"JP-4821-BLK","qty":2}],"note":"\\u3054\\u6ce8\\u6587\\u3042\\u308a\\u304c\\u3068\\u3046"}',
  ],
  [
    'ko',
    'ts=2026-03-14T09:12:44.512Z level=info msg="주문 처리 완료" order_id=20260314-4821 duration_ms=183 retries=0 build=7f3c9a1',
  ],
  [
    'zh',
    '2026-03-14 09:12:44,512 INFO [worker-3] 批量导入完成：共 48213 条，耗时 12.84 秒，版本 v3.14.2 (commit 9f1c2ab)',
  ],
  [
    'ar',
    '<order id="48213" total="1299.00" currency="SAR" date="2026-03-14T09:12:44+03:00"><item sku="SA-77-120" qty="3"/></order>',
  ],
  [
    'fa',
    "INSERT INTO orders (id, total, created_at, status) VALUES (48213, 2450000, '2026-03-14 09:12:44', 'پرداخت شده');",
  ],
  ['he', 'id;מוצר;כמות;מחיר\n1;"מחברת A5";12;14.90\n2;"עט כחול";40;3.50\n3;"מחשבון 12 ספרות";2;89.00'],
  [
    'th',
    'BEGIN:VEVENT\r\nUID:20260314T090000Z-4821\r\nDTSTART:20260314T090000Z\r\nDTEND:20260314T100000Z\r\nSUMMARY:ประชุมทีม ไตรมาส 1/2569\r\nEND:VEVENT',
  ],
  [
    'hi',
    'Subject: =?UTF-8?Q?=E0=A4=91=E0=A4=B0=E0=A5=8D=E0=A4=A1=E0=A4=B0_48213?=\r\nDate: Sat, 14 Mar 2026 09:12:44 +0530\r\nX-Mailer: Thunderbird 128.8.0',
  ],
  [
    'bn',
    'Content-Transfer-Encoding: quoted-printable\n\n=E0=A6=85=E0=A6=B0=E0=A7=8D=E0=A6=A1=E0=A6=BE=E0=A6=B0 48213, =E0=A6=AE=\n=E0=A7=8B=E0=A6=9F 2450.00 BDT, 14-03-2026',
  ],
  [
    'uk',
    'APP_VERSION=5.12.0\nPORT=8080\nDB_POOL_SIZE=20\nCACHE_TTL_SECONDS=86400\nRELEASE_SHA=3f9a1c2e7b4d5a6c8e0f1a2b3c4d5e6f7a8b9c0d',
  ],
  [
    'el',
    "curl -sS 'https://api.example.gr/v1/orders?from=2026-03-01&to=2026-03-14&page=3&per_page=100' -H 'Accept: application/json'",
  ],
  [
    'vi',
    '| Mã đơn | Ngày | Số lượng | Thành tiền |\n|---|---|---:|---:|\n| DH-4821 | 14/03/2026 | 3 | 1.299.000 ₫ |\n| DH-4822 | 15/03/2026 | 12 | 5.640.000 ₫ |',
  ],
  [
    'tr',
    '```yaml\nversion: "3.9"\nservices:\n  api:\n    image: registry.example.com/api:2.14.3\n    ports:\n      - "8080:8080"\n    mem_limit: 512m\n```',
  ],
  [
    'ja',
    'Error: Request timed out after 30000ms\n    at Timeout._onTimeout (/app/node_modules/undici/lib/core/request.js:412:17)\n    at listOnTimeout (node:internal/timers:581:17)',
  ],
  ['zh', '[server]\nport = 8443\nworkers = 16\ntimeout_ms = 30000\n# 上次部署：2026-03-14 09:12:44 版本 4.2.1'],
  [
    'ar',
    'https://shop.example.sa/ar/product/48213?variant=120&utm_campaign=ramadan_2026&price=%D9%A1%D9%A2%D9%A9%D9%A9',
  ],
  [
    'fa',
    'BEGIN:VCARD\r\nVERSION:3.0\r\nORG:شرکت نمونه\r\nNOTE:کد مشتری ۴۸۲۱۳ — عضو از ۱۳۹۸\r\nREV:20260314T091244Z\r\nEND:VCARD',
  ],
  [
    'ko',
    'uuid=3f2b8c1e-9a4d-4e7f-b6c2-1d0e5f7a9b3c sha256=9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 size=1048576',
  ],
  ['ru', 'name=%D0%97%D0%B0%D0%BA%D0%B0%D0%B7+48213&qty=3&price=12990.00&ts=1767225600'],
  [
    'he',
    'Traceback (most recent call last):\n  File "/srv/app/report.py", line 118, in build\n    rows = fetch(2026, 3, page=14)\nTimeoutError: after 30.0s (attempt 3/5)',
  ],
  ['th', 'เวอร์ชัน 10.0.19045.3803 พอร์ต 8080 และ 443 เปิดอยู่ รหัสคำสั่งซื้อ TH-2569-00481'],
  ['hi', 'बिल्ड 2026.03.14-r3, समय 09:12:44.512, अनुरोध 7f3c9a1e-4b2d-4c8e-9f10-2a6b3c4d5e6f, स्थिति 200।'],
  ['vi', '{"ma_don":"DH20260314-0481","tong_tien":1299000,"phi_ship":30000,"ngay":"2026-03-14T09:12:44+07:00"}'],
  ['el', 'Cookie: _ga=GA1.2.1843092211.1767225600; cart_items=3; session_ttl=3600; lang=el'],
  ['uk', "UPDATE inventory SET qty = qty - 3, updated_at = '2026-03-14 09:12:44' WHERE sku = 'UA-4821-07';"],
  ['ja', '在庫数：１２０個、入荷予定：２０２６年３月２０日、品番：ＪＰ－４８２１－ＢＬＫ'],
  ['zh', '身高175厘米，体重68公斤，血压120/80，步数12874步，睡眠7.5小时。'],
  [
    'ar',
    'الإصدار 3.14.2 متوفر الآن؛ حجم الملف ٢٤٫٦ ميغابايت، رمز التحقق SHA-1: 2fd4e1c67a2d28fced849ee1bb76e7391b93eb12',
  ],
  ['fa', 'ساعت ۰۹:۱۲:۴۴ — دمای هوا ۲۳٫۵ درجه، رطوبت ۴۱٪، سرعت باد ۱۲ کیلومتر بر ساعت'],
  [
    'ko',
    'X-RateLimit-Limit: 1000\r\nX-RateLimit-Remaining: 987\r\nX-RateLimit-Reset: 1767225600\r\nETag: W/"5e-1f3a9c2b"',
  ],
  ['tr', '2026-03-14 09:12:44.512 ERROR [kafka-consumer-2] offset=48213917 partition=7 lag=1204 topic=orders.v3'],
  ['bn', 'ম্যাচ স্কোর ২৪৫/৬ (৫০ ওভার), রান রেট ৪.৯০, তারিখ ১৪ মার্চ ২০২৬'],
  ['ru', 'ISBN 978-5-17-118366-4, тираж 5000 экз., 384 стр., формат 60×90/16'],
  ['he', 'גרסה \u200E3.14.2\u200E שוחררה ב-\u200E2026-03-14\u200E; build \u200E#4821\u200E'],
  ['ar', 'المنفذ \u2066:8443\u2069 والمهلة \u206630000\u2069 مللي ثانية، معرّف الطلب \u20667f3c9a1e\u2069'],
  ['th', 'ราคา ๑๒,๘๐๐ บาท ผ่อน ๑๐ เดือน เดือนละ ๑,๒๘๐ บาท รหัสสินค้า SKU-00-4821'],
  ['vi', 'Phiên bản 2.14.3 (build 20260314.4821), cổng 8443, thời gian phản hồi 183\u00A0ms'],
];

let falseHits = 0;
const shown: string[] = [];
for (const [lang, t] of CLEAN) {
  if (DRY) continue;
  const found = (await engine?.detect(t, { language: lang })) ?? [];
  falseHits += found.length;
  for (const e of found) shown.push(`${e.type}: ${e.text}`);
}
if (DRY) console.log(`${CLEAN.length} clean texts (not run in DRY mode)`);
else
  console.log(`false hits on ${CLEAN.length} clean texts: ${falseHits}${shown.length ? ` (${shown.join('; ')})` : ''}`);
