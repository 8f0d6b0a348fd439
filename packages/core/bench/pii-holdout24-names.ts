/**
 * Hold-out 24 people, written by hand for this corpus (no list from the repository). One line per person:
 * `gender|first|last|nick|full|patronymic` (full only where it is not `first last`, e.g. family-name-first orders;
 * patronymic only for the Cyrillic group). Keys are `region/origin`; region is what the bench tallies.
 */
const RAW: Record<string, string> = {
  'african/nigeria': `m|Oluwaseun|Adebayo|Seun
f|Folasade|Ogunleye|Sade
m|Chukwuemeka|Okafor|Emeka
f|Ngozi|Eze|
m|Babatunde|Adeyemi|Tunde
f|Adaeze|Nwosu|Ada
m|Ibrahim|Bello|
f|Oluwakemi|Balogun|Kemi
m|Olumide|Akinwale|Mide
f|Chiamaka|Obi|Amaka
f|Aisha|Danjuma|
m|Tochukwu|Ibe|Tochi`,
  'african/southern-east-west': `f|Thandiwe|Ndlovu|Thandi
m|Sipho|Dlamini|
f|Nomvula|Khumalo|Vuvu
m|Bongani|Mthembu|Bongi
f|Lindiwe|Zulu|Lindi
m|Kwame|Mensah|
f|Abena|Owusu|
m|Tesfaye|Bekele|
f|Hiwot|Alemu|
m|Abdirahman|Warsame|Abdi
f|Wanjiku|Kamau|Shiku
m|Brian|Otieno|
f|Achieng|Odhiambo|
m|Baraka|Mwakalinga|
f|Neema|Mushi|
m|Juma|Said|
f|Zawadi|Mrema|
m|Moussa|Diallo|
f|Fatou|Ndiaye|`,
  'south-asian/india-pakistan': `f|Priya|Raghunathan|
m|Rahul|Verma|
f|Ananya|Iyer|Anu
m|Arjun|Malhotra|
f|Sunita|Sharma|
m|Venkatesh|Subramaniam|Venky
f|Deepika|Nair|
m|Gurpreet|Sandhu|Guri
f|Lakshmi|Krishnan|
m|Sourav|Chatterjee|
f|Meenakshi|Pillai|Meenu
m|Imran|Qureshi|
f|Sana|Siddiqui|
m|Aniket|Deshpande|
f|Kavya|Reddy|`,
  'southeast-asian/vietnam': `f|Lan|Nguyễn Thị||Nguyễn Thị Lan
m|Hùng|Trần Văn||Trần Văn Hùng
f|Mai|Lê Thị Ngọc||Lê Thị Ngọc Mai
m|Minh|Phạm Quang||Phạm Quang Minh
f|Hương|Đỗ Thu||Đỗ Thu Hương
m|Tuấn|Võ Anh||Võ Anh Tuấn
f|Thảo|Bùi Phương||Bùi Phương Thảo
m|Đức|Hoàng Minh||Hoàng Minh Đức`,
  'southeast-asian/indonesia': `m|Budi|Santoso|
f|Sri|Wahyuni|
m|Agus|Setiawan|
f|Dewi|Kartika|
m|Rizky|Pratama|Kiki
f|Putri|Anggraini|Put
m|Yohanes|Simanjuntak|Jo
f|Ayu|Wulandari|
m|Made|Suarjana|
f|Intan|Permatasari|`,
  'southeast-asian/malaysia': `m|Hafiz|Rahman||Muhammad Hafiz bin Rahman
f|Aisyah|Zakaria||Nurul Aisyah binti Zakaria
m|Farid|Ismail||Ahmad Farid bin Ismail
f|Syafiqah|Hamdan|Fiqa|Nur Syafiqah binti Hamdan
m|Wei Jie|Tan||Tan Wei Jie
f|Kavitha|Muniandy|
m|Amirul|Azmi||Amirul Hakim bin Azmi`,
  'southeast-asian/philippines': `f|Kristine|Bautista|Tin
m|Jose Miguel|Reyes|Migs
f|Joanna|Villanueva|Joy
m|Mark Anthony|Dizon|Mac
f|Rowena|Macaraeg|Weng
m|Paolo|Mercado|Pao
f|Angelica|Tolentino|Gelai
m|Jericho|Manalo|Echo
f|Rhea|Lumbao|`,
  'middle-eastern/arab': `m|Khaled|Haddad|
f|Rania|Mansour|
m|Youssef|El Amrani|
f|Nour|Saleh|
m|Omar|Farouk|
f|Layla|Khoury|
m|Samir|Abdelrahman|
f|Yasmine|Benali|
m|Mahmoud|Tarek|Hamada
f|Mariam|Aziz|Mimi
m|Karim|Bouzid|
f|Salma|Qasem|`,
  'middle-eastern/turkey': `m|Ahmet|Yılmaz|
f|Ayşe|Demir|
m|Mehmet|Kaya|Memo
f|Zeynep|Çelik|
m|Emre|Aydın|
f|Elif|Şahin|
m|Burak|Öztürk|
f|Selin|Arslan|
m|Oğuz|Kılıç|
f|Büşra|Koç|`,
  'middle-eastern/iran-kurd-israel': `f|Shirin|Moradi|
m|Dariush|Karimi|
f|Parisa|Tehrani|
m|Reza|Hosseini|
m|Rebwar|Ahmed|
f|Noa|Friedman|
m|Yossi|Levinson|`,
  'east-asian/china-korea-japan': `m|Wei|Zhang||Zhang Wei
f|Xiaomei|Liu|Mei|Liu Xiaomei
m|Junhao|Chen||Chen Junhao
f|Yuting|Wang||Wang Yuting
m|Hao|Li||Li Hao
f|Ka-yan|Chan||Chan Ka-yan
f|Ji-woo|Kim||Kim Ji-woo
m|Min-jun|Park||Park Min-jun
f|Seo-yeon|Lee|
m|Dong-hyun|Choi|
f|Haruka|Sato|
m|Kenji|Watanabe|
f|Yui|Takahashi|
m|Takumi|Nakamura|`,
  'latin-american/latam': `f|Guadalupe|Hernández|Lupe
m|Francisco Javier|Morales|Paco
f|Ximena|Castañeda|
m|Alejandro|Quispe|Ale
f|Valentina|Rojas|Vale
m|Mateo|Gutiérrez|
f|Camila|Vargas|Cami
m|Diego|Fernández|
f|Yolanda|Mamani|
m|Rodrigo|Salazar|Rodri`,
  'latin-american/brazil': `f|Ana Beatriz|Souza|Bia
m|João Pedro|Oliveira|Pedrinho
f|Luana|Ferreira|
m|Thiago|Nascimento|
f|Fernanda|Albuquerque|Nanda
m|Caio|Teixeira|
f|Raimunda|Conceição|`,
  'western-european/spain-portugal': `f|Carmen|Ruiz|Maricarmen|María del Carmen Ruiz
m|José Luis|Ortega|Pepe
f|Nerea|Etxeberria|
m|Jordi|Puig|
f|Lucía|Navarro|
m|Íñigo|Aranda|
f|Inês|Carvalho|
m|Duarte|Pereira|
f|Leonor|Sampaio|
m|Tiago|Figueiredo|`,
  'western-european/italy': `f|Chiara|Esposito|
m|Lorenzo|Bianchi|Lollo
f|Giulia|Ferrara|
m|Giuseppe|Russo|Peppe
f|Francesca|De Luca|Fra
m|Alessandro|Galli|`,
  'western-european/germany': `m|Klaus|Obermaier|
f|Sabine|Hoffmann|Bine
m|Jürgen|Weißbach|
f|Annika|Brandt|
m|Maximilian|Krüger|Max
f|Gudrun|Schäfer|
m|Lukas|Pfeiffer|`,
  'western-european/france': `f|Amélie|Dubois|
m|Jean-Baptiste|Lefèvre|Jibé
f|Clémence|Girard|
m|Théo|Moreau|
f|Sandrine|Lambert|
m|Mathis|Rousseau|`,
  'western-european/netherlands': `m|Joost|van den Berg|
f|Femke|de Vries|
m|Sander|Bakker|
f|Lotte|Jansen|
m|Bram|Visser|
f|Anouk|Smit|`,
  'slavic/poland': `f|Katarzyna|Wiśniewska|Kasia
m|Krzysztof|Zieliński|Krzysiek
f|Małgorzata|Nowak|Gosia
m|Paweł|Wójcik|
f|Agnieszka|Kowalczyk|Aga
m|Grzegorz|Szymański|Grzesiek`,
  'slavic/latin-script': `m|Aleksandr|Volkov|Sasha
f|Yekaterina|Morozova|Katya
m|Dmytro|Kovalenko|Dima
f|Oksana|Melnyk|
m|Milan|Jovanović|
f|Tereza|Dvořáková|`,
  'nordic/nordic': `f|Ingrid|Solberg|
m|Lars|Henriksen|
f|Saga|Lindqvist|
m|Mikko|Virtanen|
f|Aino|Korhonen|
m|Sigurður|Jónsson|Siggi
f|Freja|Nielsen|
m|Björn|Åkesson|`,
  'anglo/uk-us-au-ie': `f|Siobhan|O'Callaghan|Shiv
m|Gareth|Llewellyn|
f|Kayleigh|Thompson|Kay
m|Darnell|Brooks|
f|Courtney|Mitchell|
m|Callum|Fraser|
f|Bethany|Hughes|Beth
m|Jarrah|Wilson|
f|Maddison|Clarke|Maddie
m|Hamish|Doyle|`,
  'slavic/cyrillic': `f|Ирина|Соколова|Ира||Петровна
m|Алексей|Смирнов|Лёша||Викторович
f|Наталья|Кузнецова|Наташа||Сергеевна
m|Дмитрий|Орлов|Дима||Андреевич
f|Айгуль|Сагитова|||Рашидовна
m|Тимур|Алиев|||Рустамович
f|Ольга|Белова|Оля||Николаевна
m|Сергей|Лебедев|Серёжа||Иванович
f|Зарина|Каримова|||Бахтиёровна
m|Артём|Никитин|Тёма||Олегович
f|Екатерина|Фёдорова|Катя||Игоревна
m|Арсен|Гаспарян|||Ашотович`,
};

