/**
 * Hold-out 25 names, written by hand for this corpus (no list from the repository). Each entry is "Given|Family"
 * (Western order) or "Family^Given" (family name written first: Vietnamese, Chinese-Singaporean, ...). Each language
 * has LOCAL people and borrows FOREIGN ones (diverse origins, Latin script) about a quarter of the time; Greek and
 * Ukrainian only use names in their own script. TITLES say how a title is used with a name in that language.
 */

/** `call`: what friends call the person (the given name; for Vietnamese the last syllable of it). */
export type Person = { given: string; call: string; family: string; full: string; origin: 'local' | 'foreign' };

const VI_MIDDLE = /^(Thị|Văn|Thi|Van|Minh|Đức|Duc|Ngọc|Ngoc|Quang|Thanh|Bảo|Bao|Gia|Thu) /;

export function person(entry: string, origin: 'local' | 'foreign'): Person {
  if (entry.includes('^')) {
    const [family, given] = entry.split('^');
    const call = VI_MIDDLE.test(given) ? (given.split(' ').at(-1) ?? given) : given;
    return { given, call, family, full: `${family} ${given}`, origin };
  }
  const [given, family] = entry.split('|');
  return { given, call: given, family, full: `${given} ${family}`, origin };
}

/** Diverse origins: Yoruba, Igbo, Akan, Kikuyu, Luo, Amharic, Somali, Tamil, Punjabi, Bengali, Chinese, Korean,
 * Japanese, Arabic, Persian, Turkish, Polish, Ukrainian, Brazilian, Mexican, Filipino, Irish, Scottish, Māori... */
export const FOREIGN = [
  'Kofi|Mensah',
  'Ama|Owusu',
  'Adebayo|Ogunleye',
  'Amaka|Okafor',
  'Chidi|Nwosu',
  'Wanjiru|Kamau',
  'Otieno|Ochieng',
  'Tigist|Bekele',
  'Hodan|Warsame',
  'Karthik|Subramanian',
  'Harpreet|Sandhu',
  'Farhana|Rahman',
  'Chen^Jiayi',
  'Park^Seo-yeon',
  'Haruto|Yamada',
  'Yusuf|Al-Khatib',
  'Layla|Haddad',
  'Dariush|Karimi',
  'Emre|Yıldız',
  'Zofia|Wiśniewska',
  'Oksana|Melnyk',
  'Thiago|Carvalho',
  'Ximena|Ortega',
  'Jericho|Dimaculangan',
  'Siobhán|Ní Bhriain',
  'Callum|MacLeod',
  'Aroha|Ngata',
  'Nguyen^Van Long',
  'Moana|Tuilagi',
  'Ibrahim|Diallo',
  'Fatou|Ndiaye',
  'Svetlana|Ivanova',
  'Mehmet|Aksoy',
  'Priya|Raghunathan',
  'Mateusz|Grabowski',
  'Lerato|Mokoena',
];

