// Hold-out 32 people: names, e-mail addresses and postal addresses per language, and the value makers.
import { card, choose, dni, iban, int, ip, nino, phone, type Rand, ssn, type Val } from './pii-holdout32-values.ts';

const NAMES: Record<string, [string[], string[]]> = {
  en: [
    [
      'Megan',
      'Tyler',
      'Harriet',
      'Darnell',
      'Siobhan',
      'Connor',
      'Priya',
      'Wesley',
      'Maxine',
      'Rupert',
      'Keisha',
      'Gareth',
    ],
    [
      'Whitfield',
      'Okafor',
      'Brennan',
      'Holloway',
      'Castellano',
      'Pritchard',
      'Nakamura',
      'Ashworth',
      'Delgado',
      'Fairbanks',
    ],
  ],
  de: [
    ['Jürgen', 'Anke', 'Matthias', 'Sabine', 'Lukas', 'Franziska', 'Dieter', 'Henrike'],
    ['Schröder', 'Hoffmann', 'Weißenborn', 'Kowalczyk', 'Brandt', 'Lehmann', 'Vogt', 'Zimmermann'],
  ],
  fr: [
    ['Amélie', 'Thibault', 'Margaux', 'Grégoire', 'Solène', 'Baptiste', 'Océane', 'Yannick'],
    ['Lefèvre', 'Garnier', 'Rousseau', 'Benhamou', 'Chevalier', 'Marchand', 'Perrin', 'Fontaine'],
  ],
  es: [
    ['Alejandro', 'Lucía', 'Iñaki', 'Rocío', 'Gonzalo', 'Nerea', 'Álvaro', 'Itziar'],
    ['Fernández', 'Ruiz', 'Etxeberria', 'Castillo', 'Moreno', 'Sáez', 'Ibáñez', 'Navarro'],
  ],
  it: [
    ['Giacomo', 'Chiara', 'Lorenzo', 'Federica', 'Salvatore', 'Ilaria', 'Matteo', 'Beatrice'],
    ['Esposito', 'Colombo', 'Ferrara', 'Santoro', 'Bianchi', 'Gallo', 'Marchetti', 'Rinaldi'],
  ],
  pt: [
    ['João', 'Inês', 'Rodrigo', 'Beatriz', 'Tiago', 'Mariana', 'Gonçalo', 'Leonor'],
    ['Carvalho', 'Rodrigues', 'Magalhães', 'Sousa', 'Figueiredo', 'Pereira', 'Almeida', 'Teixeira'],
  ],
  nl: [
    ['Sanne', 'Joost', 'Femke', 'Bram', 'Lotte', 'Maarten', 'Ilse', 'Ruben'],
    ['de Vries', 'Jansen', 'van Dijk', 'Bakker', 'Visser', 'Smit', 'van den Berg', 'Mulder'],
  ],
  pl: [
    ['Agnieszka', 'Krzysztof', 'Małgorzata', 'Paweł', 'Zofia', 'Tomasz', 'Katarzyna', 'Łukasz'],
    ['Wiśniewska', 'Kowalczyk', 'Zieliński', 'Szymańska', 'Wójcik', 'Lewandowski', 'Dąbrowska', 'Grabowski'],
  ],
  sv: [
    ['Linnea', 'Björn', 'Astrid', 'Oskar', 'Ebba', 'Gustav', 'Maja', 'Henrik'],
    ['Lindqvist', 'Andersson', 'Bergström', 'Nyström', 'Johansson', 'Sjöberg', 'Lundgren', 'Holm'],
  ],
  tr: [
    ['Elif', 'Mehmet', 'Zeynep', 'Burak', 'Ayşe', 'Emre', 'Gülşen', 'Oğuz'],
    ['Yılmaz', 'Demir', 'Şahin', 'Çelik', 'Aydın', 'Öztürk', 'Kılıç', 'Arslan'],
  ],
};
export function person(r: Rand, lang: string): Val {
  const [f, l] = NAMES[lang];
  const groups = [choose(r, f), choose(r, l)];
  return { type: 'PERSON', lang, text: groups.join(' '), groups, sep: ' ' };
}

