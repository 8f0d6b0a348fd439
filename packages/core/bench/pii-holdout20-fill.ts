// Hold-out 20 fillers (never personal data): app and brand names, order and tracking numbers, amounts in local
// currency, dates, times, products and place names without any street address, per country.
import { digits, int, pad, pick, type Rand } from './pii-holdout20-values.ts';

const w = (s: string) => s.split('|');
const U = (r: Rand, n: number) => Array.from({ length: n }, () => pick(r, [...'ABCDEFGHJKLMNPQRSTUVWXYZ'])).join('');

interface Fill {
  brand: string[];
  cur: (r: Rand, a: string) => string;
  ord: ((r: Rand) => string)[];
  item: string[];
  place: string[];
  date: 'dmy' | 'mdy' | 'ymd';
}
const money = (n: number, thou: string, dec: string, cents: boolean) => {
  const [i, f] = n.toFixed(2).split('.');
  const g = i.replace(/\B(?=(\d{3})+(?!\d))/g, thou);
  return cents ? `${g}${dec}${f}` : g;
};

const F: Record<string, Fill> = {
  IN: {
    brand: w(
      'Swiggy|Zomato|Flipkart|Amazon|Meesho|Ola|Uber|Rapido|Paytm|PhonePe|Jio|Airtel|HDFC Bank|SBI|Blinkit|Zepto|BigBasket|Myntra',
    ),
    cur: (r, a) => pick(r, [`₹${a}`, `Rs. ${a}`, `rs ${a}`, `INR ${a}`, `${a} rs`]),
    ord: [
      (r) => `OD${digits(r, 18)}`,
      (r) => `#${digits(r, 6)}`,
      (r) => `${digits(r, 3)}-${digits(r, 7)}-${digits(r, 7)}`,
      (r) => `CRN${digits(r, 10)}`,
    ],
    item: w(
      'Redmi Note 13|boAt Airdopes|paneer butter masala|Maggi 12 pack|Kurti set|Samsung 43 inch TV|Prestige pressure cooker|Bisleri 20L',
    ),
    place: w(
      'Phoenix Marketcity|Connaught Place|Koramangala|Bandra|Hitech City|Salt Lake|Chandni Chowk|Majestic|Lulu Mall',
    ),
    date: 'dmy',
  },
  PK: {
    brand: w(
      'Daraz|foodpanda|Careem|InDrive|JazzCash|Easypaisa|Jazz|Zong|Telenor|HBL|Meezan Bank|Bykea|Cheetay|Khaadi',
    ),
    cur: (r, a) => pick(r, [`Rs ${a}`, `PKR ${a}`, `${a}/-`, `rs.${a}`]),
    ord: [(r) => `${digits(r, 15)}`, (r) => `#${digits(r, 8)}`, (r) => `TRX${digits(r, 11)}`],
    item: w('lawn suit 3pc|Infinix Hot 40|zinger burger|biryani deal|Dawlance fridge|Haier AC 1.5 ton|shalwar kameez'),
    place: w('Dolmen Mall|Emporium Mall|Centaurus|Saddar|Liberty Market|Blue Area|Tariq Road|Anarkali'),
    date: 'dmy',
  },
  BD: {
    brand: w(
      'bKash|Nagad|Rocket|Pathao|foodpanda|Daraz|Chaldal|Grameenphone|Robi|Banglalink|Shohoz|Uber|BRAC Bank|Dutch-Bangla Bank',
    ),
    cur: (r, a) => pick(r, [`৳${a}`, `${a} taka`, `Tk ${a}`, `BDT ${a}`, `${a} tk`]),
    ord: [(r) => `#${digits(r, 9)}`, (r) => `TrxID ${U(r, 3)}${digits(r, 7)}`, (r) => `DRZ${digits(r, 12)}`],
    item: w('kacchi biryani|Walton fridge|saree|Symphony phone|Pran juice carton|winter jacket|Samsung A15'),
    place: w('Jamuna Future Park|Bashundhara City|New Market|Farmgate|Motijheel|Karwan Bazar|Gulshan 2 circle'),
    date: 'dmy',
  },
  ID: {
    brand: w(
      'Tokopedia|Shopee|Lazada|Gojek|Grab|GoFood|GrabFood|GoPay|OVO|DANA|Telkomsel|Indosat|BCA|Mandiri|BRI|Traveloka|Blibli',
    ),
    cur: (r, a) => pick(r, [`Rp${a}`, `Rp ${a}`, `${a} rb`, `IDR ${a}`]),
    ord: [
      (r) => `INV/${int(r, 2023, 2025)}${pad(int(r, 1, 12), 2)}${pad(int(r, 1, 28), 2)}/MPL/${digits(r, 10)}`,
      (r) => `${digits(r, 6)}${U(r, 8)}`,
      (r) => `JNE ${U(r, 3)}${digits(r, 10)}`,
      (r) => `SPXID${digits(r, 12)}`,
    ],
    item: w(
      'kopi susu gula aren|nasi goreng spesial|casing hp|jilbab segi empat|skincare Wardah|sepatu Ventela|rice cooker Miyako',
    ),
    place: w('Grand Indonesia|Blok M|Tanah Abang|Kemang|Malioboro|Pondok Indah Mall|Stasiun Manggarai|Bandara Soetta'),
    date: 'dmy',
  },
  MY: {
    brand: w('Shopee|Lazada|Grab|foodpanda|Touch n Go|Maybank|CIMB|Celcom|Maxis|Digi|Unifi|AirAsia|Boost|Mr DIY'),
    cur: (r, a) => pick(r, [`RM${a}`, `RM ${a}`, `MYR ${a}`]),
    ord: [
      (r) => `${digits(r, 6)}${U(r, 8)}`,
      (r) => `MY${digits(r, 12)}`,
      (r) => `#${digits(r, 8)}`,
      (r) => `JNT ${digits(r, 12)}`,
    ],
    item: w('nasi lemak ayam|teh tarik ais|baju kurung|Milo 2kg|Xiaomi Redmi|kasut Bata|power bank 20000mAh'),
    place: w('Mid Valley|Pavilion|KLCC|Sunway Pyramid|Bukit Bintang|KL Sentral|Jalan Alor|Gurney Plaza'),
    date: 'dmy',
  },
  PH: {
    brand: w('GCash|Maya|Shopee|Lazada|Grab|foodpanda|Angkas|Globe|Smart|BDO|BPI|Meralco|Jollibee|LBC|J&T'),
    cur: (r, a) => pick(r, [`₱${a}`, `PHP ${a}`, `P${a}`, `${a} pesos`]),
    ord: [
      (r) => `${digits(r, 6)}${U(r, 8)}`,
      (r) => `PH${digits(r, 12)}`,
      (r) => `LBC ${digits(r, 12)}`,
      (r) => `Ref No. ${digits(r, 13)}`,
    ],
    item: w('Chickenjoy bucket|milk tea large|Realme C55|electric fan|school shoes|load 500|Nike Air Force'),
    place: w('SM North EDSA|BGC|Ayala Center Cebu|Divisoria|Cubao|MOA|NAIA T3|Greenhills'),
    date: 'mdy',
  },
  VN: {
    brand: w(
      'Shopee|Lazada|Tiki|Grab|be|Gojek|MoMo|ZaloPay|Viettel|Mobifone|Vinaphone|Vietcombank|Techcombank|ShopeeFood|Giao Hàng Nhanh',
    ),
    cur: (r, a) => pick(r, [`${a}đ`, `${a} VND`, `${a}k`, `${a} vnđ`]),
    ord: [(r) => `${digits(r, 6)}${U(r, 8)}`, (r) => `GHN${U(r, 5)}${digits(r, 4)}`, (r) => `#${digits(r, 10)}`],
    item: w(
      'cà phê sữa đá|trà sữa trân châu|bánh mì thịt|áo thun|tai nghe Bluetooth|nồi chiên không dầu|kem chống nắng',
    ),
    place: w('Vincom Đồng Khởi|Bến Thành|hồ Gươm|Landmark 81|Aeon Tân Phú|sân bay Tân Sơn Nhất|phố cổ'),
    date: 'dmy',
  },
  TH: {
    brand: w(
      'Shopee|Lazada|Grab|LINE MAN|Robinhood|TrueMoney|PromptPay|AIS|True|dtac|KBank|SCB|Kerry Express|Flash Express|7-Eleven',
    ),
    cur: (r, a) => pick(r, [`฿${a}`, `${a} บาท`, `${a} baht`, `THB ${a}`]),
    ord: [
      (r) => `${digits(r, 6)}${U(r, 8)}`,
      (r) => `TH${digits(r, 12)}${U(r, 1)}`,
      (r) => `KERRY ${U(r, 4)}${digits(r, 9)}`,
      (r) => `#${digits(r, 8)}`,
    ],
    item: w('ชาไทยเย็น|ข้าวมันไก่|ผ้าห่ม|pad kra pao|mookata set|iPhone case|หม้อหุงข้าว'),
    place: w('Siam Paragon|CentralWorld|Chatuchak|MBK|Terminal 21|Asok BTS|Don Mueang|Nimman'),
    date: 'dmy',
  },
  NG: {
    brand: w(
      'Jumia|Konga|Chowdeck|Glovo|Bolt|Uber|OPay|PalmPay|Moniepoint|MTN|Airtel|Glo|GTBank|Access Bank|Kuda|DSTV|GIG Logistics',
    ),
    cur: (r, a) => pick(r, [`₦${a}`, `N${a}`, `NGN ${a}`, `${a} naira`]),
    ord: [
      (r) => `#${digits(r, 9)}`,
      (r) => `JUM-${digits(r, 8)}`,
      (r) => `Ref: ${digits(r, 12)}`,
      (r) => `TRX${digits(r, 16)}`,
    ],
    item: w('jollof rice and chicken|Tecno Spark 20|generator|bag of rice 50kg|ankara fabric|shawarma|Infinix Note 40'),
    place: w('Ikeja City Mall|Yaba|Computer Village|Balogun Market|Jabi Lake Mall|Lekki toll gate|Wuse Market'),
    date: 'dmy',
  },
  KE: {
    brand: w(
      'M-Pesa|Safaricom|Airtel|Jumia|Glovo|Uber Eats|Bolt|Little|Kilimall|Equity Bank|KCB|Fuliza|Naivas|Carrefour|Zuku',
    ),
    cur: (r, a) => pick(r, [`KSh ${a}`, `Ksh${a}`, `${a}/=`, `KES ${a}`, `${a} bob`]),
    ord: [
      (r) => `${U(r, 3)}${digits(r, 1)}${U(r, 2)}${digits(r, 1)}${U(r, 3)}`,
      (r) => `#${digits(r, 8)}`,
      (r) => `KE${digits(r, 10)}`,
    ],
    item: w('nyama choma|chapati na beans|Samsung A05|Ramtons cooker|Sunlight 2kg|mitumba jacket|bundles za 1GB'),
    place: w('Sarit Centre|Westgate|CBD|Two Rivers|Juja|Thika Road Mall|JKIA|Kenyatta Avenue'),
    date: 'dmy',
  },
  GH: {
    brand: w(
      'MTN MoMo|Telecel Cash|AirtelTigo|Jumia|Bolt|Uber|Yango|Glovo|Tonaton|Ecobank|GCB|Fidelity Bank|Hubtel|ECG',
    ),
    cur: (r, a) => pick(r, [`GH₵${a}`, `GHS ${a}`, `${a} cedis`, `GHC ${a}`]),
    ord: [(r) => `#${digits(r, 9)}`, (r) => `Transaction ID: ${digits(r, 11)}`, (r) => `GH${digits(r, 10)}`],
    item: w('waakye|kenkey with fish|Itel phone|kente cloth|rice cooker|Tecno Camon|bag of gari'),
    place: w('Accra Mall|Makola|Kejetia|Osu Oxford Street|Kotoka Airport|West Hills Mall|Circle'),
    date: 'dmy',
  },
  ZA: {
    brand: w(
      'Takealot|Mr D|Uber Eats|Checkers Sixty60|Bolt|Uber|Capitec|FNB|Absa|Standard Bank|Vodacom|MTN|Telkom|Eskom|Pick n Pay|Woolworths',
    ),
    cur: (r, a) => pick(r, [`R${a}`, `R ${a}`, `ZAR ${a}`]),
    ord: [
      (r) => `MPL${digits(r, 8)}`,
      (r) => `#${digits(r, 8)}`,
      (r) => `TAK${digits(r, 9)}`,
      (r) => `Ref ${U(r, 2)}${digits(r, 6)}`,
    ],
    item: w("Nando's quarter chicken|airtime R50|Defy fridge|Hisense TV|Castle Lite 6 pack|braai pack|school uniform"),
    place: w('Sandton City|Menlyn|Canal Walk|Gateway|Maponya Mall|OR Tambo|the Waterfront|Rosebank'),
    date: 'ymd',
  },
  EG: {
    brand: w(
      'Talabat|Jumia|Noon|Amazon.eg|Uber|Careem|InDrive|Vodafone Cash|InstaPay|Fawry|WE|Orange|Etisalat|CIB|Banque Misr|Breadfast|Bosta',
    ),
    cur: (r, a) => pick(r, [`EGP ${a}`, `${a} جنيه`, `${a} ج.م`, `${a} LE`, `${a} geneh`]),
    ord: [(r) => `#${digits(r, 9)}`, (r) => `EG${digits(r, 10)}`, (r) => `${digits(r, 12)}`],
    item: w('كشري|شاورما فراخ|Oppo A58|تكييف شارب|koshary|ملابس عيد|Tornado kettle'),
    place: w('City Stars|Mall of Egypt|Cairo Festival City|وسط البلد|الزمالك|Zamalek|Smouha|مطار القاهرة'),
    date: 'dmy',
  },
  MA: {
    brand: w(
      'Glovo|Jumia|InDrive|Careem|Heetch|Inwi|Orange|Maroc Telecom|CIH|Attijariwafa|BMCE|Wafacash|CashPlus|Marjane|Amana',
    ),
    cur: (r, a) => pick(r, [`${a} DH`, `${a} dhs`, `MAD ${a}`, `${a} درهم`]),
    ord: [(r) => `#${digits(r, 8)}`, (r) => `MA${digits(r, 10)}`, (r) => `CP${digits(r, 9)}MA`],
    item: w('tajine poulet|msemen|jellaba|Samsung A25|recharge *3|caftan|pastilla'),
    place: w('Morocco Mall|Anfa Place|Jemaa el-Fna|Gueliz|Agdal|Marina Shopping|Gare Casa Port'),
    date: 'dmy',
  },
  SA: {
    brand: w(
      'HungerStation|Jahez|Noon|Amazon.sa|Careem|Uber|Jeeny|STC Pay|urpay|STC|Mobily|Zain|Al Rajhi|SNB|Tamara|Tabby|SMSA|Nana',
    ),
    cur: (r, a) => pick(r, [`SAR ${a}`, `${a} SR`, `${a} ريال`, `${a} ر.س`]),
    ord: [(r) => `#${digits(r, 9)}`, (r) => `SA${digits(r, 10)}`, (r) => `${digits(r, 11)}`],
    item: w('شاورما|كبسة دجاج|iPhone 15|شماغ|abaya|مكيف سبليت|عود'),
    place: w('الرياض بارك|Riyadh Park|Red Sea Mall|البوليفارد|Boulevard|حي العليا|Kingdom Centre|مطار الملك خالد'),
    date: 'dmy',
  },
  AE: {
    brand: w(
      'Talabat|Deliveroo|Noon|Amazon.ae|Careem|Uber|RTA|du|e&|Etisalat|Emirates NBD|ADCB|Mashreq|Tabby|Aramex|Instashop|Namshi',
    ),
    cur: (r, a) => pick(r, [`AED ${a}`, `${a} dhs`, `${a} درهم`, `Dh${a}`]),
    ord: [(r) => `#${digits(r, 9)}`, (r) => `NAE${digits(r, 10)}`, (r) => `AWB ${digits(r, 10)}`],
    item: w('karak chai|shawarma plate|PS5|AirPods Pro|kandura|air fryer|biryani family pack'),
    place: w('Dubai Mall|Mall of the Emirates|Deira|JBR|Yas Mall|Al Wahda Mall|DXB T3|Global Village'),
    date: 'dmy',
  },
  TR: {
    brand: w(
      'Trendyol|Hepsiburada|Yemeksepeti|Getir|Migros|BiTaksi|Uber|Papara|Turkcell|Vodafone|Türk Telekom|Garanti BBVA|Ziraat|İş Bankası|Yurtiçi Kargo|Aras Kargo|n11',
    ),
    cur: (r, a) => pick(r, [`${a} TL`, `₺${a}`, `${a} lira`]),
    ord: [(r) => `${digits(r, 10)}`, (r) => `#${digits(r, 9)}`, (r) => `Kargo takip no: ${digits(r, 12)}`],
    item: w('lahmacun|iskender porsiyon|Airfryer|kışlık mont|Xiaomi Redmi Note|çay seti|kolonya'),
    place: w('Kadıköy çarşı|Taksim|Zorlu Center|Kızılay|Forum İstanbul|Alsancak|Sabiha Gökçen'),
    date: 'dmy',
  },
  BR: {
    brand: w(
      'iFood|Rappi|Mercado Livre|Shopee|Amazon|Magalu|Americanas|99|Uber|Nubank|PicPay|Mercado Pago|Vivo|Claro|TIM|Itaú|Bradesco|Correios|Casas Bahia',
    ),
    cur: (r, a) => pick(r, [`R$ ${a}`, `R$${a}`, `${a} reais`]),
    ord: [
      (r) => `#${digits(r, 4)}`,
      (r) => `2000${digits(r, 12)}`,
      (r) => `${U(r, 2)}${digits(r, 9)}BR`,
      (r) => `pedido ${digits(r, 16)}`,
    ],
    item: w('açaí 500ml|marmita fit|Galaxy A15|fone JBL|air fryer Mondial|tênis Olympikus|pizza calabresa'),
    place: w('Shopping Ibirapuera|Av. Paulista|Barra Shopping|Pelourinho|Savassi|Rodoviária|Congonhas|Leblon'),
    date: 'dmy',
  },
  MX: {
    brand: w(
      'Mercado Libre|Amazon|Rappi|DiDi Food|Uber Eats|DiDi|Uber|Mercado Pago|Spin by OXXO|Telcel|AT&T|Totalplay|BBVA|Banorte|Coppel|Liverpool|Estafeta|OXXO',
    ),
    cur: (r, a) => pick(r, [`$${a}`, `$${a} MXN`, `${a} pesos`, `MXN ${a}`]),
    ord: [
      (r) => `#${digits(r, 10)}`,
      (r) => `${digits(r, 16)}`,
      (r) => `guía ${digits(r, 10)}`,
      (r) => `MX${digits(r, 12)}`,
    ],
    item: w('tacos al pastor|pozole|Moto g54|licuadora Oster|tenis Flexi|Tortas ahogadas|pañales Huggies'),
    place: w('Plaza Satélite|Perisur|el Zócalo|Polanco|Parque Arboledas|AICM|Andares|Metro Insurgentes'),
    date: 'dmy',
  },
  CO: {
    brand: w(
      'Rappi|Mercado Libre|Falabella|Éxito|DiDi|Uber|InDrive|Cabify|Nequi|Daviplata|Bancolombia|Davivienda|Claro|Movistar|Tigo|Servientrega|Interrapidísimo',
    ),
    cur: (r, a) => pick(r, [`$${a}`, `$${a} COP`, `${a} pesos`, `COP ${a}`]),
    ord: [(r) => `#${digits(r, 10)}`, (r) => `guía ${digits(r, 12)}`, (r) => `CO${digits(r, 10)}`],
    item: w(
      'bandeja paisa|arepas de choclo|Xiaomi Redmi 13|nevera Haceb|camiseta de la Selección|almojábanas|Aguardiente',
    ),
    place: w('Andino|Unicentro|El Poblado|Zona T|Parque Lleras|El Dorado|Chapinero|Centro Mayor'),
    date: 'dmy',
  },
};
export const COUNTRIES = Object.keys(F);

