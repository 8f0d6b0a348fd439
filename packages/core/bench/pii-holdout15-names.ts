/**
 * Name lists of hold-out 15, written blind (without reading the recognizers, the lexicons, the docs, the tests or the
 * other corpora). Ordinary given names and surnames of 18 cultures, typed by hand (no Faker): 20 male + 20 female
 * given names and 40 surnames each. Non-Latin cultures give "native=romanized" pairs; Cyrillic and Greek names are
 * romanized by a small table. Female surname forms (ru, uk, pl, el) are derived by rule.
 */

export type Gender = 'm' | 'f';

export interface Person {
  culture: string;
  gender: Gender;
  given: string;
  surname: string;
  /** The same person in Latin letters (equal to given/surname for Latin cultures). */
  givenRoman: string;
  surnameRoman: string;
}

interface Culture {
  m: string[];
  f: string[];
  s: string[];
  /** 'pair': entries are "native=roman"; 'cyr' / 'el': romanized by table; 'latin': as is. */
  script: 'latin' | 'pair' | 'cyr' | 'el';
  fem?: (surname: string) => string;
}

const w = (s: string) => s.trim().split(/\s+/);

const slavicFem = (s: string) =>
  s
    .replace(/ский$/, 'ская')
    .replace(/цкий$/, 'цкая')
    .replace(/ськ(ий)$/, 'ська')
    .replace(/цьк(ий)$/, 'цька')
    .replace(/(ов|ев|ёв|ин|ын)$/, '$1а');

const polishFem = (s: string) => s.replace(/(sk|ck|dzk)i$/, '$1a');

const greekFem = (s: string) =>
  s
    .replace(/άκης$/, 'άκη')
    .replace(/ίδης$/, 'ίδου')
    .replace(/όπουλος$/, 'οπούλου')
    .replace(/ος$/, 'ου')
    .replace(/ης$/, 'η')
    .replace(/ας$/, 'α');

