// Hold-out 36 contact values per language variety: street addresses written the way people type them in a message,
// e-mails made from a person's name, valid phone numbers (libphonenumber-js/max) in usual written formats.
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { choose, PEOPLE, type Rand } from './pii-holdout36-values.ts';

const digits = (r: Rand, n: number) => Array.from({ length: n }, () => Math.floor(r() * 10)).join('');
const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));

const s = (x: string) => x.split(',').map((v) => v.trim());
const n = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
const L = (r: Rand) => 'ABCDEFGHJKLMNPRSTUWXY'[Math.floor(r() * 21)];

const ADDR: Record<string, (r: Rand) => string> = {
  'en-US': (r) =>
    `${n(r, 12, 9870)} ${choose(r, s('Maple Ave,Oak Street,Elm St,Lincoln Blvd,Sycamore Dr,Cedar Lane,W 14th St,Pine Ridge Rd'))}${r() < 0.3 ? `, Apt ${n(r, 1, 40)}${L(r)}` : ''}, ${choose(r, s('Springfield IL 62704,Austin TX 78704,Columbus OH 43215,Tacoma WA 98402,Raleigh NC 27601,Tempe AZ 85281'))}`,
  'en-GB': (r) =>
    `${n(r, 1, 220)} ${choose(r, s('Cranbrook Road,Victoria Street,Church Lane,Mill Road,Station Approach,Queens Drive,Albert Terrace'))}, ${choose(r, s('Leeds LS6 2AB,Bristol BS7 8DN,Norwich NR2 3QH,Cardiff CF24 4HX,Glasgow G12 8QQ,Reading RG1 5AR'))}`,
  'en-AU': (r) =>
    `${r() < 0.3 ? `Unit ${n(r, 1, 30)}/` : ''}${n(r, 2, 350)} ${choose(r, s('Wattle St,Bondi Rd,Grevillea Ave,Beach Parade,Banksia Cres,King William St'))}, ${choose(r, s('Newtown NSW 2042,Fitzroy VIC 3065,Paddington QLD 4064,Glenelg SA 5045,Fremantle WA 6160'))}`,
  'en-IN': (r) =>
    `${choose(r, s('Flat,House No.,Plot'))} ${n(r, 2, 904)}, ${choose(r, s('Sai Krupa Apartments,Shanti Nagar,Green Park Society,Vasant Vihar,Lakshmi Residency'))}, ${choose(r, s('14th Cross Indiranagar Bengaluru 560038,Sector 21 Noida 201301,Andheri East Mumbai 400069,Anna Nagar Chennai 600040,Salt Lake Kolkata 700091'))}`,
  'en-NG': (r) =>
    `${n(r, 1, 88)} ${choose(r, s('Adeola Odeku Street,Awolowo Road,Allen Avenue,Ogui Road,Aminu Kano Crescent,Bode Thomas Street'))}, ${choose(r, s('Victoria Island Lagos,Ikoyi Lagos,Ikeja Lagos,Enugu,Wuse II Abuja,Surulere Lagos'))}`,
  'en-ZA': (r) =>
    `${n(r, 1, 199)} ${choose(r, s('Jan Smuts Ave,Long Street,Voortrekker Rd,Florida Road,Main Rd,Church Street'))}, ${choose(r, s('Rosebank Johannesburg 2196,Cape Town 8001,Bellville 7530,Morningside Durban 4001,Hatfield Pretoria 0083'))}`,
  'en-PH': (r) =>
    `${r() < 0.5 ? `Blk ${n(r, 1, 40)} Lot ${n(r, 1, 30)}` : n(r, 10, 2200)} ${choose(r, s('Mabini St.,Rizal Ave.,Sampaguita St.,Katipunan Ave.,Osmeña Blvd.'))}, ${choose(r, s('Brgy. San Isidro Quezon City,Brgy. Poblacion Makati,Lahug Cebu City,Brgy. Malanday Marikina,Bacoor Cavite'))}`,
  'es-ES': (r) =>
    `${choose(r, s('Calle de Alcalá,C/ Mayor,Avda. de la Constitución,Calle Sierpes,Carrer de Balmes,Paseo de Gracia'))} ${n(r, 1, 240)}, ${n(r, 1, 8)}º ${L(r)}, ${choose(r, s('28009 Madrid,41004 Sevilla,08011 Barcelona,46002 Valencia,50001 Zaragoza'))}`,
  'es-MX': (r) =>
    `${choose(r, s('Av. Insurgentes Sur,Calle Durango,Av. Juárez,Calle Morelos,Av. Revolución,Calle Hidalgo'))} ${n(r, 10, 1900)}${r() < 0.4 ? ` int. ${n(r, 1, 12)}` : ''}, Col. ${choose(r, s('Roma Norte 06700 CDMX,Del Valle 03100 CDMX,Centro 44100 Guadalajara,Obispado 64060 Monterrey,La Paz 72160 Puebla'))}`,
  'pt-BR': (r) =>
    `${choose(r, s('Rua Augusta,Av. Paulista,Rua das Laranjeiras,Rua XV de Novembro,Av. Sete de Setembro'))}, ${n(r, 10, 2500)}${r() < 0.5 ? `, apto ${n(r, 11, 184)}` : ''}, ${choose(r, s('Consolação São Paulo - SP 01304-001,Laranjeiras Rio de Janeiro - RJ 22240-003,Centro Curitiba - PR 80020-310,Savassi Belo Horizonte - MG 30140-110'))}`,
  'pt-PT': (r) =>
    `${choose(r, s('Rua de Santa Catarina,Av. da Liberdade,Rua do Almada,Travessa do Carmo,Rua Ferreira Borges'))} ${n(r, 1, 300)}, ${n(r, 1, 6)}.º ${choose(r, s('Esq.,Dto.,A,B'))}, ${choose(r, s('4000-447 Porto,1250-096 Lisboa,3000-150 Coimbra,4700-320 Braga'))}`,
  'fr-FR': (r) =>
    `${n(r, 1, 180)}${r() < 0.15 ? ' bis' : ''} ${choose(r, s('rue des Lilas,avenue Jean Jaurès,boulevard Voltaire,rue de la République,impasse des Tilleuls,chemin du Moulin'))}, ${choose(r, s('69003 Lyon,75011 Paris,31000 Toulouse,44000 Nantes,13006 Marseille,67000 Strasbourg'))}`,
  'de-DE': (r) =>
    `${choose(r, s('Lindenstraße,Hauptstr.,Goethestraße,Am Mühlbach,Bahnhofstraße,Schillerplatz,Kastanienallee'))} ${n(r, 1, 160)}${r() < 0.2 ? 'a' : ''}, ${choose(r, s('10969 Berlin,80331 München,50667 Köln,04109 Leipzig,20095 Hamburg,70173 Stuttgart'))}`,
  'it-IT': (r) =>
    `${choose(r, s('Via Garibaldi,Corso Vittorio Emanuele II,Via Roma,Piazza della Repubblica,Viale dei Mille,Via Dante'))} ${n(r, 1, 210)}, ${choose(r, s('20121 Milano,00185 Roma,80134 Napoli,10123 Torino,50122 Firenze,40126 Bologna'))}`,
  'nl-NL': (r) =>
    `${choose(r, s('Prinsengracht,Kerkstraat,Dorpsstraat,Oudegracht,Molenweg,Stationsplein'))} ${n(r, 1, 420)}${r() < 0.3 ? '-II' : ''}, ${choose(r, s('1016 GV Amsterdam,3511 AB Utrecht,2511 CV Den Haag,9711 LM Groningen,5611 EM Eindhoven'))}`,
  'pl-PL': (r) =>
    `ul. ${choose(r, s('Mickiewicza,Długa,Kościuszki,Piotrkowska,Marszałkowska,Słowackiego'))} ${n(r, 1, 140)}/${n(r, 1, 60)}, ${choose(r, s('30-059 Kraków,00-001 Warszawa,90-001 Łódź,80-831 Gdańsk,61-101 Poznań,50-077 Wrocław'))}`,
  'sv-SE': (r) =>
    `${choose(r, s('Storgatan,Drottninggatan,Kungsvägen,Björkvägen,Vasagatan,Linnégatan'))} ${n(r, 1, 90)}${r() < 0.3 ? L(r) : ''}, ${choose(r, s('114 55 Stockholm,411 38 Göteborg,211 22 Malmö,753 20 Uppsala,582 24 Linköping'))}`,
  'tr-TR': (r) =>
    `${choose(r, s('Bağdat Cad.,Atatürk Bulvarı,Gül Sokak,İstiklal Cad.,Cumhuriyet Mah. Lale Sk.'))} No:${n(r, 1, 220)} D:${n(r, 1, 24)}, ${choose(r, s('Kadıköy/İstanbul,Çankaya/Ankara,Karşıyaka/İzmir,Nilüfer/Bursa,Muratpaşa/Antalya'))}`,
  'id-ID': (r) =>
    `Jl. ${choose(r, s('Melati,Sudirman,Diponegoro,Kebon Jeruk Raya,Cempaka Putih,Gatot Subroto'))} No. ${n(r, 1, 180)}, RT ${String(n(r, 1, 12)).padStart(2, '0')}/RW ${String(n(r, 1, 9)).padStart(2, '0')}, ${choose(r, s('Kebayoran Baru Jakarta Selatan 12130,Coblong Bandung 40132,Gubeng Surabaya 60281,Denpasar Barat Bali 80119'))}`,
  'vi-VN': (r) =>
    `${choose(r, s('Số,số nhà'))} ${n(r, 1, 240)} ${choose(r, s('ngõ 45 Nguyễn Trãi,đường Lê Lợi,hẻm 12 Nguyễn Đình Chiểu,phố Hàng Bạc,đường Trần Hưng Đạo'))}, ${choose(r, s('Thanh Xuân Hà Nội,Quận 1 TP.HCM,Quận 3 TP. Hồ Chí Minh,Hoàn Kiếm Hà Nội,Hải Châu Đà Nẵng'))}`,
  'hi-IN': (r) =>
    `${choose(r, s('H.No.,Flat,Makaan no.'))} ${n(r, 2, 640)}, ${choose(r, s('Gali No. 4 Shastri Nagar,Sector 15 Rohini,Gomti Nagar,Malviya Nagar,Civil Lines'))}, ${choose(r, s('Delhi 110052,Lucknow 226010,Jaipur 302017,Kanpur 208001,Bhopal 462016'))}`,
};

