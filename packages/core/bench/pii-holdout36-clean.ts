// Hold-out 36 clean requests: same genres (messages, translations, references, toasts, complaints, lost & found,
// carpools) with NO personal data, but with celebrities, brands, places, job titles, holidays and product names.
// Every entity found here is a false one.
const en = `Write a birthday message for my boss in the style of a Taylor Swift song.
Draft a polite complaint to Ryanair about a delayed flight from Dublin to Barcelona.
Can you write a wedding toast that quotes Shakespeare and mentions our honeymoon in Santorini?
Write a thank-you note to the night shift nurses on Ward 7 for looking after my dad.
Translate "Happy Diwali to you and your family" into Hindi and Tamil.
Summarise the plot of Pride and Prejudice for a Year 9 book report.
Help me reply to the landlord's agent: the boiler is still broken after two weeks.
Write a condolence message for a colleague who lost her mother, short and not religious.
Draft a reference for a former barista who worked at our Starbucks on the high street for two years.
Write a LinkedIn post about finishing the Google Data Analytics certificate.
My son's teacher asked us to send in a costume for World Book Day. Give me ideas under ten pounds.
Write a lost-and-found post: grey Nike backpack left on the 73 bus to Stoke Newington.
Make a carpool rota for the under-10s football team, four families, Saturdays only.
Compare the iPhone 15 and the Samsung Galaxy S24 for an elderly parent.
Write a Christmas card message for our neighbours, warm but not cheesy.
Help me write a complaint to Amazon: my Kindle arrived with a cracked screen.
Write a job application for a Customer Service Advisor role at Tesco.
What should a head teacher say in a Thanksgiving assembly?
Write a speech for my parents' ruby wedding anniversary, funny but sweet.
Draft an out-of-office reply for Easter Monday.
Explain how Martin Luther King Jr. Day became a federal holiday, in three sentences.
Write a short poem for Mother's Day from a seven-year-old.
Help me ask the school principal for a meeting about bullying, without naming anyone.
Rewrite this more politely: "the plumber never showed up and nobody called me back".
Give me a template text for a school pickup change: who, when, and a contact number placeholder.
Write a farewell card for the office manager who is retiring after 30 years.
Translate "Congratulations on your new baby" into Tagalog and Yoruba.
Write a complaint about a rude bus driver on route 12 in Manchester, no names.
Draft a Facebook post for our street's Halloween trick-or-treat map.
Write a Diwali greeting for my team at Infosys in Bengaluru.
How do I politely decline a wedding invitation in Lagos because I'll be in London?
Write a note for the babysitter: bedtime at 8, no screens, pizza money on the fridge.
Suggest a toast for a braai in Cape Town celebrating Heritage Day.
Write a Sinulog festival greeting for my co-workers in Cebu.
Can you write an Anzac Day message for our local RSL newsletter?
Summarise Barack Obama's 2008 victory speech in five bullet points.
Write a fan letter to Lionel Messi in simple English for my nephew.
Help me write a eulogy template with blanks for name and dates.
Draft a message to the HOA about the pool closing early on Labor Day weekend.
Write an email to IKEA customer service: the KALLAX shelf was missing screws.
Rewrite my cover letter intro for a Senior Nurse position at the NHS.
Write a thank-you to our postman for Christmas, no names needed.
Make a group chat message reminding parents about sports day on Friday.
What do I write in a graduation card for my niece finishing at the University of Sydney?
Write a congratulations message for someone who passed the CPA exam.
Draft a polite message asking the neighbours to keep the noise down after 11pm.
Help me write a review of the Hilton in Manila, good breakfast but slow check-in.
Write a short bio for a wedding photographer based in Durban.
Write a reply to a customer who complained their Uber Eats order was cold.
Make a checklist for moving house from Leeds to Bristol.`;
const es = `Escribe una felicitación de Navidad para los compañeros de la oficina de Madrid.
Redacta una queja a Iberia por la pérdida de mi maleta en el vuelo a Cancún.
Escribe un brindis para la boda de mi mejor amiga, con una cita de Gabriel García Márquez.
Tradúceme al inglés "Feliz Día de Muertos" y explica la tradición.
Ayúdame a responder al casero: el calentador sigue sin funcionar.
Escribe una carta de recomendación para un puesto de auxiliar administrativo, con huecos para el nombre.
Haz un cuadrante para llevar a los niños al colegio entre cuatro familias.
Resume la película Coco de Pixar para niños de seis años.
Redacta un aviso: perdimos un paraguas rojo en el Metro de la Ciudad de México, línea 2.
Escribe un mensaje de pésame para un compañero de trabajo, breve y respetuoso.
Felicita a mi equipo por ganar el premio de Mercadona a la mejor tienda.
Escribe una queja sobre el servicio de Telcel, llevo tres días sin internet.
¿Qué le escribo a la directora del colegio para pedir una tutoría?
Escríbeme un mensaje para el Día del Padre al estilo de Shakira.
Redacta un anuncio para vender mi Seat Ibiza de 2015 en Wallapop.`;
const pt = `Escreve uma mensagem de Natal para os colegas do escritório em Lisboa.
Faz uma reclamação à TAP porque o voo para o Porto foi cancelado.
Escreve um discurso de casamento com uma citação de Fernando Pessoa.
Traduz "Feliz Páscoa" para inglês e francês.
Me ajuda a escrever uma carta de apresentação para vaga de recepcionista no Hospital Albert Einstein.
Escreve um post de achados e perdidos: encontramos uma chave do Fiat Uno na praça.
Resume o jogo Brasil x Argentina da Copa América em três frases.
Escreva uma mensagem de aniversário no estilo do Roberto Carlos.
Faz uma escala de carona para o treino de futsal, três famílias, às quartas.
Reclamação para o Mercado Livre: o produto veio quebrado.
Escreve um recado para a diarista sobre os horários do Carnaval.
Mensagem de condolências para um colega de trabalho, curta e respeitosa.
Como peço uma reunião com a diretora da escola sobre a festa junina?
Escreve uma carta à Câmara Municipal de Braga sobre os buracos na estrada.
Post para o LinkedIn sobre a minha promoção a gerente de projetos na Natura.`;
const fr = `Écris un message pour souhaiter une bonne fête nationale à mes collègues de Lyon.
Rédige une réclamation à la SNCF pour mon TGV Paris-Marseille annulé.
Écris un discours de mariage avec une citation de Victor Hugo.
Traduis « Joyeux Noël et bonne année » en allemand et en italien.
Aide-moi à répondre au syndic : l'ascenseur est en panne depuis lundi.
Lettre de motivation pour un poste d'aide-soignante à l'hôpital de Nantes.
Annonce objet trouvé : un doudou lapin bleu au parc de la Tête d'Or.
Fais un planning de covoiturage pour le judo, trois familles, le mercredi.
Écris un mot de condoléances pour un collègue, sobre et chaleureux.
Résume la vie de Marie Curie pour un exposé de CM2.
Écris une carte d'anniversaire à la manière de Jacques Brel.
Réclamation à Free : ma box ne marche plus depuis trois jours.
Comment demander un rendez-vous à la directrice de l'école maternelle ?
Écris un petit mot pour la fête des mères de la part d'un enfant de 6 ans.`;
const de = `Schreib eine Weihnachtskarte für die Kollegen im Büro in Hamburg.
Formuliere eine Beschwerde an die Deutsche Bahn wegen meines ausgefallenen ICE nach München.
Schreib eine Hochzeitsrede mit einem Zitat von Goethe.
Übersetze „Frohe Ostern“ ins Englische und Polnische.
Hilf mir, der Hausverwaltung zu antworten: die Heizung ist seit Montag kalt.
Anschreiben für eine Stelle als Erzieherin in einer Kita in Köln.
Fundsache-Aushang: schwarzer Regenschirm in der S-Bahn nach Potsdam gefunden.
Mach einen Fahrplan für die Fahrgemeinschaft zum Fußballtraining, vier Familien.
Schreib eine Beileidskarte für einen Kollegen, schlicht und ehrlich.
Fass die Karriere von Angela Merkel in drei Sätzen zusammen.
Geburtstagsgruß im Stil von Helene Fischer für meine Tante.
Beschwerde an Vodafone: seit drei Tagen kein Internet.
Wie bitte ich die Schulleitung höflich um ein Gespräch?
Schreib einen Text für die Einladung zum Sommerfest im Kleingartenverein.`;
const it = `Scrivi un biglietto di auguri di Natale per i colleghi dell'ufficio di Milano.
Reclamo a Trenitalia per il Frecciarossa Roma-Napoli in ritardo di due ore.
Scrivi un discorso di matrimonio con una citazione di Dante.
Traduci "Buona Pasqua" in inglese e spagnolo.
Aiutami a rispondere all'amministratore di condominio: l'ascensore è rotto.
Lettera di presentazione per un posto da commessa alla Coop di Bologna.
Avviso oggetti smarriti: occhiali da sole Ray-Ban trovati in spiaggia a Rimini.
Organizza i turni per portare i bambini a calcio, tre famiglie.
Scrivi un messaggio di condoglianze per un collega, breve e sentito.
Riassumi la vita di Leonardo da Vinci per una ricerca di quinta elementare.
Biglietto di compleanno nello stile di Vasco Rossi.
Reclamo a TIM: la fibra non funziona da tre giorni.
Come chiedo un colloquio alla dirigente scolastica?`;
const nl = `Schrijf een kerstkaart voor de collega's op kantoor in Utrecht.
Klacht aan de NS: mijn trein naar Amsterdam Centraal viel uit.
Schrijf een bruiloftsspeech met een citaat van Toon Hermans.
Vertaal "Fijne Koningsdag" naar het Engels.
Help me de woningcorporatie te antwoorden: de cv-ketel is al een week kapot.
Sollicitatiebrief voor een baan als doktersassistent in Rotterdam.
Gevonden voorwerp: blauwe Gazelle fiets bij station Zwolle.
Maak een rijschema voor de hockeytraining, vier gezinnen.
Schrijf een condoleancekaart voor een collega, kort en warm.
Vat de carrière van Johan Cruijff samen in drie zinnen.
Verjaardagswens in de stijl van André Hazes.
Klacht aan Ziggo: al drie dagen geen internet.`;
const pl = `Napisz życzenia świąteczne dla kolegów z biura w Krakowie.
Reklamacja do PKP Intercity: pociąg do Gdańska spóźnił się trzy godziny.
Napisz przemowę weselną z cytatem z Wisławy Szymborskiej.
Przetłumacz „Wesołych Świąt” na angielski i niemiecki.
Pomóż mi odpisać spółdzielni: winda nie działa od poniedziałku.
List motywacyjny na stanowisko kasjera w Biedronce.
Ogłoszenie: znaleziono klucze do Toyoty na przystanku przy Rondzie Daszyńskiego.
Ułóż grafik dowożenia dzieci na basen, trzy rodziny.
Napisz kondolencje dla współpracownika, krótko i z szacunkiem.
Streść karierę Roberta Lewandowskiego w trzech zdaniach.
Życzenia na Dzień Matki od siedmiolatka.
Reklamacja do Allegro: paczka przyszła uszkodzona.`;
const sv = `Skriv ett julkort till kollegorna på kontoret i Göteborg.
Klagomål till SJ: mitt tåg till Malmö blev inställt.
Skriv ett bröllopstal med ett citat från Astrid Lindgren.
Översätt "Glad midsommar" till engelska.
Hjälp mig svara hyresvärden: tvättmaskinen i tvättstugan är trasig.
Personligt brev för en tjänst som undersköterska i Uppsala.
Hittegods: en röd Fjällräven-ryggsäck hittad på bussen till Lund.
Gör ett samåkningsschema till innebandyträningen, tre familjer.
Skriv ett kondoleanskort till en kollega, kort och varmt.
Sammanfatta Zlatan Ibrahimovićs karriär i tre meningar.
Skriv en födelsedagshälsning i ABBA-stil.
Klagomål till Telia: internet har legat nere i tre dagar.`;
const tr = `Ofisteki iş arkadaşlarım için Ramazan Bayramı tebrik mesajı yaz.
Türk Hava Yolları'na kayıp bavulum için şikayet yaz.
Nazım Hikmet'ten alıntı içeren kısa bir düğün konuşması yaz.
"İyi bayramlar" ifadesini İngilizceye çevir.
Yöneticiye cevap yazmama yardım et: asansör pazartesiden beri çalışmıyor.
Ankara'daki bir hastanede hemşire pozisyonu için ön yazı hazırla.
Kayıp ilanı: Kadıköy vapurunda siyah bir şemsiye bulundu.
Okul servisi için üç aile arasında sıra hazırla.
İş arkadaşım için kısa bir taziye mesajı yaz.
Atatürk'ün hayatını üç cümlede özetle.
Tarkan şarkısı tarzında doğum günü mesajı yaz.
Turkcell'e şikayet: üç gündür internet yok.`;
const id = `Buatkan ucapan Idul Fitri untuk rekan kantor di Jakarta.
Tulis keluhan ke Garuda Indonesia soal bagasi yang hilang di Denpasar.
Buatkan pidato pernikahan dengan kutipan dari Chairil Anwar.
Terjemahkan "Selamat Hari Raya Nyepi" ke bahasa Inggris.
Bantu balas pengelola apartemen: lift rusak sejak Senin.
Surat lamaran untuk posisi kasir di Indomaret Bandung.
Pengumuman barang temuan: dompet cokelat ditemukan di KRL arah Bogor.
Buat jadwal antar jemput les renang untuk tiga keluarga.
Tulis ucapan belasungkawa untuk rekan kerja, singkat dan tulus.
Ringkas perjalanan karier Presiden Joko Widodo dalam tiga kalimat.
Ucapan ulang tahun ala lagu Raisa.
Keluhan ke IndiHome: internet mati tiga hari.`;
const vi = `Viết lời chúc Tết Nguyên Đán gửi đồng nghiệp ở văn phòng Hà Nội.
Viết thư khiếu nại Vietnam Airlines vì mất hành lý ở Đà Nẵng.
Viết bài phát biểu đám cưới có trích dẫn thơ Xuân Diệu.
Dịch "Chúc mừng năm mới" sang tiếng Anh.
Giúp tôi trả lời ban quản lý chung cư: thang máy hỏng từ thứ Hai.
Thư xin việc cho vị trí nhân viên bán hàng tại Thế Giới Di Động.
Thông báo nhặt được ví màu đen trên xe buýt số 09 ở Sài Gòn.
Lập lịch đưa đón con đi học bơi cho ba gia đình.
Viết lời chia buồn ngắn gửi đồng nghiệp.
Tóm tắt sự nghiệp của Sơn Tùng M-TP trong ba câu.
Viết lời chúc mừng ngày Nhà giáo Việt Nam 20/11 gửi cô giáo chủ nhiệm.
Khiếu nại Viettel: mạng mất ba ngày rồi.`;
const hi = `office ke colleagues ke liye Holi ka ek mast message likh do
IndiGo ko complaint likhni hai, meri flight Mumbai se Delhi 4 ghante late thi
shaadi ke toast mein Shah Rukh Khan ka ek dialogue daal do
"Happy Raksha Bandhan" ko Marathi aur Bengali mein translate karo
society secretary ko reply likho ki lift do din se band hai
Flipkart ko complaint: mera order galat size ka aaya
school principal se meeting ke liye polite message likho
Virat Kohli ki career teen line mein summarise karo`;

const tag = (lang: string, block: string) => block.split('\n').map((t) => [lang, t] as const);
export const CLEAN: (readonly [string, string])[] = [
  ...tag('en', en),
  ...tag('es', es),
  ...tag('pt', pt),
  ...tag('fr', fr),
  ...tag('de', de),
  ...tag('it', it),
  ...tag('nl', nl),
  ...tag('pl', pl),
  ...tag('sv', sv),
  ...tag('tr', tr),
  ...tag('id', id),
  ...tag('vi', vi),
  ...tag('hi', hi),
];
