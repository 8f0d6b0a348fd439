/**
 * Hold-out 40: per-locale value material (names, streets, towns, phone plans, ID kinds, IBAN shape, date formats).
 * Names: `first` = female names then `/` then male names; a surname `m~f` has gendered forms; `shown=latin` gives
 * the transliteration used for e-mail addresses and user names.
 */
export type Loc = {
  id: string;
  lang: string;
  l3: string;
  first: string;
  last: string;
  /** street line template: {s} street, {n} number, {f} floor, {u} unit, {L} letter */
  street: string;
  streets: string;
  towns: string;
  mail: string;
  cc: string;
  trunk: string;
  /** national phone patterns (# digit, N 2-9); `+` = international only, `!` = national only */
  phones: string;
  /** date formats: DD MM YYYY D M MON */
  dob: string;
  /** id kind:label entries */
  ids: string;
  iban?: [string, number, string, string?];
  /** a public institution with its address, for the clean set */
  inst: string;
  cur: string;
};

const EN_US_F = 'Jennifer Ashley Megan Brittany Lauren Rachel Kayla Danielle Tiffany Courtney';
const EN_US_M = 'Tyler Brandon Justin Kyle Austin Cody Travis Derek Marcus Jamal';
const EN_US_L = 'Whitaker Delgado Kowalczyk Brennan Holloway Nguyen Okafor Castellano Pruitt Vasquez Lindqvist Ramsey';
const EN_GB_F = 'Siobhan Harriet Imogen Niamh Bethany Philippa Aoife Georgina Rosalind Eilidh';
const EN_GB_M = 'Rhys Callum Alistair Declan Oliver Ciaran Hamish Rupert Tobias Eoin';
const EN_GB_L =
  "Ashworth Pemberton O'Sullivan McAllister Fairbairn Thistlewood Gallagher Rowntree Kavanagh Blackwood Doherty";
const DE_F = 'Annika Henrike Svenja Mareike Friederike Jasmin Theresa Lieselotte Carina Vroni';
const DE_M = 'Jörg Malte Florian Benedikt Hannes Lukas Torsten Matthias Reinhold Severin';
const DE_L =
  'Brandstätter Kühnel Oberhuber Wiesinger Hofmeister Lindemann Schätzle Pfeiffer Gruber Zimmerli Baumgartner';
