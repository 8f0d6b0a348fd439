/** Hold-out 43 values other than names: phones, e-mails, addresses, @handles, dates of birth per locale. */

import type { Names, Rng, Values } from './pii-holdout43-core.ts';
import { chance, int, pick } from './pii-holdout43-core.ts';
import { L } from './pii-holdout43-names-a.ts';

/** '#' any digit, 'N' 2..9, 'M' 1..9; anything else literal. */
const digits = (r: Rng, p: string) =>
  p.replace(/[#NM]/g, (c) => String(c === '#' ? int(r, 0, 9) : c === 'N' ? int(r, 2, 9) : int(r, 1, 9)));

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ı/g, 'i')
    .replace(/[ßđĐłŁ]/g, (c) => ({ ß: 'ss', đ: 'd', Đ: 'd', ł: 'l', Ł: 'l' })[c] ?? c)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');

type Loc = {
  phones: string[];
  domains: string[];
  streets: string[];
  address: (r: Rng, street: string) => string;
  months: string[];
  dob: (r: Rng, d: number, m: number, y: number, months: string[]) => string;
};

const p2 = (n: number) => String(n).padStart(2, '0');
const EN_M = L('January, February, March, April, May, June, July, August, September, October, November, December');
const _dmy = (sep: string) => (_r: Rng, d: number, m: number, y: number) => `${p2(d)}${sep}${p2(m)}${sep}${y}`;
const textual = (pre: string, mid: string) => (r: Rng, d: number, m: number, y: number, ms: string[]) =>
  chance(r, 0.5) ? `${d}${pre} ${ms[m - 1]}${mid} ${y}` : `${p2(d)}/${p2(m)}/${y}`;

const LOCS: Record<string, Loc> = {
  'en-US': {
    phones: ['(N##) N##-####', 'N##-N##-####', '+1 N## N## ####', 'N##.N##.####'],
    domains: L('gmail.com, yahoo.com, outlook.com, icloud.com, aol.com, comcast.net'),
    streets: L('Maple Ave, Oak Street, Lincoln Blvd, Cedar Lane, Elm Dr, Washington St, Pine Ridge Rd'),
    address: (r, s) =>
      `${int(r, 12, 9800)} ${s}, ${pick(r, [
        'Columbus, OH 43215',
        'Austin, TX 78704',
        'Tacoma, WA 98405',
        'Dayton, OH 45402',
        'Raleigh, NC 27609',
      ])}`,
    months: EN_M,
    dob: (r, d, m, y, ms) => (chance(r, 0.5) ? `${ms[m - 1]} ${d}, ${y}` : `${m}/${d}/${y}`),
  },
  'en-GB': {
    phones: ['07### ######', '+44 7### ######', '01### ######', '020 #### ####'],
    domains: L('gmail.com, hotmail.co.uk, btinternet.com, yahoo.co.uk, outlook.com, sky.com'),
    streets: L('Elm Grove, Church Lane, Victoria Road, Mill Street, Station Road, Queens Crescent, Holly Close'),
    address: (r, s) =>
      `${int(r, 2, 180)} ${s}, ${pick(r, [
        'Leeds LS6 2AB',
        'Bristol BS7 8QT',
        'Norwich NR2 3HJ',
        'Cardiff CF24 4PX',
        'Glasgow G12 8RD',
      ])}`,
    months: EN_M,
    dob: textual('', ''),
  },
  'en-IN': {
    phones: ['+91 9#### #####', '9#### #####', '+91-8#########', '07#########'],
    domains: L('gmail.com, yahoo.co.in, rediffmail.com, outlook.com, hotmail.com'),
    streets: L('14th Cross, MG Road, Nehru Nagar, Link Road, Sector 21, Anna Salai, FC Road'),
    address: (r, s) =>
      `Flat ${int(r, 101, 905)}, ${pick(r, [
        'Sai Krupa Apartments',
        'Green Park Residency',
        'Shanti Niketan',
      ])}, ${s}, ${pick(r, [
        'Indiranagar, Bengaluru 560038',
        'Andheri West, Mumbai 400053',
        'Kothrud, Pune 411038',
        'T Nagar, Chennai 600017',
      ])}`,
    months: EN_M,
    dob: textual('', ''),
  },
  'en-NG': {
    phones: ['080# ### ####', '+234 80# ### ####', '070# ### ####', '081########'],
    domains: L('gmail.com, yahoo.com, yahoo.co.uk, hotmail.com, outlook.com'),
    streets: L(`Adeola Odeku Street, Allen Avenue, Ogunlana Drive, Awolowo Road, Herbert Macaulay Way,
        Bode Thomas Street`),
    address: (r, s) =>
      `${int(r, 2, 88)} ${s}, ${pick(r, [
        'Victoria Island, Lagos',
        'Ikeja, Lagos',
        'Surulere, Lagos',
        'Wuse 2, Abuja',
        'GRA, Enugu',
      ])}`,
    months: EN_M,
    dob: textual('', ''),
  },
  'en-PH': {
    phones: ['09## ### ####', '+63 9## ### ####', '09#########', '(02) 8### ####'],
    domains: L('gmail.com, yahoo.com, yahoo.com.ph, outlook.com'),
    streets: L('Mabini St., Rizal Ave., Bonifacio St., Aguinaldo Highway, Luna St., Katipunan Ave.'),
    address: (r, s) =>
      `Blk ${int(r, 1, 30)} Lot ${int(r, 1, 40)}, ${s}, Brgy. ${pick(r, [
        'San Roque, Marikina City',
        'Malanday, Valenzuela',
        'Poblacion, Makati',
        'Lahug, Cebu City',
      ])}`,
    months: EN_M,
    dob: (r, d, m, y, ms) => (chance(r, 0.5) ? `${ms[m - 1]} ${d}, ${y}` : `${p2(m)}/${p2(d)}/${y}`),
  },
  'en-AE': {
    phones: ['05# ### ####', '+971 5# ### ####', '+971 4 ### ####', '05########'],
    domains: L('gmail.com, hotmail.com, outlook.com, yahoo.com, icloud.com'),
    streets: L('Street 14, Street 7B, Al Wasl Road, Hessa Street, Street 22'),
    address: (r, s) =>
      `Villa ${int(r, 3, 90)}, ${s}, ${pick(r, [
        'Al Barsha 2, Dubai',
        'Mirdif, Dubai',
        'Al Nahda, Sharjah',
        'Khalifa City A, Abu Dhabi',
      ])}`,
    months: EN_M,
    dob: textual('', ''),
  },
  'es-ES': {
    phones: ['6## ## ## ##', '+34 6## ### ###', '6########', '91# ## ## ##'],
    domains: L('gmail.com, hotmail.es, yahoo.es, telefonica.net, outlook.es'),
    streets: L(`calle de Toledo, calle Mayor, avenida de la Constitución, calle San Vicente, paseo de Gràcia,
        calle Real`),
    address: (r, s) =>
      `${s} ${int(r, 2, 140)}, ${int(r, 1, 6)}º ${pick(r, ['A', 'B', 'C', 'izq.', 'dcha.'])}, ${pick(r, [
        '28005 Madrid',
        '46001 Valencia',
        '41003 Sevilla',
        '50004 Zaragoza',
        '08010 Barcelona',
      ])}`,
    months: L('enero, febrero, marzo, abril, mayo, junio, julio, agosto, septiembre, octubre, noviembre, diciembre'),
    dob: (r, d, m, y, ms) => (chance(r, 0.5) ? `${d} de ${ms[m - 1]} de ${y}` : `${p2(d)}/${p2(m)}/${y}`),
  },
  'es-MX': {
    phones: ['55 #### ####', '+52 55 #### ####', '33 #### ####', '81########'],
    domains: L('gmail.com, hotmail.com, yahoo.com.mx, outlook.com, prodigy.net.mx'),
    streets: L('Av. Insurgentes Sur, calle Durango, Av. Revolución, calle Morelos, Av. Juárez, calle Hidalgo'),
    address: (r, s) =>
      `${s} ${int(r, 12, 1800)}, col. ${pick(r, [
        'Del Valle, 03100 CDMX',
        'Roma Norte, 06700 CDMX',
        'Centro, 44100 Guadalajara',
        'Obispado, 64060 Monterrey',
      ])}`,
    months: L('enero, febrero, marzo, abril, mayo, junio, julio, agosto, septiembre, octubre, noviembre, diciembre'),
    dob: (r, d, m, y, ms) => (chance(r, 0.5) ? `${d} de ${ms[m - 1]} de ${y}` : `${p2(d)}/${p2(m)}/${y}`),
  },
  'pt-BR': {
    phones: ['(11) 9####-####', '+55 21 9####-####', '(31) 9####-####', '11 9#### ####'],
    domains: L('gmail.com, hotmail.com, uol.com.br, bol.com.br, yahoo.com.br, outlook.com'),
    streets: L('Rua Augusta, Av. Paulista, Rua das Flores, Rua Sete de Setembro, Av. Brasil, Rua da Consolação'),
    address: (r, s) =>
      `${s}, ${int(r, 10, 2400)}, apto ${int(r, 11, 184)}, ${pick(r, [
        'São Paulo - SP, 01304-001',
        'Rio de Janeiro - RJ, 22041-001',
        'Belo Horizonte - MG, 30130-010',
        'Recife - PE, 50050-000',
      ])}`,
    months: L('janeiro, fevereiro, março, abril, maio, junho, julho, agosto, setembro, outubro, novembro, dezembro'),
    dob: (r, d, m, y, ms) => (chance(r, 0.5) ? `${d} de ${ms[m - 1]} de ${y}` : `${p2(d)}/${p2(m)}/${y}`),
  },
  'fr-FR': {
    phones: ['06 ## ## ## ##', '07 ## ## ## ##', '+33 6 ## ## ## ##', '01 ## ## ## ##'],
    domains: L('gmail.com, orange.fr, free.fr, laposte.net, hotmail.fr, sfr.fr'),
    streets: L(`rue des Lilas, avenue Jean Jaurès, rue de la République, boulevard Voltaire, impasse des Tilleuls,
        rue Victor Hugo`),
    address: (r, s) =>
      `${int(r, 1, 120)} ${s}, ${pick(r, [
        '69003 Lyon',
        '75011 Paris',
        '33000 Bordeaux',
        '31000 Toulouse',
        '44000 Nantes',
      ])}`,
    months: L('janvier, février, mars, avril, mai, juin, juillet, août, septembre, octobre, novembre, décembre'),
    dob: textual('', ''),
  },
  'de-DE': {
    phones: ['0151 ########', '0170 #######', '+49 160 ########', '030 #######', '0176/########'],
    domains: L('gmx.de, web.de, t-online.de, gmail.com, posteo.de, freenet.de'),
    streets: L('Lindenstraße, Hauptstraße, Bahnhofstraße, Am Mühlbach, Goethestraße, Schillerweg, Kastanienallee'),
    address: (r, s) =>
      `${s} ${int(r, 1, 140)}${pick(r, ['', '', 'a', 'b'])}, ${pick(r, [
        '50674 Köln',
        '10435 Berlin',
        '80331 München',
        '04109 Leipzig',
        '20095 Hamburg',
      ])}`,
    months: L('Januar, Februar, März, April, Mai, Juni, Juli, August, September, Oktober, November, Dezember'),
    dob: (r, d, m, y, ms) => (chance(r, 0.5) ? `${d}. ${ms[m - 1]} ${y}` : `${p2(d)}.${p2(m)}.${y}`),
  },
  'it-IT': {
    phones: ['3## ### ####', '+39 3## ### ####', '3## #######', '02 ########'],
    domains: L('libero.it, gmail.com, virgilio.it, hotmail.it, alice.it, tiscali.it'),
    streets: L('via Garibaldi, via Roma, corso Vittorio Emanuele, viale dei Mille, via Mazzini, piazza Dante'),
    address: (r, s) =>
      `${s} ${int(r, 1, 180)}, ${pick(r, [
        '10122 Torino',
        '20121 Milano',
        '40126 Bologna',
        '80134 Napoli',
        '90133 Palermo',
      ])}`,
    months: L(`gennaio, febbraio, marzo, aprile, maggio, giugno, luglio, agosto, settembre, ottobre, novembre,
        dicembre`),
    dob: textual('', ''),
  },
  'nl-NL': {
    phones: ['06-########', '06 ## ## ## ##', '+31 6 ########', '020-#######'],
    domains: L('gmail.com, ziggo.nl, kpnmail.nl, hotmail.com, outlook.com, xs4all.nl'),
    streets: L('Kerkstraat, Dorpsstraat, Molenweg, Stationsweg, Prinsengracht, Julianalaan, Beukenlaan'),
    address: (r, s) =>
      `${s} ${int(r, 1, 240)}, ${pick(r, [
        '3581 RB Utrecht',
        '1016 GV Amsterdam',
        '2513 AB Den Haag',
        '5611 EM Eindhoven',
        '9711 LM Groningen',
      ])}`,
    months: L('januari, februari, maart, april, mei, juni, juli, augustus, september, oktober, november, december'),
    dob: (r, d, m, y, ms) => (chance(r, 0.5) ? `${d} ${ms[m - 1]} ${y}` : `${p2(d)}-${p2(m)}-${y}`),
  },
  'pl-PL': {
    phones: ['5## ### ###', '+48 6## ### ###', '7## ### ###', '5########'],
    domains: L('wp.pl, onet.pl, o2.pl, gmail.com, interia.pl'),
    streets: L('ul. Słowackiego, ul. Długa, ul. Mickiewicza, al. Jerozolimskie, ul. Kościuszki, ul. Polna'),
    address: (r, s) =>
      `${s} ${int(r, 1, 90)}/${int(r, 1, 40)}, ${pick(r, [
        '31-159 Kraków',
        '00-697 Warszawa',
        '50-077 Wrocław',
        '80-831 Gdańsk',
        '61-814 Poznań',
      ])}`,
    months: L(`stycznia, lutego, marca, kwietnia, maja, czerwca, lipca, sierpnia, września, października, listopada,
        grudnia`),
    dob: (r, d, m, y, ms) => (chance(r, 0.5) ? `${d} ${ms[m - 1]} ${y}` : `${p2(d)}.${p2(m)}.${y}`),
  },
  'tr-TR': {
    phones: ['05## ### ## ##', '+90 5## ### ## ##', '05#########', '0216 ### ## ##'],
    domains: L('gmail.com, hotmail.com, yahoo.com, outlook.com, yandex.com'),
    streets: L(`Bağdat Cad., Atatürk Bulvarı, İstiklal Cad., Gül Sokak, Cumhuriyet Mah. Lale Sok.,
        Kıbrıs Şehitleri Cad.`),
    address: (r, s) =>
      `${s} No: ${int(r, 1, 220)} D: ${int(r, 1, 24)}, ${pick(r, [
        'Kadıköy/İstanbul',
        'Çankaya/Ankara',
        'Alsancak/İzmir',
        'Nilüfer/Bursa',
      ])}`,
    months: L('Ocak, Şubat, Mart, Nisan, Mayıs, Haziran, Temmuz, Ağustos, Eylül, Ekim, Kasım, Aralık'),
    dob: (r, d, m, y, ms) => (chance(r, 0.5) ? `${d} ${ms[m - 1]} ${y}` : `${p2(d)}.${p2(m)}.${y}`),
  },
  'id-ID': {
    phones: ['0812-####-####', '+62 812 #### ####', '0857########', '0813 #### ####'],
    domains: L('gmail.com, yahoo.co.id, yahoo.com, outlook.com, ymail.com'),
    streets: L('Jl. Kaliurang, Jl. Sudirman, Jl. Merdeka, Jl. Gatot Subroto, Jl. Diponegoro, Gg. Mawar'),
    address: (r, s) =>
      `${s} No. ${int(r, 1, 150)}, RT ${p2(int(r, 1, 12))}/RW ${p2(int(r, 1, 9))}, ${pick(r, [
        'Sleman, Yogyakarta',
        'Tebet, Jakarta Selatan',
        'Coblong, Bandung',
        'Denpasar Barat, Bali',
      ])}`,
    months: L('Januari, Februari, Maret, April, Mei, Juni, Juli, Agustus, September, Oktober, November, Desember'),
    dob: (r, d, m, y, ms) => (chance(r, 0.5) ? `${d} ${ms[m - 1]} ${y}` : `${p2(d)}-${p2(m)}-${y}`),
  },
  'vi-VN': {
    phones: ['09## ### ###', '+84 9## ### ###', '03########', '08# ### ####'],
    domains: L('gmail.com, yahoo.com, outlook.com, fpt.vn, hotmail.com'),
    streets: L('phố Trần Duy Hưng, đường Nguyễn Trãi, đường Lê Lợi, ngõ 42 Thái Hà, đường Võ Văn Tần, phố Huế'),
    address: (r, s) =>
      `số ${int(r, 2, 280)} ${s}, ${pick(r, [
        'Cầu Giấy, Hà Nội',
        'Đống Đa, Hà Nội',
        'Quận 3, TP.HCM',
        'Hải Châu, Đà Nẵng',
      ])}`,
    months: [],
    dob: (r, d, m, y) => (chance(r, 0.5) ? `${p2(d)}/${p2(m)}/${y}` : `${d} tháng ${m} năm ${y}`),
  },
  'sw-KE': {
    phones: ['07## ### ###', '+254 7## ######', '01## ######', '+254 7## ### ###'],
    domains: L('gmail.com, yahoo.com, outlook.com, hotmail.com'),
    streets: L('Riara Road, Ngong Road, Kindaruma Road, Moi Avenue, Argwings Kodhek Road, Thika Road'),
    address: (r, s) =>
      `Hse No. ${int(r, 1, 60)}, ${s}, ${pick(r, [
        'Kilimani, Nairobi',
        'South B, Nairobi',
        'Nyali, Mombasa',
        'Milimani, Kisumu',
      ])}`,
    months: L('Januari, Februari, Machi, Aprili, Mei, Juni, Julai, Agosti, Septemba, Oktoba, Novemba, Desemba'),
    dob: (r, d, m, y, ms) => (chance(r, 0.5) ? `${d} ${ms[m - 1]} ${y}` : `${p2(d)}/${p2(m)}/${y}`),
  },
};

export const LOCALES = Object.keys(LOCS);

export function valuesFor(locale: string, names: Names): Values {
  const loc = LOCS[locale];
  const g = (r: Rng) => fold(pick(r, names.given).split(' ')[0]);
  const f = (r: Rng) => fold(pick(r, names.family).split(' ').pop() ?? 'x');
  const handle = (r: Rng) => {
    const k = int(r, 0, 4);
    if (k === 0) return `${g(r)}.${f(r)}`;
    if (k === 1) return `${g(r)}${int(r, 70, 99)}`;
    if (k === 2) return `${g(r)}_${f(r)}`;
    if (k === 3) return `${g(r).slice(0, 1)}${f(r)}${int(r, 1, 30)}`;
    return names.nick.length ? `${fold(pick(r, names.nick))}${pick(r, ['_', '.', ''])}${int(r, 1, 2005)}` : g(r);
  };
  return {
    phone: (r) => digits(r, pick(r, loc.phones)),
    email: (r) => `${handle(r)}@${pick(r, loc.domains)}`,
    address: (r) => loc.address(r, pick(r, loc.streets)),
    username: (r) => `@${handle(r)}`,
    dob: (r) => loc.dob(r, int(r, 1, 28), int(r, 1, 12), int(r, 1948, 2012), loc.months),
  };
}
