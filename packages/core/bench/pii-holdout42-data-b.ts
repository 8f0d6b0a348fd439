/** Hold-out 42: names, streets and places for pt-BR, nl-NL, pl-PL, sv-SE, tr-TR, ja-JP, id-ID, vi-VN. */
import type { LocaleData } from './pii-holdout42-data-a.ts';

const w = (s: string) =>
  s
    .trim()
    .split(/\s+/)
    .map((x) => x.replace(/_/g, ' '));

export const DATA_B: Record<string, LocaleData> = {
  'pt-BR': {
    given: w(`João José Antônio Francisco Carlos Paulo Pedro Lucas Luiz Marcos Luís Gabriel Rafael Daniel Marcelo Bruno
      Eduardo Felipe Rodrigo Thiago Maria Ana Francisca Antônia Adriana Juliana Márcia Fernanda Patrícia Aline Sandra
      Camila Amanda Bruna Jéssica Letícia Luana Beatriz Larissa Vitória`),
    family: w(`Silva Santos Oliveira Souza Rodrigues Ferreira Alves Pereira Lima Gomes Costa Ribeiro Martins Carvalho
      Almeida Lopes Soares Fernandes Vieira Barbosa Rocha Dias Nascimento Andrade Moreira Nunes Marques Machado Mendes
      Freitas Cardoso Ramos Gonçalves Santana Teixeira Araújo Cavalcanti Monteiro Batista Conceição`),
    titles: ['Sr.', 'Sra.', 'Dr.', 'Dra.', 'Dona'],
    streets: w(`Rua_das_Flores Avenida_Paulista Rua_Augusta Rua_XV_de_Novembro Avenida_Atlântica Rua_da_Consolação
      Rua_Oscar_Freire Avenida_Brasil Rua_Sete_de_Setembro Travessa_do_Comércio Rua_Bahia Avenida_Afonso_Pena`),
    cities: [
      ['01310-100', 'São Paulo', 'SP'],
      ['22021-001', 'Rio de Janeiro', 'RJ'],
      ['30130-010', 'Belo Horizonte', 'MG'],
      ['80010-000', 'Curitiba', 'PR'],
      ['90010-150', 'Porto Alegre', 'RS'],
      ['40020-000', 'Salvador', 'BA'],
      ['50030-230', 'Recife', 'PE'],
      ['60160-230', 'Fortaleza', 'CE'],
      ['70040-010', 'Brasília', 'DF'],
    ],
    domains: ['gmail.com', 'hotmail.com', 'uol.com.br', 'bol.com.br', 'yahoo.com.br', 'terra.com.br'],
  },
  'nl-NL': {
    given:
      w(`Jan Pieter Kees Hendrik Willem Johannes Gerrit Dirk Bram Daan Sem Lucas Milan Thijs Ruben Jeroen Bas Sander
      Joost Wouter Anna Maria Johanna Cornelia Emma Julia Sophie Tess Fleur Sanne Lotte Anouk Femke Ilse Marieke
      Esther Ingrid Saskia Mirjam Eline`),
    family: w(`de_Jong Jansen de_Vries van_den_Berg van_Dijk Bakker Janssen Visser Smit Meijer de_Boer Mulder de_Groot
      Bos Vos Peters Hendriks van_Leeuwen Dekker Brouwer de_Wit Dijkstra Smits de_Graaf van_der_Meer van_der_Linden
      Kok Jacobs de_Haan Vermeulen van_den_Heuvel van_der_Veen van_den_Broek de_Bruijn de_Bruin van_der_Heijden
      Schouten van_Beek Willems Kuipers`),
    titles: ['dhr.', 'mevr.', 'dr.', 'mr.'],
    streets: w(`Keizersgracht Prinsengracht Kerkstraat Dorpsstraat Molenweg Stationsweg Julianalaan Wilhelminastraat
      Oranjestraat Lange_Voorhout Nieuwe_Binnenweg Beukenlaan`),
    cities: [
      ['1015 CJ', 'Amsterdam', ''],
      ['3011 AD', 'Rotterdam', ''],
      ['2511 BT', 'Den Haag', ''],
      ['3512 JE', 'Utrecht', ''],
      ['5611 AZ', 'Eindhoven', ''],
      ['9711 LM', 'Groningen', ''],
      ['6811 CG', 'Arnhem', ''],
      ['2312 BK', 'Leiden', ''],
      ['4811 XJ', 'Breda', ''],
      ['8011 PK', 'Zwolle', ''],
    ],
    domains: ['ziggo.nl', 'kpnmail.nl', 'gmail.com', 'hotmail.nl', 'xs4all.nl', 'planet.nl'],
  },
  'pl-PL': {
    given: w(`Piotr Krzysztof Andrzej Tomasz Paweł Jan Michał Marcin Jakub Adam Łukasz Grzegorz Mateusz Wojciech
      Mariusz Dariusz Zbigniew Rafał Kacper Szymon Anna Maria Katarzyna Małgorzata Agnieszka Barbara Ewa Krystyna
      Magdalena Elżbieta Joanna Aleksandra Monika Zofia Beata Dorota Jadwiga Justyna Weronika Żaneta`),
    family: w(`Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski
      Kozłowski Jankowski Mazur Kwiatkowski Krawczyk Piotrowski Grabowski Nowakowski Pawłowski Michalski Nowicki
      Adamczyk Dudek Zając Wieczorek Jabłoński Król Majewski Olszewski Jaworski Wróbel Malinowski Pawlak Witkowski
      Walczak Stępień Górski Rutkowski Sikora`),
    titles: ['Pan', 'Pani', 'dr', 'mgr', 'inż.'],
    streets: w(`ul._Marszałkowska ul._Długa ul._Mickiewicza ul._Słowackiego ul._Kościuszki ul._Polna al._Jerozolimskie
      ul._Piotrkowska ul._Floriańska ul._Lipowa ul._Ogrodowa ul._Świętojańska`),
    cities: [
      ['00-514', 'Warszawa', ''],
      ['30-017', 'Kraków', ''],
      ['90-113', 'Łódź', ''],
      ['50-077', 'Wrocław', ''],
      ['61-806', 'Poznań', ''],
      ['80-831', 'Gdańsk', ''],
      ['81-366', 'Gdynia', ''],
      ['20-072', 'Lublin', ''],
      ['40-003', 'Katowice', ''],
      ['15-281', 'Białystok', ''],
    ],
    domains: ['wp.pl', 'onet.pl', 'o2.pl', 'interia.pl', 'gmail.com', 'op.pl'],
  },
  'sv-SE': {
    given:
      w(`Erik Lars Karl Anders Johan Per Nils Carl Mikael Jan Oskar Lucas William Hugo Axel Gustav Viktor Emil Björn
      Sven Anna Eva Maria Karin Kristina Lena Kerstin Ingrid Sara Emma Maja Elsa Astrid Ebba Linnéa Sofia Matilda
      Ingela Birgitta Åsa`),
    family: w(`Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson Pettersson
      Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson Magnusson Olofsson Lindström Lindqvist Lindgren
      Berg Axelsson Bergström Lundberg Lind Lundgren Lundqvist Mattsson Berglund Fredriksson Sandberg Henriksson
      Forsberg Sjöberg Wallin Engström Åberg`),
    titles: ['Dr.', 'Prof.'],
    streets: w(`Drottninggatan Storgatan Kungsgatan Vasagatan Sveavägen Götgatan Linnégatan Skolgatan Järnvägsgatan
      Östra_Hamngatan Södra_Förstadsgatan Björkvägen`),
    cities: [
      ['111 21', 'Stockholm', ''],
      ['411 38', 'Göteborg', ''],
      ['211 22', 'Malmö', ''],
      ['753 20', 'Uppsala', ''],
      ['582 24', 'Linköping', ''],
      ['702 10', 'Örebro', ''],
      ['903 26', 'Umeå', ''],
      ['222 21', 'Lund', ''],
      ['721 30', 'Västerås', ''],
      ['553 17', 'Jönköping', ''],
    ],
    domains: ['telia.com', 'gmail.com', 'hotmail.se', 'outlook.com', 'bredband.net', 'live.se'],
  },
  'tr-TR': {
    given: w(`Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim İsmail Osman Yusuf Murat Ömer Emre Burak Cem Kerem Serkan
      Oğuz Barış Çağlar Ayşe Fatma Emine Hatice Zeynep Elif Meryem Şerife Sultan Hülya Özlem Gül Derya Ebru Esra Selin
      Büşra Tuğba Gizem Şule`),
    family:
      w(`Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç
      Kurt Özkan Şimşek Polat Korkmaz Özcan Erdoğan Güneş Aksoy Bulut Tekin Karaca Keskin Ünal Güler Acar Uçar Bozkurt
      Kaplan Türkmen Eren Tunç Sarıkaya`),
    titles: ['Bey', 'Hanım'],
    titleAfter: true,
    streets: w(`Atatürk_Caddesi İstiklal_Caddesi Bağdat_Caddesi Cumhuriyet_Mahallesi Gazi_Mustafa_Kemal_Bulvarı
      Kızılay_Sokak Alsancak_Kıbrıs_Şehitleri_Caddesi Barbaros_Bulvarı Moda_Caddesi Halaskargazi_Caddesi
      Menekşe_Sokak Lale_Sokak`),
    cities: [
      ['34710', 'Kadıköy', 'İstanbul'],
      ['34394', 'Şişli', 'İstanbul'],
      ['06420', 'Çankaya', 'Ankara'],
      ['35220', 'Konak', 'İzmir'],
      ['16010', 'Osmangazi', 'Bursa'],
      ['07100', 'Muratpaşa', 'Antalya'],
      ['42060', 'Selçuklu', 'Konya'],
      ['01120', 'Seyhan', 'Adana'],
      ['34349', 'Beşiktaş', 'İstanbul'],
    ],
    domains: ['gmail.com', 'hotmail.com', 'yandex.com.tr', 'outlook.com', 'mynet.com'],
  },
  'ja-JP': {
    given:
      w(`太郎 次郎 健太 翔太 大輔 拓也 直樹 隆 誠 浩 剛 亮 悠斗 蓮 陽翔 湊 大和 一郎 修 和也 花子 陽子 恵子 美咲 愛 彩
      由美 真由美 明美 直美 さくら 結衣 陽菜 美穂 香織 智子 久美子 里奈 葵 千尋`),
    family:
      w(`佐藤 鈴木 高橋 田中 伊藤 渡辺 山本 中村 小林 加藤 吉田 山田 佐々木 山口 松本 井上 木村 林 斎藤 清水 山崎 森 池田
      橋本 阿部 石川 山下 中島 石井 小川 前田 岡田 長谷川 藤田 後藤 近藤 村上 遠藤 青木 坂本`),
    titles: ['様', 'さん'],
    titleAfter: true,
    familyFirst: true,
    streets: w(`渋谷2丁目21-1 神南1丁目19-11 本町3丁目5-8 梅田1丁目13-1 栄3丁目15-33 天神2丁目11-3 錦3丁目6-16
      西新2丁目7-2 博多駅前2丁目1-1 大通西4丁目1 中島町78 新横浜2丁目5-10`),
    cities: [
      ['150-0002', '東京都渋谷区', ''],
      ['530-0001', '大阪府大阪市北区', ''],
      ['460-0008', '愛知県名古屋市中区', ''],
      ['810-0001', '福岡県福岡市中央区', ''],
      ['060-0042', '北海道札幌市中央区', ''],
      ['604-8004', '京都府京都市中京区', ''],
      ['222-0033', '神奈川県横浜市', ''],
      ['980-0021', '宮城県仙台市青葉区', ''],
      ['730-0011', '広島県広島市中区', ''],
    ],
    domains: ['gmail.com', 'yahoo.co.jp', 'docomo.ne.jp', 'ezweb.ne.jp', 'icloud.com', 'nifty.com'],
  },
  'id-ID': {
    given: w(`Budi Agus Andi Dedi Eko Hendra Joko Rudi Slamet Wahyu Bambang Iwan Teguh Rizky Fajar Arief Yoga Dimas Bayu
      Hadi Siti Sri Dewi Nur Ayu Rina Wati Indah Fitri Ratna Lestari Putri Yuni Kartika Nadia Anisa Melati Intan Wulan
      Citra`),
    family: w(`Santoso Wijaya Saputra Hidayat Setiawan Kurniawan Pratama Nugroho Susanto Gunawan Hakim Sutanto Wibowo
      Siregar Nasution Simanjuntak Harahap Lubis Purnomo Rahman Hasibuan Tanjung Sihombing Halim Hartono Suryadi
      Permana Firmansyah Ramadhan Kusuma Utami Handayani Sulistyo Prasetyo Wirawan Fauzi Syahputra Situmorang
      Panjaitan Hutapea`),
    titles: ['Bapak', 'Ibu', 'Pak', 'Bu', 'Sdr.'],
    streets: w(`Jl._Sudirman Jl._Thamrin Jl._Gatot_Subroto Jl._Diponegoro Jl._Malioboro Jl._Ahmad_Yani Jl._Asia_Afrika
      Jl._Pemuda Jl._Merdeka Jl._Kebon_Jeruk_Raya Jl._Raya_Kuta Jl._Gajah_Mada`),
    cities: [
      ['10220', 'Jakarta Pusat', 'DKI Jakarta'],
      ['12190', 'Jakarta Selatan', 'DKI Jakarta'],
      ['40111', 'Bandung', 'Jawa Barat'],
      ['60271', 'Surabaya', 'Jawa Timur'],
      ['55213', 'Yogyakarta', 'DIY'],
      ['50241', 'Semarang', 'Jawa Tengah'],
      ['20112', 'Medan', 'Sumatera Utara'],
      ['80361', 'Badung', 'Bali'],
      ['90111', 'Makassar', 'Sulawesi Selatan'],
    ],
    domains: ['gmail.com', 'yahoo.co.id', 'yahoo.com', 'outlook.com', 'telkom.net'],
  },
  'vi-VN': {
    given: w(`An Bình Cường Dũng Đức Hải Hùng Huy Khoa Long Minh Nam Phong Quân Sơn Thắng Tuấn Việt Vinh Hiếu Anh Chi Hà
      Hằng Hương Lan Linh Mai Ngọc Nhung Oanh Phương Quỳnh Thảo Thu Trang Tuyết Uyên Vy Yến`),
    family: w(`Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đào Đinh Mai Trịnh Lương Cao Tạ Hà
      Chu Lâm Tô Châu Quách Thái Mạc Kiều Văn Triệu Lại Tăng La Từ Khúc Vương`),
    titles: ['anh', 'chị', 'ông', 'bà', 'cô'],
    familyFirst: true,
    streets: w(`Nguyễn_Huệ Lê_Lợi Hai_Bà_Trưng Lý_Thường_Kiệt Trần_Hưng_Đạo Điện_Biên_Phủ Pasteur Võ_Văn_Tần
      Nguyễn_Trãi Cách_Mạng_Tháng_Tám Bạch_Đằng Hoàng_Diệu`),
    cities: [
      ['700000', 'TP. Hồ Chí Minh', 'Quận 1'],
      ['700000', 'TP. Hồ Chí Minh', 'Quận 3'],
      ['100000', 'Hà Nội', 'Hoàn Kiếm'],
      ['100000', 'Hà Nội', 'Đống Đa'],
      ['550000', 'Đà Nẵng', 'Hải Châu'],
      ['180000', 'Hải Phòng', 'Lê Chân'],
      ['900000', 'Cần Thơ', 'Ninh Kiều'],
      ['650000', 'Nha Trang', 'Lộc Thọ'],
    ],
    domains: ['gmail.com', 'yahoo.com.vn', 'outlook.com', 'vnn.vn', 'fpt.vn'],
  },
};

/** Vietnamese middle names. */
export const VI_MIDDLE = ['Văn', 'Thị', 'Minh', 'Ngọc', 'Thanh', 'Hữu', 'Quốc', 'Thu', 'Đức', 'Hoài', 'Gia', 'Bảo'];
