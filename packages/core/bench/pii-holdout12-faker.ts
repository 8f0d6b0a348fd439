/**
 * Faker-like value providers for hold-out 12, written from memory of Python Faker's providers (no Faker package):
 * phone_number per locale (random digits in the locale's format strings, so many are not valid numbers),
 * free/company/safe email, credit_card_number per card type (Luhn-valid) and credit_card_full, iban per locale
 * (mod 97), en_US ssn, ipv4 / ipv4_private / ipv4 network / ipv6, names and street addresses per locale.
 * Every provider returns [value, fmt] so the bench can split results by Faker format.
 */
export type Rand = () => number;

export function sfc32(seed: number): Rand {
  let a = 0x9e3779b9;
  let b = 0x243f6a88;
  let c = 0xb7e15162;
  let d = seed >>> 0;
  const next = () => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
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
export const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
const LETTERS = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];
/** Faker's numerify/bothify: # any digit, % digit 1-9, ? upper-case letter. */
export const bothify = (r: Rand, f: string) =>
  f.replace(/[#%?]/g, (c) =>
    c === '#' ? String(int(r, 0, 9)) : c === '%' ? String(int(r, 1, 9)) : choose(r, LETTERS),
  );

export type Locale =
  | 'en_US'
  | 'en_GB'
  | 'en_IN'
  | 'de_DE'
  | 'fr_FR'
  | 'es_ES'
  | 'it_IT'
  | 'nl_NL'
  | 'pl_PL'
  | 'pt_BR'
  | 'ja_JP';
export const REGION: Record<Locale, string> = {
  en_US: 'US', en_GB: 'GB', en_IN: 'IN', de_DE: 'DE', fr_FR: 'FR', es_ES: 'ES',
  it_IT: 'IT', nl_NL: 'NL', pl_PL: 'PL', pt_BR: 'BR', ja_JP: 'JP',
}; // biome-ignore format: table
const US = ['###-###-####', '(###)###-####', '###.###.####', '##########', '+1-###-###-####', '001-###-###-####'];
const PHONE: Record<Locale, string[]> = {
  en_US: [...US, ...US.flatMap((f) => [`${f}x###`, `${f}x####`, `${f}x#####`])],
  en_GB: ['+44(0)##########', '+44(0)#### ######', '+44(0)#########', '+44(0)#### #####', '0##########', '0#########',
    '0#### ######', '0#### #####', '(0####) ######', '(0####) #####', '+44(0)## #### ####', '+44(0)### ### ####'],
  en_IN: ['+91 ##########', '+91 ### #######', '0##-########', '0####-######', '##########', '+91 #### ######'],
  de_DE: ['+49(0)##########', '+49(0)#### ######', '+49 (0) #### ######', '+49(0)#### #####', '0##########',
    '0#### ######', '0#### #####', '(0####) ######', '(0####) #####', '0#### #######'],
  fr_FR: ['+33 (0)% ## ## ## ##', '+33 % ## ## ## ##', '0%########', '0% ## ## ## ##', '+33 (0)%########'],
  es_ES: ['+34 9## ## ## ##', '+34 6## ## ## ##', '9## ## ## ##', '6## ## ## ##', '+34 9########', '+34 6########',
    '9########', '6########', '+34 7## ######'],
  it_IT: ['+39 0## ### ####', '+39 3## ### ####', '+39 0#########', '+39 3#########', '0## ### ####', '3## #######',
    '+39 3## #######'],
  nl_NL: ['0### ######', '0## #######', '+31(0)### ######', '+31(0)## #######', '(0###) ######', '(0##) #######',
    '0###-######', '0##-#######', '+31 6 ########', '06-########'],
  pl_PL: ['+48 ## ### ## ##', '+48 ### ### ###', '## ### ## ##', '### ### ###', '+48 #########', '#########'],
  pt_BR: ['+55 (0##) #### ####', '+55 0## #### ####', '(0##) #### ####', '0## #### ####', '+55 (0##) 9#### ####',
    '+55 ## 9#### ####', '(##) 9####-####', '0300 ### ####', '0800 ### ####', '+55 ## ####-####'],
  ja_JP: ['0#-####-####', '0##-###-####', '0###-##-####', '0####-#-####', '090-####-####', '080-####-####',
    '070-####-####'],
}; // biome-ignore format: table

export const phone = (r: Rand, l: Locale): [string, string] => {
  const f = choose(r, PHONE[l]);
  return [bothify(r, f), f];
};

type Names = { first: string[]; last: string[]; streets: string[]; cities: string[] };
const NAMES: Record<Locale, Names> = {
  en_US: { first: ['James', 'Jennifer', 'Michael', 'Ashley', 'Christopher', 'Brittany', 'Joshua', 'Kimberly', 'Tyler', 'Megan', 'Brandon', 'Heather', 'Justin', 'Amanda'],
    last: ['Smith', 'Johnson', 'Williams', 'Brown', 'Garcia', 'Miller', 'Rodriguez', 'Martinez', 'Hernandez', 'Nguyen', 'Thompson', 'Harris', 'Sanchez', 'Ramirez'],
    streets: ['Johnson', 'Reyes', 'Michael', 'Jennifer', 'Cook', 'Parker', 'Wilson', 'Moore'], cities: ['East Jennifer', 'Port Michael', 'Lake Ashley', 'New Tyler', 'South Amanda', 'Millerview'] },
  en_GB: { first: ['Oliver', 'Amelia', 'Harry', 'Jessica', 'George', 'Charlotte', 'Leigh', 'Kirsty', 'Gareth', 'Sian'],
    last: ['Jones', 'Taylor', 'Davies', 'Evans', 'Roberts', 'Walker', 'Wright', 'Hughes', 'Edwards', 'Green'],
    streets: ['Hughes', 'Evans', 'Green', 'Walker', 'Wright'], cities: ['Port Leigh', 'North Gareth', 'Lake Kirsty', 'Daviesmouth'] },
  en_IN: { first: ['Aarav', 'Diya', 'Vivaan', 'Ananya', 'Ishaan', 'Saanvi', 'Kabir', 'Meera'],
    last: ['Sharma', 'Patel', 'Reddy', 'Iyer', 'Gupta', 'Chaudhary', 'Nair', 'Bhatt'],
    streets: ['Sharma', 'Patel', 'Nair', 'Gupta'], cities: ['Bhopal', 'Nagpur', 'Surat', 'Indore'] },
  de_DE: { first: ['Hans-Jürgen', 'Ingrid', 'Klaus', 'Ursula', 'Dieter', 'Sabine', 'Jörg', 'Heike', 'Wolfgang', 'Gisela', 'Uwe', 'Brigitte'],
    last: ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Hoffmann', 'Schäfer', 'Koch', 'Bauer'],
    streets: ['Am Schloßpark', 'Bahnhofstr.', 'Lindenallee', 'Goethestraße', 'Am Kirchplatz', 'Kurt-Schumacher-Ring'], cities: ['Hagenow', 'Bad Mergentheim', 'Uelzen', 'Wittstock', 'Gelnhausen'] },
  fr_FR: { first: ['Marie', 'Jean', 'Nathalie', 'Philippe', 'Isabelle', 'Michel', 'Sylvie', 'Alain', 'Théophile', 'Agnès'],
    last: ['Martin', 'Bernard', 'Dubois', 'Lefèvre', 'Moreau', 'Laurent', 'Girard', 'Bonnet', 'Rousseau', 'Fontaine'],
    streets: ['rue de Lambert', 'boulevard Dupont', 'avenue Gilbert', 'chemin de Guillot', 'rue Marie Roux'], cities: ['Saint Valentine', 'Leblanc-sur-Mer', 'Guillotboeuf', 'Perrin'] },
  es_ES: { first: ['José', 'María', 'Antonio', 'Carmen', 'Manuel', 'Dolores', 'Francisco', 'Pilar', 'Rosario', 'Javier'],
    last: ['García', 'Fernández', 'González', 'Rodríguez', 'López', 'Martínez', 'Sánchez', 'Pérez', 'Gómez', 'Ruiz'],
    streets: ['Calle de José', 'Avenida de Carmen', 'Paseo Pilar', 'Cañada de Javier'], cities: ['Toledo', 'Cuenca', 'Lugo', 'Soria'] },
  it_IT: { first: ['Giuseppe', 'Francesca', 'Alessandro', 'Chiara', 'Lorenzo', 'Giulia', 'Matteo', 'Sara'],
    last: ['Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano', 'Colombo', 'Ricci'],
    streets: ['Via Giuseppe', 'Piazza Ricci', 'Viale Romano', 'Contrada Sara'], cities: ['Borgo Matteo', 'Settimo Giulia', 'San Lorenzo'] },
  nl_NL: { first: ['Daan', 'Emma', 'Sem', 'Tess', 'Lucas', 'Sanne', 'Bram', 'Fleur'],
    last: ['de Jong', 'Jansen', 'de Vries', 'van den Berg', 'van Dijk', 'Bakker', 'Visser', 'Smit'],
    streets: ['Daanstraat', 'Jansenweg', 'Visserlaan', 'Bakkerpad'], cities: ['Nieuwegein', 'Zuidhorn', 'Drachten', 'Oss'] },
  pl_PL: { first: ['Jakub', 'Zofia', 'Kacper', 'Małgorzata', 'Wojciech', 'Agnieszka'],
    last: ['Nowak', 'Kowalski', 'Wiśniewska', 'Wójcik', 'Kamiński', 'Lewandowska'],
    streets: ['ul. Polna', 'al. Lipowa', 'pl. Leśna'], cities: ['Radom', 'Płock', 'Gniezno'] },
  pt_BR: { first: ['João', 'Maria Eduarda', 'Pedro Henrique', 'Ana Clara', 'Gabriel', 'Letícia'],
    last: ['Silva', 'Souza', 'Oliveira', 'Costa', 'Pereira', 'Rodrigues'],
    streets: ['Rua Gabriel', 'Avenida Souza', 'Travessa Costa'], cities: ['Costa de Minas', 'Pereira do Sul', 'Silva'] },
  ja_JP: { first: ['Haruto', 'Yui', 'Sota', 'Aoi', 'Ren', 'Sakura'],
    last: ['Sato', 'Suzuki', 'Takahashi', 'Tanaka', 'Watanabe', 'Ito'],
    streets: ['Chuo', 'Minato', 'Shibuya'], cities: ['Tokyo', 'Osaka', 'Nagoya'] },
}; // biome-ignore format: table

export const person = (r: Rand, l: Locale): [string, string] => {
  const n = NAMES[l];
  if (l === 'en_US' && r() < 0.15)
    return [`${choose(r, n.first)} ${choose(r, LETTERS)}. ${choose(r, n.last)}`, 'first_mi_last'];
  if (r() < 0.1)
    return [`${choose(r, ['Mr.', 'Dr.', 'Mrs.', 'Ms.'])} ${choose(r, n.first)} ${choose(r, n.last)}`, 'prefix_name'];
  return [`${choose(r, n.first)} ${choose(r, n.last)}`, 'name'];
};
export const firstName = (r: Rand, l: Locale) => choose(r, NAMES[l].first);
export const city = (r: Rand, l: Locale) => choose(r, NAMES[l].cities);

/** Faker's street_address (one line) or address (multi-line, US: "street\ncity, ST 12345"). */
export const address = (r: Rand, l: Locale, multi: boolean): [string, string] => {
  const n = NAMES[l];
  let street: string;
  let tail: string;
  if (l === 'en_US' || l === 'en_GB' || l === 'en_IN') {
    const suf = choose(r, ['Street', 'Avenue', 'Road', 'Lane', 'Drive', 'Court', 'Ville', 'Mills', 'Spur']);
    street = `${bothify(r, choose(r, ['%##', '%###', '%####', '%#']))} ${choose(r, n.streets)} ${suf}`;
    if (r() < 0.3) street += ` ${bothify(r, choose(r, ['Apt. ###', 'Suite ###']))}`;
    tail =
      l === 'en_US'
        ? `${choose(r, n.cities)}, ${choose(r, ['CA', 'TX', 'NY', 'OH', 'WA', 'FL'])} ${bothify(r, '#####')}`
        : l === 'en_GB'
          ? `${choose(r, n.cities)}\n${bothify(r, choose(r, ['??# #??', '??## #??']))}`
          : `${choose(r, n.cities)} ${bothify(r, '######')}`;
  } else if (l === 'fr_FR' || l === 'es_ES' || l === 'it_IT' || l === 'pt_BR') {
    street = l === 'fr_FR' ? `${int(r, 1, 99)}, ${choose(r, n.streets)}` : `${choose(r, n.streets)} ${int(r, 1, 99)}`;
    tail = `${bothify(r, '#####')} ${choose(r, n.cities)}`;
  } else {
    street = `${choose(r, n.streets)} ${bothify(r, choose(r, ['%', '%#', '%#%']))}`;
    tail = `${bothify(r, l === 'nl_NL' ? '%### ??' : l === 'pl_PL' ? '##-###' : '#####')} ${choose(r, n.cities)}`;
  }
  return multi ? [`${street}\n${tail}`, 'address'] : [street, 'street_address'];
};

const ascii = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/ł/g, 'l')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();

