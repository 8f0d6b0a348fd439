// Hold-out 20 street addresses, written the local way: South and South-East Asia (IN PK BD ID MY PH VN TH).
import { int, pad, pick, type Rand } from './pii-holdout20-values.ts';

export interface Addr {
  v: string;
  script: string;
}
export type AddrMaker = (r: Rand, native: boolean) => Addr;
const w = (s: string) => s.split('|');
const L = (r: Rand, s = 'ABCDEFGH') => pick(r, [...s]);
const ord = (n: number) => `${n}${n === 1 ? 'st' : n === 2 ? 'nd' : n === 3 ? 'rd' : 'th'}`;
const lat = (v: string): Addr => ({ v, script: 'latin' });

const IN_CITIES: [string, string, string, string[]][] = [
  [
    'Bengaluru',
    'Karnataka',
    '560',
    w('HSR Layout Sector 2|Koramangala 5th Block|Indiranagar|Whitefield|BTM Layout 2nd Stage|Jayanagar 4th Block'),
  ],
  ['Mumbai', 'Maharashtra', '400', w('Andheri East|Powai|Borivali West|Malad West|Chembur|Ghatkopar East')],
  ['Hyderabad', 'Telangana', '500', w('Banjara Hills|Kukatpally|Madhapur|Gachibowli|Ameerpet|Kondapur')],
  [
    'New Delhi',
    'Delhi',
    '110',
    w('Lajpat Nagar II|Rohini Sector 9|Dwarka Sector 12|Mayur Vihar Phase 1|Karol Bagh|Janakpuri'),
  ],
  ['Chennai', 'Tamil Nadu', '600', w('T. Nagar|Velachery|Anna Nagar West|Adyar|Tambaram East')],
  ['Pune', 'Maharashtra', '411', w('Kothrud|Hinjewadi Phase 2|Viman Nagar|Baner|Wakad')],
  ['Kolkata', 'West Bengal', '700', w('Behala|Garia|New Town Action Area 1|Lake Town')],
];
const IN_NEAR = w(
  'Near SBI ATM|Opp. Hanuman Mandir|behind Reliance Fresh|near Govt School|Opp Petrol Pump|Near Bus Stand',
);

const IN: AddrMaker = (r) => {
  const [city, state, pre, areas] = pick(r, IN_CITIES);
  const area = pick(r, areas);
  const pin = `${pre}${pad(int(r, 1, 99), 3)}`;
  const apt = pick(
    r,
    w(
      'Sai Krupa Apartments|Green Valley Residency|Lake View Towers|Sri Lakshmi Enclave|Shanti Nagar CHS|Gokul Dham Society',
    ),
  );
  const road = pick(r, w('4th Cross|2nd Main Road|17th Main|MG Road|Link Road|Station Road|100 Feet Road'));
  const near = r() < 0.35 ? `, ${pick(r, IN_NEAR)}` : '';
  return lat(
    pick(r, [
      `Flat ${int(r, 1, 12)}0${int(r, 1, 8)}, ${apt}, ${road}, ${area}${near}, ${city} ${pin}`,
      `H.No. ${int(r, 1, 16)}-${int(r, 1, 9)}-${int(r, 10, 999)}/${L(r)}, Road No. ${int(r, 1, 14)}, ${area}, ${city} - ${pin}`,
      `${L(r)}-${int(r, 101, 1204)}, ${apt}, ${area}${near}, ${city}, ${state} ${pin}`,
      `House No ${int(r, 100, 2999)}, Sector ${int(r, 4, 57)}, Gurugram, Haryana 1220${pad(int(r, 1, 99), 2)}`,
      `#${int(r, 1, 240)}, ${ord(int(r, 1, 9))} Cross, ${ord(int(r, 1, 12))} Main, ${area}, ${city}-${pin}`,
    ]),
  );
};

