/**
 * Hold-out 19 person names of the chat communities: given names, surnames (in the local order), nicknames, and the
 * honorifics people put before or after a name. Only the name itself is the value; an honorific is context.
 */
import { choose, L, type Rand } from './pii-holdout19-values.ts';

type Names = {
  given: string[];
  family: string[];
  nick: string[];
  /** Honorifics written before the name ("kuya", "Mr") and after it ("bhai", "ji"). */
  before: string[];
  after: string[];
  /** Family name first (Singapore Chinese names). */
  familyFirst?: string[];
  /** Titles put before a bare surname ("Mr Sharma", "Chief Okafor"). */
  titles: string[];
  /** Arabizi spellings with digits for letters. */
  arabizi?: string[];
};

export const NAMES: Record<string, Names> = {
  hinglish: {
    given: L(
      'Rahul|Priya|Ankit|Neha|Rohit|Pooja|Vikram|Sneha|Aman|Kavya|Arjun|Divya|Siddharth|Ishita|Manoj|Sunita|Deepak|Anjali|Harpreet|Gurpreet|Tanvi|Yash|Shreya|Nikhil|Ritu',
    ),
    family: L(
      'Sharma|Verma|Gupta|Iyer|Reddy|Nair|Patel|Singh|Chauhan|Mehta|Joshi|Kulkarni|Banerjee|Chatterjee|Yadav|Agarwal|Pillai|Saxena',
    ),
    nick: L('Bittu|Pinky|Golu|Monu|Chintu|Sonu|Bunty|Guddu|Rinku|Tinku'),
    before: ['Dr', 'Dr.'],
    after: L('bhai|ji|bhaiya|didi|sir|madam|bhaisaab'),
    titles: L('Mr|Mrs|Dr|Mr.|Mrs.'),
  },
  urdu: {
    given: L(
      'Ali|Ayesha|Bilal|Hamza|Fatima|Usman|Zainab|Faisal|Sana|Imran|Hira|Kashif|Mahnoor|Waqas|Rabia|Asad|Sidra|Junaid|Maryam|Talha',
    ),
    family: L('Khan|Raza|Qureshi|Butt|Chaudhry|Malik|Siddiqui|Abbasi|Sheikh|Mirza|Awan|Hashmi|Javed|Iqbal'),
    nick: L('Bablu|Chunnu|Shani|Mani|Dani|Sunny|Billu|Gudiya'),
    before: ['Dr', 'Dr.'],
    after: L('bhai|sahab|baji|apa|ji|bhaijaan'),
    titles: ['Mr', 'Mrs', 'Dr', 'Chaudhry sahab'],
  },
  taglish: {
    given: L(
      'Mark|Jessa|Rhea|Jomar|Kristine|Angelica|Carlo|Mary Joy|Jhun|Marites|Rodel|Lovely|Princess|Jerome|Aiza|Nino|Rowena|Jayson|Shiela|Bea',
    ),
    family: L(
      'Dela Cruz|Santos|Reyes|Bautista|Garcia|Mendoza|Villanueva|Manalo|Castillo|Aquino|Dimaculangan|Macaraeg|Pangilinan|Soriano',
    ),
    nick: L('Jun-jun|Bong|Tintin|Buboy|Nene|Dodong|Ging|Bebang|Tonton'),
    before: L("ate|kuya|tito|tita|sir|ma'am|Mang|Aling|lola|lolo"),
    after: ['po'],
    titles: L("Sir|Ma'am|Atty|Engr|Dr"),
  },
  singlish: {
    given: L('Wei Ming|Jia Hui|Darren|Shermaine|Jun Jie|Hui Min|Mei Ling|Kelvin|Xin Yi|Jasmine|Bryan'),
    family: L('Tan|Lim|Ng|Lee|Goh|Chua|Ong|Teo|Koh|Wong|Sim|Yeo'),
    nick: L('Ah Seng|Ah Huat|Ah Lian|Xiao Ming|Ah Beng'),
    before: ['uncle', 'auntie'],
    after: [],
    familyFirst: L(
      'Tan Wei Ming|Lim Jia Hui|Ng Jun Jie|Goh Hui Min|Chua Mei Ling|Teo Xin Yi|Koh Boon Keat|Ong Siew Ling|Muhammad Farhan|Siti Aminah|Rajesh Kumar|Priya Nair',
    ),
    titles: ['Mr', 'Ms', 'Mdm', 'Dr'],
  },
  manglish: {
    given: L('Aiman|Nurul Aina|Hafiz|Syafiqah|Faizal|Amirul|Farah|Izzat|Nabila|Haziq|Aisyah|Arif|Zulkifli|Hidayah'),
    family: L('Ahmad|Ismail|Hassan|Rahman|Abdullah|Yusof|Razak|Hamzah'),
    nick: L('Pian|Mat|Mimi|Along|Angah|Adik'),
    before: L('abang|kak|encik|cik|bro|Cikgu'),
    after: [],
    titles: L('Encik|Puan|Dato|Dr|Cikgu'),
  },
  indo: {
    given: L('Budi|Siti|Agus|Dewi|Rizky|Putri|Andi|Ayu|Bayu|Intan|Wahyu|Fitri|Dimas|Rina|Eko|Wulan|Yoga'),
    family: L('Santoso|Wijaya|Pratama|Saputra|Hidayat|Kusuma|Nugroho|Setiawan|Lestari|Siregar|Simanjuntak|Halim'),
    nick: L('Ucok|Ujang|Neng|Tole|Butet|Dede'),
    before: L('pak|bu|mas|mbak|kak|bang|om|tante'),
    after: [],
    titles: ['Pak', 'Bu', 'Dr', 'Ibu'],
  },
  arabizi: {
    given: L(
      'Mohamed|Ahmed|Mahmoud|Youssef|Nour|Mariam|Omar|Salma|Karim|Hana|Rami|Layla|Tarek|Yasmine|Khaled|Hassan|Amine|Ghita|Hamza|Rania|Ziad|Maya',
    ),
    family: L(
      'El Sayed|Abdel Rahman|Haddad|Khoury|Nassar|Fakhoury|Mansour|El Amrani|Benali|Bennani|Chraibi|Farouk|Mostafa|Saleh|Aoun|Tazi',
    ),
    nick: L('Hamada|7oda|Mimi|Zizo|Dodo|Bibo|Toto|Sisi'),
    before: L('ustaz|ya 3am|doctor|madam|abu|tante|3amo|ostaz'),
    after: ['basha', 'bey'],
    titles: ['Mr', 'Dr', 'Madame', 'Ustaz'],
    arabizi: L(
      'Mo7amed|7assan|5aled|Sa3eed|3ali|Ma7moud|3omar|Mo7sen|3abdallah|Ta7a|Fat7y|Sa3d|3adel|Mar3y|Ra7ma|5adija',
    ),
  },
  spanglish: {
    given: L(
      'Juan|Lupita|Jose Luis|Maria Fernanda|Alejandro|Ximena|Carlos|Daniela|Jorge|Guadalupe|Brayan|Yesenia|Luis Angel|Itzel|Esteban|Araceli',
    ),
    family: L(
      'Hernandez|Garcia|Martinez|Lopez|Gonzalez|Ramirez|Flores|Gutierrez|Rodriguez|Castañeda|Ortiz|Sánchez|Villalobos',
    ),
    nick: L('Lalo|Pepe|Chuy|Paco|Memo|Lupe|Nacho|Chayo'),
    before: L('don|doña|tio|tia|compa|la seño|mi primo'),
    after: [],
    titles: L('Sr|Sra|Lic|Mr|Mrs|Dr'),
  },
  franglais: {
    given: L(
      'Mathieu|Émilie|Jean-François|Maxime|Chloé|Étienne|Sophie|Kevin|Marie-Ève|Olivier|Camille|Nathalie|Yannick|Gabrielle|Karim|Inès',
    ),
    family: L('Tremblay|Gagnon|Roy|Côté|Bouchard|Lefebvre|Dubois|Moreau|Girard|Lavoie|Bélanger|Pelletier|Fontaine'),
    nick: L('JF|Max|Manu|Steph|Gab|Mimi|Pat'),
    before: ['ma tante', 'mon oncle', 'mon chum', 'ma blonde'],
    after: [],
    titles: L('M.|Mme|Monsieur|Madame|Dr'),
  },
  denglisch: {
    given: L(
      'Lukas|Lena|Jonas|Anna-Lena|Maximilian|Sophie|Tobias|Katharina|Felix|Jana|Niklas|Marie|Jannik|Lea|Sebastian|Franziska',
    ),
    family: L('Müller|Schmidt|Schneider|Fischer|Weber|Meyer|Wagner|Becker|Hoffmann|Schulz|Krüger|Vogel|Schäfer|Yilmaz'),
    nick: L('Basti|Flo|Steffi|Maxi|Kathi|Domi|Jojo'),
    before: ['meine Kollegin', 'mein Kollege', 'Tante', 'Onkel'],
    after: [],
    titles: ['Herr', 'Frau', 'Dr.', 'Prof.'],
  },
  turklish: {
    given: L('Emre|Zeynep|Burak|Elif|Mehmet|Ayse|Can|Selin|Mert|Busra|Oguz|Deniz|Ayşe|Büşra|Oğuzhan|Ece|Kerem|Gizem'),
    family: L('Yilmaz|Kaya|Demir|Sahin|Celik|Yildiz|Aydin|Öztürk|Arslan|Doğan|Yıldırım|Koç|Kurt'),
    nick: L('Memo|Cano|Zeyno|Elo|Meto'),
    before: ['Dr.', 'Av.'],
    after: L('abi|abla|hocam|bey|hanım|hoca'),
    titles: ['Dr.', 'Av.', 'Prof.', 'Sayın'],
  },
  pidgin: {
    given: L(
      'Chinedu|Ngozi|Tunde|Funke|Emeka|Chioma|Segun|Bisi|Ibrahim|Aisha|Obinna|Yetunde|Uche|Kelechi|Damilola|Blessing|Femi|Amaka',
    ),
    family: L('Okafor|Adeyemi|Okonkwo|Balogun|Eze|Nwosu|Adebayo|Abubakar|Olawale|Ogunleye|Okeke|Bello|Nwachukwu'),
    nick: L('Chichi|Emmy|Tee|Dammy|Nedu|Ebuka'),
    before: L('oga|aunty|bros|madam|mama|engineer'),
    after: [],
    titles: L('Chief|Alhaji|Engr|Dr|Barr'),
  },
  sheng: {
    given: L(
      'Wanjiku|Otieno|Kamau|Achieng|Mwangi|Njeri|Kiprop|Wambui|Ochieng|Akinyi|Kibet|Nyambura|Brian|Mercy|Kevin|Faith|Wanjiru|Kimani',
    ),
    family: L('Kamau|Odhiambo|Mutua|Kariuki|Onyango|Wafula|Chebet|Kiptoo|Njoroge|Omondi|Muthoni|Wekesa'),
    nick: L('Shiro|Wash|Njosh|Kim|Mash|Wairimu'),
    before: L('mama|bro|msee|madam|auntie|cucu|mwalimu'),
    after: [],
    titles: ['Mzee', 'Mr', 'Mrs', 'Dr'],
  },
};

export type Person = { v: string; form: string; before?: string; after?: string };

/** One person of `mix` in a random form; honorifics returned apart (context, not value). */
export function person(r: Rand, mix: string): Person {
  const n = NAMES[mix];
  const k = r();
  const given = choose(r, n.given);
  if (n.arabizi && k < 0.15) return { v: choose(r, n.arabizi), form: 'arabizi' };
  if (n.familyFirst && k < 0.25) return { v: choose(r, n.familyFirst), form: 'full' };
  if (k < 0.3) return { v: given, form: 'given' };
  if (k < 0.55) return { v: `${given} ${choose(r, n.family)}`, form: 'full' };
  if (k < 0.67) return { v: choose(r, n.nick), form: 'nick' };
  if (k < 0.9 || n.before.length === 0) {
    if (n.after.length && (r() < 0.6 || n.before.length === 0))
      return { v: r() < 0.25 ? choose(r, n.nick) : given, form: 'honorific', after: choose(r, n.after) };
    return { v: given, form: 'honorific', before: choose(r, n.before) };
  }
  return { v: choose(r, n.family), form: 'title+surname', before: choose(r, n.titles) };
}
