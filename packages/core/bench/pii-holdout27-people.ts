/**
 * People of hold-out 27 (hand-written lists): given names, surnames, titles, nicknames and mail domains per locale.
 * Non-Latin names carry their Latin spelling after "|" (used for e-mail addresses).
 */
export interface People {
  given: string[];
  sur: string[];
  titles: string[];
  nicks: string[];
  domains: string[];
}

const sp = (s: string) => s.split(',').map((x) => x.trim());

export const PEOPLE: Record<string, People> = {
  'en-US': {
    given: sp('Tyler, Brianna, Marcus, Keisha, Dwayne, Heather, Cody, Jasmine, Rosalind, Trevor, Mackenzie'),
    sur: sp('Whitfield, Okafor-Reyes, Donnelly, Castellano, Brubaker, Nakamura, Pruitt, Delgado, Henderson'),
    titles: sp('Mr., Mrs., Ms., Dr., Coach'),
    nicks: sp('Bobby, Jen, Tuck, Lexi, Deedee, Chip'),
    domains: sp('gmail.com, yahoo.com, outlook.com, icloud.com, comcast.net'),
  },
  'en-GB': {
    given: sp('Siobhan, Callum, Imogen, Rhys, Harriet, Alfie, Niamh, Barnaby, Priya, Gethin'),
    sur: sp('Ashworth, Featherstone, McCulloch, Pryce, Haddock, Okonedo, Bramwell, Sutcliffe'),
    titles: sp('Mr, Mrs, Ms, Dr, Miss'),
    nicks: sp('Tash, Jonno, Bex, Olly, Gaz'),
    domains: sp('btinternet.com, hotmail.co.uk, gmail.com, sky.com, yahoo.co.uk'),
  },
  'en-IN': {
    given: sp('Aarav, Sneha, Venkatesh, Priyanka, Harpreet, Lakshmi, Rohan, Deepika, Sanjay, Meenakshi'),
    sur: sp('Iyer, Chatterjee, Deshpande, Reddy, Bhatia, Kulkarni, Menon, Gill, Subramanian'),
    titles: sp('Mr., Mrs., Dr., Shri, Smt.'),
    nicks: sp('Bunty, Chintu, Pinky, Munna, Gudiya'),
    domains: sp('gmail.com, rediffmail.com, yahoo.co.in, outlook.com'),
  },
  'en-NG': {
    given: sp('Chinedu, Funmilayo, Emeka, Ngozi, Oluwaseun, Aisha, Tunde, Chiamaka, Ifeanyi, Bukola'),
    sur: sp('Adeyemi, Okonkwo, Balogun, Eze, Abubakar, Nwachukwu, Ogundipe, Obi'),
    titles: sp('Mr, Mrs, Chief, Dr, Engr.'),
    nicks: sp('Seun, Chi-Chi, Emy, Tee'),
    domains: sp('gmail.com, yahoo.com, outlook.com'),
  },
  'en-PH': {
    given: sp('Maricel, Jhunjhun, Rodrigo, Kristine Joy, Mark Anthony, Lovely, Ramon, Analyn, Jerome'),
    sur: sp('Dela Cruz, Bautista, Villanueva, Macaraeg, Santos, Pangilinan, Mendoza, Aquino'),
    titles: sp('Mr., Mrs., Ms., Engr., Atty.'),
    nicks: sp('Bong, Jojo, Tintin, Baby, Toto'),
    domains: sp('gmail.com, yahoo.com.ph, outlook.com'),
  },
  'en-AU': {
    given: sp('Lachlan, Matilda, Bronte, Darcy, Kirra, Hamish, Tahlia, Jarrah, Bailey'),
    sur: sp('Fitzgerald, Nguyen, Kowalczyk, McKenzie, Papadopoulos, Thornton, Gallagher'),
    titles: sp('Mr, Mrs, Ms, Dr'),
    nicks: sp('Macca, Shaz, Davo, Robbo, Bazza'),
    domains: sp('bigpond.com, gmail.com, optusnet.com.au, outlook.com'),
  },
  de: {
    given: sp('Jürgen, Annegret, Lukas, Friederike, Mehmet, Svenja, Wolfgang, Lea-Marie, Torsten, Ilse'),
    sur: sp('Schäfer, Großmann, Yılmaz, Brandt, Köhler, Wiesenthal, Hoffmann, von Arnim'),
    titles: sp('Herr, Frau, Dr., Herrn, Frau Dr.'),
    nicks: sp('Steffi, Basti, Uli, Jogi, Susi'),
    domains: sp('web.de, gmx.de, t-online.de, posteo.de, gmail.com'),
  },
  fr: {
    given: sp('Hélène, Thibault, Maëlle, Jean-Baptiste, Solène, Karim, Brigitte, Loïc, Aurélie'),
    sur: sp('Lefèvre, Dubois, Benhamou, Morel, Garnier, Nguyen, Rousseau, Le Gall'),
    titles: sp('M., Mme, Madame, Monsieur, Dr'),
    nicks: sp('Mimi, Juju, Nico, Fanfan'),
    domains: sp('orange.fr, free.fr, laposte.net, gmail.com, sfr.fr'),
  },
  'es-ES': {
    given: sp('Íñigo, Montserrat, Alejandro, Nuria, Josep, Begoña, Álvaro, Rocío, Txema'),
    sur: sp('García Ortega, Martínez, Etxeberria, Fernández, Puig, López de la Fuente, Sanz'),
    titles: sp('Sr., Sra., D., Dña., Dr.'),
    nicks: sp('Pepe, Paco, Lola, Charo, Nacho'),
    domains: sp('gmail.com, hotmail.es, telefonica.net, yahoo.es'),
  },
  'es-MX': {
    given: sp('Guadalupe, Jesús, Ximena, Rigoberto, Itzel, Fernando, Marisol, Cuauhtémoc'),
    sur: sp('Hernández, Ramírez Soto, Villaseñor, Cruz, Tapia, Domínguez, Garza'),
    titles: sp('Sr., Sra., Lic., Ing., Dra.'),
    nicks: sp('Lupita, Chuy, Memo, Pancho, Lalo'),
    domains: sp('gmail.com, hotmail.com, prodigy.net.mx, outlook.com'),
  },
  'pt-BR': {
    given: sp('João Pedro, Luana, Thiago, Francisca, Rafael, Tainá, Wellington, Gabriela'),
    sur: sp('da Silva, Oliveira, Nascimento, Cavalcanti, Souza, Albuquerque, Ferreira'),
    titles: sp('Sr., Sra., Dr., Dona, Seu'),
    nicks: sp('Zé, Juju, Cacá, Duda, Bia'),
    domains: sp('gmail.com, uol.com.br, bol.com.br, hotmail.com'),
  },
  'pt-PT': {
    given: sp('Inês, Duarte, Leonor, Gonçalo, Matilde, Rui, Beatriz, Tiago'),
    sur: sp('Carvalho, Pereira, Magalhães, Sousa, Figueiredo, Antunes, Rebelo'),
    titles: sp('Sr., Sra., Dr., Dra., Eng.'),
    nicks: sp('Zé, Nini, Tó, Quim'),
    domains: sp('sapo.pt, gmail.com, hotmail.com, netcabo.pt'),
  },
  it: {
    given: sp('Giuseppe, Chiara, Lorenzo, Francesca, Salvatore, Giulia, Alessandro, Rosaria, Niccolò'),
    sur: sp('Esposito, Bianchi, Romano, De Luca, Colombo, Ferraro, Santoro, Lo Russo'),
    titles: sp('Sig., Sig.ra, Dott., Dott.ssa, Avv.'),
    nicks: sp('Beppe, Fra, Gigi, Peppino'),
    domains: sp('libero.it, gmail.com, virgilio.it, tiscali.it, alice.it'),
  },
  nl: {
    given: sp('Sanne, Joris, Femke, Bram, Anouk, Wouter, Ilse, Thijs, Noor, Sven'),
    sur: sp('de Vries, van den Berg, Bakker, Jansen, Visser, van Dijk, Smit, de Boer'),
    titles: sp('dhr., mevr., meneer, mevrouw, dr.'),
    nicks: sp('Pim, Joop, Saar, Kees'),
    domains: sp('ziggo.nl, kpnmail.nl, gmail.com, hotmail.nl'),
  },
  pl: {
    given: sp('Małgorzata, Krzysztof, Agnieszka, Paweł, Zofia, Grzegorz, Katarzyna, Łukasz'),
    sur: sp('Wiśniewski, Kowalczyk, Zielińska, Wójcik, Szymański, Dąbrowska, Lewandowski'),
    titles: sp('Pan, Pani, dr, mgr'),
    nicks: sp('Gosia, Kuba, Kasia, Bartek, Zosia'),
    domains: sp('wp.pl, onet.pl, interia.pl, gmail.com, o2.pl'),
  },
  cs: {
    given: sp('Jiří, Tereza, Ondřej, Kateřina, Vojtěch, Lucie, Zdeněk, Markéta'),
    sur: sp('Novák, Dvořáková, Procházka, Černý, Kučerová, Veselý, Horáková'),
    titles: sp('pan, paní, Ing., MUDr., Mgr.'),
    nicks: sp('Pepa, Honza, Verča, Káťa'),
    domains: sp('seznam.cz, email.cz, centrum.cz, gmail.com'),
  },
  ro: {
    given: sp('Ionuț, Andreea, Mihai, Ioana, Răzvan, Cristina, Bogdan, Alexandra'),
    sur: sp('Popescu, Ionescu, Dumitrescu, Stănescu, Munteanu, Constantinescu, Rusu'),
    titles: sp('dl., dna, domnul, doamna, dr.'),
    nicks: sp('Nelu, Gigel, Ancuța, Ionel'),
    domains: sp('yahoo.com, gmail.com, yahoo.ro'),
  },
  el: {
    given: sp('Γιώργος|Giorgos, Ελένη|Eleni, Δημήτρης|Dimitris, Κατερίνα|Katerina, Νίκος|Nikos, Σοφία|Sofia'),
    sur: sp('Παπαδόπουλος|Papadopoulos, Οικονόμου|Oikonomou, Γεωργίου|Georgiou, Καραγιάννη|Karagianni'),
    titles: sp('κ., κα, κυρία, κύριε, Δρ.'),
    nicks: sp('Τάκης|Takis, Κική|Kiki, Μάκης|Makis'),
    domains: sp('gmail.com, yahoo.gr, otenet.gr, hotmail.gr'),
  },
  uk: {
    given: sp('Олена|Olena, Тарас|Taras, Оксана|Oksana, Богдан|Bohdan, Ірина|Iryna, Андрій|Andrii'),
    sur: sp('Шевченко|Shevchenko, Коваленко|Kovalenko, Бондаренко|Bondarenko, Ткачук|Tkachuk, Мельник|Melnyk'),
    titles: sp('пан, пані, д-р'),
    nicks: sp('Сашко|Sashko, Ліза|Liza, Тарасик|Tarasyk'),
    domains: sp('ukr.net, gmail.com, i.ua, meta.ua'),
  },
  ru: {
    given: sp('Наталья|Natalya, Сергей|Sergey, Екатерина|Ekaterina, Дмитрий|Dmitry, Анна|Anna, Игорь|Igor'),
    sur: sp('Иванова|Ivanova, Смирнов|Smirnov, Кузнецова|Kuznetsova, Волков|Volkov, Соколова|Sokolova'),
    titles: sp('г-н, г-жа, д-р'),
    nicks: sp('Саша|Sasha, Катя|Katya, Дима|Dima, Серёжа|Seryozha'),
    domains: sp('mail.ru, yandex.ru, gmail.com, rambler.ru'),
  },
  tr: {
    given: sp('Ayşe, Mehmet, Zeynep, Emre, Gülşen, Oğuz, Elif, Hüseyin, İrem'),
    sur: sp('Yılmaz, Kaya, Demir, Şahin, Çelik, Öztürk, Aydın, Karagöz'),
    titles: sp('Bay, Bayan, Sayın, Dr.'),
    nicks: sp('Memo, Ayşo, Gülo'),
    domains: sp('gmail.com, hotmail.com, yandex.com.tr, outlook.com'),
  },
  id: {
    given: sp('Budi, Siti, Agus, Dewi, Rizky, Ayu, Bambang, Putri, Hendra'),
    sur: sp('Santoso, Wijaya, Hidayat, Kusuma, Nasution, Siregar, Pratama, Sitompul'),
    titles: sp('Bapak, Ibu, Pak, Bu, dr.'),
    nicks: sp('Yanto, Uci, Didi, Nana'),
    domains: sp('gmail.com, yahoo.co.id, ymail.com'),
  },
  ms: {
    given: sp('Nurul Aisyah, Ahmad Faiz, Siti Hajar, Muhammad Hafiz, Farah, Azman, Mei Ling, Rajesh'),
    sur: sp('binti Abdullah, bin Ismail, Tan, binti Hassan, Lim, a/l Muthu, bin Osman'),
    titles: sp('Encik, Puan, Cik, Datuk, Dr.'),
    nicks: sp('Mat, Yah, Ijat, Ah Meng'),
    domains: sp('gmail.com, yahoo.com.my, hotmail.my'),
  },
  vi: {
    given: sp('Minh Anh, Quốc Bảo, Thu Hà, Đức Thắng, Ngọc Lan, Hoàng Long, Thị Hương'),
    sur: sp('Nguyễn, Trần, Lê, Phạm, Hoàng, Vũ, Đặng, Bùi'),
    titles: sp('anh, chị, ông, bà, cô, thầy'),
    nicks: sp('Bống, Tí, Bin, Su'),
    domains: sp('gmail.com, yahoo.com.vn, outlook.com'),
  },
  sw: {
    given: sp('Wanjiru, Baraka, Amani, Zawadi, Otieno, Neema, Juma, Mwanaisha, Kamau'),
    sur: sp('Mwangi, Ochieng, Njoroge, Mutua, Kiprop, Wambui, Hassan, Achieng'),
    titles: sp('Bw., Bi., Mwalimu, Dkt.'),
    nicks: sp('Shiro, Kim, Babu'),
    domains: sp('gmail.com, yahoo.com'),
  },
  tl: {
    given: sp('Jun-Jun, Maria Cristina, Ernesto, Rowena, Danilo, Jennylyn, Ricardo'),
    sur: sp('Reyes, Gonzales, Cruz, Mercado, Dimaculangan, Lacson, Soriano'),
    titles: sp('G., Gng., Bb., Aling, Mang'),
    nicks: sp('Inday, Dodong, Ineng, Botchok'),
    domains: sp('gmail.com, yahoo.com'),
  },
  'th-rom': {
    given: sp('Somchai, Nattaya, Kittipong, Siriporn, Thanawat, Pimchanok, Chaiwat'),
    sur: sp('Srisuk, Wongsawat, Chaiyaporn, Rattanakul, Boonmee, Phromma'),
    titles: sp('Khun, Nai, Nang, Ajarn'),
    nicks: sp('Noi, Ploy, Bank, Nok, Golf'),
    domains: sp('gmail.com, hotmail.com, outlook.co.th'),
  },
  'hi-rom': {
    given: sp('Ramesh, Sunita, Anil, Pooja, Vikram, Kavita, Suresh, Neha'),
    sur: sp('Sharma, Verma, Gupta, Yadav, Chauhan, Mishra, Tiwari'),
    titles: sp('Shri, Shrimati, Dr., Sushri'),
    nicks: sp('Pappu, Guddu, Rinku, Sonu'),
    domains: sp('gmail.com, rediffmail.com, yahoo.co.in'),
  },
};
PEOPLE['vi-nd'] = PEOPLE.vi;