export const CULTURES: Record<string, Culture> = {
  en: {
    script: 'latin',
    m: w(
      'James Daniel Ryan Liam Owen Callum Gavin Trevor Dylan Marcus Nathan Shane Derek Colin Harvey Keith Jordan Wesley Graham Toby',
    ),
    f: w(
      'Emma Chloe Megan Hannah Leah Rachel Amber Shannon Kirsty Gemma Bethany Holly Jodie Paige Courtney Lindsey Tara Vicky Heather Abbie',
    ),
    s: w(
      'Whitfield Hargreaves Pennington Ashworth Dobson Fairbairn Kettering Lockwood Marsh Pickering Rowntree Sutcliffe Thornton Wainwright Yardley Bramley Crowther Dawes Elsworth Fenwick Greaves Holroyd Ingham Jessop Kershaw Lomax Midgley Norcliffe Oakley Pilling Radcliffe Shuttleworth Tolson Uttley Varley Walsh Hebden Cropper Barraclough Foxley',
    ),
  },
  de: {
    script: 'latin',
    m: w(
      'Lukas Jonas Florian Tobias Sebastian Matthias Stefan Jürgen Dirk Holger Kai Sven Timo Uwe Marco Jannik Niklas Björn Rainer Volker',
    ),
    f: w(
      'Lena Anja Katrin Sabine Birgit Julia Miriam Jana Nadine Heike Ute Svenja Carina Franziska Lisa Anke Melanie Tanja Kerstin Doris',
    ),
    s: w(
      'Hoffmann Brandt Kessler Lehmann Vogt Richter Pohl Albrecht Seidel Hartung Winkler Kühn Engel Haas Fuchs Ziegler Bauer Schubert Dietrich Kraus Sommer Voigt Lindner Hahn Ebert Krämer Thiele Böhm Jansen Wendt Pfeiffer Heinrich Busch Schröter Roth Graf Beck Lorenz Friedrich Möller',
    ),
  },
  fr: {
    script: 'latin',
    m: w(
      'Julien Thomas Nicolas Maxime Romain Quentin Antoine Mathieu Florent Cédric Jérôme Yannick Olivier Benoît Théo Hugo Loïc Sylvain Damien Arnaud',
    ),
    f: w(
      'Camille Léa Manon Chloé Aurélie Sandrine Élodie Céline Pauline Margaux Audrey Nathalie Sophie Laure Mathilde Inès Justine Émilie Coralie Gaëlle',
    ),
    s: w(
      'Dubois Lefèvre Moreau Girard Fournier Mercier Garnier Chevalier Rousseau Blanchard Gauthier Perrin Morel Lambert Fontaine Roussel Bonnet Marchand Caron Dupuis Leclerc Guérin Boyer Renard Colin Barbier Brunet Picard Lemoine Aubert Meunier Vasseur Hamon Tessier Royer Poulain Carpentier Leroux Besson Deschamps',
    ),
  },
  es: {
    script: 'latin',
    m: w(
      'Mateo Javier Alejandro Sergio Álvaro Rubén Iván Adrián Gonzalo Raúl Diego Hugo Marcos Andrés Jorge Íñigo Rodrigo Pablo Héctor Emilio',
    ),
    f: w(
      'Lucía Marta Elena Paula Carmen Nerea Alba Irene Noelia Rocío Sara Claudia Beatriz Lorena Ainhoa Natalia Silvia Inmaculada Pilar Sonia',
    ),
    s: w(
      'García Fernández Martínez Sánchez Romero Navarro Torres Domínguez Vázquez Ramos Gil Serrano Molina Morales Ortega Delgado Castro Ortiz Rubio Marín Sanz Iglesias Núñez Medina Garrido Cortés Castillo Santos Lozano Guerrero Cano Prieto Méndez Cruz Calvo Gallego Vidal León Herrera Márquez',
    ),
  },
  it: {
    script: 'latin',
    m: w(
      'Lorenzo Matteo Alessandro Davide Simone Federico Riccardo Stefano Andrea Luca Marco Paolo Emanuele Fabio Nicola Daniele Giacomo Salvatore Cristian Michele',
    ),
    f: w(
      'Giulia Chiara Francesca Federica Valentina Martina Sara Alessia Silvia Elisa Ilaria Roberta Serena Giorgia Noemi Beatrice Arianna Claudia Monica Debora',
    ),
    s: w(
      'Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti Costa Giordano Mancini Rizzo Lombardi Moretti Barbieri Fontana Santoro Mariani Rinaldi Caruso Ferrara Galli Martini Leone Longo Gentile Martinelli Vitale Serra Coppola Ferri Pellegrino Palumbo Sanna Fabbri',
    ),
  },
  pt: {
    script: 'latin',
    m: w(
      'João Tiago Rafael Bruno Gustavo Leonardo Rodrigo Thiago Felipe Diogo Vinícius Caio Gonçalo Renato Fábio Márcio Henrique Otávio Duarte Nuno',
    ),
    f: w(
      'Ana Beatriz Mariana Larissa Camila Juliana Fernanda Letícia Inês Raquel Joana Patrícia Tatiana Daniela Carolina Bianca Vanessa Priscila Catarina Sílvia',
    ),
    s: w(
      'Silva Santos Oliveira Souza Pereira Costa Rodrigues Almeida Nascimento Lima Araújo Fernandes Carvalho Gomes Martins Rocha Ribeiro Alves Monteiro Mendes Barros Freitas Barbosa Pinto Moreira Cardoso Teixeira Correia Cavalcanti Dias Castro Campos Nogueira Azevedo Lopes Machado Vieira Ramos Tavares Quintela',
    ),
  },
  nl: {
    script: 'latin',
    m: w(
      'Pieter Bram Daan Sander Joost Maarten Ruben Thijs Wouter Niels Jeroen Stijn Koen Bas Gijs Sjoerd Lars Teun Roel Hidde',
    ),
    f: w(
      'Sanne Femke Lotte Anouk Eline Marieke Ilse Fleur Iris Noor Esther Roos Maaike Willemijn Annelies Lieke Marloes Inge Jolien Renske',
    ),
    s: w(
      'Jansen Bakker Visser Smit Meijer Mulder Bos Vos Peters Hendriks Dekker Brouwer Dijkstra Kok Jacobs Vermeulen Schouten Willems Hoekstra Koster Prins Huisman Kuipers Postma Veenstra Boer Timmermans Groen Gerritsen Sanders Wolters Bosman Kramer Verhoeven Jonker Blom Hermans Scholten Brink Vink',
    ),
  },
  pl: {
    script: 'latin',
    fem: polishFem,
    m: w(
      'Piotr Krzysztof Tomasz Paweł Michał Marcin Łukasz Grzegorz Wojciech Mateusz Kamil Bartosz Rafał Dawid Sebastian Jakub Adrian Przemysław Damian Szymon',
    ),
    f: w(
      'Agnieszka Katarzyna Małgorzata Joanna Monika Ewa Magdalena Aleksandra Natalia Karolina Dorota Justyna Beata Paulina Weronika Marta Izabela Sylwia Aneta Zuzanna',
    ),
    s: w(
      'Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski Krawczyk Piotrowski Grabowski Nowakowski Pawłowski Michalski Adamczyk Dudek Zając Wieczorek Jabłoński Król Majewski Olszewski Jaworski Wróbel Malinowski Pawlak Witkowski Walczak Stępień Górski Rutkowski Sikora Baran',
    ),
  },
  tr: {
    script: 'latin',
    m: w(
      'Mehmet Mustafa Emre Burak Murat Serkan Onur Oğuz Hakan Volkan Cem Barış Kerem Tolga Uğur Yusuf Eren Furkan Selim Kaan',
    ),
    f: w(
      'Ayşe Elif Zeynep Merve Büşra Esra Gizem Derya Özlem Tuğba Ebru Seda Pınar Nur Gülşen Hülya Dilek İrem Cansu Sevgi',
    ),
    s: w(
      'Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Korkmaz Erdem Güneş Aksoy Tekin Bulut Karaca Uçar Ekinci Tunç Avcı Sarı Bozkurt Türkmen Keskin Ünal Altun Durmaz Ergin',
    ),
  },
  ru: {
    script: 'cyr',
    fem: slavicFem,
    m: w(
      'Алексей Дмитрий Сергей Андрей Максим Илья Артём Никита Павел Роман Олег Виталий Евгений Кирилл Денис Степан Глеб Тимур Вадим Константин',
    ),
    f: w(
      'Анна Екатерина Мария Ольга Татьяна Наталья Ирина Юлия Дарья Ксения Полина Вероника Алина Светлана Елизавета Марина Людмила Софья Валерия Надежда',
    ),
    s: w(
      'Смирнов Кузнецов Попов Соколов Лебедев Козлов Новиков Морозов Волков Соловьёв Васильев Зайцев Павлов Семёнов Голубев Виноградов Богданов Воробьёв Фёдоров Михайлов Беляев Тарасов Белов Комаров Орлов Киселёв Макаров Андреев Ковалёв Ильин Гусев Титов Кузьмин Кудрявцев Баранов Куликов Алексеев Степанов Яковлев Сорокин',
    ),
  },
  uk: {
    script: 'cyr',
    fem: slavicFem,
    m: w(
      'Олександр Андрій Тарас Богдан Остап Володимир Юрій Назар Ярослав Михайло Василь Дмитро Максим Мирослав Петро Степан Іван Олег Роман Святослав',
    ),
    f: w(
      'Катерина Оксана Олена Ірина Наталія Тетяна Юлія Мар’яна Соломія Галина Христина Людмила Ганна Зоряна Іванна Вікторія Дарина Олеся Софія Леся',
    ),
    s: w(
      'Бондаренко Шевчук Коваленко Ткаченко Кравченко Олійник Мельник Шевченко Бойко Коваль Поліщук Лисенко Руденко Савченко Марченко Мороз Павленко Кравчук Гнатюк Левченко Харченко Панченко Романюк Данилюк Гончаренко Костенко Юрченко Ковальчук Тимошенко Кушнір Литвиненко Приходько Білик Кузьмич Онищенко Мазур Зінченко Остапчук Гаврилюк Ярема',
    ),
  },
  el: {
    script: 'el',
    fem: greekFem,
    m: w(
      'Γιώργος Νίκος Δημήτρης Κώστας Γιάννης Παναγιώτης Βασίλης Χρήστος Αντώνης Μιχάλης Σταύρος Θανάσης Ηλίας Σπύρος Άγγελος Λευτέρης Πέτρος Στέλιος Μάριος Ανδρέας',
    ),
    f: w(
      'Μαρία Ελένη Κατερίνα Βασιλική Σοφία Αγγελική Δήμητρα Γεωργία Ευαγγελία Χριστίνα Ιωάννα Αναστασία Δέσποινα Φωτεινή Ευτυχία Θεοδώρα Ζωή Ειρήνη Νεφέλη Μυρτώ',
    ),
    s: w(
      'Παπαδόπουλος Γεωργίου Οικονόμου Νικολάου Καραγιάννης Βλάχος Αθανασίου Μακρής Ζαχαρίου Κωνσταντινίδης Παπανικολάου Αλεξίου Σταματόπουλος Μαυρίδης Κουτσούκος Λαμπράκης Τσακίρης Δημητρίου Χατζηδάκης Σιδηρόπουλος Ρήγας Φραγκιαδάκης Μπακάλης Κυριακίδης Πετράκης Σαββίδης Ξενάκης Αναγνώστου Καλογεράκης Μελετίου Πολυχρόνης Δρόσος Τζαννετάκης Ραφαηλίδης Στεφανίδης Μπέλλος Γκίκας Κατσαρός Ζερβός Μανωλάκης',
    ),
  },
  ar: {
    script: 'pair',
    m: w(
      'أحمد=Ahmed محمد=Mohamed خالد=Khaled يوسف=Youssef عمر=Omar طارق=Tarek سامي=Sami كريم=Karim مازن=Mazen زياد=Ziad فيصل=Faisal هشام=Hisham وليد=Walid ماجد=Majed رامي=Rami باسل=Basel نبيل=Nabil عادل=Adel إياد=Iyad أنس=Anas',
    ),
    f: w(
      'فاطمة=Fatima مريم=Mariam نور=Nour سارة=Sara ليلى=Layla هدى=Huda رنا=Rana دينا=Dina ياسمين=Yasmine هالة=Hala سلمى=Salma منى=Mona رهف=Rahaf لينا=Lina أمل=Amal ريم=Reem شيماء=Shaimaa بسمة=Basma غادة=Ghada نادية=Nadia',
    ),
    s: w(
      'الحسن=Al-Hassan العلي=Al-Ali الخطيب=Al-Khatib المصري=Al-Masri الشامي=Al-Shami النجار=Al-Najjar الحداد=Al-Haddad العمري=Al-Omari الزعبي=Al-Zoubi الحلبي=Al-Halabi حداد=Haddad منصور=Mansour سليمان=Suleiman عيسى=Issa خوري=Khoury داود=Daoud عبدالله=Abdullah الرفاعي=Al-Rifai القاسم=Al-Qasim السيد=El-Sayed يونس=Younes البدوي=Al-Badawi الطويل=Al-Tawil عثمان=Othman صالح=Saleh ناصر=Nasser حمدان=Hamdan الجبوري=Al-Jubouri الدوسري=Al-Dosari القحطاني=Al-Qahtani الشمري=Al-Shammari العتيبي=Al-Otaibi بركات=Barakat عواد=Awad سعادة=Saadeh جرار=Jarrar مرعي=Marei شاهين=Shaheen عساف=Assaf الكردي=Al-Kurdi',
    ),
  },
  he: {
    script: 'pair',
    m: w(
      'יונתן=Yonatan איתי=Itay עומר=Omer נועם=Noam אורי=Uri גיא=Guy רועי=Roy עידו=Ido אביב=Aviv יובל=Yuval אלון=Alon דור=Dor שחר=Shahar עמית=Amit ניר=Nir אסף=Asaf ערן=Eran תומר=Tomer מתן=Matan יואב=Yoav',
    ),
    f: w(
      'נועה=Noa מאיה=Maya שירה=Shira תמר=Tamar יעל=Yael מיכל=Michal הילה=Hila רוני=Roni עדי=Adi ליאת=Liat אורית=Orit שני=Shani דנה=Dana ענבל=Inbal קרן=Keren גלית=Galit רותם=Rotem מורן=Moran אפרת=Efrat הדס=Hadas',
    ),
    s: w(
      'כהן=Cohen לוי=Levi מזרחי=Mizrahi פרץ=Peretz ביטון=Biton דהן=Dahan אברהם=Avraham פרידמן=Friedman אזולאי=Azoulay מלכה=Malka חדד=Hadad גבאי=Gabai שלום=Shalom יוסף=Yosef אוחיון=Ohayon סגל=Segal קפלן=Kaplan רוזן=Rosen ברק=Barak שפירא=Shapira גולן=Golan אלון=Alon נחום=Nahum טל=Tal בן-דוד=Ben-David אשכנזי=Ashkenazi עמר=Amar וקנין=Vaknin זכאי=Zakai חזן=Hazan שושן=Shoshan גרוס=Gross ויס=Weiss הלוי=Halevi רבינוביץ=Rabinovich קליין=Klein לנדאו=Landau בכר=Bachar יעקב=Yaakov ששון=Sasson',
    ),
  },
  hi: {
    script: 'pair',
    m: w(
      'राहुल=Rahul अमित=Amit विकास=Vikas सुरेश=Suresh रोहित=Rohit अंकित=Ankit प्रवीण=Praveen संजय=Sanjay मनोज=Manoj अजय=Ajay नितिन=Nitin दीपक=Deepak गौरव=Gaurav विनोद=Vinod आशीष=Ashish हर्ष=Harsh कुणाल=Kunal सौरभ=Saurabh पंकज=Pankaj तरुण=Tarun',
    ),
    f: w(
      'प्रिया=Priya नेहा=Neha पूजा=Pooja अंजलि=Anjali स्नेहा=Sneha कविता=Kavita सुनीता=Sunita रश्मि=Rashmi दिव्या=Divya मेघा=Megha श्वेता=Shweta आरती=Aarti नीलम=Neelam ज्योति=Jyoti सीमा=Seema ऋतु=Ritu पल्लवी=Pallavi सोनल=Sonal तनु=Tanu अदिति=Aditi',
    ),
    s: w(
      'शर्मा=Sharma वर्मा=Verma गुप्ता=Gupta सिंह=Singh यादव=Yadav मिश्रा=Mishra तिवारी=Tiwari पांडे=Pandey अग्रवाल=Agarwal जैन=Jain चौहान=Chauhan श्रीवास्तव=Srivastava सक्सेना=Saxena मल्होत्रा=Malhotra कपूर=Kapoor खन्ना=Khanna भाटिया=Bhatia चौधरी=Chaudhary जोशी=Joshi त्रिपाठी=Tripathi दुबे=Dubey राठौर=Rathore ठाकुर=Thakur मेहता=Mehta पटेल=Patel देसाई=Desai नायर=Nair रेड्डी=Reddy बंसल=Bansal गोयल=Goyal मित्तल=Mittal सेठी=Sethi अरोड़ा=Arora कुशवाहा=Kushwaha निगम=Nigam रस्तोगी=Rastogi भार्गव=Bhargava सहगल=Sehgal द्विवेदी=Dwivedi बाजपेयी=Bajpai',
    ),
  },
  zh: {
    script: 'pair',
    m: w(
      '伟=Wei 磊=Lei 强=Qiang 军=Jun 杰=Jie 浩然=Haoran 子轩=Zixuan 宇航=Yuhang 志强=Zhiqiang 建华=Jianhua 俊杰=Junjie 明辉=Minghui 文博=Wenbo 海涛=Haitao 晨阳=Chenyang 国栋=Guodong 鹏飞=Pengfei 思远=Siyuan 永康=Yongkang 立新=Lixin',
    ),
    f: w(
      '芳=Fang 敏=Min 静=Jing 丽=Li 婷=Ting 雪梅=Xuemei 晓燕=Xiaoyan 欣怡=Xinyi 梓涵=Zihan 雨桐=Yutong 佳怡=Jiayi 慧敏=Huimin 玉兰=Yulan 秀英=Xiuying 丹丹=Dandan 思琪=Siqi 诗涵=Shihan 春燕=Chunyan 美玲=Meiling 晓琳=Xiaolin',
    ),
    s: w(
      '王=Wang 李=Li 张=Zhang 刘=Liu 陈=Chen 杨=Yang 黄=Huang 赵=Zhao 吴=Wu 周=Zhou 徐=Xu 孙=Sun 马=Ma 朱=Zhu 胡=Hu 郭=Guo 何=He 林=Lin 罗=Luo 高=Gao 郑=Zheng 梁=Liang 谢=Xie 宋=Song 唐=Tang 许=Xu 韩=Han 冯=Feng 邓=Deng 曹=Cao 彭=Peng 曾=Zeng 肖=Xiao 田=Tian 董=Dong 潘=Pan 袁=Yuan 蔡=Cai 蒋=Jiang 余=Yu',
    ),
  },
  ja: {
    script: 'pair',
    m: w(
      '大輔=Daisuke 翔太=Shota 健太=Kenta 拓也=Takuya 直樹=Naoki 悠斗=Yuto 亮=Ryo 誠=Makoto 和也=Kazuya 隆之=Takayuki 裕太=Yuta 浩二=Koji 蓮=Ren 大樹=Daiki 慎吾=Shingo 達也=Tatsuya 啓介=Keisuke 洋平=Yohei 雄一=Yuichi 智也=Tomoya',
    ),
    f: w(
      '美咲=Misaki 陽菜=Hina 結衣=Yui 彩=Aya 真由美=Mayumi 恵子=Keiko 麻衣=Mai 千尋=Chihiro 菜々子=Nanako 由美=Yumi 香織=Kaori 沙織=Saori 舞=Mai 理恵=Rie 明美=Akemi 遥=Haruka 葵=Aoi 奈緒=Nao 智子=Tomoko 優子=Yuko',
    ),
    s: w(
      '佐藤=Sato 鈴木=Suzuki 高橋=Takahashi 田中=Tanaka 伊藤=Ito 渡辺=Watanabe 山本=Yamamoto 中村=Nakamura 小林=Kobayashi 加藤=Kato 吉田=Yoshida 山田=Yamada 佐々木=Sasaki 山口=Yamaguchi 松本=Matsumoto 井上=Inoue 木村=Kimura 林=Hayashi 斎藤=Saito 清水=Shimizu 山崎=Yamazaki 森=Mori 池田=Ikeda 橋本=Hashimoto 阿部=Abe 石川=Ishikawa 前田=Maeda 藤田=Fujita 小川=Ogawa 岡田=Okada 後藤=Goto 長谷川=Hasegawa 村上=Murakami 近藤=Kondo 坂本=Sakamoto 遠藤=Endo 青木=Aoki 藤井=Fujii 西村=Nishimura 福田=Fukuda',
    ),
  },
  ko: {
    script: 'pair',
    m: w(
      '민준=Min-jun 서준=Seo-jun 도윤=Do-yun 예준=Ye-jun 시우=Si-woo 지호=Ji-ho 현우=Hyun-woo 준서=Jun-seo 건우=Geon-woo 우진=Woo-jin 성민=Sung-min 동현=Dong-hyun 재훈=Jae-hoon 상훈=Sang-hoon 영호=Young-ho 태현=Tae-hyun 승우=Seung-woo 정훈=Jung-hoon 진우=Jin-woo 민성=Min-sung',
    ),
    f: w(
      '서연=Seo-yeon 지우=Ji-woo 서윤=Seo-yun 하은=Ha-eun 민서=Min-seo 지민=Ji-min 수빈=Su-bin 예은=Ye-eun 지현=Ji-hyun 은지=Eun-ji 혜진=Hye-jin 소연=So-yeon 유진=Yu-jin 미영=Mi-young 수진=Su-jin 다은=Da-eun 은영=Eun-young 현정=Hyun-jung 보람=Bo-ram 나연=Na-yeon',
    ),
    s: w(
      '김=Kim 이=Lee 박=Park 최=Choi 정=Jung 강=Kang 조=Cho 윤=Yoon 장=Jang 임=Lim 한=Han 오=Oh 서=Seo 신=Shin 권=Kwon 황=Hwang 안=Ahn 송=Song 류=Ryu 전=Jeon 홍=Hong 고=Ko 문=Moon 양=Yang 손=Son 배=Bae 백=Baek 허=Heo 유=Yoo 남=Nam 심=Shim 노=Noh 하=Ha 곽=Kwak 성=Sung 차=Cha 주=Joo 우=Woo 구=Koo 민=Min',
    ),
  },
};

