/**
 * Hold-out 17 name lists, written blind (without reading the recognizers, lexicons, docs, tests or other corpora):
 * ordinary given names and surnames of 14 cultures typed from memory (no famous people on purpose), plus the name
 * forms a pasted document uses (full, title, initials, maiden, double surname, particles, patronymics, ALL CAPS,
 * inflected / possessive, given name only, "SURNAME, Given"). `render` returns pieces: [text, isName].
 */
export type Rand = () => number;
export type Lang = 'en' | 'de' | 'fr' | 'es' | 'it' | 'pt' | 'nl' | 'pl' | 'sv' | 'tr' | 'ru' | 'ar' | 'zh' | 'ja';
export const LANGS: Lang[] = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'sv', 'tr', 'ru', 'ar', 'zh', 'ja'];

/** Small fast seeded PRNG (sfc32 with a splitmix-style seeding). */
export function prng(seed: number): Rand {
  let a = 0x9e3779b9 ^ seed;
  let b = 0x243f6a88 + seed * 7;
  let c = 0xb7e15162 ^ (seed << 3);
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
  for (let i = 0; i < 15; i++) next();
  return next;
}
export const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];

const w = (s: string) => s.trim().split(/\s+/);
interface Culture {
  m: string[];
  f: string[];
  sur: string[];
  particle?: string[];
}
/** Surnames of pl/ru are stored masculine; feminine forms are derived. */
export const CULTURES: Record<Lang, Culture> = {
  en: {
    m: w(
      `Gary Trevor Darren Keith Neil Wayne Craig Stuart Glenn Dale Russell Barry Colin Graham Dean Shane Kyle Brent`,
    ),
    f: w(
      `Tracy Karen Denise Lorraine Gail Sharon Wendy Beverley Joanne Tammy Kirsty Leanne Janice Shelley Rhonda Carla`,
    ),
    sur: w(`Hargreaves Pickering Dobson Whitfield Ashworth Brierley Cartwright Oakley Fenwick Holloway Pennington Rowntree
      Sutcliffe Tidwell Varley Wainwright Yardley Blakemore Cheswick Dunmore Eldridge Fairbairn Gosling Hartigan
      Kershaw Lockwood Mottram Northcott Pilbeam Ridley Stanforth Thwaites`),
  },
  de: {
    m: w(
      `Jürgen Uwe Dieter Holger Rüdiger Torsten Ralf Wolfgang Heiko Sven Dirk Frank Bernd Matthias Lutz Günter Jens Kai`,
    ),
    f: w(
      `Birgit Ursula Gudrun Heike Sabine Kerstin Anja Dagmar Petra Silke Ute Martina Jutta Renate Anke Doris Gisela Tanja`,
    ),
    sur: w(`Brinkmann Hoffmeister Kühnel Lindemann Pfeiffer Rößler Schwarzkopf Vogelsang Wiesner Ziegler Bachmann Dörfler
      Eckhardt Fuchsberger Gottschalk Hebestreit Jakobi Kallweit Lehmkuhl Mertens Niederhaus Obermeier Petersen Quandt
      Riedel Stöckl Thielemann Unger Wendland Zimmerling Göbel Haferkamp`),
    particle: w(`von von_der zu von_dem`),
  },
  fr: {
    m: w(`Thierry Laurent Pascal Didier Hervé Gilles Régis Yannick Christophe Benoît Jérôme Sébastien Fabrice Olivier
      Jean-Marc Jean-Luc Loïc Serge`),
    f: w(`Nathalie Sylvie Isabelle Véronique Sandrine Valérie Corinne Martine Brigitte Florence Céline Maryse Josiane
      Annick Marie-Claude Ghislaine Solène Nadège`),
    sur: w(`Lefèvre Garnier Chauvin Bertrand Rousselet Marchand Perrot Giraudeau Lemoine Barbier Courtois Delmas Fauchet
      Guillot Hamelin Jacquet Laborde Mallet Noiret Peyrat Renaudin Tessier Vautrin Bouvier Caradec Dumoulin Esnault
      Faivre Gaudin Huchet Le_Goff Morvan`),
    particle: w(`de de_la du des d'`),
  },
  es: {
    m: w(`Alberto Jesús Rubén Sergio Iñaki Fermín Vicente Rafael Ignacio Gonzalo Marcos Julián Emilio Ramiro Óscar
      Aurelio Agustín Teodoro`),
    f: w(`Montserrat Rocío Inmaculada Begoña Pilar Consuelo Nuria Remedios Amparo Lucía Marta Yolanda Encarnación Esther
      Milagros Ainhoa Noelia Visitación`),
    sur: w(`Jiménez Moreno Romero Navarro Gil Serrano Blanco Molina Ortega Delgado Castro Ortiz Rubio Marín Sanz Iglesias
      Medina Garrido Cortés Castillo Santos Lozano Guerrero Cano Prieto Méndez Calvo Cruz Gallego Vidal León Herrera`),
    particle: w(`de_la de del de_los`),
  },
  it: {
    m: w(`Giuseppe Salvatore Vincenzo Gennaro Carmine Rocco Massimo Claudio Maurizio Fabrizio Pierluigi Gianfranco
      Ottavio Settimio Corrado Ettore Raffaele Nicola`),
    f: w(`Assunta Concetta Rosaria Carmela Giuseppina Annunziata Loredana Ornella Patrizia Graziella Donatella Mariangela
      Antonella Rossella Filomena Immacolata Teresa Nunzia`),
    sur: w(`Esposito Russo Colombo Ricci Marino Greco Bruno Gallo Conti Mancini Costa Giordano Rizzo Lombardi Moretti
      Barbieri Fontana Santoro Mariani Rinaldi Caruso Ferrara Galli Martini Leone Longo Gentile Martinelli Vitale Serra
      Coppola Parisi`),
    particle: w(`De Di Lo Della Dal La`),
  },
  pt: {
    m: w(`João António Manuel Joaquim Rui Nuno Vítor Sérgio Paulo Hélder Fábio Marcelo Raimundo Sebastião Valdemar Zé
      Anselmo Lucas`),
    f: w(`Conceição Fátima Graça Rosário Lurdes Ilda Filipa Cláudia Luciana Raquel Teresa Aparecida Rosângela Joana
      Benedita Madalena Gorete Leonor`),
    sur: w(`Ferreira Pereira Oliveira Costa Rodrigues Martins Jesus Sousa Fernandes Gonçalves Gomes Lopes Marques Alves
      Almeida Ribeiro Pinto Carvalho Teixeira Moreira Correia Mendes Nunes Soares Vieira Monteiro Cardoso Rocha Neves
      Coelho Cunha Pires`),
    particle: w(`da dos de das do`),
  },
  nl: {
    m: w(`Gerrit Henk Kees Joop Wim Sjoerd Bram Ruud Maarten Wouter Jeroen Thijs Hendrik Pieter Gijs Arjen Teun Klaas`),
    f: w(`Anneke Marieke Ingrid Wilma Hennie Joke Sanne Femke Esther Lieke Marjolein Ria Gerda Tineke Annemarie Mieke
      Ilse Willemijn`),
    sur: w(`Jansen Bakker Visser Smit Meijer Mulder Bos Vos Peters Hendriks Dekker Brouwer Dijkstra Kok Jacobs Vermeulen
      Schouten Willems Hoekstra Koster Prins Huisman Kuipers Postma Timmermans Verhoeven Wolters Groen Sijtsma Bosman
      Molenaar Veenstra`),
    particle: w(`van_der van_den de van van_de ter in_'t`),
  },
  pl: {
    m: w(`Jan Piotr Tomasz Krzysztof Andrzej Marek Paweł Michał Grzegorz Zbigniew Wojciech Jacek Dariusz Mariusz
      Leszek Ryszard Sławomir Bogdan`),
    f: w(`Anna Katarzyna Agnieszka Małgorzata Barbara Ewa Krystyna Elżbieta Jadwiga Grażyna Bożena Dorota Beata
      Danuta Halina Iwona Joanna Renata`),
    sur: w(`Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski
      Jankowski Mazur Kwiatkowski Krawczyk Piotrowski Grabowski Nowakowski Pawłowski Michalski Adamczyk Dudek Zając
      Wieczorek Jabłoński Król Majewski Olszewski Jaworski Malinowski Nowicki Górecki`),
  },
  sv: {
    m: w(`Lars Anders Björn Göran Stefan Mikael Per Håkan Leif Ulf Bengt Magnus Kjell Tomas Jonas Pontus Rolf Sune`),
    f: w(`Ingrid Birgitta Karin Margareta Ulla Eva Gunilla Kerstin Lena Annika Åsa Maria Agneta Britt Siv Malin Sofia
      Linnéa`),
    sur: w(`Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson Pettersson Jonsson
      Lindberg Lindqvist Lundgren Bergström Sandberg Holmberg Forsberg Sjöberg Wallin Engström Eklund Danielsson
      Lundin Björk Hedlund Nyström Åberg Blomqvist Strand Falk`),
  },
  tr: {
    m: w(`Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim İsmail Osman Yusuf Murat Ömer Ramazan Halil Süleyman Kemal
      Erdoğan Sinan`),
    f: w(`Fatma Ayşe Emine Hatice Zeynep Elif Meryem Şerife Zehra Sultan Hanife Merve Özlem Gülsüm Büşra Esra Dilek
      Songül`),
    sur: w(`Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç
      Kurt Özkan Şimşek Polat Özer Güneş Korkmaz Erdem Aktaş Bulut Keskin Ünal Tekin Uçar Akgül`),
  },
  ru: {
    m: w(`Сергей Андрей Дмитрий Алексей Николай Владимир Евгений Игорь Олег Виктор Юрий Павел Геннадий Вячеслав
      Аркадий Степан Тимофей Константин`),
    f: w(`Ольга Наталья Елена Татьяна Ирина Светлана Людмила Галина Марина Валентина Надежда Оксана Лариса Тамара
      Зинаида Вера Дарья Ксения`),
    sur: w(`Смирнов Кузнецов Попов Васильев Петров Соколов Михайлов Новиков Фёдоров Морозов Волков Алексеев Лебедев
      Семёнов Егоров Павлов Козлов Степанов Николаев Орлов Андреев Макаров Никитин Захаров Зайцев Соловьёв Борисов
      Яковлев Григорьев Романов Воробьёв Белов Ковалевский Полянский`),
  },
  ar: {
    m: w(`محمد أحمد خالد يوسف إبراهيم عمر سامي ماجد طارق وليد حسام فيصل نبيل رامي زياد كريم جمال عادل`),
    f: w(`فاطمة مريم نور سارة ليلى هدى رنا سلمى أمل منى دينا ريم هالة سعاد نادية وفاء لبنى عبير`),
    sur: w(`الحسيني العتيبي الشمري المصري الخطيب حداد النجار الحلبي القحطاني الزعبي العمري البيطار السعدي الراشد
      الجبوري الدوسري عبد_الرحمن الكبيسي التميمي الهاشمي الأنصاري الشريف المالكي البغدادي الدمشقي الخوري عيسى منصور
      سليمان الفارس العلي درويش`),
  },
  zh: {
    m: w(`建国 志强 海波 晓东 宇航 浩然 国栋 俊杰 文斌 永明 立新 德华 伟 磊 军 涛 鹏飞 子轩`),
    f: w(`秀英 丽娟 晓燕 玉兰 佳怡 思琪 欣怡 梦瑶 雨桐 春梅 桂芳 慧敏 婷 静 淑珍 美玲 艳红 秋菊`),
    sur: w(`王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹 欧阳 上官`),
  },
  ja: {
    m: w(`健太 翔太 大輔 直樹 拓也 和也 浩二 誠 隆 修 悠人 蓮 亮 哲也 秀樹 勝 康弘 達也`),
    f: w(`陽子 恵美 由美 美咲 さくら 結衣 愛 真由美 明美 奈々 千尋 香織 裕子 智子 舞 彩 久美子 典子`),
    sur: w(`佐藤 鈴木 高橋 田中 伊藤 渡辺 山本 中村 小林 加藤 吉田 山田 佐々木 山口 松本 井上 木村 清水 山崎 阿部 池田
      橋本 山下 石川 中島 前田 藤田 小川 岡田 後藤 長谷川 村上`),
  },
};