/** Faker's user_name formats, then free_email / company_email / safe_email domains. */
export const email = (r: Rand, l: Locale): [string, string] => {
  const n = NAMES[l];
  const f = ascii(choose(r, n.first));
  const s = ascii(choose(r, n.last));
  const user = choose(r, [`${s}.${f}`, `${f}.${s}`, `${f}${bothify(r, '##')}`, `${f[0]}${s}`, `${f}${s}`]);
  const kind = choose(r, ['free_email', 'company_email', 'safe_email']);
  const free =
    l === 'de_DE'
      ? ['web.de', 'gmx.de', 'gmail.com']
      : l === 'fr_FR'
        ? ['orange.fr', 'laposte.net', 'free.fr']
        : ['gmail.com', 'yahoo.com', 'hotmail.com'];
  const domain =
    kind === 'free_email'
      ? choose(r, free)
      : kind === 'safe_email'
        ? `example.${choose(r, ['com', 'org', 'net'])}`
        : `${ascii(choose(r, n.last))}${r() < 0.4 ? `-${ascii(choose(r, n.last))}` : ''}.${choose(r, ['com', 'net', 'org', 'biz', 'info', l.slice(3).toLowerCase()])}`;
  return [`${user}@${domain}`, kind];
};

const CARDS: [string, string[], number, string][] = [
  ['VISA 16 digit', ['4'], 16, 'CVC'], ['VISA 13 digit', ['4'], 13, 'CVC'], ['VISA 19 digit', ['4'], 19, 'CVC'],
  ['Mastercard', ['51', '52', '53', '54', '55', '2221', '2720'], 16, 'CVV'], ['American Express', ['34', '37'], 15, 'CID'],
  ['Discover', ['6011', '65', '644'], 16, 'CVC'], ['Diners Club / Carte Blanche', ['300', '305', '36', '38'], 14, 'CVC'],
  ['JCB 15 digit', ['2131', '1800'], 15, 'CVC'], ['JCB 16 digit', ['35'], 16, 'CVC'],
  ['Maestro', ['5018', '5020', '5038', '56', '58', '6304', '6759', '6761'], 12, 'CVV'],
]; // biome-ignore format: table
const luhn = (body: string) => {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) d *= 2;
    sum += d > 9 ? d - 9 : d;
  }
  return String((10 - (sum % 10)) % 10);
};
/** credit_card_number: digits only, no separators. Returns [number, card type, provider label, security name]. */
export const card = (r: Rand) => {
  const [label, prefixes, len, sec] = choose(r, CARDS);
  let body = choose(r, prefixes);
  while (body.length < len - 1) body += String(int(r, 0, 9));
  return { number: body + luhn(body), fmt: label, sec, cvcLen: sec === 'CID' ? 4 : 3 };
};
export const expiry = (r: Rand) => `${String(int(r, 1, 12)).padStart(2, '0')}/${int(r, 26, 35)}`;