const AMOUNT: Record<string, [number, number, string, string, boolean]> = {
  IN: [49, 45000, ',', '.', false],
  PK: [150, 90000, ',', '.', false],
  BD: [60, 40000, ',', '.', false],
  ID: [8000, 2500000, '.', ',', false],
  MY: [5, 2500, ',', '.', true],
  PH: [49, 35000, ',', '.', true],
  VN: [15000, 9000000, '.', ',', false],
  TH: [35, 30000, ',', '.', false],
  NG: [500, 450000, ',', '.', false],
  KE: [50, 60000, ',', '.', false],
  GH: [10, 6000, ',', '.', true],
  ZA: [20, 15000, ' ', '.', true],
  EG: [30, 40000, ',', '.', false],
  MA: [20, 9000, ' ', ',', false],
  SA: [9, 9000, ',', '.', true],
  AE: [9, 9000, ',', '.', true],
  TR: [50, 60000, '.', ',', true],
  BR: [8, 9000, '.', ',', true],
  MX: [35, 25000, ',', '.', false],
  CO: [3000, 2500000, '.', ',', false],
};

const TIME = (r: Rand) =>
  pick(r, [
    `${int(r, 1, 12)}:${pad(int(r, 0, 59), 2)} ${pick(r, ['AM', 'PM', 'pm', 'am'])}`,
    `${pad(int(r, 0, 23), 2)}:${pad(int(r, 0, 59), 2)}`,
    `${int(r, 1, 11)}${pick(r, ['pm', 'am', ' baje', 'h'])}`,
  ]);

