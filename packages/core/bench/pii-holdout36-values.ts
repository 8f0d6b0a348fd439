// Hold-out 36 values: seeded PRNG and people per language variety (given names, surnames, nicknames, names that are
// everyday words, particles, double surnames, titles, phone prefixes, e-mail domains).

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
  for (let i = 0; i < 16; i++) next();
  return next;
}
export const choose = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];

/** A title: `use` says whether the surname or the given name follows (or precedes, `after`). */
export type Title = { t: string; use: 'sur' | 'given'; after?: boolean };
export type People = {
  given: string[];
  sur: string[];
  nick: string[];
  word: string[];
  particle: string[];
  double: string[];
  titles: Title[];
  region: string;
  mobile: string[];
  domains: string[];
};
const s = (x: string) => x.split(',').map((v) => v.trim());
const T = (x: string, use: 'sur' | 'given' = 'sur', after = false): Title[] => s(x).map((t) => ({ t, use, after }));

const EN_T = T('Mr.,Mrs.,Ms.,Dr.,Miss,Prof.,Mr,Mrs,Ms');
export const PEOPLE: Record<string, People> = {
  'en-US': {
    given: s('Jennifer,Michael,Ashley,Tyler,Brianna,DeShawn,Kayla,Marcus,Lauren,Cody,Jasmine,Travis,Megan,Darnell'),
    sur: s('Johnson,Miller,Rodriguez,Nguyen,Washington,Kowalczyk,Peterson,Brooks,Hayes,Coleman,Sullivan,Price'),
    nick: s('Jen,Mikey,Ash,Bri,Dee,Kenny,Trav,Meg,Zach,Lexi'),
    word: s('Hope,Faith,Hunter,Summer,Chase,Brandy,Autumn,Destiny,Dallas,Sky,Will,Bill'),
    particle: s("O'Connor,McAllister,DiMaggio,Van Buren,De La Rosa,O'Neill"),
    double: s('Hayes-Whitfield,Carter-Lopez,Ruiz-Bennett'),
    titles: EN_T,
    region: 'US',
    mobile: s('212,415,312,617,206,512,303,404,702,214,919,503'),
    domains: s('gmail.com,yahoo.com,outlook.com,icloud.com,aol.com,comcast.net'),
  },
  'en-GB': {
    given: s('Oliver,Charlotte,Harry,Siobhan,Callum,Niamh,Rhys,Imogen,Alfie,Poppy,Gareth,Bethan,Kieran,Freya'),
    sur: s('Thompson,Evans,Hughes,Patel,Wright,Davies,Walsh,Fletcher,Ahmed,Lloyd,Marsh,Baker'),
    nick: s('Ollie,Charlie,Alf,Bex,Gaz,Liz,Jonny,Tash'),
    word: s('Rose,Holly,Ivy,Robin,Poppy,Jack,Mark,Frank,Grace,Bob'),
    particle: s("O'Brien,McKenzie,De Vere,MacLeod,FitzGerald"),
    double: s('Bowes-Lyon,Ashby-Hall,Carr-Jones,Smith-Pearce'),
    titles: EN_T,
    region: 'GB',
    mobile: s('74,75,77,78,79'),
    domains: s('gmail.com,btinternet.com,hotmail.co.uk,yahoo.co.uk,sky.com,outlook.com'),
  },
  'en-AU': {
    given: s('Lachlan,Matilda,Jarrah,Chloe,Bronte,Riley,Hamish,Isla,Kirra,Mitchell,Tahlia,Brodie'),
    sur: s('Kelly,Nguyen,Wilson,Taylor,Papadopoulos,Murray,Ryan,Campbell,Singh,Ward,Stewart'),
    nick: s('Lachie,Tilly,Shazza,Macca,Robbo,Mitch,Gazza,Bazza'),
    word: s('Sunny,Willow,Ruby,Summer,Storm,Jack,Banjo,Hope'),
    particle: s("O'Sullivan,McGregor,Van Dyk,Di Pietro,De Silva"),
    double: s('Harris-Cole,Lee-Ward,Hall-Evans'),
    titles: EN_T,
    region: 'AU',
    mobile: s('40,41,42,43,44,45,47,48'),
    domains: s('bigpond.com,gmail.com,outlook.com.au,optusnet.com.au,hotmail.com'),
  },
  'en-IN': {
    given: s('Priya,Rahul,Ananya,Vikram,Sneha,Arjun,Kavya,Rohan,Deepika,Aditya,Lakshmi,Suresh,Meenakshi,Imran'),
    sur: s('Sharma,Iyer,Reddy,Banerjee,Nair,Gupta,Patil,Menon,Chatterjee,Khan,Joshi,Krishnan'),
    nick: s('Chintu,Bunty,Pinky,Guddu,Munna,Ricky,Sonu,Babli'),
    word: s('Pooja,Asha,Kiran,Sunny,Jyoti,Lucky,Honey,Deepak'),
    particle: s("D'Souza,De Mello,Fernandes,D'Costa"),
    double: s('Rao-Menon,Iyer-Shah'),
    titles: [...T('Mr.,Mrs.,Dr.,Prof.'), ...T('Aunty,Uncle', 'given'), ...T('ji,Sir,Ma’am', 'sur', true)],
    region: 'IN',
    mobile: s('98,99,97,96,94,93,91,90,88,87,82,81,79,78,73,70,63,62'),
    domains: s('gmail.com,yahoo.co.in,rediffmail.com,outlook.com,hotmail.com'),
  },
  'en-NG': {
    given: s('Chinedu,Ngozi,Oluwaseun,Adaeze,Emeka,Funmilayo,Ibrahim,Chiamaka,Tunde,Yetunde,Obinna,Aisha,Segun'),
    sur: s('Okafor,Adeyemi,Nwosu,Balogun,Eze,Okonkwo,Abubakar,Adebayo,Ogunleye,Chukwu,Ibekwe,Danjuma'),
    nick: s('Seun,Ada,Chichi,Tee,Funmi,Emy,Baba,Dayo'),
    word: s('Blessing,Precious,Goodluck,Godspower,Patience,Favour,Gift,Peace,Mercy,Innocent'),
    particle: s('Ogun-Williams,Da Rocha,Dos Santos'),
    double: s('Adeyemi-Bello,Okafor-Nwosu,Coker-Johnson'),
    titles: [...T('Mr.,Mrs.,Dr.,Chief,Engr.,Barr.,Pastor'), ...T('Aunty,Uncle', 'given')],
    region: 'NG',
    mobile: s('803,806,813,816,703,706,802,808,812,805,807,905,809'),
    domains: s('gmail.com,yahoo.com,outlook.com,hotmail.com'),
  },
  'en-ZA': {
    given: s('Thabo,Nomvula,Sipho,Lerato,Pieter,Anele,Zanele,Johan,Mpho,Refilwe,Bongani,Chantelle'),
    sur: s('Nkosi,Dlamini,Botha,Mokoena,Naidoo,Khumalo,Ndlovu,Pretorius,Mahlangu,Pillay,Jacobs'),
    nick: s('Bongi,Lulu,Zee,Nomsa,Sbu,Jaco'),
    word: s('Precious,Gift,Lucky,Blessing,Patience,Innocent,Mercy,Sunday'),
    particle: s('van der Merwe,du Plessis,van Wyk,de Villiers,le Roux,van Zyl'),
    double: s('Smith-Botha,Naidoo-Pillay'),
    titles: [...T('Mr.,Mrs.,Ms.,Dr.,Prof.'), ...T('Tannie,Oom,Sis', 'given')],
    region: 'ZA',
    mobile: s('82,83,84,72,73,74,76,79,60,61,71,81'),
    domains: s('gmail.com,webmail.co.za,telkomsa.net,mweb.co.za,outlook.com'),
  },
  'en-PH': {
    given: s('Maricel,Jericho,Kristine,Rodel,Jasmine,Mark Anthony,Angelica,Rommel,Lovely,Jonalyn,Ricardo,Charmaine'),
    sur: s('Santos,Reyes,Dela Cruz,Bautista,Villanueva,Mendoza,Garcia,Aquino,Ramos,Castillo,Manalo,Pascual'),
    nick: s('Jun-Jun,Bong,Nene,Bebeng,Tintin,Jojo,Ping,Dodong'),
    word: s('Precious,Lovely,Princess,Angel,Honey,Joy,Cherry,Sunshine,Lucky'),
    particle: s('Dela Cruz,De Leon,Delos Santos,De Guzman,Del Rosario'),
    double: s('Reyes-Santos,Garcia-Lim,Ramos-Tan'),
    titles: [...T('Mr.,Mrs.,Ms.,Dr.,Atty.,Engr.'), ...T('Ate,Kuya,Tita,Tito,Ma’am,Sir', 'given')],
    region: 'PH',
    mobile: s('917,918,915,926,927,935,977,998,999,908,919,920'),
    domains: s('gmail.com,yahoo.com.ph,yahoo.com,outlook.com'),
  },
  'es-ES': {
    given: s('Lucía,Javier,Carmen,Álvaro,Nerea,Iñaki,Montserrat,Sergio,Rocío,Jordi,Ainhoa,Pablo'),
    sur: s('García,Fernández,Martínez,López,Sánchez,Romero,Navarro,Etxeberria,Gil,Vidal,Serrano,Castro'),
    nick: s('Lu,Javi,Maite,Nacho,Pili,Quique,Rafa,Manoli'),
    word: s('Rosario,Dolores,Pilar,Paz,Amparo,Consuelo,Luz,Soledad,Blanca'),
    particle: s('de la Fuente,del Río,de los Santos,de Miguel,del Valle'),
    double: s('García Márquez,López Navarro,Sánchez-Vidal,Romero Gil,Martín de la Torre'),
    titles: [...T('Sr.,Sra.,Dr.,Dra.,señor,señora'), ...T('don,doña', 'given')],
    region: 'ES',
    mobile: s('6,7'),
    domains: s('gmail.com,hotmail.es,yahoo.es,telefonica.net,outlook.es'),
  },
  'es-MX': {
    given: s('Guadalupe,José Luis,Ximena,Alejandro,Itzel,Fernanda,Jesús,Mariana,Édgar,Yolanda,Diego,Citlali'),
    sur: s('Hernández,González,Ramírez,Flores,Cruz,Morales,Jiménez,Vázquez,Torres,Mendoza,Ortiz,Reyes'),
    nick: s('Lupita,Chuy,Pepe,Memo,Paco,Lalo,Chela,Nacho'),
    word: s('Dolores,Rosario,Esperanza,Luz,Paloma,Socorro,Angélica,Consuelo,Celeste'),
    particle: s('de la Cruz,del Ángel,de León,de los Santos'),
    double: s('Hernández Flores,Ramírez Ortiz,Cruz Morales,Torres de la Rosa'),
    titles: [...T('Sr.,Sra.,Lic.,Ing.,Dr.,Dra.,Mtra.,Profe'), ...T('don,doña', 'given')],
    region: 'MX',
    mobile: s('55,33,81,222,442,998,477,664'),
    domains: s('gmail.com,hotmail.com,yahoo.com.mx,outlook.com,prodigy.net.mx'),
  },
  'pt-BR': {
    given: s('João Pedro,Ana Clara,Thiago,Juliana,Rafael,Larissa,Gabriel,Fernanda,Lucas,Bruna,Wellington,Francisca'),
    sur: s('Silva,Oliveira,Souza,Pereira,Almeida,Costa,Rodrigues,Lima,Carvalho,Ferreira,Gomes,Barbosa'),
    nick: s('Juju,Rafa,Gabi,Biel,Nanda,Tatá,Zé,Carol'),
    word: s('Vitória,Graça,Glória,Aurora,Luz,Esperança,Bela,Amor,Cristal'),
    particle: s('dos Santos,da Silva,de Souza,do Nascimento,das Neves'),
    double: s('Souza Lima,Costa e Silva,Pereira da Rocha,Almeida Prado'),
    titles: [...T('Sr.,Sra.,Dr.,Dra.'), ...T('dona,seu,tia', 'given')],
    region: 'BR',
    mobile: s('11,21,31,41,51,61,71,81,85,48,19'),
    domains: s('gmail.com,hotmail.com,uol.com.br,bol.com.br,yahoo.com.br,terra.com.br'),
  },
  'pt-PT': {
    given: s('Inês,Tiago,Beatriz,Duarte,Leonor,Rodrigo,Mariana,Gonçalo,Matilde,Afonso,Carolina,Vasco'),
    sur: s('Ferreira,Pereira,Rodrigues,Martins,Sousa,Fernandes,Gonçalves,Marques,Pinto,Teixeira,Lopes'),
    nick: s('Xico,Zé,Guida,Quim,Tó,Nelo,Becas'),
    word: s('Glória,Graça,Fátima,Amor,Vitória,Rosa,Céu,Assunção'),
    particle: s('da Costa,de Sousa,dos Reis,do Carmo,da Cunha'),
    double: s('Sousa Pinto,Teixeira Lopes,Martins da Silva,Ferreira Marques'),
    titles: [...T('Sr.,Sra.,Dr.,Dra.,Eng.,Prof.'), ...T('D.,Dona', 'given')],
    region: 'PT',
    mobile: s('91,92,93,96'),
    domains: s('gmail.com,sapo.pt,hotmail.com,netcabo.pt,outlook.pt'),
  },
  'fr-FR': {
    given: s('Camille,Mathieu,Chloé,Théo,Élodie,Julien,Océane,Grégoire,Léa,Yannick,Solène,Karim'),
    sur: s('Martin,Bernard,Dubois,Lefèvre,Moreau,Girard,Fontaine,Rousseau,Benali,Mercier,Faure,Lambert'),
    nick: s('Mimi,Titi,Jojo,Loulou,Fanfan,Béa,Max,Cam'),
    word: s('Rose,Constant,Pascal,Blanche,Aimé,Fleur,Prosper,Olive,Clément,Modeste'),
    particle: s("de la Tour,Le Goff,d'Argent,du Pont,de Villiers,Le Bihan"),
    double: s('Dupont-Moretti,Martin-Lefèvre,Giscard-Bonnet,Roux-Combaluzier'),
    titles: T('M.,Mme,Mlle,Dr,Me,Monsieur,Madame,Maître'),
    region: 'FR',
    mobile: s('6,7'),
    domains: s('orange.fr,free.fr,gmail.com,laposte.net,sfr.fr,wanadoo.fr'),
  },
  'de-DE': {
    given: s('Lukas,Hannah,Jürgen,Sabine,Maximilian,Lena,Dieter,Katrin,Tobias,Ursula,Jonas,Merve'),
    sur: s('Müller,Schmidt,Schneider,Fischer,Weber,Becker,Hoffmann,Schäfer,Yılmaz,Krüger,Wagner,Lehmann'),
    nick: s('Basti,Steffi,Uschi,Jogi,Flo,Chrissi,Manni,Hansi'),
    word: s('Ernst,Frank,Rosa,Sonne,Hagen,Wolf,Adler,Engel,Heide'),
    particle: s('von Bülow,von der Heide,zu Stolberg,van den Berg,vom Hofe'),
    double: s('Müller-Lüdenscheidt,Schmidt-Weber,Leutheusser-Schnarrenberger,Becker-Hahn'),
    titles: T('Herr,Frau,Dr.,Prof.,Herrn'),
    region: 'DE',
    mobile: s('151,152,157,160,162,170,171,172,173,175,176,177,178,179'),
    domains: s('web.de,gmx.de,gmx.net,t-online.de,posteo.de,gmail.com'),
  },
  'it-IT': {
    given: s('Giulia,Alessandro,Francesca,Lorenzo,Chiara,Matteo,Federica,Giuseppe,Sara,Davide,Antonella,Niccolò'),
    sur: s('Rossi,Russo,Ferrari,Esposito,Bianchi,Romano,Colombo,Ricci,Marino,Greco,Bruno,Gallo'),
    nick: s('Beppe,Pippo,Fede,Ale,Gigi,Totò,Vale,Nico'),
    word: s('Serena,Felice,Speranza,Allegra,Fortunato,Sole,Bianca,Stella,Gioia,Benvenuto'),
    particle: s("De Luca,Di Stefano,Della Valle,D'Angelo,Lo Russo,La Rosa,Dal Bosco"),
    double: s('Ricci Curbastro,Colombo-Greco,Bianchi Ferrari'),
    titles: T('Sig.,Sig.ra,dott.,dott.ssa,prof.,prof.ssa,avv.,ing.,signor,signora'),
    region: 'IT',
    mobile: s('320,328,333,335,338,340,345,347,348,349,366,380,392'),
    domains: s('libero.it,gmail.com,alice.it,virgilio.it,tiscali.it,hotmail.it'),
  },
  'nl-NL': {
    given: s('Daan,Sanne,Bram,Femke,Joost,Lieke,Sem,Anouk,Thijs,Ilse,Ruud,Marieke'),
    sur: s('Jansen,Bakker,Visser,Smit,Meijer,Mulder,Bos,Vos,Dekker,Brouwer,Hendriks,Kramer'),
    nick: s('Jopie,Kees,Pim,Loes,Bas,Mies,Sjaak,Floor'),
    word: s('Roos,Merel,Sterre,Fleur,Willem,Jan,Vos,Kees,Lotte'),
    particle: s("van Dijk,de Vries,van der Berg,de Jong,van 't Hof,ter Haar,van den Broek"),
    double: s('Visser-de Boer,Bakker-Smit,Jansen-van Leeuwen'),
    titles: T('meneer,mevrouw,dhr.,mevr.,mr.,dr.,juf,meester'),
    region: 'NL',
    mobile: s('6'),
    domains: s('ziggo.nl,kpnmail.nl,gmail.com,hotmail.com,xs4all.nl,outlook.com'),
  },
  'pl-PL': {
    given: s('Agnieszka,Krzysztof,Małgorzata,Tomasz,Katarzyna,Paweł,Zofia,Grzegorz,Joanna,Łukasz,Ewa,Wojciech'),
    sur: s('Nowak,Kowalska,Wiśniewski,Wójcik,Kamińska,Lewandowski,Zielińska,Szymański,Woźniak,Dąbrowska,Mazur'),
    nick: s('Kasia,Gosia,Tomek,Bartek,Zosia,Krzysiek,Asia,Wojtek'),
    word: s('Róża,Wiesław,Bogumiła,Dobromir,Wiktoria,Jagoda,Malina,Lech'),
    particle: s('Dąbrowska-Nowak,de Virion,von Thun'),
    double: s('Kowalska-Nowak,Zielińska-Mazur,Szymańska-Wójcik'),
    titles: T('pan,pani,Pan,Pani,dr,prof.,mgr,mec.'),
    region: 'PL',
    mobile: s('50,51,53,57,60,66,69,72,73,78,79,88'),
    domains: s('wp.pl,o2.pl,onet.pl,interia.pl,gmail.com'),
  },
  'sv-SE': {
    given: s('Elin,Oskar,Maja,Björn,Linnea,Anders,Ebba,Mikael,Astrid,Johan,Saga,Kristoffer'),
    sur: s('Andersson,Johansson,Karlsson,Nilsson,Eriksson,Lindqvist,Bergström,Lundgren,Holm,Sjöberg,Öberg'),
    nick: s('Kalle,Nisse,Pelle,Lasse,Lisa,Bosse,Micke,Jocke'),
    word: s('Sol,Björn,Stig,Ulf,Vilja,Ylva,Tor,Måns,Ärla'),
    particle: s('von Essen,af Klint,de Geer,von Platen'),
    double: s('Lind-Holm,Berg-Nilsson,Svensson-Öberg'),
    titles: T('doktor,dr,fru,herr'),
    region: 'SE',
    mobile: s('70,72,73,76,79'),
    domains: s('telia.com,gmail.com,hotmail.se,outlook.com,bredband.net'),
  },
  'tr-TR': {
    given: s('Ayşe,Mehmet,Zeynep,Mustafa,Elif,Emre,Büşra,Hüseyin,Gülşen,Oğuz,İrem,Çağlar'),
    sur: s('Yılmaz,Kaya,Demir,Şahin,Çelik,Yıldız,Öztürk,Aydın,Arslan,Doğan,Kılıç,Aslan'),
    nick: s('Memo,Ayşecik,Zeyno,Mıstık,Elifçim'),
    word: s('Deniz,Umut,Barış,Yağmur,Bahar,Güneş,Ümit,Doğan,Yaprak,Gül'),
    particle: s('Kaya-Demir'),
    double: s('Yılmaz Kaya,Şahin Öztürk'),
    titles: [...T('Bay,Bayan,Dr.,Av.,Prof.'), ...T('Hanım,Bey,Hoca', 'given', true), ...T('Hocam', 'given', true)],
    region: 'TR',
    mobile: s('530,532,533,535,536,505,506,507,542,543,544,545,553,555'),
    domains: s('gmail.com,hotmail.com,yandex.com.tr,outlook.com'),
  },
  'id-ID': {
    given: s('Dewi,Budi,Siti,Agus,Rina,Joko,Putri,Hendra,Ayu,Fajar,Wulan,Rizky'),
    sur: s('Santoso,Wijaya,Lestari,Hidayat,Saputra,Kusuma,Nugroho,Pratama,Siregar,Simanjuntak,Hutapea'),
    nick: s('Yuyun,Didi,Ucok,Neng,Ipul,Tata'),
    word: s('Bunga,Indah,Cahaya,Bintang,Mawar,Melati,Rahayu,Ayu,Intan,Permata'),
    particle: s('bin Abdullah,binti Ahmad'),
    double: s('Sari Kusuma,Putri Lestari'),
    titles: [...T('Pak,Bu,Ibu,Bapak,dr.', 'given'), ...T('Mas,Mbak,Kak', 'given')],
    region: 'ID',
    mobile: s('811,812,813,821,822,852,853,857,858,878,877,896'),
    domains: s('gmail.com,yahoo.co.id,yahoo.com,outlook.com'),
  },
  'vi-VN': {
    given: s('Thị Lan,Văn Hùng,Ngọc Anh,Minh Tuấn,Thu Trang,Quốc Bảo,Thị Hằng,Đức Thắng,Phương Linh,Hoàng Nam'),
    sur: s('Nguyễn,Trần,Lê,Phạm,Hoàng,Vũ,Đặng,Bùi,Đỗ,Hồ,Ngô'),
    nick: s('Bống,Tí,Bin,Su,Mít,Cún'),
    word: s('Hoa,Mai,Lan,Xuân,Thu,Hồng,Ngọc,Hương,Bình,An'),
    particle: s(''),
    double: s(''),
    titles: T('anh,chị,cô,thầy,ông,bà,em', 'given'),
    region: 'VN',
    mobile: s('90,91,93,94,96,97,98,32,33,35,70,77,86,88'),
    domains: s('gmail.com,yahoo.com.vn,outlook.com'),
  },
  'hi-IN': {
    given: s('Pooja,Rakesh,Neha,Amit,Sunita,Manoj,Ritu,Sanjay,Anjali,Vijay,Kavita,Deepak'),
    sur: s('Verma,Sharma,Yadav,Singh,Mishra,Tiwari,Chauhan,Agarwal,Pandey,Saxena'),
    nick: s('Pappu,Guddi,Chhotu,Bittu,Rinku,Sweety'),
    word: s('Asha,Kiran,Jyoti,Suraj,Chanda,Pyaari,Mohan'),
    particle: s(''),
    double: s(''),
    titles: [...T('Mr.,Mrs.,Dr.'), ...T('ji,sahab,madam', 'sur', true), ...T('bhaiya,didi,aunty', 'given', true)],
    region: 'IN',
    mobile: s('98,99,97,95,93,88,87,81,79,70,63'),
    domains: s('gmail.com,yahoo.co.in,rediffmail.com'),
  },
};

