/** Hold-out 41 locales: names (plain, nicknames, word-names), street addresses, e-mail domains, birth-date styles. */
import type { Rng } from './pii-holdout41-values.ts';

export type Locale = {
  id: string;
  lang: string;
  lang3: string;
  phone: string;
  ibans: readonly string[];
  domains: readonly string[];
  first: readonly string[];
  last: readonly string[];
  nick: readonly string[];
  word: readonly string[];
  addr: (r: Rng) => string;
  /** Day-month order: 'dmy' or 'mdy'; numeric separator. */
  order: 'dmy' | 'mdy';
  sep: string;
  cur: (r: Rng) => string;
};

const MONTHS: Record<string, string[]> = {
  en: 'January February March April May June July August September October November December'.split(' '),
  es: 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'.split(' '),
  pt: 'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro'.split(' '),
  fr: 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split(' '),
  de: 'Januar Februar März April Mai Juni Juli August September Oktober November Dezember'.split(' '),
  it: 'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre'.split(' '),
  nl: 'januari februari maart april mei juni juli augustus september oktober november december'.split(' '),
  pl: 'stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia'.split(' '),
  tr: 'Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık'.split(' '),
  id: 'Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember'.split(' '),
};

/** A birth date in the locale's numeric or written style. */
export function dob(r: Rng, L: Locale): string {
  const y = r.int(1952, 2011);
  const m = r.int(1, 12);
  const day = r.int(1, 28);
  const p2 = (n: number) => String(n).padStart(2, '0');
  const months = MONTHS[L.lang] ?? MONTHS.en;
  if (r.chance(0.55)) {
    const dd = r.chance(0.7) ? p2(day) : String(day);
    const mm = r.chance(0.7) ? p2(m) : String(m);
    const yy = r.chance(0.85) ? String(y) : p2(y % 100);
    if (r.chance(0.1)) return `${y}-${p2(m)}-${p2(day)}`;
    return L.order === 'mdy' ? `${mm}${L.sep}${dd}${L.sep}${yy}` : `${dd}${L.sep}${mm}${L.sep}${yy}`;
  }
  const mon = months[m - 1];
  switch (L.lang) {
    case 'en':
    case 'tl':
    case 'sw':
    case 'ar':
      return L.order === 'mdy' || L.lang === 'tl'
        ? `${mon} ${day}, ${y}`
        : r.pick([
            `${day} ${mon} ${y}`,
            `${day}${day === 1 || day === 21 ? 'st' : day === 2 || day === 22 ? 'nd' : day === 3 || day === 23 ? 'rd' : 'th'} ${mon} ${y}`,
          ]);
    case 'es':
    case 'pt':
      return `${day} de ${mon} de ${y}`;
    case 'de':
      return `${day}. ${mon} ${y}`;
    default:
      return `${day} ${mon} ${y}`;
  }
}

export const money =
  (sym: string, after = false, dec = ',') =>
  (r: Rng) => {
    const n = `${r.int(5, 480)}${r.chance(0.5) ? `${dec}${r.pick(['50', '00', '25', '99', '75'])}` : ''}`;
    return after ? `${n} ${sym}` : `${sym}${n}`;
  };

export const A = (s: string) => s.split(' ').map((w) => w.replace(/_/g, ' '));

