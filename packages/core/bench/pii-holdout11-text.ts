/**
 * Carriers of hold-out 11: running text and conversation (meeting notes, chat exports, emails, complaints, clinical and
 * HR notes, cc lines, @-mentions, tickets), one per line as `genre| text`, ` ¶ ` standing for a line break. Each has
 * exactly one slot: `{n}` takes a name of any plain kind, `{gen}`/`{dat}`/… an inflected form of that case, `{poss}` a
 * possessive (pii-holdout11-names.ts). `!l` lowercases the name (quick chat), `!u` uppercases it (tickets).
 */
export const CARRIERS: Record<string, string> = {
  eng: `meeting| Quick recap of today's sync: Priya walked us through the Q3 numbers, and {n} asked whether we can still hit the launch date. We agreed to revisit next Tuesday.
chat| [10:41] Kemal: anyone seen the deck? ¶ [10:42] {n}: yeah it's in the shared drive, folder "final_final" ¶ [10:42] Kemal: lifesaver, thanks
chat| lol {n!l} just replied-all to the whole company again 😂 can someone tell IT
email| Hi team, ¶ Just a heads-up that {n} will be covering for me while I'm on leave from the 14th. Please loop them in on anything urgent. ¶ Thanks, Dana
complaint| I'm writing to complain about my visit to your Leeds branch on Saturday. The staff member who served me, {n}, was dismissive and refused to process my refund.
medical| Pt seen in clinic today, accompanied by daughter. Referred by Dr {n} for follow-up of persistent cough; chest X-ray ordered.
hr| Can you help me write a performance review for {n}? Consistently exceeds targets but struggles with deadlines on cross-team projects.
cc| To: support@northwind.example ¶ Cc: {n}; Facilities ¶ Subject: Broken badge reader on floor 3
mention| @{n} can you take a look at the failing build on main before standup?
ticket| TICKET 88213 - CUSTOMER {n!u} REPORTS DOUBLE CHARGE ON MARCH INVOICE - ESCALATE TO BILLING
chat| {poss} laptop is still in the meeting room, does anyone have a key?
narrative| Please proofread this: "Thanks to {poss} quick thinking, the server migration finished two hours early."
narrative| My neighbour {n} has been feeding our cat while we're away, and I want to write a thank-you card. Something short and warm?`,
  deu: `meeting| Protokoll Jour fixe: Frau Schneider berichtet zum Umzug, {n} übernimmt die Abstimmung mit der IT. Nächster Termin am Donnerstag.
chat| [08:15] {n}: bin heute im Homeoffice, Zug fällt aus ¶ [08:16] Lea: ok, dann verschieben wir das Daily auf 10
chat| hat {n!l} schon zugesagt fürs grillen am samstag?
email| Hallo zusammen, ab Montag ist {n} unsere neue Ansprechperson im Einkauf. Bitte alle Bestellungen ab sofort darüber laufen lassen. Viele Grüße, Tobias
complaint| Ihr Mitarbeiter {n} hat mir am Telefon zugesichert, dass die Rücksendung kostenlos ist – jetzt wurden mir 12,90 € abgebucht. Bitte um Klärung.
medical| Patientin stellt sich mit Rückenschmerzen vor. Überweisung durch Dr. {n}, Physiotherapie 6x verordnet.
mention| @{n} kannst du bitte kurz auf den Merge Request schauen? Ist dringend.
narrative| {poss} Präsentation gestern war richtig gut – hilfst du mir, eine kurze Dankesmail dafür zu schreiben?
chat| Ich habe {poss} Schlüssel aus Versehen mitgenommen. Wie formuliere ich eine Entschuldigung?
ticket| STÖRUNG 4471: KUNDE {n!u} MELDET AUSFALL DES ROUTERS SEIT 3 TAGEN`,
  fra: `meeting| Compte rendu de la réunion du 12 : étaient présents Mme Garnier, M. Lambert et {n}. Décision : report du lancement à avril.
chat| [21:03] {n} : qqn a le code du wifi du gîte ? ¶ [21:04] Théo : dans le groupe, message épinglé
chat| ptdr {n!l} a encore oublié ses clés, on l'attend devant la porte
email| Bonjour à tous, je vous informe que {n} rejoint l'équipe comptabilité à partir du 3 mars. Merci de lui réserver un bon accueil. Cordialement, Sandrine
complaint| Je souhaite signaler le comportement de votre conseiller, {n}, qui m'a raccroché au nez deux fois mardi dernier.
medical| Patiente adressée par le Dr {n} pour bilan de migraines chroniques. IRM prévue le 18.
mention| @{n} tu peux relire la PR avant ce soir stp ?
hr| Peux-tu m'aider à rédiger le compte rendu d'entretien annuel de {n} ? Très bon travail technique, doit progresser en communication.
cc| À : direction@exemple.fr ¶ Cc : {n} ¶ Objet : Demande de congés – semaine 32`,
  spa: `meeting| Acta de la reunión: asistieron Lucía, Javier y {n}. Se acordó retrasar la entrega al lunes.
chat| [19:20] {n}: llego tarde, hay un atasco en la M-30 ¶ [19:21] Marta: tranqui, pedimos algo mientras
chat| oye q le pasa a {n!l}? no contesta en el grupo desde ayer
email| Hola a todos: os comunico que {n} se incorpora al equipo de ventas el lunes. Por favor, ayudadle con los accesos. Un saludo, Raquel
complaint| Quiero poner una reclamación: la persona que me atendió, {n}, se negó a darme la hoja de reclamaciones en la tienda de Valencia.
medical| Paciente remitido por la Dra. {n} por dolor torácico atípico. Se solicita ecocardiograma.
mention| @{n} ¿puedes revisar el presupuesto antes de mandarlo?
hr| Necesito redactar una carta de recomendación para {n}, que trabajó con nosotros tres años como técnico de laboratorio.
narrative| Mi vecina {n} me ha regado las plantas todo el verano. ¿Me ayudas a escribirle una nota de agradecimiento?`,
  pol: `meeting| Notatka ze spotkania: obecni byli Marta, Paweł i {n}. Ustalono, że wdrożenie przesuwamy na piątek.
chat| [09:12] {n}: spóźnię się, tramwaj stoi na Marszałkowskiej ¶ [09:13] Ola: ok, zaczniemy bez ciebie
chat| czy {n!l} już wie o zmianie grafiku?
email| Dzień dobry, uprzejmie informuję, że od poniedziałku zastępstwo za mnie pełni {n}. Pozdrawiam, Ewa
complaint| Składam skargę: osoba z infolinii, {n}, przerwała rozmowę bez żadnego wyjaśnienia.
email| Czy dostałeś już odpowiedź od {gen} w sprawie faktury?
chat| Przekaż proszę {dat}, że spotkanie jest przeniesione na 14:00.
narrative| Wczoraj rozmawiałem z {ins} o nowym projekcie, brzmi obiecująco.
mention| @{n} możesz rzucić okiem na ten raport przed wysłaniem?`,
  rus: `meeting| Итоги созвона: Ольга доложила по бюджету, {n} берёт на себя переговоры с подрядчиком. Следующая встреча в среду.
chat| [22:05] {n}: кто завтра едет на дачу? ¶ [22:06] Лена: я, если погода будет
chat| {n!l} опять опаздывает, начинаем без него?
email| Коллеги, добрый день! С понедельника обязанности руководителя отдела временно исполняет {n}. С уважением, Ирина
complaint| Прошу разобраться: оператор поддержки нагрубил мне. Передайте {dat}, что так с клиентами не разговаривают.
chat| У {gen} до сих пор нет доступа к серверу, можешь помочь?
narrative| Вчера созвонился с {ins}, договорились о сроках.
hr| Напиши, пожалуйста, пару тёплых слов о {prep} для поздравления с юбилеем.
mention| @{n} посмотри, пожалуйста, пул-реквест до обеда`,
  ara: `meeting| محضر اجتماع: حضر الاجتماع كل من سارة و{n}، وتم الاتفاق على تأجيل الإطلاق إلى الأسبوع القادم.
chat| [11:30] {n}: وصلت المكتب، وين الاجتماع؟ ¶ [11:31] هشام: في القاعة الثانية
email| السلام عليكم، أود إبلاغكم بأن {n} سيتولى مهام المدير بالنيابة ابتداءً من الأحد. مع التحية
complaint| أريد تقديم شكوى بحق الموظف {n} في فرع جدة، فقد رفض استلام طلبي دون سبب.
medical| المريض محوَّل من الدكتور {n} لمتابعة ارتفاع ضغط الدم.
mention| @{n} ممكن تراجع العرض قبل ما نرسله للعميل؟
narrative| أرجو كتابة رسالة شكر قصيرة لـ{n} على المساعدة في ترتيب الحفل.
cc| إلى: الموارد البشرية ¶ نسخة إلى: {n} ¶ الموضوع: طلب إجازة`,
  heb: `meeting| סיכום פגישה: השתתפו רונית, אלון ו{n}. הוחלט לדחות את ההשקה לשבוע הבא.
chat| [14:02] {n}: מישהו יודע מתי מגיעים הטכנאים? ¶ [14:03] רונית: אמרו אחרי ארבע
email| שלום לכולם, רציתי לעדכן ש{n} מצטרף/ת לצוות הפיתוח החל מיום ראשון. בברכה, ענבל
complaint| אני רוצה להתלונן על הנציג {n} ממוקד השירות, שניתק לי את השיחה פעמיים.
medical| המטופלת הופנתה על ידי ד"ר {n} לבירור כאבי ראש.
mention| @{n} תוכל/י לעבור על המצגת לפני הפגישה?
narrative| תעזור לי לכתוב ברכה ליום ההולדת של {n}? משהו קצר ומצחיק.
chat| תגיד ל{n} שאני מאחר בעשר דקות.`,
  pes: `meeting| صورتجلسه: خانم احمدی، آقای کریمی و {n} حضور داشتند. قرار شد تحویل پروژه به هفته بعد موکول شود.
chat| [۱۰:۱۵] {n}: کسی شارژر لپ‌تاپ داره؟ ¶ [۱۰:۱۶] نیما: تو کشوی میز من هست
email| با سلام، به اطلاع می‌رسانم که از شنبه {n} مسئول پیگیری سفارش‌ها خواهد بود. با تشکر
complaint| از رفتار کارمند شعبه، {n}، بسیار ناراضی هستم؛ درخواست من را بدون توضیح رد کرد.
medical| بیمار توسط دکتر {n} جهت بررسی سردردهای مزمن ارجاع شده است.
mention| @{n} لطفاً گزارش را قبل از جلسه بخوان.
narrative| یک پیام تبریک تولد برای {n} بنویس، کوتاه و صمیمی.`,
  cmn: `meeting| 会议纪要：参会人员有李经理、{n}和财务部同事。会上决定将上线时间推迟到下周五。
chat| [10:42] {n}：文件我已经发到群里了 ¶ [10:43] 小刘：收到，谢谢！
email| 各位好，从下周一起由{n}负责华东区的客户对接，请大家配合。谢谢！
complaint| 我要投诉你们门店的店员{n}，态度非常差，还拒绝给我开发票。
medical| 患者由{n}医生转诊，主诉反复咳嗽两周。
mention| @{n} 帮忙看一下这个报错，线上环境挂了
narrative| 帮我给{n}写一段生日祝福，要简短一点，别太正式。
hr| 请帮我写一份{n}的年度绩效评语，工作认真但沟通偏少。`,
  jpn: `meeting| 議事録：出席者は営業部の{n}さん、経理の山口さんほか。リリースは来週金曜日に延期となりました。
chat| [10:42] {n}：資料、共有フォルダに入れときました ¶ [10:43] 山口：ありがとうございます！
email| 皆様、お疲れ様です。来月から{n}さんが大阪支店に異動となります。引き継ぎをよろしくお願いします。
complaint| 御社の店員の{n}という方の対応が非常に失礼でした。改善をお願いします。
medical| {n}先生からの紹介で受診。主訴は2週間続く咳。
mention| @{n} 本番環境でエラーが出ているので確認お願いします
narrative| {n}の送別会の挨拶文を考えてください。短めで。`,
  ces: `meeting| Zápis z porady: přítomni paní Horáková, pan Kratochvíl a {n}. Spuštění se odkládá na příští týden.
chat| [07:55] {n}: stojím v koloně na D1, přijdu později ¶ [07:56] Lenka: v pohodě, začneme bez tebe
chat| vi někdo, jestli {n!l} dorazí na tu oslavu?
email| Dobrý den, od pondělí mě bude zastupovat {n}. S pozdravem, Alena
chat| Prosím tě, pošli tu fakturu {dat}, má to na starosti.
email| Dostal jsi už odpověď od {gen} ohledně smlouvy?
narrative| Včera jsem mluvil s {ins} o novém projektu.
ticket| REKLAMACE 2231: ZÁKAZNÍK {n!u} – NEFUNKČNÍ PRAČKA PO OPRAVĚ`,
  fin: `meeting| Palaverin muistiinpanot: paikalla olivat Tiina, Ville ja {n}. Julkaisu siirtyy ensi viikolle.
chat| [16:20] {n}: ootteko jo lähteny? ¶ [16:21] Tiina: ollaan asemalla
chat| tuleeko {n!l} illalla saunaan?
email| Hei kaikki, {n} aloittaa maanantaina talousosastolla. Ottakaa hyvin vastaan! Terveisin Satu
chat| {gen} läppäri jäi neukkariin, voisitko viedä sen hänelle?
email| Lähetin raportin eilen {all}, mutta vastausta ei ole vielä tullut.
narrative| Kysyin asiaa {abl}, ja hänen mukaansa lasku on jo maksettu.
mention| @{n} ehditkö katsoa tämän PR:n ennen lounasta?`,
  hun: `meeting| Emlékeztető: a megbeszélésen részt vett Szilvia, Gergő és {n}. Az indulást a jövő hétre halasztjuk.
chat| [08:05] {n}: késik a busz, 10 perc és ott vagyok ¶ [08:06] Szilvia: oké, várunk
chat| {n!l} jön ma este a meccsre?
email| Kedves Kollégák! Hétfőtől {n} veszi át a beszerzési feladatokat. Üdvözlettel: Edit
chat| Szóltam már {dat}, hogy holnap nem lesz áram az irodában.
narrative| Tegnap beszéltem {com} az új projektről, nagyon lelkes.
complaint| Panaszt szeretnék tenni az ügyfélszolgálatos, {n} ellen, aki kétszer is rám tette a telefont.
ticket| HIBAJEGY 5512 – BEJELENTŐ: {n!u} – NEM MŰKÖDIK A NYOMTATÓ`,
  ron: `meeting| Minuta ședinței: au participat Alina, Sorin și {n}. S-a decis amânarea lansării cu o săptămână.
chat| [18:40] {n}: am ajuns la gară, unde sunteți? ¶ [18:41] Alina: la cafenea, lângă peronul 3
chat| stie cineva dc {n!l} nu raspunde la telefon?
email| Bună ziua, vă anunț că începând de luni {n} preia coordonarea echipei de suport. Cu stimă, Dana
email| I-am trimis {dat} contractul, dar nu mi-a răspuns încă.
complaint| Vreau să fac o reclamație: angajatul {n} de la ghișeul 4 a refuzat să-mi elibereze certificatul.
medical| Pacient trimis de dr. {n} pentru investigații cardiologice.
mention| @{n} poți să te uiți pe raport până diseară?`,
  ell: `meeting| Πρακτικά συνάντησης: παρόντες Αλεξίου, Ραφαήλ, {n}. Η παρουσίαση μετατίθεται για την επόμενη εβδομάδα.
chat| [12:10] {n}: ποιος έχει το κλειδί της αποθήκης; ¶ [12:11] Σοφία: εγώ, έρχομαι
chat| ρε συ, ο {n!l} θα έρθει απόψε;
email| Καλησπέρα σε όλους, από Δευτέρα αναλαμβάνει το λογιστήριο {n}. Με εκτίμηση, Άννα
chat| Το λάπτοπ του {genm} έμεινε στην αίθουσα, μπορείς να του το δώσεις;
email| Στείλε το συμβόλαιο στο email της {genf} μέχρι την Παρασκευή.
narrative| Χθες πήρα τηλέφωνο τον {accm} για το νέο έργο.
mention| @{n} μπορείς να ρίξεις μια ματιά στην αναφορά;
ticket| ΑΙΤΗΜΑ 7731 – ΠΕΛΑΤΗΣ: {n!u} – ΔΙΠΛΗ ΧΡΕΩΣΗ`,
  ind: `meeting| Notulen rapat: hadir Pak Hendra, Bu Rina, dan {n}. Peluncuran diundur ke minggu depan.
chat| [07:30] {n}: gengs, aku telat ya, macet parah di Sudirman ¶ [07:31] Rina: oke santai
chat| eh {n!l} udah transfer uang arisan belum?
email| Selamat pagi Bapak/Ibu, mulai Senin {n} akan menggantikan saya sebagai koordinator proyek. Terima kasih.
complaint| Saya ingin mengajukan keluhan terhadap petugas kasir bernama {n} yang bersikap tidak sopan.
medical| Pasien dirujuk oleh dr. {n} untuk pemeriksaan lanjutan.
mention| @{n} tolong cek laporan keuangan sebelum rapat ya
narrative| Tolong bantu saya menulis ucapan selamat ulang tahun untuk {n}, sahabat saya sejak SMA.`,
  tgl: `meeting| Minutes ng meeting: dumalo sina Carlo, Joy at {n}. Napagkasunduan na ilipat ang launch sa susunod na linggo.
chat| [20:15] {n}: san na kayo? andito na ko sa SM ¶ [20:16] Carlo: papunta na, traffic sa EDSA
chat| uy si {n!l} ba sasama sa outing?
email| Magandang araw po, simula Lunes si {n} na po ang hahawak ng accounts ng Cebu branch. Salamat po.
complaint| Gusto ko pong magreklamo tungkol sa empleyado ninyong si {n} na sobrang bastos sa akin kahapon.
chat| Pakisabi kay {n} na dadaan ako mamaya para kunin yung charger.
mention| @{n} pa-check naman ng report bago i-send kay boss
narrative| Tulungan mo akong sumulat ng birthday message para kay Ate {n}.`,
  swh: `meeting| Muhtasari wa kikao: walihudhuria Bi Rehema, Bw. Otieno na {n}. Uzinduzi umesogezwa hadi wiki ijayo.
chat| [09:05] {n}: niko njiani, foleni ni kubwa sana ¶ [09:06] Rehema: sawa, tutaanza bila wewe
email| Habari zenu, kuanzia Jumatatu {n} atashughulikia maombi yote ya likizo. Asanteni.
complaint| Nataka kulalamika kuhusu mhudumu {n} wa tawi la Mombasa, alinijibu vibaya sana.
medical| Mgonjwa amepewa rufaa na Dkt. {n} kwa uchunguzi zaidi.
mention| @{n} tafadhali pitia ripoti kabla ya kikao
narrative| Nisaidie kumwandikia {n} ujumbe mfupi wa shukrani kwa msaada wake.`,
  hau: `meeting| Taƙaitaccen taro: Malam Garba, Hajiya Binta da {n} sun halarta. An ɗage ƙaddamarwa zuwa mako mai zuwa.
chat| [08:10] {n}: ina kan hanya, akwai cunkoso sosai ¶ [08:11] Garba: to, za mu fara
email| Barka da safiya, daga ranar Litinin {n} zai kula da dukkan buƙatun abokan ciniki. Na gode.
complaint| Ina so in kai ƙara game da ma'aikacin ku {n} a reshen Kano, bai girmama ni ba.
narrative| Ka taimaka min in rubuta saƙon godiya ga {n} saboda taimakonsa.
mention| @{n} don Allah ka duba rahoton kafin taro`,
  amh: `meeting| የስብሰባ ማጠቃለያ፦ አቶ ገብረ፣ ወ/ሮ አልማዝ እና {n} ተገኝተዋል። ምርቃቱ ወደ ሚቀጥለው ሳምንት ተዛውሯል።
chat| [10:20] {n}: መንገድ ላይ ነኝ፣ ትንሽ እዘገያለሁ ¶ [10:21] ሄለን: እሺ ችግር የለም
email| ሰላም ለሁላችሁ፣ ከሰኞ ጀምሮ {n} የደንበኞች አገልግሎት ኃላፊ ይሆናሉ። እናመሰግናለን።
complaint| በቦሌ ቅርንጫፍ ያለው ሰራተኛ {n} በጣም አክብሮት የጎደለው ነበር።
medical| ታካሚው በዶ/ር {n} ለተጨማሪ ምርመራ ተልኳል።
narrative| ለ{n} አጭር የምስጋና መልእክት እንድጽፍ እርዳኝ።
mention| @{n} እባክህ ሪፖርቱን ከስብሰባው በፊት ተመልከት`,
  tha: `meeting| สรุปการประชุม: ผู้เข้าร่วมได้แก่ คุณวิภา คุณธนา และคุณ{n} มติให้เลื่อนการเปิดตัวไปสัปดาห์หน้า
chat| [09:15] {n}: รถติดมาก ขอโทษที่มาสายนะ ¶ [09:16] วิภา: ไม่เป็นไร เริ่มก่อนเลย
email| เรียนทุกท่าน ตั้งแต่วันจันทร์นี้ {n} จะรับผิดชอบงานบัญชีแทนดิฉันค่ะ ขอบคุณค่ะ
complaint| ขอร้องเรียนพนักงานชื่อ {n} ที่สาขาเซ็นทรัล พูดจาไม่สุภาพมาก
medical| ผู้ป่วยได้รับการส่งตัวจาก นพ.{n} เพื่อตรวจเพิ่มเติม
chat| พี่{n}ถึงยังคะ น้องรออยู่หน้าตึกแล้ว
mention| @{n} ช่วยดูรายงานก่อนประชุมหน่อยครับ`,
  tur: `meeting| Toplantı notları: Selin, Kerem ve {n} katıldı. Lansman gelecek haftaya ertelendi.
chat| [19:05] {n}: trafikteyim, 10 dk gecikirim ¶ [19:06] Selin: tamam, bekliyoruz
chat| {n!l} bu akşam maça geliyo mu?
email| Merhaba arkadaşlar, pazartesiden itibaren {n} satın alma işlerini yürütecek. İyi çalışmalar, Derya
chat| {poss} bilgisayarı toplantı odasında kalmış, ona ulaşabilir misin?
email| Raporu dün {dat} gönderdim ama henüz dönüş olmadı.
complaint| Mağazanızdaki çalışan {n} bana çok kaba davrandı, şikayetçiyim.
ticket| ARIZA KAYDI 3390 – MÜŞTERİ: {n!u} – İNTERNET BAĞLANTISI YOK`,
};
