/** Hold-out 19 e-mails (from the community's names, local providers) and street addresses written the local way. */
import { NAMES } from './pii-holdout19-names.ts';
import { choose, digits, int, L, type Rand } from './pii-holdout19-values.ts';

const DOMAINS: Record<string, string[]> = {
  IN: L('gmail.com|yahoo.co.in|rediffmail.com|outlook.com|hotmail.com|infosys.com|tcs.com'),
  PK: L('gmail.com|yahoo.com|hotmail.com|outlook.com|nu.edu.pk|jazz.com.pk'),
  PH: L('gmail.com|yahoo.com.ph|yahoo.com|outlook.com|globe.com.ph|up.edu.ph'),
  SG: L('gmail.com|hotmail.com|singnet.com.sg|u.nus.edu|outlook.sg'),
  MY: L('gmail.com|yahoo.com.my|hotmail.my|outlook.com|siswa.um.edu.my'),
  ID: L('gmail.com|yahoo.co.id|ymail.com|outlook.co.id|ui.ac.id'),
  NG: L('gmail.com|yahoo.com|ymail.com|outlook.com|unilag.edu.ng'),
  KE: L('gmail.com|yahoo.com|outlook.com|students.uonbi.ac.ke|safaricom.co.ke'),
  EG: L('gmail.com|yahoo.com|hotmail.com|outlook.com|aucegypt.edu'),
  LB: L('gmail.com|hotmail.com|outlook.com|mail.aub.edu|idm.net.lb'),
  MA: L('gmail.com|hotmail.fr|yahoo.fr|outlook.fr|menara.ma'),
  MX: L('gmail.com|hotmail.com|yahoo.com.mx|outlook.es|live.com.mx'),
  US: L('gmail.com|yahoo.com|icloud.com|outlook.com|aol.com'),
  DE: L('gmail.com|web.de|gmx.de|gmx.net|t-online.de|posteo.de'),
  TR: L('gmail.com|hotmail.com|outlook.com.tr|yandex.com.tr|windowslive.com'),
  CA: L('gmail.com|videotron.ca|hotmail.ca|outlook.com|sympatico.ca'),
  FR: L('gmail.com|hotmail.fr|orange.fr|free.fr|laposte.net|sfr.fr'),
};

const ascii = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ı/g, 'i')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');

/** An e-mail built from the community's names; sometimes capitalised the way phones autocorrect it. */
export function email(r: Rand, mix: string, country: string): { v: string; form: string } {
  const n = NAMES[mix];
  const g = ascii(choose(r, n.given));
  const f = ascii(choose(r, n.family));
  const yr = String(int(r, 85, 99));
  const local = choose(r, [
    `${g}.${f}`,
    `${g}${f}${int(r, 1, 99)}`,
    `${g}_${f[0]}`,
    `${g}${yr}`,
    `${ascii(choose(r, n.nick))}${digits(r, int(r, 2, 4))}`,
    `${f}.${g}`,
    `${g[0]}${f}`,
    `the.real.${g}`,
    `${g}.${f}${int(r, 2000, 2006)}`,
  ]);
  let v = `${local}@${choose(r, DOMAINS[country])}`;
  let form = 'lower';
  if (r() < 0.12) {
    v = v[0].toUpperCase() + v.slice(1);
    form = 'autocap';
  }
  return { v, form };
}