const FR_F = 'Océane Margaux Clémence Solène Amandine Gaëlle Élodie Maëlys Capucine Ségolène';
const FR_M = 'Thibault Grégoire Maxence Loïc Benoît Jérôme Quentin Aurélien Yannick Hervé';
const FR_L = 'Lefebvre Delacroix Rousseau Marchand Vandenberghe Tremblay Gauthier Lemaire Bouchard Desjardins Peeters';
const ES_F = 'Ainhoa Lucía Rocío Itziar Montserrat Valentina Florencia Camila Milagros Daniela';
const ES_M = 'Íñigo Sergio Álvaro Jordi Gonzalo Santiago Facundo Andrés Sebastián Joaquín';
const ES_L = 'García Fernández Echeverría Olmedo Sánchez Barrientos Quintero Villalba Restrepo Domínguez Ibáñez';
const IT_F = 'Chiara Francesca Ludovica Beatrice Giulia Federica Serena Alessia';
const IT_M = 'Lorenzo Matteo Gianluca Edoardo Simone Riccardo Davide Tommaso';
const IT_L = 'Esposito Bianchi Colombo Ferraro Marchetti Lombardi Santoro Galli Cattaneo Mancini';
const PT_F = 'Inês Beatriz Leonor Mariana Carolina Juliana Thaís Luana Gabriela Fernanda';
const PT_M = 'João Tiago Rodrigo Gonçalo Duarte Thiago Vinícius Gustavo Leandro Caio';
const PT_L = 'Figueiredo Carvalho Magalhães Pereira Nogueira Albuquerque Rodrigues Cavalcanti Sousa Medeiros';
const NL_F = 'Femke Sanne Lieke Marloes Anouk Ilse Griet Lotte';
const NL_M = 'Joost Bram Sjoerd Wouter Thijs Pieter Koen Jeroen';
const NL_L = 'de Vries van den Berg Jansen Bakker Visser Smulders Mertens Claes Verhoeven van Dijk';
const L = {
  pl: 'Agnieszka Małgorzata Katarzyna Joanna Zofia Weronika/Grzegorz Krzysztof Tomasz Paweł Łukasz Bartosz',
  plL: 'Kowalski~Kowalska Wiśniewski~Wiśniewska Zieliński~Zielińska Nowak Wójcik Kamiński~Kamińska Lewandowski~Lewandowska Dąbrowski~Dąbrowska',
  cs: 'Kateřina Lucie Tereza Markéta Veronika Zuzana/Jiří Ondřej Tomáš Vojtěch Jakub Petr',
  csL: 'Novák~Nováková Svoboda~Svobodová Dvořák~Dvořáková Černý~Černá Procházka~Procházková Kučera~Kučerová Veselý~Veselá Horák~Horáková',
  da: 'Mette Signe Freja Ida Karoline Sofie/Rasmus Mikkel Søren Anders Frederik Magnus',
  daL: 'Jørgensen Rasmussen Kjær Nørgaard Thomsen Mortensen Østergaard Lauridsen',
  no: 'Ingrid Silje Kari Solveig Marte Ragnhild/Øyvind Sindre Håkon Eirik Torbjørn Sigurd',
  noL: 'Haugen Bakken Solberg Kristiansen Fjeld Lunde Sæther Strand',
  fi: 'Aino Sanna Tiina Johanna Päivi Elina/Juha Mikko Jukka Antti Teemu Ville',
  fiL: 'Virtanen Mäkinen Nieminen Heikkinen Korhonen Järvinen Laaksonen Hämäläinen',
  el: 'Μαρία=Maria Ελένη=Eleni Κατερίνα=Katerina Δέσποινα=Despoina Αικατερίνη=Aikaterini Σοφία=Sofia/Γιώργος=Giorgos Δημήτρης=Dimitris Νίκος=Nikos Κωνσταντίνος=Konstantinos Παναγιώτης=Panagiotis Χρήστος=Christos',
  elL: 'Παπαδόπουλος=Papadopoulos~Παπαδοπούλου=Papadopoulou Οικονόμου=Oikonomou Γεωργίου=Georgiou Νικολαΐδης=Nikolaidis~Νικολαΐδου=Nikolaidou Καραγιάννης=Karagiannis~Καραγιάννη=Karagianni Βλάχος=Vlachos~Βλάχου=Vlachou',
  ru: 'Анна=anna Екатерина=ekaterina Ольга=olga Татьяна=tatiana Наталья=natalia Светлана=svetlana/Дмитрий=dmitry Сергей=sergey Алексей=alexey Андрей=andrey Михаил=mikhail Николай=nikolay',
  ruL: 'Иванов=ivanov~Иванова=ivanova Смирнов=smirnov~Смирнова=smirnova Кузнецов=kuznetsov~Кузнецова=kuznetsova Соколов=sokolov~Соколова=sokolova Лебедев=lebedev~Лебедева=lebedeva Волков=volkov~Волкова=volkova',
  hi: 'Priya Ananya Kavita Sunita Deepika Meenakshi/Rahul Arjun Vikram Sandeep Rohit Aditya',
  hiL: 'Sharma Verma Iyer Reddy Chatterjee Patel Nair Deshmukh Gupta Banerjee',
};

const names = (f: string, m: string) => `${f}/${m}`;
const SG_F = 'Wei_Ling Hui_Min Siti_Nurul Mei_Xin Jia_Hui Priya';
const SG_M = 'Wei_Ming Jun_Jie Kai_Wen Zhi_Hao Muhammad_Faiz Arjun';

