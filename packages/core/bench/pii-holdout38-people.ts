/** Hold-out 38 people and places: given/family names, streets, cities and e-mail domains per locale. */
import { type Locale, type Rng, stripAccents } from './pii-holdout38-util.ts';

const S = (s: string) => s.split(' ');
type NameSet = { first: string[]; last: string[] };
const ANGLO: NameSet = {
  first: S(
    'James Emily Oliver Sophie Michael Jessica Daniel Hannah Ryan Chloe Nathan Megan Liam Grace Ethan Olivia Kevin Laura Tyler Brooke Gareth Siobhan Callum Kirsty',
  ),
  last: S(
    'Thompson Whitaker Carter Nguyen Robinson Hughes Patterson Bennett Morales Fletcher Gallagher Sullivan Harrington Dawson Kowalczyk McAllister Reyes Brennan Lockwood Fairbanks',
  ),
};
const NAMES: Record<string, NameSet> = {
  en: ANGLO,
  in: {
    first: S(
      'Priya Rahul Ananya Vikram Sneha Arjun Kavya Rohan Deepika Aditya Meera Sanjay Lakshmi Karthik Pooja Harpreet Nikhil Divya',
    ),
    last: S(
      'Sharma Iyer Patel Reddy Nair Gupta Menon Chatterjee Singh Deshpande Krishnan Banerjee Joshi Kulkarni Pillai Mehta',
    ),
  },
  de: {
    first: S(
      'Lukas Anna Jonas Lea Maximilian Sophie Felix Marie Tobias Katharina Jürgen Ute Florian Hannah Sebastian Birgit Moritz Franziska',
    ),
    last: S(
      'Müller Schneider Fischer Weber Meyer Wagner Becker Hoffmann Schäfer Koch Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Krüger Hartmann',
    ),
  },
  fr: {
    first: S(
      'Camille Julien Chloé Mathieu Léa Nicolas Manon Thomas Élodie Antoine Inès Guillaume Margaux Baptiste Sandrine Hugo Aurélie',
    ),
    last: S(
      'Martin Bernard Dubois Lefèvre Moreau Laurent Girard Rousseau Fontaine Chevalier Garnier Faure Mercier Blanchard Lemaire Perrin',
    ),
  },
  es: {
    first: S(
      'Lucía Alejandro Sofía Javier Marta Diego Paula Sergio Carmen Andrés Valeria Miguel Guadalupe Jorge Ximena Rodrigo Itziar Álvaro',
    ),
    last: S(
      'García Fernández López Martínez Sánchez Pérez Gómez Ruiz Hernández Jiménez Moreno Álvarez Romero Navarro Torres Domínguez Ramírez Castillo',
    ),
  },
  it: {
    first: S(
      'Giulia Marco Francesca Alessandro Chiara Lorenzo Martina Matteo Federica Davide Elena Stefano Valentina Giorgio Silvia Riccardo',
    ),
    last: S(
      'Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti DeLuca Mancini Lombardi Moretti Barbieri',
    ),
  },
  pt: {
    first: S(
      'João Ana Pedro Mariana Lucas Beatriz Gabriel Juliana Rafael Larissa Tiago Inês Gonçalo Fernanda Thiago Camila Rui Leonor',
    ),
    last: S(
      'Silva Santos Oliveira Souza Pereira Costa Rodrigues Almeida Nascimento Ferreira Carvalho Gomes Ribeiro Martins Rocha Lopes Teixeira Moura',
    ),
  },
  nl: {
    first: S('Daan Emma Sem Julia Bram Sanne Thijs Lotte Ruben Fleur Jeroen Anouk Maarten Eva Niels Femke Sven Ilse'),
    last: S(
      'Jansen Visser Smit Bakker Mulder Bos Vos Dekker Peters Hendriks Kok Brouwer Willems Vermeulen Kuipers Dijkstra Postma Hoekstra',
    ),
  },
  pl: {
    first: S(
      'Jakub Zofia Kacper Julia Mateusz Zuzanna Piotr Agnieszka Tomasz Małgorzata Krzysztof Katarzyna Łukasz Magdalena Paweł Joanna Michał Ewa',
    ),
    last: S(
      'Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowska Zieliński Szymańska Woźniak Dąbrowski Kozłowska Jankowski Mazur Krawczyk Piotrowska',
    ),
  },
  tr: {
    first: S(
      'Mehmet Ayşe Mustafa Fatma Emre Zeynep Burak Elif Oğuz Merve Can Selin Hakan Büşra Kerem Gizem Serkan Derya',
    ),
    last: S(
      'Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Koç Kurt Polat',
    ),
  },
  sv: {
    first: S('Erik Anna Lars Karin Johan Maria Oskar Elin Gustav Sara Nils Ingrid Henrik Linnea Axel Frida Björn Maja'),
    last: S(
      'Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson Pettersson Lindqvist Lindberg Bergström Sjöberg Holm',
    ),
  },
  ja: {
    first: S('Hiroshi Yuki Takeshi Aiko Kenji Haruka Daisuke Misaki Shota Yui Ryo Sakura Kazuki Emi Naoki Ayaka'),
    last: S(
      'Tanaka Suzuki Takahashi Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada Sasaki Matsumoto Inoue Kimura Hayashi',
    ),
  },
  id: {
    first: S('Budi Siti Agus Dewi Rizky Putri Andi Ayu Dimas Rina Hendra Wulan Fajar Intan Yusuf Nur Bayu Lestari'),
    last: S(
      'Santoso Wijaya Saputra Hidayat Kusuma Pratama Nugroho Setiawan Lestari Siregar Harahap Gunawan Halim Utomo Wibowo Simanjuntak',
    ),
  },
};
const JA_KANJI = {
  first: S('太郎 花子 健一 美咲 翔太 由美 大輔 さくら'),
  last: S('田中 鈴木 高橋 渡辺 伊藤 山本 中村 小林'),
};

