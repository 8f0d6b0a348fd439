// Hold-out 36 requests to an AI assistant about people (French, German, Italian, Dutch, Polish, Swedish, Turkish,
// Indonesian, Vietnamese, romanized Hindi). Slots as in pii-holdout36-texts-a.ts.
import type { Tpl } from './pii-holdout36-texts-a.ts';

export const FR: Tpl[] = [
  [
    'landlord',
    `Écris un message poli à mon propriétaire, {t:title}, pour lui dire que le chauffe-eau est encore en panne.`,
  ],
  ['teacher', `La maîtresse de mon fils, {t:title}, nous demande un rendez-vous. Tu peux m'aider à répondre ?`],
  [
    'translate',
    `Traduis en anglais ce mot de ma voisine : « Bonjour, c'est {n:quote} du 2e, j'ai votre colis, appelez-moi au {p}. »`,
  ],
  [
    'reference',
    `Rédige une lettre de recommandation pour {n:mid}, qui a gardé nos enfants pendant trois ans. Son mail : {e}.`,
  ],
  [
    'summarise',
    `Résume cette discussion :\n{n:speaker} : qui apporte le gâteau ?\n{n:speaker} : moi je fais les crêpes\n{n:speaker} : ok parfait`,
  ],
  [
    'reply',
    `Aide-moi à répondre à {n:mid}, qui m'a écrit : « Le vélo est toujours à vendre ? Je peux passer samedi. »`,
  ],
  [
    'condolence',
    `Je dois écrire un message de condoléances à {n:mid}, dont le mari, {n:kin}, est décédé la semaine dernière.`,
  ],
  ['birthday', `écris un petit mot d'anniversaire pour ma belle-mère {n:kin}, elle a 70 ans dimanche`],
  ['wedding', `Aide-moi à écrire un discours pour le mariage de {n:list} et {n:list}, je suis le témoin.`],
  [
    'job',
    `Améliore ma lettre de motivation. Elle commence par « Madame, Monsieur, » et finit par :\n\nCordialement,\n{n:sig}\n{p}\n{e}`,
  ],
  ['complaint', `Je veux me plaindre d'un employé, {n:mid}, qui a été très désagréable avec ma mère à l'agence.`],
  [
    'carpool',
    `Fais un planning de covoiturage pour l'école : lundi {n:list}, mardi {n:list}, mercredi moi. J'habite au {a}.`,
  ],
  ['rewrite', `Reformule plus poliment : « {n:voc}, ça fait trois fois que je te demande de sortir les poubelles. »`],
  ['pickup', `Préviens l'école que c'est sa grand-mère, {n:kin}, qui récupère ma fille ce soir, tél. {p}.`],
  [
    'lostfound',
    `J'ai trouvé un portefeuille dans le tram avec la carte Vitale de {n:mid}. Rédige une annonce pour le groupe du quartier.`,
  ],
];

export const DE: Tpl[] = [
  [
    'landlord',
    `Schreib eine höfliche Nachricht an meinen Vermieter, {t:title}, dass die Heizung schon wieder ausgefallen ist.`,
  ],
  ['teacher', `Die Klassenlehrerin meiner Tochter, {t:title}, möchte ein Gespräch. Hilf mir bitte bei der Antwort.`],
  [
    'translate',
    `Übersetz bitte ins Englische, was meine Nachbarin geschrieben hat: „Hallo, hier ist {n:quote} von oben, ich habe dein Paket, ruf mich an unter {p}.“`,
  ],
  [
    'reference',
    `Formuliere ein Arbeitszeugnis für {n:mid}, die drei Jahre bei uns als Bürokauffrau gearbeitet hat. Ihre Mail: {e}`,
  ],
  [
    'summarise',
    `Fass diesen Chat zusammen:\n{n:speaker}: Wer bringt den Kuchen mit?\n{n:speaker}: Ich mach den Kartoffelsalat\n{n:speaker}: passt`,
  ],
  [
    'reply',
    `Hilf mir, {n:mid} zu antworten, die geschrieben hat: „Ist das Fahrrad noch zu haben? Ich könnte Samstag kommen.“`,
  ],
  ['condolence', `Ich muss eine Beileidskarte an {n:mid} schreiben, ihr Mann {n:kin} ist letzte Woche gestorben.`],
  ['birthday', `schreib mir einen lustigen Geburtstagsgruß für meinen Bruder {n:kin}, er wird 50`],
  ['wedding', `Ich brauche eine kurze Rede für die Hochzeit von {n:list} und {n:list}, ich bin Trauzeuge.`],
  [
    'job',
    `Verbessere mein Anschreiben. Es beginnt mit „Guten Tag {t:voc},“ und endet:\n\nMit freundlichen Grüßen\n{n:sig}\n{p}\n{e}`,
  ],
  [
    'complaint',
    `Ich möchte mich über einen Mitarbeiter beschweren: {n:mid} war an der Kasse total unfreundlich zu meiner Mutter.`,
  ],
  [
    'carpool',
    `Mach einen Fahrplan für die Fahrgemeinschaft zur Schule: Montag {n:list}, Dienstag {n:list}, Mittwoch ich. Abholung bei mir, {a}.`,
  ],
  [
    'rewrite',
    `Formulier das freundlicher: „{n:voc}, ich habe dir schon dreimal gesagt, dass die Miete am Ersten fällig ist.“`,
  ],
  ['pickup', `Sag der Kita Bescheid, dass heute die Oma, {n:kin}, unseren Sohn abholt. Handy: {p}`],
  ['poss', `Schreib eine Einladung zu {n:poss}s Abschiedsfeier am Freitag um 17 Uhr im Besprechungsraum.`],
];

