/** Hold-out 43 templates: German, Dutch, Polish, Turkish ('genre|text', see pii-holdout43-tpl-en.ts). */

export const DE: readonly string[] = [
  'req|schreib mir ein Geburtstagsgedicht für meine Freundin {nf.req}, sie liebt Pferde',
  'req|Formuliere eine Kündigung für {n.req} aus der Buchhaltung, bitte sachlich',
  'req|Hilf mir mit einer Rede für {nf.poss}§ Hochzeit, sie mag nichts Kitschiges',
  'req|Schreib ein Zeugnis für {ff.req}, war drei Jahre meine Teamleiterin',
  'req|ein Glückwunsch für {n.req}, geboren am {DOB}',
  'adv|ist es normal, dass mein Freund {nm.kin} jeden Abend mein Handy kontrolliert?',
  'adv|Meine Schwiegermutter {nf.kin} mischt sich in alles ein. Wie sag ich das meinem Mann?',
  'adv|mein Sohn {nm.kin} (14) zockt 8 Stunden am Tag, wie streng soll ich sein',
  'work|Hallo {n.voc},\n\nkannst du mir die Quartalszahlen bis Donnerstag schicken? {f.subj} braucht sie ' +
    'auch.\n\nDanke,\n{n.subj}',
  'work|Sehr geehrte Frau {s.title},\nanbei der überarbeitete Vertrag. Sie erreichen mich unter {PHONE}.\n' +
    'Mit freundlichen Grüßen\n{f.subj}',
  'work|frag {s.obj} wegen der Rechnung, der hat das letztes Jahr gemacht',
  'work|sag {s.obj} Bescheid, der Server ist wieder down',
  'work|{n.voc}, kannst du {ff.obj} in CC nehmen? Ihre Adresse ist {EMAIL}',
  'work|Herr Dr. {s.title} ist bis Freitag im Urlaub, Vertretung macht {f.subj}',
  'school|Hallo zusammen, hier ist die Mama von {n.poss}. Weiß jemand, ob das Geld für den Ausflug bis Freitag ' +
    'fällig ist?',
  'school|Obstdienst diese Woche: {n.list}, {n.list}, {n.list} und {n.list}',
  'school|Frau {s.title} hat gesagt, das Referat ist erst am 14. dran',
  'school|{n.poss}§ Kindergeburtstag ist Samstag ab 15 Uhr, {ADDR}',
  'chat|[19:02] {n.subj#1}: steht heute Abend noch?\n[19:03] {n.subj#2}: ja, 20 Uhr, bring {n.obj} mit\n' +
    '[19:04] {=1.subj}: passt',
  'chat|@{n.ment} @{n.ment} kann jemand Sonntag meine Schicht übernehmen?',
  'chat|ok {n.voc} danke dir',
  'chat|sie schrieb nur "grüß {n.quote} von mir" und dann nichts mehr',
  'chat|hey {n.voc}, hat der {nm.subj} dir die Fotos geschickt?',
  'voice|hey ich bins wollte nur sagen dass {n.trans} heute die kinder abholt und sag {n.trans} der schlüssel ' +
    'liegt unter der matte',
  'voice|also ich hab mit {n.trans} geredet und der vermieter will die miete bis freitag',
  'voice|erinner mich dran blumen für {n.trans} zu kaufen und onkel {nm.trans} wegen dem auto anzurufen',
  'plan|Plan für Samstag: Fußball mit {n.obj} um 10, Mittagessen bei {n.obj} um 13, dann Kino',
  'plan|Rufbereitschaft: Mo {n.list}, Di {n.list}, Mi {f.list}, Do {n.list}',
  'plan|Oma {nf.kin} hat am Sonntag Geburtstag, {n.list} und {n.list} bringen Kuchen',
  'vent|{n.subj} hat schon wieder mein Auto genommen und es leer zurückgebracht',
  'vent|meine Schwester {nf.kin} meinte "{n.quote} kommt mir nicht mehr ins Haus" und ehrlich gesagt gut so',
  'vent|{n.poss}§ Freund schläft schon wieder bei uns auf dem Sofa',
  'vent|wenn {s.subj} noch einmal ein Meeting um 17 Uhr ansetzt',
];