export type Person = { first: string; last: string; native: boolean };
export const nameSet = (loc: Locale) => (loc === 'en-IN' ? NAMES.in : NAMES[loc.slice(0, 2)]) as NameSet;

export function person(r: Rng, loc: Locale): Person {
  if (loc === 'ja' && r.chance(0.3))
    return { first: r.pick(JA_KANJI.first), last: r.pick(JA_KANJI.last), native: true };
  const set = nameSet(loc);
  let last = r.pick(set.last);
  if (loc === 'it' && last === 'DeLuca') last = 'De Luca';
  if (loc.startsWith('es') && r.chance(0.4)) last = `${last} ${r.pick(set.last.filter((l) => l !== last))}`;
  return { first: r.pick(set.first), last, native: false };
}

type Place = { streets: string[]; cities: string[]; fmt: (r: Rng, street: string, no: string, city: string) => string };
const pc = (r: Rng, n: number, first = '123456789') => r.digits(n, first);
const PLACES: Record<Locale, Place> = {
  'en-US': {
    streets: S(
      'Maple_Avenue Oak_Street Elm_Drive Cedar_Lane Washington_Blvd Lakeview_Terrace Sunset_Road Hillcrest_Court Pine_Ridge_Way',
    ),
    cities: S(
      'Springfield,_IL_627 Austin,_TX_787 Portland,_OR_972 Columbus,_OH_432 Denver,_CO_802 Raleigh,_NC_276 Tucson,_AZ_857',
    ),
    fmt: (r, s, no, c) =>
      `${no} ${s}${r.chance(0.2) ? `, Apt ${r.int(1, 40)}` : ''}${r.chance(0.7) ? `, ${c}${r.digits(2)}` : ''}`,
  },
  'en-GB': {
    streets: S(
      'Kingsley_Road Victoria_Street Church_Lane Mill_Road Station_Approach Beech_Grove Albert_Terrace Queens_Crescent',
    ),
    cities: S(
      'Leeds_LS6_2AB Bristol_BS7_8QT Manchester_M14_5RD Nottingham_NG7_1FE Cardiff_CF24_4HQ Glasgow_G12_8LX Norwich_NR2_3JP',
    ),
    fmt: (r, s, no, c) => `${r.chance(0.15) ? `Flat ${r.int(1, 9)}, ` : ''}${no} ${s}${r.chance(0.7) ? `, ${c}` : ''}`,
  },
  'en-IN': {
    streets: S('MG_Road Linking_Road Park_Street Anna_Salai Brigade_Road FC_Road Ashok_Nagar_Main_Road Nehru_Street'),
    cities: S('Bengaluru_560001 Mumbai_400050 Kolkata_700016 Chennai_600002 Pune_411004 Hyderabad_500034 Delhi_110024'),
    fmt: (r, s, no, c) =>
      `${r.chance(0.4) ? `Flat ${r.int(1, 12)}${r.pick([...'ABCD'])}, ` : ''}${no} ${s}${r.chance(0.7) ? `, ${c}` : ''}`,
  },
  'en-AU': {
    streets: S(
      'Wattle_Street Banksia_Avenue Bourke_Street George_Street Jacaranda_Drive Kent_Road Macquarie_Street Beach_Parade',
    ),
    cities: S(
      'Fitzroy_VIC_3065 Newtown_NSW_2042 Paddington_QLD_4064 Fremantle_WA_6160 Glenelg_SA_5045 Hobart_TAS_7000',
    ),
    fmt: (r, s, no, c) => `${r.chance(0.2) ? `Unit ${r.int(1, 20)}/` : ''}${no} ${s}${r.chance(0.7) ? `, ${c}` : ''}`,
  },
  de: {
    streets: S(
      'Lindenstraße Hauptstraße Goethestraße Bahnhofstraße Am_Mühlbach Schillerweg Birkenallee Kastanienweg Friedrichstraße Rosenheimer_Straße',
    ),
    cities: S('Berlin München Hamburg Köln Leipzig Stuttgart Dresden Freiburg_im_Breisgau'),
    fmt: (r, s, no, c) => `${s} ${no}${r.chance(0.15) ? 'a' : ''}${r.chance(0.7) ? `, ${pc(r, 5)} ${c}` : ''}`,
  },
  fr: {
    streets: S(
      'rue_des_Lilas avenue_Jean-Jaurès boulevard_Voltaire rue_de_la_République impasse_des_Tilleuls rue_Victor-Hugo allée_des_Peupliers chemin_du_Moulin',
    ),
    cities: S('Lyon Marseille Toulouse Nantes Lille Bordeaux Rennes Montpellier'),
    fmt: (r, s, no, c) => `${no}${r.chance(0.15) ? ' bis' : ''} ${s}${r.chance(0.7) ? `, ${pc(r, 5)} ${c}` : ''}`,
  },
  'es-ES': {
    streets: S(
      'Calle_de_Alcalá Calle_Mayor Avenida_de_la_Constitución Calle_del_Carmen Paseo_de_Gracia Calle_San_Vicente Plaza_de_España',
    ),
    cities: S('Madrid Barcelona Valencia Sevilla Zaragoza Málaga Bilbao'),
    fmt: (r, s, no, c) =>
      `${s} ${no}${r.chance(0.5) ? `, ${r.int(1, 8)}º ${r.pick([...'ABCD'])}` : ''}${r.chance(0.7) ? `, ${pc(r, 5, '0')} ${c}` : ''}`,
  },
  'es-MX': {
    streets: S(
      'Av._Insurgentes_Sur Calle_Morelos Av._Reforma Calle_Hidalgo Av._Revolución Calle_Juárez Calzada_de_Tlalpan',
    ),
    cities: S('Ciudad_de_México Guadalajara,_Jal. Monterrey,_N.L. Puebla,_Pue. Querétaro,_Qro.'),
    fmt: (r, s, no, c) =>
      `${s} ${no}${r.chance(0.5) ? `, Col. ${r.pick(['Roma Norte', 'Del Valle', 'Centro', 'Narvarte'])}` : ''}${r.chance(0.7) ? `, C.P. ${pc(r, 5, '0')}, ${c}` : ''}`,
  },
  it: {
    streets: S(
      'Via_Garibaldi Via_Roma Corso_Vittorio_Emanuele Via_dei_Mille Piazza_Mazzini Viale_Europa Via_Dante Via_della_Repubblica',
    ),
    cities: S('Milano Torino Bologna Firenze Napoli Verona Genova Padova'),
    fmt: (r, s, no, c) => `${s} ${no}${r.chance(0.7) ? `, ${pc(r, 5, '0123456789')} ${c}` : ''}`,
  },
  'pt-BR': {
    streets: S(
      'Rua_das_Flores Avenida_Paulista Rua_Augusta Rua_XV_de_Novembro Avenida_Atlântica Rua_da_Consolação Rua_Sete_de_Setembro',
    ),
    cities: S('São_Paulo_-_SP Curitiba_-_PR Rio_de_Janeiro_-_RJ Belo_Horizonte_-_MG Porto_Alegre_-_RS Recife_-_PE'),
    fmt: (r, s, no, c) =>
      `${s}, ${no}${r.chance(0.4) ? `, apto ${r.int(11, 304)}` : ''}${r.chance(0.7) ? ` - ${c}, ${pc(r, 5, '0123456789')}-${r.digits(3)}` : ''}`,
  },
  'pt-PT': {
    streets: S(
      'Rua_Augusta Avenida_da_Liberdade Rua_de_Santa_Catarina Rua_do_Ouro Travessa_do_Carmo Avenida_da_Boavista',
    ),
    cities: S('Lisboa Porto Coimbra Braga Faro Aveiro'),
    fmt: (r, s, no, c) =>
      `${s} ${no}${r.chance(0.4) ? `, ${r.int(1, 6)}º Esq.` : ''}${r.chance(0.7) ? `, ${pc(r, 4)}-${r.digits(3)} ${c}` : ''}`,
  },
  nl: {
    streets: S('Prinsengracht Kerkstraat Dorpsstraat Molenweg Julianalaan Stationsplein Nieuwe_Binnenweg Oudegracht'),
    cities: S('Amsterdam Rotterdam Utrecht Den_Haag Eindhoven Groningen Haarlem'),
    fmt: (r, s, no, c) =>
      `${s} ${no}${r.chance(0.2) ? '-II' : ''}${r.chance(0.7) ? `, ${pc(r, 4)} ${r.pick(['AB', 'GV', 'KL', 'XM', 'RT'])} ${c}` : ''}`,
  },
  pl: {
    streets: S('Marszałkowska Piotrkowska Długa Floriańska Mickiewicza Kościuszki Słowackiego Grunwaldzka'),
    cities: S('Warszawa Kraków Łódź Gdańsk Wrocław Poznań Lublin'),
    fmt: (r, s, no, c) =>
      `ul. ${s} ${no}${r.chance(0.5) ? `/${r.int(1, 60)}` : ''}${r.chance(0.7) ? `, ${r.digits(2)}-${r.digits(3)} ${c}` : ''}`,
  },
  tr: {
    streets: S(
      'Atatürk_Cad. İstiklal_Cad. Bağdat_Cad. Cumhuriyet_Mah. Gazi_Mustafa_Kemal_Blv. Barbaros_Blv. Lale_Sok.',
    ),
    cities: S('Kadıköy/İstanbul Çankaya/Ankara Konak/İzmir Nilüfer/Bursa Muratpaşa/Antalya'),
    fmt: (r, s, no, c) =>
      `${s} No: ${no}${r.chance(0.5) ? ` D: ${r.int(1, 20)}` : ''}${r.chance(0.7) ? `, ${r.digits(5, '0123456789')} ${c}` : ''}`,
  },
  sv: {
    streets: S('Drottninggatan Storgatan Kungsgatan Vasagatan Björkvägen Sveavägen Linnégatan Järnvägsgatan'),
    cities: S('Stockholm Göteborg Malmö Uppsala Västerås Örebro Linköping'),
    fmt: (r, s, no, c) =>
      `${s} ${no}${r.chance(0.15) ? ' B' : ''}${r.chance(0.7) ? `, ${r.digits(3)} ${r.digits(2)} ${c}` : ''}`,
  },
  ja: {
    streets: S('Shibuya Jingumae Nishi-Shinjuku Minami-Aoyama Umeda Sakae Tenjin'),
    cities: S('Shibuya-ku,_Tokyo Shinjuku-ku,_Tokyo Kita-ku,_Osaka Naka-ku,_Nagoya Chuo-ku,_Fukuoka'),
    fmt: (r, s, no, c) =>
      r.chance(0.4)
        ? `〒${r.digits(3)}-${r.digits(4)} ${r.pick(['東京都渋谷区神南', '大阪府大阪市北区梅田', '東京都新宿区西新宿', '愛知県名古屋市中区栄'])}${r.int(1, 5)}-${r.int(1, 30)}-${r.int(1, 20)}`
        : `${r.int(1, 5)}-${r.int(1, 30)}-${no.slice(0, 2)} ${s}, ${c}${r.chance(0.6) ? ` ${r.digits(3)}-${r.digits(4)}` : ''}`,
  },
  id: {
    streets: S('Jl._Sudirman Jl._Gatot_Subroto Jl._Diponegoro Jl._Malioboro Jl._Asia_Afrika Jl._Pemuda Jl._Merdeka'),
    cities: S('Jakarta_Pusat Bandung Surabaya Yogyakarta Semarang Denpasar'),
    fmt: (r, s, no, c) =>
      `${s} No. ${no}${r.chance(0.4) ? `, RT ${r.digits(2, '0')}/RW ${r.digits(2, '0')}` : ''}${r.chance(0.7) ? `, ${c} ${r.digits(5, '1234')}` : ''}`,
  },
};
const U = (s: string) => s.replace(/_/g, ' ');