const PK: AddrMaker = (r) => {
  const isb = `${pick(r, w('F|G|I|E'))}-${int(r, 6, 11)}/${int(r, 1, 4)}`;
  const lhr = pick(r, w('DHA Phase 5|Johar Town|Model Town|Gulberg III|Bahria Town Sector C|Wapda Town|Valencia Town'));
  const khi = pick(
    r,
    w(
      'Gulshan-e-Iqbal Block 13-D|North Nazimabad Block H|Clifton Block 5|DHA Phase 6|PECHS Block 2|Gulistan-e-Jauhar Block 15',
    ),
  );
  return lat(
    pick(r, [
      `House ${int(r, 1, 999)}, Street ${int(r, 1, 90)}, ${isb}, Islamabad`,
      `House No. ${int(r, 1, 450)}-${L(r)}, Block ${L(r, 'ABCDEFGHJKLMNPR')}, ${lhr}, Lahore ${pick(r, w('54000|54700|54782|54590'))}`,
      `Flat ${int(r, 1, 24)}, ${pick(r, w('Al-Noor Heights|Saima Arcade|Rufi Lake Drive|Falaknaz Dreams'))}, ${khi}, Karachi ${pick(r, w('75300|74200|75500|75290'))}`,
      `Plot ${int(r, 10, 300)}, Sector ${isb}, Islamabad 44000`,
      `Mohallah ${pick(r, w('Islampura|Ghousia Colony|Satellite Town|Shah Jamal'))}, Gali No. ${int(r, 1, 20)}, House ${int(r, 1, 300)}, ${pick(r, w('Rawalpindi|Faisalabad|Multan|Gujranwala'))}`,
    ]),
  );
};

const BD_AREAS: [string, string][] = [
  ['Banani', '1213'],
  ['Gulshan-1', '1212'],
  ['Dhanmondi', '1209'],
  ['Mirpur-10', '1216'],
  ['Uttara Sector 7', '1230'],
  ['Bashundhara R/A', '1229'],
  ['Mohammadpur', '1207'],
];
const BD: AddrMaker = (r) => {
  const [a, pc] = pick(r, BD_AREAS);
  return lat(
    pick(r, [
      `House ${int(r, 1, 120)}, Road ${int(r, 1, 27)}, Block ${L(r, 'ABCDEFGHIJ')}, ${a}, Dhaka ${pc}`,
      `Flat ${int(r, 1, 9)}${L(r, 'ABCD')}, House ${int(r, 1, 80)}, Road ${int(r, 1, 15)}/${L(r, 'AB')}, ${a}, Dhaka-${pc}`,
      `${int(r, 10, 999)}/${L(r)} ${pick(r, w('Sheikh Mujib Road|CDA Avenue|Port Connecting Road'))}, Agrabad C/A, Chattogram 4100`,
      `House ${int(r, 1, 60)}, Lane ${int(r, 1, 9)}, ${pick(r, w('Zindabazar|Ambarkhana|Shibganj'))}, Sylhet 3100`,
    ]),
  );
};

const ID_KEL: [string, string, string, string][] = [
  ['Tebet Barat', 'Tebet', 'Jakarta Selatan', '12810'],
  ['Gandaria Utara', 'Kebayoran Baru', 'Jakarta Selatan', '12140'],
  ['Kalibata', 'Pancoran', 'Jakarta Selatan', '12740'],
  ['Pondok Bambu', 'Duren Sawit', 'Jakarta Timur', '13430'],
  ['Dago', 'Coblong', 'Bandung', '40135'],
  ['Airlangga', 'Gubeng', 'Surabaya', '60286'],
  ['Terban', 'Gondokusuman', 'Yogyakarta', '55223'],
  ['Jatimakmur', 'Pondok Gede', 'Bekasi', '17413'],
];
const ID: AddrMaker = (r) => {
  const [kel, kec, city, pc] = pick(r, ID_KEL);
  const jl = pick(
    r,
    w(
      'Melati|Kenanga|Diponegoro|Gatot Subroto|Kebon Jeruk Raya|Dr. Saharjo|Tebet Raya|Cendrawasih|Mawar|Kaliurang Km 5',
    ),
  );
  const rt = `RT ${pad(int(r, 1, 15), 3)}/RW ${pad(int(r, 1, 12), 3)}`;
  return lat(
    pick(r, [
      `Jl. ${jl} No. ${int(r, 1, 150)}, ${rt}, Kel. ${kel}, Kec. ${kec}, ${city} ${pc}`,
      `Perum ${pick(r, w('Griya Asri|Taman Harapan Baru|Villa Mutiara|Citra Raya|Bumi Indah'))} Blok ${L(r)}${int(r, 1, 12)} No. ${int(r, 1, 40)}, ${kel}, ${kec}, ${city} ${pc}`,
      `Gg. ${pick(r, w('Masjid|Haji Naim|Kelinci|Sawo'))} No. ${int(r, 1, 60)}, ${rt}, ${kel}, ${city}`,
      `jln ${jl.toLowerCase()} no ${int(r, 1, 150)} ${rt.toLowerCase()} kel ${kel.toLowerCase()} kec ${kec.toLowerCase()} ${city.toLowerCase()}`,
    ]),
  );
};

