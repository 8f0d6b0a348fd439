/** Hold-out 43 names: Dutch, Polish, Turkish, Indonesian, Vietnamese and Kenyan locales. */
import type { Names } from './pii-holdout43-core.ts';
import { L } from './pii-holdout43-names-a.ts';

export const NL_NL: Names = {
  id: 'nl',
  given: L(`Sanne, Daan, Femke, Thijs, Anouk, Jeroen, Lotte, Ruben, Eline, Bart, Marieke, Wouter, Ilse, Joost,
    Esther, Sander, Noor, Niels, Annemiek, Pieter, Floor, Koen, Yvonne, Stijn, Inge, Maarten, Tessa, Jasper,
    Hanneke, Gijs, Mohamed, Fatima, Sem, Julia, Hendrik, Wilma, Jan-Willem, Anne-Marie, Sophie, Bram`),
  family: L(`de Vries, Jansen, van den Berg, Bakker, Visser, Smit, Meijer, de Boer, Mulder, de Groot, Bos, Vos,
    Peters, Hendriks, van Leeuwen, Dekker, Brouwer, de Wit, Dijkstra, Smits, de Graaf, van der Meer, van der Linden,
    Kok, Jacobs, de Haan, Vermeulen, van Dijk, ter Horst, van 't Hof, Schouten, El Amrani`),
  nick: L(`Kees, Sjaak, Joop, Wim, Toos, Riek, Nel, Truus, Guus, Juul, Mieke, Sjors, Pim, Loes, Hans, Jaap, Mies,
    Ties`),
  word: L('Roos, Lieve, Mees, Merel, Iris, Fleur, Jade, Linde, Sterre, Puck, Hoop, Zon'),
};

export const PL_PL: Names = {
  id: 'pl',
  given: L(`Agnieszka, Piotr, Katarzyna, Tomasz, Małgorzata, Paweł, Joanna, Krzysztof, Magdalena, Michał, Anna,
    Marcin, Monika, Łukasz, Ewa, Grzegorz, Aleksandra, Jakub, Dorota, Mateusz, Beata, Wojciech, Justyna, Rafał,
    Izabela, Dariusz, Zofia, Szymon, Natalia, Bartosz, Weronika, Kamil, Halina, Jarosław, Renata, Przemysław,
    Urszula, Sebastian, Iwona, Zbigniew`),
  family: L(`Kowalski, Nowak, Wiśniewski, Wójcik, Kowalczyk, Kamiński, Lewandowski, Zieliński, Szymański, Woźniak,
    Dąbrowski, Kozłowski, Jankowski, Mazur, Kwiatkowski, Krawczyk, Piotrowski, Grabowski, Nowakowska, Pawłowska,
    Michalska, Król, Wieczorek, Jabłoński, Wróbel, Majewska, Olszewski, Stępień, Górecka, Rutkowski, Sikora`),
  nick: L(`Kasia, Gosia, Basia, Ola, Asia, Magda, Ania, Zosia, Tomek, Bartek, Kuba, Wojtek, Jacek, Krzysiek, Piotrek,
      Staś, Józek, Olek, Franek, Gienek`),
  word: L('Jagoda, Kalina, Róża, Lilia, Wiara, Nadzieja, Malina, Wiosna, Bogna, Dobrawa'),
};

export const TR_TR: Names = {
  id: 'tr',
  given: L(`Ayşe, Mehmet, Fatma, Mustafa, Zeynep, Ahmet, Elif, Hüseyin, Emine, Burak, Merve, Emre, Esra, Murat,
    Büşra, Oğuz, Selin, Kerem, Tuğba, Serkan, Gizem, Hakan, Ebru, Onur, Pınar, Volkan, Şeyma, Cihan, Dilek,
    Kaan, İrem, Yusuf, Hatice, Barış, Sena, İbrahim, Ece, Tolga, Nazlı, Halil İbrahim`),
  family: L(`Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Yıldırım, Öztürk, Aydın, Özdemir, Arslan, Doğan, Kılıç,
    Aslan, Çetin, Kara, Koç, Kurt, Özkan, Şimşek, Polat, Korkmaz, Erdoğan, Güneş, Aktaş, Bulut, Keskin,
    Karaca, Uçar, Tekin, Akgül`),
  nick: L('Memo, Hüso, Ayşo, Fatoş, Cemo, Selo, Berko, Emo, Gülşo, Meto, Zeyno, Büşi, Kübo, Tuğçem, Apo, Ibo'),
  word: L(`Umut, Deniz, Güneş, Yıldız, Bahar, Barış, Can, Sevgi, Nur, Derya, Doğan, Kaya, Aslan, Yağmur, Gül, Özlem,
      Umay, Ceylan`),
};