export const IT: Tpl[] = [
  [
    'landlord',
    `Scrivi un messaggio gentile al mio padrone di casa, {t:title}, per dirgli che la caldaia è di nuovo rotta.`,
  ],
  ['teacher', `La maestra di mio figlio, {t:title}, ci ha chiesto un colloquio. Mi aiuti a risponderle?`],
  [
    'translate',
    `Traduci in inglese questo biglietto della mia vicina: «Ciao, sono {n:quote} del secondo piano, ho il tuo pacco, chiamami al {p}.»`,
  ],
  [
    'reference',
    `Scrivi una lettera di referenze per {n:mid}, che ha fatto da babysitter ai nostri figli per tre anni. Email: {e}`,
  ],
  [
    'summarise',
    `Riassumi questa chat:\n{n:speaker}: chi porta la torta?\n{n:speaker}: io porto le bibite\n{n:speaker}: perfetto`,
  ],
  ['reply', `Aiutami a rispondere a {n:mid}, che mi ha scritto: «La bici è ancora in vendita? Passo sabato.»`],
  [
    'condolence',
    `Devo scrivere un messaggio di condoglianze a {n:mid}, il cui marito {n:kin} è mancato la settimana scorsa.`,
  ],
  ['birthday', `scrivimi un augurio di compleanno per mia suocera {n:kin}, compie 70 anni`],
  ['wedding', `Mi serve un discorso breve per il matrimonio di {n:list} e {n:list}, sono la testimone.`],
  ['job', `Migliora la mia lettera di presentazione. Finisce così:\n\nCordiali saluti,\n{n:sig}\n{p}\n{e}`],
  [
    'complaint',
    `Voglio fare un reclamo su un dipendente, {n:mid}, che è stato maleducato con mia madre allo sportello.`,
  ],
  [
    'carpool',
    `Organizza i turni per portare i bambini a scuola: lunedì {n:list}, martedì {n:list}, mercoledì io. Abito in {a}.`,
  ],
  ['rewrite', `Rendi più gentile: "{n:voc}, ti ho già detto tre volte che l'affitto scade il primo del mese"`],
  ['pickup', `Avvisa la scuola che oggi mia figlia la prende la nonna, {n:kin}, cellulare {p}.`],
];