const MY_TAMAN: [string, string, string, string][] = [
  ['Taman Sri Muda', '40400', 'Shah Alam', 'Selangor'],
  ['Taman Connaught', '56000', 'Cheras', 'Kuala Lumpur'],
  ['Taman Molek', '81100', 'Johor Bahru', 'Johor'],
  ['Taman Desa', '58100', 'Kuala Lumpur', 'W.P. Kuala Lumpur'],
  ['Taman Bukit Jambul', '11900', 'Bayan Lepas', 'Pulau Pinang'],
  ['Taman Ipoh Jaya', '31350', 'Ipoh', 'Perak'],
];
const MY: AddrMaker = (r) => {
  const [t, pc, city, st] = pick(r, MY_TAMAN);
  const jln = `Jalan ${pick(r, w('Kenari|Mawar|Cempaka|Setia|Bunga Raya|Meranti'))} ${int(r, 1, 12)}`;
  return lat(
    pick(r, [
      `No. ${int(r, 1, 90)}, Jalan SS ${int(r, 1, 25)}/${int(r, 1, 40)}, 47${int(r, 3, 4)}00 Petaling Jaya, Selangor`,
      `${int(r, 1, 120)}, ${jln}, ${t}, ${pc} ${city}, ${st}`,
      `${L(r)}-${int(r, 1, 30)}-${int(r, 1, 12)}, ${pick(r, w('Residensi Vista|Pangsapuri Seri Intan|Kondominium Mutiara|Vista Komanwel'))}, ${jln}, ${pc} ${city}`,
      `Lot ${int(r, 100, 2500)}, Kampung ${pick(r, w('Baru Sungai Buloh|Sungai Penchala|Padang Jawa|Kuala Ibai'))}, ${pick(r, w('47000 Sungai Buloh, Selangor|60000 Kuala Lumpur|40200 Shah Alam, Selangor|20400 Kuala Terengganu, Terengganu'))}`,
    ]),
  );
};

const PH_SUBD: [string, string, string, string][] = [
  ['Molino III', 'Bacoor', 'Cavite', '4102'],
  ['Pulo', 'Cabuyao', 'Laguna', '4025'],
  ['Salawag', 'Dasmariñas', 'Cavite', '4114'],
  ['San Isidro', 'Cainta', 'Rizal', '1900'],
];
const PH_METRO: [string, string, string][] = [
  ['San Antonio', 'Pasig City', '1600'],
  ['Poblacion', 'Makati City', '1210'],
  ['Commonwealth', 'Quezon City', '1121'],
  ['Bagong Silang', 'Caloocan City', '1428'],
  ['Lahug', 'Cebu City', '6000'],
];
const PH: AddrMaker = (r) => {
  const [b, c, p, z] = pick(r, PH_SUBD);
  const [mb, mc, mz] = pick(r, PH_METRO);
  return lat(
    pick(r, [
      `Blk ${int(r, 1, 40)} Lot ${int(r, 1, 30)}, Phase ${int(r, 1, 5)}, ${pick(r, w('Camella Homes|Lumina Homes|Deca Homes|Villa de Primarosa'))}, Brgy. ${b}, ${c}, ${p} ${z}`,
      `${int(r, 1, 999)} ${pick(r, w('Rizal|Mabini|Bonifacio|Luna|Sampaguita|Kalayaan'))} St., Brgy. ${mb}, ${mc} ${mz}`,
      `Unit ${int(r, 2, 35)}${pad(int(r, 1, 20), 2)}, Tower ${int(r, 1, 4)}, ${pick(r, w('SMDC Grass Residences|Avida Towers Centera|Torre de Manila|Flair Towers'))}, Brgy. ${mb}, ${mc}`,
      `Purok ${int(r, 1, 7)}, Brgy. ${pick(r, w('Lahug|Mabolo|Talamban|Guadalupe'))}, Cebu City 6000`,
      `blk ${int(r, 1, 40)} lot ${int(r, 1, 30)} ${pick(r, w('sampaguita st|ilang-ilang st|narra st'))} brgy ${b.toLowerCase()} ${c.toLowerCase()} ${p.toLowerCase()}`,
    ]),
  );
};

