// Hold-out 29 clean records, part B (see part A).
import type { CleanLang } from './pii-holdout29-clean-a.ts';

export const CLEAN_B: Record<string, CleanLang> = {
  ro: {
    req: 'Poți să faci un tabel ordonat din asta?',
    tables: [
      'Produs;Cod;Cant.;Preț|Mașină de găurit 18 V;MG-1812;6;449 lei|Set burghie;SB-0721;24;59 lei|Ochelari de protecție;OP-33;50;19 lei',
      'Ora;Luni;Marți;Miercuri|8:00-8:50;Limba română;Matematică;Engleză|9:00-9:50;Istorie;Educație fizică;Biologie|10:00-10:50;Geografie;Desen;Muzică',
      'Magazin;Oraș;Program|Kaufland;Cluj-Napoca;7:00-22:00|Cărturești;Iași;10:00-21:00|Mega Image;București;7:00-23:00',
    ],
    prose:
      'Fișă de rețetă de corectat: Sarmale. 1 kg carne tocată, 1 varză murată, 100 g orez, 2 cepe, 200 ml bulion, cimbru. Se fierb la foc mic 3 ore. Porții: 8.',
  },
  tr: {
    req: 'Bunu düzenli bir tabloya çevirir misin?',
    tables: [
      'Ürün;Kod;Adet;Fiyat|Akülü matkap 18 V;AM-1822;8;2.450 TL|Matkap ucu seti;MU-0822;30;349 TL|Koruyucu gözlük;KG-41;60;89 TL',
      'Saat;Pazartesi;Salı;Çarşamba|08:30-09:10;Türkçe;Matematik;İngilizce|09:20-10:00;Hayat Bilgisi;Beden Eğitimi;Müzik|10:10-10:50;Görsel Sanatlar;Fen Bilimleri;Türkçe',
      'Mağaza;Şehir;Çalışma saatleri|Migros;İzmir;09:00-22:00|D&R;Ankara;10:00-22:00|BİM;Bursa;08:30-21:30',
    ],
    prose:
      'Tarif kartını düzeltir misin: Mercimek çorbası. 1 su bardağı kırmızı mercimek, 1 soğan, 1 havuç, 1 yemek kaşığı salça, 6 su bardağı su, kimyon. 30 dakika pişir. 4 kişilik.',
  },
  ru: {
    req: 'Сделай из этого аккуратную таблицу:',
    tables: [
      'Товар;Артикул;Кол-во;Цена|Аккумуляторная дрель 18 В;АД-1833;5;6 490 руб.|Набор свёрл;НС-0923;20;890 руб.|Защитные очки;ЗО-51;40;290 руб.',
      'Урок;Понедельник;Вторник;Среда|1 (8:30);Русский язык;Математика;Английский язык|2 (9:25);Литература;Физкультура;Биология|3 (10:30);История;ИЗО;Музыка',
      'Магазин;Город;Часы работы|Пятёрочка;Казань;8:00-23:00|Читай-город;Новосибирск;10:00-21:00|ВкусВилл;Москва;8:00-22:00',
    ],
    prose:
      'Исправь карточку рецепта: Борщ. 500 г говядины, 1 свёкла, 300 г капусты, 3 картофелины, 1 морковь, 1 луковица, томатная паста. Варить 2 часа. На 6 порций.',
  },
  uk: {
    req: 'Зроби з цього охайну таблицю:',
    tables: [
      'Товар;Артикул;К-сть;Ціна|Акумуляторний дриль 18 В;АД-1844;7;2 899 грн|Набір свердел;НС-1024;25;399 грн|Захисні окуляри;ЗО-61;45;129 грн',
      'Урок;Понеділок;Вівторок;Середа|1 (8:30);Українська мова;Математика;Англійська мова|2 (9:25);Я досліджую світ;Фізкультура;Музичне мистецтво|3 (10:30);Читання;Образотворче мистецтво;Математика',
      'Магазин;Місто;Години роботи|Сільпо;Львів;8:00-22:00|Книгарня Є;Київ;10:00-21:00|АТБ;Дніпро;7:00-23:00',
    ],
    prose:
      'Виправ картку рецепта: Вареники з картоплею. 500 г борошна, 250 мл води, 600 г картоплі, 2 цибулини, сіль, олія. Варити 5 хвилин після спливання. На 4 порції.',
  },
  el: {
    req: 'Μπορείς να τα βάλεις σε έναν τακτοποιημένο πίνακα;',
    tables: [
      'Είδος;Κωδ.;Ποσ.;Τιμή|Δραπανοκατσάβιδο 18 V;ΔΚ-1855;6;89,00 €|Σετ τρυπάνια;ΣΤ-1125;22;12,90 €|Γυαλιά προστασίας;ΓΠ-71;50;3,50 €',
      'Ώρα;Δευτέρα;Τρίτη;Τετάρτη|8:15-9:00;Γλώσσα;Μαθηματικά;Αγγλικά|9:05-9:50;Ιστορία;Φυσική Αγωγή;Μελέτη Περιβάλλοντος|10:10-10:55;Εικαστικά;Μουσική;Θρησκευτικά',
      'Κατάστημα;Πόλη;Ωράριο|Σκλαβενίτης;Θεσσαλονίκη;8:00-21:00|Public;Αθήνα;9:00-21:00|Μασούτης;Πάτρα;8:00-21:00',
    ],
    prose:
      'Διόρθωσε τη συνταγή: Μουσακάς. 3 μελιτζάνες, 500 γρ. κιμάς, 1 κρεμμύδι, 400 γρ. ντομάτα, μπεσαμέλ με 750 ml γάλα. Φούρνος στους 180 °C για 50 λεπτά. Για 8 μερίδες.',
  },
  vi: {
    req: 'Lập giúp mình một bảng gọn gàng từ mấy dòng này:',
    tables: [
      'Mặt hàng;Mã;SL;Đơn giá|Máy khoan pin 18 V;MK-1866;10;1.290.000 đ|Bộ mũi khoan;BM-1226;30;185.000 đ|Kính bảo hộ;KB-81;60;45.000 đ',
      'Tiết;Thứ Hai;Thứ Ba;Thứ Tư|1 (7:00);Toán;Tiếng Việt;Tiếng Anh|2 (7:45);Khoa học;Thể dục;Âm nhạc|3 (8:40);Lịch sử;Mỹ thuật;Đạo đức',
      'Cửa hàng;Thành phố;Giờ mở cửa|Co.opmart;Cần Thơ;7:30-22:00|Nhà sách Fahasa;Đà Nẵng;8:00-21:30|Circle K;Hà Nội;24/7',
    ],
    prose:
      'Sửa giúp thẻ công thức: Phở bò. 1 kg xương bò, 300 g thịt bò, 500 g bánh phở, hành, gừng, quế, hồi, nước mắm. Ninh xương 4 tiếng. Đủ cho 5 người.',
  },
  id: {
    req: 'Tolong buatkan tabel yang rapi dari ini:',
    tables: [
      'Barang;Kode;Jml;Harga|Bor baterai 18 V;BB-1877;9;Rp 899.000|Set mata bor;SM-1327;26;Rp 125.000|Kacamata pelindung;KP-91;70;Rp 35.000',
      'Jam;Senin;Selasa;Rabu|07.00-07.35;Matematika;Bahasa Indonesia;IPA|07.35-08.10;IPS;PJOK;Bahasa Inggris|08.30-09.05;Seni Budaya;Agama;PKn',
      'Toko;Kota;Jam buka|Indomaret;Surabaya;24 jam|Gramedia;Bandung;10.00-22.00|Alfamart;Yogyakarta;07.00-22.00',
    ],
    prose:
      'Tolong perbaiki kartu resep: Nasi goreng. 2 piring nasi, 2 butir telur, 3 siung bawang putih, 5 butir bawang merah, kecap manis, cabai. Masak 10 menit. Untuk 2 porsi.',
  },
  sw: {
    req: 'Naomba unitengenezee jedwali nadhifu kutokana na haya:',
    tables: [
      'Bidhaa;Nambari;Idadi;Bei|Toboa ya betri 18 V;TB-1888;4;KSh 8,500|Seti ya vipande vya kutoboa;SV-1428;15;KSh 1,200|Miwani ya kinga;MK-13;30;KSh 450',
      'Kipindi;Jumatatu;Jumanne;Jumatano|8:00-8:40;Hisabati;Kiswahili;Kiingereza|8:40-9:20;Sayansi;Elimu ya Mwili;Muziki|9:40-10:20;Historia;Sanaa;Jiografia',
      'Duka;Mji;Saa za kazi|Naivas;Nakuru;8:00-21:00|Text Book Centre;Nairobi;8:30-18:00|Carrefour;Mombasa;8:00-22:00',
    ],
    prose:
      'Rekebisha kadi hii ya mapishi: Pilau. Vikombe 3 vya mchele, nusu kilo ya nyama, vitunguu 2, kitunguu saumu, bizari ya pilau, mafuta. Pika kwa dakika 40. Inatosha watu 6.',
  },
  tl: {
    req: 'Pakigawa nga ng maayos na table mula dito:',
    tables: [
      'Produkto;Code;Dami;Presyo|Cordless drill 18 V;CD-1899;6;₱3,450|Drill bit set;DB-1529;25;₱520|Safety goggles;SG-22;50;₱150',
      'Oras;Lunes;Martes;Miyerkules|7:30-8:20;Filipino;Mathematics;English|8:20-9:10;Araling Panlipunan;MAPEH;Science|9:30-10:20;ESP;EPP;Filipino',
      'Tindahan;Lungsod;Oras|SM Supermarket;Cebu City;9:00-21:00|National Book Store;Quezon City;10:00-21:00|Jollibee;Davao City;6:00-22:00',
    ],
    prose:
      'Paki-ayos ang recipe card: Chicken adobo. 1 kilo manok, 1/2 tasang toyo, 1/3 tasang suka, 1 ulo bawang, 3 dahon ng laurel, paminta. Lutuin ng 40 minuto. Para sa 5 tao.',
  },
  hi: {
    req: 'Isse ek saaf table bana do:',
    tables: [
      'Saamaan;Code;Maatra;Daam|Cordless drill 18 V;CD-1811;5;Rs. 3,999|Drill bit set;DB-1630;20;Rs. 499|Safety chashma;SC-32;40;Rs. 149',
      'Ghanta;Somvaar;Mangalvaar;Budhvaar|8:00-8:40;Hindi;Ganit;English|8:40-9:20;Vigyan;Khel;Sangeet|9:40-10:20;Itihaas;Chitrakala;Sanskrit',
      'Dukaan;Shahar;Samay|Big Bazaar;Jaipur;10:00-22:00|Crossword;Lucknow;11:00-21:00|Haldiram’s;Delhi;8:00-23:00',
    ],
    prose:
      'Yeh recipe card theek kar do: Dal makhani. 1 cup sabut urad, 1/4 cup rajma, 2 tamatar, 1 pyaaz, adrak-lehsun, 3 chammach makhan, malai. 8 ghante bhigoyein, 45 minute pakayein. 4 logon ke liye.',
  },
};
