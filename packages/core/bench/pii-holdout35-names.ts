/**
 * Hold-out 35 name data, per language variety: given names, family names, nicknames/diminutives by given name, and
 * given names that are also ordinary words of the language ("Rose", "Luz", "Umut", "Hoa"). Written from general
 * knowledge, not from the engine's lexicons.
 */
export type NameData = {
  given: string[];
  family: string[];
  nick: Record<string, string[]>;
  word: string[];
};

export const NAMES: Record<string, NameData> = {
  'en-US': {
    given: ['Jake', 'Madison', 'Tyler', 'Brianna', 'Kevin', 'Ashley', 'Marcus', 'Kayla', 'Ethan', 'Shelby', 'Trevor'],
    family: ['Kowalski', 'Henderson', 'Ramirez', 'Whitaker', 'Nguyen', 'Brennan', 'Castellano', 'Dawson', 'Pruitt'],
    nick: { Jake: ['Jakey'], Madison: ['Maddie', 'Mads'], Tyler: ['Ty'], Kevin: ['Kev'], Ashley: ['Ash'] },
    word: ['Hunter', 'Chase', 'Summer', 'Faith', 'Will', 'Sunny', 'Skye'],
  },
  'en-UK': {
    given: ['Siobhan', 'Callum', 'Niamh', 'Alfie', 'Imogen', 'Rhys', 'Poppy', 'Lewis', 'Harriet', 'Declan', 'Freya'],
    family: ['Whitfield', 'Pritchard', 'McAllister', 'Okafor', 'Barraclough', 'Hughes', 'Fenwick', 'Ashworth'],
    nick: { Callum: ['Cal'], Alfie: ['Alf'], Imogen: ['Immy'], Harriet: ['Hattie', 'Harri'], Lewis: ['Lew'] },
    word: ['Rose', 'Bill', 'Grace', 'Hope', 'Jack', 'Holly', 'Robin'],
  },
  'en-IN': {
    given: ['Priya', 'Rohan', 'Ananya', 'Vikram', 'Sneha', 'Aditya', 'Kavya', 'Siddharth', 'Meenakshi', 'Arjun'],
    family: ['Sharma', 'Iyer', 'Reddy', 'Chatterjee', 'Kulkarni', 'Menon', 'Deshpande', 'Bhattacharya', 'Gill'],
    nick: { Siddharth: ['Sid'], Aditya: ['Adi'], Meenakshi: ['Meenu'], Priya: ['Pri'], Vikram: ['Vicky'] },
    word: ['Asha', 'Kiran', 'Deepak', 'Sunny', 'Pooja', 'Raja'],
  },
  'en-NG': {
    given: ['Chidinma', 'Oluwaseun', 'Emeka', 'Folake', 'Tunde', 'Ngozi', 'Ifeanyi', 'Temitope', 'Adaeze', 'Yusuf'],
    family: ['Okonkwo', 'Adeyemi', 'Balogun', 'Eze', 'Nwachukwu', 'Ogunleye', 'Abubakar', 'Olawale', 'Igwe'],
    nick: { Oluwaseun: ['Seun'], Temitope: ['Tope'], Chidinma: ['Chi-chi', 'Dinma'], Ifeanyi: ['Ify'] },
    word: ['Blessing', 'Precious', 'Favour', 'Godwin', 'Gift', 'Patience'],
  },
  'en-PH': {
    given: ['Mary Joy', 'Jericho', 'Kristine', 'Angelo', 'Rowena', 'Jomar', 'Princess', 'Mark Anthony', 'Lovely'],
    family: ['Dela Cruz', 'Santos', 'Bautista', 'Villanueva', 'Macaraeg', 'Dimaculangan', 'Reyes', 'Manalo'],
    nick: { Jericho: ['Echo'], Kristine: ['Tin', 'Tintin'], Angelo: ['Gelo'], Rowena: ['Weng'], 'Mary Joy': ['MJ'] },
    word: ['Joy', 'Charity', 'Honey', 'Cherry', 'Bong'],
  },
  es: {
    given: ['Alejandro', 'Lucía', 'Javier', 'Ximena', 'Rodrigo', 'Marisol', 'Guadalupe', 'Francisco', 'Itziar'],
    family: ['García Ortega', 'Fernández', 'Castillo', 'Villalobos', 'Montoya', 'Echeverría', 'Cifuentes'],
    nick: { Francisco: ['Paco', 'Pancho'], Guadalupe: ['Lupita'], Alejandro: ['Álex'], Javier: ['Javi'] },
    word: ['Rosa', 'Luz', 'Pilar', 'Dolores', 'Soledad', 'Blanca', 'Amparo'],
  },
  pt: {
    given: ['João', 'Thiago', 'Larissa', 'Gabriela', 'Rafael', 'Fernanda', 'Wellington', 'Juliana', 'Caio'],
    family: ['Silva', 'Oliveira', 'Nascimento', 'Carvalho', 'Albuquerque', 'Ferreira', 'Moura', 'Cavalcanti'],
    nick: { João: ['Joãozinho'], Rafael: ['Rafa'], Fernanda: ['Nanda', 'Fê'], Gabriela: ['Gabi'], Juliana: ['Ju'] },
    word: ['Vitória', 'Luz', 'Graça', 'Glória', 'Rosa', 'Jesus'],
  },
  fr: {
    given: ['Mathilde', 'Théo', 'Camille', 'Baptiste', 'Océane', 'Yannick', 'Soraya', 'Grégoire', 'Clémence'],
    family: ['Lefèvre', 'Moreau', 'Garnier', 'Benali', 'Rousseau', 'Delacroix', 'Fontaine', 'Chevalier'],
    nick: { Mathilde: ['Mathou'], Baptiste: ['Bapt'], Grégoire: ['Greg'], Clémence: ['Clem'] },
    word: ['Pierre', 'Rose', 'Claire', 'Aimée', 'Olive', 'Constant'],
  },
  de: {
    given: ['Lukas', 'Johanna', 'Maximilian', 'Svenja', 'Jürgen', 'Katharina', 'Niklas', 'Merle', 'Tobias'],
    family: ['Schneider', 'Weißmann', 'Hoffmann', 'Bäcker', 'Krüger', 'Zimmermann', 'Yılmaz', 'Brandt'],
    nick: { Maximilian: ['Maxi', 'Max'], Katharina: ['Kathi'], Tobias: ['Tobi'], Johanna: ['Hanni'] },
    word: ['Ernst', 'Frank', 'Wolf', 'Sonne', 'Kai', 'Heide'],
  },
  it: {
    given: ['Giulia', 'Lorenzo', 'Chiara', 'Matteo', 'Federica', 'Salvatore', 'Martina', 'Gianluca', 'Beatrice'],
    family: ['Esposito', 'Bianchi', 'Romano', 'Ferraro', 'De Luca', 'Marchetti', 'Colombo', 'Russo'],
    nick: { Salvatore: ['Totò'], Federica: ['Fede'], Gianluca: ['Gianlu'], Beatrice: ['Bea'], Lorenzo: ['Lollo'] },
    word: ['Serena', 'Bianca', 'Stella', 'Angelo', 'Fortunato', 'Celeste'],
  },
  nl: {
    given: ['Daan', 'Sanne', 'Thijs', 'Femke', 'Joost', 'Lieke', 'Bram', 'Anouk', 'Sjoerd', 'Marloes'],
    family: ['de Vries', 'van den Berg', 'Jansen', 'Bakker', 'Visser', 'van Dijk', 'Smit', 'Meijer'],
    nick: { Sanne: ['San'], Marloes: ['Loes'], Joost: ['Joos'], Femke: ['Fem'] },
    word: ['Roos', 'Lieve', 'Fleur', 'Mees', 'Dirk', 'Hanna'],
  },
  pl: {
    given: ['Katarzyna', 'Mateusz', 'Agnieszka', 'Bartłomiej', 'Zuzanna', 'Grzegorz', 'Małgorzata', 'Wojciech'],
    family: ['Kowalczyk', 'Wiśniewska', 'Zieliński', 'Szymańska', 'Wójcik', 'Lewandowski', 'Dąbrowska'],
    nick: {
      Katarzyna: ['Kasia'],
      Mateusz: ['Mati'],
      Małgorzata: ['Gosia'],
      Bartłomiej: ['Bartek'],
      Zuzanna: ['Zuzia'],
    },
    word: ['Róża', 'Wiktoria', 'Dobromir', 'Bogdan', 'Jagoda'],
  },
  tr: {
    given: ['Elif', 'Emre', 'Zeynep', 'Burak', 'Ayşegül', 'Oğuzhan', 'Merve', 'Kerem', 'Büşra', 'İbrahim'],
    family: ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Öztürk', 'Aydın', 'Arslan', 'Koç'],
    nick: { İbrahim: ['İbo'], Ayşegül: ['Ayşe'], Oğuzhan: ['Oğuz'], Mehmet: ['Memo'] },
    word: ['Umut', 'Deniz', 'Barış', 'Yıldız', 'Bahar', 'Özgür', 'Gül'],
  },
  id: {
    given: ['Rizky', 'Siti', 'Dimas', 'Ayu', 'Fajar', 'Nurul', 'Bagus', 'Rahmawati', 'Yoga', 'Anggun'],
    family: ['Pratama', 'Wijaya', 'Saputra', 'Hidayat', 'Kusuma', 'Siregar', 'Nasution', 'Setiawan'],
    nick: { Rahmawati: ['Rahma', 'Wati'], Rizky: ['Kiki'], Nurul: ['Nunu'] },
    word: ['Putri', 'Indah', 'Bayu', 'Bintang', 'Cahya', 'Dewi'],
  },
  vi: {
    given: ['Minh Anh', 'Tuấn', 'Ngọc Hân', 'Quang Huy', 'Thảo', 'Đức', 'Phương Linh', 'Khoa', 'Bảo Ngọc'],
    family: ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Võ', 'Đặng', 'Bùi'],
    nick: { Tuấn: ['Tuấn béo'], 'Bảo Ngọc': ['Bi'], 'Quang Huy': ['Huy'], 'Phương Linh': ['Linh'] },
    word: ['Hoa', 'Lan', 'Mai', 'Xuân', 'Hùng', 'An'],
  },
  hi: {
    given: ['Rahul', 'Neha', 'Ankit', 'Shruti', 'Manish', 'Divya', 'Saurabh', 'Ritika', 'Gaurav', 'Pallavi'],
    family: ['Verma', 'Gupta', 'Yadav', 'Tiwari', 'Chauhan', 'Mishra', 'Saxena', 'Pandey'],
    nick: { Saurabh: ['Sonu'], Ritika: ['Rits'], Gaurav: ['Gollu'], Pallavi: ['Pallu'], Manish: ['Monu'] },
    word: ['Kiran', 'Jyoti', 'Pooja', 'Sunny', 'Guddu', 'Raja'],
  },
  ar: {
    given: ['Youssef', 'Mariam', 'Omar', 'Rania', 'Khaled', 'Nour', 'Hamza', 'Yasmine', 'Tarek', 'Salma'],
    family: ['El Sayed', 'Haddad', 'Mansour', 'Khoury', 'Abdelrahman', 'Nasser', 'Farouk', 'Saleh'],
    nick: { Youssef: ['Joe', 'Youssi'], Mariam: ['Mimi'], Khaled: ['Kiko'], Mohamed: ['Hamada'] },
    word: ['Amal', 'Noor', 'Karim', 'Habib', 'Sabah', 'Jamil'],
  },
};
