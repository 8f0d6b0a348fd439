// Hold-out 20 person names: given names (m/f), surnames and nicknames per country, in Latin letters and, where
// people in that country write them so, in the native script (Thai, Arabic, Urdu, Bengali, Devanagari).
import { pick, type Rand } from './pii-holdout20-values.ts';

interface Pool {
  m: string[];
  f: string[];
  s: string[];
  nick: string[];
  /** Full name maker (given + surname by default). */
  full?: (r: Rand, g: string, s: string, male: boolean) => string;
}
const w = (s: string) => s.split('|');

const LATIN: Record<string, Pool> = {
  IN: {
    m: w(
      'Rahul|Amit|Suresh|Vikram|Arjun|Rohit|Sandeep|Karthik|Venkatesh|Manoj|Abhishek|Pradeep|Harpreet|Imran|Siddharth|Anil',
    ),
    f: w(
      'Priya|Anjali|Sneha|Pooja|Kavya|Deepika|Lakshmi|Neha|Shruti|Divya|Meenakshi|Swati|Ritu|Ayesha|Gurpreet|Nandini',
    ),
    s: w(
      'Sharma|Verma|Iyer|Reddy|Nair|Patel|Gupta|Singh|Chatterjee|Deshmukh|Kulkarni|Menon|Rao|Yadav|Joshi|Banerjee|Pillai|Choudhary',
    ),
    nick: w('Bittu|Pinky|Chintu|Sonu|Monu|Guddu|Bablu|Rinku|Tinku|Pappu|Dolly|Sweety'),
  },
  PK: {
    m: w('Muhammad Ali|Ahmed|Bilal|Usman|Hamza|Faisal|Imran|Zeeshan|Kashif|Asad|Waqas|Shahid|Tariq|Adnan|Saad'),
    f: w('Ayesha|Fatima|Sana|Hina|Mahnoor|Zainab|Amna|Rabia|Sadia|Iqra|Mehwish|Saba|Nida|Kiran|Maryam'),
    s: w('Khan|Malik|Qureshi|Butt|Chaudhry|Sheikh|Raza|Abbasi|Siddiqui|Mirza|Awan|Baig|Hussain|Javed|Rana|Niazi'),
    nick: w('Bilu|Guddu|Sunny|Pappu|Mani|Chanda|Shani|Goldy|Munna|Nomi'),
  },
  BD: {
    m: w('Rahim|Karim|Sakib|Tanvir|Arif|Mahmud|Rafiq|Shuvo|Nazmul|Jahid|Imtiaz|Fahim|Habib|Sohel|Masud'),
    f: w('Nusrat|Farhana|Sumaiya|Tasnim|Rumana|Sharmin|Nasrin|Mim|Jannatul|Sadia|Ishrat|Tahmina|Shirin|Rupa|Lamia'),
    s: w('Hossain|Rahman|Islam|Ahmed|Chowdhury|Uddin|Akter|Khatun|Sarker|Talukder|Bhuiyan|Haque|Mia|Sheikh|Das|Roy'),
    nick: w('Shuvo|Rony|Mithu|Tuli|Pinky|Babu|Bappy|Tumpa|Joy|Munni'),
  },
  ID: {
    m: w('Budi|Agus|Dedi|Rizky|Eko|Andi|Fajar|Hendra|Wahyu|Bambang|Yusuf|Arief|Dimas|Teguh|Joko|Reza'),
    f: w('Siti|Dewi|Rina|Putri|Ayu|Fitri|Nur|Wulan|Indah|Ratna|Sri|Lestari|Anisa|Maya|Yuliana|Intan'),
    s: w(
      'Santoso|Wijaya|Saputra|Hidayat|Pratama|Setiawan|Kurniawan|Nugroho|Siregar|Nasution|Simanjuntak|Hutapea|Gunawan|Susanti|Rahmawati|Lubis',
    ),
    nick: w('Yudi|Ucok|Dodi|Neng|Uci|Tata|Iwan|Ani|Bowo|Tini'),
  },
  MY: {
    m: w(
      'Ahmad|Muhammad Hafiz|Faizal|Azman|Wei Jie|Kok Leong|Rajesh|Syafiq|Hakim|Arumugam|Ismail|Chee Keong|Amirul|Zulkifli',
    ),
    f: w(
      'Nurul Aisyah|Siti Nur|Farah|Aina|Mei Ling|Hui Min|Kavitha|Nabilah|Izzati|Puteri|Liyana|Shalini|Syazwani|Xin Yi',
    ),
    s: w('Ismail|Rahman|Abdullah|Hassan|Osman|Yusof|Ibrahim|Ahmad|Razak|Hamid|Tan|Lim|Wong|Muniandy'),
    nick: w('Abang Man|Ah Boy|Mat|Ijat|Ecah|Mimi|Ah Meng|Kak Ros|Pojie|Nana'),
    full: (r, g, s, male) =>
      /^(Wei Jie|Kok Leong|Chee Keong|Mei Ling|Hui Min|Xin Yi)$/.test(g)
        ? `${pick(r, ['Tan', 'Lim', 'Wong', 'Lee', 'Ng', 'Chong'])} ${g}`
        : /^(Rajesh|Arumugam|Kavitha|Shalini)$/.test(g)
          ? `${g} ${male ? 'a/l' : 'a/p'} ${pick(r, ['Muniandy', 'Subramaniam', 'Krishnan', 'Raju'])}`
          : `${g} ${male ? pick(r, ['bin', 'Bin']) : pick(r, ['binti', 'Binti', 'bt'])} ${/^(Tan|Lim|Wong|Muniandy)$/.test(s) ? 'Abdullah' : s}`,
  },
  PH: {
    m: w('Juan|Jose|Mark Anthony|John Paul|Rodel|Jerome|Christian|Michael|Ramon|Carlo|Ariel|Jayson|Rogelio|Kenneth'),
    f: w(
      'Maria Cristina|Jennifer|Mary Joy|Angelica|Kristine|Rowena|Maricel|Lovely|Jocelyn|Princess|Rhea|Charmaine|Liza|Aileen',
    ),
    s: w(
      'Dela Cruz|Santos|Reyes|Garcia|Mendoza|Bautista|Villanueva|Ramos|Aquino|Castillo|Navarro|Manalo|Pascual|Soriano|Dizon|Macaraeg',
    ),
    nick: w('Jun-Jun|Bong|Tintin|Jojo|Bebang|Dodong|Inday|Nonoy|Pia|Kikay|Bambi|Toto'),
  },
  VN: {
    m: w('Văn Hùng|Minh Tuấn|Quốc Bảo|Đức Anh|Thanh Tùng|Văn Nam|Hoàng Long|Quang Huy|Tiến Dũng|Văn Thắng'),
    f: w('Thị Lan|Thu Trang|Ngọc Anh|Thị Hương|Phương Linh|Thanh Hằng|Thị Mai|Khánh Linh|Bảo Ngọc|Thùy Dung'),
    s: w('Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương'),
    nick: w('Tí|Bin|Bống|Cún|Su|Bơ|Mít|Tũn|Gấu|Ốc'),
    full: (_r, g, s) => `${s} ${g}`,
  },
  TH: {
    m: w('Somchai|Somsak|Anan|Niran|Prasert|Chaiwat|Wichai|Kittipong|Thanakorn|Sarawut|Pongsak|Apichart'),
    f: w('Siriporn|Nattaya|Kanokwan|Pimchanok|Suda|Malee|Wanida|Ratana|Jintana|Araya|Chutima|Supaporn'),
    s: w(
      'Jaidee|Saetang|Srisuk|Wongsawat|Thongchai|Kaewmanee|Boonmee|Chaiyaporn|Rattanakorn|Sukprasert|Phromma|Intharasombat',
    ),
    nick: w('Ploy|Bee|Nok|Ton|Beer|Gift|Mint|Bank|Noey|Aom|Pui|Golf'),
  },
  NG: {
    m: w(
      'Chukwuemeka|Oluwaseun|Babatunde|Ibrahim|Emeka|Adebayo|Chinedu|Musa|Segun|Ikechukwu|Abdullahi|Tunde|Obinna|Yusuf',
    ),
    f: w('Ngozi|Funmilayo|Chioma|Aisha|Blessing|Adaeze|Folake|Zainab|Nkechi|Temitope|Yetunde|Amina|Chiamaka|Bukola'),
    s: w(
      'Okafor|Adeyemi|Okonkwo|Bello|Eze|Olawale|Nwosu|Abubakar|Adebayo|Ogunleye|Okeke|Balogun|Danjuma|Uche|Afolabi|Nnamdi',
    ),
    nick: w('Tunde|Emeka|Chidi|Seun|Bimbo|Ngo|Dayo|Tobi|Kemi|Femi'),
  },
  KE: {
    m: w('Brian|Kevin|Dennis|Otieno|Kamau|Mwangi|Kiprono|Collins|Victor|Evans|Wafula|Kipchoge|Samuel|Omondi'),
    f: w('Wanjiru|Akinyi|Njeri|Faith|Mercy|Achieng|Cherono|Wambui|Nafula|Joy|Grace|Atieno|Jepkorir|Nyambura'),
    s: w(
      'Kamau|Otieno|Mwangi|Ochieng|Kiprotich|Wanjiku|Njoroge|Odhiambo|Mutua|Kariuki|Wekesa|Chebet|Maina|Onyango|Kimani',
    ),
    nick: w('Kim|Sheila|Wesh|Kevo|Shiro|Nyash|Brayo|Mish|Ciku|Vinnie'),
  },
  GH: {
    m: w('Kwame|Kofi|Kwabena|Yaw|Kojo|Kwesi|Kwaku|Nii Armah|Fiifi|Ebo|Selorm|Elikem|Ato'),
    f: w('Akosua|Abena|Ama|Efua|Adwoa|Yaa|Afua|Esi|Naa Adjeley|Dzifa|Akua|Mawusi|Araba'),
    s: w('Mensah|Owusu|Boateng|Asante|Osei|Agyeman|Appiah|Addo|Quaye|Ansah|Amoah|Tetteh|Adjei|Ofori|Gyamfi|Darko'),
    nick: w('Kobby|Nana|Fifi|Paa Kwesi|Maame|Naa|Kay|Ekow'),
  },
  ZA: {
    m: w('Thabo|Sipho|Bongani|Themba|Lwazi|Pieter|Johan|Mandla|Kagiso|Tshepo|Ruan|Lungile|Sibusiso|Neo'),
    f: w(
      'Nomvula|Thandeka|Lerato|Zanele|Palesa|Ayanda|Anele|Marietjie|Refilwe|Nokuthula|Busisiwe|Karabo|Lindiwe|Naledi',
    ),
    s: w(
      'Nkosi|Dlamini|Mokoena|Khumalo|Ndlovu|van der Merwe|Botha|Mahlangu|Naidoo|Molefe|Sithole|Zulu|Pretorius|Mthembu|Venter|Govender',
    ),
    nick: w('Tebza|Jabu|Bongi|Lulu|Sne|Tumi|Zee|Kabelo'),
  },
  EG: {
    m: w('Ahmed|Mohamed|Mahmoud|Mostafa|Karim|Omar|Youssef|Hossam|Tamer|Sherif|Amr|Hany|Ashraf|Islam'),
    f: w('Mona|Nour|Mariam|Yasmin|Heba|Aya|Salma|Rania|Dina|Shaimaa|Nada|Hend|Reem|Asmaa'),
    s: w(
      'El Sayed|Abdel Rahman|Hassan|Mostafa|Fathy|El Masry|Ibrahim|Soliman|Abdelaziz|Gaber|Mansour|Farouk|Ragab|Shehata',
    ),
    nick: w('Hamada|Mido|Toty|Zizo|Bosy|Soso|Dodo|Roro|Titi|Hamo'),
  },
  MA: {
    m: w('Youssef|Mehdi|Hamza|Anas|Omar|Rachid|Hicham|Said|Ayoub|Mohammed Amine|Abdelilah|Karim|Khalid|Zakaria'),
    f: w('Fatima Zahra|Khadija|Salma|Imane|Meryem|Hajar|Nadia|Soukaina|Kawtar|Loubna|Hanane|Zineb|Siham|Asmae'),
    s: w(
      'El Amrani|Bennani|Alaoui|Tazi|Berrada|El Idrissi|Benjelloun|Chraibi|Ouazzani|El Fassi|Lahlou|Ait Ali|Bouazza|Naciri',
    ),
    nick: w('Simo|Hamid|Zizou|Fati|Mimi|Moha|Nounou|Jojo'),
  },
  SA: {
    m: w('Abdullah|Mohammed|Faisal|Saud|Khalid|Turki|Sultan|Nawaf|Fahad|Abdulrahman|Bandar|Majed|Saleh|Yazeed'),
    f: w('Noura|Reem|Sara|Haya|Lama|Alanoud|Nouf|Maha|Dana|Shahad|Ghada|Amal|Jawaher|Lulwa'),
    s: w(
      'Al-Qahtani|Al-Otaibi|Al-Ghamdi|Al-Harbi|Al-Dosari|Al-Shehri|Al-Zahrani|Al-Mutairi|Al-Anazi|Al-Subaie|Al-Shammari|Al Saud|Alyami|Al-Malki',
    ),
    nick: w('Abu Fahad|Um Saud|Fufu|Nono|Abu Khalid|Dodo|Bo Saleh'),
    full: (r, g, s, male) =>
      r() < 0.3 ? `${g} ${male ? 'bin' : 'bint'} ${pick(r, ['Abdullah', 'Saad', 'Ali'])} ${s}` : `${g} ${s}`,
  },
  AE: {
    m: w('Rashid|Hamdan|Saeed|Khalifa|Mansour|Ahmed|Obaid|Humaid|Sultan|Majid|Rakesh|Joseph|Arun|Mohammed'),
    f: w('Mariam|Shamma|Fatima|Hessa|Moza|Latifa|Aisha|Sheikha|Alya|Maitha|Anitha|Sheela|Rose|Joyce'),
    s: w(
      'Al Mansoori|Al Mazrouei|Al Shamsi|Al Nuaimi|Al Ketbi|Al Marri|Al Falasi|Al Suwaidi|Al Hashemi|Al Dhaheri|Pillai|Thomas|Fernandes|Varghese',
    ),
    nick: w('Bu Rashid|Um Hamdan|Shammoo|Mimi|Bobo|Hamoodi|Maitha'),
    full: (r, g, s) =>
      /^(Rakesh|Joseph|Arun|Anitha|Sheela|Rose|Joyce)$/.test(g)
        ? `${g} ${pick(r, ['Pillai', 'Thomas', 'Fernandes', 'Varghese', 'Nair'])}`
        : `${g} ${/^(Pillai|Thomas|Fernandes|Varghese)$/.test(s) ? 'Al Hammadi' : s}`,
  },
  TR: {
    m: w('Mehmet|Ahmet|Mustafa|Emre|Burak|Murat|Hüseyin|Oğuz|Serkan|Çağlar|İbrahim|Yusuf|Kerem|Barış'),
    f: w('Ayşe|Fatma|Zeynep|Elif|Emine|Büşra|Gülşen|Merve|Şeyma|Özlem|İrem|Derya|Ebru|Nur'),
    s: w('Yılmaz|Kaya|Demir|Şahin|Çelik|Yıldız|Öztürk|Aydın|Özdemir|Arslan|Doğan|Kılıç|Aslan|Çetin|Koç|Kurt'),
    nick: w('Memo|Apo|Ayşegül|Fatoş|Zeyno|Cano|Bülo|Mert'),
  },
  BR: {
    m: w(
      'João Pedro|Lucas|Gabriel|Rafael|Francisco|Antônio|Carlos Eduardo|Thiago|Matheus|José Carlos|Felipe|Bruno|Luiz Henrique|Rodrigo',
    ),
    f: w(
      'Maria Eduarda|Ana Paula|Juliana|Fernanda|Camila|Patrícia|Aline|Letícia|Francisca|Beatriz|Larissa|Vanessa|Gabriela|Luana',
    ),
    s: w(
      'da Silva|dos Santos|Oliveira|Souza|Rodrigues|Ferreira|Alves|Pereira|Lima|Gomes|Ribeiro|Carvalho|Almeida|Nascimento|Araújo|Barbosa',
    ),
    nick: w('Zé|Juninho|Gabi|Dudu|Rafa|Nanda|Carol|Duda|Tião|Bia|Lulu|Guga'),
    full: (r, g, s) =>
      r() < 0.4 ? `${g} ${pick(r, ['Souza', 'Lima', 'Costa', 'Rocha', 'Moreira'])} ${s}` : `${g} ${s}`,
  },
  MX: {
    m: w(
      'José Luis|Juan Carlos|Miguel Ángel|Jesús|Alejandro|Fernando|Ricardo|Eduardo|Arturo|Jorge|Francisco Javier|Raúl|Héctor|Óscar',
    ),
    f: w(
      'María Guadalupe|Guadalupe|Verónica|Alejandra|Claudia|Rosa María|Adriana|Leticia|Gabriela|Yesenia|Mariana|Fernanda|Araceli|Ximena',
    ),
    s: w(
      'Hernández|García|Martínez|López|González|Pérez|Rodríguez|Sánchez|Ramírez|Cruz|Flores|Gómez|Morales|Vázquez|Jiménez|Reyes',
    ),
    nick: w('Pepe|Lupita|Chuy|Paco|Memo|Lalo|Conchita|Toño|Nacho|Chayo|Quique|Pancho'),
    full: (r, g, s) => `${g} ${s} ${pick(r, ['Hernández', 'López', 'Torres', 'Ruiz', 'Mendoza', 'Castillo', 'Ortiz'])}`,
  },
  CO: {
    m: w(
      'Juan David|Andrés Felipe|Carlos Andrés|Santiago|Sebastián|Jhon Fredy|Luis Fernando|Camilo|Julián|Diego|Jhonatan|Esteban|Wilson|Óscar',
    ),
    f: w(
      'María Camila|Laura Valentina|Daniela|Paola|Luisa Fernanda|Natalia|Carolina|Ángela|Diana Marcela|Yuliana|Sandra|Lina|Valeria|Leidy',
    ),
    s: w(
      'Rodríguez|Gómez|González|Martínez|García|López|Hernández|Díaz|Restrepo|Gutiérrez|Ospina|Castaño|Cárdenas|Zapata|Vargas|Quintero',
    ),
    nick: w('Pipe|Juancho|Caro|Mafe|Pao|Santi|Dani|Mono|Chepe|Lucho'),
    full: (r, g, s) => `${g} ${s} ${pick(r, ['Restrepo', 'Mejía', 'Rojas', 'Moreno', 'Salazar', 'Arango', 'Pineda'])}`,
  },
};

