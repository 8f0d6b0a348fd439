/**
 * Carriers and clean messages of hold-out 14 (off-platform contact evasion), written blind (without reading the
 * recognizers, the docs, the tests or the other corpora): messages that hosts, guests, sellers, buyers, dating-app
 * users and freelancers send inside a platform's chat to move the deal off it. `{v}` takes the (obfuscated) value,
 * `{k}` a label of its kind (WhatsApp, mail, IBAN...). CLEAN: the same genres with no personal data but with prices,
 * dates, sizes, model numbers, listing ids, times and public places.
 */
import { choose, type Lang, type Rand } from './pii-holdout14-values.ts';

export type Genre = 'rental' | 'classifieds' | 'dating' | 'freelance';
export type Group = 'contact' | 'pay' | 'name' | 'ip';
type Carrier = [Genre, Group, string];

const LABEL: Record<Lang, Record<string, string[]>> = {
  en: {
    PHONE: ['WhatsApp', 'Telegram', 'my number', 'Signal'],
    EMAIL: ['email', 'mail', 'email address'],
    CREDIT_CARD: ['card', 'card number'],
    IBAN: ['IBAN', 'bank details'],
  },
  de: {
    PHONE: ['WhatsApp', 'Telegram', 'Handy', 'SMS'],
    EMAIL: ['Mail', 'E-Mail', 'Mailadresse'],
    CREDIT_CARD: ['Karte', 'Kreditkarte'],
    IBAN: ['IBAN', 'Bankverbindung'],
  },
  fr: {
    PHONE: ['WhatsApp', 'Telegram', 'mon numéro', 'mon 06'],
    EMAIL: ['mail', 'adresse mail', 'email'],
    CREDIT_CARD: ['carte', 'numéro de carte'],
    IBAN: ['IBAN', 'RIB'],
  },
  es: {
    PHONE: ['WhatsApp', 'Telegram', 'mi número', 'móvil'],
    EMAIL: ['correo', 'email', 'mail'],
    CREDIT_CARD: ['tarjeta', 'número de tarjeta'],
    IBAN: ['IBAN', 'cuenta'],
  },
  it: {
    PHONE: ['WhatsApp', 'Telegram', 'il mio numero', 'cell'],
    EMAIL: ['mail', 'email', 'indirizzo email'],
    CREDIT_CARD: ['carta', 'numero carta'],
    IBAN: ['IBAN', 'conto'],
  },
  pt: {
    PHONE: ['WhatsApp', 'zap', 'Telegram', 'meu número'],
    EMAIL: ['email', 'e-mail', 'meu email'],
    CREDIT_CARD: ['cartão', 'número do cartão'],
    IBAN: ['IBAN', 'conta'],
  },
  nl: {
    PHONE: ['WhatsApp', 'Telegram', 'mijn nummer', '06'],
    EMAIL: ['mail', 'e-mail', 'mailadres'],
    CREDIT_CARD: ['kaart', 'creditcard'],
    IBAN: ['IBAN', 'rekeningnummer'],
  },
  pl: {
    PHONE: ['WhatsApp', 'Telegram', 'mój numer', 'tel'],
    EMAIL: ['maila', 'e-mail', 'adres'],
    CREDIT_CARD: ['karta', 'numer karty'],
    IBAN: ['IBAN', 'numer konta'],
  },
  ru: {
    PHONE: ['WhatsApp', 'Телеграм', 'мой номер', 'вацап'],
    EMAIL: ['почта', 'мейл', 'email'],
    CREDIT_CARD: ['карта', 'номер карты'],
    IBAN: ['IBAN', 'счёт'],
  },
  tr: {
    PHONE: ['WhatsApp', 'Telegram', 'numaram', 'cep'],
    EMAIL: ['mail', 'e-posta', 'mail adresim'],
    CREDIT_CARD: ['kart', 'kart numarası'],
    IBAN: ['IBAN', 'hesap'],
  },
};
export const label = (type: string, lang: Lang, r: Rand) => choose(r, LABEL[lang][type] ?? ['']);