export type Person = {
  g: 'm' | 'f';
  first: string;
  last: string;
  nick?: string;
  full: string;
  patronymic?: string;
  origin: string;
};

export const PEOPLE: Person[] = Object.entries(RAW).flatMap(([origin, block]) =>
  block.split('\n').map((line) => {
    const [g, first, last, nick, full, patronymic] = line.split('|');
    return {
      g: g as 'm' | 'f',
      first,
      last,
      nick: nick || undefined,
      full: full || `${first} ${last}`,
      patronymic: patronymic || undefined,
      origin,
    };
  }),
);

/** Origins a language's writers mostly meet (the rest of the time any non-Cyrillic origin is used). */
export const LOCAL: Record<string, string[]> = {
  'en-us': ['anglo/uk-us-au-ie', 'latin-american/latam'],
  'en-gb': ['anglo/uk-us-au-ie', 'south-asian/india-pakistan'],
  'en-in': ['south-asian/india-pakistan'],
  'en-au': ['anglo/uk-us-au-ie', 'east-asian/china-korea-japan'],
  'en-za': ['african/southern-east-west'],
  yo: ['african/nigeria'],
  de: ['western-european/germany', 'middle-eastern/turkey'],
  fr: ['western-european/france', 'middle-eastern/arab'],
  es: ['western-european/spain-portugal'],
  'es-mx': ['latin-american/latam'],
  'pt-br': ['latin-american/brazil'],
  'pt-pt': ['western-european/spain-portugal'],
  it: ['western-european/italy'],
  nl: ['western-european/netherlands'],
  pl: ['slavic/poland'],
  tr: ['middle-eastern/turkey'],
  id: ['southeast-asian/indonesia'],
  ms: ['southeast-asian/malaysia'],
  tl: ['southeast-asian/philippines'],
  sw: ['african/southern-east-west'],
  hi: ['south-asian/india-pakistan'],
  vi: ['southeast-asian/vietnam'],
  arz: ['middle-eastern/arab'],
  ru: ['slavic/cyrillic'],
};
