/**
 * Person names of hold-out 11, written blind from general knowledge (ordinary people, no public figures on purpose).
 * One line per kind: `kind: name; name; …`. A line `=case: …` holds inflected forms that only fill the carriers'
 * `{case}` slots (`=dat` fills `{dat}`); `=poss` holds possessives. Kinds: full, given, nickname (diminutives, kunya,
 * teknonyms), word-name (names that are also words), ascii (diacritics dropped), translit, double-given, compound
 * (compound / particle surnames), initial, patronymic, mononym, teknonym, latin (Latin script inside another script).
 */
export const NAMES: Record<string, string> = {
  eng: `full: Sarah Mitchell; David Okafor; Emily Chen; Michael O'Brien; Rachel Goldberg; Olivia Hartley; Declan McAllister
given: Jessica; Marcus; Bethany; Kwame
nickname: Mitch; Liz; Bob; Sasha; Kate; Jimmy; Becca
word-name: Rose; Hope; Grant; Bill; Mark; Will; Iris; Victoria; Faith; Penny Baker; Frank Little; Dawn Rivers; Hunter Cook
translit: Mohammed Al-Farsi; Muhammad Khan; Aleksandr Kuznetsov; Oleksandr Shevchenko; Yevgeniy Volkov; Nguyen Thi Lan; Zhang Xiaoming; Priya Raman
ascii: Jurgen Muller; Francois Lefevre; Jose Nunez; Bjorn Eriksson; Zoe Bouchard; Renee Dubois
double-given: Mary Ellen Carter; John Paul Reyes; Anna-Maria Rossi; Mary-Kate Dolan
compound: Helen Fraser-Holmes; James Ashworth-Hale; Maria Garcia-Lopez; Aisha Bello-Johnson
initial: J. Whitfield; A. K. Mensah; T.J. Barnes; Sarah J. Connolly
=poss: Anna's; James's; Mitch's; Sarah Mitchell's; O'Brien's; Grant's; Iris's; Chris'`,
  deu: `full: Jürgen Müller; Sabine Schröder; Thomas Weber; Katrin Hoffmann; Mehmet Yıldırım; Lukas Becker; Dorota Kowalczyk
given: Jörg; Birgit; Leonie; Matthias
nickname: Steffi; Basti; Flo; Uli; Jojo; Kalle; Andi
word-name: Ernst Vogel; Hans Koch; Frieda Wolf; Klaus Bauer; Martina Fischer; Peter Klein; Koch; Vogel
ascii: Juergen Mueller; Jurgen Muller; Joerg Schroeder; Bjoern Gross; Uwe Koenig; Baerbel Hoefer
double-given: Hans-Peter Schulz; Anna-Lena Krüger; Karl Heinz Braun; Marie-Luise Zimmermann
compound: Sabine Becker-Hoffmann; Ulrike Meyer-Lindenberg; Carolin von Stetten; Jan-Hendrik ter Horst
=poss: Müllers; Annas; Jürgens; Schröders; Basti's; Hans-Peters`,
  fra: `full: François Dupont; Camille Lefèvre; Julien Moreau; Élodie Garnier; Karim Benali; Nathalie Rousseau; Aurélien Faure
given: Hélène; Benoît; Maëlle; Théo
nickname: Juju; Manu; Béa; Nico; Steph; Loulou; Fanfan
word-name: Rose; Pierre Boulanger; Blanche Petit; Claire Leblanc; Olivier Marchand; Victoire; Aimé Berger; Désiré Lebrun
ascii: Francois Dupont; Helene Fevrier; Jerome Lefevre; Celine Mercier; Noel Gaudin; Anais Chretien
double-given: Jean-Pierre Lambert; Marie-Claire Fontaine; Anne-Sophie Girard; Jean-Baptiste Roux
compound: Sophie Martin-Lefèvre; Paul Dubois-Chevalier; Isabelle de Villiers; Yann Le Goff
translit: Mohamed Ait Ouali; Aleksandr Petrenko; Nguyen Van Minh`,
  spa: `full: José García; María Fernández; Javier Romero; Lucía Herrera; Alejandro Castillo; Carmen Ortega
given: Íñigo; Begoña; Rocío; Sergio
nickname: Pepe; Paco; Lola; Nacho; Charo; Chema; Conchi
word-name: Dolores; Rosario; Consuelo; Pilar; Luz; Paz; Amparo; Soledad; Esperanza Ruiz; Blanca Moreno; Mercedes Gil
ascii: Jose Maria Nunez; Inigo Ibanez; Maria Jose Pena; Ramon Gutierrez; Begona Munoz
double-given: José Luis; María del Carmen; Juan Carlos Medina; Ana Belén Torres; José Antonio Vidal
compound: Luis Martínez Soto; Ana Sánchez de la Fuente; María del Carmen Rodríguez López; Pedro Gómez-Arroyo`,
  pol: `full: Jan Kowalski; Agnieszka Wiśniewska; Krzysztof Wójcik; Małgorzata Zielińska; Tomasz Nowak; Katarzyna Dąbrowska
given: Grzegorz; Jadwiga; Przemysław; Zofia
nickname: Kuba; Gosia; Zbyszek; Kasia; Bartek; Asia; Wojtek
word-name: Ewa Lis; Marek Baran; Piotr Kos; Róża Wróbel; Jan Zając; Wiktoria Kowal
ascii: Lukasz Jozwiak; Malgorzata Dabrowska; Pawel Wojcik; Grazyna Zolkiewska; Slawomir Blaszczyk
double-given: Anna Maria Kowalczyk; Maria Magdalena Nowicka; Marek Andrzej Sobczak
compound: Anna Nowak-Zielińska; Joanna Kamińska-Lewandowska; Piotr Szczepański-Król
=gen: Jana Kowalskiego; Agnieszki Wiśniewskiej; Nowaka; Tomasza Nowaka; Kasi; Krzysztofa Wójcika
=dat: Nowakowi; Janowi Kowalskiemu; Annie Lewandowskiej; Kubie; Małgorzacie Zielińskiej; Bartkowi
=ins: Anną Lewandowską; Tomaszem Nowakiem; Gosią; Krzysztofem Wójcikiem; Kowalskim; Zbyszkiem`,
  rus: `full: Иван Петров; Анна Смирнова; Сергей Кузнецов; Екатерина Волкова; Дмитрий Соколов; Ольга Морозова
given: Алексей; Наталья; Юлия; Григорий
nickname: Саша; Маша; Дима; Серёжа; Вова; Женя; Лёша
word-name: Вера; Надежда; Любовь Соколова; Роза Медведева; Лев Зайцев; Надежда Орлова
patronymic: Сергей Владимирович; Анна Петровна; Ольга Ивановна Белова; Пётр Ильич
ascii: Петр Семенов; Алена Федорова; Артем Ершов
translit: Aleksandr Kuznetsov; Yulia Smirnova; Dmitriy Sokolov
=gen: Ивана Петрова; Анны Смирновой; Сергея; Маши; Кузнецова
=dat: Иванову; Анне Смирновой; Дмитрию Соколову; Саше; Ольге Викторовне
=ins: Анной Смирновой; Сергеем Кузнецовым; Димой; Петровым
=prep: Сергее; Ольге Морозовой; Иване Петрове; Наташе`,
  ara: `full: محمد العلي; فاطمة الحسن; أحمد المنصوري; ليلى حداد; يوسف الشمري; مريم سالم
given: عمر; سارة; هشام; رنا
nickname: أبو أحمد; أم خالد; حمودي; أبو سامي; لولو
word-name: أمل; نور; سعيد; كريم; جميلة; هدى; صباح; وفاء
double-given: عبد الله; عبد الرحمن الخطيب; محمد علي حسن; نور الهدى`,
  heb: `full: דוד כהן; שרה לוי; יוסף מזרחי; מיכל אברהם; אבי פרץ; נועה ביטון
given: רחל; איתי; תמר; עמית
nickname: יוסי; מוטי; דודו; ציפי; בני; שוקי
word-name: שירה; טל; אור; גיל; ורד; שלום מזרחי; אילנה
compound: מיכל כהן-לוי; רונית בן-דוד; יעל בר-און`,
  pes: `full: محمد رضایی; زهرا احمدی; علی کریمی; مریم حسینی; رضا محمدی; فاطمه نوری
given: سارا; حسین; نیلوفر; کاوه
nickname: ممد; زری; حسنی; مملی; فری
word-name: امید; بهار; نرگس; شادی; ستاره; آرزو; مهتاب
double-given: علی‌رضا; محمدحسین; امیرحسین قاسمی; فاطمه‌زهرا`,
  cmn: `full: 王伟; 李秀英; 张丽华; 刘洋; 陈静; 杨志强; 黄晓雯
nickname: 小王; 老李; 阿强; 明明; 小张; 老陈
word-name: 马力; 白雪; 高明; 金星; 江涛; 林森; 常青
compound: 欧阳晓峰; 司马文静; 上官云; 诸葛明
translit: 约翰·史密斯; 玛丽亚·加西亚; 穆罕默德; 亚历山大·彼得罗夫
latin: Tony 王; Kevin Li; Grace Zhang; Zhang Wei`,
  jpn: `full: 田中太郎; 佐藤花子; 鈴木健一; 高橋美咲; 渡辺翔太; 山本大輔; 小林 直樹; 中村 あゆみ
given: 翔太; 美咲; ゆうこ; 健一
nickname: たっくん; まーくん; あっちゃん; ケンちゃん; ゆっこ
word-name: 森; 林; 光; 翼; 誠; さくら; 空; 望
translit: マイケル・ジョンソン; マリア; アンナ・シュミット; グエン・ヴァン・ナム
latin: Tanaka Taro; Yuki Sato; Kenji`,
  ces: `full: Jan Novák; Petra Nováková; Tomáš Dvořák; Lucie Černá; Martin Procházka; Kateřina Svobodová
given: Jiří; Zdeňka; Radek; Markéta
nickname: Honza; Pepa; Míša; Verča; Franta; Jirka
word-name: Pavel Liška; Karel Vrána; Eva Malá; Petr Černý; Jana Veselá; Růžena Zajíčková
ascii: Jiri Dvorak; Zdenek Prochazka; Katerina Svobodova; Ruzena Horakova
compound: Alena Malá-Horáková; Petr Kříž-Novotný
=dat: Novákovi; Petře Novákové; Honzovi; Tomáši Dvořákovi; Lucii Černé
=gen: Jana Nováka; Petry Novákové; Tomáše; Kateřiny Svobodové; Honzy
=ins: Petrou Novákovou; Janem Novákem; Honzou; Martinem Procházkou`,
  fin: `full: Matti Virtanen; Anna Korhonen; Juha Mäkinen; Laura Nieminen; Mikko Hämäläinen; Sanna Heikkinen
given: Jukka; Päivi; Eero; Aino
nickname: Jussi; Masa; Pena; Tepa
word-name: Toivo Kivi; Onni Aalto; Kaino Koivu; Tuuli Lahti; Lumi Järvi; Toivo; Onni
ascii: Juha Makinen; Mikko Hamalainen; Paivi Jarvinen; Seppo Kaariainen
=gen: Virtasen; Matti Virtasen; Anna Korhosen; Mäkisen; Jussin; Lauran
=all: Virtaselle; Anna Korhoselle; Juha Mäkiselle; Jussille; Päiville
=abl: Virtaselta; Laura Niemiseltä; Masalta; Sanna Heikkiseltä`,
  hun: `full: Kovács Péter; Nagy Anna; Tóth Zsófia; Horváth László; Szabó Eszter; Varga Gábor; Kiss Réka
given: Zoltán; Ildikó; Bence; Gyöngyi
nickname: Pisti; Zsuzsi; Laci; Kati; Gabi; Bandi
word-name: Fekete Béla; Kis Virág; Molnár Tünde; Fazekas Ágnes; Juhász Dénes; Szabó
ascii: Kovacs Peter; Toth Zsofia; Horvath Laszlo; Szucs Ildiko
double-given: Kovács Anna Mária; Nagy Péter Pál; Szabó Eszter Judit
=dat: Kovács Péternek; Nagy Annának; Pistinek; Tóth Zsófiának; Katinak
=com: Nagy Annával; Horváth Lászlóval; Katival; Varga Gáborral; Lacival`,
  ron: `full: Andrei Popescu; Ioana Ionescu; Mihai Dumitrescu; Elena Stoica; Cristian Georgescu; Alexandra Munteanu
given: Ștefan; Oana; Răzvan; Irina
nickname: Nelu; Gigi; Ionuț; Fănel; Mimi; Costel
word-name: Floarea Lupu; Ion Ursu; Vasile Crăciun; Doina; Speranța Albu
ascii: Stefan Sandulescu; Razvan Tanase; Ionut Paun; Catalina Dinu
double-given: Ana-Maria Popa; Mihai-Alexandru Rusu
compound: Maria Popescu-Ionescu; Bogdan Stan-Vlădescu
=dat: Ioanei; Ioanei Ionescu; Elenei Stoica; Alexandrei Munteanu; Oanei; Irinei`,
  ell: `full: Γιώργος Παπαδόπουλος; Μαρία Παπαδοπούλου; Νίκος Γεωργίου; Ελένη Δημητρίου; Κωνσταντίνος Αντωνίου; Δέσποινα Οικονόμου
given: Θανάσης; Βασιλική; Σταύρος; Κατερίνα
nickname: Γιωργάκης; Τάκης; Ντίνος; Λένα; Κική; Μπάμπης
word-name: Ελπίδα Νικολάου; Ειρήνη; Σοφία; Χαρά; Άγγελος
translit: Giorgos Papadopoulos; Eleni Dimitriou; Kostas Antoniou; Thanasis
=genm: Γιώργου; Γιώργου Παπαδόπουλου; Νίκου; Θανάση; Κωνσταντίνου Αντωνίου
=genf: Ελένης Δημητρίου; Μαρίας; Κατερίνας; Δέσποινας Οικονόμου
=accm: Γιώργο; Νίκο Γεωργίου; Σταύρο; Κωνσταντίνο; Θανάση`,
  ind: `full: Budi Santoso; Siti Rahmawati; Agus Setiawan; Dewi Anggraini; Rina Kusuma; Hendra Wijaya
mononym: Sutrisno; Suharti; Wagiman; Sukarni
nickname: Yanto; Tini; Iwan; Ucok; Dodi
word-name: Indah; Bunga; Putri; Cahaya; Bintang; Intan Permata; Mawar
translit: Muhammad Rizki; Mohamad Fadli; Nur Aisyah`,
  tgl: `full: Maricel Reyes; Rodel Bautista; Jocelyn Santos; Ramon Villanueva; Cristina Mendoza; Arnel Garcia
double-given: Maria Theresa Aquino; Jose Mari Castillo; Mark Anthony Ramos; Ma. Cristina Flores
nickname: Jun-Jun; Bong; Dodong; Inday; Ging-Ging; Bebeng; Tonton
word-name: Ligaya Cruz; Tala; Dalisay; Luningning; Bituin Ramos
compound: Ana de los Santos; Ricardo dela Paz; Liza delos Reyes`,
  swh: `full: Amina Hassan; Juma Mwangi; Neema Wanjiru; Baraka Otieno; Halima Mohamed; Daudi Kiprono; Rehema Mushi
given: Saidi; Mwanaisha; Khamisi; Wambui
teknonym: Mama Neema; Baba Amani; Mama Juma
word-name: Baraka; Neema; Furaha; Zawadi; Imani; Upendo; Tumaini`,
  hau: `full: Aminu Bello; Hauwa Abubakar; Musa Ɗanjuma; Zainab Usman; Ibrahim Garba; Sa'adatu Lawan; Ɗahiru Sani
given: Ɗanlami; Binta; Yakubu; Maryam
nickname: Mamman; Audu; Sule; Ladi; Tanko
word-name: Jummai; Talatu; Asabe; Kyauta; Albarka
ascii: Musa Danjuma; Dahiru Sani; Danlami; Saadatu Lawan`,
  amh: `full: ዮሐንስ ገብሩ; ማርታ ተስፋዬ; ሄኖክ ታደሰ; ሰላማዊት በቀለ; ዳዊት አለሙ; ትዕግስት ኃይሉ
given: ብርሃኑ; አልማዝ; ፍቅሩ; መሠረት
nickname: ሚሚ; ቤቲ; ዳኒ; ሶሲ
word-name: ሰላም; ተስፋ; ፍቅር; ብርሃን; ትዕግስት
latin: Yohannes Gebru; Selam Tesfaye; Hana Tadesse`,
  tha: `full: สมชาย ใจดี; สมศรี แสงทอง; ณัฐพล วงศ์สวัสดิ์; กนกวรรณ ศรีสุข; วิชัย บุญมา; พิมพ์ชนก ทองคำ
given: สมชาย; อรุณี; ธนพล; ปิยะนุช
nickname: แบงค์; เอ็ม; ปอนด์; จอย; บีม
word-name: ส้ม; กุ้ง; น้ำ; ฟ้า; ดาว; แก้ว; ต้น
latin: Somchai Jaidee; Nattapong Srisuk`,
  tur: `full: Ayşe Yılmaz; Mehmet Kaya; Zeynep Demir; Emre Şahin; Elif Çelik; Burak Öztürk
given: Gökhan; Şule; Oğuz; Büşra
nickname: Memo; Zeyno; Cano; Hüso
word-name: Umut Aslan; Barış; Deniz Yıldız; Güneş; Bahar Kaya
ascii: Ayse Yilmaz; Gokhan Ozturk; Sule Celik; Oguz Sahin
double-given: Ali Rıza Koç; Ayşe Gül Aydın; Mehmet Emin Arslan
=poss: Yılmaz'ın; Ayşe'nin; Ayşe Yılmaz'ın; Emre'nin; Kaya'nın; Zeynep'in
=dat: Mehmet'e; Zeynep Demir'e; Elif'e; Burak'a; Memo'ya`,
};