export const CARRIERS: Record<Lang, Carrier[]> = {
  en: [
    [
      'rental',
      'contact',
      'Hi! Airbnb takes 15% so if you want the flat for the same dates just message me on {k} {v} and I’ll give you a better price',
    ],
    ['rental', 'pay', 'For the deposit you can pay me direct, {k}: {v}. Then I cancel the booking here, ok?'],
    ['classifieds', 'contact', 'still available mate, text me {k} {v} eBay messages are slow'],
    ['classifieds', 'pay', 'can do £180 if you send it straight to my {k} {v} instead of through the site'],
    ['dating', 'contact', 'I’m never on here tbh 😅 {k} is easier {v}'],
    ['dating', 'name', 'add me on insta or fb, {v}'],
    ['freelance', 'contact', 'Fiverr fees are killing me, reach me at {k} {v} and we sort the next order outside'],
    ['freelance', 'ip', 'I set up the staging box, ssh into {v} with the key I sent'],
    ['classifieds', 'name', 'collection only, ask for {v} at the door'],
  ],
  de: [
    ['rental', 'contact', 'Hallo! Wenn ihr direkt bei mir bucht, spart ihr die Gebühren. Schreibt mir per {k}: {v}'],
    ['rental', 'pay', 'Die Kaution bitte direkt überweisen, {k} {v}, dann storniere ich hier'],
    ['classifieds', 'contact', 'Ist noch da. Melde dich per {k} {v}, hier antworte ich selten'],
    ['classifieds', 'pay', 'Gerne auch Überweisung statt PayPal, {k}: {v} – Versand dann am Montag'],
    ['dating', 'contact', 'bin hier kaum online 🙈 {k} {v}'],
    ['dating', 'name', 'such mich auf Insta, {v}'],
    ['freelance', 'contact', 'Lass uns die nächsten Aufträge ohne Plattform machen, {k} {v}'],
    ['freelance', 'ip', 'Server läuft, erreichbar unter {v}, Zugang schicke ich separat'],
    ['classifieds', 'name', 'Abholung in Köln-Ehrenfeld, klingeln bei {v}'],
  ],
  fr: [
    ['rental', 'contact', 'Bonjour, si vous réservez en direct c’est moins cher, contactez-moi sur {k} {v}'],
    ['rental', 'pay', 'Pour la caution faites un virement direct, {k} : {v}, et j’annule la résa ici'],
    ['classifieds', 'contact', 'Toujours dispo ! Appelez-moi, {k} {v}, je réponds pas trop sur Leboncoin'],
    ['classifieds', 'pay', 'Je peux faire 150 € si paiement direct, {k} {v}'],
    ['dating', 'contact', 'je viens jamais ici 😅 {k} c’est plus simple : {v}'],
    ['dating', 'name', 'ajoute-moi sur insta, {v}'],
    ['freelance', 'contact', 'Malt prend trop de commission, écris-moi sur {k} {v}'],
    ['freelance', 'ip', 'Le serveur de test est prêt, connecte-toi sur {v}'],
    ['classifieds', 'name', 'Remise en main propre, demandez {v} à l’accueil'],
  ],
  es: [
    ['rental', 'contact', 'Hola! Si reservas directamente conmigo te sale más barato, escríbeme por {k} {v}'],
    ['rental', 'pay', 'La fianza me la puedes mandar directo, {k}: {v}'],
    ['classifieds', 'contact', 'Sigue disponible, por Wallapop tardo en contestar, mejor {k} {v}'],
    ['classifieds', 'pay', 'Te lo dejo en 90 € si me haces transferencia, {k} {v}'],
    ['dating', 'contact', 'casi no entro aquí jaja, {k} {v}'],
    ['dating', 'name', 'búscame en insta: {v}'],
    ['freelance', 'contact', 'Para el próximo encargo mejor fuera de la plataforma, {k} {v}'],
    ['freelance', 'ip', 'Ya tienes el servidor en {v}, la clave te la paso aparte'],
    ['classifieds', 'name', 'Recogida en mano, pregunta por {v} en portería'],
  ],
  it: [
    ['rental', 'contact', 'Ciao! Se prenoti direttamente risparmi la commissione, scrivimi su {k} {v}'],
    ['rental', 'pay', 'La caparra puoi farla con bonifico diretto, {k} {v}'],
    ['classifieds', 'contact', 'Ancora disponibile, su Subito rispondo poco, {k} {v}'],
    ['classifieds', 'pay', 'Te lo lascio a 120 € con bonifico, {k}: {v}'],
    ['dating', 'contact', 'qui non ci sono quasi mai 😅 {k} {v}'],
    ['dating', 'name', 'cercami su insta, {v}'],
    ['freelance', 'contact', 'Facciamo i prossimi lavori fuori piattaforma, {k} {v}'],
    ['freelance', 'ip', 'Il server di prova è su {v}, la password te la mando dopo'],
    ['classifieds', 'name', 'Ritiro a mano, citofono {v}'],
  ],
  pt: [
    ['rental', 'contact', 'Olá! Se reservar direto comigo fica mais barato, chama no {k} {v}'],
    ['rental', 'pay', 'O sinal pode mandar direto, {k}: {v}'],
    ['classifieds', 'contact', 'Ainda tenho sim, pela OLX demoro a responder, {k} {v}'],
    ['classifieds', 'pay', 'Faço 200 se pagar direto no {k} {v}'],
    ['dating', 'contact', 'quase não entro aqui kkk me chama no {k} {v}'],
    ['dating', 'name', 'me acha no insta, {v}'],
    ['freelance', 'contact', 'Bora fechar o próximo projeto fora da plataforma, {k} {v}'],
    ['freelance', 'ip', 'O servidor de homologação está em {v}'],
    ['classifieds', 'name', 'Retirada em mãos, procura por {v} na portaria'],
  ],
  nl: [
    ['rental', 'contact', 'Hoi! Als je direct bij mij boekt scheelt dat de servicekosten, app me op {k} {v}'],
    ['rental', 'pay', 'De borg mag je direct overmaken, {k} {v}'],
    ['classifieds', 'contact', 'Is nog beschikbaar, via Marktplaats reageer ik traag, {k} {v}'],
    ['classifieds', 'pay', 'Voor 75 euro is ie van jou, maak maar over naar {k} {v}'],
    ['dating', 'contact', 'ben hier bijna nooit haha {k} {v}'],
    ['dating', 'name', 'zoek me op insta, {v}'],
    ['freelance', 'contact', 'Volgende opdracht doen we buiten het platform, {k} {v}'],
    ['freelance', 'ip', 'De testserver draait op {v}'],
    ['classifieds', 'name', 'Ophalen in Utrecht, bel aan bij {v}'],
  ],
  pl: [
    ['rental', 'contact', 'Dzień dobry, przy rezerwacji bezpośrednio będzie taniej, proszę pisać na {k} {v}'],
    ['rental', 'pay', 'Zaliczkę proszę przelać bezpośrednio, {k}: {v}'],
    ['classifieds', 'contact', 'Aktualne, na OLX rzadko odpisuję, {k} {v}'],
    ['classifieds', 'pay', 'Oddam za 300 zł przy przelewie, {k} {v}'],
    ['dating', 'contact', 'rzadko tu wchodzę xd {k} {v}'],
    ['dating', 'name', 'znajdź mnie na fb, {v}'],
    ['freelance', 'contact', 'Następne zlecenie zróbmy poza portalem, {k} {v}'],
    ['freelance', 'ip', 'Serwer testowy stoi pod {v}'],
    ['classifieds', 'name', 'Odbiór osobisty, pytać o {v}'],
  ],
  ru: [
    ['rental', 'contact', 'Здравствуйте! Напрямую будет дешевле, без комиссии, пишите в {k} {v}'],
    ['rental', 'pay', 'Предоплату можно напрямую, {k}: {v}'],
    ['classifieds', 'contact', 'Актуально, на Авито редко захожу, {k} {v}'],
    ['classifieds', 'pay', 'Отдам за 5000 ₽ если переводом, {k} {v}'],
    ['dating', 'contact', 'я тут редко бываю) {k} {v}'],
    ['dating', 'name', 'найди меня вк, {v}'],
    ['freelance', 'contact', 'Давайте следующие заказы без биржи, {k} {v}'],
    ['freelance', 'ip', 'Сервер поднял, адрес {v}'],
    ['classifieds', 'name', 'Самовывоз, спросить {v}'],
  ],
  tr: [
    ['rental', 'contact', 'Merhaba, direkt benden kiralarsanız komisyon yok, {k} {v} yazın'],
    ['rental', 'pay', 'Kaporayı direkt gönderebilirsiniz, {k}: {v}'],
    ['classifieds', 'contact', 'Hâlâ satılık, sahibinden mesajlarına geç bakıyorum, {k} {v}'],
    ['classifieds', 'pay', '1500 TL’ye veririm, havale yaparsan {k} {v}'],
    ['dating', 'contact', 'burada pek yokum :) {k} {v}'],
    ['dating', 'name', 'instadan bul beni, {v}'],
    ['freelance', 'contact', 'Sonraki işleri platform dışında yapalım, {k} {v}'],
    ['freelance', 'ip', 'Test sunucusu hazır, adres {v}'],
    ['classifieds', 'name', 'Elden teslim, kapıda {v} diye sorun'],
  ],
};