export const NL: Tpl[] = [
  ['landlord', `Schrijf een beleefd bericht aan mijn huisbaas, {t:title}, dat de cv-ketel weer kapot is.`],
  ['teacher', `De juf van mijn zoon, {t:title}, wil een gesprek. Kun je me helpen met een antwoord?`],
  [
    'translate',
    `Vertaal dit briefje van mijn buurvrouw naar het Engels: "Hoi, met {n:quote} van hiernaast, ik heb je pakketje, bel me op {p}."`,
  ],
  ['reference', `Schrijf een referentie voor {n:mid}, die drie jaar onze oppas was. Haar mail is {e}.`],
  [
    'summarise',
    `Vat dit gesprek samen:\n{n:speaker}: wie neemt de taart mee?\n{n:speaker}: ik doe de hapjes\n{n:speaker}: top`,
  ],
  ['reply', `Help me {n:mid} te antwoorden, die schreef: "Is de fiets nog te koop? Ik kan zaterdag langskomen."`],
  ['condolence', `Ik wil een condoleancekaart schrijven aan {n:mid}, haar man {n:kin} is vorige week overleden.`],
  ['birthday', `schrijf een grappige verjaardagswens voor mijn schoonmoeder {n:kin}, ze wordt 70`],
  ['wedding', `Ik moet een speech houden op de bruiloft van {n:list} en {n:list}. Help je me?`],
  ['job', `Verbeter mijn sollicitatiebrief. Hij eindigt met:\n\nMet vriendelijke groet,\n{n:sig}\n{p}\n{e}`],
  ['complaint', `Ik wil een klacht indienen over een medewerker, {n:mid}, die heel onbeleefd was tegen mijn moeder.`],
  [
    'carpool',
    `Maak een rijschema voor de hockeyclub: maandag {n:list}, woensdag {n:list}, zaterdag ik. Verzamelen bij {a}.`,
  ],
  [
    'rewrite',
    `Maak dit vriendelijker: "{n:voc}, ik heb al drie keer gezegd dat de huur op de eerste betaald moet worden"`,
  ],
  ['pickup', `Laat de school weten dat oma {n:kin} mijn dochter vandaag ophaalt, mobiel {p}.`],
];

export const PL: Tpl[] = [
  ['landlord', `Napisz uprzejmą wiadomość do właściciela mieszkania (to {t:title}), że piecyk znowu nie działa.`],
  ['teacher', `Wychowawczyni mojego syna, {t:title}, prosi o spotkanie. Pomożesz mi odpisać?`],
  [
    'translate',
    `Przetłumacz na angielski kartkę od sąsiadki: „Dzień dobry, tu {n:quote} z trzeciego piętra, mam Pani paczkę, proszę dzwonić pod {p}.”`,
  ],
  [
    'reference',
    `Napisz referencje dla mojej byłej pracownicy. Nazywa się {n:mid}, pracowała u nas cztery lata. Mail: {e}`,
  ],
  [
    'summarise',
    `Streść tę rozmowę:\n{n:speaker}: kto przynosi tort?\n{n:speaker}: ja biorę sałatki\n{n:speaker}: super`,
  ],
  ['reply', `Pomóż mi odpisać. {n:start} napisała: „Czy rower jest jeszcze na sprzedaż? Mogę przyjechać w sobotę.”`],
  ['condolence', `Muszę napisać kondolencje dla koleżanki z pracy. Jej mąż, {n:kin}, zmarł w zeszłym tygodniu.`],
  ['birthday', `napisz śmieszne życzenia urodzinowe dla mojej siostry, to {n:kin}, kończy 40 lat`],
  ['wedding', `Potrzebuję krótkiej przemowy na ślub. Para młoda to {n:list} i {n:list}.`],
  ['job', `Popraw mój list motywacyjny. Kończy się tak:\n\nZ poważaniem,\n{n:sig}\n{p}\n{e}`],
  ['complaint', `Chcę złożyć skargę na pracownika sklepu. Identyfikator: {n:mid}. Był bardzo niemiły dla mojej mamy.`],
  [
    'carpool',
    `Ułóż grafik dowożenia dzieci do szkoły: poniedziałek {n:list}, wtorek {n:list}, środa ja. Zbiórka: {a}.`,
  ],
  ['rewrite', `Przeredaguj grzeczniej: "{n:voc}, mówiłam ci już trzy razy, że czynsz jest płatny do dziesiątego"`],
  ['pickup', `Napisz do szkoły, że dziś córkę odbierze babcia – {n:kin}, tel. {p}.`],
];

