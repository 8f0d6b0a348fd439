/**
 * Hold-out 17 documents, written blind (without reading the recognizers, lexicons, docs, tests or other corpora):
 * pieces of documents people paste into an AI assistant (contracts, discharge letters, report cards, police reports,
 * announcements, listings, references, invoices, minutes, genealogy notes, local news) in 14 languages. Slots:
 * {m1} / {f1} / {p1} = person 1 (male / female / either), optional form after a colon ({f2:maiden}, {m1:caps},
 * {p3:inflected}); without a form the harness draws one of the language's usual forms.
 */
import type { Lang } from './pii-holdout17-names.ts';

export type Genre =
  | 'rent'
  | 'job'
  | 'medical'
  | 'school'
  | 'court'
  | 'wedding'
  | 'funeral'
  | 'realestate'
  | 'reference'
  | 'invoice'
  | 'minutes'
  | 'genealogy'
  | 'news';

export const ASK: Record<Lang, string[]> = {
  en: ['Can you summarise this for me?\n\n', 'Rewrite this in plain English:\n', 'Translate to German please:\n\n', ''],
  de: ['Fass mir das bitte kurz zusammen:\n\n', 'Kannst du das ins Englische übersetzen?\n', ''],
  fr: ['Peux-tu me résumer ce document ?\n\n', 'Traduis en anglais :\n', ''],
  es: ['¿Me puedes resumir esto?\n\n', 'Tradúcelo al inglés, por favor:\n', ''],
  it: ['Mi fai un riassunto di questo testo?\n\n', 'Traduci in inglese:\n', ''],
  pt: ['Resume-me este documento, por favor:\n\n', 'Traduz para inglês:\n', ''],
  nl: ['Kun je dit samenvatten?\n\n', 'Vertaal naar het Engels aub:\n', ''],
  pl: ['Streść mi ten dokument:\n\n', 'Przetłumacz na angielski:\n', ''],
  sv: ['Kan du sammanfatta det här?\n\n', 'Översätt till engelska:\n', ''],
  tr: ['Bunu özetler misin?\n\n', 'İngilizceye çevir lütfen:\n', ''],
  ru: ['Сделай краткое изложение документа:\n\n', 'Переведи на английский:\n', ''],
  ar: ['لخص لي هذا النص من فضلك:\n\n', 'ترجم إلى الإنجليزية:\n', ''],
  zh: ['请帮我总结一下这份文件：\n\n', '翻译成英文：\n', ''],
  ja: ['この文書を要約してください。\n\n', '英語に翻訳してください：\n', ''],
};