const strip = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
const VN: AddrMaker = (r) => {
  const [pho, phuong, quan] = pick(r, [
    ['Chùa Láng', 'Láng Thượng', 'Đống Đa'],
    ['Tây Sơn', 'Quang Trung', 'Đống Đa'],
    ['Kim Mã', 'Kim Mã', 'Ba Đình'],
    ['Trần Duy Hưng', 'Trung Hòa', 'Cầu Giấy'],
  ]);
  const duong = pick(
    r,
    w('Nguyễn Trãi|Lê Văn Sỹ|Cách Mạng Tháng Tám|Điện Biên Phủ|Nguyễn Thị Minh Khai|Phan Xích Long'),
  );
  const v = pick(r, [
    `Số ${int(r, 1, 99)} ngõ ${int(r, 2, 300)} phố ${pho}, phường ${phuong}, quận ${quan}, Hà Nội`,
    `${int(r, 10, 500)}/${int(r, 1, 40)} ${duong}, Phường ${int(r, 1, 15)}, Quận ${int(r, 1, 12)}, TP.HCM`,
    `${int(r, 10, 500)}/${int(r, 1, 40)}/${int(r, 1, 9)} ${duong}, P.${int(r, 1, 15)}, Q.${int(r, 1, 12)}, tp hcm`,
    `${int(r, 1, 300)} ${pick(r, w('Nguyễn Văn Linh|Lê Duẩn|Hùng Vương'))}, ${pick(r, w('Nam Dương|Thạch Thang|Hải Châu 1'))}, Hải Châu, Đà Nẵng`,
  ]);
  return lat(r() < 0.5 ? strip(v) : v);
};

const TH_BKK: [string, string, string, string, string, string][] = [
  ['หัวหมาก', 'บางกะปิ', '10240', 'Hua Mak', 'Bang Kapi', 'Ramkhamhaeng'],
  ['ลาดยาว', 'จตุจักร', '10900', 'Lat Yao', 'Chatuchak', 'Phahonyothin'],
  ['คลองตันเหนือ', 'วัฒนา', '10110', 'Khlong Tan Nuea', 'Watthana', 'Sukhumvit'],
  ['บางจาก', 'พระโขนง', '10260', 'Bang Chak', 'Phra Khanong', 'Sukhumvit'],
  ['ดินแดง', 'ดินแดง', '10400', 'Din Daeng', 'Din Daeng', 'Pracha Songkhro'],
];
const TH_RD: Record<string, string> = {
  Ramkhamhaeng: 'รามคำแหง',
  Phahonyothin: 'พหลโยธิน',
  Sukhumvit: 'สุขุมวิท',
  'Pracha Songkhro': 'ประชาสงเคราะห์',
};
const TH: AddrMaker = (r, native) => {
  const [kw, kh, pc, rkw, rkh, road] = pick(r, TH_BKK);
  const house = `${int(r, 1, 199)}/${int(r, 1, 450)}`;
  const soi = int(r, 2, 101);
  if (native)
    return {
      script: 'thai',
      v: pick(r, [
        `${house} หมู่บ้าน${pick(r, w('พฤกษา|เพอร์เฟค เพลส|ศุภาลัย|บ้านฟ้า'))} ซอย${TH_RD[road]} ${soi} ถนน${TH_RD[road]} แขวง${kw} เขต${kh} กรุงเทพฯ ${pc}`,
        `${int(r, 1, 300)} หมู่ ${int(r, 1, 12)} ตำบล${pick(r, w('สุเทพ|บางพูด|ในเมือง'))} อำเภอ${pick(r, w('เมืองเชียงใหม่|ปากเกร็ด|เมืองขอนแก่น'))} จังหวัด${pick(r, w('เชียงใหม่ 50200|นนทบุรี 11120|ขอนแก่น 40000'))}`,
        `ห้อง ${int(r, 2, 30)}${pad(int(r, 1, 40), 2)} ${pick(r, w('ลุมพินี วิลล์|ไอดีโอ|เดอะ เบส'))} ถนน${TH_RD[road]} แขวง${kw} เขต${kh} กทม. ${pc}`,
      ]),
    };
  return lat(
    pick(r, [
      `${house} Moo ${int(r, 1, 12)}, Soi ${road} ${soi}, ${road} Rd, ${rkw}, ${rkh}, Bangkok ${pc}`,
      `${int(r, 1, 300)} Moo ${int(r, 1, 12)}, T. Suthep, A. Mueang, Chiang Mai 50200`,
      `Room ${int(r, 2, 30)}${pad(int(r, 1, 40), 2)}, Lumpini Ville ${road}, ${rkw}, ${rkh}, Bangkok ${pc}`,
    ]),
  );
};

export const PLACES_A: Record<string, AddrMaker> = { IN, PK, BD, ID, MY, PH, VN, TH };