const NATIVE: Record<string, { script: string; m: string[]; f: string[]; s: string[]; nick: string[] }> = {
  TH: {
    script: 'thai',
    m: w('สมชาย|สมศักดิ์|อนันต์|นิรันดร์|ประเสริฐ|ชัยวัฒน์|วิชัย|กิตติพงษ์|ธนากร|สราวุธ'),
    f: w('ศิริพร|ณัฐญา|กนกวรรณ|พิมพ์ชนก|สุดา|มาลี|วนิดา|รัตนา|จินตนา|อารยา'),
    s: w('ใจดี|แซ่ตั้ง|ศรีสุข|วงศ์สวัสดิ์|ธงชัย|แก้วมณี|บุญมี|ชัยพร|รัตนากร|สุขประเสริฐ'),
    nick: w('พลอย|บี|นก|ต้น|เบียร์|กิ๊ฟ|มิ้นท์|แบงค์|เนย|ปุ้ย'),
  },
  EG: {
    script: 'arabic',
    m: w('أحمد|محمد|محمود|مصطفى|كريم|عمر|يوسف|حسام|تامر|شريف'),
    f: w('منى|نور|مريم|ياسمين|هبة|آية|سلمى|رانيا|دينا|شيماء'),
    s: w('السيد|عبد الرحمن|حسن|مصطفى|فتحي|المصري|إبراهيم|سليمان|عبد العزيز|جابر'),
    nick: w('حمادة|ميدو|زيزو|سوسو|رورو'),
  },
  MA: {
    script: 'arabic',
    m: w('يوسف|المهدي|حمزة|أنس|عمر|رشيد|هشام|سعيد|أيوب|خالد'),
    f: w('فاطمة الزهراء|خديجة|سلمى|إيمان|مريم|هاجر|نادية|سكينة|كوثر|زينب'),
    s: w('العمراني|بناني|العلوي|التازي|برادة|الإدريسي|بنجلون|الشرايبي|الوزاني|الفاسي'),
    nick: w('سيمو|فاطي|موحا|نونو'),
  },
  SA: {
    script: 'arabic',
    m: w('عبدالله|محمد|فيصل|سعود|خالد|تركي|سلطان|نواف|فهد|عبدالرحمن'),
    f: w('نورة|ريم|سارة|هيا|لمى|العنود|نوف|مها|شهد|غادة'),
    s: w('القحطاني|العتيبي|الغامدي|الحربي|الدوسري|الشهري|الزهراني|المطيري|العنزي|الشمري'),
    nick: w('أبو فهد|أم سعود|بو صالح'),
  },
  AE: {
    script: 'arabic',
    m: w('راشد|حمدان|سعيد|خليفة|منصور|أحمد|عبيد|حميد|سلطان|ماجد'),
    f: w('مريم|شمة|فاطمة|حصة|موزة|لطيفة|عائشة|شيخة|علياء|ميثاء'),
    s: w('المنصوري|المزروعي|الشامسي|النعيمي|الكتبي|المري|الفلاسي|السويدي|الهاشمي|الظاهري'),
    nick: w('بو راشد|أم حمدان|شموه'),
  },
  PK: {
    script: 'arabic',
    m: w('محمد علی|احمد|بلال|عثمان|حمزہ|فیصل|عمران|ذیشان'),
    f: w('عائشہ|فاطمہ|ثنا|حنا|ماہ نور|زینب|آمنہ|رابعہ'),
    s: w('خان|ملک|قریشی|بٹ|چوہدری|شیخ|رضا|عباسی'),
    nick: w('بلو|گڈو|شانی'),
  },
  BD: {
    script: 'bengali',
    m: w('রহিম|করিম|সাকিব|তানভীর|আরিফ|মাহমুদ|রফিক|শুভ'),
    f: w('নুসরাত|ফারহানা|সুমাইয়া|তাসনিম|রুমানা|শারমিন|নাসরিন|মীম'),
    s: w('হোসেন|রহমান|ইসলাম|আহমেদ|চৌধুরী|উদ্দিন|আক্তার|সরকার'),
    nick: w('শুভ|রনি|মিঠু|টুলি'),
  },
  IN: {
    script: 'devanagari',
    m: w('राहुल|अमित|सुरेश|विक्रम|अर्जुन|रोहित|संदीप|मनोज'),
    f: w('प्रिया|अंजलि|स्नेहा|पूजा|नेहा|दिव्या|स्वाति|रितु'),
    s: w('शर्मा|वर्मा|गुप्ता|सिंह|यादव|जोशी|पटेल|चौधरी'),
    nick: w('बिट्टू|पिंकी|चिंटू|सोनू'),
  },
};
export const NATIVE_NAME_COUNTRIES = Object.keys(NATIVE);