const CYR: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ґ: 'g',
  д: 'd',
  е: 'e',
  ё: 'yo',
  є: 'ye',
  ж: 'zh',
  з: 'z',
  и: 'i',
  і: 'i',
  ї: 'yi',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  '’': '',
};

const GRK: Record<string, string> = {
  α: 'a',
  ά: 'a',
  β: 'v',
  γ: 'g',
  δ: 'd',
  ε: 'e',
  έ: 'e',
  ζ: 'z',
  η: 'i',
  ή: 'i',
  θ: 'th',
  ι: 'i',
  ί: 'i',
  ϊ: 'i',
  κ: 'k',
  λ: 'l',
  μ: 'm',
  ν: 'n',
  ξ: 'x',
  ο: 'o',
  ό: 'o',
  π: 'p',
  ρ: 'r',
  σ: 's',
  ς: 's',
  τ: 't',
  υ: 'y',
  ύ: 'y',
  φ: 'f',
  χ: 'ch',
  ψ: 'ps',
  ω: 'o',
  ώ: 'o',
};

/** Romanizes a Cyrillic or Greek name, keeping the capital letter. */
export function romanize(s: string, table: 'cyr' | 'el'): string {
  const t = table === 'cyr' ? CYR : GRK;
  let out = '';
  for (const ch of s) {
    const lo = ch.toLowerCase();
    const r = lo in t ? t[lo] : ch;
    out += ch !== lo && r ? r[0].toUpperCase() + r.slice(1) : r;
  }
  return table === 'el' ? out.replaceAll('oy', 'ou').replaceAll('Oy', 'Ou') : out;
}

/** A person of `culture`, of gender `g`, picked with the random number `x`. */
export function person(culture: string, g: Gender, x: () => number): Person {
  const c = CULTURES[culture];
  const pick = (a: string[]) => a[Math.floor(x() * a.length)];
  const given = pick(g === 'm' ? c.m : c.f);
  let surname = pick(c.s);
  if (g === 'f' && c.fem) surname = c.fem(surname);
  if (c.script === 'pair') {
    const [gn, gr] = given.split('=');
    const [sn, sr] = surname.split('=');
    return { culture, gender: g, given: gn, surname: sn, givenRoman: gr, surnameRoman: sr };
  }
  if (c.script === 'latin') return { culture, gender: g, given, surname, givenRoman: given, surnameRoman: surname };
  return {
    culture,
    gender: g,
    given,
    surname,
    givenRoman: romanize(given, c.script),
    surnameRoman: romanize(surname, c.script),
  };
}

export const CULTURE_NAMES = Object.keys(CULTURES);
