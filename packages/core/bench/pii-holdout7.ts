/**
 * SEVENTH hold-out corpus ("hold-out 7"), written blind (without reading the recognizers, the docs, the tests or the
 * other corpora) and committed before any run against the engine. It imitates an outside benchmark of FORMAT
 * BREADTH: the many ways people of many countries write each value, without deliberate obfuscation. Phones of 79
 * regions (mobile and fixed-line, valid per libphonenumber-js/max) in local national habits or international forms;
 * emails with plus tags, country and second-level domains, new gTLDs, IDN (Unicode and punycode), display names,
 * mailto:; Luhn-valid cards of 9 issuer families in 4-groups or issuer groups; mod-97 IBANs of 69 countries;
 * valid-range SSNs; IPv4/IPv6 in their usual shapes. Carriers in 19 languages (chat, email, signature, form, ticket,
 * no context word, CSV, JSON). Hit = no letter or digit of the inserted value left outside a detected entity;
 * "typed" = also an entity of the right type over it. Then false hits on PII-free sentences full of numbers.
 * Usage: node --conditions=@edge-ai/source packages/core/bench/pii-holdout7.ts [perType=150] [seed=7070]
 *   SHOW=1 prints every leak; DRY=1 prints the texts with the value marked ⟦…⟧ and never calls the engine.
 */
import { phone } from './pii-holdout7-phones.ts';
import { carrier, email, LANGS, label } from './pii-holdout7-text.ts';
import { card, choose, iban, ip, type Made, type Rand, sfc32, ssn } from './pii-holdout7-values.ts';
import { covered, tally } from './tally.ts';

const perType = Number(process.argv[2] ?? 150);
const seed = Number(process.argv[3] ?? 7070);
const DRY = !!process.env.DRY;
const r = sfc32(seed);

const VALUES: Record<string, (x: Rand, lang: string) => Made> = {
  PHONE: phone,
  EMAIL: email,
  CREDIT_CARD: card,
  IBAN: iban,
  US_SSN: ssn,
  IP_ADDRESS: ip,
};
/** Language of a non-phone sample (phones bring their region's language or English). */
const pickLang = (x: Rand, type: string) =>
  type === 'US_SSN' ? (x() < 0.6 ? 'en' : x() < 0.6 ? 'es' : choose(x, LANGS)) : choose(x, LANGS);

/** An email followed by sentence punctuation does not go into a CSV cell or JSON string. */
const fmtIsPunct = (m: Made) => m.fmt === 'punct';

