// Hold-out 29 clean records, part A: no personal data. Per language: a request, three tables ("header|row|row", cells
// split by ";") and one prose text. Business names, cities, products, subjects, times and prices only.
export interface CleanLang {
  req: string;
  tables: string[];
  prose: string;
}
export const CLEAN_A: Record<string, CleanLang> = {
  en: {
    req: 'Can you turn this into a neat table and check the totals?',
    tables: [
      'Item;SKU;Qty;Unit price|Cordless drill 18V;DR-1850;12;89.90|Masonry bit set;MB-0612;40;14.50|Safety goggles;SG-200;75;6.20',
      'Period;Monday;Tuesday;Wednesday|8:45-9:40;Maths;Biology;English|9:40-10:35;History;PE;Chemistry|11:00-11:55;Art;Geography;French',
      'Branch;City;Opening hours|Greggs;Leeds;7:00-18:00|Pret A Manger;Manchester;6:30-19:00|Waterstones;Edinburgh;9:00-18:00',
    ],
    prose:
      'Recipe card, please fix the spelling: Lemon drizzle cake. Oven 180°C, 45 minutes. 225 g butter, 225 g caster sugar, 4 eggs, 275 g self-raising flour, 2 lemons. Serves 10. Keeps 3 days in a tin.',
  },
  de: {
    req: 'Mach daraus bitte eine übersichtliche Tabelle:',
    tables: [
      'Artikel;Art.-Nr.;Menge;Preis|Akku-Bohrschrauber 18 V;BS-1840;8;129,00 €|Dübel 8 mm (100 Stk.);DB-0810;30;4,99 €|Schutzhandschuhe Gr. 9;SH-09;50;3,49 €',
      'Stunde;Montag;Dienstag;Mittwoch|1. (8:00);Deutsch;Mathe;Englisch|2. (8:50);Sachkunde;Sport;Religion|3. (9:55);Kunst;Musik;Deutsch',
      'Filiale;Ort;Öffnungszeiten|Edeka Center;Freiburg im Breisgau;7–22 Uhr|dm-drogerie markt;Leipzig;8–20 Uhr|Thalia;Köln;9:30–20 Uhr',
    ],
    prose:
      'Rezeptkarte, bitte Rechtschreibung prüfen: Apfelstrudel. Backofen 200 °C, 35 Minuten. 1 kg Äpfel, 80 g Zucker, 50 g Rosinen, 1 TL Zimt, 1 Packung Strudelteig. Ergibt 8 Stücke. Dazu Vanillesoße.',
  },
  fr: {
    req: 'Tu peux mettre ça au propre sous forme de tableau ?',
    tables: [
      'Produit;Réf.;Qté;Prix unitaire|Perceuse sans fil 18 V;PF-1820;6;99,00 €|Coffret de forets;CF-310;25;17,90 €|Gants de protection;GP-09;60;2,80 €',
      'Horaire;Lundi;Mardi;Jeudi|8h-9h;Français;Mathématiques;Histoire-géo|9h-10h;Anglais;SVT;EPS|10h15-11h15;Physique-chimie;Technologie;Arts plastiques',
      'Enseigne;Ville;Horaires|Carrefour Market;Lyon;8h30-21h|Fnac;Bordeaux;10h-19h30|Boulangerie Paul;Lille;7h-20h',
    ],
    prose:
      'Fiche recette à corriger : Quiche lorraine. Four à 180 °C, 40 minutes. 1 pâte brisée, 200 g de lardons, 3 œufs, 20 cl de crème fraîche, 20 cl de lait, muscade. Pour 6 personnes.',
  },
  es: {
    req: '¿Me lo pasas a una tabla ordenada?',
    tables: [
      'Artículo;Ref.;Cant.;Precio|Taladro inalámbrico 18 V;TA-1830;10;79,95 €|Juego de brocas;JB-0520;35;12,40 €|Gafas de protección;GP-110;80;4,10 €',
      'Hora;Lunes;Martes;Miércoles|8:30-9:25;Lengua;Matemáticas;Inglés|9:25-10:20;Ciencias Naturales;Educación Física;Música|10:50-11:45;Historia;Plástica;Religión',
      'Tienda;Ciudad;Horario|Mercadona;Valencia;9:00-21:30|El Corte Inglés;Madrid;10:00-22:00|Zara;Bogotá;10:00-20:00',
    ],
    prose:
      'Ficha de receta para corregir: Tortilla de patatas. 6 huevos, 700 g de patatas, 1 cebolla, aceite de oliva, sal. Freír a fuego medio 20 minutos, cuajar 5 minutos por cada lado. Para 4 raciones.',
  },
  it: {
    req: 'Puoi sistemare questi dati in una tabella?',
    tables: [
      'Articolo;Cod.;Q.tà;Prezzo|Trapano avvitatore 18 V;TA-1810;9;84,90 €|Set punte;SP-0415;30;11,50 €|Occhiali protettivi;OP-020;70;3,90 €',
      'Ora;Lunedì;Martedì;Mercoledì|8:00-9:00;Italiano;Matematica;Inglese|9:00-10:00;Storia;Scienze;Educazione fisica|10:15-11:15;Geografia;Arte;Musica',
      'Negozio;Città;Orario|Esselunga;Milano;7:30-22:00|Feltrinelli;Bologna;9:00-20:00|Eataly;Torino;10:00-22:30',
    ],
    prose:
      'Scheda ricetta da correggere: Tiramisù. 500 g di mascarpone, 4 uova, 100 g di zucchero, 300 g di savoiardi, caffè, cacao amaro. Riposo in frigo 4 ore. Dosi per 8 persone.',
  },
  pt: {
    req: 'Consegues pôr isto numa tabela arrumada?',
    tables: [
      'Artigo;Ref.;Qtd.;Preço|Berbequim sem fio 18 V;BB-1800;7;69,90 €|Conjunto de brocas;CB-12;28;9,95 €|Luvas de proteção;LP-08;90;2,50 €',
      'Hora;Segunda;Terça;Quarta|8h20-9h10;Português;Matemática;Inglês|9h10-10h00;História;Ciências;Educação Física|10h20-11h10;Geografia;Educação Visual;Música',
      'Loja;Cidade;Horário|Pingo Doce;Lisboa;8h-21h|Livraria Bertrand;Porto;10h-20h|Pão de Açúcar;São Paulo;7h-22h',
    ],
    prose:
      'Ficha de receita para rever: Pastéis de nata. 1 rolo de massa folhada, 500 ml de leite, 6 gemas, 250 g de açúcar, 40 g de farinha, canela. Forno a 250 °C durante 15 minutos. Dá 18 unidades.',
  },
  nl: {
    req: 'Kun je hier een nette tabel van maken?',
    tables: [
      'Artikel;Art.nr.;Aantal;Prijs|Accuboormachine 18 V;AB-1860;11;94,95|Borenset;BS-0716;32;13,25|Veiligheidsbril;VB-300;65;4,75',
      'Uur;Maandag;Dinsdag;Woensdag|1 (8:30);Nederlands;Wiskunde;Engels|2 (9:20);Aardrijkskunde;Gym;Biologie|3 (10:25);Geschiedenis;Tekenen;Frans',
      'Winkel;Plaats;Openingstijden|Albert Heijn;Utrecht;8:00-22:00|HEMA;Groningen;9:00-18:00|Bol.com afhaalpunt;Eindhoven;8:00-20:00',
    ],
    prose:
      'Receptkaart, graag spelling nakijken: Erwtensoep. 500 g spliterwten, 1 prei, 2 wortels, 1 knolselderij, 1 rookworst, 2 liter water. Laten trekken 2,5 uur. Voor 6 personen.',
  },
  pl: {
    req: 'Zrób z tego czytelną tabelkę:',
    tables: [
      'Towar;Indeks;Ilość;Cena|Wkrętarka akumulatorowa 18 V;WK-1870;5;299,00 zł|Zestaw wierteł;ZW-0916;22;39,90 zł|Okulary ochronne;OO-12;45;14,90 zł',
      'Lekcja;Poniedziałek;Wtorek;Środa|1 (8:00);Język polski;Matematyka;Język angielski|2 (8:55);Historia;Wychowanie fizyczne;Biologia|3 (9:50);Geografia;Plastyka;Chemia',
      'Sklep;Miasto;Godziny otwarcia|Biedronka;Kraków;6:00-23:00|Empik;Wrocław;9:00-21:00|Żabka;Gdańsk;6:00-23:00',
    ],
    prose:
      'Karta przepisu do poprawy: Pierogi ruskie. 500 g mąki, 250 ml ciepłej wody, 500 g ziemniaków, 250 g twarogu, 2 cebule, sól, pieprz. Gotować 3 minuty od wypłynięcia. Porcja na 4 osoby.',
  },
  cs: {
    req: 'Udělej z toho přehlednou tabulku:',
    tables: [
      'Zboží;Kód;Počet;Cena|Aku vrtačka 18 V;AV-1880;6;2 490 Kč|Sada vrtáků;SV-0618;20;349 Kč|Ochranné brýle;OB-05;55;119 Kč',
      'Hodina;Pondělí;Úterý;Středa|1. (8:00);Český jazyk;Matematika;Angličtina|2. (8:55);Prvouka;Tělesná výchova;Hudební výchova|3. (10:00);Výtvarná výchova;Čtení;Matematika',
      'Prodejna;Město;Otevírací doba|Albert;Brno;7:00-21:00|Knihy Dobrovský;Praha;9:00-20:00|Tesco;Ostrava;6:00-22:00',
    ],
    prose:
      'Recept na opravu: Svíčková na smetaně. 1 kg hovězí svíčkové, 2 mrkve, 1 petržel, kus celeru, 1 cibule, 250 ml smetany. Dusit 2 hodiny. Podávat s knedlíkem, pro 6 osob.',
  },
  hu: {
    req: 'Csinálj ebből egy áttekinthető táblázatot:',
    tables: [
      'Termék;Cikkszám;Menny.;Ár|Akkus fúró 18 V;AF-1890;4;32 990 Ft|Fúrószár készlet;FK-0419;18;4 490 Ft|Védőszemüveg;VSZ-7;40;1 290 Ft',
      'Óra;Hétfő;Kedd;Szerda|1. (8:00);Magyar nyelv;Matematika;Angol|2. (8:55);Történelem;Testnevelés;Biológia|3. (9:55);Földrajz;Rajz;Ének-zene',
      'Üzlet;Város;Nyitvatartás|Spar;Debrecen;6:30-21:00|Libri;Szeged;9:00-20:00|Tesco;Győr;0-24',
    ],
    prose:
      'Receptkártya, javítsd ki: Gulyásleves. 60 dkg marhalábszár, 2 hagyma, 3 burgonya, 2 sárgarépa, 1 paprika, 1 paradicsom, pirospaprika, kömény. Főzési idő 2 óra. 6 adag.',
  },
};