export const ID_ID: Names = {
  id: 'id',
  given: L(`Budi, Siti, Agus, Dewi, Rizky, Ayu, Fajar, Putri, Andi, Rina, Dimas, Nur, Hendra, Wulan, Yusuf, Fitri,
    Arief, Lestari, Bayu, Nabila, Eko, Ratna, Joko, Sri, Rudi, Aulia, Teguh, Yuliana, Iwan, Kartika, Gilang,
    Anisa, Bambang, Maya, Ketut, Made, Wayan, Nyoman, Rahmat, Indra`),
  family: L(`Santoso, Wijaya, Hidayat, Saputra, Kusuma, Pratama, Nugroho, Siregar, Nasution, Simanjuntak, Lubis,
    Harahap, Sitompul, Gunawan, Halim, Setiawan, Wibowo, Susanto, Hutapea, Tanjung, Purnomo, Rahardjo, Sinaga,
    Pangaribuan, Manurung, Suryadi, Anggraini, Permana, bin Salleh, binti Ahmad`),
  nick: L(`Tata, Didi, Nana, Yayan, Ucok, Udin, Ipul, Anto, Tono, Dedi, Tari, Nunung, Iin, Ucup, Ojan, Pipit, Cici,
      Wiwik, Butet`),
  word: L('Bunga, Intan, Mutiara, Bintang, Putri, Indah, Cahaya, Ayu, Budi, Mawar, Wulan, Bayu, Surya, Embun, Melati'),
};

export const VI_VN: Names = {
  id: 'vn',
  order: 'fg',
  given: L(`Minh Anh, Thu Trang, Quốc Bảo, Ngọc Hân, Hoàng Nam, Thanh Hương, Đức Anh, Phương Linh, Văn Hùng, Thị Mai,
    Gia Huy, Bảo Ngọc, Tuấn Kiệt, Khánh Linh, Văn Thắng, Thị Lan, Hải Đăng, Mỹ Duyên, Quang Huy, Thu Hà, Trung Kiên,
    Thảo Vy, Đình Phong, Kim Chi, Hữu Phước, Diễm My, Công Vinh, Hồng Nhung, Anh Tú, Như Quỳnh, Văn Toàn, Thị Hằng,
    Minh Khang, Tường Vi, Xuân Trường, Thuỳ Dung, Nhật Minh, Lệ Quyên, Tiến Dũng, Cẩm Tú`),
  family: L(`Nguyễn, Trần, Lê, Phạm, Hoàng, Huỳnh, Phan, Vũ, Võ, Đặng, Bùi, Đỗ, Hồ, Ngô, Dương, Lý, Đinh, Trương,
    Lâm, Mai, Tô, Trịnh, Đoàn, Lưu, Cao, Tạ, Quách, Hà, Châu, Thái, La`),
  nick: L('Bin, Tí, Bống, Cún, Mít, Su, Na, Bi, Ken, Tôm, Ốc, Bông, Gấu, Tũn, Sóc, Bơ, Mèo, Cốm, Xoài, Tèo'),
  word: L('Hoa, Lan, Mai, Minh, An, Hùng, Nam, Bình, Hương, Ngọc, Thu, Xuân, Hạnh, Phúc, Dũng, Tâm, Vy, Linh'),
};

export const SW_KE: Names = {
  id: 'ke',
  given: L(`Wanjiku, Otieno, Achieng, Kamau, Njeri, Mwangi, Wairimu, Kipchoge, Chebet, Omondi, Akinyi, Kiprono,
    Nyambura, Mutua, Wambui, Odhiambo, Jepkosgei, Njoroge, Atieno, Kibet, Muthoni, Ochieng, Wangari, Kiptoo,
    Adhiambo, Githinji, Nafula, Wekesa, Zawadi, Juma, Halima, Hassan, Faith, Brian, Mercy, Dennis, Sharon, Collins,
    Purity, Kevin`),
  family: L(`Kamau, Otieno, Mwangi, Ochieng, Kariuki, Njoroge, Omondi, Wanjiru, Kiprotich, Mutiso, Onyango, Kimani,
    Wafula, Chege, Kiptanui, Odinga, Korir, Maina, Nyaga, Owino, Barasa, Kilonzo, Muriuki, Wambua, Ruto, Gitau,
    Mbugua, Koech, Simiyu, Abdallah`),
  nick: L(`Kevo, Mwas, Shiro, Ndush, Njesh, Omosh, Wamboh, Kim, Nyambu, Wanjesh, Mose, Kui, Wash, Rosie, Nish, Kibz,
      Sharo`),
  word: L(`Baraka, Imani, Amani, Neema, Zawadi, Furaha, Upendo, Rehema, Tumaini, Subira, Faraji, Jabari, Pendo,
    Hodari`),
};
