// Hold-out 28 people: given names, family names and nicknames per locale. "Native=Latin" pairs for the languages
// written in their own script (the Latin side is used for e-mails, @handles and the romanized locales).
import { choose, type Rand } from './pii-holdout28-values.ts';

type Pool = { g: string; s: string; k: string; p?: string };
const POOLS: Record<string, Pool> = {
  'en-US': {
    g: 'Tyler|Brianna|Deshawn|Kaitlyn|Marisol|Everett|Shaniqua|Colton|Priya|Darnell|Meredith|Jaxon|Imani|Wesley',
    s: 'Kowalczyk|Whitfield|Okafor|Delgado|McAllister|Brennan|Nakamura|Washington|Holloway|Fitzgerald|Ruiz-Moreno|Lindqvist',
    k: 'Maddie|Trey|Bubba|Lexi|Benji|Kat|Jojo|Rob|Deb|Nate',
  },
  'en-GB': {
    g: 'Alistair|Siobhan|Gemma|Rhys|Imogen|Callum|Niamh|Hamish|Poppy|Tarquin|Ffion|Oliver|Harpreet|Declan',
    s: 'Pemberton|Fairclough|Ashworth|Llewellyn|Oyelaran|Gallagher|Thistlethwaite|Byrne|Chaudhry|MacLeod|Hargreaves|Whitlock',
    k: 'Ollie|Gem|Al|Hattie|Fi|Bex|Tash|Jonno|Loz|Moz',
  },
  'en-IN': {
    g: 'Ravi|Ananya|Harpreet|Karthik|Meenakshi|Farhan|Sukhwinder|Aishwarya|Venkatesh|Zoya|Siddharth|Lalitha|Gurleen|Abhishek',
    s: 'Subramanian|Iyer|Kaur|Singh Gill|Chatterjee|Qureshi|Deshpande|Naidu|Banerjee|Rajagopalan|Sheikh|Menon|Pillai|Ahluwalia',
    k: 'Chintu|Bunty|Pinky|Sonu|Guddu|Ammu|Kittu|Babloo|Rinku|Tinku',
  },
  'en-NG': {
    g: 'Chukwuemeka|Oluwaseun|Ngozi|Babajide|Adaeze|Temitope|Ifeanyi|Folasade|Abubakar|Chiamaka|Olumide|Hauwa|Obinna|Yetunde',
    s: 'Okonkwo|Adeyemi|Nwachukwu|Balogun|Eze|Oyelowo|Abdullahi|Okafor|Adebayo-Cole|Nnamdi|Ogunleye|Danjuma|Akinwande|Uchenna',
    k: 'Emeka|Seun|Tope|Ada|Jide|Chi-chi|Femi|Bisi|Ify|Dayo',
  },
  'en-KE': {
    g: 'Wanjiru|Kamau|Achieng|Otieno|Njeri|Kipchoge|Wambui|Mwangi|Atieno|Chebet|Kariuki|Nyokabi|Omondi|Jeptoo',
    s: 'Kimani|Mutua|Ochieng|Njoroge|Wafula|Kiprotich|Onyango|Gathoni|Mwende|Karanja|Chepkoech|Muriuki|Nyambura|Odhiambo',
    k: 'Shiru|Kim|Carol|Shiks|Njesh|Wairimu|Kevo|Wambo|Nyash|Jeff',
  },
  'en-PH': {
    g: 'Maricel|Jerome|Rhodora|Jomar|Kristine|Rommel|Lorna|Ferdinand|Jhunel|Mylene|Arnel|Precious|Dindo|Rosalinda',
    s: 'Dela Cruz|Santos|Macapagal|Villanueva|Bautista|Manalo|Dimaculangan|Pangilinan|Reyes|Soriano|Lacson|Magbanua',
    k: 'Ning|Jun-jun|Bong|Tonton|Cha|Inday|Dodong|Pia|Bebeng|Jhun',
  },
  'es-MX': {
    g: 'Guadalupe|Ximena|Itzel|Cuauhtémoc|Fernanda|Rodrigo|Citlali|Jesús|Yareli|Maximiliano|Araceli|Octavio|Nayeli|Efraín',
    s: 'Hernández Ortiz|Zúñiga|Xicoténcatl|Garza|Villaseñor|Domínguez|Tapia|Cervantes|Ochoa|Bustamante|Ramírez Treviño|Ayala',
    k: 'Lupita|Pepe|Chucho|Memo|Paco|Conchita|Lalo|Chela|Nacho|Toño',
  },
  'es-AR': {
    g: 'Facundo|Agustina|Martina|Gonzalo|Florencia|Santiago|Milagros|Lautaro|Valentina|Tomás|Rocío|Nahuel|Belén|Joaquín',
    s: 'Fernández|Pagliaro|Etcheverry|Sosa|Iturralde|Benítez|Gómez Paz|Lombardi|Figueroa|Quiroga|Schwartzman|Acosta',
    k: 'Facu|Agus|Flor|Santi|Tomi|Juanchi|Mili|Vale|Guille|Pato',
  },
  'es-ES': {
    g: 'Íñigo|Nerea|Jordi|Montserrat|Álvaro|Itziar|Rocío|Borja|Ainhoa|Xavier|Macarena|Gorka|Leire|Sergio',
    s: 'García-Lorca|Etxeberria|Puig|Fernández de Córdoba|Sanz|Iglesias|Aguirre|Vallejo|Pujol|Castro|Larrañaga|Moreno',
    k: 'Nacho|Maca|Quique|Pili|Javi|Lola|Curro|Nines|Rafa|Pepa',
  },
  'pt-BR': {
    g: 'Thiago|Luana|Gabriela|Caio|Raimunda|Vinícius|Jéssica|Wellington|Thaís|Anderson|Iracema|Rogério|Kauã|Débora',
    s: 'da Silva|Carvalho|Nascimento|Albuquerque|Figueiredo|dos Santos|Moraes|Pereira Lima|Bezerra|Cavalcanti|Rocha|Assunção',
    k: 'Gabi|Lu|Tiaguinho|Dudu|Juju|Nando|Bia|Rafa|Paulinho|Dri',
  },
  'fr-FR': {
    g: 'Timothée|Anaïs|Maëlle|Baptiste|Solène|Gaëtan|Ophélie|Yannick|Clémence|Karim|Aurélien|Nadège|Loïc|Bérénice',
    s: 'Lefebvre|Dubois-Martin|Mercier|Benhamou|Rousseau|Le Goff|Fontaine|Giraud|Chevalier|Nguyen|Kerleau|Marchand',
    k: 'Titi|Béa|Loulou|Manu|Seb|Juju|Doudou|Nico|Fifi|Steph',
  },
  'de-DE': {
    g: 'Jörg|Annika|Malte|Wiebke|Torben|Friederike|Kai-Uwe|Svenja|Till|Henrike|Björn|Gudrun|Jannik|Ilse',
    s: 'Schäfer|Müller-Lüdenscheidt|Brinkmann|Hoffmann|Kowalski|Yılmaz|Weißenborn|Petersen|Zimmermann|Krüger|Baumgärtner|Lindner',
    k: 'Steffi|Basti|Flo|Lena|Maxi|Uli|Susi|Tobi|Rike|Nici',
  },
  'it-IT': {
    g: 'Gianluca|Chiara|Ludovica|Pierpaolo|Federica|Salvatore|Ginevra|Raffaele|Annalisa|Edoardo|Mariagrazia|Carmine|Benedetta|Saverio',
    s: 'Esposito|Colombo|Lo Bianco|De Luca|Santangelo|Bianchi|Ferraris|Cannavaro|Di Stefano|Marchetti|Pellegrino|Russo',
    k: 'Gigi|Fede|Pippo|Vale|Ciccio|Betta|Totò|Ale|Peppe|Nino',
  },
  'nl-NL': {
    g: 'Sanne|Joost|Femke|Thijs|Marloes|Bram|Ilse|Maarten|Noor|Sjoerd|Anouk|Gijs|Lieke|Wouter',
    s: 'de Vries|van den Berg|Bakker|Jansen|van der Meulen|Visser|Smit|de Groot|Mulder|Bos|van Dijk|Kuipers',
    k: 'Jopie|Bas|Floor|Kees|Mies|Pim|Lotje|Joep|Sjaak|Fenna',
  },
  'pl-PL': {
    g: 'Zbigniew|Agnieszka|Grzegorz|Małgorzata|Przemysław|Katarzyna|Wojciech|Jadwiga|Bartłomiej|Zofia|Łukasz|Dorota|Kacper|Bożena',
    s: 'Wiśniewski|Kowalczyk|Szczepańska|Grabowski|Wójcik|Brzęczyszczykiewicz|Nowak|Jabłońska|Zieliński|Dąbrowska|Kaczmarek|Pawlak',
    k: 'Gosia|Kasia|Zbyszek|Bartek|Wojtek|Jadzia|Kuba|Ola|Przemek|Basia',
  },
  'tr-TR': {
    g: 'Emre|Zeynep|Mehmet Ali|Büşra|Oğuzhan|Elif|Çağla|Hüseyin|Gülşen|Serkan|İlayda|Barış|Nazlı|Kerem',
    s: 'Yılmaz|Öztürk|Çelik|Kaya|Şahin|Aydın|Erdoğan|Kılıç|Demirci|Arslan|Korkmaz|Güneş',
    k: 'Memo|Zeyno|Oğuz|Büşi|Ece|Hüso|Barışçım|Kero|Elifçik|Nazo',
  },
  'ru-RU': {
    g: 'Алексей=Aleksey|Ксения=Kseniya|Дмитрий=Dmitry|Екатерина=Ekaterina|Вячеслав=Vyacheslav|Анастасия=Anastasia|Тимур=Timur|Людмила=Lyudmila|Святослав=Svyatoslav|Дарья=Darya|Артём=Artyom|Ульяна=Ulyana',
    s: 'Кузнецов=Kuznetsov|Смирнова=Smirnova|Волков=Volkov|Лебедева=Lebedeva|Ахмедов=Akhmedov|Соколов=Sokolov|Белоусова=Belousova|Гринберг=Grinberg|Морозов=Morozov|Шевцова=Shevtsova',
    k: 'Саша=Sasha|Лёша=Lyosha|Катюша=Katyusha|Дима=Dima|Настя=Nastya|Слава=Slava|Люда=Lyuda|Даша=Dasha|Тёма=Tyoma|Уля=Ulya',
    p: 'Сергеевич=Sergeyevich|Игоревна=Igorevna|Викторович=Viktorovich|Андреевна=Andreyevna|Олегович=Olegovich|Павловна=Pavlovna',
  },
  'uk-UA': {
    g: 'Олександр=Oleksandr|Оксана=Oksana|Богдан=Bohdan|Соломія=Solomiia|Тарас=Taras|Ірина=Iryna|Ярослав=Yaroslav|Мирослава=Myroslava|Остап=Ostap|Христина=Khrystyna|Василь=Vasyl|Галина=Halyna',
    s: 'Шевченко=Shevchenko|Коваленко=Kovalenko|Бондаренко=Bondarenko|Мельник=Melnyk|Ткачук=Tkachuk|Кравчишин=Kravchyshyn|Гнатюк=Hnatiuk|Лисенко=Lysenko|Федорук=Fedoruk|Павлишин=Pavlyshyn',
    k: 'Сашко=Sashko|Оксанка=Oksanka|Богданчик=Bohdanchyk|Ярчик=Yarchyk|Іра=Ira|Тарасик=Tarasyk|Галя=Halia|Христя=Khrystia|Вася=Vasia|Мирося=Myrosia',
    p: 'Петрович=Petrovych|Іванівна=Ivanivna|Миколайович=Mykolaiovych|Степанівна=Stepanivna',
  },
  'el-GR': {
    g: 'Γιώργος=Giorgos|Ελένη=Eleni|Δημήτρης=Dimitris|Κατερίνα=Katerina|Σπύρος=Spyros|Βασιλική=Vasiliki|Θανάσης=Thanasis|Ευανθία=Evanthia|Στέλιος=Stelios|Χρυσούλα=Chrysoula|Παναγιώτης=Panagiotis|Αγλαΐα=Aglaia',
    s: 'Παπαδόπουλος=Papadopoulos|Οικονόμου=Oikonomou|Γεωργίου=Georgiou|Καραγιάννη=Karagianni|Μαυρίδης=Mavridis|Αντωνίου=Antoniou|Τσακαλίδου=Tsakalidou|Βλάχος=Vlachos|Ζαφειρίου=Zafeiriou|Κωνσταντινίδης=Konstantinidis',
    k: 'Γιωργάκης=Giorgakis|Λενιώ=Lenio|Μήτσος=Mitsos|Κατερινάκι=Katerinaki|Βάσω=Vaso|Θάνος=Thanos|Στελάρας=Stelaras|Χρύσα=Chrysa|Τάκης=Takis|Λίτσα=Litsa',
  },
  'ar-EG': {
    g: 'أحمد=Ahmed|منة الله=Menna|محمود=Mahmoud|ياسمين=Yasmine|شريف=Sherif|هبة=Heba|عمرو=Amr|نورهان=Nourhan|مصطفى=Mostafa|دينا=Dina|كريم=Karim|رحاب=Rehab',
    s: 'عبد الرحمن=Abdelrahman|السيد=El-Sayed|الشناوي=El-Shenawy|فهمي=Fahmy|عبد العزيز=Abdelaziz|منصور=Mansour|حجازي=Hegazy|البنا=El-Banna|زكي=Zaki|عثمان=Osman',
    k: 'حودة=Hoda|ميدو=Mido|سوسو=Soso|توتة=Tota|زيزو=Zizo|بوسي=Bossy|شيكو=Shiko|لولو=Lolo|نونا=Nona|كوكي=Koky',
  },
  'ar-AE': {
    g: 'خالد=Khalid|مريم=Maryam|سلطان=Sultan|شما=Shamma|راشد=Rashid|عائشة=Aisha|حمدان=Hamdan|موزة=Moza|عبدالله=Abdulla|نورة=Noura|سيف=Saif|حصة=Hessa',
    s: 'المنصوري=Al Mansoori|الكعبي=Al Kaabi|الشامسي=Al Shamsi|النعيمي=Al Nuaimi|الظاهري=Al Dhaheri|المهيري=Al Muhairi|الفلاسي=Al Falasi|السويدي=Al Suwaidi|القاسمي=Al Qasimi|البلوشي=Al Balushi',
    k: 'بو خالد=Bu Khalid|شموس=Shamous|حمودي=Hamoudi|عبودي=Abboudi|نونو=Nono|سيفو=Saifo|ميمي=Mimi|راشدو=Rashdo|موزي=Mozi|عوشة=Ousha',
  },
  'he-IL': {
    g: 'נועה=Noa|איתי=Itai|שירה=Shira|יונתן=Yonatan|מיכל=Michal|אביגיל=Avigail|עומר=Omer|תמר=Tamar|אליאור=Elior|רוני=Roni|דניאל=Daniel|הדס=Hadas',
    s: 'כהן=Cohen|לוי=Levi|מזרחי=Mizrahi|פרידמן=Friedman|אזולאי=Azoulay|ביטון=Biton|גולדברג=Goldberg|שפירא=Shapira|אבוטבול=Abutbul|רוזנטל=Rosenthal',
    k: 'נועי=Noi|איתיק=Itaik|שירי=Shiri|יוני=Yoni|מיכלי=Michali|תמי=Tami|עומרי=Omri|דני=Dani|הדסי=Hadasi|רוניק=Ronik',
  },
  'hi-IN': {
    g: 'राहुल=Rahul|प्रियंका=Priyanka|अंकित=Ankit|सुनीता=Sunita|विकास=Vikas|नेहा=Neha|मनोज=Manoj|पूजा=Pooja|दिव्यांशु=Divyanshu|कामिनी=Kamini|हरप्रीत=Harpreet|शबनम=Shabnam',
    s: 'शर्मा=Sharma|वर्मा=Verma|त्रिपाठी=Tripathi|यादव=Yadav|चौहान=Chauhan|मिश्रा=Mishra|अग्रवाल=Agarwal|श्रीवास्तव=Srivastava|अंसारी=Ansari|ठाकुर=Thakur',
    k: 'पप्पू=Pappu|गुड्डी=Guddi|मुन्ना=Munna|बिट्टू=Bittu|चिंकी=Chinki|राजू=Raju|डब्बू=Dabbu|मिंटू=Mintu|छोटू=Chhotu|पिंकी=Pinky',
  },
  'th-TH': {
    g: 'สมชาย=Somchai|สุภาพร=Supaporn|ธนากร=Thanakorn|วรรณา=Wanna|ณัฐพล=Nattapon|กาญจนา=Kanchana|ปิยะพงษ์=Piyapong|อรอุมา=Onuma|ศุภชัย=Supachai|พิมพ์ชนก=Pimchanok|ชยพล=Chayapon|รัตนา=Rattana',
    s: 'ศรีสุข=Srisuk|วงศ์สวัสดิ์=Wongsawat|แก้วมณี=Kaewmanee|บุญมา=Boonma|เจริญผล=Charoenphon|ทองดี=Thongdee|สุวรรณรัตน์=Suwannarat|พรหมมา=Phromma|อินทรสุวรรณ=Intarasuwan|ชัยมงคล=Chaimongkol',
    k: 'ต้น=Ton|แนน=Nan|เบียร์=Bier|ปุ๊ก=Pook|นุ่น=Noon|กอล์ฟ=Golf|แพร=Prae|โอ๊ต=Oat|ฝน=Fon|บอส=Boss',
  },
  'vi-VN': {
    g: 'Nguyễn Thị Thu Hà|Trần Văn Phúc|Lê Hoàng Nam|Phạm Ngọc Lan|Võ Minh Tuấn|Đặng Thùy Dung|Bùi Quốc Khánh|Huỳnh Thanh Tâm|Đỗ Bảo Ngọc|Hồ Xuân Trường|Ngô Thị Mai Anh|Dương Gia Huy',
    s: '',
    k: 'Bé Na|Tí|Bông|Cún|Mít|Su|Bin|Tôm|Xoài|Bo',
  },
  'id-ID': {
    g: 'Dewi|Agus|Sri Wahyuni|Bambang|Rizky|Siti Nurhaliza|Made|Putu|Yohanes|Intan|Fajar|Ratna|Hendra|Kadek',
    s: 'Lestari|Setiawan|Pratama|Hutapea|Wibowo|Simanjuntak|Nugroho|Saragih|Kusumawardani|Siregar|Harahap|Sembiring',
    k: 'Dedek|Yanti|Iwan|Tuti|Ucok|Nining|Bimo|Ayu|Yoyok|Neng',
  },
  'ms-MY': {
    g: 'Nurul Aisyah|Muhammad Hafiz|Siti Zulaikha|Ahmad Faizal|Farah Nadia|Mohd Khairul|Wan Azizah|Izzati|Kamarulzaman|Norazlina|Syafiq|Haziq',
    s: 'binti Abdullah|bin Ismail|binti Rahman|bin Hassan|binti Osman|bin Zakaria|binti Yusof|bin Ahmad|binti Mokhtar|bin Jamaluddin',
    k: 'Ecah|Pian|Ijat|Mimi|Along|Adik|Ina|Zul|Yan|Aqi',
  },
  'sw-KE': {
    g: 'Baraka|Zawadi|Juma|Neema|Makena|Kamau|Amani|Subira|Otieno|Rehema|Mwanaisha|Salim|Akinyi|Kiprono',
    s: 'Mwangi|Omondi|Wekesa|Mohamed|Njuguna|Chelimo|Mutiso|Barasa|Nyaga|Achieng|Ruto|Kiptoo|Wairimu|Mbugua',
    k: 'Bara|Zawa|Jumaa|Nemo|Kenny|Amo|Subi|Rehe|Sali|Kipro',
  },
  'tl-PH': {
    g: 'Marites|Jeffrey|Analyn|Rodel|Lovely|Ernesto|Cristina|Jayson|Honeylyn|Virgilio|Rowena|Mark Anthony|Nerissa|Reynaldo',
    s: 'Dimagiba|Macaraeg|Panganiban|Lualhati|Dalisay|Mangubat|Sarmiento|Buenaventura|Tolentino|Cabrera|Ilagan|Agbayani',
    k: 'Tess|Jepoy|Ana|Odel|Bhebs|Nonoy|Tina|Jay|Honey|Rowie',
  },
  'ro-RO': {
    g: 'Ionuț|Ioana|Bogdan|Mădălina|Răzvan|Alexandra|Cătălin|Bianca|Mihai|Roxana|Sorin|Florentina|Ștefan|Lăcrămioara',
    s: 'Popescu|Ionescu|Dumitrescu|Stănescu|Munteanu|Constantinescu|Ardeleanu|Rădulescu|Țurcanu|Vlădescu|Moldovan|Chirilă',
    k: 'Ionel|Ioanuța|Bogdi|Mădă|Răzvi|Alex|Cătă|Bibi|Mihăiță|Roxi',
  },
  'cs-CZ': {
    g: 'Jiří|Kateřina|Tomáš|Lucie|Ondřej|Veronika|Vojtěch|Markéta|Přemysl|Zuzana|Radek|Šárka|Lubomír|Bohumila',
    s: 'Novák|Dvořáková|Procházka|Černý|Kučerová|Veselý|Horáková|Němec|Pokorná|Marek|Šťastný|Hájková',
    k: 'Jirka|Káťa|Tom|Lucka|Ondra|Verča|Vojta|Markétka|Zuzka|Ráďa',
  },
};
for (const [alias, base] of [
  ['hi-Latn', 'hi-IN'],
  ['ar-Latn', 'ar-EG'],
  ['th-Latn', 'th-TH'],
  ['es-US', 'es-MX'],
])
  POOLS[alias] = POOLS[base];

