/**
 * Clean requests of hold-out 18: the same 14 languages, no PII, full of numbers - prices, dates (Jalali, Buddhist,
 * CJK 年月日), times, order and flight numbers, years, quantities, postal codes alone, model and version numbers - in
 * native and ASCII digits. Order numbers are redrawn when they would be a Luhn-valid 13-19 digit run or a valid phone
 * number of the language's countries, so that every entity found here is a false one.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import {
  choose,
  digits,
  int,
  LANGS,
  type Lang,
  luhnOk,
  NATIVE_ZERO,
  PHONE_COUNTRIES,
  type Rand,
  toNative,
  words,
} from './pii-holdout18-values.ts';

const T: Record<Lang, string[]> = {
  ar: [
    'احسب لي المجموع: اشتريت {qty} قطع بسعر {price} ريال للقطعة، والشحن ٢٥ ريال، والطلب رقم {order}.',
    'رحلتي {flight} تقلع يوم {date} الساعة {time}، كم ساعة قبلها يجب أن أكون في المطار؟',
    'قارن بين {model} و{model} من حيث البطارية، الأول سعره {price} درهم والثاني أرخص بـ{pct}٪.',
    'ترجم: «الفاتورة رقم {order} بتاريخ {date}، المبلغ المستحق {price} جنيه، يرجى السداد خلال {qty} يوماً.»',
    'الرمز البريدي لحيّنا {zip}، هل يكفي لتوصيل الطلب؟ الشقة في الطابق {qty}، غرفة {room}.',
    'تحديث النظام إلى الإصدار {ver} توقف عند {pct}٪، وجهازي {model} اشتريته سنة {year}.',
  ],
  fa: [
    'جمع این خریدها رو حساب کن: {qty} عدد به قیمت {price} تومان، هزینه ارسال ۴۵ هزار تومان، شماره سفارش {order}.',
    'پروازم {flight} روز {date} ساعت {time} حرکت می‌کنه، چند ساعت زودتر فرودگاه باشم؟',
    '{model} بهتره یا {model}؟ اولی {price} تومنه و دومی {pct} درصد ارزون‌تره.',
    'کد پستی {zip} مال کدوم منطقه‌ست؟ بسته‌ام از {date} تو راهه.',
    'سال {year} خونه رو خریدیم، {qty} متر بود و قیمت هر متر {price} تومن.',
    'ویندوزم روی نسخه {ver} گیر کرده، دانلود روی {pct}٪ مونده، ساعت {time} شروع کردم.',
  ],
  ur: [
    'حساب لگا دیں: {qty} چیزیں {price} روپے فی عدد، ڈیلیوری ۱۵۰ روپے، آرڈر نمبر {order}۔',
    'میری فلائٹ {flight} {date} کو {time} بجے ہے، کتنے گھنٹے پہلے ایئرپورٹ پہنچوں؟',
    '{model} اور {model} میں سے کون سا بہتر ہے؟ پہلا {price} روپے کا ہے، دوسرا {pct}٪ سستا۔',
    'پوسٹل کوڈ {zip} کس علاقے کا ہے؟ پارسل {date} سے راستے میں ہے۔',
    'میں نے {year} میں گاڑی خریدی تھی، اب تک {km} کلومیٹر چل چکی ہے۔',
    'سافٹ ویئر ورژن {ver} انسٹال کرتے وقت {pct}٪ پر رک گیا، کمرہ نمبر {room}۔',
  ],
  hi: [
    'कुल कितना हुआ बताओ: {qty} किलो आम ₹{price} प्रति किलो, डिलीवरी ₹40, ऑर्डर नंबर {order}।',
    'मेरी फ़्लाइट {flight} {date} को {time} बजे है, एयरपोर्ट कितने बजे पहुँचूँ?',
    '{model} और {model} में से कौन सा लूँ? पहला ₹{price} का है और दूसरा {pct}% सस्ता।',
    'पिन कोड {zip} किस शहर का है? पार्सल {date} से रास्ते में है।',
    'हमने {year} में कार ली थी, अब तक {km} किमी चल चुकी है, सर्विस कब कराऊँ?',
    'ट्रेन नंबर {train} {time} बजे चलती है, कोच B{qty} की सीट {room} कहाँ होगी?',
  ],
  bn: [
    'হিসাব করে দাও: {qty} কেজি চাল {price} টাকা কেজি, ডেলিভারি ৫০ টাকা, অর্ডার নম্বর {order}।',
    'আমার ফ্লাইট {flight} {date} তারিখ {time}-এ, কখন এয়ারপোর্টে যাব?',
    '{model} নাকি {model} কিনব? প্রথমটার দাম {price} টাকা, দ্বিতীয়টা {pct}% সস্তা।',
    'পোস্ট কোড {zip} কোন এলাকার? পার্সেল {date} থেকে পথে আছে।',
    '{year} সালে বাইকটা কিনেছিলাম, এখন পর্যন্ত {km} কিলোমিটার চলেছে।',
    'আপডেট {ver} ইনস্টল করতে গিয়ে {pct}% এ আটকে গেছে, রুম নম্বর {room}।',
  ],
  th: [
    'ช่วยคำนวณหน่อย ซื้อ{qty}ชิ้น ชิ้นละ{price}บาท ค่าส่ง50บาท เลขคำสั่งซื้อ{order}',
    'เที่ยวบิน{flight}ออกวันที่{date} เวลา{time}น. ควรไปถึงสนามบินกี่โมง',
    '{model}กับ{model}อันไหนดีกว่า อันแรกราคา{price}บาท อันที่สองถูกกว่า{pct}%',
    'รหัสไปรษณีย์{zip}คือเขตไหน พัสดุส่งมาตั้งแต่{date}แล้ว',
    'ซื้อรถมาตั้งแต่ปี{year} ตอนนี้วิ่งไป{km}กิโลแล้ว ควรเปลี่ยนยางไหม',
    'อัปเดตเวอร์ชัน{ver}ค้างที่{pct}% ตั้งแต่{time}น. ห้อง{room}',
  ],
  zh: [
    '帮我算一下：买了{qty}件，每件{price}元，运费12元，订单号{order}。',
    '我的航班{flight}是{date}{time}起飞，需要提前几小时到机场？',
    '{model}和{model}哪个好？前者{price}元，后者便宜{pct}%。',
    '邮编{zip}是哪个区的？快递从{date}就一直在路上。',
    '这辆车是{year}年买的，已经开了{km}公里，该保养了吗？',
    '系统升级到{ver}时卡在{pct}%，{room}房间的打印机也连不上。',
  ],
  ja: [
    '合計を計算してください：{qty}個×{price}円、送料550円、注文番号{order}。',
    '{date}{time}発の{flight}便に乗ります。空港には何時に着けばいいですか？',
    '{model}と{model}、どちらがおすすめですか？前者は{price}円で、後者は{pct}%安いです。',
    '郵便番号〒{zip}はどこの地域ですか？荷物が{date}から届きません。',
    '{year}年に買った車で、走行距離は{km}kmです。タイヤ交換はいつがいいですか？',
    'バージョン{ver}へのアップデートが{pct}%で止まります。部屋番号は{room}です。',
  ],
  ko: [
    '합계 좀 계산해 주세요: {qty}개 × {price}원, 배송비 3,000원, 주문번호 {order}.',
    '{date} {time} 출발 {flight}편인데 공항에 몇 시까지 가야 해요?',
    '{model}랑 {model} 중에 뭐가 나아요? 앞에 건 {price}원이고 뒤에 건 {pct}% 더 싸요.',
    '우편번호 {zip}는 어느 동네예요? 택배가 {date}부터 안 와요.',
    '{year}년에 산 차인데 주행거리가 {km}km예요. 타이어 교체해야 할까요?',
    '{ver} 버전 업데이트가 {pct}%에서 멈췄어요. 객실 번호는 {room}호예요.',
  ],
  ru: [
    'Посчитай итог: {qty} шт. по {price} руб., доставка 350 руб., номер заказа {order}.',
    'Мой рейс {flight} вылетает {date} в {time}, во сколько надо быть в аэропорту?',
    'Что лучше: {model} или {model}? Первый стоит {price} ₽, второй на {pct}% дешевле.',
    'Индекс {zip} — это какой район? Посылка в пути с {date}.',
    'Машину купил в {year} году, пробег уже {km} км, пора менять ремень ГРМ?',
    'Обновление до версии {ver} зависает на {pct}%, номер в гостинице {room}.',
  ],
  uk: [
    'Порахуй суму: {qty} шт. по {price} грн, доставка 80 грн, номер замовлення {order}.',
    'Мій рейс {flight} вилітає {date} о {time}, коли треба бути в аеропорту?',
    'Що краще: {model} чи {model}? Перший коштує {price} грн, другий на {pct}% дешевший.',
    'Індекс {zip} — це який район? Посилка в дорозі з {date}.',
    'Авто купив у {year} році, пробіг уже {km} км, коли міняти шини?',
    'Оновлення до версії {ver} зависає на {pct}%, номер кімнати {room}.',
  ],
  el: [
    'Υπολόγισε το σύνολο: {qty} τεμάχια × {price} €, μεταφορικά 4,50 €, αριθμός παραγγελίας {order}.',
    'Η πτήση μου {flight} φεύγει στις {date} ώρα {time}· πότε να είμαι στο αεροδρόμιο\u037e',
    'Ποιο είναι καλύτερο, το {model} ή το {model}\u037e Το πρώτο κοστίζει {price} € και το δεύτερο είναι {pct}% φθηνότερο.',
    'Ο ΤΚ {zip} σε ποια περιοχή είναι\u037e Το δέμα είναι σε διακίνηση από {date}.',
    'Το αυτοκίνητο το πήρα το {year} και έχει {km} χλμ. Πότε αλλάζω λάστιχα\u037e',
    'Η ενημέρωση στην έκδοση {ver} κολλάει στο {pct}%, δωμάτιο {room}.',
  ],
  he: [
    'תחשב לי את הסכום: {qty} יחידות ב-{price} ₪ ליחידה, משלוח 30 ₪, מספר הזמנה {order}.',
    'הטיסה שלי {flight} יוצאת ב-{date} בשעה {time}, מתי להגיע לנתב"ג?',
    'מה עדיף, {model} או {model}? הראשון עולה {price} ₪ והשני זול ב-{pct}%.',
    'מיקוד {zip} זה באיזה אזור? החבילה בדרך מאז {date}.',
    'קניתי את הרכב ב-{year}, יש לו {km} ק"מ, מתי להחליף צמיגים?',
    'העדכון לגרסה {ver} נתקע על {pct}%, חדר {room}.',
  ],
  tr: [
    'Toplamı hesaplar mısın: {qty} adet × {price} TL, kargo 49,90 TL, sipariş numarası {order}.',
    "{flight} sefer sayılı uçuşum {date} saat {time}'da, havalimanında kaçta olmalıyım?",
    '{model} mi yoksa {model} mi? İlki {price} TL, ikincisi %{pct} daha ucuz.',
    '{zip} posta kodu hangi semt? Kargo {date} tarihinden beri yolda.',
    "Arabayı {year}'de aldım, {km} km'de, lastik ne zaman değişir?",
    "{ver} sürümüne güncelleme %{pct}'de takılıyor, oda numaram {room}.",
  ],
};

const FLIGHTS: Record<Lang, string[]> = {
  ar: ['SV', 'EK', 'MS', 'RJ', 'QR', 'KU', 'IA'],
  fa: ['IR', 'W5', 'EP', 'TK'],
  ur: ['PK', 'PA', 'EK'],
  hi: ['6E', 'AI', 'UK', 'SG'],
  bn: ['BG', 'BS', 'EK'],
  th: ['TG', 'FD', 'WE', 'SL'],
  zh: ['CA', 'MU', 'CZ', 'HU'],
  ja: ['NH', 'JL', 'MM', 'BC'],
  ko: ['KE', 'OZ', '7C', 'TW'],
  ru: ['SU', 'S7', 'U6', 'DP'],
  uk: ['PS', '7W', 'W6'],
  el: ['A3', 'OA', 'FR'],
  he: ['LY', 'IZ', '6H'],
  tr: ['TK', 'PC', 'XQ', 'AJ'],
};
const MODELS = [
  'iPhone 15 Pro',
  'Galaxy S24 Ultra',
  'Redmi Note 13',
  'Xiaomi 14',
  'Pixel 8a',
  'MacBook Air M3',
  'ThinkPad X1 Carbon Gen 11',
  'PS5 Slim',
  'RTX 4070',
  'WH-1000XM5',
  'AirPods Pro 2',
  'Galaxy A55',
  'Huawei P60',
  'OPPO Reno 11',
  'Canon EOS R50',
  'Dyson V15',
  'iPad Air 11',
  'SM-S928B',
  'Honor 90',
  'Galaxy Tab S9 FE',
];
const pad = (n: number) => String(n).padStart(2, '0');
const group = (n: number, sep: string) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);

function date(r: Rand, lang: Lang): string {
  const d = int(r, 1, 28);
  const m = int(r, 1, 12);
  const y = int(r, 2022, 2025);
  switch (lang) {
    case 'fa':
      return `${int(r, 1401, 1404)}/${pad(m)}/${pad(d)}`;
    case 'th':
      return `${d}/${pad(m)}/${y + 543}`;
    case 'zh':
    case 'ja':
      return choose(r, [`${y}年${m}月${d}日`, `${m}月${d}日`, `${y}/${pad(m)}/${pad(d)}`]);
    case 'ko':
      return choose(r, [`${m}월 ${d}일`, `${y}.${pad(m)}.${pad(d)}`, `${y}년 ${m}월 ${d}일`]);
    case 'ru':
    case 'uk':
    case 'tr':
      return `${pad(d)}.${pad(m)}.${y}`;
    case 'he':
      return choose(r, [`${d}.${m}.${y}`, `${pad(d)}/${pad(m)}/${String(y).slice(2)}`]);
    case 'ur':
    case 'hi':
      return choose(r, [`${pad(d)}/${pad(m)}/${y}`, `${pad(d)}-${pad(m)}-${y}`]);
    default:
      return `${pad(d)}/${pad(m)}/${y}`;
  }
}

function zip(r: Rand, lang: Lang): string {
  switch (lang) {
    case 'fa':
      return r() < 0.5 ? `${int(r, 11, 99)}${digits(r, 3)}-${digits(r, 5)}` : `${int(r, 11, 99)}${digits(r, 8)}`;
    case 'hi':
    case 'zh':
    case 'ru':
      return String(int(r, 100000, 799999));
    case 'bn':
      return String(int(r, 1000, 9499));
    case 'ja':
      return `${int(r, 100, 999)}-${digits(r, 4)}`;
    case 'el':
      return `${int(r, 101, 851)} ${pad(int(r, 0, 99))}`;
    case 'he':
      return String(int(r, 1000000, 9999999));
    case 'ko':
      return pad(int(r, 1, 63)) + digits(r, 3);
    default:
      return String(int(r, 10000, 99999));
  }
}

function price(r: Rand, lang: Lang): string {
  const n = Math.floor(10 ** (1 + r() * 5));
  if (lang === 'fa') return group(n * 1000, r() < 0.5 ? ',' : '٬');
  if (lang === 'hi' && n >= 100000)
    return String(n).replace(/(\d+)(\d{2})(\d{3})$/, (_, a, b, c) => `${group(Number(a), ',')},${b},${c}`);
  if (lang === 'ru' || lang === 'uk') return group(n, choose(r, [' ', '\u00a0', '']));
  if (lang === 'el' || lang === 'tr') return group(n, '.') + (r() < 0.3 ? `,${pad(int(r, 0, 99))}` : '');
  return group(n, r() < 0.7 ? ',' : '');
}

function order(r: Rand, lang: Lang): string {
  for (;;) {
    const k = int(r, 0, 5);
    const v = [
      () => `#${int(r, 100000, 99999999)}`,
      () => `${choose(r, ['ORD', 'INV', 'A', 'SO'])}-${int(r, 2022, 2025)}-${digits(r, 5)}`,
      () => `${int(r, 2022, 2025)}${pad(int(r, 1, 12))}${pad(int(r, 1, 28))}${digits(r, 6)}`,
      () => `${int(r, 100, 999)}-${digits(r, 7)}-${digits(r, 7)}`,
      () => String(int(r, 1, 9)) + digits(r, int(r, 14, 18)),
      () => String(int(r, 1, 9)) + digits(r, int(r, 7, 11)),
    ][k]();
    const ds = v.replace(/\D/g, '');
    if (ds.length >= 13 && ds.length <= 19 && luhnOk(ds)) continue;
    const phoneLike = words(PHONE_COUNTRIES[lang]).some(
      (c) => parsePhoneNumberFromString(ds, c as never)?.isValid() || parsePhoneNumberFromString(`+${ds}`)?.isValid(),
    );
    if (!phoneLike) return v;
  }
}

const SLOTS: Record<string, (r: Rand, lang: Lang) => string> = {
  price,
  date,
  zip,
  order,
  time: (r) => `${int(r, 0, 23)}:${pad(choose(r, [0, 5, 10, 15, 20, 30, 40, 45, 50, 55]))}`,
  flight: (r, lang) => `${choose(r, FLIGHTS[lang])}${r() < 0.5 ? ' ' : ''}${int(r, 1, 9999)}`,
  year: (r, lang) =>
    String(lang === 'fa' ? int(r, 1370, 1403) : lang === 'th' && r() < 0.5 ? int(r, 2540, 2567) : int(r, 1995, 2024)),
  qty: (r) => String(int(r, 2, 48)),
  pct: (r) => String(choose(r, [5, 10, 12, 15, 20, 25, 30, 37, 40, 45, 50, 64, 75, 88, 99])),
  km: (r, lang) =>
    group(
      int(r, 5, 260) * 1000 + int(r, 0, 999),
      lang === 'ru' || lang === 'uk' ? ' ' : lang === 'el' || lang === 'tr' ? '.' : ',',
    ),
  room: (r) =>
    r() < 0.7 ? String(int(r, 1, 30) * 100 + int(r, 1, 40)) : `${int(r, 1, 40)}${choose(r, ['A', 'B', 'C'])}`,
  train: (r) => String(int(r, 12001, 22999)),
  model: (r) => choose(r, MODELS),
  // versions: at least one part above 255, so none is a dotted quad
  ver: (r) =>
    choose(r, [
      `10.0.${int(r, 19041, 26100)}.${int(r, 1000, 5000)}`,
      `${int(r, 2, 17)}.${int(r, 0, 9)}.${int(r, 300, 9999)}`,
      `${int(r, 1, 6)}.${int(r, 0, 20)}`,
    ]),
};
const KEEP_ASCII = new Set(['model', 'ver', 'flight']);

/** count clean requests, round robin over the languages; digits of each slot native with p 0.4 (0.25 in CJK). */
export function cleanTexts(r: Rand, count: number): [Lang, string][] {
  const out: [Lang, string][] = [];
  for (let i = 0; i < count; i++) {
    const lang = LANGS[i % LANGS.length];
    const p = ['zh', 'ja', 'ko'].includes(lang) ? 0.25 : 0.4;
    const used = new Set<string>();
    const t = choose(r, T[lang]).replace(/\{(\w+)\}/g, (_, slot: string) => {
      let v = SLOTS[slot](r, lang);
      while (used.has(v)) v = SLOTS[slot](r, lang);
      used.add(v);
      return NATIVE_ZERO[lang] !== undefined && !KEEP_ASCII.has(slot) && r() < p ? toNative(v, lang) : v;
    });
    out.push([lang, t]);
  }
  return out;
}
