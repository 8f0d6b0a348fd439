/**
 * Hold-out 23 names, written from memory (no lexicon read). Space-separated lists; '_' joins the parts of one name
 * ("Mark_Anthony", "de_Jong"); a trailing '*' marks a name that is also an everyday word somewhere (Hope, Budi, Juma,
 * Deniz, Bakker, Lan); 'Kowalski/Kowalska' gives the male/female form. order: w = given name first, e = surname first
 * with a two-syllable given name (Singapore Chinese), v = Vietnamese (called by the last syllable).
 */
export type Rand = () => number;

/** Seeded sfc32 (own copy), returns floats in [0, 1). */
export function sfc32(seed: number): Rand {
  let a = 0x9e3779b9 ^ seed;
  let b = 0x243f6a88 + seed;
  let c = 0xb7e15162 ^ (seed << 7);
  let d = seed | 1;
  const next = () => {
    a |= 0;
    b |= 0;
    c |= 0;
    d |= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 20; i++) next();
  return next;
}
export const choose = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];

type Region = { m: string; f: string; last: string; nick: string; order: 'w' | 'e' | 'v'; patro?: boolean };

export const REGIONS: Record<string, Region> = {
  anglo: {
    m: 'James John Robert* Michael David Richard Thomas Christopher Daniel Matthew Andrew Joshua Ryan Tyler Brandon Kevin Jason Mark* Grant* Dean* Wade* Chase* Hunter* Mason* Carter Cole* Miles* Rhys Alfie Callum Gareth Oliver Harry George Jack* Frank* Neil Graham Stuart',
    f: 'Mary Jennifer Jessica Ashley Emily Sarah Megan Lauren Hannah Olivia Chloe Grace* Hope* Joy* Faith* Rose* Amber* Holly* Ivy* June* April* Summer* Brooke* Paige* Eleanor Harriet Imogen Siobhan Kirsty Bethany Abigail Madison Kayla',
    last: "Smith* Johnson Williams Brown* Jones Miller* Davis Wilson Anderson Taylor* Thomas Moore* Jackson White* Harris Martin Thompson Young* King* Wright Walker* Hall* Green* Baker* Hill* Carter Parker* Cook* Turner* Fletcher* Hughes Evans Roberts Wood* Clarke Murphy O'Brien O'Connor McKenzie Sullivan Bennett Ward* Lane* Stone* Fox* Bishop* Mason* Price* Long* Rich*",
    nick: 'Bill* Bob* Liz Kate Jen Mike* Chris Sam Maggie Rich* Dan Trish Tom Tony Becky Nick* Ben Abby Alex Joe Matt* Tori Jonny Sue* Debs Gerry Freddie Jim Pat* Rob* Will* Jules AJ JP',
    order: 'w',
  },
  hispanic: {
    m: 'José Juan Carlos Luis Miguel Jorge Alejandro Javier Fernando Diego Andrés Sergio Raúl Pablo Álvaro Íñigo Rodrigo Emilio Santiago Mateo Jesús* Ángel* Cruz* Ignacio Gonzalo Juan_Carlos José_Luis',
    f: 'María Carmen* Ana Lucía Laura Marta Isabel Pilar* Dolores* Rosa* Luz* Paz* Sol* Blanca* Esperanza* Consuelo* Rocío* Nieves* Guadalupe Ximena Valeria Camila Daniela Itziar Nerea Amparo* Mercedes María_José',
    last: 'García Fernández González Rodríguez López Martínez Sánchez Pérez Gómez Martín Jiménez Ruiz Hernández Díaz Moreno Muñoz Álvarez Romero Navarro Torres Domínguez Vázquez Ramos* Gil Serrano Molina* Blanco* Castillo* Ortega Rubio* Delgado* Iglesias* Medina Garrido* Cortés Castro Guerrero* Calvo* Prieto* Vargas Herrera Aguilar Mendoza Salazar Campos* Peña* Vega* Rey* León* Luna* Flores* García_López Martín_Sanz Ruiz_Ortega',
    nick: 'Pepe Paco Chuy Lupe Pancho Nacho Chema Maite Conchi Charo Lola Chelo Toño Manolo Quique Rafa Fer Dani Pili Juanjo Josemi',
    order: 'w',
  },
  brazil: {
    m: 'João Pedro Lucas Gabriel Rafael Matheus Gustavo Felipe Thiago Bruno Leonardo Rodrigo Vinícius Caio Diego Marcelo Anderson Wellington Cléber Edson Raimundo Francisco Antônio Joaquim Júlio João_Pedro',
    f: 'Ana Maria Juliana Fernanda Patrícia Aline Camila Beatriz Larissa Amanda Letícia Gabriela Luana Tatiane Jéssica Vitória* Graça* Rosa* Glória* Conceição* Aparecida* Socorro* Dayane Kelly Raíssa Ana_Paula Maria_Eduarda',
    last: 'Silva* Santos* Oliveira Souza Rodrigues Ferreira Alves Pereira* Lima* Gomes Costa* Ribeiro Martins Carvalho* Almeida Lopes Soares Fernandes Vieira Barbosa Rocha* Dias* Nascimento Andrade Moreira Nunes Marques Machado Mendes Freitas Cardoso Ramos* Teixeira Correia Araújo Cavalcanti Moura Campos* Monteiro Pinto* Coelho* Leite* Prado* Bezerra Souza_Lima da_Silva dos_Santos de_Oliveira',
    nick: 'Zé* Juju Dudu Nando Gui Rafa Lulu Cacá Tati Bia Fefê Gabi Léo Malu Carol Duda Dani Tião Chico Tonho Manu',
    order: 'w',
  },
  french: {
    m: 'Jean Pierre Michel Philippe Alain Nicolas Christophe Stéphane Sébastien Julien Mathieu Guillaume Thomas Antoine Hugo Louis Théo Maxime Romain Loïc Yannick Benoît Grégoire Fabrice Olivier Bastien Clément* Lucien Jean-Marc Jean-Baptiste',
    f: 'Marie Nathalie Isabelle Sylvie Catherine Sandrine Céline Aurélie Émilie Camille Chloé Manon Léa Inès Océane Mélanie Claire* Rose* Margaux Solène Agathe Capucine Violette* Blanche* Aurore* Constance* Joséphine Marie-Claire Anne-Sophie',
    last: 'Martin Bernard Dubois Thomas Robert Richard Petit* Durand Leroy Moreau Simon Laurent Lefebvre Michel Garcia David Bertrand Roux* Vincent Fournier Morel Girard André Lefèvre Mercier* Dupont Lambert Bonnet* François Legrand* Garnier Faure Rousseau Blanc* Guérin Muller Henry Roussel Perrin Morin Clément* Gauthier Dumont Fontaine* Chevalier* Robin* Masson Boucher* Meunier* Brun* Lemaire Noël* Marchand* Berger* Fabre',
    nick: 'Seb Steph Nico Manu Flo Ju Cath Isa Nath Gab Béa Domi Fred Val Lolo JB',
    order: 'w',
  },
  german: {
    m: 'Jörg Jürgen Uwe Dirk Thomas Stefan Andreas Michael Frank* Markus Christian Tobias Lukas Leon Finn Jonas Felix Maximilian Moritz Niklas Florian Sebastian Sven Björn Kai* Rüdiger Horst* Gerd Wolfgang Hans-Peter Karl-Heinz Ole Malte Hauke',
    f: 'Sabine Ute Heike Birgit Katrin Anke Silke Frauke Petra Claudia Susanne Andrea Nicole Julia Lena Hannah Mia Sophie Lea Marie Emma Johanna Franziska Charlotte Greta Ilse Helga Ingrid Gisela Dörte Anna-Lena',
    last: 'Müller* Schmidt Schneider* Fischer* Weber* Meyer Wagner* Becker* Schulz Hoffmann Schäfer* Koch* Bauer* Richter* Klein* Wolf* Schröder Neumann Schwarz* Zimmermann* Braun* Krüger Hofmann Hartmann Lange* Schmitt Werner Schmitz Krause* Meier Lehmann Köhler Herrmann König* Walter Mayer Huber Kaiser* Fuchs* Peters Lang* Scholz Möller Weiß* Jung* Hahn* Vogel* Friedrich Keller* Günther Winkler Roth* Beck Lorenz Baumann Franke Albrecht Schuster* Ludwig Böhm Winter* Sommer* Stein* Brandt Haas von_Arnim',
    nick: 'Steffi Franzi Matze Wolfi Basti Flo Max Tobi Resi Sepp Hansi Jo Kathi Susi Andi Michi Chrissi Nici Benni Domi',
    order: 'w',
  },
  italian: {
    m: 'Giuseppe Giovanni Antonio Mario Luigi Francesco Angelo* Vincenzo Pietro Salvatore Carlo Franco* Domenico Bruno* Paolo Michele Giorgio Alessandro Lorenzo Matteo Leonardo Riccardo Davide Gabriele Tommaso Federico Simone Fabrizio Massimo Gianluca Pierluigi',
    f: 'Maria Anna Giuseppina Rosa* Angela Giovanna Teresa Lucia Carmela Caterina Francesca Chiara* Giulia Sofia Aurora* Alice Ginevra Martina Beatrice Elisa Serena* Valentina Federica Alessia Ilaria Benedetta Gioia* Stella* Bianca* Viola* Letizia* Speranza* Graziella',
    last: "Rossi* Russo* Ferrari Esposito Bianchi* Romano* Colombo* Ricci* Marino* Greco* Bruno* Gallo* Conti* Costa* Giordano Mancini Rizzo Lombardi Moretti Barbieri Fontana* Santoro Mariani Rinaldi Caruso Ferrara Galli Martini* Leone* Longo* Gentile* Martinelli Vitale* Lombardo Serra* Coppola De_Luca D'Angelo Fabbri Bellini Marchetti Villa* Parisi Sala* Grasso* Testa* Pellegrini Benedetti Palumbo Sanna Farina* Rota",
    nick: 'Beppe Gigi Pino Peppe Totò Ciccio Sandro Fede Vale Ale Giuli Robi Betta Cate Lori Dado Gianni Nino Mimmo Lella',
    order: 'w',
  },
  dutch: {
    m: 'Jan* Pieter Kees Wim Bram Joost Daan Sem Tim Stijn Luuk Bart Koen Ruben Thijs Jeroen Maarten Sander Niels Gijs Jasper Ruud Henk Gert-Jan Jan-Willem Hidde Teun Floris Geert',
    f: 'Sanne Fleur* Roos* Lotte Noor Emma Anouk Femke Ilse Marieke Eva Lisa Britt Esther Ingrid Annelies Mieke Wilma Petra Saskia Lieke Merel* Iris* Jet* Hanneke Sophie Tess Fenna Zoë',
    last: 'de_Jong Jansen de_Vries van_den_Berg van_Dijk Bakker* Janssen Visser* Smit* Meijer de_Boer Mulder* de_Groot Bos* Vos* Hendriks van_Leeuwen Dekker* Brouwer* de_Wit Dijkstra Smits de_Graaf van_der_Meer van_der_Linden Kok* Jacobs de_Haan Vermeulen van_den_Heuvel van_der_Veen van_den_Broek de_Bruijn van_der_Heijden Schouten van_Beek Willems van_Vliet Hoekstra Maas* Verhoeven Koster* Prins* Blom* Huisman* Kuipers Postma Boer* Wouters',
    nick: 'Bas* Koos Joop Sjors Toos Pim Jo Lies Ria Rob Fem Kim',
    order: 'w',
  },
  polish: {
    m: 'Piotr Krzysztof Andrzej Tomasz Paweł Marcin Michał Grzegorz Jakub Łukasz Mateusz Adam Marek Wojciech Rafał Jacek Dariusz Sławomir Zbigniew Kamil Szymon Bartosz Przemysław Witold Jerzy Kazimierz Bogdan Mirosław',
    f: 'Anna Katarzyna Małgorzata Agnieszka Barbara Ewa Joanna Magdalena Monika Aleksandra Natalia Zofia Zuzanna Julia Wiktoria Karolina Dorota Beata Grażyna Jadwiga Elżbieta Halina Bożena Iwona Marzena Renata Wiesława Jolanta Weronika Alicja',
    last: 'Nowak Kowalski/Kowalska Wiśniewski/Wiśniewska Wójcik Kowalczyk Kamiński/Kamińska Lewandowski/Lewandowska Zieliński/Zielińska Szymański/Szymańska Woźniak Dąbrowski/Dąbrowska Kozłowski/Kozłowska Jankowski/Jankowska Mazur* Kwiatkowski/Kwiatkowska Krawczyk Piotrowski/Piotrowska Grabowski/Grabowska Pawłowski/Pawłowska Michalski/Michalska Adamczyk Dudek* Zając* Wieczorek* Jabłoński/Jabłońska Król* Majewski/Majewska Olszewski/Olszewska Wróbel* Malinowski/Malinowska Pawlak Walczak Stępień Górski/Górska Sikora* Baran* Kubiak Kaczmarek Duda* Szewczyk Pietrzak Marciniak Zawadzki/Zawadzka Sokołowski/Sokołowska Lis* Czarnecki/Czarnecka Sobczak',
    nick: 'Kasia Gosia Basia Zosia Asia Ola Madzia Tomek Wojtek Bartek Kuba Maciek Jarek Krzysiek Grzesiek Przemek Franek Jędrek Ania Aga Iza Magda',
    order: 'w',
  },
  turkish: {
    m: 'Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim İsmail Osman Yusuf Murat Ömer Ramazan Halil Süleyman Abdullah Mahmut Emre Burak Serkan Volkan* Onur* Umut* Barış* Deniz* Can* Cem Kaan Doruk Kerem Arda Oğuz Tolga Ozan Mert* Berk Kaya* Aslan* Cenk Uğur* Özgür*',
    f: 'Fatma Ayşe Emine Hatice Zeynep Elif Meryem Şerife Zehra Sultan* Hanife Merve Büşra Esra Kübra Gül* Yıldız* Deniz* Ebru Derya* Pınar* Dilek* Sevgi* Aylin Seda Tuğba Gizem Ceren Damla* İpek* Nur* Ece Selin Melike Özlem',
    last: 'Yılmaz Kaya* Demir* Şahin* Çelik* Yıldız* Yıldırım* Öztürk Aydın* Özdemir Arslan* Doğan* Kılıç* Aslan* Çetin Kara* Koç* Kurt* Özkan Şimşek* Polat Özcan Korkmaz Çakır Erdoğan Yavuz Can* Acar Şen* Aktaş Güler Yalçın Güneş* Bozkurt Bulut* Keskin* Ünal Turan Gül* Özer Işık* Kaplan* Avcı* Sarı* Tekin Ateş* Karaca Bayram* Uçar Ekinci Tuna*',
    nick: 'Memo Ayşo Fatoş Zeyno Kemo Hüso Apo Dilo Sedo',
    order: 'w',
  },
  indo: {
    m: 'Budi* Agus Joko Bambang Eko Hendra Rudi Andi Dedi Wahyu* Rizky Fajar* Dimas Arief Hadi Yusuf Bayu* Teguh* Slamet* Sutrisno Hendro Bagus* Adi* Putra* Gilang* Ilham* Reza Irfan Taufik Cahyo Wawan Galih',
    f: 'Siti Sri* Dewi* Ayu* Putri* Indah* Rina Wati Lestari* Ratna* Fitri* Nurul Dian Intan* Mutiara* Bunga* Mega* Sari* Wulan* Anisa Nabila Rani Yuni Eka Kartika Citra* Melati* Kinanti Puspita Novi Ika Tari*',
    last: 'Santoso Wijaya Pratama Saputra Hidayat Kusuma* Setiawan Nugroho Gunawan Susanto Hartono Wibowo Siregar Nasution Lubis Harahap Simanjuntak Sitompul Purba Hutapea Tanjung* Sinaga Rahman Hakim Halim Tanoto Kurniawan Suryadi Hermawan Firmansyah Ramadhan Prasetyo Utomo* Purnomo Salim Effendi',
    nick: 'Ucok Butet Asep Ujang Nanang Iwan Ipeh Uci Ochi Yayuk Tutik Endang Dodi Memet Tono',
    order: 'w',
  },
  malay: {
    m: 'Ahmad Muhammad Mohd_Faizal Azlan Zulkifli Farid Hafiz Syafiq Hakim Amirul Firdaus Haziq Aiman Danial Irfan Khairul Shahrul Rizal Faiz Izzat Nazri Kamal Hisham Razak Ridhuan Syed_Ali',
    f: 'Nurul_Aisyah Siti_Aminah Aisyah Nadia Farah Nur_Izzati Aina Syafiqah Hidayah Nabilah Amirah Zulaikha Fatin Balqis Hanis Sofea Wan_Nor_Liyana Atiqah Maisarah Mawar* Melati* Kasih* Seri* Cahaya*',
    last: 'Ismail Rahman Osman Yusof Ibrahim Abdullah Hassan Hamid Ahmad Salleh Othman Rashid Aziz Razak Jamal Mahmud Kassim Zainal Idris Omar Ariffin Hashim Musa Bakar Mokhtar Sulaiman Latif',
    nick: 'Mat Din Ijat Epul Pija Jijah Nana Kiki Along* Angah Ucu Lan* Man*',
    order: 'w',
    patro: true,
  },
  sgchinese: {
    m: 'Wei_Ming Jun_Jie Kai_Xiang Zhi_Hao Jia_Hao Wei_Jie Boon_Hock Kok_Wah Chee_Keong Yong_Sheng Jian_Hua',
    f: 'Hui_Min Siew_Ling Jia_Hui Li_Ting Xin_Yi Mei_Ling Shu_Fen Pei_Shan Yu_Ting Wan_Ting Hui_Ling',
    last: 'Tan Lim Lee Ng Ong Wong Goh Chua Chan Koh Teo Ang Yeo Tay Ho Low* Toh Sim Chong Chia Seah Foo Heng Quek Yap Leong Loh Teh',
    nick: 'Jasmine* Marcus Darren Cheryl Eugene Shirley Vincent Alvin Jolene Melvin Bryan Cindy Felicia Desmond Gary Kelvin Serene* Shawn Wendy Joanne Jerome Elaine',
    order: 'e',
  },
  vietnam: {
    m: 'Văn_An* Văn_Hùng* Đức_Thắng Minh_Tuấn Quang_Huy Văn_Nam* Hoàng_Long* Thanh_Sơn* Minh_Hải* Tuấn_Anh* Xuân_Phúc* Công_Dũng* Đình_Khoa Văn_Toàn Quốc_Bảo',
    f: 'Thị_Lan* Thị_Hoa* Thị_Mai* Ngọc_Anh* Thu_Trang Thanh_Hương Thị_Hạnh Phương_Linh Thị_Thảo Kim_Ngân Hồng_Nhung Thùy_Dung Bảo_Châu Thanh_Tâm* Thị_Xuân* Minh_Thư',
    last: 'Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ* Ngô Dương Lý Đinh Trịnh Đoàn Lương Mai* Tô* Cao* Lâm* Tạ',
    nick: 'Bin Tí* Bống Tèo Su Mít* Tôm* Cún* Bi* Na* Bông*',
    order: 'v',
  },
  eastafrica: {
    m: 'Juma* Baraka* Otieno Odhiambo Ochieng Kamau Mwangi Kipchoge Kiprono Wanjala Hamisi* Salim Bakari Omari Abdallah Emmanuel Joseph Peter Daudi Yohana Amani* Tumaini* Jabali* Wafula Mutua Kimani Onyango Barasa',
    f: 'Neema* Upendo* Imani* Zawadi* Furaha* Rehema* Amina Halima Mwanaisha Zuhura Wanjiku Achieng Akinyi Nyambura Wairimu Njeri Atieno Mercy* Faith* Grace* Esther Mwajuma Subira* Bahati* Nuru* Tausi* Sikudhani* Pendo*',
    last: 'Otieno Mwangi Kamau Ochieng Wanjiru Njoroge Kariuki Omondi Kiprop Cheruiyot Mutua Wambui Odhiambo Juma* Hassan Mohamed Mollel Massawe Swai Mushi Kimaro Lyimo Shirima Mrema Mwakyusa Kilonzo Mbwambo Ndege* Mapunda Komba Temba Chacha Magesa',
    nick: 'Kevo Mose Shiro Kui Wambo Benja Njesh Mwas Sammy',
    order: 'w',
  },
  westafrica: {
    m: 'Adebayo Olatunde Oluwaseun Babajide Chukwuemeka Obinna Nnamdi Ikechukwu Emeka Chinedu Uche Tunde Segun Femi Kunle Musa Aminu Ibrahim Abubakar Sani Yusuf Kwame Kofi Kwabena Yaw Godwin Sunday* Monday* Innocent* Goodluck* Emmanuel Samuel Gbenga',
    f: 'Ngozi Chidinma Adaeze Ifeoma Nkechi Chiamaka Folasade Funmilayo Titilayo Temitope Omotola Yetunde Bukola Aisha Hauwa Zainab Fatima Amina Ama Akosua Efua Abena Blessing* Precious* Patience* Comfort* Gift* Favour* Mercy* Peace* Joy* Chioma Amarachi',
    last: 'Okafor Okonkwo Adeyemi Ogunleye Balogun Adebayo Olawale Eze Nwosu Obi Okeke Chukwu Ibekwe Nwachukwu Abubakar Bello Mohammed Danjuma Usman Suleiman Mensah Asante Boateng Owusu Osei Appiah Adewale Oyelaran Akinwale Babatunde Ojo Ogundipe Afolabi Olaniyan Nnadi Emenike Ugwu Onyeka',
    nick: 'Tunde Seun Jide Bayo Funmi Titi Tobi Sade Tope Tola Wale Ayo Ife Nonso Dami Nkem Ada Kemi Yemi Bimbo Deji Lanre Chichi',
    order: 'w',
  },
  southasia: {
    m: 'Rahul Amit Vikram Arjun Rohan Siddharth Aditya Karthik Suresh Ramesh Rajesh Sanjay Vijay* Deepak* Anand* Manoj Pradeep Naveen Arun* Venkatesh Srinivas Harish Gaurav Nikhil Abhishek Prakash* Sunil Imran Faisal Harpreet Gurpreet Raja* Prem* Sagar* Suraj* Mohan Ravi* Kiran* Sunny*',
    f: 'Priya Ananya Kavya Divya Neha Pooja* Sneha* Shreya Aishwarya Lakshmi* Meera Anjali Deepika Swati* Asha* Usha* Jyoti* Kiran* Gita* Radha Sunita Rekha* Nisha* Shalini Preeti* Aarti* Simran Harleen Ayesha Sana* Tanvi Ishita Roshni*',
    last: "Sharma Verma Gupta Singh Kumar Patel Shah* Mehta Joshi Iyer Nair Menon Pillai Reddy Rao Naidu Chatterjee Banerjee Mukherjee Das Bose Ghosh Sen Kapoor Malhotra Khanna Chopra Agarwal Jain Sinha Mishra Pandey Tiwari Yadav Chauhan Thakur Desai Kulkarni Deshpande Patil Gill Sandhu Dhillon Qureshi Siddiqui Khan Ansari Fernandes D'Souza Krishnan Subramaniam",
    nick: 'Bunty Pinky Sonu Monu Chintu Golu Bablu Raju Guddu Pappu Tinku Munna Sweety* Dolly Rinku Bittu Chiku Vicky Rocky* Appu Kittu Abhi Sid Adi Nikki Deepu',
    order: 'w',
  },
  philippines: {
    m: 'Juan Jose Mark_Anthony John_Paul Jerome Jericho Rodel Romeo Rogelio Ernesto Noel* Ariel Arnel Jayson Christian Angelo* Reynaldo Danilo Efren Joel Rommel Dindo Marlon Jhun Kristoffer Carlo',
    f: 'Maria_Clara Kristine Marites Rowena Analyn Jhoanna Maricel Rosalie Lovely* Princess* Angel* Joy* Grace* Cherry* Honey* Apple* Jasmine* Precious* Mary_Jane Liezl Rhea Aileen Lorna Divina Luzviminda Erlinda Marivic Shiela Jona Charmaine',
    last: 'Santos* Reyes Cruz* Bautista Ocampo Garcia Mendoza Torres Villanueva Ramos* Aquino Castillo* Rivera Gonzales Flores* Dela_Cruz Del_Rosario Fernandez Lopez Soriano Manalo Pascual Dizon Mercado Navarro Salvador* Tolentino Santiago Aguilar Sison Gatdula Macaraeg Lacson Panganiban Mangubat Dimaculangan Magbanua Cabrera',
    nick: 'Bong Bing Jun-Jun Dodong Inday Ging Jojo Tintin Pinky Nonoy Bebang Buboy Tonyo Lyn Mimi Dong Kaye Tet Weng',
    order: 'w',
  },
  arab: {
    m: 'Mohammed Ahmed Ali Omar Khalid Abdullah Youssef Hassan Hussein Ibrahim Tariq Samir Karim* Jamil* Said* Nasser Faisal Majid Walid Rami Ziad Bilal Hamza Mustafa Salim Fahad Sultan* Badr* Amir* Hadi* Anas Marwan',
    f: 'Fatima Aisha Mariam Layla Noor* Huda Rania Yasmin Reem Hana Dina Lina Rana Salma Amal* Farah* Sabah* Rahma Nadia Hala Ghada Samira Lubna Abeer Manal Nour* Zainab Asma Maha Shaimaa',
    last: 'Al-Harbi Al-Zahrani Al-Otaibi Al-Qahtani Al-Ghamdi Al-Shehri Al-Mutairi Haddad* Mansour Khoury Nasser Saleh Hamdan Darwish* Aziz Abdallah Khalil Saad Barakat El-Sayed El_Amrani Benali Bouzid Chaouki Mahmoud Suleiman Qasim Jaber Hijazi Tamimi Masri* Shami* Bakri Yassin',
    nick: 'Mimo Hamoudi Dodo Lolo Sousou Fofo Zizo Bebo Mido Hamada Shosho Lulu',
    order: 'w',
  },
  eastasia: {
    m: 'Hiroshi Takeshi Kenji Daisuke Haruto Yuto Minjun Seojun Jihoon Hyunwoo Dong-hyun Sung-min',
    f: 'Yuki Sakura* Aiko Haruka Mei Yui Misaki Jiwoo Seoyeon Ji-eun Min-ji Eun-ji Hana* Yuna',
    last: 'Tanaka Suzuki Sato Takahashi Watanabe Yamamoto Nakamura Kobayashi Kim Lee Park* Choi Jung Kang Cho Yoon Jang Han Oh',
    nick: '',
    order: 'w',
  },
};