/** Locales whose names are written in a non-Latin script. */
export const NATIVE = new Set(['ru-RU', 'uk-UA', 'el-GR', 'ar-EG', 'ar-AE', 'he-IL', 'hi-IN', 'th-TH']);
export const ROMANIZED = new Set(['hi-Latn', 'ar-Latn', 'th-Latn']);

export type Person = {
  /** The name as written in this locale's texts (native script where the locale has one). */
  first: string;
  last: string;
  full: string;
  nick: string;
  /** Latin forms (e-mails, handles, romanized chats). */
  firstL: string;
  lastL: string;
  nickL: string;
};

const pair = (x: string): [string, string] => {
  const [a, b] = x.split('=');
  return [a, b ?? a];
};

export function person(r: Rand, locale: string): Person {
  const pool = POOLS[locale];
  const roman = ROMANIZED.has(locale);
  const pick = (xs: string) => pair(choose(r, xs.split('|')));
  if (locale === 'vi-VN') {
    const full = choose(r, pool.g.split('|'));
    const parts = full.split(' ');
    const first = parts[parts.length - 1];
    const nick = choose(r, pool.k.split('|'));
    return { first, last: parts[0], full, nick, firstL: first, lastL: parts[0], nickL: nick };
  }
  const [g, gL] = pick(pool.g);
  const [s, sL] = pick(pool.s);
  const [k, kL] = pick(pool.k);
  let full = `${g} ${s}`;
  let fullL = `${gL} ${sL}`;
  if (pool.p && r() < 0.3) {
    const [p, pL] = pick(pool.p);
    full = `${g} ${p} ${s}`;
    fullL = `${gL} ${pL} ${sL}`;
  }
  if (roman) return { first: gL, last: sL, full: fullL, nick: kL, firstL: gL, lastL: sL, nickL: kL };
  return { first: g, last: s, full, nick: k, firstL: gL, lastL: sL, nickL: kL };
}

/** An @handle made from a person's Latin name (@anna.k, @Ravi_S, @dewi.lestari). */
export function handle(r: Rand, p: Person): string {
  const fold = (x: string) =>
    x
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[đĐ]/g, 'd')
      .replace(/[łŁ]/g, 'l')
      .replace(/ı/g, 'i')
      .replace(/ß/g, 'ss');
  const f = fold(p.firstL.split(' ')[0]);
  const l = fold(p.lastL)
    .replace(/^(Al|El|de|van|da|dos|bin|binti)[ -]/i, '')
    .replace(/[ -]/g, '');
  const low = (s: string) => s.toLowerCase();
  return `@${choose(r, [
    `${low(f)}.${low(l[0])}`,
    `${f}_${l[0]}`,
    `${low(f)}.${low(l)}`,
    `${low(f)}${low(l)}`,
    `${f}${l}`,
    low(f),
    `${low(f)}_${low(l)}`,
  ])}`;
}