/** A brand of `cc`, to keep one per chat. */
export const brandOf = (r: Rand, cc: string) => pick(r, F[cc].brand);

/** Replaces the filler slots {brand} {amt} {ord} {item} {place} {d} {t} {n} of a template. */
export function fill(r: Rand, cc: string, t: string, brand?: string): string {
  const f = F[cc];
  return t.replace(/\{(brand|amt|ord|item|place|d|t|n)\}/g, (_m, k: string) => {
    if (k === 'brand') return brand ?? pick(r, f.brand);
    if (k === 'item') return pick(r, f.item);
    if (k === 'place') return pick(r, f.place);
    if (k === 'ord') return pick(r, f.ord)(r);
    if (k === 't') return TIME(r);
    if (k === 'n') return String(int(r, 2, 45));
    if (k === 'amt') {
      const [lo, hi, th, dec, cents] = AMOUNT[cc];
      const x = int(r, lo, hi) + (cents ? int(r, 0, 99) / 100 : 0);
      return f.cur(r, money(x, th, dec, cents));
    }
    const dd = int(r, 1, 28);
    const mm = int(r, 1, 12);
    const y = int(r, 2023, 2025);
    if (r() < 0.3) return `${dd} ${w('Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec')[mm - 1]}`;
    if (f.date === 'ymd') return `${y}-${pad(mm, 2)}-${pad(dd, 2)}`;
    if (f.date === 'mdy') return `${mm}/${dd}/${y}`;
    return `${pad(dd, 2)}/${pad(mm, 2)}/${pick(r, [String(y), String(y % 100)])}`;
  });
}