type Entry = { s: string; w: boolean };
const parse = (list: string): Entry[] =>
  list
    .split(' ')
    .filter(Boolean)
    .map((x) => ({ s: x.replace(/\*$/, '').replaceAll('_', ' '), w: x.endsWith('*') }));
const cache = new Map<string, Entry[]>();
const entries = (region: string, key: 'm' | 'f' | 'last' | 'nick') => {
  const k = `${region}.${key}`;
  if (!cache.has(k)) cache.set(k, parse(REGIONS[region][key]));
  return cache.get(k) ?? [];
};

export type Person = {
  region: string;
  female: boolean;
  given: Entry;
  last: Entry;
  nick?: Entry;
};
export function person(r: Rand, region: string): Person {
  const female = r() < 0.5;
  const last = choose(r, entries(region, 'last'));
  const [m, f] = last.s.split('/');
  const nicks = entries(region, 'nick');
  return {
    region,
    female,
    given: choose(r, entries(region, female ? 'f' : 'm')),
    last: { s: (female ? f : m) ?? m, w: last.w },
    nick: nicks.length ? choose(r, nicks) : undefined,
  };
}

export const FORMS = ['first', 'full', 'initial', 'firstinit', 'nick', 'hon'] as const;
export type Form = (typeof FORMS)[number];
const order = (p: Person) => REGIONS[p.region].order;
/** The name a person is called by: given name, or the last syllable of a Vietnamese one. */
export const callName = (p: Person): Entry =>
  order(p) === 'v' ? { s: p.given.s.split(' ').at(-1) ?? p.given.s, w: p.given.w } : p.given;