/** PII-free sentences full of numbers: prices, dates, times, versions, orders, postcodes, flights, ISBNs, parcels. */
const CLEAN: [string, string][] = [
  ['en', 'Your order #114-2298371-5530127 shipped on 03/14/2025 and should arrive by Friday.'],
  ['en', 'Flight BA 2490 departs at 07:35 from gate B32; boarding closes 20 minutes earlier.'],
  ['en', 'The book is ISBN 978-0-306-40615-7, 3rd edition, 412 pages, $24.99.'],
  ['en', 'Upgrade from v2.14.3 to v3.0.0-rc.2 requires Node 20.11.1 or later.'],
  ['en', 'Tracking number 1Z 999 AA1 01 2345 6784, weight 2.3 kg, 3 parcels.'],
  ['en', 'Meeting moved to 2025-06-17 at 15:30 UTC, room 4.12, 45 minutes.'],
  ['en', 'We sold 1,245,300 units in Q3 2024, up 12.5% year over year.'],
  ['en', 'Set the timeout to 30000 ms and the retry limit to 5, then restart build 20250114.3.'],
  ['de', 'Bestellung Nr. 4500123876 vom 12.03.2025, Gesamtbetrag 1.249,90 €, Lieferung in 3–5 Werktagen.'],
  ['de', 'Der ICE 578 fährt um 14:52 ab Gleis 7, Ankunft in 80331 München um 18:10.'],
  ['de', 'Version 5.4.2 behebt 17 Fehler; bitte bis 31.12.2025 aktualisieren.'],
  ['fr', 'Commande n° 2024-118734 : 3 articles pour 89,97 €, livraison prévue le 05/04/2025.'],
  ['fr', 'Le vol AF 1234 décolle à 06h45, terminal 2E, porte K51.'],
  ['fr', 'Code postal 75011, bâtiment B, 4e étage, digicode à demander au gardien.'],
  ['es', 'Pedido 7781-2290 enviado el 22/01/2025, importe 149,50 €, 2 unidades.'],
  ['es', 'El vuelo IB 3166 sale a las 21:10; llegada a Madrid-Barajas T4 a las 23:55.'],
  ['es', 'Temperatura máxima de 38,5 °C el 15 de julio; 120 litros por m² en 24 horas.'],
  ['it', 'Ordine n. 302-5512893, totale 57,40 €, consegna tra 48 ore.'],
  ['it', 'Il treno Frecciarossa 9543 parte alle 10:25 dal binario 12.'],
  ['pt', 'Pedido nº 8834512 confirmado: R$ 1.299,00 em 10x de R$ 129,90 sem juros.'],
  ['pt', 'CEP 01310-100 fica na Avenida Paulista; a reunião é às 9h30 do dia 14/08.'],
  ['nl', 'Bestelling 2025-004417 wordt geleverd op 18-02-2025 tussen 13:00 en 15:00.'],
  ['nl', 'Postcode 1012 AB, huisnummer 221, 2 hoog; de huur is € 1.450 per maand.'],
  ['pl', 'Zamówienie nr 5523/03/2025 na kwotę 349,99 zł zostało wysłane 11.03.2025.'],
  ['pl', 'Pociąg IC 3510 odjeżdża o 16:42 z peronu 3, toru 5.'],
  ['tr', 'Sipariş no 40023981, toplam 2.499,90 TL, kargo 3 iş günü içinde.'],
  ['tr', 'Uçuş TK 1980 saat 08:15’te kalkıyor, kapı 214.'],
  ['ru', 'Заказ № 58812734 от 12.02.2025 на сумму 12 490 ₽ передан в доставку.'],
  ['ru', 'Поезд 752А отправляется в 13:40 с пути 4, прибытие в 17:38.'],
  ['ar', 'رقم الطلب 558120 بتاريخ 2025/03/09، المبلغ 349.50 ريال، التوصيل خلال 3 أيام.'],
  ['ar', 'الرحلة EK 202 تغادر الساعة 02:45 من البوابة A12.'],
  ['hi', 'ऑर्डर संख्या 402-8812345-1193 का भुगतान ₹2,499 है, डिलीवरी 3 दिनों में।'],
  ['hi', 'ट्रेन 12951 नई दिल्ली से 16:55 बजे प्लेटफॉर्म 3 से चलेगी।'],
  ['zh', '订单号 20250314-8812，共 3 件，合计 ¥1,288.00，预计 3 月 18 日送达。'],
  ['zh', '航班 CA1831 于 08:30 起飞，登机口 C15，请提前 45 分钟到达。'],
  ['ja', 'ご注文番号 250314-0087、合計 12,800円（税込）、3月20日お届け予定です。'],
  ['ja', '新幹線のぞみ 225号は 14時03分 発、7号車 12番 A席です。'],
  ['ko', '주문번호 2025031488124, 결제 금액 45,900원, 3월 18일 도착 예정입니다.'],
  ['ko', 'KE 081편은 10시 30분 출발, 탑승구 248번입니다.'],
  ['vi', 'Đơn hàng số 25031455 trị giá 1.250.000 đ, giao trong 2 ngày.'],
  ['id', 'Pesanan 2503-77812 senilai Rp 459.000 dikirim 14-03-2025, estimasi tiba 3 hari.'],
  ['th', 'คำสั่งซื้อเลขที่ 6603150012 ยอดรวม 1,590 บาท จัดส่งภายใน 3 วัน'],
  ['sv', 'Order 889174 skickades 2025-03-12, totalt 1 249 kr, leverans inom 2–4 dagar.'],
  ['en', 'Room 1204, floor 12, checkout at 11:00; minibar total 38.50 EUR; 2 nights.'],
  ['de', 'Artikel 10045-22 in Größe 42, 2 Stück à 59,95 €, Rücksendung bis 14 Tage.'],
];

