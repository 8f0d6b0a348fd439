/**
 * Hold-out 21 name pools, written blind from general knowledge (no lexicon or other corpus read). Space-separated;
 * "_" stands for a space inside one name; a trailing "*" marks a name that is ALSO an everyday word in some language
 * (Joy, Blessing, Can, Deniz, Luz, Hoa, Bunga...): the "wordlike" slice. `full` holds whole names that do not follow
 * the given + family pattern (Malay bin/binti, Vietnamese with a middle name, double Spanish surnames).
 */
export interface Pool {
  macro: string;
  given: string;
  family: string;
  nick: string;
  /** Probability that a full name is written family name first (Vietnamese, Chinese, Korean, Japanese). */
  familyFirst?: number;
  /** Middle names put between family and given name when written family first (Vietnamese Văn, Thị...). */
  middle?: string;
  full?: string;
}

export const POOLS: Record<string, Pool> = {
  anglo: {
    macro: 'europe-anglo',
    given:
      'James Emily Olivia Liam Noah Charlotte Ethan Hannah Megan Connor Siobhan Callum Aoife Declan Harriet Rhys Bethany Tyler Madison Brandon Kayleigh Jordan Hope* Joy* Grace* Faith* Summer* Dawn* Ivy* Ruby* Amber* Rose* Daisy* Will* Mark* Sunny* Chase* Hunter* Autumn* Crystal* Destiny* Holly* Robin* Jack* Drew* Frank* Bill* Pearl*',
    family:
      "Johnson Williams Thompson Harrison O'Connor McAllister Fitzgerald Whitaker Walsh Hughes Parker Robinson Davies Evans Sullivan Murphy Smith* Baker* Brown* White* King* Young* Carter* Turner* Fletcher* Bishop* Cook* Wood* Hill* Rich*",
    nick: 'Jim Liz Kate Becca Danny Mikey Tommy Ollie Bex Maddy Jonny Alfie Benny Gaz Shaz Pip* Bunny* Buddy* Sparky*',
  },
  hispanic: {
    macro: 'americas',
    given:
      'José María Juan Carlos Alejandra Valentina Camila Santiago Mateo Sebastián Daniela Fernanda Gabriela Diego Andrés Luis Jorge Ximena Guadalupe Itzel Yareli Brayan Maite Álvaro Lucía Iñaki Nerea Jordi Montse Ainhoa Luz* Paz* Amor* Dolores* Rosa* Esperanza* Milagros* Soledad* Consuelo* Pilar* Rocío* Mercedes* Socorro* Alegría* Cielo* Reina* Estrella* Azul* Ángel* Jesús* Primavera* Salvador*',
    family:
      'García Hernández López Martínez González Rodríguez Pérez Sánchez Ramírez Torres Rivera Gómez Díaz Morales Vargas Fernández Jiménez Ruiz Navarro Ortega Quispe Mamani Huamán Flores* Castillo* Luna* Vega* Campos* Delgado* Rubio* Blanco* Moreno* Bravo* Rico* Iglesias* Cruz* Paredes* Cabello* Toro*',
    nick: 'Pepe Paco Lupita Juanito Chuy Memo Lalo Nacho Toño Quique Chelo Pili Mari Fer Gaby Dani Chema Chiqui Chico* Nena* Flaca* Gordo*',
    full: 'María José Hernández López|Juan Pablo Ortega Ruiz|Ana Sofía Quispe Mamani|José Luis de la Cruz|María del Carmen Navarro|Luis Fernando Vargas Llosa',
  },
  brazil: {
    macro: 'americas',
    given:
      'João Pedro Thiago Lucas Gabriel Rafaela Larissa Letícia Beatriz Matheus Vinícius Luana Gustavo Felipe Juliana Fernanda Tainá Raimundo Francisca Wellington Jéssica Kauã Graça* Glória* Vitória* Aurora* Celeste* Conceição* Socorro* Fé* Bruno* Jade* Pérola*',
    family:
      'Silva Souza Rodrigues Almeida Ferreira Carvalho Gomes Ribeiro Barbosa Nascimento Araújo Cavalcanti Albuquerque Monteiro Teixeira Santos* Oliveira* Pereira* Costa* Lima* Rocha* Pinto* Macedo Coelho* Leão* Campos* Moura*',
    nick: 'Zé Dudu Juju Nanda Gabi Rafa Lulu Tati Malu Bia Nando Guto Tião Xande Carol Duda* Cuca* Nego* Fofa*',
    full: 'Ana Clara dos Santos|Maria Eduarda da Silva|João Vitor de Oliveira|Pedro Henrique Souza Lima|Luiz Carlos dos Anjos',
  },
  france: {
    macro: 'europe-anglo',
    given:
      'Camille Léa Chloé Hugo Théo Mathieu Aurélien Sébastien Margaux Clémence Anaïs Benoît Gaëlle Nathalie Yannick Mathilde Jean-Baptiste Marie-Claire Rose* Aimée* Constance* Violette* Prudence* Désiré* Olive* Capucine* Océane* Félicité*',
    family:
      'Martin Bernard Dubois Lefèvre Moreau Laurent Girard Roux Fournier Mercier Gauthier Chevalier Rousseau Petit* Boulanger* Leroy* Lebrun* Blanc* Marchand* Meunier* Lenoir*',
    nick: 'Mimi Loulou Titi Béa Juju Flo Manu Seb Nico Clem Max* Lolo Doudou* Chouchou*',
  },
  germany: {
    macro: 'europe-anglo',
    given:
      'Lukas Jonas Leonie Anneliese Jürgen Uwe Katrin Sabine Maximilian Jannik Sören Ole Frieda Björn Heike Dirk Lena Felix Charlotte Annika Ernst* Frank* Hanne* Wolfgang Klaus Gisela',
    family:
      'Müller Schmidt Wagner Hoffmann Schröder Krüger Neumann Zimmermann Hartmann Schulz Kowalczyk Braun* Schneider* Fischer* Weber* Becker* Koch* Vogel* Wolf* Fuchs* Meyer Lange* Klein* Schwarz* Jung*',
    nick: 'Basti Steffi Uli Flo Mäx Kathi Hansi Jojo Matze Lenchen Schatzi* Bärchen*',
  },
  italy: {
    macro: 'europe-anglo',
    given:
      'Giulia Francesco Alessandro Chiara Giuseppe Matteo Federica Lorenzo Beatrice Gianluca Sofia Ludovica Salvatore Gennaro Martina Vincenzo Serena* Felice* Stella* Gioia* Primo* Fortunato* Bruno* Rosa* Fiore* Benvenuto* Celeste*',
    family:
      'Rossi Russo Esposito Bianchi Romano Gallo Costa Mancini Lombardi Moretti Barbieri De_Luca Ferrari* Colombo* Ricci* Marino* Greco* Leone* Fontana* Conti* Caruso Bruno* Gatti* Galli* Testa* Sole*',
    nick: 'Gigi Pippo Beppe Checco Fede Ale Giuli Vale Titti Totò Peppino Nino Bimba* Tesoro* Ciccio*',
  },
  poland: {
    macro: 'europe-anglo',
    given:
      'Małgorzata Agnieszka Katarzyna Krzysztof Wojciech Grzegorz Łukasz Paweł Zofia Bartosz Przemysław Jadwiga Szymon Joanna Dorota Mirosław Urszula Zbigniew Jakub Aleksandra Róża* Wiesław Bożena Dobromir',
    family:
      'Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Krawczyk Kaczmarek Pawlak Mazur* Wróbel* Sikora* Kowal* Baran* Kot* Zając* Górski Jabłońska Kwiatkowska',
    nick: 'Kasia Gosia Kuba Bartek Tomek Ola Zosia Magda Krzyś Ania Franek Jacek Misia* Asia* Basia',
  },
  west_africa: {
    macro: 'africa',
    given:
      'Oluwaseun Adebayo Folasade Temitope Oluwadamilare Babatunde Yetunde Olamide Ayodele Adewale Chinedu Chiamaka Obinna Ifeoma Chukwuemeka Nkechi Uchenna Chidinma Emeka Amina Ibrahim Abubakar Halima Zainab Aisha Musa Kwame Akosua Kofi Yaw Efua Adaeze Ngozi* Blessing* Precious* Favour* Goodluck* Godspower* Patience* Comfort* Mercy* Gift* Peace* Miracle* Innocent* Ayo* Bola* Sunday* Monday* Lucky* Wisdom* Marvellous*',
    family:
      'Adeyemi Okafor Okonkwo Nwosu Eze Obi Balogun Oyelaran Adekunle Ogunleye Okeke Chukwu Bello Danjuma Usman Mensah Asante Boateng Owusu Nwachukwu Akinola Oladipo Ibekwe Adeleke Olawale Igwe Abdullahi Yusuf Anyanwu Onuoha Fashola',
    nick: 'Tunde Kemi Bimbo Dayo Seun Tope Funmi Chichi Ify Nedu Lanre Dami Yemi Bukky Ebuka Ada Kachi Sola* Toyin',
  },
  east_africa: {
    macro: 'africa',
    given:
      'Wanjiru Njeri Kamau Mwangi Wairimu Njoroge Wambui Nyambura Otieno Achieng Odhiambo Akinyi Ochieng Awino Kiprono Chebet Jepkosgei Wekesa Nafula Abebe Tigist Meron Dawit Mekdes Yohannes Alemayehu Hodan Abdirahman Nakato Mukasa Baraka* Imani* Zawadi* Neema* Amani* Furaha* Tumaini* Rehema* Selam* Upendo* Bahati* Subira* Faraja* Pendo*',
    family:
      'Kamau Mwangi Njoroge Otieno Odhiambo Ochieng Kiprotich Cheruiyot Wafula Barasa Mutua Kariuki Wanjala Onyango Omondi Kimani Gitau Haile Tesfaye Bekele Girma Kebede Mulugeta Nakamya Ssempijja Mwakyusa Massawe Kipchumba',
    nick: 'Shiro Wanji Nyams Odish Kevo Brayo Shiku Ciku Mumbi Njesh Tesh Abi Sharo Kui Wambo Chep Shiru',
  },
  south_africa: {
    macro: 'africa',
    given:
      'Sipho Thandiwe Themba Nomvula Lindiwe Bongani Mandla Sibusiso Nokuthula Thabo Lerato Palesa Kagiso Tshepo Zanele Ayanda Lwazi Siyabonga Nkosinathi Zodwa Tendai Farai Tatenda Rudo Goodness* Happiness* Beauty* Memory* Given* Prudence* Gift* Precious* Lucky* Innocent* Pretty*',
    family:
      'Dlamini Nkosi Ndlovu Khumalo Mthembu Mahlangu Sithole Mokoena Molefe Nkomo Moyo Ncube Mabaso Buthelezi Cele Ngcobo Mabena Chikwanha Zulu Radebe Masilela Shabalala',
    nick: 'Thandi Lindi Bongs Sbu Zee Thabz Tshepi Nox Lebo Naledi Kgomotso Mpho Zinhle',
  },
  arab: {
    macro: 'mena',
    given:
      'Mohammed Ahmed Omar Khalid Youssef Layla Fatima Mariam Hassan Hussein Rania Salma Samir Tariq Walid Rami Dina Zaid Abdullah Mustafa Nadia Leila Reem Huda Ghassan Bilal Yasmin Nour* Amal* Karim* Jamil* Hayat* Iman* Farah* Sabah* Rahma* Hala* Salam* Zahra* Nasr* Basma* Ward* Fajr*',
    family:
      'Al-Mansouri Haddad Khoury Nasser Saleh Aziz Abdel-Rahman El-Sayed Benali Bouzid Mahmoud Farouk Hamdan Al-Amin Tahir Qasim Darwish Awad Al-Hashimi Bennani Chraibi Mansour Barakat* Najjar* Sabbagh*',
    nick: 'Mimo Hamoudi Lulu Dodo Mido Zizo Souso Nono Roro Toto Abu_Omar Umm_Khalid Hamada Fofo',
  },
  turkey: {
    macro: 'mena',
    given:
      'Mehmet Mustafa Ahmet Ayşe Fatma Zeynep Elif Emre Burak Murat Hakan Selin Gizem Cem Oğuz Çağrı Gülşen Hülya Serkan Büşra Kübra Tuğba İsmail İbrahim Özge Ebru Volkan Tolga Can* Deniz* Umut* Barış* Bahar* Yağmur* Güneş* Sevgi* Derya* Çiçek* Ozan* Aslan* Doğan* Pınar* Bulut* Irmak* Toprak* Damla* Ceylan*',
    family:
      'Yılmaz Öztürk Özdemir Polat Erdoğan Aksoy Çetin Özkan Karaca Güler Tekin Kaya* Demir* Şahin* Çelik* Yıldız* Yıldırım* Aydın* Arslan* Kılıç* Kara* Koç* Kurt* Şimşek* Toprak* Bulut* Keskin*',
    nick: 'Memo Ayşo Fatoş Zeyno Emo Buri Hako Cemo Gülo Tolgi Mami Ebo Bebek* Canım*',
  },
  india: {
    macro: 'asia-south',
    given:
      'Priya Rahul Ananya Arjun Vikram Sneha Aditya Kavya Rohan Neha Siddharth Meera Karthik Lakshmi Venkatesh Harpreet Gurpreet Manpreet Simran Dilini Chaminda Abhishek Shreya Ishaan Divya Ravindra Pooja* Asha* Sapna* Kiran* Anand* Prem* Raja* Suraj* Deepak* Sunny* Chanda* Roshni* Jyoti* Shanti* Pyaar*',
    family:
      'Sharma Verma Gupta Iyer Nair Reddy Patel Shah Mehta Joshi Banerjee Chatterjee Mukherjee Singh Kaur Desai Kulkarni Pillai Menon Perera Fernando Agarwal Bose Das Rao Kapoor',
    nick: 'Bittu Chintu Golu Sonu Monu Pappu Guddu Munni Raju Babloo Rinku Tinku Nikki Pinky* Dolly* Bunty* Chotu* Baby*',
  },
  pakistan_bd: {
    macro: 'asia-south',
    given:
      'Ayesha Fatima Bilal Hamza Zainab Usman Saad Farhan Sana Hira Mahnoor Rizwan Tanvir Nusrat Sabbir Imran Asif Shoaib Faisal Mehwish Kashif Rabia Anum Junaid Tahmina Arif Noor* Iman* Sahar* Sitara* Sadaf* Raheem* Aman* Khushi* Mehr* Gul*',
    family:
      'Khan Qureshi Malik Chaudhry Siddiqui Hussain Rahman Chowdhury Butt* Sheikh* Mirza Baig Abbasi Ansari Rizvi Hossain Islam* Awan Bhatti Javed Akhtar',
    nick: 'Billu Hammy Sunny* Mani Pinky* Guddi Chanda* Bobby Shani Ammi* Abbu* Baji*',
  },
  nusantara: {
    macro: 'asia-se',
    given:
      'Budi Siti Agus Rina Wahyu Rizky Fitri Dimas Eko Sri Cahya Nur Ahmad Farid Nurul Aisyah Syafiq Haziq Aiman Hafiz Amirah Aqilah Ketut Made Gede Yogi Dewi* Putri* Ayu* Bayu* Intan* Bintang* Wulan* Indah* Bunga* Mawar* Embun* Mutiara* Lestari* Cinta* Suci* Harum* Permata*',
    family:
      'Santoso Wijaya Hidayat Saputra Kusuma Pratama Setiawan Nugroho Siregar Simanjuntak Hutapea Lubis Halim Tanoto Gunawan Susanto Harahap Nasution Sembiring Pangaribuan',
    nick: 'Yanti Tini Anto Iwan Dodi Uchi Ucok Mimi Kiki Adek* Nonik Ijah Udin Cici* Koko* Abang*',
    full: 'Ahmad bin Ismail|Nurul Aina binti Hassan|Muhammad Haziq bin Zulkifli|Siti Aishah binti Abdullah|Mohd Faizal bin Osman|Nor Azizah binti Yusof|Wan Ahmad Firdaus|Tengku Nur Aliya',
  },
  philippines: {
    macro: 'asia-se',
    given:
      'Maricel Rowena Jerome Rodel Marites Jomar Rhea Analyn Jhoanna Rommel Arnel Jennylyn Mylene Ronaldo Glaiza Ricardo Teresita Ligaya* Princess* Angel* Joy* Honey* Cherry* Lovely* Sweet* Heaven* Marisol Bituin* Tala* Mayumi Dalisay* Amor* Perla*',
    family:
      'Reyes Bautista Garcia Mendoza Villanueva Aquino Manalo Magbanua Pangilinan Macaraeg Dimaculangan Soriano Evangelista Tolentino Salazar Ocampo Santos* Ramos* Castillo* Cruz* Rosales* Dela_Cruz Delos_Reyes',
    nick: 'Bong Jun-Jun Tonton Dodong Jojo Bebeng Ging Lenlen Tintin Mymy Nonoy* Inday* Nene* Totoy* Bunso* Pido',
  },
  vietnam: {
    macro: 'asia-se',
    familyFirst: 1,
    middle: 'Văn Thị Minh Ngọc Đức Thanh Hoàng Quốc Thu Bảo',
    given:
      'Hùng Tuấn Linh Trang Quân Huy Khánh Vy Nhung Thủy Phương Duy Thắng Hiếu Trinh Giang Minh* Hoa* Lan* Mai* An* Phúc* Xuân* Thu* Hải* Ngọc* Dũng* Hương* Thảo* Đức* Bảo* Long* Nam* Hạnh* Tâm* Sơn* Hòa* Vân* Cúc*',
    family: 'Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Trịnh Đinh Lâm',
    nick: 'Bin Tí Tèo Bống Su Na Bé_Na Mít* Bơ* Cún* Bông* Cốm* Sóc* Bi*',
  },
  east_asia: {
    macro: 'asia-east',
    familyFirst: 0.5,
    given:
      'Wei Jing Xiaoming Yuki Haruto Min-jun Seo-yeon Ji-woo Hyun-woo Jae-won Kenji Aiko Daiki Mei Xin Hao Yan Ling Takeshi Haruka Jia_Hui Wei_Ling Kai_Xuan Zhi_Hao Sakura* Hana* Sora* Ren* Jun* Yuna Akira Haneul* Bora* Mirae* Nari*',
    family:
      'Wang Zhang Liu Chen Huang Zhao Kim Park Choi Jung Tanaka Sato Suzuki Takahashi Yamamoto Watanabe Lim Tan Ng Goh Ong Koh Teo Chua Low* Lee Li Song* Ma',
    nick: 'Xiaoxiao Lulu Momo Ah_Hock Ah_Lian Ah_Boy Ken Yuyu Jiji Minnie Mochi* Bao* Dumpling*',
  },
};

