/** Hold-out 30: given names, surnames and a few street addresses ('#' = house number) per locale. */
type People = { first: string[]; last: string[]; streets: string[] };

export const NAMES: Record<string, People> = {
  'en-US': {
    first: ['Jennifer', 'Tyler', 'Brianna', 'Marcus', 'Heather', 'Dustin', 'Kayla', 'Travis', 'Shannon', 'Derek'],
    last: ['Whitaker', 'Gonzales', 'McAllister', 'Brennan', 'Holloway', 'Kowalczyk', 'Pruitt', 'Delgado', 'Sutton'],
    streets: ['# Maple Ridge Drive, Columbus, OH 43215', '# W Elm Street, Apt 4B, Denver, CO 80204'],
  },
  'en-GB': {
    first: ['Siobhan', 'Callum', 'Harriet', 'Rhys', 'Imogen', 'Alistair', 'Gemma', 'Declan', 'Poppy', 'Niall'],
    last: ['Ashworth', 'Pemberton', 'Fairclough', 'Davies', 'Higginbotham', 'Llewellyn', 'Catterall', 'Nuttall'],
    streets: ['# Beechwood Avenue, Leeds LS8 2QT', 'Flat 3, # Cranbrook Road, Bristol BS6 7BS'],
  },
  'en-IN': {
    first: ['Priyanka', 'Arjun', 'Sneha', 'Rohit', 'Kavya', 'Siddharth', 'Ananya', 'Vikram', 'Lakshmi', 'Harish'],
    last: ['Raghunathan', 'Deshpande', 'Bhattacharya', 'Iyer', 'Malhotra', 'Chaudhary', 'Kulkarni', 'Menon'],
    streets: [
      'Flat #, Lotus Residency, 4th Cross, Indiranagar, Bengaluru 560038',
      'House No. #, Sector 15, Noida 201301',
    ],
  },
  de: {
    first: ['Jürgen', 'Sabine', 'Maximilian', 'Anneliese', 'Torsten', 'Friederike', 'Dirk', 'Ute', 'Lennart', 'Heike'],
    last: ['Schäfer', 'Großmann', 'Vogelsang', 'Kühn', 'Brandstätter', 'Oberländer', 'Wagner', 'Lindemann'],
    streets: ['Lindenstraße #, 10969 Berlin', 'Am Mühlbach #a, 80331 München', 'Kastanienallee #, 50667 Köln'],
  },
  fr: {
    first: ['Ségolène', 'Timothée', 'Gwenaëlle', 'Baptiste', 'Maëlys', 'Grégoire', 'Océane', 'Thibault', 'Élodie'],
    last: ['Lefèvre', 'Moreau', 'Dubois-Chevalier', 'Giraud', 'Rousseau', 'Lemaître', 'Fontaine', 'Barthélemy'],
    streets: [
      '# rue des Lilas, 69003 Lyon',
      '# boulevard Voltaire, 75011 Paris',
      '# avenue Jean Jaurès, 31000 Toulouse',
    ],
  },
  es: {
    first: ['Íñigo', 'Begoña', 'Alejandro', 'Nerea', 'Gonzalo', 'Rocío', 'Álvaro', 'Maite', 'Sergio', 'Lucía'],
    last: ['Fernández', 'Etxeberria', 'Muñoz', 'Castillo', 'Ibáñez', 'Gutiérrez', 'Ortega', 'Salazar'],
    streets: ['Calle de Alcalá #, 3º B, 28014 Madrid', 'Carrer de Mallorca #, 08036 Barcelona'],
  },
  it: {
    first: ['Giuseppe', 'Chiara', 'Lorenzo', 'Francesca', 'Davide', 'Alessia', 'Matteo', 'Giulia', 'Niccolò'],
    last: ['Esposito', 'Bianchi', 'Colombo', 'Ferraro', 'Santoro', 'De Luca', 'Marchetti', 'Galli'],
    streets: ['Via Garibaldi #, 10122 Torino', 'Corso Buenos Aires #, 20124 Milano', 'Via dei Mille #, 80121 Napoli'],
  },
  'pt-BR': {
    first: ['João', 'Thaís', 'Gustavo', 'Letícia', 'Rafael', 'Júlia', 'Leandro', 'Camila', 'Vinícius', 'Fernanda'],
    last: ['Gonçalves', 'Oliveira', 'Carvalho', 'Albuquerque', 'Nascimento', 'Rodrigues', 'Pereira', 'Araújo'],
    streets: [
      'Rua Augusta, #, apto 52, São Paulo - SP, 01305-000',
      'Av. Atlântica, #, Copacabana, Rio de Janeiro - RJ',
    ],
  },
  nl: {
    first: ['Sanne', 'Joost', 'Femke', 'Thijs', 'Marloes', 'Bram', 'Lieke', 'Sjoerd', 'Anouk', 'Wouter'],
    last: ['de Vries', 'van den Berg', 'Jansen', 'Bakker', 'Visser', 'van Dijk', 'Smit', 'Mulder'],
    streets: ['Prinsengracht #, 1015 DZ Amsterdam', 'Oudegracht #, 3511 AK Utrecht'],
  },
  pl: {
    first: ['Małgorzata', 'Grzegorz', 'Katarzyna', 'Łukasz', 'Agnieszka', 'Przemysław', 'Zofia', 'Wojciech'],
    last: ['Wiśniewski', 'Kowalczyk', 'Zieliński', 'Szymańska', 'Wójcik', 'Lewandowska', 'Dąbrowski', 'Grabowska'],
    streets: ['ul. Marszałkowska #/12, 00-624 Warszawa', 'ul. Długa #, 31-147 Kraków'],
  },
  tr: {
    first: ['Mehmet', 'Ayşe', 'Emre', 'Zeynep', 'Burak', 'Elif', 'Oğuz', 'Şebnem', 'Çağlar', 'Gülay'],
    last: ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Öztürk', 'Aydın', 'Arslan'],
    streets: ['Bağdat Caddesi No: #, Kadıköy, 34710 İstanbul', 'Atatürk Bulvarı No: #, Çankaya, 06420 Ankara'],
  },
  ru: {
    first: ['Дмитрий', 'Екатерина', 'Алексей', 'Ольга', 'Сергей', 'Наталья', 'Михаил', 'Анастасия'],
    last: ['Смирнов', 'Кузнецова', 'Попов', 'Васильева', 'Соколов', 'Морозова', 'Новиков', 'Фёдорова'],
    streets: ['ул. Тверская, д. #, кв. 15, Москва, 125009', 'Невский проспект, д. #, Санкт-Петербург, 191025'],
  },
  id: {
    first: ['Budi', 'Siti', 'Agus', 'Dewi', 'Rizky', 'Putri', 'Hendra', 'Ayu', 'Fajar', 'Wulan'],
    last: ['Santoso', 'Wijaya', 'Kusuma', 'Pratama', 'Hidayat', 'Saputra', 'Nugroho', 'Lestari'],
    streets: ['Jl. Merdeka No. #, Bandung 40111', 'Jl. Gatot Subroto No. #, Jakarta Selatan 12930'],
  },
};