export const DOCS: Record<Lang, [Genre, string][]> = {
  en: [
    [
      'rent',
      'TENANCY AGREEMENT\nThis agreement is made between {m1:caps} (hereinafter "the Landlord") and {f2:caps} (hereinafter "the Tenant"). The Tenant shall pay rent monthly in advance. {m1} may inspect the property with 24 hours notice.',
    ],
    [
      'job',
      'Dear {p1:title},\nFurther to your interview with {p2} on Tuesday, we are pleased to offer you the post of Warehouse Supervisor. Please return the signed contract to {f3:full} in Human Resources.',
    ],
    [
      'medical',
      'DISCHARGE SUMMARY\nPatient: {p1:surfirst}\nConsultant: {p2:title}\n{p1:given} was admitted with community-acquired pneumonia. Follow-up with GP {p3} in two weeks.',
    ],
    [
      'school',
      'End of Year Report\n{p1:full} has worked hard this term. {p1:inflected} handwriting has improved. Form tutor: {f2:title}. Head of Year: {p3}',
    ],
    [
      'court',
      'Statement of witness {m1}. On the evening of 3 March I saw {m2} leave the premises. {f3:title} was already at the bus stop. I believe this statement to be true.',
    ],
    [
      'wedding',
      'Mr and Mrs {m1:full} request the pleasure of your company at the marriage of their daughter {f2:given} to {m3:full}.',
    ],
    [
      'funeral',
      "{m1:full} passed away peacefully on 12 January, aged 84. Beloved husband of {f2:maiden}, devoted father of {p3:given} and {p4:given}. Service at St Mary's Church.",
    ],
    [
      'realestate',
      'Charming three-bed semi with south-facing garden. For viewings contact {p1:full} at Harbour Lettings. Vendor: {p2:title}.',
    ],
    [
      'reference',
      'To whom it may concern,\nI have known {f1:full} for six years as her line manager. {f1:given} is reliable and calm under pressure.\nYours faithfully,\n{m2:initial}',
    ],
    [
      'invoice',
      'INVOICE 2291\nBill to: Greenway Builders Ltd, attn. {p1:full}\nContact person: {p2:initial}\nPayment terms: 30 days.',
    ],
    [
      'minutes',
      'Minutes of the Parish Council meeting\nPresent: {p1} (Chair), {p2} (Clerk), {p3}\nApologies: {p4:title}\n{p1:title} opened the meeting at 7pm.',
    ],
    ['genealogy', '{m1:full} (b. 1891, Leeds) was the son of {m2:full} and {f3:maiden}. He married {f4:full} in 1919.'],
    [
      'news',
      'Local baker {p1:full} has raised £4,000 for the hospice. {p1:inflected} shop on the High Street stayed open all night, helped by neighbour {p2}.',
    ],
  ],
  de: [
    [
      'rent',
      'MIETVERTRAG\nZwischen {m1:caps}, nachfolgend „Vermieter“, und {f2:full}, nachfolgend „Mieterin“, wird folgender Vertrag geschlossen. Die Mieterin zahlt die Miete bis zum dritten Werktag.',
    ],
    [
      'job',
      'Arbeitsvertrag\nZwischen der Firma Holzbau Nord GmbH, vertreten durch {p1}, und {p2:full}, geboren am 4. Mai 1990. {p2:given} beginnt am 1. April als Lagerist.',
    ],
    [
      'medical',
      'Entlassungsbrief\nSehr geehrte Kollegin,\nPatient/in: {p2:title}\nwir berichten über den stationären Aufenthalt vom 2. bis 9. März. Mit freundlichen Grüßen\n{p3:initial}, Oberarzt',
    ],
    [
      'school',
      'Zeugnis für {p1:full}, Klasse 4b\n{p1:given} beteiligt sich rege am Unterricht. Klassenlehrerin: {f2:title}\nSchulleiter: {m3:full}',
    ],
    [
      'court',
      'Polizeibericht: Am Samstagabend wurde {m1:full} (42) in der Bahnhofstraße kontrolliert. Zeugin {f2} gab an, den Mann gesehen zu haben. {m1:given} verweigerte die Aussage.',
    ],
    [
      'wedding',
      'Wir heiraten! {f1:given} & {m2:given}\n{f1:full} und {m2:full} laden herzlich ein. Die Trauung findet im Standesamt Lüneburg statt.',
    ],
    [
      'funeral',
      'In stiller Trauer nehmen wir Abschied von {f1:maiden}, * 3.2.1938 † 14.11.2024. In Liebe: {p2:given}, {p3:given} und {m4:full}.',
    ],
    [
      'realestate',
      'Helle 3-Zimmer-Wohnung mit Balkon. Ihr Ansprechpartner: {p1:title}, Immobilien Kranz. Besichtigung nach Absprache.',
    ],
    [
      'reference',
      'Arbeitszeugnis\n{p1:full} war vom 1.1.2019 bis 31.12.2023 in unserem Unternehmen tätig. {p1:title} erledigte alle Aufgaben stets zu unserer vollsten Zufriedenheit.\n{m2:initial}, Geschäftsführer',
    ],
    [
      'invoice',
      'Rechnung Nr. 4471\nAnsprechpartner: {p1:title}\nBitte überweisen Sie den Betrag innerhalb von 14 Tagen. Rückfragen an {f2:full}.',
    ],
    [
      'minutes',
      'Protokoll der Eigentümerversammlung\nVersammlungsleiter: {m1:surfirst}\nProtokollführerin: {f2:full}\n{m1:title} eröffnete die Versammlung. {f2:inflected} Antrag wurde angenommen.',
    ],
    [
      'genealogy',
      '{m1:full}, geboren 1874 in Husum, Sohn des {m2:full} und der {f3:maiden}, heiratete 1899 {f4:full}.',
    ],
    [
      'news',
      '{p1:full} aus Gifhorn feiert heute ihren bzw. seinen 100. Geburtstag. Bürgermeister {m2:full} gratulierte persönlich. {p1:inflected} Enkel reisten extra an.',
    ],
  ],
  fr: [
    [
      'rent',
      'CONTRAT DE LOCATION\nEntre les soussignés : {m1:caps}, ci-après dénommé « le Bailleur », et {f2:caps}, ci-après dénommée « la Locataire ». Le loyer est payable le 5 de chaque mois.',
    ],
    [
      'job',
      'Contrat de travail à durée indéterminée\nLa société Boulangeries Rivière, représentée par {p1:title}, et {p2:full}, demeurant à Nantes. {p2:given} exercera les fonctions de vendeur.',
    ],
    [
      'medical',
      "Compte rendu d'hospitalisation\nCher confrère,\nJ'ai vu en consultation {p1:title}, adressé(e) par le {p2:title}. Bien confraternellement,\n{p3:initial}",
    ],
    [
      'school',
      'Bulletin du deuxième trimestre\nÉlève : {p1:caps}\nAppréciation : {p1:given} est un élève sérieux. Professeur principal : {f2:title}',
    ],
    [
      'court',
      "Procès-verbal d'audition\nL'an deux mille vingt-quatre, nous avons entendu {m1:full}, né le 3 mai 1975, qui déclare : « J'ai vu {m2} frapper la vitrine. » Le dossier {p3:inflected} est joint.",
    ],
    [
      'wedding',
      '{f1:full} et {m2:full} ont la joie de vous annoncer leur mariage, qui sera célébré à la mairie de Quimper.',
    ],
    [
      'funeral',
      "Avis de décès\n{f1:maiden}, veuve {m2:full}, nous a quittés à l'âge de 91 ans. De la part de ses enfants {p3:given} et {p4:given}.",
    ],
    [
      'realestate',
      'Maison de caractère, 4 chambres, jardin clos. Contactez {p1:full}, conseiller Immobilier des Remparts.',
    ],
    [
      'reference',
      "Lettre de recommandation\nJe soussigné {m1:full}, directeur d'agence, certifie que {p2:full} a travaillé sous ma responsabilité. {p2:given} a toujours fait preuve de rigueur.",
    ],
    ['invoice', "FACTURE n° 2024-118\nClient : Garage Central, à l'attention de {p1:title}\nInterlocuteur : {p2}"],
    [
      'minutes',
      "Compte rendu du conseil d'école\nPrésents : {p1}, {p2}, {p3:title}\n{p1:title} ouvre la séance. {f4:full}, représentante des parents, prend la parole.",
    ],
    ['genealogy', '{m1:full}, né en 1862 à Dinan, fils de {m2:full} et de {f3:maiden}, épouse en 1888 {f4:full}.'],
    ['news', "{p1:full}, 67 ans, a retrouvé le chien perdu {p2:inflected}. Le maire, {m3:full}, l'a remercié."],
  ],
  es: [
    [
      'invoice',
      'FACTURA n.º 0457\nCliente: Talleres Ebro S.A.\nPersona de contacto: {p1:double}\nAtendido por: {p2:title}',
    ],
    [
      'rent',
      'CONTRATO DE ARRENDAMIENTO\nDe una parte, {m1:caps}, en adelante «el Arrendador», y de otra, {f2:caps}, en adelante «la Arrendataria». {f2:title} abonará la renta por mensualidades anticipadas.',
    ],
    [
      'job',
      'Contrato de trabajo\nReunidos la empresa Conservas del Cantábrico S.L., representada por {p1:double}, y {p2:double}, mayor de edad. {p2:given} prestará servicios como mozo de almacén.',
    ],
    [
      'medical',
      'Informe de alta\nPaciente: {p1:double}\nMédico responsable: {p2:title}\n{p1:given} ingresó por dolor torácico. Control con su médico de cabecera, {p3}.',
    ],
    [
      'school',
      'Boletín de notas, 2.º de ESO\nAlumno/a: {p1:double}\nTutora: {f2:title}\n{p1:given} ha mejorado mucho en Matemáticas.',
    ],
    [
      'court',
      'Atestado policial\nCompareció {m1:double}, quien manifestó que {m2} le sustrajo la cartera. La testigo {f3} confirma los hechos.',
    ],
    [
      'wedding',
      '{f1:given} y {m2:given}\nTenemos el placer de invitaros a nuestra boda. {f1:double} y {m2:double}. Parroquia de San Andrés.',
    ],
    [
      'funeral',
      'Rogad a Dios en caridad por el alma de {m1:double}, que falleció en Zamora. Su esposa, {f2:double}; sus hijos, {p3:given} y {p4:given}.',
    ],
    ['realestate', 'Piso reformado de 90 m², exterior. Pregunte por {p1}, de Inmobiliaria Albarrán.'],
    [
      'reference',
      'Carta de recomendación\nPor la presente certifico que {p1:double} trabajó en nuestra empresa durante cinco años. {p1:given} es una persona responsable.\nFdo.: {m2:initial}',
    ],
    [
      'minutes',
      'Acta de la junta de propietarios\nPreside: {p1:title}\nSecretaria: {f2:double}\n{p1:title} abre la sesión. {m3} pregunta por la derrama.',
    ],
    ['genealogy', '{m1:double}, nacido en 1901, hijo de {m2:double} y de {f3:double}, casó con {f4:double} en 1927.'],
    ['news', '{m1:double}, vecino de Cuenca, ha cumplido 100 años. El alcalde, {m2:double}, le entregó una placa.'],
  ],
  it: [
    ['invoice', 'FATTURA n. 112/2024\nSpett.le Idraulica Brenta s.r.l., alla c.a. di {p1:title}\nReferente: {p2:full}'],
    [
      'rent',
      'CONTRATTO DI LOCAZIONE\nTra il sig. {m1:caps}, di seguito «il Locatore», e la sig.ra {f2:caps}, di seguito «la Conduttrice», si conviene quanto segue.',
    ],
    [
      'job',
      "Lettera di assunzione\nGentile {p1:title},\nsiamo lieti di comunicarLe l'assunzione presso Ferramenta Adriatica. Per informazioni rivolgersi a {f2:full}.",
    ],
    [
      'medical',
      'Lettera di dimissione\nSi dimette in data odierna {p1:surfirst}, ricoverato/a per frattura del femore. Medico curante: {p2:title}.\nIl primario, {m3:full}',
    ],
    [
      'school',
      'Pagella – primo quadrimestre\nAlunno/a: {p1:caps}\n{p1:given} partecipa con interesse. La coordinatrice di classe, {f2:title}',
    ],
    [
      'court',
      'Verbale di denuncia\nIl sottoscritto {m1:full} denuncia che {m2} ha danneggiato la sua automobile. Testimone: {f3:full}. Il fascicolo {p4:inflected} è allegato.',
    ],
    [
      'wedding',
      '{f1:full} e {m2:full} annunciano il loro matrimonio. La cerimonia si terrà nella chiesa di San Rocco.',
    ],
    [
      'funeral',
      "È mancata all'affetto dei suoi cari {f1:maiden}, ved. {m2:full}. Ne danno il triste annuncio i figli {p3:given} e {p4:given}.",
    ],
    ['realestate', 'Trilocale luminoso con terrazzo. Referente: {p1:title}, Agenzia Immobiliare Porta Nuova.'],
    [
      'reference',
      'Lettera di referenze\nCon la presente attesto che {p1:double} ha lavorato presso il nostro studio. {p1:given} si è sempre distinto/a per serietà.\n{m2:full}',
    ],
    [
      'minutes',
      'Verbale di assemblea condominiale\nPresidente: {p1:title}\nSegretaria: {f2:full}\n{p1} apre la seduta. {m3:particle} chiede la parola.',
    ],
    ['genealogy', '{m1:full}, nato nel 1880 a Lecce, figlio di {m2:full} e di {f3:maiden}, sposò {f4:particle}.'],
    ['news', '{m1:full}, pensionato di Ragusa, ha trovato un portafoglio e lo ha restituito a {p2:full}.'],
  ],
  pt: [
    [
      'rent',
      'CONTRATO DE ARRENDAMENTO\nPrimeiro outorgante: {m1:caps}, adiante designado «Senhorio». Segundo outorgante: {f2:caps}, adiante designada «Arrendatária».',
    ],
    [
      'job',
      'Contrato de trabalho\nEntre Padaria Lusitana, Lda., representada por {p1:double}, e {p2:double}. {p2:given} exercerá funções de padeiro.',
    ],
    [
      'medical',
      'Nota de alta\nDoente: {p1:double}\nMédico assistente: {p2:title}\n{p1:given} teve alta clínica. Consulta com {p3:title} daqui a um mês.',
    ],
    ['school', 'Ficha de avaliação\nAluno(a): {p1:double}\nDiretora de turma: {f2:title}\n{p1:given} revela empenho.'],
    [
      'court',
      'Auto de notícia\nCompareceu {m1:double}, que declarou que {m2:particle} lhe furtou a bicicleta. Testemunha: {f3:particle}.',
    ],
    [
      'wedding',
      '{f1:given} & {m2:given}\nOs pais de {f1:double} e de {m2:double} convidam para o casamento na Igreja Matriz.',
    ],
    [
      'funeral',
      'Faleceu {m1:double}, de 88 anos, marido de {f2:double}. A família agradece. Pai de {p3:given} e {p4:given}.',
    ],
    ['realestate', 'Apartamento T3 com vista rio. Contacte {f1:full}, consultora da Imobiliária Ribeira.'],
    [
      'reference',
      'Declaração\nDeclara-se que {p1:double} trabalhou nesta empresa entre 2015 e 2023. {p1:given} sempre foi assíduo e competente.\n{m2:full}',
    ],
    [
      'minutes',
      'Ata da reunião de condomínio\nPresidente da mesa: {p1:title}\nSecretária: {f2:particle}\n{p1:title} abriu a sessão.',
    ],
    ['genealogy', '{m1:double}, nascido em 1899, filho de {m2:particle} e de {f3:double}, casou com {f4:double}.'],
    ['news', '{p1:double}, reformado de Viseu, salvou uma criança no rio. {p2:full}, a mãe, agradeceu.'],
  ],
  nl: [
    ['invoice', 'FACTUUR 2024-0312\nT.a.v. {p1:title}\nContactpersoon: {p2:initial}\nGraag betaling binnen 30 dagen.'],
    [
      'rent',
      'HUUROVEREENKOMST\nDe ondergetekenden: {m1:caps}, hierna te noemen „verhuurder”, en {f2:caps}, hierna te noemen „huurder”. {f2:title} betaalt de huur vóór de eerste van de maand.',
    ],
    [
      'job',
      'Arbeidsovereenkomst\nTussen Bloemenkwekerij De Hoek B.V., vertegenwoordigd door {p1:initial}, en {p2:full}. {p2:given} treedt in dienst als chauffeur.',
    ],
    [
      'medical',
      'Ontslagbrief\nGeachte collega {p1:title},\nUw patiënt(e) {p2:initial} werd opgenomen wegens een longontsteking.\nMet vriendelijke groet,\n{p3:initial}, internist',
    ],
    [
      'school',
      'Rapport groep 7\nLeerling: {p1:full}\n{p1:inflected} inzet is goed. Juf {f2:given} en meester {m3:given}',
    ],
    [
      'court',
      'Proces-verbaal van aangifte\nAangever {m1:initial} verklaart dat {m2:particle} zijn fiets heeft meegenomen. Getuige: {f3:full}.',
    ],
    ['wedding', 'Wij gaan trouwen! {f1:given} en {m2:given}\n{f1:full} & {m2:particle}\nStadhuis Zwolle, 14 juni.'],
    [
      'funeral',
      'Bedroefd maar dankbaar nemen wij afscheid van {f1:maiden}, sinds 1962 echtgenote van {m2:particle}. {p3:given}, {p4:given}, kleinkinderen.',
    ],
    ['realestate', 'Ruime tussenwoning met diepe tuin. Uw makelaar: {p1:title}, Makelaardij Ommeland.'],
    [
      'reference',
      'Referentie\n{p1:full} werkte van 2018 tot 2024 bij ons als administratief medewerker. {p1:given} is punctueel en vriendelijk.\n{m2:initial}',
    ],
    [
      'minutes',
      'Notulen ledenvergadering\nAanwezig: {p1}, {p2}, {p3:particle}\nVoorzitter {p1:title} opent de vergadering.',
    ],
    ['genealogy', '{m1:particle}, geboren 1868 te Leeuwarden, zoon van {m2:full} en {f3:maiden}.'],
    ['news', '{p1:full} (54) uit Assen heeft de loterij gewonnen. Buurman {m2:particle} hoorde het als eerste.'],
  ],
  pl: [
    [
      'invoice',
      'FAKTURA VAT nr 17/05/2024\nNabywca: Hurtownia Mleczna Sp. z o.o.\nOsoba kontaktowa: {p1:full}\nWystawił: {p2:initial}',
    ],
    [
      'rent',
      'UMOWA NAJMU\nWynajmujący: {m1:caps}\nNajemca: {f2:caps}\nNajemca zobowiązuje się płacić czynsz do 10. dnia miesiąca.',
    ],
    [
      'job',
      'Umowa o pracę\nPracodawca: Stolarnia Buk sp. z o.o., w imieniu której działa {m1:title}.\nPracownik: {f2:full}.\nPani {f2:given} zostaje zatrudniona na stanowisku księgowej.',
    ],
    [
      'medical',
      'Karta informacyjna leczenia szpitalnego\nPacjent: {m1:surfirst}\nLekarz prowadzący: {p2:title}\nStan zdrowia {m1:inflected} jest dobry.',
    ],
    [
      'school',
      'Świadectwo szkolne\n{p1:full} otrzymuje promocję do klasy piątej. Wychowawczyni: {f2:title}\nDyrektor szkoły: {m3:full}',
    ],
    [
      'court',
      'Notatka służbowa\nW dniu 5 maja zatrzymano {m1:inflected}. Świadek {f2:full} zeznała, że widziała zdarzenie. {m3:title} spisał protokół.',
    ],
    ['wedding', '{f1:given} i {m2:given}\nz radością zapraszają na ślub. {f1:full} i {m2:full}, kościół pw. św. Anny.'],
    [
      'funeral',
      'Z głębokim żalem zawiadamiamy, że zmarła {f1:maiden}. Msza żałobna w intencji {f1:inflected} odbędzie się w piątek. Rodzina: {p2:given}, {p3:given}.',
    ],
    ['realestate', 'Mieszkanie 3-pokojowe z balkonem. Kontakt: {p1:full}, Biuro Nieruchomości Dom.'],
    [
      'reference',
      'Referencje\nZaświadczam, że {m1:full} był zatrudniony w naszej firmie. Praca {m1:inflected} była zawsze rzetelna.\n{p2:initial}',
    ],
    [
      'minutes',
      'Protokół z zebrania wspólnoty\nPrzewodniczący: {m1:full}\nProtokolantka: {f2:full}\n{m1:title} otworzył zebranie.',
    ],
    ['genealogy', '{m1:full}, urodzony w 1890 r., syn {m2:inflected} i {f3:inflected}, żona: {f4:full}.'],
    ['news', '{m1:full} z Radomia uratował psa z rzeki. Sąsiadka {f2:full} wezwała straż pożarną.'],
  ],
  sv: [
    ['invoice', 'FAKTURA 10042\nKund: Bygg & Måleri i Umeå AB\nVår referens: {p1:full}\nEr referens: {p2:initial}'],
    [
      'rent',
      'HYRESAVTAL\nmellan {m1:caps}, nedan kallad hyresvärden, och {f2:caps}, nedan kallad hyresgästen. Hyran betalas i förskott.',
    ],
    [
      'job',
      'Anställningsavtal\nSnickeri Norrland AB, genom {p1:full}, anställer {p2:full}. {p2:given} börjar den 1 augusti som lagerarbetare.',
    ],
    ['medical', 'Epikris\nPatient: {p1:surfirst}\nAnsvarig läkare: {p2:title}\n{p1:given} skrivs ut till hemmet.'],
    [
      'school',
      'Omdöme vårterminen\n{p1:full} visar god förmåga i svenska. {p1:inflected} läsning har blivit bättre. Mentor: {f2:full}',
    ],
    ['court', 'Polisanmälan\nMålsägande {m1:full} uppger att {m2} tog hans cykel. Vittne: {f3:full}.'],
    [
      'wedding',
      '{f1:given} och {m2:given} gifter sig!\nVälkomna till vigseln av {f1:full} och {m2:full} i Storkyrkan.',
    ],
    ['funeral', 'Vår älskade {f1:maiden} har lämnat oss. Sörjd av {m2:full}, {p3:given} och {p4:given}.'],
    ['realestate', 'Ljus trea med balkong i söderläge. Ansvarig mäklare: {p1:full}, Fastighetsbyrån Väst.'],
    [
      'reference',
      'Intyg\n{p1:full} har arbetat hos oss sedan 2017. {p1:given} är noggrann och ansvarsfull.\n{m2:initial}',
    ],
    [
      'minutes',
      'Protokoll från styrelsemöte\nNärvarande: {p1}, {p2}, {p3}\nOrdförande {p1:full} förklarade mötet öppnat. {f4:inflected} förslag antogs.',
    ],
    ['genealogy', '{m1:full}, född 1872 i Ljusdal, son till {m2:full} och {f3:maiden}, gifte sig 1897 med {f4:full}.'],
    ['news', '{p1:full}, 72, från Kiruna har fått kommunens kulturpris. {p1:given} tackade {m2:inflected} familj.'],
  ],
  tr: [
    ['invoice', 'FATURA No: 2024-558\nMüşteri: Ege Tekstil Ltd. Şti.\nİlgili kişi: {p1:full}'],
    [
      'rent',
      'KİRA SÖZLEŞMESİ\nKiraya veren: {m1:caps}\nKiracı: {f2:caps}\nKiracı kira bedelini her ayın beşine kadar öder. {m1:inflected} banka hesabı aşağıdadır.',
    ],
    [
      'job',
      'İş sözleşmesi\nİşveren Akdeniz Gıda A.Ş. adına {p1:full} ile {p2:full} arasında düzenlenmiştir. {p2:given} depo sorumlusu olarak çalışacaktır.',
    ],
    ['medical', 'Epikriz\nHasta: {p1:full}\nSorumlu hekim: {p2:title}\n{p1:inflected} genel durumu iyidir.'],
    ['school', 'Karne\nÖğrenci: {p1:caps}\nSınıf öğretmeni: {f2:title}\n{p1:given} derslerine ilgilidir.'],
    [
      'court',
      'Tutanak\nŞikayetçi {m1:full}, {m2:full} isimli şahsın aracına zarar verdiğini beyan etti. Tanık {f3:full} olayı doğruladı.',
    ],
    ['wedding', '{f1:given} & {m2:given}\n{f1:full} ile {m2:full} evleniyor. Düğün salonumuza bekleriz.'],
    [
      'funeral',
      'Vefat\n{f1:maiden} vefat etmiştir. {m2:inflected} eşi, {p3:given} ve {p4:given} isimli çocukların annesidir.',
    ],
    ['realestate', 'Deniz manzaralı 3+1 daire. İlgili danışman: {p1:title}, Mavi Emlak.'],
    [
      'reference',
      'Referans mektubu\n{p1:full} 2016-2023 yılları arasında şirketimizde çalışmıştır. {p1:given} güvenilir bir çalışandır.\n{m2:full}',
    ],
    ['minutes', 'Toplantı tutanağı\nKatılanlar: {p1}, {p2}, {p3}\nBaşkan {p1:full} toplantıyı açtı.'],
    ['genealogy', '{m1:full}, 1905 doğumlu, {m2:inflected} oğlu ve {f3:full} ile evli.'],
    [
      'news',
      'Manisalı çiftçi {p1:full}, bu yıl rekor hasat elde etti. {p1:inflected} komşusu {m2:full} de yardım etti.',
    ],
  ],
  ru: [
    ['invoice', 'СЧЁТ № 314\nПокупатель: ООО «Вектор»\nКонтактное лицо: {p1:initial}\nБухгалтер: {f2:patronymic}'],
    [
      'rent',
      'ДОГОВОР НАЙМА\nгражданин {m1:caps}, именуемый в дальнейшем «Наймодатель», и гражданка {f2:caps}, именуемая в дальнейшем «Наниматель», заключили настоящий договор.',
    ],
    [
      'job',
      'Трудовой договор\nООО «Северный хлеб» в лице директора {m1:inflected}, с одной стороны, и {f2:patronymic}, с другой стороны.',
    ],
    [
      'medical',
      'Выписной эпикриз\nПациент: {m1:patronymic}\nЛечащий врач: {p2:initial}\nСостояние {m1:inflected} удовлетворительное.',
    ],
    ['school', 'Характеристика\n{p1:full} учится в 7 «Б» классе. Классный руководитель: {f2:patronymic}.'],
    [
      'court',
      'Протокол допроса свидетеля\n{m1:patronymic} показал, что видел {m2:inflected} у подъезда. Следователь: {f3:initial}.',
    ],
    ['wedding', '{f1:given} и {m2:given}\nПриглашаем на свадьбу! {f1:full} и {m2:full}. ЗАГС Центрального района.'],
    ['funeral', 'Скончалась {f1:maiden}. Выражаем соболезнования родным {f1:inflected}. {p2:given}, {p3:given}.'],
    ['realestate', 'Продаётся двухкомнатная квартира. Риелтор: {p1:full}, агентство «Этажи».'],
    [
      'reference',
      'Рекомендательное письмо\n{f1:patronymic} работала в нашей компании с 2015 года. {f1:given} — ответственный сотрудник.\n{m2:initial}',
    ],
    [
      'minutes',
      'Протокол собрания жильцов\nПредседатель: {m1:initial}\nСекретарь: {f2:full}\n{m1:title} открыл собрание.',
    ],
    ['genealogy', '{m1:full}, 1889 года рождения, сын {m2:inflected} и {f3:inflected}, жена — {f4:full}.'],
    ['news', '{m1:full} из Костромы спас ребёнка на пожаре. Мать ребёнка, {f2:full}, поблагодарила спасателя.'],
  ],
  ar: [
    [
      'rent',
      'عقد إيجار\nالطرف الأول: {m1:full} ويشار إليه بالمؤجر\nالطرف الثاني: {f2:full} ويشار إليها بالمستأجرة\nتدفع المستأجرة الأجرة في بداية كل شهر.',
    ],
    [
      'job',
      'عقد عمل\nتم الاتفاق بين شركة النور للتجارة ويمثلها {m1:title} وبين {p2:patronymic}. يعمل الطرف الثاني محاسبًا.',
    ],
    [
      'medical',
      'تقرير خروج\nاسم المريض: {p1:full}\nالطبيب المعالج: {p2:title}\nتم تحويل المريض إلى {p3:title} للمتابعة.',
    ],
    ['school', 'شهادة مدرسية\nاسم الطالب: {m1:patronymic}\nمربية الصف: {f2:title}\nالطالب {m1:given} مجتهد ومنضبط.'],
    ['court', 'محضر شرطة\nحضر {m1:particle} وأفاد بأن {m2:full} اعتدى على محله. الشاهدة: {f3:full}.'],
    ['wedding', 'بكل فرح ندعوكم لحضور حفل زفاف {m1:full} على {f2:full}.'],
    ['funeral', 'انتقل إلى رحمة الله تعالى {m1:particle}. والعزاء في منزل {m2:full}. تعازينا {m3:inflected} وأسرته.'],
    ['realestate', 'شقة للبيع في حي الروضة، ثلاث غرف. للتواصل: {p1:title}، مكتب العقارات الذهبي.'],
    [
      'reference',
      'شهادة خبرة\nنشهد بأن {p1:full} عمل لدينا من 2015 إلى 2022. وقد أظهر {p1:given} التزامًا عاليًا.\n{m2:title}',
    ],
    ['minutes', 'محضر اجتماع\nالحضور: {p1}، {p2}، {p3}\nافتتح {m4:title} الاجتماع.'],
    ['genealogy', '{m1:particle}، ولد عام 1910، تزوج من {f2:full}.'],
    ['news', 'تبرع المواطن {m1:full} بمبلغ لبناء مدرسة في قريته. وشكر المدير {m2:full} هذه المبادرة.'],
  ],
  zh: [
    ['invoice', '发票\n购买方：华丰贸易有限公司\n联系人：{p1:full}\n开票人：{p2:full}'],
    ['rent', '房屋租赁合同\n出租方（甲方）：{m1:full}\n承租方（乙方）：{f2:full}\n乙方应于每月五日前支付租金。'],
    ['job', '劳动合同\n甲方：宏达机械有限公司，法定代表人：{m1:full}\n乙方：{p2:full}\n乙方担任仓库管理员。'],
    ['medical', '出院小结\n患者{p1:full}，因肺炎入院。主治医生：{p2:title}。请{p1:given}一周后复诊。'],
    ['school', '期末评语\n{p1:full}同学本学期学习认真。班主任：{f2:title}'],
    ['court', '询问笔录\n证人{m1:full}称，看见{m2:full}从店里跑出来。办案民警：{p3:full}。'],
    ['wedding', '谨定于十月一日为{m1:full}先生与{f2:full}女士举行婚礼，敬请光临。'],
    ['funeral', '讣告\n{m1:full}同志因病医治无效，享年八十二岁。{m1:inflected}子女{p2:full}、{p3:full}泣告。'],
    ['realestate', '精装三室两厅，南北通透。联系人：{p1:title}，安居房产。'],
    ['reference', '推荐信\n{p1:full}在我公司工作五年，表现优秀。\n部门经理：{m2:full}'],
    ['minutes', '会议纪要\n参会人员：{p1:full}、{p2:full}、{p3:full}\n会议由{m4:title}主持。'],
    ['genealogy', '{m1:full}，生于1902年，父{m2:full}，母{f3:full}，娶妻{f4:full}。'],
    ['news', '本市退休教师{p1:full}坚持义务辅导学生十年。{p1:title}表示会继续下去。'],
  ],
  ja: [
    ['rent', '賃貸借契約書\n貸主（甲）{m1:full}と借主（乙）{f2:full}は、以下のとおり契約を締結する。'],
    ['job', '雇用契約書\n株式会社東和精機（代表取締役 {m1:full}）と{p2:full}は、次のとおり雇用契約を締結する。'],
    ['medical', '診療情報提供書\n{p1:title} 御机下\n患者氏名：{p2:full}\n紹介元：{p3:full}'],
    ['school', '通知表\n{p1:full}さんは授業に意欲的に取り組みました。担任：{f2:full}'],
    ['court', '供述調書\n私、{m1:full}は、{m2:full}が店から出てくるのを見ました。'],
    ['wedding', '{m1:full}・{f2:full}の結婚披露宴にご招待いたします。'],
    ['funeral', '訃報\n{m2:full}儀 かねてより病気療養中のところ永眠いたしました。喪主 {m1:full}（長男）'],
    ['realestate', '南向き3LDK、駅徒歩5分。担当：{p1:title}（さくら不動産）'],
    ['reference', '推薦状\n{p1:full}氏は当社で五年間勤務し、誠実な人柄です。\n人事部長 {m2:full}'],
    ['minutes', '議事録\n出席者：{p1:full}、{p2:full}、{p3:title}\n議長 {m4:full}'],
    ['genealogy', '{m1:full}は明治三十年生まれ、父は{m2:full}、母は{f3:full}。'],
    [
      'news',
      '市内在住の{p1:full}が、川で溺れた子どもを救助した。{p1:title}は「当然のことをした」と話した。{p1:inflected}勇気に感謝の声が上がった。',
    ],
  ],
};
