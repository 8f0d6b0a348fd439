/**
 * Hold-out 26 street addresses, one builder per language variety: the country's house-number layout, a flat / floor /
 * unit part about half of the time, and the postcode + town. Streets, towns and postcodes are written by hand.
 */
import { int, pick, type Rand } from './pii-holdout26-values.ts';

const w = (s: string) => s.split(';').map((x) => x.trim());
const unit = (r: Rand, p: number, forms: string[]) => (r() < p ? pick(r, forms) : '');
const L = (r: Rand) => pick(r, ['A', 'B', 'C', 'D']);

export const ADDRESS: Record<string, (r: Rand) => string> = {
  'en-US': (r) => {
    const [city, zip] = pick(r, [
      ['Columbus, OH', '43215'],
      ['Austin, TX', '78704'],
      ['Brooklyn, NY', '11215'],
      ['Oakland, CA', '94610'],
      ['Evanston, IL', '60201'],
    ]);
    const u = unit(r, 0.5, [`, Apt ${int(r, 1, 30)}${L(r)}`, `, Unit ${int(r, 100, 420)}`, ` #${int(r, 2, 18)}`]);
    return `${int(r, 100, 9899)} ${pick(r, w('Maple Ave; W Elm St; Sunset Blvd; Willow Creek Dr; N Broadway; Oak Ridge Rd'))}${u}, ${city} ${zip}`;
  },
  'en-GB': (r) => {
    const [town, pc] = pick(r, [
      ['Leeds', 'LS6 2AB'],
      ['Manchester', 'M14 5RT'],
      ['London', 'SE15 4QL'],
      ['Bristol', 'BS7 8NJ'],
      ['Cardiff', 'CF24 3DG'],
    ]);
    const u = unit(r, 0.5, [
      `Flat ${int(r, 1, 12)}, `,
      `Flat ${int(r, 1, 6)}${L(r)}, `,
      `${pick(r, ['Ground', 'First', 'Second'])} Floor Flat, `,
    ]);
    return `${u}${int(r, 1, 240)} ${pick(r, w('Hartley Road; Victoria Street; Albert Terrace; Church Lane; Kingsway; Mill Close'))}, ${town} ${pc}`;
  },
  'en-IN': (r) => {
    const [area, city] = pick(r, [
      ['Indiranagar', 'Bengaluru 560038'],
      ['Andheri West', 'Mumbai 400053'],
      ['Salt Lake Sector V', 'Kolkata 700091'],
      ['Anna Nagar', 'Chennai 600040'],
      ['Lajpat Nagar II', 'New Delhi 110024'],
    ]);
    const u = pick(r, [
      `Flat ${int(r, 1, 12)}0${int(r, 1, 4)}, ${pick(r, w('Sai Krupa Apartments; Green Park Residency; Shanti Towers'))}, `,
      `House No. ${int(r, 1, 400)}, `,
      `${int(r, 1, 60)}/${int(r, 1, 9)}, `,
    ]);
    return `${u}${pick(r, w('14th Cross Road; MG Road; 2nd Main; Link Road; Ring Road'))}, ${area}, ${city}`;
  },
  'en-NG': (r) => {
    const [area, city] = pick(r, [
      ['Victoria Island', 'Lagos'],
      ['Surulere', 'Lagos'],
      ['Wuse II', 'Abuja'],
      ['Bodija', 'Ibadan'],
      ['GRA Phase 2', 'Port Harcourt'],
    ]);
    const u = unit(r, 0.5, [`Flat ${int(r, 1, 8)}, `, `Block ${L(r)}, Flat ${int(r, 1, 6)}, `]);
    return `${u}${int(r, 1, 120)} ${pick(r, w('Adeola Odeku Street; Adeniran Ogunsanya Street; Aminu Kano Crescent; Awolowo Avenue; Olu Obasanjo Road'))}, ${area}, ${city}`;
  },
  'en-AU': (r) => {
    const [sub, pc] = pick(r, [
      ['Bondi NSW', '2026'],
      ['Fitzroy VIC', '3065'],
      ['West End QLD', '4101'],
      ['Subiaco WA', '6008'],
      ['Glenelg SA', '5045'],
    ]);
    const n = int(r, 1, 180);
    const num = r() < 0.5 ? `${int(r, 1, 14)}/${n}` : r() < 0.5 ? `Unit ${int(r, 1, 9)}, ${n}` : `${n}`;
    return `${num} ${pick(r, w('Beach Rd; Smith St; Boundary Street; Rokeby Rd; Jetty Road; Chapel St'))}, ${sub} ${pc}`;
  },
  de: (r) => {
    const town = pick(
      r,
      w('10969 Berlin; 80331 München; 50667 Köln; 04109 Leipzig; 60594 Frankfurt am Main; 70173 Stuttgart'),
    );
    const u = unit(r, 0.5, [
      `, ${int(r, 1, 5)}. OG ${pick(r, ['links', 'rechts', 'Mitte'])}`,
      `, Whg. ${int(r, 1, 24)}`,
      `, c/o ${pick(r, ['Meier', 'Yıldız'])}`,
      `, Hinterhaus`,
    ]);
    const no = `${int(r, 1, 148)}${r() < 0.2 ? pick(r, ['a', 'b']) : ''}`;
    return `${pick(r, w('Lindenstraße; Hauptstr.; Am Mühlbach; Schillerplatz; Karl-Marx-Allee; Bergmannstraße'))} ${no}${u}, ${town}`;
  },
  fr: (r) => {
    const town = pick(r, w('69003 Lyon; 75011 Paris; 13006 Marseille; 31000 Toulouse; 44000 Nantes; 59800 Lille'));
    const u = unit(r, 0.5, [
      `, bât. ${L(r)}`,
      `, ${int(r, 1, 7)}e étage`,
      `, appt ${int(r, 1, 60)}`,
      `, esc. ${int(r, 1, 3)}, ${int(r, 2, 6)}e étage porte droite`,
    ]);
    const no = `${int(r, 1, 160)}${r() < 0.2 ? ' bis' : ''}`;
    return `${no} ${pick(r, w('rue des Lilas; avenue Jean Jaurès; boulevard Voltaire; rue de la République; impasse des Tilleuls; allée Pasteur'))}${u}, ${town}`;
  },
  es: (r) => {
    const town = pick(r, w('28013 Madrid; 08012 Barcelona; 46003 Valencia; 41004 Sevilla; 48009 Bilbao; 29016 Málaga'));
    const u = pick(r, [
      `, ${int(r, 1, 9)}º ${L(r)}`,
      `, ${int(r, 1, 8)}º ${pick(r, ['izda.', 'dcha.'])}`,
      `, bajo`,
      `, esc. 2, ${int(r, 1, 6)}º ${int(r, 1, 4)}ª`,
      '',
    ]);
    return `${pick(r, w('Calle Mayor; C/ de Alcalá; Avda. de la Constitución; Carrer de Verdi; Paseo de Gracia; Calle Larios'))} ${int(r, 1, 220)}${u}, ${town}`;
  },
  'pt-BR': (r) => {
    const [bairro, city, cep] = pick(r, [
      ['Pinheiros', 'São Paulo - SP', '05422-010'],
      ['Copacabana', 'Rio de Janeiro - RJ', '22041-001'],
      ['Savassi', 'Belo Horizonte - MG', '30140-071'],
      ['Boa Viagem', 'Recife - PE', '51020-280'],
      ['Moinhos de Vento', 'Porto Alegre - RS', '90570-020'],
    ]);
    const u = unit(r, 0.6, [
      `, apto ${int(r, 1, 20)}${int(r, 1, 4)}`,
      `, ap. ${int(r, 11, 154)}, bloco ${L(r)}`,
      `, casa ${int(r, 1, 5)}`,
      ', fundos',
    ]);
    return `${pick(r, w('Rua das Flores; Av. Paulista; Rua Barata Ribeiro; Rua Tomé de Souza; Av. Boa Viagem; Rua Padre Chagas'))}, ${int(r, 10, 2400)}${u}, ${bairro}, ${city}, ${cep}`;
  },
  it: (r) => {
    const town = pick(r, w('20121 Milano; 00185 Roma; 80134 Napoli; 10123 Torino; 40126 Bologna; 50122 Firenze'));
    const u = unit(r, 0.5, [
      `, scala ${L(r)}, int. ${int(r, 1, 20)}`,
      `, ${int(r, 1, 6)}° piano`,
      `, int. ${int(r, 1, 14)}`,
    ]);
    return `${pick(r, w('Via Garibaldi; Corso Vittorio Emanuele II; Via dei Mille; Viale Monza; Piazza Cavour; Via Roma'))} ${int(r, 1, 200)}${r() < 0.15 ? '/A' : ''}${u}, ${town}`;
  },
  nl: (r) => {
    const town = pick(
      r,
      w(
        '1017 GC Amsterdam; 3011 BN Rotterdam; 2514 JH Den Haag; 3512 AB Utrecht; 9712 CP Groningen; 5611 EM Eindhoven',
      ),
    );
    const no = `${int(r, 1, 240)}${pick(r, ['', '', '-III', '-2', ' A', 'bis', '-hs', ' bg'])}`;
    return `${pick(r, w('Kerkstraat; Prinsengracht; Dorpsweg; Stationsplein; Bloemstraat; Laan van Meerdervoort'))} ${no}, ${town}`;
  },
  pl: (r) => {
    const town = pick(
      r,
      w('00-514 Warszawa; 31-042 Kraków; 80-831 Gdańsk; 50-077 Wrocław; 61-806 Poznań; 90-135 Łódź'),
    );
    const no = `${int(r, 1, 180)}${r() < 0.2 ? pick(r, ['a', 'b', 'c']) : ''}${r() < 0.6 ? `/${int(r, 1, 90)}` : ''}`;
    return `${pick(r, w('ul. Marszałkowska; ul. Długa; al. Jana Pawła II; ul. Piotrkowska; os. Tysiąclecia; ul. Świętokrzyska'))} ${no}, ${town}`;
  },
  tr: (r) => {
    const town = pick(
      r,
      w(
        '34710 Kadıköy/İstanbul; 06690 Çankaya/Ankara; 35220 Konak/İzmir; 16110 Nilüfer/Bursa; 07100 Muratpaşa/Antalya',
      ),
    );
    const street = pick(
      r,
      w('Atatürk Cad.; Bağdat Caddesi; Gül Sokak; Cumhuriyet Mah. İnönü Sk.; Moda Cad.; Kazım Dirik Mah. 372 Sk.'),
    );
    const d = r() < 0.7 ? ` D: ${int(r, 1, 24)}` : ` Kat: ${int(r, 1, 8)} Daire: ${int(r, 1, 24)}`;
    return `${street} No: ${int(r, 1, 180)}${r() < 0.2 ? `/${int(r, 1, 9)}` : ''}${d}, ${town}`;
  },
  id: (r) => {
    const [area, city] = pick(r, [
      ['Kebayoran Baru', 'Jakarta Selatan 12110'],
      ['Coblong', 'Bandung 40132'],
      ['Tegalsari', 'Surabaya 60262'],
      ['Denpasar Barat', 'Bali 80119'],
      ['Medan Baru', 'Medan 20154'],
    ]);
    const rt =
      r() < 0.6 ? `, RT ${String(int(r, 1, 12)).padStart(2, '0')}/RW ${String(int(r, 1, 9)).padStart(2, '0')}` : '';
    return `${pick(r, w('Jl. Melati; Jl. Dago; Jalan Kenanga Raya; Jl. Teuku Umar; Gg. Mawar; Jl. Gatot Subroto'))} No. ${int(r, 1, 210)}${r() < 0.2 ? L(r) : ''}${rt}, ${area}, ${city}`;
  },
  vi: (r) => {
    if (r() < 0.5)
      return `Số ${int(r, 1, 90)} ngõ ${int(r, 10, 300)} ${pick(r, w('phố Chùa Láng; đường Láng; phố Huế; đường Giải Phóng'))}, ${pick(r, w('Đống Đa; Hai Bà Trưng; Thanh Xuân'))}, Hà Nội`;
    const u = unit(r, 0.4, [
      `Căn hộ ${int(r, 2, 25)}${String(int(r, 1, 12)).padStart(2, '0')}, `,
      `Lầu ${int(r, 1, 6)}, `,
    ]);
    return `${u}${int(r, 1, 400)}/${int(r, 1, 40)} ${pick(r, w('Nguyễn Trãi; Lê Văn Sỹ; Cách Mạng Tháng Tám; Điện Biên Phủ'))}, Phường ${int(r, 1, 14)}, Quận ${pick(r, ['3', '5', '10', 'Bình Thạnh', 'Phú Nhuận'])}, TP. Hồ Chí Minh`;
  },
  ro: (r) => {
    const town = pick(r, w('București, sector 3; 400124 Cluj-Napoca; 700259 Iași; 300077 Timișoara; 500036 Brașov'));
    const u = unit(r, 0.6, [
      `, bl. ${pick(r, ['A3', 'M12', 'C7', '14'])}, sc. ${int(r, 1, 3)}, et. ${int(r, 1, 10)}, ap. ${int(r, 1, 80)}`,
      `, ap. ${int(r, 1, 40)}`,
    ]);
    return `${pick(r, w('Str. Mihai Eminescu; Calea Victoriei; Bd. Unirii; Str. Avram Iancu; Aleea Trandafirilor; Șos. Pantelimon'))} nr. ${int(r, 1, 190)}${u}, ${town}`;
  },
  cs: (r) => {
    const town = pick(r, w('120 00 Praha 2; 602 00 Brno; 301 00 Plzeň; 779 00 Olomouc; 702 00 Ostrava'));
    const u = unit(r, 0.35, [`, byt č. ${int(r, 1, 30)}`, `, ${int(r, 1, 6)}. patro`]);
    return `${pick(r, w('Vinohradská; Masarykova; Husova; Palackého; Na Příkopě; Dlouhá'))} ${int(r, 100, 2900)}/${int(r, 1, 90)}${u}, ${town}`;
  },
  el: (r) => {
    const town = pick(r, w('105 63 Αθήνα; 115 26 Αθήνα; 546 22 Θεσσαλονίκη; 262 21 Πάτρα; 712 02 Ηράκλειο'));
    const u = unit(r, 0.5, [`, ${int(r, 1, 6)}ος όροφος`, `, διαμ. ${int(r, 1, 12)}`]);
    return `${pick(r, w('Οδός Ερμού; Λεωφ. Κηφισίας; Πατησίων; Εγνατίας; Τσιμισκή; Μαιζώνος'))} ${int(r, 1, 220)}${u}, ${town}`;
  },
  uk: (r) => {
    const [town, idx] = pick(r, [
      ['Київ', '01001'],
      ['Львів', '79000'],
      ['Одеса', '65012'],
      ['Харків', '61002'],
      ['Дніпро', '49000'],
    ]);
    const u = unit(r, 0.7, [`, кв. ${int(r, 1, 140)}`, `, під'їзд ${int(r, 1, 4)}, кв. ${int(r, 1, 90)}`]);
    return `вул. ${pick(r, w('Хрещатик; Шевченка; Городоцька; Дерибасівська; Сумська; Січових Стрільців'))}, ${int(r, 1, 160)}${r() < 0.2 ? '-а' : ''}${u}, ${town}, ${idx}`;
  },
  sw: (r) => {
    const town = pick(r, w('Nairobi; Mombasa; Kisumu; Nakuru; Eldoret'));
    const u = unit(r, 0.5, [`, Nyumba Na. ${int(r, 1, 40)}`, `, Ghorofa ya ${int(r, 1, 5)}, Mlango ${int(r, 1, 20)}`]);
    return `${pick(r, w('Mtaa wa Moi; Barabara ya Ngong; Mtaa wa Kenyatta; Barabara ya Oginga Odinga; Mtaa wa Biashara'))}${u}, ${pick(r, ['Kilimani', 'Nyali', 'Milimani', 'Westlands'])}, ${town}`;
  },
  tl: (r) => {
    const city = pick(r, w('Makati City 1203; Quezon City 1103; Pasig City 1605; Cebu City 6000; Davao City 8000'));
    const u = unit(r, 0.5, [`Unit ${int(r, 1, 30)}${L(r)}, `, `Blk ${int(r, 1, 20)} Lot ${int(r, 1, 40)}, `]);
    return `${u}${int(r, 1, 300)} ${pick(r, w('Mabini St.; Rizal Avenue; Kalayaan Ave.; Sampaguita Street; Jupiter St.'))}, Brgy. ${pick(r, w('San Antonio; Poblacion; Kapitolyo; Lahug; Bel-Air'))}, ${city}`;
  },
};