export interface Name {
  value: string;
  region: string;
  macro: string;
  form: 'given' | 'full' | 'family' | 'nick';
  wordlike: boolean;
}

const split = (s: string) =>
  s
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => ({ v: w.replace(/\*$/, '').replaceAll('_', ' '), word: w.endsWith('*') }));

const CACHE = new Map<string, ReturnType<typeof split>>();
const list = (region: string, part: 'given' | 'family' | 'nick' | 'middle') => {
  const key = `${region}/${part}`;
  let l = CACHE.get(key);
  if (!l) {
    l = split(POOLS[region][part] ?? '');
    CACHE.set(key, l);
  }
  return l;
};

/** One name of `region` in `form`; a full name is wordlike when any of its parts is. */
export function makeName(r: () => number, region: string, form: Name['form']): Name {
  const pool = POOLS[region];
  // A wordlike pick is redrawn once half the time, so that about a quarter of the names are wordlike.
  const one = (part: 'given' | 'family' | 'nick' | 'middle') => {
    const l = list(region, part);
    const x = l[Math.floor(r() * l.length)];
    return x.word && r() < 0.5 ? l[Math.floor(r() * l.length)] : x;
  };
  const base = { region, macro: pool.macro, form };
  if (form !== 'full') {
    const x = one(form);
    return { ...base, value: x.v, wordlike: x.word };
  }
  if (pool.full && r() < 0.3) {
    const all = pool.full.split('|');
    return { ...base, value: all[Math.floor(r() * all.length)], wordlike: false };
  }
  const g = one('given');
  const f = one('family');
  if (r() < (pool.familyFirst ?? 0)) {
    const m = pool.middle && r() < 0.8 ? one('middle') : undefined;
    return { ...base, value: [f.v, m?.v, g.v].filter(Boolean).join(' '), wordlike: g.word || f.word || !!m?.word };
  }
  return { ...base, value: `${g.v} ${f.v}`, wordlike: g.word || f.word };
}