export const LOCALES_A: Locale[] = [
  {
    id: 'en-US',
    lang: 'en',
    lang3: 'eng',
    phone: 'US',
    ibans: ['DE', 'GB'],
    order: 'mdy',
    sep: '/',
    domains: ['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', 'aol.com'],
    first: A('Jessica Tyler Brandon Ashley Kayla Marcus Megan Austin Brittany Cody Lauren Darnell Chelsea Travis'),
    last: A('Johnson Miller Davis Garcia Rodriguez Wilson Anderson Thompson Martinez Robinson Walker Young'),
    nick: A('Jess Ty Bran Ash Kay Meg Cody Laur Trav Mickey Bobby Liz Kat'),
    word: A('Hope Will Faith Grace Joy Rose Mark Bill Dawn Summer Chase Hunter Chance Autumn'),
    addr: (r) =>
      `${r.int(100, 9800)} ${r.pick(A('Maple Oak Cedar Elm Pine Lakeview Sunset Highland Washington'))} ${r.pick(['Ave', 'St', 'Drive', 'Blvd', 'Lane'])}${r.chance(0.4) ? `, Apt ${r.int(1, 9)}${r.pick(['A', 'B', 'C'])}` : ''}${r.chance(0.7) ? `, ${r.pick(['Austin, TX 78704', 'Denver, CO 80205', 'Columbus, OH 43215', 'Portland, OR 97214', 'Queens, NY 11375'])}` : ''}`,
    cur: money('$', false, '.'),
  },
  {
    id: 'en-GB',
    lang: 'en',
    lang3: 'eng',
    phone: 'GB',
    ibans: ['GB', 'GB', 'IE'],
    order: 'dmy',
    sep: '/',
    domains: ['gmail.com', 'hotmail.co.uk', 'btinternet.com', 'yahoo.co.uk', 'outlook.com'],
    first: A('Oliver Charlotte Harry Amelia George Isla Callum Niamh Rhys Freya Alfie Poppy Kieran Imogen'),
    last: A('Smith Jones Taylor Brown Evans Wright Hughes Edwards Clarke Patel Harrison Turner Hall'),
    nick: A('Ollie Charlie Haz Millie Georgie Cal Rhysy Fliss Alf Pops Kez Immy Tom'),
    word: A('Hope Will Faith Grace Joy Rose Holly Robin Dawn Pat Frank Ivy Heather'),
    addr: (r) =>
      `${r.chance(0.3) ? `Flat ${r.int(1, 12)}, ` : ''}${r.int(1, 180)} ${r.pick(A('Hillside Station Church Victoria Park Mill Albert Queens'))} ${r.pick(['Road', 'Street', 'Lane', 'Avenue', 'Close', 'Crescent'])}${r.chance(0.75) ? `, ${r.pick(['Leeds LS6 2AB', 'Manchester M14 5RT', 'Bristol BS3 4QP', 'London SE15 3XR', 'Glasgow G12 8QQ', 'Cardiff CF24 4HQ'])}` : ''}`,
    cur: money('£', false, '.'),
  },
  {
    id: 'en-IN',
    lang: 'en',
    lang3: 'eng',
    phone: 'IN',
    ibans: ['GB', 'DE'],
    order: 'dmy',
    sep: '/',
    domains: ['gmail.com', 'yahoo.co.in', 'rediffmail.com', 'outlook.com'],
    first: A('Rahul Priya Ankit Sneha Vikram Pooja Arjun Divya Rohan Kavya Siddharth Neha Aditya Meera'),
    last: A('Sharma Verma Iyer Reddy Nair Gupta Patel Menon Kulkarni Chatterjee Singh Rao Joshi'),
    nick: A('Rahu Priyu Anku Vicky Poo Arju Divs Ro Kavs Sid Nehu Adi Bunty'),
    word: A('Sunny Pinky Happy Lucky Asha Chanda Jyoti Kiran Deepa Roshni'),
    addr: (r) =>
      `${r.pick(['Flat', 'House No.', '#'])} ${r.int(11, 904)}, ${r.pick(A('Sai Shanti Green Lotus Krishna'))} ${r.pick(['Residency', 'Apartments', 'Enclave'])}, ${r.pick(['1st', '2nd', '3rd', '4th', '5th', '8th', '11th', '12th', '14th', '17th'])} Cross Road, ${r.pick(['Indiranagar, Bengaluru 560038', 'Andheri West, Mumbai 400053', 'Koramangala, Bengaluru 560034', 'Salt Lake, Kolkata 700091', 'Anna Nagar, Chennai 600040'])}`,
    cur: money('₹', false, '.'),
  },
  {
    id: 'en-NG',
    lang: 'en',
    lang3: 'eng',
    phone: 'NG',
    ibans: ['GB'],
    order: 'dmy',
    sep: '/',
    domains: ['gmail.com', 'yahoo.com', 'yahoo.co.uk', 'hotmail.com'],
    first: A('Chinedu Ngozi Emeka Funke Tunde Adaeze Segun Kemi Obinna Yetunde Ifeanyi Bisi Chioma Femi'),
    last: A('Okafor Adeyemi Okonkwo Balogun Eze Nwosu Adebayo Ogunleye Uche Ibrahim Obi Afolabi Bello'),
    nick: A('Chi Nedu Ngo Emy Tee Ada Shegz Kems Obi Yeye Iffy Bisola Femz'),
    word: A('Blessing Precious Godswill Goodluck Favour Peace Patience Mercy Gift Promise Victory Comfort'),
    addr: (r) =>
      `${r.int(2, 88)} ${r.pick(A('Adeola Awolowo Allen Bode Herbert Ogunlana Admiralty'))} ${r.pick(['Street', 'Road', 'Way', 'Avenue', 'Crescent'])}, ${r.pick(['Victoria Island, Lagos', 'Ikeja, Lagos', 'Surulere, Lagos', 'Wuse 2, Abuja', 'GRA, Port Harcourt'])}`,
    cur: money('₦', false, '.'),
  },
  {
    id: 'en-ZA',
    lang: 'en',
    lang3: 'eng',
    phone: 'ZA',
    ibans: ['GB', 'NL'],
    order: 'dmy',
    sep: '/',
    domains: ['gmail.com', 'webmail.co.za', 'mweb.co.za', 'outlook.com'],
    first: A('Thabo Lerato Sipho Naledi Johan Annelie Mandla Zanele Pieter Thandiwe Kagiso Refilwe Ruan Busi'),
    last: A('Nkosi Dlamini van_der_Merwe Botha Mokoena Naidoo Khumalo Pretorius Molefe Ndlovu Jacobs'),
    nick: A('Tebza Lee Sips Nal Jo Anna Mandz Zee Piet Thandi Kags Ref Busi'),
    word: A('Lucky Gift Precious Blessing Beauty Innocent Patience Prince Lovely Hope Given'),
    addr: (r) =>
      `${r.int(3, 140)} ${r.pick(A('Long Loop Bree Jan Smuts Rivonia Main Kloof'))} ${r.pick(['Street', 'Road', 'Avenue', 'Drive'])}, ${r.pick(['Gardens, Cape Town 8001', 'Sandton 2196', 'Observatory, Cape Town 7925', 'Hatfield, Pretoria 0083', 'Umhlanga 4319'])}`,
    cur: money('R', false, '.'),
  },
  {
    id: 'en-AU',
    lang: 'en',
    lang3: 'eng',
    phone: 'AU',
    ibans: ['GB'],
    order: 'dmy',
    sep: '/',
    domains: ['gmail.com', 'bigpond.com', 'outlook.com', 'icloud.com'],
    first: A('Lachlan Chloe Mitchell Tahlia Brodie Jaxon Sienna Riley Harrison Matilda Bailey Kirra Lockie'),
    last: A('Smith Nguyen Wilson Kelly Murphy Ryan O’Connor Campbell Stewart Tran Mitchell Burke'),
    nick: A('Lachie Chlo Mitch Tahl Brodes Jax Si Rils Hazza Tilly Bails Azza Davo'),
    word: A('Hope Will Grace Joy Rose Summer Storm Bailey Jasper Ruby Skye'),
    addr: (r) =>
      `${r.chance(0.3) ? `Unit ${r.int(1, 20)}/` : ''}${r.int(2, 300)} ${r.pick(A('Wattle Bondi Glebe Point Brunswick Chapel Oxford Beach'))} ${r.pick(['Street', 'Road', 'Parade', 'Avenue', 'Tce'])}${r.chance(0.75) ? `, ${r.pick(['Newtown NSW 2042', 'Fitzroy VIC 3065', 'New Farm QLD 4005', 'Fremantle WA 6160'])}` : ''}`,
    cur: money('$', false, '.'),
  },
  {
    id: 'es-ES',
    lang: 'es',
    lang3: 'spa',
    phone: 'ES',
    ibans: ['ES'],
    order: 'dmy',
    sep: '/',
    domains: ['gmail.com', 'hotmail.es', 'yahoo.es', 'outlook.es', 'telefonica.net'],
    first: A('Lucía Javier Marta Álvaro Carmen Sergio Nerea Iker Paula Raúl Elena Adrián Irene Jorge'),
    last: A('García Fernández López Martínez Sánchez Pérez Gómez Ruiz Díaz Moreno Álvarez Romero Navarro'),
    nick: A('Lu Javi Martita Alvarito Mamen Sergi Nere Pau Rauli Ele Adri Jorgito Pepe'),
    word: A('Paz Luz Sol Rosa Flor Pilar Consuelo Amparo Dolores Blanca Rocío Victoria'),
    addr: (r) =>
      `${r.pick(['Calle', 'C/', 'Avenida', 'Paseo'])} ${r.pick(['de Alcalá', 'Mayor', 'del Prado', 'de la Castellana', 'Gran Vía', 'de Sants', 'Colón'])} ${r.int(2, 180)}${r.chance(0.6) ? `, ${r.int(1, 8)}º ${r.pick(['A', 'B', 'izq.', 'dcha.'])}` : ''}${r.chance(0.7) ? `, ${r.pick(['28014 Madrid', '08014 Barcelona', '46002 Valencia', '41001 Sevilla', '48001 Bilbao'])}` : ''}`,
    cur: money('€', true),
  },
  {
    id: 'es-MX',
    lang: 'es',
    lang3: 'spa',
    phone: 'MX',
    ibans: ['ES'],
    order: 'dmy',
    sep: '/',
    domains: ['gmail.com', 'hotmail.com', 'yahoo.com.mx', 'outlook.com', 'prodigy.net.mx'],
    first: A('Guadalupe José Fernanda Alejandro Ximena Diego Valeria Emiliano Daniela Luis Regina Santiago Itzel'),
    last: A('Hernández González Ramírez Flores Torres Cruz Morales Reyes Jiménez Ortiz Vargas Mendoza Castillo'),
    nick: A('Lupita Pepe Fer Alex Xime Dieguito Vale Emi Dani Lucho Regi Santi Chuy'),
    word: A('Paz Luz Sol Rosa Flor Pilar Consuelo Esperanza Socorro Dulce Azucena Jesús'),
    addr: (r) =>
      `${r.pick(['Av. Insurgentes Sur', 'Calle Durango', 'Av. Revolución', 'Calle Tonalá', 'Av. Chapultepec'])} ${r.int(12, 1800)}${r.chance(0.5) ? `, int. ${r.int(1, 30)}` : ''}, ${r.pick(['Col. Roma Norte, 06700 CDMX', 'Col. Del Valle, 03100 CDMX', 'Col. Americana, 44160 Guadalajara', 'Col. Condesa, 06140 CDMX'])}`,
    cur: money('$', false, '.'),
  },
  {
    id: 'es-AR',
    lang: 'es',
    lang3: 'spa',
    phone: 'AR',
    ibans: ['ES'],
    order: 'dmy',
    sep: '/',
    domains: ['gmail.com', 'hotmail.com', 'yahoo.com.ar', 'fibertel.com.ar'],
    first: A('Sofía Matías Camila Facundo Agustina Nicolás Florencia Tomás Julieta Gonzalo Milagros Lautaro'),
    last: A('González Rodríguez Fernández López Gómez Díaz Pereyra Sosa Romero Álvarez Acosta Benítez'),
    nick: A('Sofi Mati Cami Facu Agus Nico Flor Tomi Juli Gonza Mili Lauti Pato'),
    word: A('Paz Luz Sol Rosa Pilar Milagros Victoria Ángeles Belén Soledad Celeste'),
    addr: (r) =>
      `${r.pick(['Av. Corrientes', 'Av. Santa Fe', 'Thames', 'Gurruchaga', 'Av. Rivadavia', 'Honduras'])} ${r.int(100, 5800)}${r.chance(0.6) ? `, piso ${r.int(1, 12)} ${r.pick(['A', 'B', 'C'])}` : ''}${r.chance(0.6) ? `, ${r.pick(['Palermo, CABA', 'C1414 CABA', 'Villa Crespo, CABA', 'Rosario'])}` : ''}`,
    cur: money('$', false, ','),
  },
];
