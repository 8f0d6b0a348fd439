// Hold-out 28 clean chat snippets: no person names, no phones, no addresses, no e-mails. Speaker labels are roles
// (Me, Admin, Bot) or absent. Cities, countries, restaurants, products, teams and brands are fine. Snippets are
// separated by blank lines; the first line of each block is the language (ISO 639-3 as passed to the engine).
const RAW = `
eng
Can you summarise this group chat?
[12/03/24, 21:14] Admin: Reminder: the 5-a-side pitch is booked for Thursday 7pm, £6 each
[12/03/24, 21:15] Me: count me in
[12/03/24, 21:20] Admin: bring both kits, we're playing the team from the Red Lion

eng
3/14/24, 9:02 AM - Me: did the plumber say what time?
3/14/24, 9:05 AM - Me: never mind, he's coming between 10 and 12
3/14/24, 9:31 AM - Bot: Messages and calls are end-to-end encrypted.

eng
Turn this into meeting minutes:
[9:14 AM] Me
Q3 roadmap review moved to Tuesday
[9:16 AM] Admin
ok, agenda: pricing page, onboarding emails, the Android crash on 14.2

eng
who promised what here lol
Me: i'll do the shopping list
Me: someone needs to book the van for the 18th
Me: also Tesco delivery slot is 8-9am saturday

eng
Draft a reply to the last message:
> We regret to inform you that your order #48213 has been delayed due to weather in Memphis.
> A new delivery window will be sent within 48 hours.

eng
Summarise please. Discord export:
Admin — Today at 8:41 PM
raid starts at 9 sharp, bring potions
Bot — Today at 8:42 PM
Reminder set for 21:00 (server time)

eng
[07/02/2024, 18:03] Me: the recipe: 200g flour, 2 eggs, 300ml milk, pinch of salt
[07/02/2024, 18:04] Me: rest the batter 30 min, medium heat, flip after 90 seconds

eng
Slack thread, summarise:
Me  10:02 AM
deploy to staging done, build 2024.3.17
Bot  10:03 AM
:white_check_mark: All 412 tests passed in 6m 12s

spa
Resume este chat:
[15/06/24, 20:11] Admin: mañana juega el Atlético a las 21:00, ¿lo vemos en el bar de siempre?
[15/06/24, 20:13] Yo: dale, reservo mesa para 8

spa
quién dijo qué aquí
Yo: la receta lleva 4 huevos, 250 g de azúcar y ralladura de limón
Yo: horno a 180 grados, 40 minutos

spa
12/05/2024, 9:14 p. m. - Admin: Turnos de la semana: lunes mañana, miércoles tarde, sábado libre
12/05/2024, 9:20 p. m. - Yo: perfecto, cambio el jueves por el viernes si se puede

spa
Traduce al inglés: "che, el colectivo 152 no pasa, me tomo un Uber hasta Palermo"

spa
Yo: ya llegué a Guadalajara, el vuelo de Volaris salió con 2 horas de retraso
Yo: mañana vamos a Tlaquepaque a comer birria

por
Resume essa conversa do grupo:
[20/08/24, 19:30] Admin: pelada quinta às 20h na quadra do clube, 15 reais cada
[20/08/24, 19:41] Eu: tô dentro
[20/08/24, 19:45] Admin: quem tiver colete traz

por
Eu: receita do bolo de fubá: 3 ovos, 2 xícaras de fubá, 1 de açúcar, 1 de leite
Eu: forno 180 graus por 40 minutos

por
escala da semana: segunda e quarta turno da manhã, sexta folga. alguém troca sábado?

fra
Tu peux résumer ce fil ?
[03/10/24, 18:22] Admin : match de foot samedi 10h au stade municipal, prévoir 5 € pour le terrain
[03/10/24, 18:25] Moi : ok pour moi

fra
Moi : recette de la pâte à crêpes : 250 g de farine, 4 œufs, 50 cl de lait, une pincée de sel
Moi : laisser reposer une heure

fra
Fais un compte rendu : réunion du 14 mars, points : budget 2025, déménagement à Lyon, nouveau logiciel de paie

deu
Kannst du das zusammenfassen?
[22.05.24, 19:10] Admin: Training fällt heute aus, Halle ist gesperrt
[22.05.24, 19:12] Ich: schade, dann Donnerstag
[22.05.24, 19:15] Admin: Donnerstag 18:30 wie immer

deu
Ich: Rezept für Käsespätzle: 500 g Mehl, 5 Eier, 200 g Bergkäse, Zwiebeln
Ich: Teig 10 Minuten schlagen

deu
Schichtplan KW 12: Frühschicht Mo–Mi, Spätschicht Do, Fr frei. Wer tauscht Samstag?

ita
Riassumi:
[02/09/24, 21:00] Admin: calcetto giovedì alle 20:30 al centro sportivo, 7 euro a testa
[02/09/24, 21:02] Io: ci sono
[02/09/24, 21:05] Admin: portate le pettorine

ita
Io: ricetta del ragù: 500 g di macinato, passata, un bicchiere di vino rosso, tre ore a fuoco basso

nld
Vat dit samen:
[11/04/24, 20:15] Admin: training donderdag 19:30 op het hoofdveld
[11/04/24, 20:17] Ik: ben erbij
[11/04/24, 20:20] Admin: neem allemaal een wit shirt mee

nld
Ik: recept stamppot: 1 kg aardappelen, boerenkool, rookworst van de HEMA

pol
Streść ten czat:
[05.06.24, 18:40] Admin: mecz w sobotę o 11 na Orliku, 10 zł od osoby
[05.06.24, 18:42] Ja: będę
[05.06.24, 18:45] Admin: kto ma piłkę?

pol
Ja: przepis na pierogi: 500 g mąki, szklanka ciepłej wody, ziemniaki i twaróg na farsz

tur
Özetler misin:
[14.07.24 21:05] Admin: halı saha perşembe 21:00, kişi başı 150 TL
[14.07.24 21:07] Ben: varım
[14.07.24 21:10] Admin: formaları unutmayın

tur
Ben: mercimek çorbası tarifi: 1 su bardağı kırmızı mercimek, 1 soğan, 1 havuç, 6 su bardağı su

rus
Сделай резюме:
Админ, [12.03.24 21:14]
тренировка в четверг в 19:30, зал на Соколе
Я, [12.03.24 21:16]
буду

rus
Я: рецепт сырников: 500 г творога, 2 яйца, 4 ложки муки, щепотка соли
Я: жарить на среднем огне по 3 минуты

rus
график на неделю: пн и ср утро, пт выходной. кто поменяется на субботу?

ukr
Підсумуй:
Адмін, [18.05.24 20:00]
матч у суботу о 10:00 на стадіоні Динамо
Я, [18.05.24 20:02]
буду

ukr
Я: рецепт борщу: буряк, капуста, картопля, морква, квасоля, часник

ell
Σύνοψη παρακαλώ:
[09/06/24, 20:30] Admin: ποδόσφαιρο Πέμπτη 21:00 στο γήπεδο, 5 ευρώ ο καθένας
[09/06/24, 20:35] Εγώ: είμαι μέσα

ell
Εγώ: συνταγή για μουσακά: μελιτζάνες, κιμάς, μπεσαμέλ, 45 λεπτά στο φούρνο

arb
لخص المحادثة دي:
[10/04/24, 22:10] Admin: ماتش الكورة يوم الخميس الساعة ٩ بالليل في النادي
[10/04/24, 22:12] أنا: تمام، جاي

arb
أنا: وصفة الكشري: رز، عدس، مكرونة، صلصة طماطم، بصل مقلي

arb
جدول الشيفتات: السبت والأحد صباحي، الثلاثاء إجازة

heb
תסכם בבקשה:
[21/02/24, 19:45] Admin: כדורגל ביום חמישי ב-20:00 במגרש של בית הספר
[21/02/24, 19:50] אני: אני בא

heb
אני: מתכון לשקשוקה: 4 ביצים, רסק עגבניות, פלפל אדום, כמון

hin
इस चैट का सारांश बताओ:
[15/08/24, 20:10] Admin: रविवार को क्रिकेट मैच सुबह 7 बजे, ग्राउंड नंबर 2
[15/08/24, 20:12] मैं: पक्का आऊँगा

hin
मैं: पनीर बटर मसाला की रेसिपी: 250 ग्राम पनीर, टमाटर, काजू, मक्खन, क्रीम

hin
Me: bhai kal ka match dekha? opener ka cover drive mast tha
Me: next week IPL tickets book karte hain, Wankhede ke

tha
สรุปแชทนี้ให้หน่อย:
[02/05/24 20:30] Admin: เตะบอลวันพฤหัส 2 ทุ่ม สนามเดิม คนละ 100 บาท
[02/05/24 20:32] เรา: ไปด้วย

tha
เรา: สูตรต้มยำกุ้ง: กุ้ง 300 กรัม ข่า ตะไคร้ ใบมะกรูด พริก น้ำปลา มะนาว

tha
Me: pai kin som tam thi Siam Paragon mai, 6 mong yen

vie
Tóm tắt giúp mình:
[05/07/24, 20:00] Admin: đá banh thứ năm 7 giờ tối, sân Phú Thọ, 50 nghìn một người
[05/07/24, 20:05] Tôi: mình đi

vie
Tôi: công thức phở bò: xương bò, quế, hồi, gừng nướng, hành tây, nước mắm

ind
Tolong rangkum:
[17/08/24 19:00] Admin: futsal Kamis jam 8 malam di GOR, iuran 25 ribu
[17/08/24 19:03] Aku: ikut

ind
Aku: resep nasi goreng: nasi semalam, bawang merah, bawang putih, kecap manis, telur

zsm
Ringkaskan:
[01/09/24, 21:00] Admin: futsal Khamis pukul 9 malam di Stadium Shah Alam, RM10 seorang
[01/09/24, 21:02] Saya: on

zsm
Saya: resipi nasi lemak: beras, santan, daun pandan, sambal, ikan bilis, telur rebus

swh
Nifupishie:
[06/06/24, 18:00] Admin: mpira Alhamisi saa kumi na mbili jioni uwanja wa shule
[06/06/24, 18:03] Mimi: niko

swh
Mimi: mapishi ya pilau: mchele, nyama ya ng'ombe, kitunguu, pilau masala

tgl
Pa-summarize:
[11/11/24, 20:00] Admin: basketball sa Huwebes 7pm sa covered court, 50 pesos each
[11/11/24, 20:03] Ako: g ako

tgl
Ako: recipe ng adobo: manok, toyo, suka, bawang, paminta, dahon ng laurel

ron
Rezumă te rog:
[04/10/24, 19:30] Admin: fotbal joi la 20:00 pe terenul sintetic, 20 lei de persoană
[04/10/24, 19:33] Eu: vin

ron
Eu: rețetă de sarmale: varză murată, carne tocată, orez, ceapă, cimbru

ces
Shrň to prosím:
[08.03.24 19:00] Admin: fotbal ve čtvrtek v 19:30 na Strahově, 100 Kč na osobu
[08.03.24 19:05] Já: jdu

ces
Já: recept na svíčkovou: hovězí, kořenová zelenina, smetana, knedlík, brusinky
`;

export const CLEAN_HAND: [string, string][] = RAW.trim()
  .split(/\n\s*\n/)
  .map((b) => {
    const [lang, ...rest] = b.trim().split('\n');
    return [lang.trim(), rest.join('\n')];
  });