const pick = choose;
const ADDR: Record<string, (r: Rand) => string> = {
  IN: (r) =>
    pick(r, [
      () =>
        `flat ${int(r, 1, 12)}0${int(r, 1, 8)} ${pick(r, ['sai krupa apts', 'green view residency', 'shanti niketan', 'prestige shantiniketan'])} ${int(r, 1, 18)}th cross ${pick(r, ['indiranagar bangalore 5600', 'koramangala bengaluru 5600'])}${digits(r, 2)}`,
      () =>
        `h no ${int(r, 1, 999)} sector ${int(r, 4, 57)} ${pick(r, ['gurgaon 1220', 'noida 2013', 'faridabad 1210'])}${digits(r, 2)}`,
      () =>
        `${int(r, 1, 40)}/${int(r, 1, 9)} ${pick(r, ['gandhi nagar', 'nehru colony', 'shivaji nagar', 'rajendra nagar'])} ${pick(r, ['pune 4110', 'jaipur 3020', 'lucknow 2260'])}${digits(r, 2)}`,
      () =>
        `plot no. ${int(r, 1, 300)} ${pick(r, ['jubilee hills', 'madhapur', 'kondapur'])} hyderabad 5000${digits(r, 2)}`,
    ])(),
  PK: (r) =>
    pick(r, [
      () =>
        `house ${int(r, 1, 99)} street ${int(r, 1, 40)} ${pick(r, ['f-8/3', 'g-11/2', 'i-8/4', 'e-11/1'])} islamabad`,
      () =>
        `plot ${int(r, 1, 200)}-${pick(r, ['a', 'b', 'c'])} block ${int(r, 1, 17)} ${pick(r, ['pechs', 'gulshan-e-iqbal', 'clifton'])} karachi`,
      () =>
        `${int(r, 1, 500)}-${pick(r, ['c', 'e', 'g'])} ${pick(r, ['model town', 'johar town', 'dha phase 5'])} lahore`,
    ])(),
  PH: (r) =>
    pick(r, [
      () =>
        `blk ${int(r, 1, 40)} lot ${int(r, 1, 30)} phase ${int(r, 1, 4)} ${pick(r, ['camella homes', 'lumina homes', 'deca homes'])} brgy ${pick(r, ['san isidro', 'dela paz', 'sto nino'])} ${pick(r, ['cainta rizal', 'dasmarinas cavite', 'san jose del monte bulacan'])}`,
      () =>
        `${int(r, 1, 999)} ${pick(r, ['mabini st', 'rizal ave', 'p burgos st', 'j p rizal st'])} brgy ${int(r, 1, 200)} ${pick(r, ['tondo manila', 'pasay city', 'makati city'])}`,
      () =>
        `unit ${int(r, 2, 40)}${pick(r, ['a', 'b', 'c', 'd'])} ${pick(r, ['avida towers', 'smdc grass residences', 'vista taft'])} ${pick(r, ['quezon city', 'manila', 'taguig'])}`,
    ])(),
  SG: (r) =>
    pick(r, [
      () =>
        `blk ${int(r, 100, 699)} ${pick(r, L('ang mo kio ave 3|tampines st 21|jurong west st 52|bedok north rd|yishun ring rd'))} #${String(int(r, 2, 25)).padStart(2, '0')}-${int(r, 10, 480)} s${int(r, 4, 6)}${digits(r, 5)}`,
      () =>
        `${int(r, 1, 200)} ${pick(r, ['tanjong pagar rd', 'joo chiat rd', 'upper thomson rd'])} singapore 0${int(r, 1, 9)}${digits(r, 4)}`,
    ])(),
  MY: (r) =>
    pick(r, [
      () => `no ${int(r, 1, 88)} jalan ss${int(r, 1, 25)}/${int(r, 1, 40)} 47${digits(r, 3)} petaling jaya`,
      () =>
        `lot ${int(r, 100, 9999)} jalan ${pick(r, ['kuching', 'ipoh', 'tun razak', 'sultan ismail'])} ${pick(r, ['50', '51', '53'])}${digits(r, 3)} kuala lumpur`,
      () =>
        `no ${int(r, 1, 60)} lorong ${pick(r, ['mawar', 'melati', 'cempaka'])} ${int(r, 1, 9)} taman ${pick(r, ['desa', 'sri muda', 'melawati'])} ${pick(r, ['shah alam', 'seremban', 'johor bahru'])}`,
    ])(),
  ID: (r) =>
    pick(r, [
      () =>
        `jl. ${pick(r, ['kebon jeruk raya', 'margonda raya', 'gatot subroto', 'cempaka putih tengah'])} no. ${int(r, 1, 120)} rt 0${int(r, 1, 9)}/rw 0${int(r, 1, 9)} ${pick(r, ['jakarta barat', 'depok', 'jakarta selatan'])}`,
      () =>
        `jln ${pick(r, ['dago', 'malioboro', 'diponegoro'])} gg. ${pick(r, ['mawar', 'kenanga', 'h. ali'])} no ${int(r, 1, 60)} ${pick(r, ['bandung', 'yogyakarta', 'semarang'])}`,
      () =>
        `perum ${pick(r, ['griya asri', 'bumi indah'])} blok ${pick(r, ['a', 'b', 'c', 'd'])}${int(r, 1, 20)} no ${int(r, 1, 40)} ${pick(r, ['bekasi', 'tangerang', 'sidoarjo'])}`,
    ])(),
  NG: (r) =>
    pick(r, [
      () =>
        `${int(r, 1, 60)} ${pick(r, ['adeola odeku street', 'allen avenue', 'awolowo road', 'admiralty way'])} ${pick(r, ['victoria island', 'ikeja', 'ikoyi', 'lekki phase 1'])} lagos`,
      () =>
        `plot ${int(r, 1, 900)} ${pick(r, ['aminu kano crescent wuse 2', 'gimbiya street area 11', 'ademola adetokunbo crescent'])} abuja`,
      () =>
        `no ${int(r, 1, 40)} ${pick(r, ['ogui road', 'zik avenue', 'aba road'])} ${pick(r, ['enugu', 'port harcourt', 'owerri'])}`,
    ])(),
  KE: (r) =>
    pick(r, [
      () =>
        `${pick(r, ['ngong road', 'argwings kodhek rd', 'kiambu road', 'thika road'])} ${pick(r, ['apartment', 'apt', 'hse'])} ${int(r, 1, 20)}${pick(r, ['a', 'b', 'c'])} ${pick(r, ['kilimani', 'kileleshwa', 'roysambu', 'kasarani'])} nairobi`,
      () =>
        `house no ${int(r, 1, 90)} ${pick(r, ['jogoo rd', 'lenana rd', 'moi avenue'])} ${pick(r, ['nairobi', 'mombasa', 'kisumu'])}`,
    ])(),
  EG: (r) =>
    pick(r, [
      () =>
        `${int(r, 1, 90)} shar3 ${pick(r, ['el tahrir', 'gam3et el dewal', 'abbas el akkad', 'mosadak'])} ${pick(r, ['dokki giza', 'mohandessin', 'nasr city', 'heliopolis'])}`,
      () =>
        `3emara ${int(r, 1, 60)} ${pick(r, ['el tagamo3 el 5ames', 'madinet nasr', 'sheraton'])} dor ${int(r, 1, 12)} sha2a ${int(r, 1, 40)}`,
      () =>
        `${int(r, 1, 120)} ${pick(r, ['shar3 el nasr', 'shar3 9 maadi', 'shar3 el haram'])} ${pick(r, ['maadi', 'haram', 'cairo'])}`,
    ])(),
  LB: (r) =>
    pick(r, [
      () =>
        `${pick(r, ['bliss street', 'hamra main street', 'rue monot', 'mar mikhael street'])} bldg ${int(r, 1, 80)} floor ${int(r, 1, 9)} ${pick(r, ['hamra', 'achrafieh', 'gemmayze'])} beirut`,
      () =>
        `binayet ${pick(r, ['el 5oury', 'abou jaoude', 'sleiman'])} ${pick(r, ['jal el dib', 'dbayeh', 'zalka'])} ta2 ${int(r, 1, 8)}`,
    ])(),
  MA: (r) =>
    pick(r, [
      () =>
        `${int(r, 1, 120)} rue ${pick(r, ['ibn batouta', 'moulay youssef', 'allal ben abdellah'])} ${pick(r, ['maarif casablanca', 'agdal rabat', 'gueliz marrakech'])}`,
      () =>
        `hay ${pick(r, ['salam', 'riad', 'nahda'])} rue ${int(r, 1, 40)} no ${int(r, 1, 90)} ${pick(r, ['sale', 'fes', 'tanger'])}`,
    ])(),
  MX: (r) =>
    pick(r, [
      () =>
        `calle ${pick(r, ['5 de mayo', 'morelos', 'hidalgo', 'juarez'])} ${int(r, 1, 999)} col. ${pick(r, ['centro', 'del valle', 'roma norte', 'narvarte'])} cdmx cp 0${int(r, 1, 9)}${digits(r, 3)}`,
      () =>
        `av. ${pick(r, ['revolucion', 'insurgentes sur', 'vallarta'])} ${int(r, 100, 4999)} int ${int(r, 1, 12)} ${pick(r, ['guadalajara jal', 'monterrey nl', 'puebla pue'])}`,
    ])(),
  US: (r) =>
    `${int(r, 100, 9999)} ${pick(r, L('main st|westheimer rd|e 149th st|mission st|w 26th st'))} ${pick(r, ['apt', 'unit', '#'])} ${int(r, 1, 30)}${pick(r, ['', 'b', 'c'])} ${pick(r, ['houston tx 770', 'bronx ny 104', 'san antonio tx 782', 'los angeles ca 900'])}${digits(r, 2)}`,
  CA: (r) =>
    `${int(r, 100, 9999)} ${pick(r, ['rue ste-catherine o', 'boul saint-laurent', 'rue st-denis', 'av du parc'])} ${pick(r, ['app', 'apt'])} ${int(r, 1, 30)} montreal qc h${int(r, 1, 4)}${pick(r, ['a', 'g', 't', 'x'])} ${int(r, 1, 9)}${pick(r, ['p', 'k', 'b'])}${int(r, 1, 9)}`,
  DE: (r) =>
    pick(r, [
      () =>
        `${pick(r, L('hauptstr.|bahnhofstraße|schillerstr|berliner allee|goethestraße'))} ${int(r, 1, 140)} ${pick(r, L('10827 berlin|80331 münchen|50667 köln|20095 hamburg|60311 frankfurt'))}`,
      () =>
        `${pick(r, ['kastanienallee', 'sonnenallee', 'karl-marx-str.'])} ${int(r, 1, 200)}${pick(r, ['', 'a', 'b'])} hinterhaus ${pick(r, ['10437', '12045', '12043'])} berlin`,
    ])(),
  TR: (r) =>
    pick(r, [
      () =>
        `${pick(r, ['bagdat cad.', 'istiklal cad', 'ataturk blv.', 'cumhuriyet mah. 1453 sk.'])} no:${int(r, 1, 300)} d:${int(r, 1, 30)} ${pick(r, ['kadikoy istanbul', 'beyoglu istanbul', 'cankaya ankara', 'karsiyaka izmir'])}`,
      () =>
        `${pick(r, ['moda', 'fenerbahce', 'bahcelievler'])} mah. ${pick(r, ['gul', 'lale', 'papatya'])} sok. no ${int(r, 1, 80)} daire ${int(r, 1, 20)} ${pick(r, ['kadikoy', 'bakirkoy'])}/istanbul`,
    ])(),
  FR: (r) =>
    `${int(r, 1, 180)} ${pick(r, L('rue de la paix|bd voltaire|avenue jean jaures|rue oberkampf|rue de la republique'))} ${pick(r, L('75002 paris|75011 paris|69002 lyon|13001 marseille|93200 st denis'))}`,
};

export const address = (r: Rand, country: string) => ADDR[country](r);