/** Each language's people, written as one comma-separated string per language. */
export const LOCAL: Record<string, string[]> = Object.fromEntries(
  Object.entries({
    'en-GB':
      'Gemma|Whitfield, Callum|Pryce, Niamh|Doherty, Rhys|Llewellyn, Poppy|Hargreaves, Alfie|Booth, Imogen|Fairclough, Tariq|Mahmood, Shannon|Bell, Declan|Oakes, Fiona|McCrae, Harvey|Stubbs',
    'en-US':
      'Brittany|Kowalczyk, Tyrone|Jackson, Madison|Hughes, DeShawn|Price, Kayla|Martinez, Cody|Brennan, Shanice|Robinson, Dustin|Yoder, Jasmine|Nguyen, Travis|Holloway, Alyssa|Greenberg, Marcus|Whitaker',
    'en-IN':
      'Ramesh|Iyer, Sunita|Deshpande, Vikram|Malhotra, Lakshmi|Narayanan, Arjun|Reddy, Pooja|Kulkarni, Manpreet|Gill, Anil|Chaudhary, Divya|Menon, Rohit|Banerjee, Kavya|Pillai, Sanjay|Patil',
    'en-NG':
      'Chinedu|Eze, Funmilayo|Adeyemi, Emeka|Okonkwo, Ngozi|Obi, Tunde|Bakare, Aisha|Bello, Ifeoma|Nnaji, Segun|Oladipo, Halima|Yusuf, Obinna|Uche, Bisola|Akande, Ikechukwu|Ani',
    'en-KE':
      'Wanjiku|Mwangi, Otieno|Odhiambo, Njeri|Kariuki, Kiprono|Kiptoo, Akinyi|Onyango, Mutua|Musyoka, Chebet|Rotich, Kamau|Njoroge, Auma|Okoth, Wafula|Barasa, Nyambura|Githinji, Kipchoge|Koech',
    'en-PH':
      'Maricel|Dela Cruz, Jomar|Santos, Rowena|Bautista, Arnel|Villanueva, Kristine|Mendoza, Rodel|Macaraeg, Joy|Pascual, Marlon|Reyes, Liezel|Aquino, Bong|Tolentino, Aileen|Cabrera, Jun-jun|Manalo',
    'en-SG':
      'Tan^Wei Ling, Lim^Jun Hao, Siti|Nurhaliza binte Osman, Muthu|Krishnan, Goh^Mei Xin, Farid|bin Ismail, Ong^Kai Wen, Priya|Nair, Lee^Hui Min, Wong^Zhi Hao, Nurul|Huda, Rajesh|Pillai',
    'de-DE':
      'Jens|Hoffmann, Birgit|Schäfer, Lukas|Brandt, Svenja|Krüger, Dirk|Lehmann, Anke|Voß, Mehmet|Kaya, Janina|Wójcik, Torsten|Albrecht, Marlene|Fuchs, Kevin|Schmitz, Ute|Bergmann',
    'de-AT':
      'Florian|Huber, Theresa|Gruber, Stefan|Pichler, Magdalena|Moser, Lukas|Steiner, Kathrin|Hofer, Andreas|Leitner, Verena|Wallner, Goran|Petrović, Elisabeth|Eder, Thomas|Aigner, Johanna|Brunner',
    'fr-FR':
      'Camille|Lefèvre, Mathieu|Garnier, Inès|Benali, Thibault|Rousseau, Océane|Marchand, Yannick|Le Goff, Sandrine|Faure, Karim|Haddad, Élodie|Perrin, Grégoire|Dupuis, Manon|Giraud, Jérôme|Lambert',
    'fr-CA':
      'Marie-Ève|Tremblay, Jean-François|Gagnon, Geneviève|Bouchard, Maxime|Côté, Véronique|Pelletier, Étienne|Lavoie, Josée|Bergeron, Sébastien|Gauthier, Chantal|Morin, Olivier|Fortin, Mélanie|Ouellet, Guillaume|Thibodeau',
    'es-ES':
      'Lucía|Fernández, Javier|Ruiz, Nerea|Etxeberria, Pau|Vidal, Rocío|Jiménez, Álvaro|Moreno, Montserrat|Puig, Iker|Zubizarreta, Carmen|Navarro, Sergio|Castaño, Inmaculada|Gil, Rubén|Domínguez',
    'es-MX':
      'Guadalupe|Hernández, José Luis|Ramírez, Xóchitl|Mendoza, Itzel|Cruz, Alejandro|Villaseñor, Fernanda|Ríos, Jesús|Cárdenas, Brenda|Salazar, Héctor|Zamora, Mariana|Esquivel, Ulises|Tapia, Yesenia|Aguilar',
    'es-AR':
      'Agustina|Ferraro, Facundo|Giménez, Florencia|Bianchi, Santiago|Paz, Micaela|Sosa, Gonzalo|Benítez, Romina|Acosta, Matías|Quiroga, Lucila|Ledesma, Nahuel|Cabrera, Milagros|Juárez, Tomás|Iturralde',
    'pt-BR':
      'Thaís|Albuquerque, Rodrigo|Nascimento, Jéssica|Ferreira, Wellington|Souza, Luana|Barbosa, João Pedro|Lima, Francisca|Araújo, Caio|Mendes, Raimunda|Silva, Gustavo|Rocha, Camila|Teixeira, Anderson|Cavalcanti',
    it: 'Giulia|Esposito, Lorenzo|Bruno, Chiara|Ferri, Alessandro|De Luca, Francesca|Marchetti, Gennaro|Russo, Martina|Colombo, Davide|Gallo, Rosaria|Greco, Matteo|Fontana, Ilaria|Barbieri, Salvatore|Caruso',
    nl: 'Sanne|de Vries, Bram|Jansen, Fleur|van Dijk, Joris|Bakker, Anouk|Visser, Thijs|Smit, Femke|van der Meer, Sven|Mulder, Noor|El Amrani, Ruud|Hendriks, Lieke|Bos, Gijs|Dekker',
    pl: 'Magdalena|Kowalska, Krzysztof|Nowak, Agnieszka|Wójcik, Paweł|Zieliński, Katarzyna|Lewandowska, Tomasz|Dąbrowski, Joanna|Szymańska, Marcin|Woźniak, Beata|Kamińska, Łukasz|Kaczmarek, Ewa|Mazur, Grzegorz|Piotrowski',
    cs: 'Jana|Nováková, Petr|Svoboda, Lucie|Dvořáková, Tomáš|Černý, Kateřina|Procházková, Jiří|Kučera, Veronika|Veselá, Martin|Horák, Tereza|Němcová, Ondřej|Marek, Zuzana|Pokorná, Radek|Růžička',
    ro: 'Andreea|Popescu, Mihai|Ionescu, Ioana|Dumitrescu, Bogdan|Stan, Elena|Munteanu, Răzvan|Constantinescu, Alina|Gheorghiu, Cosmin|Țurcanu, Roxana|Stoica, Florin|Matei, Mădălina|Radu, Ștefan|Lungu',
    tr: 'Ayşe|Demir, Mehmet|Çelik, Zeynep|Şahin, Mustafa|Öztürk, Elif|Arslan, Burak|Koç, Gülşen|Aydın, Emre|Kılıç, Hatice|Yılmaz, Oğuz|Erdoğan, Büşra|Kaplan, İsmail|Doğan',
    id: 'Siti|Rahayu, Budi|Santoso, Dewi|Lestari, Agus|Setiawan, Rina|Wulandari, Eko|Prasetyo, Putri|Anggraini, Joko|Susilo, Nur|Hidayah, Ketut|Suardana, Yulia|Siregar, Hendra|Gunawan',
    vi: 'Nguyễn^Thị Mai, Trần^Văn Hùng, Lê^Thu Hà, Phạm^Minh Tuấn, Hoàng^Thị Lan, Vũ^Đức Anh, Đặng^Ngọc Ánh, Bùi^Quang Huy, Đỗ^Thanh Hương, Ngô^Bảo Châu, Dương^Thị Hằng, Lý^Gia Bảo',
    'vi-nd':
      'Nguyen^Thi Mai, Tran^Van Hung, Le^Thu Ha, Pham^Minh Tuan, Hoang^Thi Lan, Vu^Duc Anh, Dang^Ngoc Anh, Bui^Quang Huy, Do^Thanh Huong, Ngo^Bao Chau, Duong^Thi Hang, Ly^Gia Bao',
    'th-rom':
      'Somchai|Srisuk, Nattaya|Wongsawat, Anan|Chaiyaporn, Pimchanok|Rattanakorn, Thanawat|Boonmee, Kanokwan|Sukprasert, Prasert|Kittisak, Siriporn|Thongdee, Wichai|Jaidee, Ratana|Phromma, Kittipong|Saelim, Apinya|Chanthara',
    sw: 'Neema|Mushi, Baraka|Mwakyusa, Rehema|Salim, Juma|Hamisi, Zawadi|Kimaro, Athumani|Bakari, Upendo|Massawe, Hamisi|Mwinyi, Mwanaisha|Said, Emmanuel|Lyimo, Halima|Mfinanga, Daudi|Komba',
    el: 'Γιώργος|Παπαδόπουλος, Ελένη|Κωνσταντίνου, Δημήτρης|Νικολάου, Κατερίνα|Γεωργίου, Νίκος|Ιωάννου, Μαρία|Παπαδάκη, Σταύρος|Αντωνίου, Αθηνά|Μιχαηλίδου, Χρήστος|Καραγιάννης, Σοφία|Βασιλείου, Παναγιώτης|Οικονόμου, Δέσποινα|Αλεξίου',
    uk: 'Олена|Коваленко, Андрій|Шевченко, Наталія|Бондаренко, Дмитро|Ткаченко, Ірина|Кравченко, Тарас|Мельник, Оксана|Лисенко, Богдан|Савчук, Юлія|Поліщук, Максим|Гончаренко, Світлана|Мороз, Василь|Руденко',
  }).map(([k, v]) => [k, v.split(', ')]),
);