const stripMarks = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');

export interface Name {
  v: string;
  form: string;
  script: string;
  male: boolean;
}

/**
 * A person name of `cc`. flags: m/f gender; g given name only (or nickname), s surname only, x full name; n native
 * script. Without a form flag: full 50%, given 30%, nickname 20%.
 */
export function person(r: Rand, cc: string, flags = ''): Name {
  const male = flags.includes('m') ? true : flags.includes('f') ? false : r() < 0.55;
  const native = flags.includes('n') && NATIVE[cc];
  const pool = native || LATIN[cc];
  const script = native ? native.script : 'latin';
  const g = pick(r, male ? pool.m : pool.f);
  const s = pick(r, pool.s);
  let form = flags.includes('s') ? 'surname' : flags.includes('x') ? 'full' : flags.includes('g') ? 'given' : '';
  if (!form) {
    const u = r();
    form = u < 0.5 ? 'full' : u < 0.8 ? 'given' : 'nick';
  }
  if (form === 'given' && r() < 0.25) form = 'nick';
  let v: string;
  if (form === 'surname') v = s;
  else if (form === 'given') v = cc === 'VN' && !native ? g.split(' ').pop() || g : g;
  else if (form === 'nick') v = pick(r, pool.nick);
  else v = !native && LATIN[cc].full ? (LATIN[cc].full?.(r, g, s, male) ?? '') : `${g} ${s}`;
  if (cc === 'VN' && r() < 0.5) {
    v = stripMarks(v);
    form += '-nomarks';
  }
  return { v, form, script, male };
}