export const SV: Tpl[] = [
  ['landlord', `Skriv ett artigt meddelande till min hyresvärd {n:kin} om att diskmaskinen har gått sönder igen.`],
  ['teacher', `Min dotters lärare, {n:kin}, vill ha ett utvecklingssamtal. Kan du hjälpa mig att svara?`],
  [
    'translate',
    `Översätt den här lappen från grannen till engelska: "Hej, det är {n:quote} på våningen under, jag har ditt paket, ring {p}."`,
  ],
  ['reference', `Skriv ett rekommendationsbrev för {n:mid}, som var vår barnvakt i tre år. Mejl: {e}`],
  [
    'summarise',
    `Sammanfatta chatten:\n{n:speaker}: vem tar med tårtan?\n{n:speaker}: jag fixar fikat\n{n:speaker}: toppen`,
  ],
  ['reply', `Hjälp mig svara {n:mid} som skrev: "Finns cykeln kvar? Jag kan hämta den på lördag."`],
  ['condolence', `Jag behöver skriva ett kondoleanskort till {n:mid}, hennes man {n:kin} gick bort förra veckan.`],
  ['birthday', `skriv en rolig födelsedagshälsning till min svärmor {n:kin}, hon fyller 70`],
  ['wedding', `Jag ska hålla tal på {n:list} och {n:list}s bröllop. Hjälp!`],
  ['job', `Förbättra mitt personliga brev. Det slutar:\n\nMed vänliga hälsningar\n{n:sig}\n{p}\n{e}`],
  ['complaint', `Jag vill klaga på en anställd, {n:mid}, som var otrevlig mot min mamma i kassan.`],
  [
    'carpool',
    `Gör ett samåkningsschema till skolan: måndag {n:list}, tisdag {n:list}, onsdag jag. Upphämtning vid {a}.`,
  ],
  ['rewrite', `Gör det här vänligare: "{n:voc}, jag har sagt tre gånger att hyran ska betalas den första"`],
  ['pickup', `Meddela förskolan att mormor {n:kin} hämtar min son idag, mobil {p}.`],
];

export const TR: Tpl[] = [
  ['landlord', `Ev sahibim {t:title} için kibar bir mesaj yaz, kombi yine bozuldu.`],
  ['teacher', `Oğlumun öğretmeni {t:title} veli görüşmesi istiyor. Cevap yazmama yardım eder misin?`],
  [
    'translate',
    `Komşumun bu notunu İngilizceye çevir: "Merhaba, ben üst kattan {n:quote}, kargonuz bende, {p} numarasından arayın."`,
  ],
  ['reference', `Üç yıl çocuklarımıza bakan {n:mid} için bir referans mektubu yaz. E-postası: {e}`],
  [
    'summarise',
    `Bu sohbeti özetle:\n{n:speaker}: pastayı kim getiriyor?\n{n:speaker}: ben börek yaparım\n{n:speaker}: tamamdır`,
  ],
  ['reply', `{n:start} bana şunu yazdı: "Bisiklet hâlâ satılık mı? Cumartesi gelebilirim." Nasıl cevap vereyim?`],
  ['condolence', `Eşi {n:kin} geçen hafta vefat eden iş arkadaşım için kısa bir taziye mesajı yaz.`],
  ['birthday', `kız kardeşim {n:kin} için komik bir doğum günü mesajı yaz, 30 yaşına giriyor`],
  ['wedding', `{n:list} ve {n:list} evleniyor, nikah şahidi olarak kısa bir konuşma hazırla.`],
  ['job', `Ön yazımı düzelt. Sonu şöyle:\n\nSaygılarımla,\n{n:sig}\n{p}\n{e}`],
  ['complaint', `Mağazadaki çalışan {n:mid} anneme çok kaba davrandı. Şikayet e-postası yaz.`],
  ['carpool', `Okul servisi için sıra yap: pazartesi {n:list}, salı {n:list}, çarşamba ben. Buluşma yeri {a}.`],
  ['rewrite', `Bunu daha kibar yaz: "{n:voc}, kiranın ayın birinde ödenmesi gerektiğini üç kez söyledim"`],
  ['pickup', `Okula bugün kızımı anneannesi {n:kin} alacak diye haber ver, telefonu {p}.`],
];