const IBAN: Partial<Record<Locale, [string, string]>> = {
  de_DE: ['DE', '##################'], en_GB: ['GB', '????##############'], fr_FR: ['FR', '#######################'],
  es_ES: ['ES', '####################'], it_IT: ['IT', '?######################'], nl_NL: ['NL', '????##########'],
  pl_PL: ['PL', '########################'], pt_BR: ['BR', '#######################?#'],
  en_US: ['GB', '????##############'], en_IN: ['GB', '????##############'], ja_JP: ['DE', '##################'],
}; // biome-ignore format: table
/** iban: country + mod-97 check digits + random BBAN in the locale's format, unspaced as Faker prints it. */
export const iban = (r: Rand, l: Locale): [string, string] => {
  const [cc, f] = IBAN[l] ?? ['DE', '##################'];
  const bban = bothify(r, f);
  const num = `${bban}${cc}00`.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let m = 0;
  for (const ch of num) m = (m * 10 + Number(ch)) % 97;
  return [`${cc}${String(98 - m).padStart(2, '0')}${bban}`, `iban_${cc}`];
};

export const ssn = (r: Rand): [string, string] => {
  let area = int(r, 1, 899);
  if (area === 666) area = 665;
  return [
    `${String(area).padStart(3, '0')}-${String(int(r, 1, 99)).padStart(2, '0')}-${String(int(r, 1, 9999)).padStart(4, '0')}`,
    'ssn',
  ];
};

export const ip = (r: Rand): [string, string] => {
  const k = choose(r, ['ipv4', 'ipv4', 'ipv4_private', 'ipv4_network', 'ipv6']);
  if (k === 'ipv6') {
    const g = Array.from({ length: 8 }, () => int(r, 0, 0xffff).toString(16));
    return [g.join(':'), k]; // Python's ipaddress drops leading zeros; a random address rarely has a run of zeros
  }
  const o = () => int(r, 0, 255);
  if (k === 'ipv4_private')
    return [choose(r, [`10.${o()}.${o()}.${o()}`, `172.${int(r, 16, 31)}.${o()}.${o()}`, `192.168.${o()}.${o()}`]), k];
  const a = `${int(r, 1, 223)}.${o()}.${o()}.${o()}`;
  return [k === 'ipv4_network' ? `${a.replace(/\.\d+$/, '.0')}/${int(r, 16, 30)}` : a, k];
};
