/**
 * Locales of hold-out 27, part B (Polish to Hindi romanized) and the full list LOCALES (Vietnamese also without
 * diacritics, "vi-nd").
 */
import { CYR, D, GREEK, L, LOCALES_A, type Locale, n, two } from './pii-holdout27-places.ts';
import { int, letters, pick } from './pii-holdout27-values.ts';

const LOCALES_B: Locale[] = [
  {
    id: 'pl',
    lang: 'pl',
    iso3: 'pol',
    region: 'PL',
    iban: 'PL',
    addr: (r) =>
      two(
        r,
        `ul. ${pick(r, ['Długa', 'Marszałkowska', 'Piotrkowska', 'Kwiatowa', 'Mickiewicza'])} ${n(r, 1, 150)}${pick(r, ['', `/${n(r, 1, 60)}`, ` m. ${n(r, 1, 40)}`])}`,
        pick(r, ['80-827 Gdańsk', '00-695 Warszawa', '90-001 Łódź', '31-042 Kraków', '50-010 Wrocław']),
      ),
    plate: (r) =>
      `${pick(r, ['WA', 'KR', 'GD', 'PO', 'WE'])} ${pick(r, [D(r, 5), `${D(r, 3)}${L(r, 2)}`, `${D(r, 1)}${L(r, 1)}${D(r, 3)}`])}`,
  },
  {
    id: 'cs',
    lang: 'cs',
    iso3: 'ces',
    region: 'CZ',
    iban: 'CZ',
    addr: (r) =>
      two(
        r,
        `${pick(r, ['Vinohradská', 'Masarykova', 'Husova', 'Na Příkopě', 'Lidická'])} ${n(r, 100, 2500)}/${n(r, 1, 90)}`,
        pick(r, ['120 00 Praha 2', '602 00 Brno', '370 01 České Budějovice', '301 00 Plzeň']),
      ),
    plate: (r) => `${n(r, 1, 9)}${pick(r, ['A', 'B', 'S', 'T', 'U'])}${L(r, 1)} ${D(r, 4)}`,
  },
  {
    id: 'ro',
    lang: 'ro',
    iso3: 'ron',
    region: 'RO',
    iban: 'RO',
    addr: (r) =>
      two(
        r,
        `${pick(r, ['Str. Memorandumului', 'Bd. Unirii', 'Calea Victoriei', 'Str. Republicii'])} nr. ${n(r, 1, 150)}${pick(r, ['', `, bl. A${n(r, 1, 9)}, ap. ${n(r, 1, 60)}`, `, sc. 2, et. ${n(r, 1, 10)}`])}`,
        pick(r, ['400114 Cluj-Napoca', 'Sector 3, București', '300011 Timișoara', '700028 Iași']),
      ),
    plate: (r) => pick(r, [`B ${D(r, 3)} ${L(r, 3)}`, `${pick(r, ['CJ', 'IS', 'TM', 'BV'])} ${D(r, 2)} ${L(r, 3)}`]),
  },
  {
    id: 'el',
    lang: 'el',
    iso3: 'ell',
    region: 'GR',
    iban: 'GR',
    addr: (r) =>
      two(
        r,
        `${pick(r, ['Οδός Ερμού', 'Λεωφ. Κηφισίας', 'Πατησίων', 'Εγνατίας'])} ${n(r, 1, 300)}${pick(r, ['', `, ${n(r, 1, 6)}ος όροφος`])}`,
        pick(r, ['105 63 Αθήνα', '546 22 Θεσσαλονίκη', '262 21 Πάτρα', '712 02 Ηράκλειο']),
      ),
    plate: (r) => `${letters(r, 3, GREEK)}-${D(r, 4)}`,
  },
  {
    id: 'uk',
    lang: 'uk',
    iso3: 'ukr',
    region: 'UA',
    iban: 'UA',
    addr: (r) =>
      two(
        r,
        `вул. ${pick(r, ['Хрещатик', 'Шевченка', 'Січових Стрільців', 'Городоцька'])}, ${n(r, 1, 120)}${pick(r, ['', `, кв. ${n(r, 1, 90)}`])}`,
        pick(r, ['Київ, 01001', 'м. Львів, 79000', 'Харків 61002', 'Одеса, 65000']),
      ),
    plate: (r) => `${pick(r, ['АА', 'ВС', 'КА', 'ВН', 'АХ'])} ${D(r, 4)} ${letters(r, 2, CYR)}`,
  },
  {
    id: 'ru',
    lang: 'ru',
    iso3: 'rus',
    region: 'RU',
    iban: '',
    addr: (r) =>
      two(
        r,
        `ул. ${pick(r, ['Ленина', 'Садовая', 'Профсоюзная', 'Гагарина'])}, д. ${n(r, 1, 120)}${pick(r, ['', `, кв. ${n(r, 1, 200)}`, `, корп. 2, кв. ${n(r, 1, 99)}`])}`,
        pick(r, ['Москва, 117342', 'г. Санкт-Петербург, 191025', 'Казань 420111', 'Новосибирск, 630099']),
      ),
    plate: (r) => `${letters(r, 1, CYR)}${D(r, 3)}${letters(r, 2, CYR)} ${pick(r, ['77', '199', '78', '116', '54'])}`,
  },
  {
    id: 'tr',
    lang: 'tr',
    iso3: 'tur',
    region: 'TR',
    iban: 'TR',
    addr: (r) =>
      two(
        r,
        `${pick(r, ['Atatürk Cad.', 'Bağdat Caddesi', 'Gül Sokak', 'Cumhuriyet Mah. 1203. Sok.'])} No: ${n(r, 1, 250)}${pick(r, ['', ` Daire: ${n(r, 1, 30)}`, ` Kat: ${n(r, 1, 9)}`])}`,
        pick(r, ['34710 Kadıköy/İstanbul', 'Çankaya/Ankara', '35220 Konak/İzmir', 'Nilüfer, Bursa']),
      ),
    plate: (r) => `${pick(r, ['34', '06', '35', '16', '07'])} ${L(r, int(r, 1, 3))} ${D(r, int(r, 2, 4))}`,
  },
  {
    id: 'id',
    lang: 'id',
    iso3: 'ind',
    region: 'ID',
    iban: '',
    addr: (r) =>
      two(
        r,
        `Jl. ${pick(r, ['Melati', 'Sudirman', 'Gatot Subroto', 'Kebon Jeruk Raya'])} No. ${n(r, 1, 150)}${pick(r, ['', `, RT 0${n(r, 1, 9)}/RW 0${n(r, 1, 9)}`, ' Blok C-4'])}`,
        pick(r, [
          'Kebayoran Baru, Jakarta Selatan 12130',
          'Coblong, Bandung 40132',
          'Surabaya 60241',
          'Denpasar, Bali',
        ]),
      ),
    plate: (r) => `${pick(r, ['B', 'D', 'L', 'AB', 'DK'])} ${D(r, 4)} ${L(r, int(r, 2, 3))}`,
  },
  {
    id: 'ms',
    lang: 'ms',
    iso3: 'zlm',
    region: 'MY',
    iban: '',
    addr: (r) =>
      two(
        r,
        `${pick(r, ['No. ', 'Lot ', 'A-12-'])}${n(r, 1, 90)}, ${pick(r, ['Jalan SS 2/24', 'Jalan Ampang', 'Lorong Maarof', 'Jalan Tun Razak'])}`,
        pick(r, [
          '47300 Petaling Jaya, Selangor',
          '50450 Kuala Lumpur',
          '10200 George Town, Pulau Pinang',
          '80000 Johor Bahru',
        ]),
      ),
    plate: (r) => `${pick(r, ['W', 'B', 'J', 'P', 'V'])}${L(r, 2)} ${n(r, 1, 9999)}`,
  },
  {
    id: 'vi',
    lang: 'vi',
    iso3: 'vie',
    region: 'VN',
    iban: '',
    addr: (r) =>
      two(
        r,
        `${pick(r, ['Số ', 'số nhà ', ''])}${n(r, 1, 200)} ${pick(r, ['ngõ 60 phố Huế', 'đường Nguyễn Trãi', 'hẻm 45 Lê Văn Sỹ', 'đường Trần Hưng Đạo'])}`,
        pick(r, [
          'quận Hai Bà Trưng, Hà Nội',
          'Phường 13, Quận 3, TP. Hồ Chí Minh',
          'quận Hải Châu, Đà Nẵng',
          'Thanh Xuân, Hà Nội',
        ]),
      ),
    plate: (r) => `${pick(r, ['30', '29', '51', '43', '59'])}${L(r, 1)}-${D(r, 3)}.${D(r, 2)}`,
  },
  {
    id: 'sw',
    lang: 'sw',
    iso3: 'swh',
    region: 'KE',
    iban: '',
    addr: (r) =>
      two(
        r,
        `${pick(r, ['Nyumba Na. ', 'Apartment ', 'House No. '])}${n(r, 1, 60)}${pick(r, ['B', '', 'A'])}, ${pick(r, ['Ngong Road', 'Moi Avenue', 'Riverside Drive', 'Barabara ya Kenyatta'])}`,
        pick(r, ['Kilimani, Nairobi', 'Nyali, Mombasa', 'Kisumu', 'S.L.P. 4521-00100 Nairobi']),
      ),
    plate: (r) => `K${L(r, 2)} ${D(r, 3)}${L(r, 1)}`,
  },
  {
    id: 'tl',
    lang: 'tl',
    iso3: 'tgl',
    region: 'PH',
    iban: '',
    addr: (r) =>
      two(
        r,
        `${pick(r, ['Blk 4 Lot 19, ', '', 'Unit 2C, '])}${n(r, 10, 900)} ${pick(r, ['Kalye Mabini', 'P. Burgos St.', 'Luna Street', 'Sampaguita St.'])}, Brgy. ${pick(r, ['Malinis', 'San Roque', 'Poblacion'])}`,
        pick(r, ['Pasig City', 'Lungsod ng Quezon 1105', 'Taguig 1630', 'Calamba, Laguna']),
      ),
    plate: (r) => `${L(r, 3)} ${D(r, pick(r, [3, 4]))}`,
  },
  {
    id: 'th-rom',
    lang: 'th',
    iso3: 'tha',
    region: 'TH',
    iban: '',
    addr: (r) =>
      two(
        r,
        `${n(r, 1, 300)}/${n(r, 1, 90)} Soi ${pick(r, ['Sukhumvit 31', 'Ari 4', 'Lat Phrao 15', 'Ramkhamhaeng 24'])}`,
        pick(r, [
          'Khlong Toei Nuea, Watthana, Bangkok 10110',
          'Samsen Nai, Phaya Thai, Bangkok 10400',
          'Mueang, Chiang Mai 50200',
        ]),
      ),
    plate: (r) => `${n(r, 1, 9)}${pick(r, ['กข', 'ขค', 'ฆท', 'ชพ'])} ${D(r, 4)}`,
  },
  {
    id: 'hi-rom',
    lang: 'hi',
    iso3: 'hin',
    region: 'IN',
    iban: '',
    addr: (r) =>
      two(
        r,
        `${pick(r, ['Makan No. ', 'H.No. ', 'Flat '])}${n(r, 1, 400)}, ${pick(r, ['Gali No. 4, Lajpat Nagar', 'Shastri Nagar', 'Sector 21-B', 'Civil Lines'])}`,
        pick(r, ['New Delhi 110024', 'Jaipur, Rajasthan 302016', 'Lucknow 226001', 'Bhopal 462003']),
      ),
    plate: (r) => `${pick(r, ['DL', 'RJ', 'UP', 'MP'])} ${n(r, 1, 14)} ${pick(r, ['C', 'S', 'AB', 'CA'])} ${D(r, 4)}`,
  },
];
export const LOCALES: Locale[] = [...LOCALES_A, ...LOCALES_B];
const vi = LOCALES.find((l) => l.id === 'vi') as Locale;
LOCALES.push({ ...vi, id: 'vi-nd' });
