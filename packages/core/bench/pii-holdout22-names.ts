/**
 * Hold-out 22 name pools, written from the author's own knowledge (no lexicon was read). One entry per origin
 * region: given names, family names, nicknames/diminutives. A trailing `*` marks a name that is also an everyday
 * word in some language ("wordlike": Hope, Deniz = sea, Budi, Bintang = star, Nam = water/south ...); `_` joins a
 * multi-word name ("Juan_Carlos", "van_der_Merwe").
 */
export type Rand = () => number;

/** sfc32, seeded through a splitmix-style mixer. */
export function sfc32(seed: number): Rand {
  let a = 0x9e3779b9 ^ seed;
  let b = 0x243f6a88 + seed * 7;
  let c = 0xb7e15162 ^ (seed << 5);
  let d = 1;
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

type Pool = { given: string; family: string; nick: string };
const RAW: Record<string, Pool> = {
  anglo: {
    given:
      'Jessica Ashley Tyler Brandon Megan Kayla Jordan Madison Hannah Emily Jake Ryan Chloe Olivia Liam Ethan Harry Charlotte Sophie Gemma Kieran Callum Niamh Siobhan Rhys Hope* Grace* Faith* Joy* Rose* Dawn* Mark* Will* Bill* Frank* Amber* Summer* Hunter* Chase* Ruby* Jade*',
    family:
      'Johnson Miller Davis Thompson Walker Harris Clarke Ward Baker* Cook* Fisher* Smith* Young* White* Brown* Wood* Hill* Bell*',
    nick: 'Jess Ash Tay Meg Becca Mikey Danny Lizzie Kat Bex Jonno Gaz Robbo Sully Maddie Bobby Jimmy Chrissy',
  },
  nigeria: {
    given:
      'Chinedu Ngozi Oluwaseun Tunde Funmilayo Adebayo Chiamaka Emeka Obinna Yetunde Babatunde Kelechi Nkechi Uche Ifeoma Aisha Abubakar Zainab Musa Hauwa Temitope Damilola Blessing* Precious* Goodluck* Godswill* Favour* Gift* Peace* Sunday* Monday*',
    family: 'Okafor Adeyemi Okonkwo Balogun Eze Nwosu Olaniyan Chukwu Ogunleye Bello Ibrahim Onyekachi Okoro Adewale',
    nick: 'Seun Tope Dami Funmi Bayo Ada Kele Nedu Ify Yemi Dayo Sola Chichi Bisi',
  },
  ghana: {
    given:
      'Kwame Kofi Ama Akosua Yaw Kwabena Abena Efua Kojo Adwoa Nana Esi Kwaku Afia Yaa Kwesi Akua Ekow Comfort* Mercy* Bright* Prince* Patience* Emmanuel Selasi Dzifa',
    family: 'Mensah Owusu Boateng Asante Appiah Osei Agyeman Acheampong Darko Quaye Amoah Ofori Sarpong Tetteh',
    nick: 'Kobby Kwabz Efya Fifi Abby Nhyira Paa_Kwesi Maame_Esi Kay',
  },
  southafrica: {
    given:
      'Thabo Sipho Lerato Nomvula Thandiwe Mpho Bongani Zanele Lindiwe Themba Nandi Palesa Karabo Kagiso Lwazi Ayanda Zodwa Busisiwe Jabulani Sibusiso Pieter Johan Annelie Riaan Gift* Precious* Lucky* Innocent* Given*',
    family:
      'Dlamini Nkosi Ndlovu Khumalo Mokoena Mahlangu Zulu Botha van_der_Merwe Pretorius Naidoo Mthembu Molefe Sithole',
    nick: 'Thabz Sbu Bongi Thandi Nomi Kags Lulu Zee Mpumi Lindi',
  },
  india: {
    given:
      'Priya Rahul Amit Neha Ankit Rohan Anjali Vikram Sneha Arjun Divya Karan Ritu Sanjay Meera Aditya Shreya Lakshmi Venkatesh Karthik Srinivas Anitha Praveen Suresh Kavya Harini Pooja* Kiran* Deepak* Suraj* Asha* Jyoti* Prem* Anand* Sagar* Akash* Raja* Sona*',
    family:
      'Sharma Verma Gupta Singh Patel Iyer Nair Reddy Menon Agarwal Mehta Chatterjee Banerjee Joshi Kulkarni Rao Pillai Desai',
    nick: 'Pinky Bunty Chintu Guddu Golu Sonu Monu Babloo Rinku Pappu Dolly Tinku Chiku Bittu',
  },
  pakistan: {
    given:
      'Ayesha Fatima Hamza Bilal Usman Zara Sana Hira Ahmed Ali Imran Faisal Saima Nadia Umar Mahnoor Areeba Iqra Kashif Waqar Asad Rabia Danish* Noor* Khushi* Sitara* Saba* Shabnam*',
    family: 'Khan Qureshi Siddiqui Malik Chaudhry Butt* Sheikh Rana Mirza Abbasi Javed Akhtar Hussain Raza',
    nick: 'Bilu Hamzu Sanu Zaru Ayshu Shani Mani Jaani Nomi Bobby Guddi Taani',
  },
  philippines: {
    given:
      'Maricel Jerome Rowena Mark_Anthony Rhea Jericho Kristine Angelica Jomar Joanna Rodel Marites Lorna Liwayway Grace* Joy* Ligaya* Tala* Dalisay* Bituin* Princess* Honey* Cherry* Lovely*',
    family:
      'dela_Cruz Santos Reyes Bautista Garcia Mendoza Villanueva Aquino Ramos Castillo Manalo Pascual Dimaculangan Macaraeg Tolentino',
    nick: 'Jun-Jun Bong Toto Nonoy Inday Bebeng Tintin Jojo Lyn-Lyn Dodong Jhen Ching Pia Bing',
  },
  mexico: {
    given:
      'Guadalupe Alejandro Ximena Juan_Carlos Fernanda Diego Valeria José Sofía Luis Mariana Jesús Itzel Emiliano Xóchitl Cuauhtémoc Luz* Rosa* Paz* Dolores* Soledad* Amparo* Consuelo* Socorro* Ángel* Esperanza* Pilar*',
    family: 'Hernández García Martínez López González Ramírez Flores* Torres* Rivera Gómez Díaz Cruz* Morales Castillo',
    nick: 'Lupita Pepe Chuy Paco Memo Lalo Nacho Chelo Chava Toño Lucha Concha* Beto Güero*',
  },
  argentina: {
    given:
      'Facundo Agustina Santiago Camila Matías Florencia Lucía Nicolás Gonzalo Valentina Tomás Martina Joaquín Rocío Julieta Milagros* Belén* Victoria* Abril* Celeste*',
    family:
      'Fernández Rodríguez Pérez Sosa Romero Álvarez Benítez Acosta Medina Herrera Giménez Ferrari Rossi Gutiérrez',
    nick: 'Facu Agus Santi Cami Flor* Nico Gonza Mili Valen Tomi Juli Maxi Fede Pato*',
  },
  brazil: {
    given:
      'João Ana_Clara Gabriel Larissa Thiago Juliana Lucas Beatriz Rafael Fernanda Matheus Bruno Letícia Vinícius Thaís Gustavo Luana Cauã Wellington Jefferson Cleide Vitória* Graça* Aurora* Glória* Bela*',
    family:
      'Silva Santos Oliveira Souza Pereira Costa Carvalho Almeida Ferreira Rodrigues Lima* Ribeiro Barbosa Nascimento Rocha*',
    nick: 'Ju Gabi Rafa Bia Dudu Duda Lulu Zé Tiaguinho Nandinha Carol Lari Malu Vini Guga',
  },
  france: {
    given:
      'Camille Léa Hugo Chloé Mathieu Manon Théo Inès Julien Clément Océane Maxime Élodie Aurélien Margaux Baptiste Anaïs Quentin Sylvain Gaëlle Pierre* Olive* Blanche* Marguerite* Constance* Prudence* Aimé*',
    family:
      'Martin Bernard Dubois Durand Lefèvre Moreau Laurent Girard Rousseau Leroy Roux Faure Fontaine* Blanc* Petit*',
    nick: 'Steph Mimi Flo Juju Manu Chacha Titi Béa Caro Seb Vivi Loulou Mathou Clem',
  },
  westafrica: {
    given:
      'Moussa Aminata Mamadou Fatou Ousmane Awa Ibrahima Mariama Cheikh Khady Abdoulaye Aïssatou Boubacar Kadiatou Souleymane Rokhaya Yacouba Adama Koffi Akissi Kouadio Aya Modeste* Fidèle* Innocent* Espérance* Félicité*',
    family: 'Diallo Traoré Coulibaly Ndiaye Diop Sow Bâ Camara Keïta Koné Ouattara Touré Sylla Fall* Kouassi Yao',
    nick: 'Mams Bouba Zizou Djibi Khadi Papis Ablo Doudou Fatim',
  },
  germany: {
    given:
      'Lukas Leonie Jonas Annika Florian Katharina Maximilian Lena Tobias Johanna Niklas Felix Jana Sebastian Jürgen Sabine Ute Dieter Mareike Friedrich Frank* Ernst* Heide*',
    family:
      'Müller Schmidt Schneider Meyer Schulz Hoffmann Schröder Neumann Zimmermann Fischer* Weber* Wagner* Becker* Koch* Bauer* Richter* Klein* Wolf*',
    nick: 'Basti Flo Steffi Kathi Toni Lenchen Jojo Susi Uli Hansi Nici Chrissi Andi Maxi',
  },
  netherlands: {
    given:
      'Daan Sanne Bram Lotte Sem Femke Thijs Anouk Jeroen Marloes Ruben Sterre Joost Mees Maartje Wouter Kees Ilse Stijn Eline Tygo Fleur* Roos* Floor* Noor*',
    family:
      'de_Jong Jansen de_Vries van_den_Berg Smit Meijer de_Boer Peters Hendriks van_Dijk Bakker* Visser* Mulder* Vos* Dekker*',
    nick: 'Loes Pim Bas Jet Moos Kiki Tijn Bo Fem Job*',
  },
  turkey: {
    given:
      'Ayşe Mehmet Zeynep Emre Elif Burak Merve Mustafa Büşra Oğuz Cansu Hakan Gülşen Yusuf Esra Serkan Özge Kerem Deniz* Umut* Barış* Güneş* Yıldız* Can* Sevgi* Özlem* Doğa* Ekin* Bahar*',
    family: 'Yılmaz Kaya Şahin Öztürk Özdemir Demir* Çelik* Yıldırım* Aydın* Arslan* Doğan* Kılıç* Aslan* Koç* Kurt*',
    nick: 'Memo Ayşo Zeyno Cano Hako Busi Ozi Mustiş Elo Emo',
  },
  indonesia: {
    given:
      'Siti Agus Rina Rizky Eko Sri Nanda Dimas Reza Fitri Hendra Yanti Joko Cahya Budi* Dewi* Putri* Indah* Bayu* Wahyu* Fajar* Ayu* Wulan* Bintang* Intan* Mawar* Bunga* Citra* Yoga* Lestari* Slamet*',
    family:
      'Siregar Nasution Simanjuntak Hutapea Lubis Harahap Sinaga Wijaya Santoso Kusuma Hartono Gunawan Saputra Pratama Setiawan',
    nick: 'Ucok Iwan Yanto Tini Nining Uci Ipeh Asep Ujang Upik Cici Dedek* Neng*',
  },
  malaysia: {
    given:
      'Nurul Aisyah Muhammad_Hafiz Syafiq Nur_Aina Amirul Izzati Haziq Aiman Faris Nabila Syazwani Hakim Aqil Zulkifli Rosmah Azlan Mei_Ling Wei_Jie Kavitha Farah* Nur* Melati* Kasih* Cinta* Mawar*',
    family: 'Tan Lim Wong Lee Ng Abdullah Ismail Rahman Yusof Hassan Othman Subramaniam Krishnan',
    nick: 'Mat Mimi Yan Ecah Zul Ajib Pija Ija Along* Angah*',
  },
  eastafrica: {
    given:
      'Wanjiru Kamau Achieng Otieno Njeri Mwangi Akinyi Omondi Wambui Chebet Mutua Atieno Juma Halima Faraji Hadija Salim Mwanaisha Rehema* Baraka* Neema* Imani* Zawadi* Amani* Furaha* Upendo* Tumaini* Zuri* Subira*',
    family:
      'Kamau Mwangi Otieno Odhiambo Kiprono Wekesa Njoroge Mutiso Okello Mollel Massawe Kimaro Mushi Lyimo Shirima',
    nick: 'Shiro Kui Nesh Wambo Chege Wakesh Njesh Mish Ochi',
  },
  arabeg: {
    given:
      'Mohamed Ahmed Mahmoud Mostafa Yasmine Nourhan Mariam Omar Youssef Salma Hany Sherif Rania Dina Heba Karim* Amal* Basma* Sabah*',
    family: 'El-Sayed Abdel_Rahman Mansour Hassan Fahmy Shalaby Soliman Morsi Ezzat Ragab',
    nick: 'Hamada Mido Zizo Nono Toto Dodo Sousou Bebo',
  },
  arablev: {
    given:
      'Layla Tarek Rami Ziad Fadi Lina Rasha Khaled Hala Nour Jad Maya Joud Wissam Hayat* Farah* Rahma* Jamil* Amira* Saeed*',
    family: 'Khalil Haddad* Nasser Saleh Sabbagh Khoury Azzam Hamdan Barakat Najjar*',
    nick: 'Hamoudi Lulu Loli Rooro Abu_Ali Fufu Ramz Zozo',
  },
  arabgulf: {
    given:
      'Hamad Saud Fahad Noura Maha Abdulaziz Shaikha Mansour Mohammed Hessa Rashid Mariam Khalifa Latifa Sultan* Huda* Malak* Badr*',
    family: 'Al-Qahtani Al-Mansoori Al-Shamsi Al-Otaibi Al-Harbi Al-Dosari Al-Kaabi Al-Mazrouei Al-Suwaidi Al-Ghamdi',
    nick: 'Hammoud Nouf Bu_Saud Um_Fahad Soso Dhari',
  },
  vietnam: {
    given:
      'Linh Hung Minh Tuan Ngoc Vy Trang Duc Quang Thao Phuong Dung Khanh Hanh Quynh Trung Hieu Hoa* Lan* Mai* Thu* Xuan* Huong* Hai* Son* Long* Nam* Binh* An* Tam*',
    family: 'Nguyen Tran Le Pham Hoang Phan Vu Dang Bui Do Ho Ngo Duong Ly',
    nick: 'Bin Ti Na Su Bi Bong* Mit* Heo* Cun* Bo* Xoai* Tom* Cua*',
  },
  thailand: {
    given:
      'Somchai Siriporn Natthapong Kanokwan Thanawat Supaporn Anong Preecha Wichai Pornthip Chaiwat Nattaya Apinya Kittisak Jiraporn',
    family:
      'Srisuk Wongsawat Chaiyaporn Saetang Rattanakorn Boonmee Suksawat Thongchai Phromma Kaewkanya Sukprasert Meesuk Jaidee*',
    nick: 'Pim Aom Som* Nok* Ploy* Fah* Nam* Mai* Kaew* Dao* Ton* Bank* Beer* Pond* Mint* Ice* Golf* Boss* First* Book* Gift* Noi* Lek* Oil* Bee* Cream*',
  },
  eastasia: {
    given: 'Wei Jiayi Xiaoming Hui Minjun Seoyeon Jiwoo Haruto Kenji Aiko Ren Jun Mei* Yuki* Sakura* Hana*',
    family: 'Wang Li Zhang Chen Liu Kim Park Choi Tanaka Suzuki Sato Nakamura Yamamoto Lee*',
    nick: 'Xiaowei Mimi Juju Yuyu Kenny Jenny',
  },
  easteurope: {
    given:
      'Natasha Dmitri Olga Sergei Katya Oksana Agnieszka Piotr Magda Tomasz Ivana Nadia Bogdan Milena* Vera* Lyubov*',
    family: 'Ivanov Petrova Kowalski Nowak Novak Horvat Popescu Shevchenko Wiśniewska Kovalenko',
    nick: 'Sasha Misha Dasha Kasia Gosia Vova Zhenya',
  },
};

export type Name = { text: string; wordlike: boolean };
const parse = (s: string): Name[] =>
  s.split(/\s+/).map((w) => ({ text: w.replace(/\*$/, '').replaceAll('_', ' '), wordlike: w.endsWith('*') }));
export const REGIONS: Record<string, { given: Name[]; family: Name[]; nick: Name[] }> = Object.fromEntries(
  Object.entries(RAW).map(([k, p]) => [k, { given: parse(p.given), family: parse(p.family), nick: parse(p.nick) }]),
);
/** Family name first in a full name (Vietnamese, Chinese/Korean/Japanese). */
export const FAMILY_FIRST = new Set(['vietnam', 'eastasia']);