type Engine = {
  detect(
    text: string,
    o?: { language?: string },
  ): Promise<{ type: string; start: number; end: number; text: string }[]>;
};
const engine: Engine | undefined = DRY ? undefined : (await import('../src/pii/index.ts')).createPiiEngine();
const { count, print } = tally();
for (const [type, make] of Object.entries(VALUES)) {
  for (let i = 0; i < perType; i++) {
    const first = pickLang(r, type);
    const made = make(r, first);
    const lang = made.lang ?? first;
    let [kind, tpl] = carrier(r, lang, made.own);
    while ((kind === 'json' || kind === 'csv') && (fmtIsPunct(made) || /["<>,]/.test(`${made.pre}${made.post}`)))
      [kind, tpl] = carrier(r, lang);
    const filled = tpl.replaceAll('{k}', label(r, type, lang));
    const at = filled.indexOf('{v}');
    const start = at + (made.pre ?? '').length;
    const end = start + made.v.length;
    const text = `${filled.slice(0, at)}${made.pre ?? ''}${made.v}${made.post ?? ''}${filled.slice(at + 3)}`;
    const fmt = made.fmt;
    if (DRY) {
      console.log(
        `--- ${type} fmt=${fmt} ${made.tag ?? ''} ${lang} ${kind}\n${text.slice(0, start)}⟦${made.v}⟧${text.slice(end)}`,
      );
      continue;
    }
    const found = (await engine?.detect(text, { language: lang })) ?? [];
    const ok = covered(text, start, end, found);
    const typed = ok && found.some((e) => e.type === type && e.start < end && start < e.end);
    const keys = [
      `${type}\t*`,
      `${type}\tfmt=${fmt}`,
      `${type}\tlang=${lang}`,
      `${type}\tcarrier=${kind}`,
      `ALL\tlang=${lang}`,
      `ALL\tcarrier=${kind}`,
      'ALL\t*',
    ];
    if (type === 'PHONE' && made.tag) {
      const [region, phoneKind] = made.tag.split('-');
      keys.push(`PHONE\tregion=${region}`, `PHONE\tkind=${phoneKind}`, `PHONE\tkind=${phoneKind} fmt=${fmt}`);
    } else if (made.tag) keys.push(`${type}\ttag=${made.tag}`);
    for (const key of keys) count(key, ok);
    count(`${type}\ttyped`, typed);
    count('ALL\ttyped', typed);
    if (!ok && process.env.SHOW)
      console.log(
        'LEAK',
        type,
        fmt,
        lang,
        JSON.stringify(text),
        found.map((e) => `${e.type}:${e.text}`),
      );
  }
}
if (!DRY) {
  console.log('hold-out 7 recall (no letter or digit of the value left visible; "typed" = also the right type)');
  print();
}

let falseHits = 0;
const shown: string[] = [];
for (const [lang, t] of CLEAN) {
  if (DRY) continue;
  const found = (await engine?.detect(t, { language: lang })) ?? [];
  falseHits += found.length;
  for (const e of found) shown.push(`${e.type}: ${e.text}`);
}
if (DRY) console.log(`${CLEAN.length} clean sentences (not run in DRY mode)`);
else
  console.log(
    `false hits on ${CLEAN.length} clean sentences: ${falseHits}${shown.length ? ` (${shown.join('; ')})` : ''}`,
  );