/** One rendered person: `text` as written, the value span inside it, and the parts for e-mails. */
export type Person = { given: string; sur: string; text: string; vs: number; ve: number; form: string };

const caps = (x: string) => x.toLocaleUpperCase();
export const FORMS = s('full,given,title,titlefull,nick,lower,caps,double,particle,word,initial');

/** Renders a person of `variety` in `form`; the value is the name part (title excluded). */
export function person(r: Rand, variety: string, form: string): Person {
  const p = PEOPLE[variety];
  let given = choose(r, p.given);
  let sur = choose(r, p.sur);
  const vi = variety === 'vi-VN';
  const wrap = (text: string, f: string, pre = '', post = ''): Person => ({
    given,
    sur,
    text: pre + text + post,
    vs: pre.length,
    ve: pre.length + text.length,
    form: f,
  });
  const full = () => (vi ? `${sur} ${given}` : `${given} ${sur}`);
  const lastGiven = () => (vi ? (given.split(' ').pop() ?? given) : given);
  switch (form) {
    case 'given':
      return wrap(lastGiven(), form);
    case 'title':
    case 'titlefull': {
      const t = choose(r, p.titles);
      const v = form === 'titlefull' && !t.after ? full() : t.use === 'given' ? lastGiven() : sur;
      return t.after ? wrap(v, 'title', '', ` ${t.t}`) : wrap(v, form === 'titlefull' ? form : 'title', `${t.t} `);
    }
    case 'nick':
      given = choose(r, p.nick);
      return wrap(given, form);
    case 'lower':
      return wrap((r() < 0.5 ? full() : lastGiven()).toLocaleLowerCase(variety.slice(0, 2)), form);
    case 'caps':
      return wrap(caps(r() < 0.7 ? full() : sur), form);
    case 'double':
      if (!p.double[0]) return person(r, variety, 'full');
      sur = choose(r, p.double);
      return wrap(full(), form);
    case 'particle':
      if (!p.particle[0]) return person(r, variety, 'full');
      sur = choose(r, p.particle);
      return wrap(full(), form);
    case 'word':
      given = choose(r, p.word);
      return wrap(r() < 0.5 || vi ? given : `${given} ${sur}`, form);
    case 'initial':
      return wrap(vi || r() < 0.6 ? `${lastGiven()} ${sur[0]}.` : `${given[0]}. ${sur}`, form);
    default:
      return wrap(full(), 'full');
  }
}