export function address(r: Rng, loc: Locale): string {
  const pl = PLACES[loc];
  const no = String(r.chance(0.75) ? r.int(1, 99) : r.int(100, 320));
  return pl.fmt(
    r,
    U(r.pick(pl.streets)),
    loc.startsWith('en-US') ? String(r.int(100, 9800)) : no,
    U(r.pick(pl.cities)),
  );
}
export const city = (r: Rng, loc: Locale) =>
  (U(r.pick(PLACES[loc].cities)).split(/[,\d/]| - /)[0] ?? '').trim().replace(/\s[A-Z]{1,3}$/, '');
export const street = (r: Rng, loc: Locale) => U(r.pick(PLACES[loc].streets));

const DOMAINS: Record<string, string[]> = {
  en: S(
    'gmail.com outlook.com yahoo.com hotmail.co.uk icloud.com btinternet.com bigpond.com rediffmail.com protonmail.com',
  ),
  de: S('gmx.de web.de t-online.de gmail.com posteo.de freenet.de'),
  fr: S('orange.fr laposte.net free.fr gmail.com sfr.fr wanadoo.fr'),
  es: S('gmail.com hotmail.es yahoo.es telefonica.net outlook.es prodigy.net.mx'),
  it: S('libero.it virgilio.it gmail.com alice.it tiscali.it yahoo.it'),
  pt: S('gmail.com uol.com.br bol.com.br sapo.pt hotmail.com terra.com.br'),
  nl: S('ziggo.nl kpnmail.nl gmail.com hotmail.nl xs4all.nl planet.nl'),
  pl: S('wp.pl onet.pl o2.pl interia.pl gmail.com poczta.fm'),
  tr: S('gmail.com hotmail.com yandex.com.tr mynet.com outlook.com.tr'),
  sv: S('telia.com gmail.com hotmail.se bredband.net spray.se'),
  ja: S('yahoo.co.jp docomo.ne.jp gmail.com ezweb.ne.jp i.softbank.jp'),
  id: S('gmail.com yahoo.co.id ymail.com telkom.net'),
};
const WORK = S(
  'acme-logistics.com nordwind.de studio-lumiere.fr grupoandes.com.mx ferramenta.it bluefjord.se kantoorplus.nl',
);

export type Email = { local: string; domain: string[] };
export function email(r: Rng, loc: Locale, who?: Person): Email {
  const p = who && !who.native ? who : person(r, loc.startsWith('ja') ? 'ja' : loc);
  const f = stripAccents(p.native ? 'hana' : p.first).toLowerCase();
  const l = stripAccents(p.native ? 'tanaka' : (p.last.split(' ')[0] ?? '')).toLowerCase();
  const local = r.pick([
    `${f}.${l}`,
    `${f}${l}`,
    `${f[0]}.${l}`,
    `${f}_${l}${r.int(1, 99)}`,
    `${l}${f[0]}`,
    `${f}${r.int(70, 2005)}`,
    `${f}.${l}.${r.int(1, 9)}`,
  ]);
  const dom = r.chance(0.15) ? r.pick(WORK) : r.pick(DOMAINS[loc.slice(0, 2)] ?? []);
  return { local, domain: dom.split('.') };
}
