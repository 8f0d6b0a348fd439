/** Hold-out 26 clean messages, part B (Polish to Tagalog); same slots as part A. */
export const CLEAN_B: Record<string, string[]> = {
  pl: [
    'Napisz reklamację: zamówienie {order} z dnia {date}, przesyłka {track} stoi w sortowni. Kwota {price}.',
    'Jakie dokumenty są potrzebne do zapisu dziecka do przedszkola? Termin mija {date}.',
    'Przetłumacz na angielski: przeprowadzka jest {date} o {time}, mamy {n} kartonów.',
    'Wyjaśnij różnicę między OC a AC. Oferta {price} rocznie, wariant {code}.',
  ],
  tr: [
    'Şikayet yaz: {date} tarihli {order} numaralı sipariş, kargo takip {track} bir haftadır hareketsiz. Tutar {price}.',
    'Vize başvurusu için hangi belgeler gerekiyor? Randevum {date} saat {time}.',
    'İngilizceye çevir: taşınma {date} günü, kamyon {time} gibi gelecek, {n} koli var.',
    'Kasko ile trafik sigortası arasındaki farkı açıkla. Teklif {price}, paket {code}.',
  ],
  id: [
    'Buatkan komplain: pesanan {order} tanggal {date}, resi {track} tidak bergerak seminggu. Total {price}.',
    'Dokumen apa saja untuk daftar sekolah dasar negeri? Pendaftaran dibuka {date}.',
    'Terjemahkan ke bahasa Inggris: pindahan rumah tanggal {date} jam {time}, ada {n} kardus.',
    'Jelaskan beda asuransi all risk dan TLO. Premi {price}, paket {code}.',
  ],
  vi: [
    'Viết khiếu nại: đơn hàng {order} đặt ngày {date}, mã vận đơn {track} không cập nhật một tuần. Số tiền {price}.',
    'Cần giấy tờ gì để xin visa du lịch Nhật Bản? Lịch hẹn ngày {date} lúc {time}.',
    'Dịch sang tiếng Anh: ngày chuyển nhà là {date}, xe tải đến lúc {time}, có {n} thùng đồ.',
    'Giải thích bảo hiểm vật chất xe ô tô. Phí {price}, gói {code}.',
  ],
  ro: [
    'Scrie o reclamație: comanda {order} din {date}, AWB {track} blocat de o săptămână. Suma {price}.',
    'Ce acte trebuie pentru înscrierea la grădiniță? Termenul este {date}.',
    'Tradu în engleză: mutarea este pe {date} la ora {time}, avem {n} cutii.',
    'Explică diferența dintre RCA și CASCO. Oferta {price}, pachet {code}.',
  ],
  cs: [
    'Napiš reklamaci: objednávka {order} ze dne {date}, zásilka {track} týden stojí v depu. Částka {price}.',
    'Jaké doklady potřebuji k zápisu do první třídy? Zápis je {date} v {time}.',
    'Přelož do angličtiny: stěhování je {date} v {time}, máme {n} krabic.',
    'Vysvětli rozdíl mezi povinným ručením a havarijním pojištěním. Nabídka {price}, tarif {code}.',
  ],
  el: [
    'Γράψε παράπονο: παραγγελία {order} στις {date}, αποστολή {track} κολλημένη μια εβδομάδα. Ποσό {price}.',
    'Τι έγγραφα χρειάζονται για εγγραφή στο νηπιαγωγείο; Η προθεσμία λήγει {date}.',
    'Μετάφρασε στα αγγλικά: η μετακόμιση είναι στις {date} στις {time}, έχουμε {n} κούτες.',
    'Εξήγησε τη διαφορά μεταξύ ασφάλισης αστικής ευθύνης και μικτής. Προσφορά {price}, πακέτο {code}.',
  ],
  uk: [
    'Напиши скаргу: замовлення {order} від {date}, ТТН {track} тиждень не рухається. Сума {price}.',
    'Які документи потрібні для вступу дитини до школи? Прийом заяв до {date}.',
    'Переклади англійською: переїзд {date} о {time}, у нас {n} коробок.',
    'Поясни різницю між ОСЦПВ і КАСКО. Пропозиція {price}, тариф {code}.',
  ],
  sw: [
    'Niandikie malalamiko: oda {order} ya tarehe {date}, mzigo {track} haujasonga wiki nzima. Kiasi {price}.',
    'Ni nyaraka gani zinahitajika kujiunga na shule ya msingi? Usajili unaanza {date}.',
    'Tafsiri kwa Kiingereza: kuhamia nyumba mpya ni tarehe {date} saa {time}, tuna masanduku {n}.',
    'Eleza tofauti kati ya bima ya comprehensive na third party. Bei {price}, mpango {code}.',
  ],
  tl: [
    'Gumawa ng reklamo: order {order} noong {date}, tracking {track} hindi gumagalaw isang linggo na. Halaga {price}.',
    'Anong mga dokumento ang kailangan sa enrollment sa public school? Magsisimula sa {date}.',
    'Isalin sa English: lilipat kami sa {date} ng {time}, may {n} kahon.',
    'Ipaliwanag ang pagkakaiba ng comprehensive at CTPL insurance. Presyo {price}, plan {code}.',
  ],
};