const ADDR: Record<string, (r: Rand) => [string, string]> = {
  en: (r) =>
    r() < 0.5
      ? [
          `${int(r, 2, 980)} ${choose(r, ['Maple Avenue', 'Hillcrest Drive', 'Oak Street', 'Lakeview Road', 'Pine Court'])}`,
          `${choose(r, ['Springfield, IL 62704', 'Austin, TX 78704', 'Portland, OR 97214', 'Columbus, OH 43215'])}`,
        ]
      : [
          `${int(r, 2, 180)} ${choose(r, ['Station Road', 'Church Lane', 'Victoria Street', 'Mill Close', 'Granby Terrace'])}`,
          `${choose(r, ['Leeds LS6 2AB', 'Bristol BS7 8NT', 'Norwich NR2 4PD', 'Cardiff CF24 3AA'])}`,
        ],
  de: (r) => [
    `${choose(r, ['Lindenstraße', 'Bahnhofstr.', 'Am Mühlbach', 'Goethestraße', 'Hauptstraße'])} ${int(r, 1, 140)}`,
    choose(r, ['10115 Berlin', '50667 Köln', '80331 München', '04109 Leipzig', '28195 Bremen']),
  ],
  fr: (r) => [
    `${int(r, 1, 120)} ${choose(r, ['rue des Lilas', 'avenue Jean Jaurès', 'boulevard Voltaire', 'rue de la République'])}`,
    choose(r, ['69003 Lyon', '75011 Paris', '31000 Toulouse', '44000 Nantes', '13006 Marseille']),
  ],
  es: (r) => [
    `${choose(r, ['Calle Mayor', 'Avenida de América', 'Calle de Alcalá', 'Paseo de Gracia'])} ${int(r, 1, 200)}, ${int(r, 1, 8)}º ${choose(r, ['A', 'B', 'C', 'izq.'])}`,
    choose(r, ['28013 Madrid', '08007 Barcelona', '46002 Valencia', '41004 Sevilla']),
  ],
  it: (r) => [
    `${choose(r, ['Via Roma', 'Corso Vittorio Emanuele', 'Via Garibaldi', 'Viale dei Mille'])} ${int(r, 1, 180)}`,
    choose(r, ['20121 Milano', '00185 Roma', '10123 Torino', '50123 Firenze', '80134 Napoli']),
  ],
  pt: (r) => [
    `${choose(r, ['Rua das Flores', 'Avenida da Liberdade', 'Rua de Santa Catarina', 'Travessa do Carmo'])} ${int(r, 1, 250)}`,
    choose(r, ['4050-262 Porto', '1250-096 Lisboa', '3000-150 Coimbra', '4700-321 Braga']),
  ],
  nl: (r) => [
    `${choose(r, ['Keizersgracht', 'Dorpsstraat', 'Oudegracht', 'Laan van Meerdervoort'])} ${int(r, 1, 400)}`,
    choose(r, ['1015 CW Amsterdam', '3511 AB Utrecht', '2517 KJ Den Haag', '9711 LM Groningen']),
  ],
  pl: (r) => [
    `ul. ${choose(r, ['Długa', 'Marszałkowska', 'Piotrkowska', 'Floriańska'])} ${int(r, 1, 150)}${r() < 0.4 ? `/${int(r, 1, 40)}` : ''}`,
    choose(r, ['00-238 Warszawa', '90-001 Łódź', '31-019 Kraków', '80-831 Gdańsk']),
  ],
  sv: (r) => [
    `${choose(r, ['Storgatan', 'Drottninggatan', 'Kungsvägen', 'Sveavägen'])} ${int(r, 1, 90)}`,
    choose(r, ['114 55 Stockholm', '411 38 Göteborg', '211 22 Malmö', '753 20 Uppsala']),
  ],
  tr: (r) => [
    `${choose(r, ['Atatürk Cad.', 'Bağdat Cad.', 'Cumhuriyet Mah. Gül Sok.', 'İstiklal Cad.'])} No: ${int(r, 1, 160)}`,
    choose(r, ['34710 Kadıköy/İstanbul', '06420 Çankaya/Ankara', '35220 Konak/İzmir']),
  ],
};
export function address(r: Rand, lang: string): Val {
  const groups = ADDR[lang](r);
  return { type: 'ADDRESS', lang, text: groups.join(', '), groups, sep: ', ' };
}

const DOMAINS: Record<string, string[]> = {
  en: ['gmail.com', 'outlook.com', 'yahoo.com', 'icloud.com', 'proton.me', 'btinternet.com'],
  de: ['web.de', 'gmx.de', 't-online.de', 'gmail.com'],
  fr: ['orange.fr', 'free.fr', 'laposte.net', 'gmail.com'],
  es: ['yahoo.es', 'telefonica.net', 'gmail.com', 'hotmail.es'],
  it: ['libero.it', 'virgilio.it', 'tiscali.it', 'gmail.com'],
  pt: ['sapo.pt', 'gmail.com', 'uol.com.br', 'hotmail.com'],
  nl: ['ziggo.nl', 'kpnmail.nl', 'gmail.com', 'hotmail.nl'],
  pl: ['wp.pl', 'onet.pl', 'o2.pl', 'gmail.com'],
  sv: ['telia.com', 'gmail.com', 'outlook.com', 'bredband.net'],
  tr: ['gmail.com', 'hotmail.com', 'yandex.com.tr', 'outlook.com'],
};
const ascii = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/g, 'l')
    .replace(/ı/g, 'i')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
export function email(r: Rand, lang: string): Val {
  const [f, l] = NAMES[lang];
  const a = ascii(choose(r, f));
  const b = ascii(choose(r, l));
  const local = choose(r, [
    `${a}.${b}`,
    `${a[0]}${b}`,
    `${a}${b}${int(r, 70, 99)}`,
    `${b}.${a}`,
    `${a}_${int(r, 1, 9999)}`,
  ]);
  const groups = [local, choose(r, DOMAINS[lang])];
  return { type: 'EMAIL', lang, text: groups.join('@'), groups, sep: '@' };
}

export const MAKERS: Record<string, (r: Rand, lang: string) => Val> = {
  PHONE: phone,
  EMAIL: email,
  CREDIT_CARD: card,
  IBAN: iban,
  US_SSN: ssn,
  UK_NINO: nino,
  ES_DNI: dni,
  IP_ADDRESS: ip,
  PERSON: person,
  ADDRESS: address,
};