export const ID: Tpl[] = [
  ['landlord', `Tolong buatkan pesan sopan ke pemilik kos, {t:title}, bilang kalau keran kamar mandi bocor lagi.`],
  ['teacher', `Wali kelas anak saya, {t:title}, minta ketemu. Bantu saya balas ya.`],
  [
    'translate',
    `Terjemahkan ke bahasa Inggris catatan dari tetangga: "Halo, saya {n:quote} dari rumah sebelah, paketmu ada di saya, telepon {p}."`,
  ],
  ['reference', `Buatkan surat rekomendasi untuk {n:mid}, yang sudah tiga tahun jadi pengasuh anak kami. Email: {e}`],
  [
    'summarise',
    `Ringkas obrolan ini:\n{n:speaker}: siapa yang bawa kue?\n{n:speaker}: aku bawa gorengan\n{n:speaker}: oke sip`,
  ],
  ['reply', `Bantu balas pesan {n:mid}: "Sepedanya masih dijual? Sabtu saya bisa ambil."`],
  ['condolence', `Buatkan ucapan belasungkawa untuk teman kantor, suaminya {n:kin} meninggal minggu lalu.`],
  ['birthday', `bikinin ucapan ultah lucu buat adikku {n:kin}, dia ulang tahun ke-17`],
  ['wedding', `Buatkan ucapan selamat untuk pernikahan {n:list} dan {n:list} hari Minggu ini.`],
  ['job', `Perbaiki surat lamaran saya. Penutupnya:\n\nHormat saya,\n{n:sig}\n{p}\n{e}`],
  ['complaint', `Saya mau komplain soal karyawan bernama {n:mid} yang kasar ke ibu saya di kasir.`],
  ['carpool', `Buat jadwal antar jemput sekolah: Senin {n:list}, Selasa {n:list}, Rabu saya. Kumpul di {a}.`],
  ['rewrite', `Buat lebih sopan: "{n:voc}, sudah tiga kali saya bilang uang kos dibayar tanggal 1"`],
  ['pickup', `Kabari sekolah kalau hari ini anak saya dijemput neneknya, {n:kin}, HP {p}.`],
];

export const VI: Tpl[] = [
  ['landlord', `Viết giúp tôi tin nhắn lịch sự gửi chủ nhà {t:title}, báo là bình nóng lạnh lại hỏng.`],
  ['teacher', `Giáo viên chủ nhiệm của con tôi, {t:title}, muốn gặp phụ huynh. Giúp tôi trả lời.`],
  [
    'translate',
    `Dịch sang tiếng Anh lời nhắn của hàng xóm: "Chào em, chị là {n:quote} ở tầng trên, chị giữ gói hàng của em, gọi chị số {p}."`,
  ],
  ['reference', `Viết thư giới thiệu cho {n:mid}, người đã trông con cho nhà tôi ba năm. Email: {e}`],
  [
    'summarise',
    `Tóm tắt đoạn chat này:\n{n:speaker}: ai mang bánh kem?\n{n:speaker}: mình mang trái cây\n{n:speaker}: ok`,
  ],
  ['reply', `Giúp tôi trả lời {n:mid}, người nhắn: "Xe đạp còn bán không? Thứ Bảy mình qua lấy."`],
  ['condolence', `Viết lời chia buồn gửi đồng nghiệp, chồng chị ấy là {n:kin} vừa mất tuần trước.`],
  ['birthday', `viết lời chúc sinh nhật vui cho em gái tôi {n:kin}, em tròn 18 tuổi`],
  ['wedding', `Viết lời chúc đám cưới cho {n:list} và {n:list}.`],
  ['job', `Sửa giúp tôi thư xin việc. Phần cuối:\n\nTrân trọng,\n{n:sig}\n{p}\n{e}`],
  ['complaint', `Tôi muốn khiếu nại nhân viên tên {n:mid} đã thô lỗ với mẹ tôi ở quầy thu ngân.`],
  ['carpool', `Lập lịch đưa đón con đi học: thứ Hai {n:list}, thứ Ba {n:list}, thứ Tư tôi. Điểm hẹn: {a}.`],
  ['pickup', `Báo cho nhà trường hôm nay bà ngoại {n:kin} đón cháu, số điện thoại {p}.`],
];

export const HI: Tpl[] = [
  ['landlord', `mere landlord {t:title} ko ek polite message likh do ki geyser phir se kharab ho gaya hai`],
  ['teacher', `beti ki class teacher {t:title} ne PTM ke liye bulaya hai, reply likhne mein help karo`],
  ['reply', `{n:start} ne ye bheja hai: "bhai cycle abhi bhi bechni hai kya? Sunday aa sakta hoon" — kya reply karun?`],
  ['birthday', `meri behen {n:kin} ka birthday hai kal, ek funny sa wish likh do Hindi mein`],
  ['wedding', `{n:list} aur {n:list} ki shaadi ke liye ek sweet sa message likho`],
  ['condolence', `mere dost {n:mid} ke papa ka dehant ho gaya, ek chhota sa shok sandesh likh do`],
  ['pickup', `school ko message karo ki aaj meri beti ko uski nani {n:kin} lene aayengi, number {p}`],
  [
    'complaint',
    `bank ke employee {n:mid} ne meri mummy se bahut badtameezi ki, complaint likhni hai. mera address {a} hai`,
  ],
  ['job', `mera cover letter theek karo, end mein likha hai:\n\nRegards,\n{n:sig}\n{p}\n{e}`],
];