/** Renders one form; returns the form actually used (a form that does not exist for a name falls back). */
export function render(r: Rand, p: Person, form: Form, hon: string): { v: string; form: string; w: boolean } {
  const o = order(p);
  const g = p.given;
  const l = p.last;
  if (form === 'nick' && p.nick) return { v: p.nick.s, form, w: p.nick.w };
  if (form === 'first' || form === 'nick') return { ...callName(p), v: callName(p).s, form: 'first' };
  if (form === 'hon') {
    const part = hon.includes('%L') && p.region !== 'malay' ? l : callName(p);
    return { v: part.s, form: hon.includes('%L') ? 'hon+surname' : 'hon+given', w: part.w };
  }
  if (form === 'initial' && o === 'w') {
    const ini = g.s
      .split(/[ -]/)
      .map((x) => `${x[0]}.`)
      .join('');
    return { v: `${ini} ${l.s}`, form, w: l.w };
  }
  if (form === 'firstinit' && o === 'w') {
    const cap = l.s.match(/\p{Lu}/u)?.[0] ?? l.s[0];
    return { v: `${g.s} ${cap}.`, form, w: g.w };
  }
  if (form === 'firstinit') return { v: callName(p).s, form: 'first', w: callName(p).w };
  const w = g.w || l.w;
  if (o === 'e' && p.nick && r() < 0.4) return { v: `${p.nick.s} ${l.s}`, form: 'full', w: p.nick.w || l.w };
  if (o !== 'w') return { v: `${l.s} ${g.s}`, form: 'full', w };
  if (REGIONS[p.region].patro && r() < 0.5)
    return { v: `${g.s} ${p.female ? 'binti' : 'bin'} ${l.s}`, form: 'full', w };
  return { v: `${g.s} ${l.s}`, form: 'full', w };
}
