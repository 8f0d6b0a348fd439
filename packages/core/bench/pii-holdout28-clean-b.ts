// Hold-out 28 clean chat snippets, part B: more carriers (Telegram, LINE, Zalo, WeChat, Viber, Slack, Teams,
// e-mail quotes, voice-note transcripts) and numbers that are not personal (prices, flights, orders, scores).
// Same layout as part A: blocks separated by blank lines, first line the language.
const RAW = `
eng
Summarise this thread:
Bot — Today at 6:02 PM
Patch 1.4.2 is live: fixed the inventory bug, new map "Harbour", ranked season starts Friday
Admin — Today at 6:05 PM
servers restart at 02:00 UTC, expect 15 min downtime

eng
Who promised what?
[2:31 PM] Admin
I'll update the Jira board, ticket PAY-1182 is blocked on the API change
[2:33 PM] Me
I can take the release notes for 3.8

eng
turn this into minutes pls
Me  9:30 AM
standup notes: checkout bug fixed, iOS build 4521 in TestFlight, design review Thursday 2pm
Bot  9:30 AM
Reminder: Sprint 42 ends in 2 days

eng
Draft a reply:
> Your flight BA 2490 from Gatwick to Malaga on 14 July has been rescheduled to depart at 07:15.
> Booking reference: not shown here. Check in opens 24 hours before departure.

eng
[18/09/24, 07:45:12] Me: bus 73 is diverted because of the marathon, walking from Angel instead
[18/09/24, 07:46:01] Me: starting at 8:30 not 8

eng
(14:02) Me: Pick n Pay had the Weber braai on special, R2,499
(14:03) Me: also got charcoal and firelighters

eng
Me: Arsenal 2-1 Spurs, what a finish
Me: next home game is the 21st, I'll check tickets on the app

eng
can u translate this for my mum lol
[11/05/24, 19:20:05] Admin: Bring a plate! Potluck at the community hall, 6pm Saturday, Hall B
[11/05/24, 19:21:40] Admin: Parking behind the library

eng
Signal export, summarise:
[20:15] Me: the flat in Shoreditch is £1,850 pcm, the one in Hackney £1,620
[20:16] Me: both available from 1 October

eng
What's the plan? WeChat export:
Me  2024-04-02 19:33
dim sum at Jumbo Kingdom closed, going to Tim Ho Wan in Sham Shui Po instead
Me  2024-04-02 19:35
table for 6 at 12:30

spa
Resumen por favor:
Admin, [03.04.24 18:20]
el partido del domingo es a las 11 en la cancha 4 del polideportivo

spa
(09:12) Yo: el metro línea 3 va con retraso, llego a las 9:40
(09:13) Yo: pedí un café en el Starbucks de Sol

spa
> Estimado cliente: su pedido 7741-ES ha sido enviado. Llegará entre el 12 y el 14 de marzo.
Redacta una respuesta amable preguntando si pueden entregarlo el sábado.

spa
Yo: receta de guacamole: 3 aguacates, 1 jitomate, cebolla, cilantro, limón y sal
Yo: no le pongas ajo, por favor jaja

por
[05/05/24, 21:10:44] Admin: escala de plantão: segunda 7h-19h, quarta 19h-7h
[05/05/24, 21:12:03] Eu: troco a sexta pela quinta se alguém puder

por
Eu: o Corinthians empatou de novo, 1 a 1 no Itaquerão
Eu: próximo jogo é quarta às 21h30

fra
Résume ça :
[11:05] Admin
point d'équipe : migration du serveur vendredi 22h, sauvegarde avant 20h
[11:07] Moi
je m'occupe des tests

fra
Moi : le TGV 6611 Paris-Lyon a 40 minutes de retard
Moi : on se retrouve directement à la Part-Dieu

deu
Fasse das zusammen:
[03.06.24, 07:12] Admin: Bus 142 fällt aus, Ersatzverkehr ab Hauptbahnhof
[03.06.24, 07:15] Ich: danke, nehme das Rad

deu
Ich  10:15 AM
Release 2.7 ist draußen, Changelog im Confluence
Bot  10:16 AM
Build #8812 erfolgreich

deu
> Ihre Bestellung 302-4491870-1123346 wurde versandt und kommt am Donnerstag.
Schreib eine kurze Antwort, dass ich nicht zu Hause bin.

ita
Io: il Frecciarossa delle 8:15 per Firenze è cancellato
Io: prendo quello delle 9:10, arrivo a Santa Maria Novella alle 11

ita
Riassumi questa chat: la palestra chiude alle 21 ad agosto, corsi sospesi dal 10 al 20

nld
[09:10] Ik: de NS rijdt niet tussen Utrecht en Amersfoort vanwege werkzaamheden
[09:11] Ik: ik pak de bus, ben er rond half 11

nld
Ik: Ajax - PSV 2-2, wat een wedstrijd
Ik: volgende keer kijken we bij het café op de hoek

pol
Ja: pociąg IC 5310 do Gdańska ma 25 minut opóźnienia
Ja: będę na Głównym koło 14

tur
Ben: İstanbul-Ankara YHT 17:30'da kalkıyor, bilet 450 TL
Ben: Söğütözü'nde inerim

rus
Админ, [02.02.24 10:00]
завтра отключение горячей воды с 9 до 18, ремонт на подстанции

rus
Я, [14.06.24 19:40]
купил билеты на Сапсан, отправление в 7:00 с Ленинградского вокзала

ukr
Адмін, [10.10.24 09:15]
сьогодні тривога з 6 до 7, збір в укритті біля школи

ukr
Я: Динамо виграло 3:1, наступна гра у середу

ell
Εγώ: το πλοίο για Νάξο φεύγει 7:30 από τον Πειραιά
Εγώ: εισιτήρια 38 ευρώ

arb
أنا: المترو واقف في محطة السادات، هتأخر نص ساعة
أنا: هقابلكم عند كافيه في الزمالك

arb
[12/12/23, 20:00:00] Admin: دوري الشركة يبدأ السبت الساعة ٥، الملعب في مدينة نصر

heb
אני: הרכבת לחיפה מתעכבת ב-20 דקות
אני: נפגש בתחנת חוף הכרמל

heb
[10:30] Admin
ספרינט 17 נגמר ביום חמישי, דמו ב-14:00

hin
मैं: दिल्ली मेट्रो की ब्लू लाइन बंद है, राजीव चौक से ऑटो ले रहा हूँ

hin
Admin: kal office 10 baje se, monthly review hai
Me: theek hai, slides ready hain

tha
2024.05.01
19:20	Admin	พรุ่งนี้ BTS ปิดซ่อมช่วงเช้า สถานีอโศก
19:21	เรา	โอเค นั่ง MRT แทน

tha
เรา: ไปกินข้าวมันไก่ที่ประตูน้ำกัน ร้านเปิด 6 โมงเช้า

vie
Tôi 19:45
tối nay họp lớp ở quán nướng Quận 1, 7 giờ nha

vie
Admin 08:00
công ty nghỉ lễ 30/4 và 1/5, đi làm lại ngày 2/5

ind
Aku: KRL ke Bogor gangguan, aku naik Transjakarta aja
Aku: nyampe Blok M jam 7

ind
Admin  2024-06-11 08:02
besok WFH, meeting lewat Google Meet jam 10

zsm
Saya: LRT Kelana Jaya tergendala, ambil Grab ke KLCC
Saya: sampai dalam 20 minit

swh
Mimi: matatu za Thika Road zimekwama, nitafika saa nne
Mimi: tukutane posta ya mjini

tgl
Ako: sira ang MRT sa Ortigas, nag-bus na lang ako
Ako: andun na ako mga 8:30

tgl
[15/06/24, 20:00:00] Admin: reminder: monthly dues 200 pesos, deadline sa Friday

ron
Eu: metroul pe M2 are întârzieri, ajung la Piața Romană la 9
Eu: luați-mi o cafea de la colț

ces
Já: vlak z Prahy do Brna má 30 minut zpoždění
Já: sejdeme se u hlavního nádraží

ces
[12.12.24 18:00] Admin: vánoční večírek v pátek od 18:00 v restauraci U Fleků
`;

export const CLEAN_HAND_B: [string, string][] = RAW.trim()
  .split(/\n\s*\n/)
  .map((b) => {
    const [lang, ...rest] = b.trim().split('\n');
    return [lang.trim(), rest.join('\n')];
  });