export const NL: readonly string[] = [
  'req|schrijf een verjaardagsgedicht voor mijn vriendin {nf.req}, ze is gek op paarden',
  'req|Kun je een mail opstellen om {n.req} van de administratie te ontslaan? Wel netjes graag',
  'req|een felicitatie voor {n.req}, geboren op {DOB}',
  'adv|is het normaal dat mijn vriend {nm.kin} elke avond mijn telefoon checkt?',
  'adv|mijn schoonmoeder {nf.kin} bemoeit zich met alles, hoe zeg ik dat tegen mijn man',
  'work|Hoi {n.voc},\n\nKun je me de kwartaalcijfers voor donderdag sturen? {f.subj} heeft ze ook nodig.\n\n' +
    'Groet,\n{n.subj}',
  'work|Geachte mevrouw {s.title},\nBijgaand het aangepaste contract. U kunt mij bereiken op {PHONE}.\n' +
    'Met vriendelijke groet,\n{f.subj}',
  'work|vraag even aan {s.obj} hoe het zit met de factuur',
  'work|{n.voc}, kun je {ff.obj} in de cc zetten? Haar mail is {EMAIL}',
  'school|Hoi allemaal, de moeder van {n.poss} hier. Weet iemand of het schoolreisje vrijdag betaald moet zijn?',
  'school|Fruitrooster deze week: {n.list}, {n.list}, {n.list} en {n.list}',
  'school|juf {nf.title} zegt dat de spreekbeurt pas op de 14e is',
  'school|meester {nm.title} wil de toestemmingsbriefjes donderdag terug',
  'chat|[20:01] {n.subj#1}: gaat vanavond nog door?\n[20:02] {n.subj#2}: ja 21u, neem {n.obj} mee\n' +
    '[20:03] {=1.subj}: top',
  'chat|@{n.ment} @{n.ment} kan iemand zondag mijn dienst overnemen?',
  'chat|ok {n.voc} dankje',
  'voice|hoi ik ben het even dat {n.trans} vandaag de kinderen ophaalt en zeg tegen {n.trans} dat de sleutel ' +
    'onder de mat ligt',
  'voice|niet vergeten bloemen voor {n.trans} en oom {nm.trans} bellen over de auto',
  'plan|Zaterdag: voetbal met {n.obj} om 10, lunch bij {n.obj} om 12, daarna naar tante {nf.kin}',
  'vent|{n.subj} heeft alweer mijn auto geleend en hem met een lege tank teruggebracht',
  'vent|mijn zus {nf.kin} zei "{n.quote} komt hier nooit meer binnen" en eerlijk, prima',
  'vent|meneer {s.title} van de VvE klaagt weer over onze fietsen',
];