export const groupOf = (type: string): Group =>
  type === 'PERSON'
    ? 'name'
    : type === 'IP_ADDRESS'
      ? 'ip'
      : type === 'CREDIT_CARD' || type === 'IBAN'
        ? 'pay'
        : 'contact';

/** PII-free messages of the same genres, full of numbers that are not personal data. */
export const CLEAN: [Lang, Genre, string][] = [
  [
    'en',
    'rental',
    'Check-in is from 15:00, check-out by 11:00. The flat is on the 3rd floor, 68 m², two bedrooms, sleeps 5.',
  ],
  [
    'en',
    'classifieds',
    'iPhone 13 Pro 256GB, model A2638, battery 87%, £540 ono. Listing #2841937705, collection from Leeds station car park.',
  ],
  ['en', 'dating', 'Fancy a drink Saturday at 8? The pub next to the British Museum, I’ll be there from 7:45 😊'],
  ['en', 'freelance', 'Delivery in 3 days, 2 revisions, order #FO82A31C9, total $145.00 incl. fees.'],
  ['en', 'classifieds', 'Size 10 UK / 44 EU, worn twice, £35, posting costs £3.99 via Royal Mail 2nd class.'],
  ['de', 'rental', 'Anreise ab 16 Uhr, Abreise bis 10 Uhr. Die Wohnung hat 54 m², Parkplatz Nr. 17 in der Tiefgarage.'],
  ['de', 'classifieds', 'Verkaufe Bosch Waschmaschine WAN28K40, 8 kg, 1400 U/min, 180 € VB, Anzeige 2718264401.'],
  ['de', 'dating', 'Samstag um 19:30 am Brandenburger Tor? Danach Kino, der Film fängt 20:15 an.'],
  ['de', 'freelance', 'Lieferung bis 14.03., 3 Korrekturschleifen, Auftrag Nr. 58231, 420,00 € netto.'],
  ['de', 'classifieds', 'Kinderfahrrad 20 Zoll, Rahmenhöhe 33 cm, 7 Gänge, 65 €, Abholung am Hauptbahnhof Gleis 4.'],
  ['fr', 'rental', 'Arrivée à partir de 16h, départ avant 11h. Appartement de 42 m² au 5e étage, digicode à l’entrée.'],
  ['fr', 'classifieds', 'Vends vélo Btwin Rockrider ST 520, taille M, 27,5 pouces, 230 €, annonce n° 2456718903.'],
  ['fr', 'dating', 'On se retrouve samedi à 20h devant la gare de Lyon ? Le resto ouvre à 19h30.'],
  ['fr', 'freelance', 'Livraison sous 5 jours, 2 allers-retours, devis n° 2024-118 pour 650 € HT.'],
  ['fr', 'classifieds', 'Canapé 3 places 210 x 95 cm, 120 €, à récupérer près de la place de la République.'],
  [
    'es',
    'rental',
    'La entrada es a partir de las 15:00 y la salida antes de las 11:00. Piso de 75 m², tercera planta con ascensor.',
  ],
  ['es', 'classifieds', 'Vendo PS5 modelo CFI-1216A, 825 GB, con 2 mandos, 380 €. Anuncio 1029384756.'],
  ['es', 'dating', '¿Quedamos el viernes a las 21:00 en la Puerta del Sol? Luego cenamos por La Latina.'],
  ['es', 'freelance', 'Entrega en 4 días, 3 revisiones, pedido n.º 77341, total 95,00 €.'],
  ['es', 'classifieds', 'Talla 38, usado dos veces, 25 €, envío 4,50 € por Correos.'],
  [
    'it',
    'rental',
    'Check-in dalle 15:00, check-out entro le 10:30. Appartamento di 60 mq al secondo piano, 4 posti letto.',
  ],
  ['it', 'classifieds', 'Vendo Vespa Primavera 125, anno 2019, 12.400 km, 2.900 €, annuncio 498172634.'],
  ['it', 'dating', 'Aperitivo sabato alle 19 in Piazza Navona? Poi vediamo.'],
  ['it', 'freelance', 'Consegna in 7 giorni, 2 revisioni, ordine n. 33815 per 280 € + IVA 22%.'],
  ['it', 'classifieds', 'Scarpe taglia 42, usate poco, 40 €, ritiro davanti alla stazione Termini, binario 1.'],
  ['pt', 'rental', 'Check-in a partir das 15h, check-out até às 11h. Apartamento T2 com 70 m², 4.º andar.'],
  ['pt', 'classifieds', 'Vendo Samsung Galaxy S21 128GB, modelo SM-G991B, R$ 1.800, anúncio 1184726390.'],
  ['pt', 'dating', 'Bora tomar um café sábado às 16h no Mercado da Ribeira?'],
  ['pt', 'freelance', 'Entrega em 5 dias úteis, 3 revisões, pedido #55102, total R$ 750,00.'],
  ['pt', 'classifieds', 'Tênis tamanho 41, usado 3 vezes, R$ 180, entrega na estação da Luz às 18h.'],
  [
    'nl',
    'rental',
    'Inchecken vanaf 15:00, uitchecken voor 10:00. Appartement van 48 m², tweede verdieping, geen lift.',
  ],
  [
    'nl',
    'classifieds',
    'Gazelle damesfiets 28 inch, framemaat 53 cm, 7 versnellingen, € 260, advertentie m2094857361.',
  ],
  ['nl', 'dating', 'Zaterdag om 14:00 bij het Centraal Station? Dan lopen we naar het Vondelpark.'],
  ['nl', 'freelance', 'Oplevering binnen 6 werkdagen, 2 revisierondes, opdracht 2024-0457, € 520 excl. btw.'],
  ['pl', 'rental', 'Zameldowanie od 14:00, wymeldowanie do 11:00. Mieszkanie 52 m², 4 piętro, winda.'],
  ['pl', 'classifieds', 'Sprzedam laptop Lenovo ThinkPad T480, i5-8350U, 16 GB RAM, 1350 zł, ogłoszenie 819273645.'],
  ['pl', 'dating', 'Może kawa w sobotę o 17 na Rynku Głównym? Będę przy Sukiennicach.'],
  ['pl', 'freelance', 'Termin realizacji 10 dni, 2 poprawki, zamówienie nr 4471, 900 zł brutto.'],
  ['ru', 'rental', 'Заезд с 14:00, выезд до 12:00. Квартира 45 м², 7 этаж, код домофона скажу на месте.'],
  ['ru', 'classifieds', 'Продаю велосипед Stels Navigator 700, рама 19", 12 000 ₽, объявление № 3056712984.'],
  ['ru', 'dating', 'Давай в субботу в 18:00 у памятника Пушкину?'],
  ['ru', 'freelance', 'Сдам работу через 3 дня, 2 правки, заказ № 88123, 15 000 ₽.'],
  ['tr', 'rental', 'Giriş 14:00’ten sonra, çıkış 11:00’e kadar. Daire 90 m², 3+1, 5. kat.'],
  ['tr', 'classifieds', 'Satılık iPhone 12, 128 GB, pil sağlığı %85, 18.500 TL, ilan no 1092837465.'],
  ['tr', 'dating', 'Cumartesi saat 19:00’da Galata Kulesi’nin önünde buluşalım mı?'],
  ['tr', 'freelance', 'Teslim 4 gün, 2 revizyon, sipariş no 66120, toplam 3.200 TL.'],
  [
    'en',
    'rental',
    'Wi-Fi is on the router label, the bins go out Tuesday, and the nearest tube is Angel (Northern line, zone 1).',
  ],
  ['de', 'rental', 'Die Ferienwohnung Nr. 4 liegt 300 m vom Strand, Endreinigung 60 €, Kurtaxe 2,50 € pro Nacht.'],
  ['fr', 'dating', 'Ciné dimanche à 17h40 au Grand Rex ? La séance dure 2h15.'],
  ['es', 'rental', 'El parking está en la plaza 23, planta -2. Tasa turística 1,10 € por noche.'],
  ['it', 'freelance', 'Il file finale è in 4K, 3840x2160, 25 fps, durata 02:35.'],
];