/** Languages that never borrow FOREIGN Latin-script names. */
export const OWN_SCRIPT_ONLY = new Set(['el', 'uk']);

/** A title use: `pre`/`post` are text around the name; `part` which part of the name it goes with. */
export type Title = { pre: string; post: string; part: 'family' | 'given' | 'full' };
const t = (pre: string, part: Title['part'], post = ''): Title => ({ pre, post, part });

export const TITLES: Record<string, Title[]> = {
  'en-GB': [t('Mr ', 'family'), t('Mrs ', 'family'), t('Ms ', 'family'), t('Dr ', 'family')],
  'en-US': [t('Mr. ', 'family'), t('Mrs. ', 'family'), t('Ms. ', 'family'), t('Coach ', 'family')],
  'en-IN': [
    t('Mr. ', 'family'),
    t('Dr. ', 'full'),
    t('', 'given', ' sir'),
    t('', 'given', ' ma’am'),
    t('', 'given', 'ji'),
  ],
  'en-NG': [
    t('Mrs ', 'family'),
    t('Aunty ', 'given'),
    t('Chief ', 'family'),
    t('Pastor ', 'given'),
    t('Engr. ', 'full'),
  ],
  'en-KE': [t('Mr. ', 'family'), t('Mrs. ', 'family'), t('Mwalimu ', 'given'), t('Mama ', 'given')],
  'en-PH': [t('Ate ', 'given'), t('Kuya ', 'given'), t("Ma'am ", 'given'), t('Sir ', 'given'), t('Engr. ', 'full')],
  'en-SG': [t('Uncle ', 'given'), t('Auntie ', 'given'), t('Mdm ', 'family'), t('Mr ', 'family')],
  'de-DE': [t('Herr ', 'family'), t('Frau ', 'family'), t('Frau Dr. ', 'family'), t('Herrn ', 'family')],
  'de-AT': [t('Frau Mag. ', 'family'), t('Herr DI ', 'family'), t('Frau ', 'family'), t('Herr ', 'family')],
  'fr-FR': [
    t('M. ', 'family'),
    t('Mme ', 'family'),
    t('Madame ', 'family'),
    t('Monsieur ', 'family'),
    t('Dr ', 'family'),
  ],
  'fr-CA': [t('M. ', 'family'), t('Mme ', 'family'), t('Madame ', 'given'), t('Dr ', 'family')],
  'es-ES': [t('Sr. ', 'family'), t('Sra. ', 'family'), t('doña ', 'given'), t('don ', 'given')],
  'es-MX': [t('Lic. ', 'full'), t('la Sra. ', 'family'), t('Don ', 'given'), t('Ing. ', 'family')],
  'es-AR': [t('Sr. ', 'family'), t('Sra. ', 'family'), t('Dra. ', 'family'), t('el profe ', 'given')],
  'pt-BR': [t('Dona ', 'given'), t('Seu ', 'given'), t('Dr. ', 'given'), t('Sra. ', 'full')],
  it: [
    t('sig. ', 'family'),
    t('sig.ra ', 'family'),
    t('dott.ssa ', 'family'),
    t('dott. ', 'family'),
    t('la signora ', 'family'),
  ],
  nl: [t('meneer ', 'family'), t('mevrouw ', 'family'), t('dhr. ', 'full'), t('mw. ', 'family'), t('juf ', 'given')],
  pl: [t('pani ', 'given'), t('pan ', 'given'), t('dr ', 'full'), t('Pani ', 'full')],
  cs: [t('pan ', 'family'), t('paní ', 'family'), t('MUDr. ', 'full'), t('Ing. ', 'full')],
  ro: [t('domnul ', 'family'), t('doamna ', 'family'), t('dna ', 'full'), t('dl. ', 'full')],
  tr: [t('', 'given', ' Bey'), t('', 'given', ' Hanım'), t('Dr. ', 'full'), t('', 'given', ' hoca')],
  id: [t('Pak ', 'given'), t('Bu ', 'given'), t('Mas ', 'given'), t('Mbak ', 'given')],
  vi: [t('anh ', 'given'), t('chị ', 'given'), t('cô ', 'given'), t('chú ', 'given')],
  'vi-nd': [t('anh ', 'given'), t('chi ', 'given'), t('co ', 'given'), t('chu ', 'given')],
  'th-rom': [t('Khun ', 'given'), t("P'", 'given'), t('Ajarn ', 'given')],
  sw: [t('Bwana ', 'family'), t('Bi ', 'given'), t('Mama ', 'given'), t('Mwalimu ', 'given')],
  el: [t('κ. ', 'family'), t('κα ', 'family'), t('κυρία ', 'full'), t('κύριος ', 'full')],
  uk: [t('пан ', 'given'), t('пані ', 'given'), t('лікар ', 'full'), t('пані ', 'full')],
};