export function address(r: Rand, variety: string): string {
  return ADDR[variety](r).replace(/ {2,}/g, ' ');
}

const ascii = (x: string) =>
  x
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ı/g, 'i')
    .replace(/ł/g, 'l')
    .replace(/đ/gi, 'd')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();

export function email(r: Rand, variety: string, who?: { given: string; sur: string }): [string, string] {
  const p = PEOPLE[variety];
  const g = ascii(who?.given ?? choose(r, p.given));
  const f = ascii(who?.sur ?? choose(r, p.sur));
  const d = choose(r, p.domains);
  const k = Math.floor(r() * 6);
  const local = [
    `${g}.${f}`,
    `${g[0]}${f}`,
    `${g}${f}${int(r, 70, 99)}`,
    `${g}_${f}`,
    `${f}.${g}`,
    `${g}${int(r, 1, 999)}`,
  ][k];
  return r() < 0.08 ? [`${local.toUpperCase()}@${d.toUpperCase()}`, 'caps'] : [`${local}@${d}`, `pattern${k}`];
}

/** A valid mobile (or landline for US) number of the variety, in a usual written format. */
export function phone(r: Rand, variety: string): [string, string] {
  const p = PEOPLE[variety];
  for (let tries = 0; tries < 500; tries++) {
    const pre = choose(r, p.mobile);
    const len: Record<string, number> = { US: 10, GB: 10, AU: 9, IN: 10, NG: 10, ZA: 9, PH: 10, ES: 9, MX: 10 };
    const more: Record<string, number> = { BR: 11, PT: 9, FR: 9, DE: 11, IT: 10, NL: 9, PL: 9, SE: 9, TR: 10 };
    const n = { ...len, ...more, ID: int(r, 10, 12), VN: 9 }[p.region] ?? 10;
    let nsn = pre + digits(r, n - pre.length);
    if (p.region === 'US') nsn = pre + int(r, 2, 9) + digits(r, 6);
    if (p.region === 'BR') nsn = `${pre}9${int(r, 6, 9)}${digits(r, 7)}`;
    const ph = parsePhoneNumberFromString(nsn, p.region as 'US');
    if (!ph?.isValid()) continue;
    const k = Math.floor(r() * 4);
    if (k === 0) return [ph.formatInternational(), 'intl'];
    if (k === 1) return [ph.formatNational(), 'national'];
    if (k === 2) return [ph.formatNational().replace(/[^\d+]/g, ''), 'digits'];
    return [`+${ph.countryCallingCode}${ph.nationalNumber}`, 'e164'];
  }
  throw new Error(`no valid phone for ${variety}`);
}