export const PL: readonly string[] = [
  'req|napisz wierszyk na urodziny mojej przyjaciółki, ma na imię {nf.req} i kocha konie',
  'req|Pomóż mi napisać maila o zwolnieniu pracownika z księgowości, nazywa się {fm.req}',
  'req|napisz życzenia, solenizantka to {nf.req}, urodzona {DOB}',
  'adv|czy to normalne, że mój chłopak {nm.kin} co wieczór sprawdza mi telefon?',
  'adv|moja teściowa {nf.kin} wtrąca się we wszystko, jak to powiedzieć mężowi',
  'adv|Mój syn {nm.kin} ma 14 lat i gra po 8 godzin dziennie. Co robić?',
  'work|Cześć {n.voc},\n\nczy możesz podesłać liczby za kwartał do czwartku? {f.subj} też ich potrzebuje.\n\n' +
    'Dzięki,\n{n.subj}',
  'work|Szanowna Pani,\nw załączniku poprawiona umowa. Mój numer: {PHONE}.\nZ poważaniem\n{f.subj}',
  'work|pan {sm.title} prosi o fakturę na maila {EMAIL}',
  'work|{sm.subj} znowu nie odpisał w sprawie serwera',
  'school|Dzień dobry, tu {nf.subj}, mama z 2b. Czy ktoś wie, do kiedy płacimy za wycieczkę?',
  'school|Dyżur z owocami w tym tygodniu: {n.list}, {n.list}, {n.list} i {n.list}',
  'school|pani {nf.title} mówi, że prezentacja jest dopiero 14',
  'chat|[20:10] {n.subj#1}: aktualne na dziś?\n[20:11] {n.subj#2}: tak, o 21, {n.subj} też będzie\n' +
    '[20:12] {=1.subj}: ok',
  'chat|@{n.ment} @{n.ment} ktoś weźmie za mnie niedzielny dyżur?',
  'chat|ok {n.voc} dzięki',
  'voice|hej to ja chciałam tylko powiedzieć że {n.trans} odbiera dzisiaj dzieci a klucze są pod wycieraczką',
  'voice|przypomnij mi że ciocia {nf.kin} ma imieniny w sobotę i że wujek {nm.trans} oddaje auto',
  'plan|Grafik: pon {n.list}, wt {n.list}, śr {f.list}, czw {n.list}',
  'vent|{nm.subj} znowu wziął moje auto i oddał bez paliwa',
  'vent|siostra {nf.kin} powiedziała "{n.quote} już tu nie przyjdzie" i dobrze',
  'vent|sąsiedzi z góry znowu imprezują, a {sm.subj} z administracji nic nie robi',
];

export const TR: readonly string[] = [
  'req|atlara bayılan arkadaşım {n.req} için bir doğum günü şiiri yaz',
  'req|Muhasebeden {n.req} için kibar bir işten çıkarma e-postası yazar mısın?',
  'req|{n.req} için doğum günü mesajı, doğum tarihi {DOB}',
  'adv|sevgilim {n.kin} her akşam telefonumu kontrol ediyor, bu normal mi?',
  'adv|kayınvalidem {nf.kin} her şeye karışıyor, eşime nasıl söylesem',
  'adv|Oğlum {nm.kin} 14 yaşında ve günde 8 saat oyun oynuyor. Ne yapmalıyım?',
  'work|Merhaba {n.voc},\n\nÇeyrek rakamlarını perşembeye kadar gönderebilir misin? {f.subj} da bekliyor.\n\n' +
    'Teşekkürler,\n{n.subj}',
  'work|Sayın {f.title},\nrevize sözleşme ektedir. Bana {PHONE} numarasından ulaşabilirsiniz.\nSaygılarımla,\n{f.subj}',
  'work|{nm.voc} Bey, faturayı {EMAIL} adresine atar mısınız?',
  'work|fatura konusunu {s.subj} biliyor, geçen sene o ilgilenmişti',
  'school|Merhaba veliler, ben {n.poss}¶ annesi. Gezi parası cuma gününe kadar mı?',
  'school|Bu haftaki meyve listesi: {n.list}, {n.list}, {n.list} ve {n.list}',
  "school|{n.title} Hoca ödevin 14'ünde teslim edileceğini söyledi",
  'chat|[21:05] {n.subj#1}: bu akşam geçerli mi?\n[21:06] {n.subj#2}: evet 9da, {n.obj} ile gel\n' +
    '[21:07] {=1.subj}: tamam',
  'chat|@{n.ment} @{n.ment} pazar nöbetimi alabilecek var mı?',
  'chat|tamam {n.voc} sağol',
  'voice|selam benim sadece söyleyeyim bugün çocukları {n.trans} alacak anahtar da paspasın altında',
  'voice|{nf.trans} abla ile konuştum ev sahibi kirayı cumaya kadar istiyormuş',
  'plan|Cumartesi: 10da {n.obj} ile halı saha, 13te {nf.kin} teyzede yemek, sonra sinema',
  'vent|{n.subj} yine arabamı alıp benzinsiz getirdi',
  'vent|{n.poss}¶ sevgilisi yine bizim kanepede yatıyor',
  'vent|ablam {nf.kin} "{n.quote} bu eve bir daha adım atmayacak" dedi, iyi de yaptı',
  'vent|{nm.kin} abi her şeye karışıyor ya',
];
