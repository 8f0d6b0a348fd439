/**
 * Hold-out 33 name and place material per locale (written blind): first names (female | male), surnames, middle
 * names, streets, cities with a postcode maker, e-mail domains and the locale's companies (distractors). Lists are
 * '|'-separated strings so that the formatter keeps them on one line. Several names are also common words.
 */
export type Loc = 'US' | 'GB' | 'CA' | 'AU' | 'IN' | 'ZA' | 'DE' | 'FR' | 'ES' | 'IT' | 'NL' | 'PT' | 'SE';
export const LANG: Record<Loc, string> = {
  US: 'en',
  GB: 'en',
  CA: 'en',
  AU: 'en',
  IN: 'en',
  ZA: 'en',
  DE: 'de',
  FR: 'fr',
  ES: 'es',
  IT: 'it',
  NL: 'nl',
  PT: 'pt',
  SE: 'sv',
};

export interface Names {
  f: string[];
  m: string[];
  last: string[];
  mid: string[];
  streets: string[];
  /** city | region/state | postcode pattern (# = a digit, @ = a letter, other characters kept) */
  cities: string[][];
  mail: string[];
  companies: string[];
}
const s = (x: string) => x.split('|');
const c = (x: string) => x.split(';').map((e) => e.split('|'));

export const NAMES: Record<Loc, Names> = {
  US: {
    f: s('Grace|Hope|Faith|Summer|Dawn|Ashley|Brittany|Keisha|Maria|Jennifer|April|Destiny|Rose|Megan|Shannon|Tamika'),
    m: s('Hunter|Chase|Mark|Will|Bill|Frank|Tyrone|Dwayne|Carlos|Brandon|Cody|Miles|Grant|Wesley|Raymond|Dale'),
    last: s(
      'Okafor|Nguyen|Rodriguez|Kowalski|Washington|Young|Hunter|Baker|Price|Little|Brown|Castillo|Jefferson|Morales|Sullivan|Hill|Park|Friedman|Moody|Strong',
    ),
    mid: s('Ann|Lee|Marie|James|Lynn|Ray|Michelle|Allen|Jo|Dean'),
    streets: s(
      'Maple Grove Road|Elm Street|Sycamore Lane|West Peachtree Street|Harbor View Drive|North Lincoln Avenue|Cedar Ridge Court|Old Mill Road|Sunset Boulevard|Pine Hollow Drive',
    ),
    cities: c(
      'Columbus|OH|432##;Atlanta|GA|303##;Austin|TX|787##;Portland|OR|972##;Brooklyn|NY|112##;Naperville|IL|605##;Tampa|FL|336##;Denver|CO|802##;Boise|ID|837##;Raleigh|NC|276##',
    ),
    mail: s('gmail.com|yahoo.com|outlook.com|aol.com|icloud.com|comcast.net|hotmail.com'),
    companies: s(
      'Northbridge Mutual Insurance|Liberty Crest Bank, N.A.|Summit Ridge Lending LLC|Bluewater Health Partners|Keystone Property Management Inc.|Fairway Auto Finance',
    ),
  },
  GB: {
    f: s('Poppy|Imogen|Siobhan|Amber|Holly|Eleanor|Charlotte|Bethany|Iris|Hazel|Nia|Joy|Violet|Gemma'),
    m: s('Oliver|Alfie|Rhys|Callum|Hamish|Archie|Tobias|Gareth|Nigel|Reece|Kwame|Robin|Dean|Jack'),
    last: s(
      'Whitaker|Hughes|Patel|Evans|Oduya|MacLeod|Wood|Cook|King|Fletcher|Sharp|Ashworth|Bell|Holloway|Pryce|Sheikh|Fox|Turnbull|Nash|Best',
    ),
    mid: s('Louise|Jane|Edward|Rose|Thomas|Anne|Owen|Kate'),
    streets: s(
      'Ashgrove Terrace|Kingsley Road|Mill Lane|Albert Street|Cavendish Crescent|Station Road|Hawthorn Close|Victoria Avenue|Orchard Way|Gladstone Street',
    ),
    cities: c(
      'Leeds||LS6 #@@;Manchester||M20 #@@;Bristol||BS6 #@@;Edinburgh||EH9 #@@;Cardiff||CF24 #@@;Glasgow||G12 #@@;London||SW11 #@@;London||E8 #@@;Norwich||NR2 #@@;York||YO31 #@@',
    ),
    mail: s('gmail.com|btinternet.com|hotmail.co.uk|yahoo.co.uk|outlook.com|sky.com|virginmedia.com'),
    companies: s(
      'Kestrel Bank plc|Thameside Building Society|Albion Mutual Assurance|Pennine Lettings Ltd|Greystone Finance Ltd|Harcourt & Vale Solicitors',
    ),
  },
  CA: {
    f: s('Chantal|Geneviève|Brooke|Madison|Mei|Harpreet|Tessa|Avery|Sophie|Autumn|Kaitlyn|Noor'),
    m: s('Jean-Luc|Gurpreet|Liam|Connor|Mathieu|Wyatt|Tristan|Derek|Owen|Darnell|Hugo|Colton'),
    last: s(
      'Tremblay|Gagnon|Bouchard|MacDonald|Singh|Nguyen|Campbell|Okafor|Leblanc|Fraser|Gill|Chow|Wong|Pelletier|Stewart|Côté|Baker|Snow',
    ),
    mid: s('Marie|Claude|Anne|Joseph|Kaur|Lee|Rose|Paul'),
    streets: s(
      'Oak Bay Avenue|Rue Saint-Denis|Queen Street West|Whyte Avenue|Portage Avenue|Spring Garden Road|Kingsway|Bank Street|Boulevard René-Lévesque|Main Street',
    ),
    cities: c(
      'Victoria|BC|V8R #@#;Toronto|ON|M5V #@#;Montréal|QC|H2X #@#;Edmonton|AB|T6E #@#;Winnipeg|MB|R3C #@#;Halifax|NS|B3H #@#;Vancouver|BC|V5T #@#;Ottawa|ON|K1S #@#',
    ),
    mail: s('gmail.com|shaw.ca|sympatico.ca|rogers.com|videotron.ca|hotmail.com|outlook.com'),
    companies: s(
      'Maple Leaf Credit Union|Laurentian Trust Company|Prairie Shield Insurance|Northern Lights Property Group|Caisse Horizon|Boreal Auto Credit',
    ),
  },
  AU: {
    f: s('Chloe|Matilda|Kylie|Bronwyn|Jade|Sienna|Amber|Leilani|Tahlia|Skye|Ruby|Brooke'),
    m: s('Lachlan|Bailey|Jarrah|Hamish|Cooper|Darcy|Brodie|Nikos|Mitchell|Kieran|Rhys|Kane'),
    last: s(
      "Nguyen|Papadopoulos|O'Brien|Kelly|Walsh|Summers|Lowe|McKenzie|Tran|Russo|Ashby|Hooper|Fairweather|Quinlan|Gray|Bishop|Dunn",
    ),
    mid: s('Jane|Maree|James|Louise|Patrick|Anne|Scott'),
    streets: s(
      'Wattle Street|Hargrave Road|Banksia Crescent|Sydney Road|Jacaranda Drive|Coronation Parade|Beach Road|Bellevue Terrace|Oxley Avenue|Gum Tree Lane',
    ),
    cities: c(
      'Paddington|NSW|2021;Brunswick|VIC|3056;Fremantle|WA|6160;Toowong|QLD|4066;Norwood|SA|5067;Hobart|TAS|7000;Parramatta|NSW|2150;Geelong|VIC|3220;Bondi|NSW|2026',
    ),
    mail: s('bigpond.com|gmail.com|outlook.com|optusnet.com.au|hotmail.com|iinet.net.au'),
    companies: s(
      'Southern Cross Insurance Pty Ltd|Coastal Community Bank|Eucalypt Home Loans|Redgum Property Management|Outback Mutual Ltd|Harbourside Medical Centre',
    ),
  },
  IN: {
    f: s('Priya|Ananya|Lakshmi|Kavya|Sneha|Divya|Meera|Pooja|Asha|Sunita|Deepa|Roshni'),
    m: s('Rohan|Arjun|Vikram|Sandeep|Rahul|Karthik|Aditya|Suresh|Harish|Mohan|Anil|Prakash'),
    last: s(
      'Sharma|Iyer|Natarajan|Reddy|Banerjee|Kulkarni|Patel|Menon|Chatterjee|Gill|Deshpande|Nair|Agarwal|Joshi|Rao|Mukherjee|Pillai|Bhatt',
    ),
    mid: s('Kumar|Devi|Prasad|Lal|Rani|Chandra|Mohan'),
    streets: s(
      '14th Cross, Indiranagar|Anna Salai, T. Nagar|Sector 62|Linking Road, Bandra West|MG Road|Park Street|Banjara Hills Road No. 12|FC Road, Shivajinagar|Salt Lake Sector V',
    ),
    cities: c(
      'Bengaluru|Karnataka|5600##;Chennai|Tamil Nadu|6000##;Noida|Uttar Pradesh|2013##;Mumbai|Maharashtra|4000##;Kolkata|West Bengal|7000##;Hyderabad|Telangana|5000##;Pune|Maharashtra|4110##',
    ),
    mail: s('gmail.com|rediffmail.com|yahoo.co.in|outlook.com|hotmail.com'),
    companies: s(
      'Bharat Finserv Ltd|Sahyadri Co-operative Bank|Ganga Life Insurance Co. Ltd|Deccan Home Finance|Suraksha General Insurance|Kaveri Hospitals Pvt Ltd',
    ),
  },
  ZA: {
    f: s('Nomvula|Lerato|Zanele|Annelie|Thandiwe|Precious|Busisiwe|Lindiwe|Charmaine|Mpho|Marike|Nandi'),
    m: s('Thabo|Sipho|Pieter|Johan|Bongani|Tshepo|Themba|Francois|Kagiso|Riaan|Lwazi|Neo'),
    last: s(
      'Nkosi|Dlamini|van der Merwe|Botha|Mokoena|Naidoo|Pillay|Khumalo|Coetzee|Molefe|Ndlovu|du Plessis|Sithole|Jacobs|Mahlangu|Fourie',
    ),
    mid: s('Johannes|Grace|Precious|Hendrik|Blessing|Maria|Sibusiso'),
    streets: s(
      'Jacaranda Avenue, Waterkloof|Kloof Street, Gardens|Oxford Road, Rosebank|Main Road, Rondebosch|Florida Road, Morningside|Church Street, Stellenbosch|Beyers Naudé Drive, Northcliff',
    ),
    cities: c(
      'Pretoria|Gauteng|0181;Cape Town|Western Cape|8001;Johannesburg|Gauteng|2196;Durban|KwaZulu-Natal|4001;Stellenbosch|Western Cape|7600;Gqeberha|Eastern Cape|6001',
    ),
    mail: s('gmail.com|telkomsa.net|mweb.co.za|webmail.co.za|outlook.com|vodamail.co.za'),
    companies: s(
      'Protea Life Assurance|Ubuntu Mutual Bank|Highveld Finance (Pty) Ltd|Fynbos Property Rentals|Karoo Medical Aid Scheme|Springbok Vehicle Finance',
    ),
  },
  DE: {
    f: s('Ingrid|Sabine|Katharina|Heike|Lena|Jana|Ursula|Birgit|Anja|Mia|Dörte|Elke|Franziska'),
    m: s('Jürgen|Klaus|Florian|Matthias|Torsten|Lukas|Holger|Dieter|Sven|Tobias|Uwe|Benedikt|Ralf'),
    last: s(
      'Wolf|Vogel|Fuchs|Koch|Becker|Schneider|Engel|Sommer|Winter|Kaiser|Lange|Braun|Klein|Hoffmann|Schäfer|Müller|Weißmann|Krüger|Zimmermann|Nowak|Yilmaz',
    ),
    mid: s('Maria|Johanna|Friedrich|Karl|Luise|Wilhelm|Sophie'),
    streets: s(
      'Lindenstraße|Am Mühlbach|Goethestraße|Hauptstraße|Kastanienallee|Bahnhofstraße|Schillerplatz|Birkenweg|Rosenheimer Straße|Gartenstraße',
    ),
    cities: c(
      'Berlin||109##;München||803##;Hamburg||220##;Köln||506##;Leipzig||041##;Freiburg im Breisgau||791##;Dresden||010##;Münster||481##;Stuttgart||701##;Bremen||282##',
    ),
    mail: s('web.de|gmx.de|t-online.de|gmail.com|posteo.de|freenet.de'),
    companies: s(
      'Rheinland Versicherung AG|Sparkasse Mittelelbe|Nordstern Bausparkasse AG|Immobilien Hansa GmbH|Krankenkasse Vital BKK|Alpenblick Kreditbank eG',
    ),
  },
  FR: {
    f: s('Aurore|Camille|Margaux|Océane|Solène|Brigitte|Nathalie|Rose|Colette|Inès|Clémence|Violette'),
    m: s('Thibault|Mathieu|Yannick|Étienne|Benoît|Olivier|Loïc|Pascal|Karim|Gaël|Vincent|Florent'),
    last: s(
      'Blanc|Petit|Leroy|Roux|Fontaine|Marchand|Lefèvre|Garnier|Chevalier|Mercier|Boucher|Rousseau|Benali|Lemoine|Faure|Poirier|Berger',
    ),
    mid: s('Marie|Anne|Louis|Pierre|Claire|Jean'),
    streets: s(
      'rue des Lilas|avenue Jean-Jaurès|boulevard Voltaire|rue de la République|impasse des Tilleuls|place Bellecour|chemin des Vignes|rue Nationale|quai de la Loire|allée des Acacias',
    ),
    cities: c(
      'Lyon||6900#;Paris||7501#;Marseille||1300#;Toulouse||3100#;Nantes||4400#;Bordeaux||3300#;Lille||5900#;Strasbourg||6700#;Rennes||3500#;Montpellier||3400#',
    ),
    mail: s('orange.fr|free.fr|laposte.net|gmail.com|sfr.fr|hotmail.fr|wanadoo.fr'),
    companies: s(
      'Banque Lumière SA|Mutuelle Provence Santé|Crédit Ligérien|Assurances du Littoral|Foncia Gestion Locative|Clinique Saint-Exupéry',
    ),
  },
  ES: {
    f: s('Lucía|Carmen|Rosa|Soledad|Paz|Luz|Nuria|Ainhoa|Montserrat|Pilar|Rocío|Marta|Begoña'),
    m: s('Javier|Álvaro|Iñaki|Sergio|Jorge|Manuel|Alejandro|Pau|Rubén|Ángel|Jesús|Xavier'),
    last: s(
      'León|Blanco|Rubio|Cruz|Delgado|Prieto|García|Fernández|Martínez|Iglesias|Navarro|Moreno|Castaño|Sáez|Romero|Vidal|Ortega|Serrano',
    ),
    mid: s('José|María|Luis|Isabel|Antonio|Elena'),
    streets: s(
      'Calle de Toledo|Avinguda Diagonal|Calle San Vicente|Paseo de la Castellana|Calle Mayor|Avenida de la Constitución|Calle Larios|Rúa do Franco|Calle Alcalá|Plaza del Pilar',
    ),
    cities: c(
      'Madrid||280##;Barcelona||080##;Valencia||460##;Sevilla||410##;Málaga||290##;Bilbao||480##;Zaragoza||500##;Santiago de Compostela||157##;Granada||180##;Palma||070##',
    ),
    mail: s('gmail.com|hotmail.es|yahoo.es|telefonica.net|outlook.es|movistar.es'),
    companies: s(
      'Aseguradora Mediterránea S.A.|Banco Ibérico del Norte|Caja Rural de Castilla|Inmobiliaria Sol y Mar S.L.|Clínica Nuestra Señora del Carmen|Financiera Atalaya',
    ),
  },
  IT: {
    f: s('Serena|Vittoria|Chiara|Giulia|Francesca|Rosa|Benedetta|Ilaria|Gemma|Assunta|Marta|Stella'),
    m: s('Fortunato|Salvatore|Lorenzo|Matteo|Giuseppe|Davide|Massimo|Pietro|Gianluca|Sereno|Fabio|Angelo'),
    last: s(
      'Bianchi|Rossi|Ferrari|Fabbri|Marino|Gallo|Leone|Esposito|Romano|Colombo|Greco|Conti|De Luca|Mancini|Lombardi|Santoro|Barbieri|Russo',
    ),
    mid: s('Maria|Giovanni|Anna|Paolo|Luisa|Carlo'),
    streets: s(
      'Via Garibaldi|Viale Monza|Piazza Bellini|Corso Vittorio Emanuele II|Via dei Mille|Via Roma|Largo Augusto|Via San Vitale|Via Toledo|Viale Mazzini',
    ),
    cities: c(
      'Torino|TO|101##;Milano|MI|201##;Napoli|NA|801##;Roma|RM|001##;Bologna|BO|401##;Firenze|FI|501##;Palermo|PA|901##;Genova|GE|161##',
    ),
    mail: s('libero.it|virgilio.it|gmail.com|alice.it|tiscali.it|hotmail.it'),
    companies: s(
      'Banca Padana S.p.A.|Assicurazioni Tirrenia|Credito Cooperativo Lariano|Immobiliare Aurora S.r.l.|Poliambulatorio San Luca|Finanziaria Vesuvio',
    ),
  },
  NL: {
    f: s('Anouk|Femke|Sanne|Marieke|Lieke|Roos|Fleur|Ilse|Noor|Hanneke|Esmee|Bloem'),
    m: s('Daan|Bram|Joost|Wouter|Sander|Thijs|Pieter|Ruud|Koen|Jeroen|Mohamed|Sjoerd'),
    last: s(
      'de Vries|Visser|Bakker|Smit|Mulder|de Boer|Koster|Groen|Kok|Dekker|de Wit|Storm|Vos|van Dijk|Jansen|Bos|Meijer|van den Berg|Hendriks',
    ),
    mid: s('Johanna|Maria|Jan|Willem|Cornelis|Anna'),
    streets: s(
      'Prinsengracht|Kerkstraat|Oudegracht|Laan van Meerdervoort|Vondelstraat|Stationsweg|Dorpsstraat|Witte de Withstraat|Zeestraat|Molenweg',
    ),
    cities: c(
      'Amsterdam||10## @@;Utrecht||35## @@;Rotterdam||30## @@;Den Haag||25## @@;Groningen||97## @@;Eindhoven||56## @@;Haarlem||20## @@;Leiden||23## @@;Zwolle||80## @@;Nijmegen||65## @@',
    ),
    mail: s('ziggo.nl|kpnmail.nl|gmail.com|hotmail.nl|outlook.com|xs4all.nl|planet.nl'),
    companies: s(
      'Zilverkust Verzekeringen N.V.|Polderbank|Hypotheekhuis Oranje B.V.|Woonstichting De Linde|Zorgverzekeraar Delta|Kredietunie Waal',
    ),
  },
  PT: {
    f: s('Inês|Beatriz|Leonor|Mariana|Filipa|Graça|Conceição|Rita|Joana|Matilde|Luz|Catarina'),
    m: s('João|Tiago|Duarte|Rui|Nuno|Gonçalo|Afonso|Henrique|Vasco|Martim|Diogo|Bernardo'),
    last: s(
      'Silva|Pereira|Oliveira|Coelho|Carvalho|Ferreira|Leão|Rocha|Cordeiro|Pinto|Raposo|Santos|Figueiredo|Lobo|Guimarães|Brandão',
    ),
    mid: s('Maria|Manuel|Sofia|António|Isabel|José'),
    streets: s(
      'Rua Augusta|Avenida da Boavista|Rua de Santa Catarina|Travessa do Carmo|Avenida da Liberdade|Rua Direita|Largo do Rato|Rua do Almada|Rua Ferreira Borges',
    ),
    cities: c(
      'Lisboa||1100-###;Porto||4000-###;Coimbra||3000-###;Braga||4700-###;Faro||8000-###;Aveiro||3800-###;Setúbal||2900-###;Funchal||9000-###',
    ),
    mail: s('sapo.pt|gmail.com|hotmail.com|outlook.pt|netcabo.pt|iol.pt'),
    companies: s(
      'Seguros Atlântico S.A.|Banco Lusitano de Crédito|Caixa de Crédito do Douro|Imobiliária Tejo Lda.|Clínica Bela Vista|Mútua dos Pescadores',
    ),
  },
  SE: {
    f: s('Ingrid|Astrid|Linnea|Maja|Solveig|Frida|Karin|Elsa|Sigrid|Ebba|Vera|Saga'),
    m: s('Björn|Lars|Anders|Oskar|Gustav|Nils|Henrik|Mattias|Erik|Stig|Sten|Viktor'),
    last: s(
      'Lindqvist|Berg|Ström|Sjöberg|Björk|Lund|Holm|Falk|Lind|Dahl|Andersson|Johansson|Nyström|Åkesson|Eklund|Söderberg|Hedlund|Blom',
    ),
    mid: s('Maria|Johan|Elisabet|Karl|Louise|Axel'),
    streets: s(
      'Storgatan|Vasagatan|Drottninggatan|Kungsgatan|Sveavägen|Linnégatan|Östra Långgatan|Götgatan|Skolgatan|Björkvägen',
    ),
    cities: c(
      'Stockholm||11# ##;Göteborg||41# ##;Malmö||21# ##;Uppsala||75# ##;Lund||22# ##;Umeå||90# ##;Örebro||70# ##;Linköping||58# ##;Västerås||72# ##',
    ),
    mail: s('telia.com|gmail.com|hotmail.se|outlook.com|bredband.net|live.se'),
    companies: s(
      'Nordhav Försäkring AB|Sparbanken Mälardalen|Bostadsbolaget Ekbacken AB|Länsförsäkringar Norrmark|Vårdcentralen Solrosen|Kreditkassan Väst',
    ),
  },
};
