/**
 * Hold-out 26 people: per language variety, hand-written given names (female | male), family names ('male/female'
 * where the family name has a gender), courtesy titles, mail domains, month names and spelled digits.
 */
export interface Lang {
  iso3: string;
  region: string;
  fem: string[];
  masc: string[];
  family: string[];
  /** Courtesy title [female, male]; '~' marks a title written after the name. */
  title: [string, string];
  domains: string[];
  months?: string[];
  digitWords: string[];
  /** Vietnamese and similar: family name written first. */
  familyFirst?: boolean;
}

const EN_MONTHS = 'January February March April May June July August September October November December'.split(' ');
const EN_DIGITS = 'zero one two three four five six seven eight nine'.split(' ');
const w = (s: string) => s.split(',').map((x) => x.trim());

export const LANGS: Record<string, Lang> = {
  'en-US': {
    iso3: 'eng',
    region: 'US',
    title: ['Ms.', 'Mr.'],
    months: EN_MONTHS,
    digitWords: EN_DIGITS,
    fem: w('Jennifer, Ashley, Latoya, Maria, Emily, Mei, Keisha, Rachel'),
    masc: w('Michael, DeShawn, Jose, Kevin, Tyler, Hiroshi, Brandon, Luis'),
    family: w("Johnson, Martinez, Washington, Nguyen, Kowalczyk, O'Brien, Patel, Greenberg, Thompson, Reyes"),
    domains: w('gmail.com, yahoo.com, outlook.com, icloud.com, aol.com, comcast.net'),
  },
  'en-GB': {
    iso3: 'eng',
    region: 'GB',
    title: ['Mrs', 'Mr'],
    months: EN_MONTHS,
    digitWords: EN_DIGITS,
    fem: w('Charlotte, Siobhan, Priya, Gemma, Aisha, Harriet, Niamh'),
    masc: w('Oliver, Callum, Imran, Gareth, Tomasz, Rhys, Kwame'),
    family: w('Whitfield, Evans, Shah, McAllister, Hughes, Okafor, Pemberton, Clarke, Begum, Lewandowski'),
    domains: w('btinternet.com, yahoo.co.uk, hotmail.co.uk, gmail.com, sky.com'),
  },
  'en-IN': {
    iso3: 'eng',
    region: 'IN',
    title: ['Mrs.', 'Mr.'],
    months: EN_MONTHS,
    digitWords: EN_DIGITS,
    fem: w('Ananya, Lakshmi, Pooja, Farzana, Deepika, Harpreet, Meenakshi'),
    masc: w('Rahul, Venkatesh, Arjun, Mohammed, Sandeep, Gurpreet, Anil'),
    family: w('Sharma, Iyer, Reddy, Banerjee, Qureshi, Nair, Deshpande, Gill, Chatterjee, Menon'),
    domains: w('gmail.com, rediffmail.com, yahoo.co.in, outlook.com'),
  },
  'en-NG': {
    iso3: 'eng',
    region: 'NG',
    title: ['Mrs', 'Mr'],
    months: EN_MONTHS,
    digitWords: EN_DIGITS,
    fem: w('Chiamaka, Funmilayo, Aisha, Ngozi, Temitope, Blessing, Hauwa'),
    masc: w('Chinedu, Oluwaseun, Ibrahim, Emeka, Tunde, Musa, Obinna'),
    family: w('Okonkwo, Adeyemi, Bello, Eze, Ogunleye, Abubakar, Nwachukwu, Balogun, Okoro'),
    domains: w('gmail.com, yahoo.com, yahoo.co.uk, outlook.com'),
  },
  'en-AU': {
    iso3: 'eng',
    region: 'AU',
    title: ['Ms', 'Mr'],
    months: EN_MONTHS,
    digitWords: EN_DIGITS,
    fem: w('Chloe, Tayla, Bronwyn, Lien, Sophie, Georgia, Anh'),
    masc: w('Lachlan, Brodie, Nikolaos, Jack, Darcy, Minh, Hamish'),
    family: w('Fitzgerald, Tran, Papadakis, Mitchell, Kelly, Nguyen, Ramsay, Sullivan, Chen'),
    domains: w('bigpond.com, gmail.com, outlook.com, optusnet.com.au, icloud.com'),
  },
  de: {
    iso3: 'deu',
    region: 'DE',
    title: ['Frau', 'Herr'],
    months: w('Januar, Februar, März, April, Mai, Juni, Juli, August, September, Oktober, November, Dezember'),
    digitWords: w('null, eins, zwei, drei, vier, fünf, sechs, sieben, acht, neun'),
    fem: w('Katharina, Sabine, Ayşe, Leonie, Svetlana, Ursula, Jana'),
    masc: w('Matthias, Jörg, Mehmet, Lukas, Dariusz, Florian, Karl-Heinz'),
    family: w('Schneider, Weißenberger, Yılmaz, Hoffmann, Becker, Nowak, Krüger, Schmitt, Popović, Lehmann'),
    domains: w('web.de, gmx.de, t-online.de, gmail.com, posteo.de'),
  },
  fr: {
    iso3: 'fra',
    region: 'FR',
    title: ['Mme', 'M.'],
    months: w('janvier, février, mars, avril, mai, juin, juillet, août, septembre, octobre, novembre, décembre'),
    digitWords: w('zéro, un, deux, trois, quatre, cinq, six, sept, huit, neuf'),
    fem: w('Camille, Françoise, Fatoumata, Élodie, Nadia, Margaux, Inès'),
    masc: w('Julien, Mamadou, Thierry, Karim, Benoît, Théo, Yannick'),
    family: w('Lefèvre, Diallo, Moreau, Benali, Girard, Rousseau, Nguyen, Fontaine, Lemaire, Da Silva'),
    domains: w('orange.fr, free.fr, laposte.net, gmail.com, sfr.fr, hotmail.fr'),
  },
  es: {
    iso3: 'spa',
    region: 'ES',
    title: ['Sra.', 'Sr.'],
    months: w('enero, febrero, marzo, abril, mayo, junio, julio, agosto, septiembre, octubre, noviembre, diciembre'),
    digitWords: w('cero, uno, dos, tres, cuatro, cinco, seis, siete, ocho, nueve'),
    fem: w('Lucía, María José, Nerea, Carmen, Yolanda, Ainhoa, Fátima'),
    masc: w('Javier, Iñaki, Sergio, José Luis, Abdel, Álvaro, Jordi'),
    family: w('García Romero, Fernández, Etxeberria, Martín López, Puig, Sánchez Ortega, El Amrani, Navarro'),
    domains: w('gmail.com, hotmail.es, telefonica.net, yahoo.es, outlook.es'),
  },
  'pt-BR': {
    iso3: 'por',
    region: 'BR',
    title: ['Sra.', 'Sr.'],
    months: w('janeiro, fevereiro, março, abril, maio, junho, julho, agosto, setembro, outubro, novembro, dezembro'),
    digitWords: w('zero, um, dois, três, quatro, cinco, seis, sete, oito, nove'),
    fem: w('Ana Paula, Juliana, Francisca, Thaís, Yara, Beatriz, Luana'),
    masc: w('João Pedro, Rafael, Thiago, Francisco, Kauã, Gustavo, Edson'),
    family: w('da Silva, Oliveira, Santos Ferreira, Nakamura, Pereira, Albuquerque, Souza, Rodrigues'),
    domains: w('gmail.com, uol.com.br, bol.com.br, hotmail.com, terra.com.br'),
  },
  it: {
    iso3: 'ita',
    region: 'IT',
    title: ['Sig.ra', 'Sig.'],
    months: w(
      'gennaio, febbraio, marzo, aprile, maggio, giugno, luglio, agosto, settembre, ottobre, novembre, dicembre',
    ),
    digitWords: w('zero, uno, due, tre, quattro, cinque, sei, sette, otto, nove'),
    fem: w('Giulia, Francesca, Chiara, Elena, Mariangela, Ilaria, Aurora'),
    masc: w('Alessandro, Giuseppe, Lorenzo, Davide, Salvatore, Matteo, Ahmed'),
    family: w('Esposito, Ferrari, Bianchi, Romano, Colombo, Russo, De Luca, Marchetti, Caruso'),
    domains: w('libero.it, virgilio.it, gmail.com, alice.it, tiscali.it'),
  },
  nl: {
    iso3: 'nld',
    region: 'NL',
    title: ['mevrouw', 'meneer'],
    months: w('januari, februari, maart, april, mei, juni, juli, augustus, september, oktober, november, december'),
    digitWords: w('nul, een, twee, drie, vier, vijf, zes, zeven, acht, negen'),
    fem: w('Sanne, Femke, Anouk, Naima, Ingrid, Lotte, Esra'),
    masc: w('Daan, Joost, Sven, Mohamed, Pieter, Bram, Kevin'),
    family: w('de Vries, Jansen, van den Berg, Bakker, El Idrissi, Visser, Smit, van Dijk, Mulder'),
    domains: w('ziggo.nl, kpnmail.nl, gmail.com, hotmail.nl, xs4all.nl'),
  },
  pl: {
    iso3: 'pol',
    region: 'PL',
    title: ['Pani', 'Pan'],
    months: w(
      'stycznia, lutego, marca, kwietnia, maja, czerwca, lipca, sierpnia, września, października, listopada, grudnia',
    ),
    digitWords: w('zero, jeden, dwa, trzy, cztery, pięć, sześć, siedem, osiem, dziewięć'),
    fem: w('Agnieszka, Małgorzata, Zofia, Katarzyna, Joanna, Ewelina'),
    masc: w('Krzysztof, Paweł, Grzegorz, Tomasz, Michał, Łukasz'),
    family: w(
      'Kowalski/Kowalska, Wiśniewski/Wiśniewska, Nowak/Nowak, Zieliński/Zielińska, Wójcik/Wójcik, Lewandowski/Lewandowska, Szymański/Szymańska',
    ),
    domains: w('wp.pl, onet.pl, o2.pl, gmail.com, interia.pl'),
  },
  tr: {
    iso3: 'tur',
    region: 'TR',
    title: ['~Hanım', '~Bey'],
    months: w('Ocak, Şubat, Mart, Nisan, Mayıs, Haziran, Temmuz, Ağustos, Eylül, Ekim, Kasım, Aralık'),
    digitWords: w('sıfır, bir, iki, üç, dört, beş, altı, yedi, sekiz, dokuz'),
    fem: w('Zeynep, Elif, Gülşen, Merve, Özlem, Büşra'),
    masc: w('Mehmet, Emre, Oğuz, Hüseyin, Burak, İsmail'),
    family: w('Yılmaz, Kaya, Demir, Şahin, Çelik, Öztürk, Aydın, Arslan, Doğan'),
    domains: w('gmail.com, hotmail.com, yandex.com.tr, outlook.com.tr'),
  },
  id: {
    iso3: 'ind',
    region: 'ID',
    title: ['Ibu', 'Bapak'],
    months: w('Januari, Februari, Maret, April, Mei, Juni, Juli, Agustus, September, Oktober, November, Desember'),
    digitWords: w('nol, satu, dua, tiga, empat, lima, enam, tujuh, delapan, sembilan'),
    fem: w('Siti, Dewi, Ratna, Putri, Nur, Wulandari'),
    masc: w('Agus, Budi, Yohanes, Rizky, Made, Fajar'),
    family: w('Santoso, Wijaya, Hidayat, Siregar, Kurniawan, Saputra, Nasution, Pratama, Gunawan'),
    domains: w('gmail.com, yahoo.co.id, ymail.com, outlook.co.id'),
  },
  vi: {
    iso3: 'vie',
    region: 'VN',
    title: ['chị', 'anh'],
    familyFirst: true,
    digitWords: w('không, một, hai, ba, bốn, năm, sáu, bảy, tám, chín'),
    fem: w('Thị Lan, Ngọc Ánh, Thu Hà, Thị Hồng, Minh Thư, Phương Linh'),
    masc: w('Văn Hùng, Đức Minh, Quốc Bảo, Hữu Phước, Thanh Tùng, Công Vinh'),
    family: w('Nguyễn, Trần, Lê, Phạm, Hoàng, Vũ, Đặng, Bùi, Đỗ'),
    domains: w('gmail.com, yahoo.com.vn, outlook.com, fpt.vn'),
  },
  ro: {
    iso3: 'ron',
    region: 'RO',
    title: ['doamna', 'domnul'],
    months: w(
      'ianuarie, februarie, martie, aprilie, mai, iunie, iulie, august, septembrie, octombrie, noiembrie, decembrie',
    ),
    digitWords: w('zero, unu, doi, trei, patru, cinci, șase, șapte, opt, nouă'),
    fem: w('Ioana, Andreea, Mihaela, Alexandra, Roxana, Elena'),
    masc: w('Andrei, Mihai, Ionuț, Bogdan, Cristian, Florin'),
    family: w('Popescu, Ionescu, Constantinescu, Dumitru, Stan, Munteanu, Georgescu, Rădulescu, Ștefănescu'),
    domains: w('yahoo.com, gmail.com, yahoo.ro, outlook.com'),
  },
  cs: {
    iso3: 'ces',
    region: 'CZ',
    title: ['paní', 'pan'],
    months: w('ledna, února, března, dubna, května, června, července, srpna, září, října, listopadu, prosince'),
    digitWords: w('nula, jedna, dva, tři, čtyři, pět, šest, sedm, osm, devět'),
    fem: w('Lucie, Petra, Tereza, Markéta, Veronika, Jitka'),
    masc: w('Jiří, Petr, Tomáš, Ondřej, Vojtěch, Lukáš'),
    family: w(
      'Novák/Nováková, Svoboda/Svobodová, Dvořák/Dvořáková, Černý/Černá, Procházka/Procházková, Kučera/Kučerová, Horák/Horáková',
    ),
    domains: w('seznam.cz, email.cz, centrum.cz, gmail.com'),
  },
  el: {
    iso3: 'ell',
    region: 'GR',
    title: ['κα', 'κ.'],
    digitWords: w('μηδέν, ένα, δύο, τρία, τέσσερα, πέντε, έξι, επτά, οκτώ, εννέα'),
    fem: w('Μαρία, Ελένη, Κατερίνα, Δήμητρα, Σοφία, Αναστασία'),
    masc: w('Γιώργος, Νίκος, Δημήτρης, Κώστας, Γιάννης, Παναγιώτης'),
    family: w(
      'Παπαδόπουλος/Παπαδοπούλου, Γεωργίου/Γεωργίου, Οικονόμου/Οικονόμου, Καραγιάννης/Καραγιάννη, Νικολάου/Νικολάου, Βασιλείου/Βασιλείου, Αντωνίου/Αντωνίου',
    ),
    domains: w('gmail.com, yahoo.gr, otenet.gr, hotmail.com'),
  },
  uk: {
    iso3: 'ukr',
    region: 'UA',
    title: ['пані', 'пан'],
    digitWords: w("нуль, один, два, три, чотири, п'ять, шість, сім, вісім, дев'ять"),
    fem: w('Олена, Оксана, Наталія, Ірина, Юлія, Тетяна'),
    masc: w('Олександр, Андрій, Сергій, Дмитро, Богдан, Тарас'),
    family: w(
      'Шевченко/Шевченко, Коваленко/Коваленко, Бондаренко/Бондаренко, Мельник/Мельник, Ткачук/Ткачук, Кравець/Кравець, Петренко/Петренко',
    ),
    domains: w('ukr.net, gmail.com, i.ua, meta.ua'),
  },
  sw: {
    iso3: 'swh',
    region: 'KE',
    title: ['Bi.', 'Bw.'],
    digitWords: w('sifuri, moja, mbili, tatu, nne, tano, sita, saba, nane, tisa'),
    fem: w('Wanjiru, Amina, Neema, Akinyi, Zawadi, Halima'),
    masc: w('Otieno, Baraka, Kamau, Juma, Mwangi, Hassan'),
    family: w('Kimani, Odhiambo, Wafula, Mohamed, Njoroge, Mwakilema, Chebet, Omondi'),
    domains: w('gmail.com, yahoo.com, outlook.com'),
  },
  tl: {
    iso3: 'tgl',
    region: 'PH',
    title: ['Gng.', 'G.'],
    months: EN_MONTHS,
    digitWords: w('sero, isa, dalawa, tatlo, apat, lima, anim, pito, walo, siyam'),
    fem: w('Maricel, Rowena, Jennylyn, Kristine, Marites, Liza'),
    masc: w('Jomar, Rodel, Marvin, Ferdinand, Jerome, Arnel'),
    family: w('Dela Cruz, Santos, Bautista, Reyes, Villanueva, Mendoza, Macaraeg, Aquino, Lim'),
    domains: w('gmail.com, yahoo.com, yahoo.com.ph'),
  },
};

export interface Person {
  given: string;
  family: string;
  female: boolean;
  full: string;
  /** Title form: text before the value, the value, text after it. */
  titled: [string, string, string];
}

export function person(r: () => number, lang: string): Person {
  const L = LANGS[lang];
  const female = r() < 0.5;
  const pool = female ? L.fem : L.masc;
  const given = pool[Math.floor(r() * pool.length)];
  const fam = L.family[Math.floor(r() * L.family.length)].split('/');
  const family = fam.length === 2 ? fam[female ? 1 : 0] : fam[0];
  const full = L.familyFirst ? `${family} ${given}` : `${given} ${family}`;
  const t = L.title[female ? 0 : 1];
  let titled: [string, string, string];
  if (t.startsWith('~')) titled = ['', given, ` ${t.slice(1)}`];
  else if (lang === 'vi' || lang === 'id') titled = [`${t} `, given.split(' ').at(-1) ?? given, ''];
  else titled = [`${t} `, family, ''];
  return { given, family, female, full, titled };
}
