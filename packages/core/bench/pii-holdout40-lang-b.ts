/**
 * Hold-out 40: document wording per language (Polish, Czech, Danish, Norwegian, Finnish, Greek, Russian,
 * Hindi-English mix). Same shape as LANG_A.
 */
import type { Lang } from './pii-holdout40-lang-a.ts';

export const LANG_B: Record<string, Lang> = {
  pl: {
    lab: 'Imię i nazwisko|E-mail|Telefon|Adres|Kod pocztowy i miejscowość|Data urodzenia|IBAN|Numer karty|Adres IP|Login|Hasło|Klucz API|Link',
    inl: 'person:Nazywam się {V}.;person:Piszę w imieniu własnym, {V}.;phone:Proszę o kontakt pod numerem {V}.;phone:Mój numer komórki to {V}.;email:Proszę odpowiedzieć na {V}.;email:Można też pisać na {V}.;address:Obecnie mieszkam przy {V}.;address:Dokumenty proszę wysłać na adres {V}.;dob:Urodziłem się {V}.;iban:Proszę przelać kwotę na konto {V}.;card:Obciążono moją kartę {V}.;ip:Próba logowania przyszła z adresu IP {V}.;user:Mój login to {V}.;pass:Hasło to {V}.;id:Mój numer {L} to {V}.;url:Skany są pod adresem {V}.',
    dear: 'Szanowna {T} {P},~Szanowny {T} {P},',
    hello: 'Szanowni Państwo,|Dzień dobry,|Cześć,',
    titles: 'Pani~Pan~dr',
    close: 'Z poważaniem,|Pozdrawiam serdecznie,|Dziękuję i pozdrawiam,',
    w: 'małpa kropka plus zero jeden dwa trzy cztery pięć sześć siedem osiem dziewięć',
    ask: 'Możesz poprawić ten tekst, zanim go wyślę?|Napisz to bardziej oficjalnie:|Streść mi to pismo:|Czy to jest zrozumiałe?',
    more: 'W razie pytań pozostaję do dyspozycji.|Proszę o pisemne potwierdzenie.|Z góry dziękuję za pomoc.|Czekam na odpowiedź.',
    subj: 'Temat',
    team: 'Zespół obsługi klienta',
    clean:
      'Zamówienie {ORDER} na kwotę {AMOUNT} zostało wysłane {DATE}.|Kod produktu {CODE} dotyczy modelu 2-litrowego.|Prosimy zaktualizować aplikację do wersji {VER}.|Lot {FLIGHT} odlatuje o {TIME} z bramki B12.|Suma kontrolna pliku to {HASH}.|Wystawa o {FAMOUS} rusza {DATE}.|Formularze można złożyć w {INST}.|Faktura {REF} na {AMOUNT} jest płatna do {DATE}.',
    g: {
      hr: 'Zaświadczenie o zatrudnieniu|W nawiązaniu do rozmowy z dnia {DATE} potwierdzamy dane z Pani/Pana akt osobowych (sygn. {REF}). Prosimy o ich sprawdzenie przed zamknięciem listy płac.|Zmiany numeru konta lub adresu należy zgłosić do działu kadr co najmniej pięć dni roboczych przed wypłatą.|Przełożony',
      medical:
        'Notatka z wizyty|Pacjent zgłosił się {DATE} na kontrolę po urazie kolana (skierowanie {REF}). RTG bez zmian, zalecono fizjoterapię.|Na następną wizytę proszę zabrać dowód ubezpieczenia i listę leków.|Lekarz prowadzący',
      insurance:
        'Zgłoszenie szkody – ubezpieczenie mieszkania|Zgłaszam zalanie kuchni, do którego doszło {DATE}. Numer polisy: {REF}.|W załączeniu faktura hydraulika na {AMOUNT} i zdjęcia. Proszę o szybką likwidację szkody.|Świadek',
      rental:
        'Wniosek o najem mieszkania|Jestem zainteresowany mieszkaniem dwupokojowym z ogłoszenia z {DATE} (nr {REF}). Pracuję na umowę o pracę, nie palę, nie mam zwierząt.|Mogę przedstawić zaświadczenie o zarobkach i referencje od obecnego wynajmującego.|Obecny wynajmujący',
      school:
        'Karta zgłoszenia ucznia|Chcemy zapisać dziecko na rok szkolny od {DATE}. Numer wniosku {REF}.|Dziecko nie ma alergii. Prosimy o informację, czy jest miejsce w świetlicy.|Uczeń',
      bank: 'Reklamacja transakcji kartą|Reklamuję transakcję na kwotę {AMOUNT} z dnia {DATE}, której nie autoryzowałem (sprawa {REF}).|Karta jest nadal u mnie i została zastrzeżona w aplikacji. Proszę o zwrot środków.|Współwłaściciel rachunku',
      support:
        'Zgłoszenie {REF} – nie mogę się zalogować|od aktualizacji z {DATE} nie mogę zalogować się do portalu klienta; strona po prostu się przeładowuje.|Wyczyściłem pamięć podręczną i próbowałem innej przeglądarki. Czy możecie zresetować konto?|Kolega',
      travel:
        'Potwierdzenie rezerwacji|Dziękujemy za rezerwację {REF}. Lot odbywa się {DATE}; odprawa online otwiera się 24 godziny wcześniej.|Każdy pasażer może zabrać bagaż podręczny do 8 kg. Nazwiska muszą zgadzać się z dokumentem.|Drugi pasażer',
      delivery:
        'Reklamacja – paczka nie dotarła|Moja paczka o numerze {REF} ma status doręczonej {DATE}, ale nigdy do mnie nie dotarła.|Nie było awiza, sąsiedzi też nic nie odebrali. Proszę o ponowną dostawę lub zwrot {AMOUNT}.|Sąsiadka',
      police:
        'Zawiadomienie o kradzieży roweru|Dnia {DATE} około 22:30 z podwórza skradziono mój rower. Numer sprawy {REF}.|Zapięcie zostało przecięte. Sąsiadka widziała mężczyznę w szarej kurtce.|Świadek',
      cv: 'Życiorys|Koordynatorka projektów z ośmioletnim doświadczeniem w logistyce i zakupach. Dostępna od {DATE}.|Umiejętności: SAP, Excel, angielski biegły. Referencje na życzenie.|Referencje',
      guests:
        'Lista gości – wesele|Przesyłam listę gości na przyjęcie {DATE} (rezerwacja sali {REF}). Proszę wysłać zaproszenia i zanotować diety.|Plan stołów prześlę później. Menu wegetariańskie oznaczone literą V.|Gość',
    },
  },
  cs: {
    lab: 'Jméno a příjmení|E-mail|Telefon|Adresa|PSČ a obec|Datum narození|IBAN|Číslo karty|IP adresa|Uživatelské jméno|Heslo|API klíč|Odkaz',
    inl: 'person:Jmenuji se {V}.;person:Píše vám {V}.;phone:Zastihnete mě na čísle {V}.;phone:Klidně volejte na {V}.;email:Odpovězte prosím na {V}.;email:Psát můžete i na {V}.;address:Bydlím na adrese {V}.;address:Dokumenty pošlete na {V}.;dob:Narodil jsem se {V}.;iban:Částku prosím pošlete na účet {V}.;card:Platba byla stržena z karty {V}.;ip:Pokus o přihlášení přišel z IP adresy {V}.;user:Moje uživatelské jméno je {V}.;pass:Heslo je {V}.;id:Moje {L} je {V}.;url:Skeny jsou na {V}.',
    dear: 'Vážená {T} {P},~Vážený {T} {P},',
    hello: 'Dobrý den,|Vážení,|Ahoj,',
    titles: 'paní~pane~MUDr.',
    close: 'S pozdravem|S přátelským pozdravem|Děkuji a zdravím',
    w: 'zavináč tečka plus nula jedna dva tři čtyři pět šest sedm osm devět',
    ask: 'Můžeš mi to opravit, než to pošlu?|Přepiš to formálněji:|Shrň mi tento dopis:|Je to srozumitelné?',
    more: 'V případě dotazů jsem k dispozici.|Prosím o písemné potvrzení.|Předem děkuji za pomoc.|Těším se na vaši odpověď.',
    subj: 'Předmět',
    team: 'Tým zákaznické podpory',
    clean:
      'Vaše objednávka {ORDER} v hodnotě {AMOUNT} byla odeslána {DATE}.|Kód zboží {CODE} patří k modelu 2 litry.|Aktualizujte prosím aplikaci na verzi {VER}.|Let {FLIGHT} odlétá v {TIME} z brány B12.|Kontrolní součet souboru je {HASH}.|Výstava o {FAMOUS} začíná {DATE}.|Formuláře lze odevzdat na {INST}.|Faktura {REF} na {AMOUNT} je splatná {DATE}.',
    g: {
      hr: 'Potvrzení o zaměstnání|Na základě našeho rozhovoru ze dne {DATE} potvrzujeme údaje ve vašem osobním spisu (č. j. {REF}). Zkontrolujte je prosím před uzávěrkou mezd.|Změny bankovního účtu nebo adresy je nutné nahlásit personálnímu oddělení nejméně pět pracovních dní předem.|Nadřízený',
      medical:
        'Záznam z ambulance|Pacient byl vyšetřen {DATE} ke kontrole po úrazu kolena (žádanka {REF}). RTG bez nálezu, doporučena rehabilitace.|Na příští návštěvu přineste kartičku pojišťovny a seznam léků.|Ošetřující lékař',
      insurance:
        'Hlášení pojistné události|Hlásím vytopení kuchyně ze dne {DATE}. Číslo pojistné smlouvy je {REF}.|Přikládám fakturu instalatéra na {AMOUNT} a fotografie. Prosím o rychlé vyřízení.|Svědek',
      rental:
        'Žádost o pronájem|Mám zájem o byt 2+kk z inzerátu ze dne {DATE} (č. {REF}). Mám pracovní smlouvu na dobu neurčitou, nekouřím a nemám zvířata.|Mohu doložit výplatní pásky a referenci od současného pronajímatele.|Současný pronajímatel',
      school:
        'Přihláška k zápisu|Chceme přihlásit dítě do školního roku od {DATE}. Číslo žádosti {REF}.|Dítě nemá alergie. Dejte nám vědět, pokud se uvolní místo v družině.|Žák',
      bank: 'Reklamace karetní transakce|Reklamuji platbu {AMOUNT} ze dne {DATE}, kterou jsem neautorizoval (případ {REF}).|Kartu mám stále u sebe a v aplikaci jsem ji zablokoval. Žádám o vrácení peněz.|Spolumajitel účtu',
      support:
        'Tiket {REF} – nejde přihlášení|od aktualizace {DATE} se nemohu přihlásit do zákaznického portálu; stránka se jen znovu načte.|Mezipaměť jsem smazal a zkusil jiný prohlížeč. Můžete účet resetovat?|Kolega',
      travel:
        'Potvrzení rezervace|Děkujeme za rezervaci {REF}. Let odlétá {DATE}; online odbavení se otevírá 24 hodin předem.|Každý cestující může mít příruční zavazadlo do 8 kg. Jména musí odpovídat dokladům.|Druhý cestující',
      delivery:
        'Reklamace – nedoručený balík|Můj balík s číslem {REF} je od {DATE} veden jako doručený, ale nikdy nedorazil.|Nebyla žádná výzva a sousedé nic nepřevzali. Žádám nové doručení nebo vrácení {AMOUNT}.|Sousedka',
      police:
        'Oznámení krádeže jízdního kola|Dne {DATE} kolem 22:30 mi bylo ze dvora ukradeno kolo. Číslo jednací {REF}.|Zámek byl přestřižen. Sousedka viděla muže v šedé bundě.|Svědek',
      cv: 'Životopis|Koordinátorka projektů s osmi lety praxe v logistice a nákupu. K dispozici od {DATE}.|Dovednosti: SAP, Excel, angličtina plynně. Reference na vyžádání.|Reference',
      guests:
        'Seznam hostů – svatba|Posílám seznam hostů na hostinu {DATE} (rezervace {REF}). Rozešlete prosím pozvánky a zapište diety.|Zasedací pořádek pošlu později. Vegetariánská menu jsou označena V.|Host',
    },
  },
  da: {
    lab: 'Navn|E-mail|Telefon|Adresse|Postnr. og by|Fødselsdato|IBAN|Kortnummer|IP-adresse|Brugernavn|Adgangskode|API-nøgle|Link',
    inl: 'person:Mit navn er {V}.;person:Det er {V}, der skriver.;phone:I kan træffe mig på {V}.;phone:Ring gerne på {V}.;email:Svar venligst til {V}.;email:I kan også skrive til {V}.;address:Jeg bor i dag på {V}.;address:Send papirerne til {V}.;dob:Jeg er født den {V}.;iban:Overfør venligst beløbet til min konto {V}.;card:Beløbet blev trukket på mit kort {V}.;ip:Loginforsøget kom fra IP-adressen {V}.;user:Mit brugernavn er {V}.;pass:Adgangskoden er {V}.;id:Mit {L} er {V}.;url:Scanningerne ligger på {V}.',
    dear: 'Kære {T} {P},~Kære {T} {P},',
    hello: 'Hej,|Kære modtager,|Goddag,',
    titles: 'fru~hr.~dr.',
    close: 'Med venlig hilsen|Venlig hilsen|Mange hilsner',
    w: 'snabel-a punktum plus nul en to tre fire fem seks syv otte ni',
    ask: 'Kan du rette det her, før jeg sender det?|Gør det lidt mere formelt:|Opsummer brevet for mig:|Er det forståeligt?',
    more: 'Jeg står gerne til rådighed for spørgsmål.|Jeg vil gerne have en skriftlig bekræftelse.|Tak på forhånd for hjælpen.|Jeg ser frem til at høre fra jer.',
    subj: 'Emne',
    team: 'Kundeservice',
    clean:
      'Din ordre {ORDER} på {AMOUNT} blev afsendt den {DATE}.|Varenummer {CODE} hører til 2-liters modellen.|Opdater appen til version {VER}.|Fly {FLIGHT} afgår kl. {TIME} fra gate B12.|Filens tjeksum er {HASH}.|Udstillingen om {FAMOUS} åbner den {DATE}.|Blanketter kan afleveres hos {INST}.|Faktura {REF} på {AMOUNT} forfalder den {DATE}.',
    g: {
      hr: 'Ansættelsesbekræftelse|Som aftalt på mødet den {DATE} bekræfter vi oplysningerne i din personalemappe (sag {REF}). Tjek dem venligst inden lønkørslen.|Ændringer af konto eller adresse skal være HR i hænde senest fem arbejdsdage før næste lønudbetaling.|Nærmeste leder',
      medical:
        'Notat fra ambulatoriet|Patienten blev set den {DATE} til kontrol efter en knæskade (henvisning {REF}). Røntgen uden fund; fysioterapi anbefales.|Medbring sundhedskort og medicinliste til næste konsultation.|Behandlende læge',
      insurance:
        'Skadeanmeldelse – indboforsikring|Jeg anmelder en vandskade i køkkenet den {DATE}. Mit policenummer er {REF}.|Blikkenslagerens regning på {AMOUNT} og billeder er vedhæftet. Behandl venligst sagen hurtigt.|Vidne',
      rental:
        'Ansøgning om lejebolig|Jeg søger den toværelses lejlighed, der blev annonceret den {DATE} (annonce {REF}). Jeg er fastansat, ikke-ryger og har ingen dyr.|Lønsedler og reference fra min nuværende udlejer kan eftersendes.|Nuværende udlejer',
      school:
        'Indskrivning i skole|Vi vil gerne indskrive vores barn til skoleåret fra den {DATE}. Ansøgningsnummer {REF}.|Barnet har ingen allergier. Giv besked, hvis der bliver plads i SFO.|Elev',
      bank: 'Indsigelse mod korttransaktion|Jeg gør indsigelse mod en betaling på {AMOUNT} den {DATE}, som jeg ikke har godkendt (sag {REF}).|Kortet er stadig hos mig og er spærret i appen. Jeg beder om at få beløbet tilbage.|Medkontohaver',
      support:
        'Sag {REF} – kan ikke logge ind|siden opdateringen den {DATE} kan jeg ikke logge ind på kundeportalen; siden genindlæses bare.|Jeg har ryddet cachen og prøvet en anden browser. Kan I nulstille kontoen?|Kollega',
      travel:
        'Bookingbekræftelse|Tak for din booking {REF}. Dit fly afgår den {DATE}; online check-in åbner 24 timer før.|Hver passager må medbringe en håndbagage på op til 8 kg. Navnene skal matche passet.|Medrejsende',
      delivery:
        'Klage – pakke ikke modtaget|Min pakke med nummer {REF} står som leveret den {DATE}, men den er aldrig kommet.|Der var ingen seddel, og naboerne har ikke modtaget noget. Jeg ønsker ny levering eller refusion af {AMOUNT}.|Nabo',
      police:
        'Anmeldelse af cykeltyveri|Den {DATE} omkring kl. 22.30 blev min cykel stjålet fra gården. Journalnummer {REF}.|Låsen var klippet over. En nabo så en mand i grå jakke.|Vidne',
      cv: 'CV|Projektkoordinator med otte års erfaring inden for logistik og indkøb. Ledig fra den {DATE}.|Kompetencer: SAP, Excel, flydende engelsk. Referencer gives på forespørgsel.|Reference',
      guests:
        'Gæsteliste – bryllup|Her er gæstelisten til festen den {DATE} (booking {REF}). Send venligst invitationerne og noter allergier.|Bordplanen følger. Vegetarmenuer er markeret med V.|Gæst',
    },
  },
  no: {
    lab: 'Navn|E-post|Telefon|Adresse|Postnummer og sted|Fødselsdato|IBAN|Kortnummer|IP-adresse|Brukernavn|Passord|API-nøkkel|Lenke',
    inl: 'person:Jeg heter {V}.;person:Det er {V} som skriver.;phone:Dere når meg på {V}.;phone:Ring gjerne {V}.;email:Svar gjerne til {V}.;email:Dere kan også sende e-post til {V}.;address:Jeg bor nå i {V}.;address:Send papirene til {V}.;dob:Jeg er født {V}.;iban:Beløpet kan overføres til kontoen {V}.;card:Beløpet ble trukket fra kortet {V}.;ip:Innloggingsforsøket kom fra IP-adressen {V}.;user:Brukernavnet mitt er {V}.;pass:Passordet er {V}.;id:Mitt {L} er {V}.;url:Skannene ligger på {V}.',
    dear: 'Kjære {T} {P},~Kjære {T} {P},',
    hello: 'Hei,|God dag,|Til den det måtte angå,',
    titles: 'fru~herr~dr.',
    close: 'Med vennlig hilsen|Vennlig hilsen|Hilsen',
    w: 'krøllalfa punktum pluss null én to tre fire fem seks sju åtte ni',
    ask: 'Kan du lese korrektur på dette før jeg sender det?|Gjør dette litt mer formelt:|Oppsummer brevet for meg:|Er dette forståelig?',
    more: 'Ta gjerne kontakt hvis noe er uklart.|Jeg ønsker en skriftlig bekreftelse.|Takk på forhånd for hjelpen.|Ser frem til å høre fra dere.',
    subj: 'Emne',
    team: 'Kundeservice',
    clean:
      'Bestillingen {ORDER} på {AMOUNT} ble sendt {DATE}.|Varenummer {CODE} gjelder 2-litersmodellen.|Oppdater appen til versjon {VER}.|Fly {FLIGHT} går kl. {TIME} fra gate B12.|Sjekksummen til filen er {HASH}.|Utstillingen om {FAMOUS} åpner {DATE}.|Skjemaer leveres hos {INST}.|Faktura {REF} på {AMOUNT} forfaller {DATE}.',
    g: {
      hr: 'Arbeidsbekreftelse|Etter samtalen {DATE} bekrefter vi opplysningene i personalmappen din (saksnummer {REF}). Kontroller dem før lønnskjøringen.|Endringer i kontonummer eller adresse må være hos HR senest fem virkedager før neste lønnsutbetaling.|Nærmeste leder',
      medical:
        'Journalnotat poliklinikk|Pasienten ble sett {DATE} til kontroll etter en kneskade (henvisning {REF}). Røntgen uten funn; fysioterapi anbefales.|Ta med helsekort og medisinliste til neste time.|Behandlende lege',
      insurance:
        'Skademelding – innboforsikring|Jeg melder vannskade på kjøkkenet {DATE}. Polisenummeret mitt er {REF}.|Rørleggerens faktura på {AMOUNT} og bilder er vedlagt. Vennligst behandle saken raskt.|Vitne',
      rental:
        'Søknad om leie|Jeg søker på treromsleiligheten som ble annonsert {DATE} (annonse {REF}). Jeg har fast jobb, røyker ikke og har ingen dyr.|Lønnsslipper og referanse fra nåværende utleier kan ettersendes.|Nåværende utleier',
      school:
        'Skjema for skoleinnskriving|Vi ønsker å skrive inn barnet vårt fra skolestart {DATE}. Søknadsnummer {REF}.|Barnet har ingen allergier. Gi beskjed om det blir ledig plass i SFO.|Elev',
      bank: 'Innsigelse mot korttransaksjon|Jeg bestrider et kjøp på {AMOUNT} {DATE} som jeg ikke har godkjent (sak {REF}).|Kortet er fortsatt hos meg og er sperret i appen. Jeg ber om tilbakebetaling.|Medkontohaver',
      support:
        'Sak {REF} – får ikke logget inn|etter oppdateringen {DATE} får jeg ikke logget inn på kundeportalen; siden lastes bare på nytt.|Jeg har tømt hurtigbufferen og prøvd en annen nettleser. Kan dere tilbakestille kontoen?|Kollega',
      travel:
        'Bestillingsbekreftelse|Takk for bestillingen {REF}. Flyet går {DATE}; innsjekking på nett åpner 24 timer før.|Hver passasjer kan ta med én håndbagasje på 8 kg. Navn må stemme med passet.|Medreisende',
      delivery:
        'Klage – pakke ikke mottatt|Pakken min med sporingsnummer {REF} er registrert som levert {DATE}, men har aldri kommet.|Ingen hentelapp, og naboene har ikke fått noe. Jeg ber om ny levering eller refusjon av {AMOUNT}.|Nabo',
      police:
        'Anmeldelse – sykkeltyveri|{DATE} rundt kl. 22.30 ble sykkelen min stjålet fra bakgården. Saksnummer {REF}.|Låsen var kuttet. En nabo så en mann i grå jakke.|Vitne',
      cv: 'CV|Prosjektkoordinator med åtte års erfaring fra logistikk og innkjøp. Tilgjengelig fra {DATE}.|Kompetanse: SAP, Excel, flytende engelsk. Referanser på forespørsel.|Referanse',
      guests:
        'Gjesteliste – bryllup|Her er gjestelisten til festen {DATE} (booking {REF}). Send ut invitasjonene og noter allergier.|Bordkartet kommer senere. Vegetarmeny er merket med V.|Gjest',
    },
  },
  fi: {
    lab: 'Nimi|Sähköposti|Puhelin|Osoite|Postinumero ja -toimipaikka|Syntymäaika|IBAN|Kortin numero|IP-osoite|Käyttäjätunnus|Salasana|API-avain|Linkki',
    inl: 'person:Nimeni on {V}.;person:Tässä kirjoittaa {V}.;phone:Minut tavoittaa numerosta {V}.;phone:Soittakaa tarvittaessa numeroon {V}.;email:Vastatkaa osoitteeseen {V}.;email:Voitte kirjoittaa myös osoitteeseen {V}.;address:Asun nykyään osoitteessa {V}.;address:Lähettäkää paperit osoitteeseen {V}.;dob:Olen syntynyt {V}.;iban:Maksakaa summa tililleni {V}.;card:Veloitus tehtiin kortiltani {V}.;ip:Kirjautumisyritys tuli IP-osoitteesta {V}.;user:Käyttäjätunnukseni on {V}.;pass:Salasana on {V}.;id:{L} on {V}.;url:Skannaukset ovat osoitteessa {V}.',
    dear: 'Hyvä {P},~Hyvä {P},',
    hello: 'Hei,|Hyvä vastaanottaja,|Moi,',
    titles: '~~tri',
    close: 'Ystävällisin terveisin|Terveisin|Kiitos ja terveisin',
    w: 'ät piste plus nolla yksi kaksi kolme neljä viisi kuusi seitsemän kahdeksan yhdeksän',
    ask: 'Voitko oikolukea tämän ennen kuin lähetän?|Tee tästä virallisempi:|Tiivistä tämä kirje:|Onko tämä ymmärrettävä?',
    more: 'Vastaan mielelläni lisäkysymyksiin.|Liitteet lähetän tarvittaessa erikseen sähköpostilla.|Pyydän kirjallisen vahvistuksen.|Kiitos etukäteen avusta.|Odotan vastaustanne.',
    subj: 'Aihe',
    team: 'Asiakaspalvelu',
    clean:
      'Tilauksenne {ORDER} ({AMOUNT}) lähetettiin {DATE}.|Tuotekoodi {CODE} tarkoittaa 2 litran mallia.|Päivitä sovellus versioon {VER}.|Lento {FLIGHT} lähtee klo {TIME} portilta B12.|Tiedoston tarkistussumma on {HASH}.|Näyttely {FAMOUS} aukeaa {DATE}.|Lomakkeet voi jättää {INST}.|Lasku {REF} ({AMOUNT}) erääntyy {DATE}.',
    g: {
      hr: 'Työtodistus|Keskustelumme {DATE} perusteella vahvistamme henkilöstökansiosi tiedot (asianumero {REF}). Tarkista ne ennen palkka-ajoa.|Tilinumeron tai osoitteen muutokset on ilmoitettava HR:lle viimeistään viisi arkipäivää ennen palkanmaksua.|Esihenkilö',
      medical:
        'Poliklinikkakäynnin muistiinpano|Potilas kävi {DATE} polvivamman kontrollissa (lähete {REF}). Röntgen normaali; fysioterapiaa suositellaan. Kipu on vähentynyt selvästi, mutta portaissa polvi turpoaa edelleen iltaisin, joten kuormitusta lisätään vähitellen.|Ota seuraavalle käynnille Kela-kortti ja lääkelista.|Hoitava lääkäri',
      insurance:
        'Vahinkoilmoitus – kotivakuutus|Ilmoitan keittiön vesivahingosta {DATE}. Vakuutusnumeroni on {REF}.|Liitteenä putkimiehen lasku {AMOUNT} ja kuvat. Pyydän käsittelemään asian pian.|Todistaja',
      rental:
        'Vuokrahakemus|Haen kaksiota, joka ilmoitettiin {DATE} (ilmoitus {REF}). Olen vakituisessa työssä, en tupakoi eikä minulla ole lemmikkejä.|Voin toimittaa palkkatodistukset ja suosituksen nykyiseltä vuokranantajalta.|Nykyinen vuokranantaja',
      school:
        'Ilmoittautuminen kouluun|Haluamme ilmoittaa lapsemme kouluun lukuvuodelle, joka alkaa {DATE}. Hakemusnumero {REF}. Lapsi on käynyt esikoulun lähikoulun yhteydessä, ja toivomme, että hän pääsisi samaan kouluun kuin isosisarensa.|Lapsella ei ole allergioita. Ilmoittakaa, jos iltapäiväkerhoon vapautuu paikka.|Oppilas',
      bank: 'Korttitapahtuman reklamaatio|Kiistän {DATE} tehdyn {AMOUNT} veloituksen, jota en ole hyväksynyt (asia {REF}).|Kortti on yhä hallussani ja suljettu sovelluksessa. Pyydän summan palautusta.|Tilin toinen omistaja',
      support:
        'Tiketti {REF} – kirjautuminen ei onnistu|päivityksen {DATE} jälkeen en pääse kirjautumaan asiakasportaaliin; sivu vain latautuu uudelleen. Sama ongelma toistuu sekä puhelimella että kannettavalla, eikä salasanan vaihtaminen auttanut.|Tyhjensin välimuistin ja kokeilin toista selainta. Voitteko nollata tilin?|Kollega',
      travel:
        'Varausvahvistus|Kiitos varauksesta {REF}. Lento lähtee {DATE}; verkkolähtöselvitys avautuu 24 tuntia ennen.|Jokainen matkustaja saa ottaa yhden 8 kg käsimatkatavaran. Nimien on vastattava passia.|Toinen matkustaja',
      delivery:
        'Reklamaatio – paketti ei saapunut|Pakettini seurantanumerolla {REF} on merkitty toimitetuksi {DATE}, mutta se ei koskaan tullut.|Ilmoitusta ei jätetty eivätkä naapurit saaneet mitään. Pyydän uutta toimitusta tai {AMOUNT} hyvitystä.|Naapuri',
      police:
        'Rikosilmoitus – polkupyörävarkaus|{DATE} noin klo 22.30 polkupyöräni varastettiin sisäpihalta. Diaarinumero {REF}.|Lukko oli katkaistu. Naapuri näki harmaatakkisen miehen.|Todistaja',
      cv: 'Ansioluettelo|Projektikoordinaattori, kahdeksan vuoden kokemus logistiikasta ja hankinnoista. Käytettävissä {DATE} alkaen. Olen työskennellyt sekä pienissä yrityksissä että kansainvälisissä konserneissa, ja vastuullani on ollut toimittajasopimuksia, budjetteja ja usean hengen tiimejä.|Osaaminen: SAP, Excel, sujuva englanti. Suosittelijat pyydettäessä. Harrastuksina suunnistus, kuorolaulu ja vapaaehtoistyö paikallisessa urheiluseurassa.|Suosittelija',
      guests:
        'Vieraslista – häät|Tässä vieraslista juhliin {DATE} (tilavaraus {REF}). Lähettäkää kutsut ja merkitkää ruokavaliot. Juhlat alkavat vihkimisen jälkeen noin kello neljä, ja bussikuljetus lähtee kirkolta heti seremonian päätyttyä.|Pöytäjärjestys tulee myöhemmin. Kasvisruoka on merkitty V:llä.|Vieras',
    },
  },
  el: {
    lab: 'Ονοματεπώνυμο|Email|Τηλέφωνο|Διεύθυνση|Τ.Κ. και πόλη|Ημερομηνία γέννησης|IBAN|Αριθμός κάρτας|Διεύθυνση IP|Όνομα χρήστη|Κωδικός|Κλειδί API|Σύνδεσμος',
    inl: 'person:Ονομάζομαι {V}.;person:Σας γράφει ο/η {V}.;phone:Μπορείτε να με βρείτε στο {V}.;phone:Καλέστε με στο {V} για οποιαδήποτε απορία.;email:Παρακαλώ απαντήστε στο {V}.;email:Μπορείτε επίσης να γράψετε στο {V}.;address:Μένω στην οδό {V}.;address:Στείλτε τα έγγραφα στη διεύθυνση {V}.;dob:Γεννήθηκα στις {V}.;iban:Παρακαλώ καταθέστε το ποσό στον λογαριασμό {V}.;card:Η χρέωση έγινε στην κάρτα {V}.;ip:Η απόπειρα σύνδεσης έγινε από την IP {V}.;user:Το όνομα χρήστη μου είναι {V}.;pass:Ο κωδικός είναι {V}.;id:Ο {L} μου είναι {V}.;url:Τα σκαναρισμένα είναι στο {V}.',
    dear: 'Αγαπητή κυρία {P},~Αγαπητέ κύριε {P},',
    hello: 'Αξιότιμοι κύριοι,|Γεια σας,|Καλημέρα σας,',
    titles: 'κα~κ.~Δρ.',
    close: 'Με εκτίμηση,|Με φιλικούς χαιρετισμούς,|Ευχαριστώ,',
    w: 'παπάκι τελεία συν μηδέν ένα δύο τρία τέσσερα πέντε έξι επτά οκτώ εννέα',
    ask: 'Μπορείς να διορθώσεις αυτό το κείμενο πριν το στείλω;|Κάνε το πιο επίσημο:|Κάνε μου μια σύνοψη:|Είναι κατανοητό;',
    more: 'Παραμένω στη διάθεσή σας για κάθε διευκρίνιση.|Θα ήθελα γραπτή επιβεβαίωση.|Σας ευχαριστώ εκ των προτέρων.|Αναμένω την απάντησή σας.',
    subj: 'Θέμα',
    team: 'Η ομάδα εξυπηρέτησης πελατών',
    clean:
      'Η παραγγελία σας {ORDER} αξίας {AMOUNT} στάλθηκε στις {DATE}.|Ο κωδικός είδους {CODE} αφορά το μοντέλο 2 λίτρων.|Ενημερώστε την εφαρμογή στην έκδοση {VER}.|Η πτήση {FLIGHT} αναχωρεί στις {TIME} από την πύλη B12.|Το checksum του αρχείου είναι {HASH}.|Η έκθεση για τον/την {FAMOUS} ανοίγει στις {DATE}.|Τα έντυπα κατατίθενται στο {INST}.|Το τιμολόγιο {REF} ύψους {AMOUNT} λήγει στις {DATE}.',
    g: {
      hr: 'Βεβαίωση εργασίας|Μετά τη συνάντηση της {DATE}, επιβεβαιώνουμε τα στοιχεία του φακέλου σας (αρ. {REF}). Παρακαλούμε ελέγξτε τα πριν από τη μισθοδοσία.|Αλλαγές λογαριασμού ή διεύθυνσης πρέπει να δηλώνονται στο τμήμα προσωπικού πέντε εργάσιμες νωρίτερα.|Προϊστάμενος',
      medical:
        'Σημείωμα επίσκεψης|Ο ασθενής εξετάστηκε στις {DATE} για επανέλεγχο τραυματισμού στο γόνατο (παραπεμπτικό {REF}). Η ακτινογραφία είναι φυσιολογική· συνιστάται φυσιοθεραπεία.|Φέρτε το βιβλιάριο υγείας και τη λίστα φαρμάκων στο επόμενο ραντεβού.|Θεράπων ιατρός',
      insurance:
        'Δήλωση ζημιάς – ασφάλεια κατοικίας|Δηλώνω διαρροή νερού στην κουζίνα στις {DATE}. Ο αριθμός συμβολαίου είναι {REF}.|Επισυνάπτω το τιμολόγιο του υδραυλικού ({AMOUNT}) και φωτογραφίες.|Μάρτυρας',
      rental:
        'Αίτηση μίσθωσης|Ενδιαφέρομαι για το διαμέρισμα που αγγελίας της {DATE} (αγγελία {REF}). Έχω σταθερή εργασία και δεν έχω κατοικίδια.|Μπορώ να προσκομίσω εκκαθαριστικά και σύσταση από τον σημερινό ιδιοκτήτη.|Σημερινός ιδιοκτήτης',
      school:
        'Αίτηση εγγραφής μαθητή|Θέλουμε να εγγράψουμε το παιδί μας για τη σχολική χρονιά που ξεκινά στις {DATE}. Αριθμός αίτησης {REF}.|Το παιδί δεν έχει αλλεργίες. Ενημερώστε μας αν υπάρξει θέση στο ολοήμερο.|Μαθητής',
      bank: 'Αμφισβήτηση συναλλαγής κάρτας|Αμφισβητώ χρέωση {AMOUNT} της {DATE} την οποία δεν ενέκρινα (υπόθεση {REF}).|Η κάρτα είναι ακόμη στην κατοχή μου και την έχω μπλοκάρει. Ζητώ επιστροφή του ποσού.|Συνδικαιούχος',
      support:
        'Αίτημα {REF} – δεν μπορώ να συνδεθώ|από την ενημέρωση της {DATE} δεν μπορώ να μπω στην πύλη πελατών· η σελίδα απλώς ξαναφορτώνει.|Καθάρισα την cache και δοκίμασα άλλον browser. Μπορείτε να επαναφέρετε τον λογαριασμό;|Συνάδελφος',
      travel:
        'Επιβεβαίωση κράτησης|Ευχαριστούμε για την κράτηση {REF}. Η πτήση σας αναχωρεί στις {DATE}· το online check-in ανοίγει 24 ώρες πριν.|Κάθε επιβάτης δικαιούται χειραποσκευή έως 8 kg. Τα ονόματα πρέπει να ταιριάζουν με το διαβατήριο.|Δεύτερος επιβάτης',
      delivery:
        'Παράπονο – δέμα δεν παραδόθηκε|Το δέμα μου με αριθμό {REF} εμφανίζεται ως παραδομένο στις {DATE}, αλλά δεν έφτασε ποτέ.|Δεν άφησαν ειδοποίηση και οι γείτονες δεν παρέλαβαν τίποτα. Ζητώ νέα αποστολή ή επιστροφή {AMOUNT}.|Γειτόνισσα',
      police:
        'Καταγγελία κλοπής ποδηλάτου|Στις {DATE} γύρω στις 22:30 κλάπηκε το ποδήλατό μου από την αυλή. Αριθμός πρωτοκόλλου {REF}.|Η κλειδαριά ήταν κομμένη. Μια γειτόνισσα είδε άνδρα με γκρι μπουφάν.|Μάρτυρας',
      cv: 'Βιογραφικό σημείωμα|Συντονίστρια έργων με οκτώ χρόνια εμπειρία σε εφοδιαστική και προμήθειες. Διαθέσιμη από {DATE}. Έχω εργαστεί τόσο σε μικρές επιχειρήσεις όσο και σε πολυεθνικούς ομίλους, με ευθύνη για προϋπολογισμούς, συμβάσεις προμηθευτών και ομάδες έργου.|Δεξιότητες: SAP, Excel, άριστα αγγλικά. Συστάσεις κατόπιν αιτήματος.|Σύσταση',
      guests:
        'Λίστα καλεσμένων – γάμος|Ορίστε η λίστα καλεσμένων για τη δεξίωση της {DATE} (κράτηση {REF}). Στείλτε τις προσκλήσεις και σημειώστε τις διατροφικές προτιμήσεις.|Η διάταξη τραπεζιών θα ακολουθήσει. Χορτοφαγικά μενού με V.|Καλεσμένος',
    },
  },
  ru: {
    lab: 'ФИО|Эл. почта|Телефон|Адрес|Индекс и город|Дата рождения|IBAN|Номер карты|IP-адрес|Логин|Пароль|API-ключ|Ссылка',
    inl: 'person:Меня зовут {V}.;person:Вам пишет {V}.;phone:Со мной можно связаться по номеру {V}.;phone:Звоните мне на {V}.;email:Ответ прошу направить на {V}.;email:Можно также писать на {V}.;address:Я проживаю по адресу: {V}.;address:Документы прошу отправить по адресу {V}.;dob:Я родился {V}.;card:Списание прошло с моей карты {V}.;ip:Попытка входа была с IP-адреса {V}.;user:Мой логин — {V}.;pass:Пароль: {V}.;id:Мой {L}: {V}.;url:Сканы лежат по ссылке {V}.',
    dear: 'Уважаемая {P},~Уважаемый {P},',
    hello: 'Здравствуйте!|Добрый день!|Уважаемые коллеги,',
    titles: 'г-жа~г-н~д-р',
    close: 'С уважением,|Всего доброго,|Заранее спасибо,',
    w: 'собака точка плюс ноль один два три четыре пять шесть семь восемь девять',
    ask: 'Проверь, пожалуйста, этот текст перед отправкой.|Сделай это письмо более официальным:|Кратко перескажи это письмо:|Всё ли здесь понятно?',
    more: 'Готов ответить на любые вопросы.|Прошу подтвердить получение письменно.|Заранее благодарю за помощь.|Жду вашего ответа.',
    subj: 'Тема',
    team: 'Служба поддержки клиентов',
    clean:
      'Ваш заказ {ORDER} на сумму {AMOUNT} отправлен {DATE}.|Артикул {CODE} относится к модели на 2 литра.|Обновите приложение до версии {VER}.|Рейс {FLIGHT} вылетает в {TIME} от выхода B12.|Контрольная сумма файла: {HASH}.|Выставка о {FAMOUS} открывается {DATE}.|Заявления принимаются в {INST}.|Счёт {REF} на {AMOUNT} нужно оплатить до {DATE}.',
    g: {
      hr: 'Справка с места работы|По итогам беседы {DATE} подтверждаем данные вашего личного дела (№ {REF}). Проверьте их до закрытия расчёта зарплаты.|Об изменении реквизитов или адреса сообщайте в отдел кадров не позднее чем за пять рабочих дней до выплаты.|Руководитель',
      medical:
        'Запись о приёме|Пациент осмотрен {DATE} для контроля после травмы колена (направление {REF}). Рентген без патологии, рекомендована ЛФК.|На следующий приём возьмите полис ОМС и список лекарств.|Лечащий врач',
      insurance:
        'Заявление о страховом случае|Сообщаю о заливе кухни, произошедшем {DATE}. Номер полиса {REF}.|Прилагаю счёт сантехника на {AMOUNT} и фотографии. Прошу рассмотреть заявление.|Свидетель',
      rental:
        'Заявка на аренду квартиры|Меня интересует двухкомнатная квартира из объявления от {DATE} (№ {REF}). Работаю официально, не курю, животных нет.|Могу предоставить справку о доходах и рекомендацию от нынешнего арендодателя.|Нынешний арендодатель',
      school:
        'Заявление о приёме в школу|Просим зачислить нашего ребёнка на учебный год с {DATE}. Номер заявления {REF}.|Аллергий нет. Сообщите, пожалуйста, если освободится место в группе продлённого дня.|Ученик',
      bank: 'Претензия по операции по карте|Оспариваю списание {AMOUNT} от {DATE}, которое я не совершал (обращение {REF}).|Карта у меня, я заблокировал её в приложении. Прошу вернуть деньги.|Созаёмщик',
      support:
        'Обращение {REF} — не могу войти|после обновления {DATE} не получается войти в личный кабинет: страница просто перезагружается.|Кэш очистил, другой браузер пробовал. Можете сбросить учётную запись?|Коллега',
      travel:
        'Подтверждение бронирования|Спасибо за бронирование {REF}. Ваш рейс {DATE}; онлайн-регистрация открывается за 24 часа.|Каждый пассажир может взять ручную кладь до 8 кг. Имена должны совпадать с паспортом.|Второй пассажир',
      delivery:
        'Жалоба — посылка не получена|Моя посылка с трек-номером {REF} отмечена как доставленная {DATE}, но я её не получил.|Извещения не было, соседи тоже ничего не получали. Прошу повторную доставку или возврат {AMOUNT}.|Соседка',
      police:
        'Заявление о краже велосипеда|{DATE} около 22:30 со двора дома украли мой велосипед. Номер КУСП {REF}.|Замок был перекушен. Соседка видела мужчину в серой куртке.|Свидетель',
      cv: 'Резюме|Координатор проектов, восемь лет опыта в логистике и закупках. Готова приступить с {DATE}.|Навыки: 1С, SAP, Excel, английский свободно. Рекомендации по запросу.|Рекомендатель',
      guests:
        'Список гостей — свадьба|Вот список гостей на банкет {DATE} (бронь {REF}). Разошлите приглашения и отметьте пожелания по меню.|Рассадка будет позже. Вегетарианское меню помечено V.|Гость',
    },
  },
  hi: {
    lab: 'Naam|Email|Phone|Address|City aur PIN|Date of birth|IBAN|Card number|IP address|Username|Password|API key|Link',
    inl: 'person:Mera naam {V} hai.;person:Main {V} bol raha hoon.;phone:Mujhe {V} par call kar sakte hain.;phone:Mera mobile number {V} hai.;email:Please {V} par reply karein.;email:Aap mujhe {V} par mail bhi kar sakte hain.;address:Main abhi {V} par rehta hoon.;address:Documents {V} par bhej dijiye.;dob:Meri janm tithi {V} hai.;card:Mere card {V} se paise kate.;ip:Login attempt IP {V} se aaya tha.;user:Mera username {V} hai.;pass:Password {V} hai.;id:Mera {L} number {V} hai.;url:Scans yahan hain: {V}.',
    dear: 'Dear {T} {P} ji,~Dear {T} {P} ji,',
    hello: 'Namaste,|Hello sir/madam,|Respected sir,',
    titles: 'Smt.~Shri~Dr.',
    close: 'Dhanyavaad,|Regards,|Thanks and regards,',
    w: 'at dot plus zero one two three four five six seven eight nine',
    ask: 'Isko thoda formal bana do please:|Yeh letter check kar do, bhejne se pehle:|Iska short summary de do:|Kya yeh theek likha hai?',
    more: 'Koi aur document chahiye to please batayein.|Written confirmation bhej dijiye.|Aapki help ke liye dhanyavaad.|Jaldi reply ka intezaar rahega.',
    subj: 'Subject',
    team: 'Customer Care Team',
    clean:
      'Aapka order {ORDER} ({AMOUNT}) {DATE} ko dispatch ho gaya.|Item code {CODE} 2-litre model ka hai.|App ko version {VER} par update karein.|Flight {FLIGHT} {TIME} baje gate B12 se jayegi.|File ka checksum {HASH} hai.|{FAMOUS} par exhibition {DATE} ko khulegi.|Forms {INST} mein jama karein.|Invoice {REF} ({AMOUNT}) ki due date {DATE} hai.',
    g: {
      hr: 'Employment letter / रोज़गार प्रमाण|{DATE} ki meeting ke baad hum aapke HR file (ref {REF}) ki details confirm kar rahe hain. Payroll close hone se pehle check kar lijiye.|Bank account ya address change ho to HR ko salary se paanch working days pehle batayein.|Reporting manager',
      medical:
        'OPD appointment note|Patient {DATE} ko knee injury ke follow-up ke liye aaye (referral {REF}). X-ray normal hai, physiotherapy suggest ki gayi.|Agli visit par insurance card aur dawaiyon ki list saath layein.|Treating doctor',
      insurance:
        'Insurance claim form|{DATE} ko kitchen mein paani ka leakage hua. Policy number {REF} hai.|Plumber ka bill {AMOUNT} aur photos attach hain. Claim jaldi settle karein.|Witness',
      rental:
        'Rental application – 2BHK|{DATE} ko post hue 2BHK flat (listing {REF}) ke liye apply kar raha hoon. Permanent job hai, smoking nahi, pets nahi.|Salary slips aur current landlord ka reference de sakta hoon.|Current landlord',
      school:
        'School admission form|Hum apne bachche ka admission {DATE} se shuru hone wale session ke liye chahte hain. Application no. {REF}.|Bachche ko koi allergy nahi hai. Daycare mein seat khali ho to batayein.|Student',
      bank: 'Card transaction dispute|{DATE} ki {AMOUNT} wali transaction maine authorise nahi ki thi (complaint {REF}).|Card mere paas hi hai aur app mein block kar diya hai. Refund kar dijiye.|Joint account holder',
      support:
        'Ticket {REF} – login nahi ho raha|{DATE} ke update ke baad customer portal mein login nahi ho raha; page bas reload ho jata hai.|Cache clear kiya, doosra browser bhi try kiya. Account reset kar sakte hain?|Colleague',
      travel:
        'Booking confirmation|Booking {REF} ke liye dhanyavaad. Aapki flight {DATE} ko hai; web check-in 24 ghante pehle khulega.|Har passenger 8 kg cabin bag le ja sakta hai. Naam ID proof se match hone chahiye.|Co-passenger',
      delivery:
        'Complaint – parcel nahi mila|Mera parcel tracking no. {REF} {DATE} ko delivered dikha raha hai, par mila nahi.|Koi card nahi chhoda, padosiyon ko bhi kuch nahi mila. Redelivery ya {AMOUNT} refund karein.|Neighbour',
      police:
        'Police complaint – cycle chori|{DATE} ko raat lagbhag 10:30 baje society compound se meri cycle chori ho gayi. FIR ref {REF}.|Lock kata hua tha. Ek padosi ne grey jacket wale aadmi ko dekha.|Witness',
      cv: 'Resume|Project coordinator, logistics aur procurement mein 8 saal ka experience. {DATE} se available.|Skills: SAP, Excel, English aur Hindi fluent. References on request.|Reference',
      guests:
        'Guest list – shaadi reception|{DATE} ke reception (venue booking {REF}) ki guest list yeh rahi. Invitations bhej do aur food preferences note kar lo.|Seating plan baad mein bhejenge. Veg menu V se marked hai.|Guest',
    },
  },
};