// biome-ignore format: one locale per line
export const LOCALES: Loc[] = [
  { id: 'en-US', lang: 'en', l3: 'eng', first: names(EN_US_F, EN_US_M), last: EN_US_L, street: '{n} {s}', streets: 'Maple Avenue|Cedar Lane|West 14th Street|Ridgewood Drive|Orchard Court|Lincoln Boulevard', towns: 'Portland, OR 97205|Austin, TX 78701|Columbus, OH 43215|Denver, CO 80203|Raleigh, NC 27601', mail: 'gmail.com yahoo.com outlook.com comcast.net', cc: '1', trunk: '', phones: '(212) N##-####|(415) N##-####|617-N##-####|(312) N##-####|503.N##.####', dob: 'MM/DD/YYYY|MON D, YYYY', ids: 'ssn:Social Security number|ssn:SSN', inst: 'Social Security Administration, 6401 Security Boulevard, Baltimore, MD 21235', cur: '$' },
  { id: 'en-GB', lang: 'en', l3: 'eng', first: names(EN_GB_F, EN_GB_M), last: EN_GB_L, street: '{n} {s}', streets: 'Harcourt Road|Victoria Street|Albion Terrace|Mill Lane|Kingsway Gardens|Chapel Walk', towns: 'Leeds LS6 2QF|Bristol BS8 1TH|Manchester M14 5RB|London N16 7UJ|Norwich NR2 4SE', mail: 'btinternet.com gmail.com hotmail.co.uk sky.com', cc: '44', trunk: '0', phones: '077## ######|079## ######|020 7### ####|0161 ### ####|0113 ### ####', dob: 'DD/MM/YYYY|D MON YYYY', ids: 'nino:National Insurance number|nino:NI number', iban: ['GB', 22, 'NWBK BARC LOYD HBUK MIDL'], inst: 'HM Revenue and Customs, BX9 1AS', cur: '£' },
  { id: 'en-CA', lang: 'en', l3: 'eng', first: names(EN_US_F, EN_US_M), last: `${EN_US_L} Tremblay Gagnon`, street: '{n} {s}', streets: 'Elm Street|Bathurst Street|Granville Street|Portage Avenue|Maple Grove Crescent', towns: 'Toronto, ON M5V 2T6|Vancouver, BC V6B 1A1|Ottawa, ON K1P 5G4|Winnipeg, MB R3C 0V8|Halifax, NS B3H 1X1', mail: 'gmail.com rogers.com shaw.ca sympatico.ca', cc: '1', trunk: '', phones: '(416) N##-####|604-N##-####|(613) N##-####|204-N##-####', dob: 'YYYY-MM-DD|MON D, YYYY', ids: 'sin:Social Insurance Number|sin:SIN', inst: 'Service Canada Centre, 25 St. Clair Avenue East, Toronto, ON M4T 1M2', cur: '$' },
  { id: 'en-IE', lang: 'en', l3: 'eng', first: names(EN_GB_F, EN_GB_M), last: "O'Sullivan Gallagher Kavanagh Doherty Byrne McGrath McCarthy Fitzgerald", street: '{n} {s}', streets: 'Castle Street|Griffith Avenue|Main Street|Ballyfermot Road|Patrick Street', towns: 'Dublin 6, D06 F2C8|Cork T12 X70A|Galway H91 E2K7|Limerick V94 T9PX', mail: 'eircom.net gmail.com hotmail.com', cc: '353', trunk: '0', phones: '087 ### ####|085 ### ####|083 ### ####|01 ### ####|021 ### ####', dob: 'DD/MM/YYYY|D MON YYYY', ids: 'ppsn:PPS number|ppsn:PPSN', iban: ['IE', 22, 'AIBK BOFI IPBS'], inst: 'Revenue Commissioners, Dublin Castle, Dublin 2, D02 F342', cur: '€' },
  { id: 'en-SG', lang: 'en', l3: 'eng', first: names(SG_F, SG_M), last: 'Tan Lim Ng Goh Chua Rahman Krishnan Ong', street: 'Blk {n} {s}, #0{f}-{u}', streets: 'Ang Mo Kio Avenue 3|Tampines Street 21|Jurong West Street 52|Bedok North Road|Toa Payoh Lorong 1', towns: 'Singapore 560123|Singapore 521045|Singapore 640512|Singapore 460213', mail: 'gmail.com singnet.com.sg hotmail.sg', cc: '65', trunk: '', phones: '9### ####|8### ####|6### ####', dob: 'DD/MM/YYYY|D MON YYYY', ids: 'nric:NRIC|nric:NRIC no.', inst: 'ICA Building, 10 Kallang Road, Singapore 208718', cur: 'S$' },
  { id: 'de-DE', lang: 'de', l3: 'deu', first: names(DE_F, DE_M), last: DE_L, street: '{s} {n}', streets: 'Lindenstraße|Am Mühlbach|Goethestraße|Hauptstraße|Kastanienallee|Schillerplatz', towns: '10115 Berlin|80331 München|50667 Köln|20095 Hamburg|04109 Leipzig', mail: 'web.de gmx.de t-online.de posteo.de', cc: '49', trunk: '0', phones: '030 N#######|089 N######|0151 ########|0176 ########|0170 #######', dob: 'DD.MM.YYYY|D. MON YYYY', ids: 'steuerid:Steuer-ID|steuerid:Steuerliche Identifikationsnummer', iban: ['DE', 22, ''], inst: 'Bundeszentralamt für Steuern, An der Küppe 1, 53225 Bonn', cur: '€' },
  { id: 'de-AT', lang: 'de', l3: 'deu', first: names(DE_F, DE_M), last: DE_L, street: '{s} {n}/{u}', streets: 'Mariahilfer Straße|Landstraßer Hauptstraße|Herrengasse|Annenstraße|Linzer Gasse', towns: '1060 Wien|8010 Graz|5020 Salzburg|4020 Linz|6020 Innsbruck', mail: 'gmx.at aon.at chello.at', cc: '43', trunk: '0', phones: '0664 #######|0676 #######|01 N######|0316 ######', dob: 'DD.MM.YYYY|D. MON YYYY', ids: 'svnr:Sozialversicherungsnummer|svnr:SV-Nummer', iban: ['AT', 20, ''], inst: 'Österreichische Gesundheitskasse, Wienerbergstraße 15-19, 1100 Wien', cur: '€' },
  { id: 'de-CH', lang: 'de', l3: 'deu', first: names(DE_F, DE_M), last: DE_L, street: '{s} {n}', streets: 'Bahnhofstrasse|Seefeldstrasse|Kramgasse|Spalenberg|Hertensteinstrasse', towns: '8001 Zürich|3011 Bern|4051 Basel|6003 Luzern|9000 St. Gallen', mail: 'bluewin.ch gmx.ch sunrise.ch', cc: '41', trunk: '0', phones: '079 ### ## ##|076 ### ## ##|044 ### ## ##|031 ### ## ##', dob: 'DD.MM.YYYY', ids: 'ahv:AHV-Nummer|ahv:AHV-Nr.', iban: ['CH', 21, ''], inst: 'Eidgenössische Steuerverwaltung, Eigerstrasse 65, 3003 Bern', cur: 'CHF' },
  { id: 'fr-FR', lang: 'fr', l3: 'fra', first: names(FR_F, FR_M), last: FR_L, street: '{n} {s}', streets: 'rue des Lilas|avenue Jean-Jaurès|boulevard Voltaire|rue de la République|allée des Tilleuls|impasse du Moulin', towns: '75011 Paris|69003 Lyon|13006 Marseille|31000 Toulouse|44000 Nantes', mail: 'orange.fr free.fr laposte.net sfr.fr', cc: '33', trunk: '0', phones: '06 ## ## ## ##|07 ## ## ## ##|01 ## ## ## ##|04 ## ## ## ##', dob: 'DD/MM/YYYY|D MON YYYY', ids: 'insee:numéro de sécurité sociale|insee:NIR', iban: ['FR', 27, ''], inst: "Caisse primaire d'assurance maladie, 21 rue Georges Auric, 75019 Paris", cur: '€' },
  { id: 'fr-BE', lang: 'fr', l3: 'fra', first: names(FR_F, FR_M), last: FR_L, street: '{s} {n}', streets: 'Rue Royale|Chaussée de Charleroi|Rue du Marché|Avenue Louise|Rue Saint-Gilles', towns: '1000 Bruxelles|4000 Liège|5000 Namur|6000 Charleroi|1050 Ixelles', mail: 'skynet.be proximus.be gmail.com', cc: '32', trunk: '0', phones: '0470 ## ## ##|0486 ## ## ##|02 ### ## ##|04 ### ## ##', dob: 'DD/MM/YYYY', ids: 'rrn:numéro de registre national|rrn:NISS', iban: ['BE', 16, ''], inst: 'SPF Finances, Boulevard du Roi Albert II 33, 1030 Bruxelles', cur: '€' },
  { id: 'fr-CA', lang: 'fr', l3: 'fra', first: names(FR_F, FR_M), last: 'Tremblay Gagnon Bouchard Gauthier Desjardins Côté Bergeron Lévesque', street: '{n}, {s}', streets: 'rue Saint-Denis|boulevard René-Lévesque|rue Sherbrooke Est|avenue du Parc|chemin Sainte-Foy', towns: 'Montréal (Québec) H2X 3K1|Québec (Québec) G1R 4P5|Laval (Québec) H7N 5H9|Gatineau (Québec) J8X 3X7', mail: 'videotron.ca hotmail.com gmail.com', cc: '1', trunk: '', phones: '514 N##-####|(418) N##-####|450-N##-####|(819) N##-####', dob: 'YYYY-MM-DD|D MON YYYY', ids: "sin:numéro d'assurance sociale|sin:NAS", inst: "Revenu Québec, 3800 rue de Marly, Québec (Québec) G1X 4A5", cur: '$' },
  { id: 'es-ES', lang: 'es', l3: 'spa', first: names(ES_F, ES_M), last: ES_L, street: '{s} {n}, {f}º {L}', streets: 'Calle de Alcalá|Avenida de la Constitución|Calle Mayor|Paseo de Gràcia|Calle del Pez|Ronda de Toledo', towns: '28014 Madrid|08012 Barcelona|46001 Valencia|41004 Sevilla|48001 Bilbao', mail: 'gmail.com telefonica.net hotmail.es yahoo.es', cc: '34', trunk: '', phones: '6## ### ###|71# ### ###|91 ### ## ##|93 ### ## ##', dob: 'DD/MM/YYYY|D de MON de YYYY', ids: 'dni:DNI|nie:NIE|dni:DNI/NIF', iban: ['ES', 24, ''], inst: 'Agencia Tributaria, Calle Infanta Mercedes 37, 28020 Madrid', cur: '€' },
  { id: 'es-AR', lang: 'es', l3: 'spa', first: names(ES_F, ES_M), last: ES_L, street: '{s} {n}, piso {f} {L}', streets: 'Av. Corrientes|Av. Santa Fe|Calle Florida|Av. Rivadavia|Calle Güemes', towns: 'C1043AAZ CABA|X5000 Córdoba|S2000 Rosario|M5500 Mendoza', mail: 'gmail.com hotmail.com.ar fibertel.com.ar', cc: '54', trunk: '0', phones: '011 4###-####|+54 9 11 ####-####|!011 15-####-####|0351 4##-####', dob: 'DD/MM/YYYY', ids: 'cuil:CUIL|dniar:DNI', inst: 'ANSES, Av. Paseo Colón 329, C1063ACD CABA', cur: '$' },
  { id: 'es-CO', lang: 'es', l3: 'spa', first: names(ES_F, ES_M), last: ES_L, street: '{s} # {n}-{u}', streets: 'Calle 72|Carrera 15|Avenida Calle 26|Carrera 7|Calle 10 Sur', towns: 'Bogotá 110221|Medellín 050021|Cali 760001|Barranquilla 080001', mail: 'gmail.com hotmail.com une.net.co', cc: '57', trunk: '', phones: '30# ### ####|31# ### ####|32# ### ####|601 N## ####|604 N## ####', dob: 'DD/MM/YYYY', ids: 'cedula:cédula de ciudadanía|cedula:C.C.', inst: 'Registraduría Nacional del Estado Civil, Avenida Calle 26 # 51-50, Bogotá', cur: '$' },
  { id: 'it-IT', lang: 'it', l3: 'ita', first: names(IT_F, IT_M), last: IT_L, street: '{s} {n}', streets: 'Via Garibaldi|Corso Vittorio Emanuele II|Via dei Mille|Piazza Cavour|Viale Monza|Via Roma', towns: '00184 Roma|20121 Milano|10121 Torino|40121 Bologna|80133 Napoli', mail: 'libero.it virgilio.it gmail.com tiscali.it', cc: '39', trunk: '', phones: '34# ### ####|33# ### ####|320 ### ####|06 #### ####|02 #### ####', dob: 'DD/MM/YYYY|D MON YYYY', ids: 'cf:codice fiscale|cf:C.F.', iban: ['IT', 27, 'X A K R'], inst: 'Agenzia delle Entrate, Via Giorgione 106, 00147 Roma', cur: '€' },
  { id: 'pt-PT', lang: 'pt', l3: 'por', first: names(PT_F, PT_M), last: PT_L, street: '{s} {n}, {f}.º Esq.', streets: 'Rua Augusta|Avenida da Liberdade|Rua de Santa Catarina|Travessa do Carmo|Rua do Almada', towns: '1100-053 Lisboa|4000-322 Porto|3000-150 Coimbra|4700-031 Braga', mail: 'sapo.pt gmail.com netcabo.pt', cc: '351', trunk: '', phones: '91# ### ###|96# ### ###|93# ### ###|21# ### ###|22# ### ###', dob: 'DD/MM/YYYY|D de MON de YYYY', ids: 'nif:NIF|nif:número de contribuinte', iban: ['PT', 25, ''], inst: 'Autoridade Tributária e Aduaneira, Rua da Prata 10, 1149-027 Lisboa', cur: '€' },
  { id: 'pt-BR', lang: 'pt', l3: 'por', first: names(PT_F, PT_M), last: PT_L, street: '{s}, {n}, apto {u}', streets: 'Rua das Flores|Avenida Paulista|Rua Oscar Freire|Avenida Atlântica|Rua da Bahia', towns: '01310-100 São Paulo - SP|22021-001 Rio de Janeiro - RJ|30130-010 Belo Horizonte - MG|80010-000 Curitiba - PR', mail: 'uol.com.br gmail.com bol.com.br terra.com.br', cc: '55', trunk: '', phones: '(11) 9####-####|(21) 9####-####|(31) 3###-####|(41) 9####-####', dob: 'DD/MM/YYYY', ids: 'cpf:CPF|cpf:CPF nº', iban: ['BR', 29, '', 'P1'], inst: 'Receita Federal, Esplanada dos Ministérios, Bloco P, 70048-900 Brasília - DF', cur: 'R$' },
  { id: 'nl-NL', lang: 'nl', l3: 'nld', first: names(NL_F, NL_M), last: NL_L.replace('de Vries', 'de_Vries').replace('van den Berg', 'van_den_Berg').replace('van Dijk', 'van_Dijk'), street: '{s} {n}', streets: 'Prinsengracht|Kerkstraat|Oudegracht|Laan van Meerdervoort|Dorpsstraat', towns: '1016 GV Amsterdam|3011 AD Rotterdam|3511 LK Utrecht|2511 BT Den Haag|9711 HE Groningen', mail: 'ziggo.nl kpnmail.nl hotmail.nl gmail.com', cc: '31', trunk: '0', phones: '06 ########|06-########|020 ### ####|010 ### ####|030 ### ####', dob: 'DD-MM-YYYY|D MON YYYY', ids: 'bsn:BSN|bsn:burgerservicenummer', iban: ['NL', 18, 'ABNA RABO INGB SNSB TRIO'], inst: 'Belastingdienst, Parnassusweg 5, 1077 DC Amsterdam', cur: '€' },
  { id: 'nl-BE', lang: 'nl', l3: 'nld', first: names(NL_F, NL_M), last: 'Peeters Janssens Maes Claes Mertens Willems Wouters Goossens', street: '{s} {n}', streets: 'Kerkstraat|Meir|Veldstraat|Bondgenotenlaan|Steenstraat', towns: '2000 Antwerpen|9000 Gent|3000 Leuven|8000 Brugge|2800 Mechelen', mail: 'telenet.be skynet.be gmail.com', cc: '32', trunk: '0', phones: '0475 ## ## ##|0494 ## ## ##|03 ### ## ##|09 ### ## ##', dob: 'DD/MM/YYYY', ids: 'rrn:rijksregisternummer|rrn:INSZ', iban: ['BE', 16, ''], inst: 'FOD Financiën, Koning Albert II-laan 33, 1030 Brussel', cur: '€' },
  { id: 'pl-PL', lang: 'pl', l3: 'pol', first: L.pl, last: L.plL, street: 'ul. {s} {n}/{u}', streets: 'Marszałkowska|Długa|Piotrkowska|Świętokrzyska|Grunwaldzka', towns: '00-950 Warszawa|30-001 Kraków|50-001 Wrocław|80-001 Gdańsk|90-001 Łódź', mail: 'wp.pl onet.pl interia.pl o2.pl', cc: '48', trunk: '', phones: '5## ### ###|6## ### ###|7## ### ###|22 ### ## ##', dob: 'DD.MM.YYYY', ids: 'pesel:PESEL|pesel:nr PESEL', iban: ['PL', 28, ''], inst: 'Zakład Ubezpieczeń Społecznych, ul. Szamocka 3, 01-748 Warszawa', cur: 'zł' },
  { id: 'cs-CZ', lang: 'cs', l3: 'ces', first: L.cs, last: L.csL, street: '{s} {n}/{u}', streets: 'Vinohradská|Husova|Masarykova|Nádražní|Palackého', towns: '120 00 Praha 2|602 00 Brno|301 00 Plzeň|702 00 Ostrava', mail: 'seznam.cz email.cz centrum.cz', cc: '420', trunk: '', phones: '60# ### ###|77# ### ###|73# ### ###|22# ### ###', dob: 'D. M. YYYY|DD.MM.YYYY', ids: 'rc:rodné číslo|rc:RČ', iban: ['CZ', 24, ''], inst: 'Česká správa sociálního zabezpečení, Křížová 25, 225 08 Praha 5', cur: 'Kč' },
  { id: 'da-DK', lang: 'da', l3: 'dan', first: L.da, last: L.daL, street: '{s} {n}, {f}. tv.', streets: 'Nørrebrogade|Vesterbrogade|Østergade|Søndergade|Jernbanegade', towns: '2200 København N|8000 Aarhus C|5000 Odense C|9000 Aalborg', mail: 'mail.dk gmail.com hotmail.dk', cc: '45', trunk: '', phones: '2# ## ## ##|31 ## ## ##|5# ## ## ##|33 ## ## ##', dob: 'DD.MM.YYYY|DD-MM-YYYY', ids: 'cpr:CPR-nummer|cpr:CPR-nr.', iban: ['DK', 18, ''], inst: 'Skattestyrelsen, Østbanegade 123, 2100 København Ø', cur: 'kr.' },
  { id: 'nb-NO', lang: 'no', l3: 'nob', first: L.no, last: L.noL, street: '{s} {n}', streets: 'Storgata|Kirkeveien|Bygdøy allé|Thorvald Meyers gate|Kongens gate', towns: '0155 Oslo|5003 Bergen|7011 Trondheim|4006 Stavanger', mail: 'online.no gmail.com hotmail.no', cc: '47', trunk: '', phones: '4## ## ###|9## ## ###|22 ## ## ##|55 ## ## ##', dob: 'DD.MM.YYYY', ids: 'fnr:fødselsnummer|fnr:personnummer', iban: ['NO', 15, ''], inst: 'Skatteetaten, Schweigaards gate 17, 0191 Oslo', cur: 'kr' },
  { id: 'fi-FI', lang: 'fi', l3: 'fin', first: L.fi, last: L.fiL, street: '{s} {n} {L} {u}', streets: 'Mannerheimintie|Hämeenkatu|Aleksanterinkatu|Puistokatu|Rantatie', towns: '00100 Helsinki|33100 Tampere|20100 Turku|90100 Oulu', mail: 'gmail.com elisanet.fi luukku.com', cc: '358', trunk: '0', phones: '040 ### ####|050 ### ####|044 ### ####|09 ### ####', dob: 'D.M.YYYY|DD.MM.YYYY', ids: 'hetu:henkilötunnus|hetu:hetu', iban: ['FI', 18, ''], inst: 'Kansaneläkelaitos Kela, Nordenskiöldinkatu 12, 00250 Helsinki', cur: '€' },
  { id: 'el-GR', lang: 'el', l3: 'ell', first: L.el, last: L.elL, street: '{s} {n}', streets: 'Ερμού|Πατησίων|Εγνατίας|Λεωφόρος Κηφισίας|Αγίου Δημητρίου', towns: '105 63 Αθήνα|546 24 Θεσσαλονίκη|262 21 Πάτρα|712 02 Ηράκλειο', mail: 'otenet.gr gmail.com yahoo.gr', cc: '30', trunk: '', phones: '69# ### ####|210 ### ####|2310 ######', dob: 'DD/MM/YYYY', ids: 'amka:ΑΜΚΑ|amka:Α.Μ.Κ.Α.', iban: ['GR', 27, ''], inst: 'Υπουργείο Οικονομικών, Καραγιώργη Σερβίας 10, 105 62 Αθήνα', cur: '€' },
  { id: 'ru-RU', lang: 'ru', l3: 'rus', first: L.ru, last: L.ruL, street: 'ул. {s}, д. {n}, кв. {u}', streets: 'Тверская|Ленина|Садовая|Профсоюзная|Малая Морская', towns: '125009 Москва|190000 Санкт-Петербург|620014 Екатеринбург|630099 Новосибирск', mail: 'yandex.ru mail.ru rambler.ru', cc: '7', trunk: '8 ', phones: '8 (9##) ###-##-##|8 (495) ###-##-##|8 (812) ###-##-##|8 9## ### ## ##', dob: 'DD.MM.YYYY', ids: 'snils:СНИЛС|inn:ИНН', inst: 'Пенсионный фонд, ул. Шаболовка, д. 4, 119049 Москва', cur: '₽' },
  { id: 'hi-IN', lang: 'hi', l3: 'hin', first: L.hi, last: L.hiL, street: 'Flat {n}, {s}', streets: 'Sai Residency, MG Road|Lotus Apartments, Baner Road|Green Park Extension|Shanti Nagar, Sector 15|Krishna Towers, Linking Road', towns: 'Bengaluru 560001|Pune 411045|New Delhi 110016|Mumbai 400050|Hyderabad 500081', mail: 'gmail.com rediffmail.com yahoo.co.in', cc: '91', trunk: '0', phones: '98### #####|9#### #####|7#### #####|011 2### ####', dob: 'DD-MM-YYYY|DD/MM/YYYY', ids: 'aadhaar:Aadhaar|aadhaar:Aadhaar no.|pan:PAN', inst: 'Income Tax Department, Aayakar Bhawan, Maharshi Karve Road, Mumbai 400020', cur: '₹' },
];
