// Hold-out 28 street addresses in local formats: with and without house numbers, landmark-based (India, Nigeria,
// Kenya), "entre calles" (Mexico, Argentina), Japanese block numbers in romaji, native scripts.
import { choose, int, type Rand } from './pii-holdout28-values.ts';

const c = (r: Rand, s: string) => choose(r, s.split('|'));
const n = (r: Rand, lo = 1, hi = 240) => String(int(r, lo, hi));

const JAPAN = (r: Rand) =>
  `${int(r, 1, 6)}-${int(r, 1, 28)}-${int(r, 1, 20)} ${c(r, 'Nishi-Azabu|Kichijoji Honcho|Shimokitazawa|Nakameguro|Higashi-Ikebukuro|Sakuragaoka-cho|Tenjinbashi')}, ${c(r, 'Minato-ku, Tokyo|Musashino-shi, Tokyo|Setagaya-ku|Meguro-ku, Tokyo|Toshima-ku|Shibuya-ku|Kita-ku, Osaka')}`;

export const ADDRESS: Record<string, (r: Rand) => string> = {
  US: (r) =>
    choose(r, [
      () =>
        `${n(r, 12, 9800)} ${c(r, 'Maple Ridge Dr|W Belmont Ave|Oak Hollow Ln|Peachtree St NE|Sycamore Ct|E 14th St|Magnolia Blvd')}${r() < 0.4 ? `, Apt ${int(r, 1, 40)}${c(r, 'A|B|C|')}` : ''}, ${c(r, 'Austin, TX 78704|Chicago, IL 60657|Atlanta, GA 30309|Burbank, CA 91505|Columbus, OH 43215|Tacoma, WA 98402')}`,
      () => `${n(r, 100, 4999)} ${c(r, 'Lincoln Way|Cedar Street|Harbor View Road|Pine Knoll Drive')}`,
      () => JAPAN(r),
    ])(),
  GB: (r) =>
    choose(r, [
      () =>
        `${n(r, 1, 180)} ${c(r, 'Clarendon Road|Wellington Terrace|Mill Lane|Hawthorn Close|St Mary’s Walk|Victoria Crescent')}, ${c(r, 'Leeds LS6 2AH|Bristol BS7 8NB|Cardiff CF24 4QS|Glasgow G12 8QQ|Norwich NR2 3DB|London SE15 4QL')}`,
      () =>
        `Flat ${int(r, 1, 30)}, ${c(r, 'Lambert House|Carlton Court|Oakwood Mansions')}, ${n(r, 2, 90)} ${c(r, 'Station Road|High Street|Kingsland Road')}`,
      () =>
        `${c(r, 'Rose Cottage|The Old Forge|Holly Barn')}, ${c(r, 'Church Lane|Back Lane|Low Street')}, ${c(r, 'Little Snoring|Great Ayton|Much Wenlock')}`,
    ])(),
  IN: (r) =>
    choose(r, [
      () =>
        `${c(r, 'Flat|H.No.|House no')} ${int(r, 1, 9)}${c(r, '0|1|2|4')}${int(r, 1, 9)}, ${c(r, 'Sai Krupa Apartments|Shanti Niketan Society|Green Park Residency|Sunshine Towers')}, ${c(r, 'opp. SBI bank|near Hanuman mandir|behind Reliance Fresh|next to Apollo Pharmacy|opp. Gurudwara Singh Sabha')}, Sector ${int(r, 3, 62)}, ${c(r, 'Noida|Gurgaon|Panchkula|Kharghar, Navi Mumbai')}`,
      () =>
        `${c(r, 'near Hanuman mandir|opp. SBI bank|behind old bus stand|near Kali bari')}, ${c(r, 'Gandhi Nagar|Shastri Colony|Ashok Vihar Phase 2|Indira Nagar')}, ${c(r, 'Lucknow|Jaipur|Bhopal|Delhi 110052')}`,
      () =>
        `No. ${int(r, 2, 48)}, ${int(r, 1, 9)}th Cross, ${c(r, 'Indiranagar 2nd Stage|Jayanagar 4th Block|Koramangala 5th Block|HSR Layout Sector 2')}, Bengaluru ${c(r, '560038|560011|560095|560102')}`,
      () =>
        `${int(r, 2, 99)}/${int(r, 1, 9)}, ${c(r, 'Kamaraj Salai|Anna Nagar West|T. Nagar, Usman Road')}, Chennai ${c(r, '600040|600017|600028')}`,
    ])(),
  NG: (r) =>
    choose(r, [
      () =>
        `${n(r, 1, 60)}, ${c(r, 'Adeola Odeku Street|Allen Avenue|Bode Thomas Street|Ogunlana Drive|Admiralty Way')}, ${c(r, 'Victoria Island|Ikeja|Surulere|Lekki Phase 1')}, Lagos`,
      () =>
        `${c(r, 'Opposite First Bank|Behind St. Mary’s Catholic Church|Near Total filling station|Beside Shoprite')}, ${c(r, 'Ojodu Berger|Wuse 2|Gwarinpa|Rumuokoro|Agodi GRA')}, ${c(r, 'Lagos|Abuja|Port Harcourt|Ibadan')}`,
      () =>
        `Plot ${int(r, 10, 999)}, ${c(r, 'Cadastral Zone B06, Mabushi|Aminu Kano Crescent, Wuse 2|Ahmadu Bello Way, Kado')}, Abuja`,
    ])(),
  KE: (r) =>
    choose(r, [
      () =>
        `${c(r, 'Ngong Road|Argwings Kodhek Road|Kiambu Road|Moi Avenue|Thika Road')}, ${c(r, 'opp. Adams Arcade|next to Naivas|near Total petrol station|behind Kilimani Police Station')}, ${c(r, 'Kilimani|Ruaka|Kasarani|Westlands|Rongai')}`,
      () =>
        `${c(r, 'Hse|House|Apt')} ${c(r, 'B|C|D|A')}${int(r, 1, 24)}, ${c(r, 'Riverside Gardens|Sunrise Court|Kileleshwa Heights')}, ${c(r, 'Othaya Road|Riverside Drive|Muthangari Drive')}, Nairobi`,
      () =>
        `${c(r, 'Mwembe Tayari|Nyali, Links Road|Milimani, Kisumu|Section 58, Nakuru')}, ${c(r, 'near the mosque|opp. Equity Bank|behind Tuskys|next to the matatu stage')}`,
    ])(),
  PH: (r) =>
    choose(r, [
      () =>
        `${c(r, 'Blk|Block')} ${int(r, 1, 40)} Lot ${int(r, 1, 30)}, ${c(r, 'Phase 2, Camella Homes|Villa Verde Subd.|Greenwoods Executive Village|Sampaguita St.')}, ${c(r, 'Brgy. San Isidro, Cainta, Rizal|Brgy. Pasong Tamo, Quezon City|Bacoor, Cavite|Dasmariñas, Cavite')}`,
      () =>
        `${n(r, 1, 900)} ${c(r, 'Mabini St.|Rizal Ave.|P. Burgos St.|Aurora Blvd.|Kalayaan Ave.')}, ${c(r, 'Brgy. Malinta, Valenzuela|Poblacion, Makati|Sampaloc, Manila|Lahug, Cebu City')}`,
      () =>
        `${c(r, 'tabi ng 7-Eleven|sa tapat ng barangay hall|likod ng simbahan')}, ${c(r, 'Purok 3, Brgy. Bagong Silang|Sitio Maligaya, Brgy. Tumana')}, ${c(r, 'Caloocan|Marikina|Antipolo')}`,
    ])(),
  MX: (r) =>
    choose(r, [
      () =>
        `${c(r, 'Calle|Av.|Privada')} ${c(r, 'Hidalgo|Morelos|Tlaxcala|Río Lerma|Pino Suárez|Xola')} ${n(r, 2, 1999)}${r() < 0.4 ? ` int. ${int(r, 1, 12)}` : ''}, Col. ${c(r, 'Roma Norte|Narvarte Poniente|Del Valle|Santa María la Ribera|Americana')}, ${c(r, 'CDMX|Guadalajara, Jal.|Monterrey, N.L.|Puebla, Pue.')}`,
      () =>
        `${c(r, 'Calle 21|Calle 60|Calle 43')} ${c(r, 'x|#')}${n(r, 100, 599)} entre ${c(r, '12 y 14|28 y 30|Calle 9 y Calle 11')}, ${c(r, 'Col. García Ginerés|Col. Itzimná|Centro')}, Mérida`,
      () =>
        `${c(r, 'Manzana|Mza.')} ${int(r, 1, 60)} Lote ${int(r, 1, 40)}, ${c(r, 'Col. Ejército de Oriente|Unidad Habitacional Vicente Guerrero|Col. Desarrollo Urbano Quetzalcóatl')}, Iztapalapa`,
    ])(),
  AR: (r) =>
    choose(r, [
      () =>
        `${c(r, 'Av. Corrientes|Thames|Gorriti|Av. Santa Fe|Humahuaca|Bulnes|Av. Rivadavia')} ${n(r, 100, 5999)}${r() < 0.5 ? `, ${int(r, 1, 14)}º ${c(r, 'A|B|C|D')}` : ''}, ${c(r, 'Palermo|Almagro|Caballito|Villa Crespo|Boedo')}, CABA`,
      () =>
        `${c(r, 'Calle 7|Calle 12|Calle 50')} N° ${n(r, 100, 1800)} entre ${c(r, '45 y 46|58 y 59|1 y 2')}, La Plata`,
      () => `${c(r, 'Bv. Oroño|Pellegrini|Córdoba')} ${n(r, 200, 3500)}, Rosario`,
    ])(),
  ES: (r) =>
    choose(r, [
      () =>
        `${c(r, 'C/|Calle|Avda.')} ${c(r, 'de Alcalá|Mayor|Sant Antoni Maria Claret|Gran Vía|del Doctor Fleming|de la Princesa')}, ${n(r, 1, 250)}, ${int(r, 1, 8)}º ${c(r, 'izq.|dcha.|B|2ª')}, ${c(r, '28009 Madrid|08025 Barcelona|41003 Sevilla|46004 Valencia|48001 Bilbao')}`,
      () =>
        `${c(r, 'Plaza de la Constitución|Travesía del Carmen|Camino de los Huertos')}${r() < 0.5 ? `, ${n(r, 1, 40)}` : ''}, ${c(r, 'Alcobendas|Dos Hermanas|Getafe|Ourense')}`,
    ])(),
  BR: (r) =>
    choose(r, [
      () =>
        `${c(r, 'Rua|Av.|Travessa')} ${c(r, 'Augusta|dos Andradas|Voluntários da Pátria|Barão de Itapetininga|Padre Chagas|Sete de Setembro')}, ${n(r, 10, 2999)}${r() < 0.5 ? ` - ap. ${int(r, 11, 1204)}` : ''}, ${c(r, 'Consolação, São Paulo - SP|Botafogo, Rio de Janeiro|Moinhos de Vento, Porto Alegre|Boa Viagem, Recife')}`,
      () =>
        `${c(r, 'Rua|Avenida')} ${c(r, 'Itapuã|das Flores|São Benedito')}, s/n, ${c(r, 'Vila Madalena|Jardim Ângela|Centro')}, ${c(r, 'CEP 05435-010|CEP 04941-000|CEP 60060-120')}`,
    ])(),
  FR: (r) =>
    choose(r, [
      () =>
        `${n(r, 1, 160)}${c(r, '| bis| ter|')} ${c(r, 'rue de la Roquette|avenue Jean-Jaurès|boulevard Voltaire|rue des Lilas|impasse du Moulin|chemin des Vignes')}, ${c(r, '75011 Paris|69007 Lyon|13006 Marseille|31000 Toulouse|44000 Nantes|67000 Strasbourg')}`,
      () =>
        `${c(r, 'Résidence Les Tilleuls|Bât. C, Résidence du Parc')}, ${c(r, 'allée des Érables|place du Marché')}, ${c(r, '59000 Lille|33000 Bordeaux')}`,
    ])(),
  DE: (r) =>
    choose(r, [
      () =>
        `${c(r, 'Lindenstraße|Am Mühlbach|Bergmannstr.|Kastanienallee|Hauptstraße|Schanzenstraße|Im Wiesengrund')} ${int(r, 1, 180)}${c(r, '|a|b|')}, ${c(r, '10961 Berlin|80469 München|20357 Hamburg|50667 Köln|04109 Leipzig|70173 Stuttgart')}`,
      () =>
        `${c(r, 'Am Marktplatz|Gartenweg|Zur alten Schmiede')} ${int(r, 1, 30)}, ${c(r, 'Kleinmachnow|Bad Kreuznach|Wolfenbüttel')}`,
    ])(),
  IT: (r) =>
    choose(r, [
      () =>
        `${c(r, 'Via|Viale|Corso|Piazza')} ${c(r, 'Garibaldi|dei Mille|Roma|San Gregorio Armeno|Vittorio Emanuele II|delle Belle Arti|Cavour')}, ${n(r, 1, 220)}${c(r, '|/A|/B|')}, ${c(r, '20121 Milano|80138 Napoli|00185 Roma|10123 Torino|40126 Bologna|90133 Palermo')}`,
      () =>
        `${c(r, 'Contrada|Località')} ${c(r, 'San Vito|Piano Grande|Torre Vecchia')}, ${c(r, 'Ostuni (BR)|Noto (SR)|Montalcino (SI)')}`,
    ])(),
  NL: (r) =>
    choose(r, [
      () =>
        `${c(r, 'Prinsengracht|Kerkstraat|Oudegracht|Laan van Meerdervoort|Zwanenburgwal|Dorpsstraat')} ${int(r, 1, 400)}${c(r, '|-II|A|-huis|')}, ${int(r, 1011, 9999)} ${c(r, 'AB|KL|RT|XZ|GH')} ${c(r, 'Amsterdam|Utrecht|Den Haag|Groningen|Zwolle')}`,
    ])(),
  PL: (r) =>
    choose(r, [
      () =>
        `ul. ${c(r, 'Marszałkowska|Piotrkowska|Floriańska|Długa|Świętokrzyska|Grunwaldzka|Kościuszki')} ${int(r, 1, 150)}${r() < 0.5 ? `/${int(r, 1, 60)}` : ''}, ${c(r, '00-624 Warszawa|90-102 Łódź|31-019 Kraków|80-831 Gdańsk|50-001 Wrocław')}`,
      () =>
        `os. ${c(r, 'Tysiąclecia|Piastów|Słoneczne')} ${int(r, 1, 40)}/${int(r, 1, 80)}, ${c(r, 'Kraków|Poznań|Katowice')}`,
    ])(),
  TR: (r) =>
    choose(r, [
      () =>
        `${c(r, 'Bağdat Cad.|Moda Cad.|Atatürk Bulvarı|Kazım Dinçol Sok.|İstiklal Cad.|Cumhuriyet Mah. Gül Sok.')} No: ${int(r, 1, 300)}${r() < 0.6 ? ` D: ${int(r, 1, 24)}` : ''}, ${c(r, 'Kadıköy/İstanbul|Çankaya/Ankara|Karşıyaka/İzmir|Nilüfer/Bursa|Beşiktaş/İstanbul')}`,
      () =>
        `${c(r, 'Yeni Mahalle|Fatih Mah.|Bahçelievler Mah.')} ${c(r, '1453. Sokak|Lale Sokak|Papatya Sok.')} ${c(r, 'Huzur Apt.|Gökkuşağı Sitesi B Blok')}, ${c(r, 'Antalya|Eskişehir|Konya')}`,
    ])(),
  RU: (r) =>
    choose(r, [
      () =>
        `${c(r, 'ул.|пр-т|пер.')} ${c(r, 'Профсоюзная|Ленина|Большая Садовая|Малая Бронная|Невский|Чистопрудный')}, ${c(r, 'д.|дом')} ${int(r, 1, 140)}${r() < 0.4 ? `, корп. ${int(r, 1, 5)}` : ''}, кв. ${int(r, 1, 300)}, ${c(r, 'Москва|Санкт-Петербург|Казань|Екатеринбург')}`,
      () => `${c(r, 'ул. Гагарина|ул. Садовая|мкр. Солнечный')}, ${c(r, 'г. Тверь|г. Самара|г. Новосибирск')}`,
    ])(),
  UA: (r) =>
    choose(r, [
      () =>
        `${c(r, 'вул.|просп.|пров.')} ${c(r, 'Хрещатик|Січових Стрільців|Городоцька|Івана Франка|Дерибасівська|Сумська')}, ${int(r, 1, 120)}${r() < 0.5 ? `, кв. ${int(r, 1, 200)}` : ''}, ${c(r, 'Київ|Львів|Одеса|Харків|Дніпро')}`,
      () => `${c(r, 'вул. Шевченка|вул. Садова')}, ${c(r, 'м. Вінниця|смт Ворохта|м. Тернопіль')}`,
    ])(),
  GR: (r) =>
    choose(r, [
      () =>
        `${c(r, 'Οδός|')} ${c(r, 'Ερμού|Πατησίων|Αγίου Δημητρίου|Τσιμισκή|Ιπποκράτους|Λεωφ. Αλεξάνδρας')} ${int(r, 1, 200)}, ${c(r, '105 63 Αθήνα|546 22 Θεσσαλονίκη|262 21 Πάτρα|Ηράκλειο 712 02')}`.trim(),
      () =>
        `${c(r, 'Ermou|Patision|Tsimiski|Ippokratous')} ${int(r, 1, 200)}, ${c(r, 'Athina 105 63|Thessaloniki 546 22')}`,
    ])(),
  EG: (r) =>
    choose(r, [
      () =>
        `${int(r, 1, 90)} ${c(r, 'شارع التحرير|شارع جامعة الدول العربية|شارع عباس العقاد|شارع الهرم|شارع شهاب')}، ${c(r, 'الدقي، الجيزة|مدينة نصر، القاهرة|المهندسين|سموحة، الإسكندرية')}`,
      () =>
        `${c(r, 'عمارة')} ${int(r, 1, 60)}، ${c(r, 'بجوار مسجد النور|أمام بنك مصر|خلف مول العرب')}، ${c(r, 'التجمع الخامس|الشيخ زايد|المعادي')}`,
      () =>
        `${int(r, 1, 90)} ${c(r, 'Shehab St.|Abbas El Akkad St.|Mohamed Mazhar St.')}, ${c(r, 'Mohandessin, Giza|Nasr City, Cairo|Zamalek, Cairo')}`,
    ])(),
  AE: (r) =>
    choose(r, [
      () =>
        `${c(r, 'Villa|Flat')} ${int(r, 1, 900)}, ${c(r, 'Street 23, Al Barsha 2|Al Wasl Road, Jumeirah 1|Al Khail Gate, Al Quoz|Al Nahda Street, Al Qusais')}, Dubai`,
      () =>
        `${c(r, 'فيلا|شقة')} ${int(r, 1, 60)}، ${c(r, 'شارع الشيخ زايد|منطقة الخالدية|حي المشرف')}، ${c(r, 'أبوظبي|دبي|الشارقة')}`,
    ])(),
  IL: (r) =>
    choose(r, [
      () =>
        `${c(r, 'רחוב|רח׳|')} ${c(r, 'הרצל|דיזנגוף|ז׳בוטינסקי|בן יהודה|עמק רפאים|הנביאים')} ${int(r, 1, 220)}, ${c(r, 'תל אביב|ירושלים|חיפה|רמת גן|באר שבע')}`.trim(),
      () =>
        `${c(r, 'Dizengoff|Ben Yehuda|Emek Refaim|HaNevi’im')} ${int(r, 1, 220)}, ${c(r, 'Tel Aviv|Jerusalem|Haifa')}`,
    ])(),
  TH: (r) =>
    choose(r, [
      () =>
        `${int(r, 1, 999)}/${int(r, 1, 99)} ${c(r, 'ซอยสุขุมวิท 71|ถนนพหลโยธิน|ซอยลาดพร้าว 101|ถนนนิมมานเหมินท์')} ${c(r, 'แขวงพระโขนง เขตวัฒนา กรุงเทพฯ 10110|แขวงจตุจักร เขตจตุจักร กรุงเทพฯ 10900|ตำบลสุเทพ อำเภอเมือง เชียงใหม่ 50200')}`,
    ])(),
  VN: (r) =>
    choose(r, [
      () =>
        `${c(r, 'Số|')} ${int(r, 1, 300)}${c(r, '|/12|/4B|')} ${c(r, 'Nguyễn Trãi|Lê Văn Sỹ|Trần Hưng Đạo|Hoàng Diệu|Phan Xích Long|ngõ 42 Thái Hà')}, ${c(r, 'Phường 11, Quận 3, TP.HCM|Phường Bến Thành, Quận 1|Đống Đa, Hà Nội|Hải Châu, Đà Nẵng')}`.trim(),
    ])(),
  ID: (r) =>
    choose(r, [
      () =>
        `Jl. ${c(r, 'Kebon Jeruk Raya|Cempaka Putih Tengah|Dago|Malioboro|Gatot Subroto|Pemuda')} No. ${int(r, 1, 150)}${r() < 0.5 ? `, RT ${String(int(r, 1, 12)).padStart(3, '0')}/RW ${String(int(r, 1, 9)).padStart(3, '0')}` : ''}, ${c(r, 'Jakarta Barat|Bandung|Yogyakarta|Surabaya|Denpasar')}`,
      () =>
        `${c(r, 'Gg. Melati|Perum Griya Asri Blok C')}${r() < 0.5 ? ` No. ${int(r, 1, 40)}` : ''}, ${c(r, 'samping masjid Al-Ikhlas|depan Indomaret|belakang pasar')}, ${c(r, 'Depok|Bekasi|Bogor')}`,
    ])(),
  MY: (r) =>
    choose(r, [
      () =>
        `${c(r, 'No.|Lot')} ${int(r, 1, 90)}, ${c(r, 'Jalan SS 2/24|Jalan Tun Razak|Lorong Maarof 3|Jalan Bukit Bintang|Jalan Ampang Hilir')}, ${c(r, '47300 Petaling Jaya, Selangor|50400 Kuala Lumpur|59000 Bangsar, KL|10450 George Town, Pulau Pinang')}`,
      () =>
        `${c(r, 'Kampung Baru|Taman Melawati|Taman Sri Muda')}, ${c(r, 'Jalan Raja Muda Musa|Jalan 11/3|Lorong 5')}, ${c(r, 'Kuala Lumpur|Shah Alam|Ipoh')}`,
    ])(),
  RO: (r) =>
    choose(r, [
      () =>
        `${c(r, 'Str.|Bd.|Calea')} ${c(r, 'Victoriei|Mihai Eminescu|Dorobanților|Republicii|Lalelelor|Unirii')} ${c(r, 'nr.|')} ${int(r, 1, 180)}${r() < 0.5 ? `, bl. ${c(r, 'A3|M12|C4')}, ap. ${int(r, 1, 80)}` : ''}, ${c(r, 'București, sector 1|Cluj-Napoca|Iași|Timișoara|Brașov')}`,
    ])(),
  CZ: (r) =>
    choose(r, [
      () =>
        `${c(r, 'Vinohradská|Masarykova|Na Příkopě|Husova|Kounicova|Lidická|Křižíkova')} ${int(r, 1, 3000)}/${int(r, 1, 90)}, ${c(r, '120 00 Praha 2|602 00 Brno|779 00 Olomouc|186 00 Praha 8|370 01 České Budějovice')}`,
    ])(),
};

/** Romanized Thai and Devanagari Hindi addresses for the chats written that way. */
ADDRESS['TH-Latn'] = (r) =>
  `${int(r, 1, 999)}/${int(r, 1, 99)} ${c(r, 'Soi Sukhumvit 71|Thanon Phahonyothin|Soi Lat Phrao 101|Thanon Nimmanhaemin')}, ${c(r, 'Khlong Tan Nuea, Watthana, Bangkok 10110|Chatuchak, Bangkok 10900|Suthep, Mueang Chiang Mai 50200')}`;
ADDRESS['IN-Deva'] = (r) =>
  `${c(r, 'मकान नं.|फ्लैट नं.')} ${int(r, 1, 420)}, ${c(r, 'गांधी नगर|शास्त्री कॉलोनी|अशोक विहार फेज़ 2|इंदिरा नगर')}, ${c(r, 'हनुमान मंदिर के पास|एसबीआई बैंक के सामने|पुराने बस स्टैंड के पीछे')}, ${c(r, 'लखनऊ|जयपुर|भोपाल|पटना')}`;
