// Hold-out 20 street addresses, written the local way: Africa, the Middle East, Turkey and Latin America.
import type { AddrMaker } from './pii-holdout20-places-a.ts';
import { int, pad, pick, type Rand, toDigits } from './pii-holdout20-values.ts';

const w = (s: string) => s.split('|');
const L = (r: Rand, s = 'ABCDEFGH') => pick(r, [...s]);
const lat = (v: string) => ({ v, script: 'latin' });
const ar = (r: Rand, v: string) => ({ v: r() < 0.3 ? toDigits(v, '٠١٢٣٤٥٦٧٨٩') : v, script: 'arabic' });

const NG: AddrMaker = (r) => {
  const [st, area] = pick(r, [
    ['Adeola Odeku Street', 'Victoria Island'],
    ['Allen Avenue', 'Ikeja'],
    ['Admiralty Way', 'Lekki Phase 1'],
    ['Awolowo Road', 'Ikoyi'],
    ['Herbert Macaulay Way', 'Yaba'],
    ['Bode Thomas Street', 'Surulere'],
  ]);
  return lat(
    pick(r, [
      `${int(r, 1, 120)} ${st}, ${area}, Lagos${r() < 0.4 ? ` ${pick(r, w('100001|101233|106104|101241'))}` : ''}`,
      `Plot ${int(r, 1, 60)}, Block ${int(r, 1, 130)}, ${pick(r, w('Lekki Phase 1|Omole Estate Phase 2|Magodo GRA|Ajah'))}, Lagos State`,
      `No. ${int(r, 1, 40)} ${pick(r, w('Aminu Kano Crescent, Wuse 2|Gimbiya Street, Garki Area 11|Ademola Adetokunbo Crescent, Wuse 2|1st Avenue, Gwarinpa Estate'))}, Abuja`,
      `Flat ${int(r, 1, 12)}, Block ${int(r, 1, 40)}, Jakande Estate, Isolo, Lagos`,
      `${int(r, 1, 80)} ${pick(r, w('Old Aba Road, GRA Phase 2, Port Harcourt|Zoo Road, Tarauni, Kano|Ring Road, Bodija, Ibadan'))}`,
    ]),
  );
};

const KE: AddrMaker = (r) => {
  const [road, area] = pick(r, [
    ['Riverside Drive', 'Westlands'],
    ['Argwings Kodhek Rd', 'Kilimani'],
    ['Ngong Road', 'Kilimani'],
    ['Thika Road', 'Roysambu'],
    ['Kiambu Road', 'Ridgeways'],
    ['Othaya Road', 'Kileleshwa'],
  ]);
  return lat(
    pick(r, [
      `Apartment ${L(r, 'ABCD')}${int(r, 1, 24)}, ${pick(r, w('Riverside Gardens|Greenpark Court|Sunrise Apartments|Jacaranda Heights'))}, ${road}, ${area}, Nairobi`,
      `House No. ${int(r, 1, 60)}, ${pick(r, w('Fairview Court|Amani Villas|Kifaru Estate'))}, off ${road}, ${area}, Nairobi`,
      `P.O. Box ${int(r, 100, 99999)}-00${pick(r, w('100|200|600|606|502'))}, Nairobi`,
      `Plot ${int(r, 100, 4000)}, Links Road, Nyali, Mombasa`,
      `House ${int(r, 1, 40)}, Milimani Estate, Kisumu`,
    ]),
  );
};

const GH: AddrMaker = (r) => {
  const gps = () => `${pick(r, w('GA|GA|GT|AK'))}-${int(r, 100, 999)}-${int(r, 1000, 9999)}`;
  return lat(
    pick(r, [
      `House No. ${int(r, 1, 60)}, ${pick(r, w('Oxford Street, Osu|4th Norla Street, Labone|Lagos Avenue, East Legon|Spintex Road, Baatsona|Housing Down, Adenta'))}, Accra`,
      `Hse ${int(r, 1, 90)}, ${pick(r, w('Ashongman Estates|Dansoman Exhibition|Tesano'))}, Accra (GPS: ${gps()})`,
      `Plot ${int(r, 1, 300)}, Block ${L(r)}, Community ${int(r, 1, 25)}, Tema`,
      `${gps()}, ${pick(r, w('Kasoa|Madina|Ahodwo, Kumasi|Adum, Kumasi'))}`,
    ]),
  );
};

const ZA: AddrMaker = (r) => {
  const [st, sub, city, pc] = pick(r, [
    ['Jan Smuts Avenue', 'Parktown', 'Johannesburg', '2193'],
    ['Vilakazi Street', 'Orlando West', 'Soweto', '1804'],
    ['Main Road', 'Sea Point', 'Cape Town', '8005'],
    ['Florida Road', 'Morningside', 'Durban', '4001'],
    ['Church Street', 'Hatfield', 'Pretoria', '0083'],
    ['Voortrekker Road', 'Bellville', 'Cape Town', '7530'],
  ]);
  return lat(
    pick(r, [
      `${int(r, 1, 300)} ${st}, ${sub}, ${city}, ${pc}`,
      `Unit ${int(r, 1, 60)}, ${pick(r, w('Sunset Villas|Oak Tree Estate|Willow Park|Bougainvillea Gardens'))}, ${int(r, 1, 200)} ${st}, ${sub}, ${city}, ${pc}`,
      `Stand ${int(r, 100, 9999)}, ${pick(r, w('Zone 5, Soshanguve, 0152|Extension 2, Tembisa, 1632|Block L, Mabopane, 0190'))}`,
      `${int(r, 1, 90)} ${pick(r, w('Mzimhlophe Street, Orlando East, Soweto, 1804|Sisulu Road, Khayelitsha, Cape Town, 7784'))}`,
    ]),
  );
};

const EG: AddrMaker = (r, native) => {
  if (native) {
    const [st, d, c] = pick(r, [
      ['شارع التحرير', 'الدقي', 'الجيزة'],
      ['شارع جامعة الدول العربية', 'المهندسين', 'الجيزة'],
      ['شارع عباس العقاد', 'مدينة نصر', 'القاهرة'],
      ['شارع 9', 'المعادي', 'القاهرة'],
      ['طريق الحرية', 'سيدي جابر', 'الإسكندرية'],
    ]);
    return ar(
      r,
      pick(r, [
        `${int(r, 1, 120)} ${st}، ${d}، ${c}`,
        `عمارة ${int(r, 1, 90)}، شقة ${int(r, 1, 30)}، ${st}، ${d}، ${c}`,
        `فيلا ${int(r, 1, 200)}، ${pick(r, w('التجمع الخامس|الشيخ زايد|مدينتي'))}، ${pick(r, w('القاهرة الجديدة|الجيزة|القاهرة'))}`,
      ]),
    );
  }
  const [st, d, c] = pick(r, [
    ['El Tahrir St', 'Dokki', 'Giza'],
    ['Gameat El Dowal El Arabeya St', 'Mohandessin', 'Giza'],
    ['Abbas El Akkad St', 'Nasr City', 'Cairo'],
    ['Road 9', 'Maadi', 'Cairo'],
    ['El Horreya Rd', 'Sidi Gaber', 'Alexandria'],
  ]);
  return lat(
    pick(r, [
      `Flat ${int(r, 1, 30)}, ${int(r, 1, 120)} ${st}, ${d}, ${c}`,
      `Building ${int(r, 1, 90)}, ${st}, ${d}, ${c}, apt ${int(r, 1, 20)}`,
      `Villa ${int(r, 1, 200)}, ${pick(r, w('Fifth Settlement, New Cairo|7th District, Sheikh Zayed|B12 Madinaty'))}`,
    ]),
  );
};

const MA: AddrMaker = (r, native) => {
  if (native)
    return ar(
      r,
      `رقم ${int(r, 1, 120)} ${pick(r, w('زنقة ابن سينا، أكدال، الرباط|زنقة واد زيز، حي الرياض، الرباط|شارع الزرقطوني، المعاريف، الدار البيضاء|درب سيدي بولوكات، المدينة، مراكش'))}`,
    );
  return lat(
    pick(r, [
      `Appt ${int(r, 1, 20)}, Imm ${int(r, 1, 60)}, ${pick(r, w('Rue Ibn Battouta, Maarif, Casablanca 20330|Bd Zerktouni, Maarif, Casablanca 20100|Rue Oued Ziz, Agdal, Rabat 10090|Avenue Mohammed VI, Gueliz, Marrakech 40000'))}`,
      `N° ${int(r, 1, 90)}, Derb ${pick(r, w('Sidi Bouloukat|Dabachi|Moulay Abdellah'))}, Médina, Marrakech`,
      `Lot ${pick(r, w('Al Amal|Nahda|Essalam'))} N° ${int(r, 1, 400)}, ${pick(r, w('Hay Mohammadi, Casablanca|Hay Riad, Rabat|Bensouda, Fès|Mesnana, Tanger'))}`,
      `${int(r, 1, 120)} rue ${pick(r, w('de fes|ibn khaldoun|al moutanabi'))} ${pick(r, w('casa|rabat agdal|tanger'))}`,
    ]),
  );
};

const SA: AddrMaker = (r, native) => {
  const b = int(r, 1000, 9999);
  const add = int(r, 1000, 9999);
  if (native)
    return ar(
      r,
      `${b} ${pick(r, w('طريق الملك فهد، حي العليا، الرياض 12214|شارع الأمير سلطان، حي الروضة، جدة 23435|شارع الملك سعود، حي الشاطئ، الدمام 32413|شارع التحلية، حي السليمانية، الرياض 12245'))} - ${add}`,
    );
  return lat(
    pick(r, [
      `${b} ${pick(r, w('King Fahd Road, Al Olaya, Riyadh 12214|Prince Sultan St, Al Rawdah, Jeddah 23435|King Saud St, Ash Shati, Dammam 32413|Tahlia St, As Sulimaniyah, Riyadh 12245'))} - ${add}`,
      `Building ${int(r, 1, 90)}, ${pick(r, w('Al Malqa District|Al Narjis District|Al Hamra District'))}, ${pick(r, w('Riyadh|Jeddah|Khobar'))}, flat ${int(r, 1, 20)}`,
    ]),
  );
};

const AE: AddrMaker = (r, native) => {
  if (native)
    return ar(
      r,
      `${pick(r, w('فيلا|فيلا رقم'))} ${int(r, 1, 90)}، شارع ${int(r, 1, 40)}، ${pick(r, w('البرشاء 2، دبي|مردف، دبي|جميرا 3، دبي|مدينة خليفة أ، أبوظبي'))}`,
    );
  return lat(
    pick(r, [
      `Flat ${int(r, 1, 50)}${pad(int(r, 1, 20), 2)}, ${pick(r, w('Marina Heights Tower, Dubai Marina|Al Seef Tower 2, JLT Cluster U|Burj Views B, Downtown Dubai|Sulafa Tower, Dubai Marina'))}, Dubai`,
      `Villa ${int(r, 1, 90)}, Street ${int(r, 1, 40)}, ${pick(r, w('Al Barsha 2, Dubai|Mirdif, Dubai|Jumeirah 3, Dubai|Khalifa City A, Abu Dhabi'))}`,
      `Apt ${int(r, 101, 1508)}, Building ${int(r, 1, 40)}, ${pick(r, w('Al Nahda 1, Sharjah|Al Taawun, Sharjah|Al Majaz 2, Sharjah|Al Reem Island, Abu Dhabi'))}`,
    ]),
  );
};

const TR: AddrMaker = (r) => {
  const [mah, ilce, il, pc] = pick(r, [
    ['Atatürk Mah.', 'Ataşehir', 'İstanbul', '34750'],
    ['Caferağa Mah.', 'Kadıköy', 'İstanbul', '34710'],
    ['Kızılay Mah.', 'Çankaya', 'Ankara', '06420'],
    ['Kazımdirik Mah.', 'Bornova', 'İzmir', '35040'],
    ['Özlüce Mah.', 'Nilüfer', 'Bursa', '16110'],
    ['Altunizade Mah.', 'Üsküdar', 'İstanbul', '34662'],
    ['Mehterçeşme Mah.', 'Esenyurt', 'İstanbul', '34510'],
  ]);
  const cad = pick(r, w('Cumhuriyet Cad.|Bağdat Cad.|İstiklal Cad.|Gazi Mustafa Kemal Bulvarı|Ankara Cad.'));
  return lat(
    pick(r, [
      `${mah} ${cad} No: ${int(r, 1, 250)} D: ${int(r, 1, 30)}, ${pc} ${ilce}/${il}`,
      `${mah} ${int(r, 1, 1500)}. Sokak No:${int(r, 1, 90)}/${int(r, 1, 20)} ${ilce} ${il}`,
      `${cad} ${pick(r, w('Yeşilvadi|Park Evleri|Gül'))} Sitesi ${L(r, 'ABCDE')} Blok Kat: ${int(r, 1, 14)} Daire: ${int(r, 1, 56)} ${ilce}/${il}`,
    ]),
  );
};

const BR_CITY: [string, string, string[], number, number][] = [
  ['São Paulo', 'SP', w('Jardim Paulista|Pinheiros|Vila Mariana|Mooca|Tatuapé'), 1000, 5999],
  ['Rio de Janeiro', 'RJ', w('Copacabana|Tijuca|Botafogo|Campo Grande'), 20000, 23799],
  ['Belo Horizonte', 'MG', w('Savassi|Funcionários|Pampulha'), 30000, 31999],
  ['Salvador', 'BA', w('Pituba|Barra|Itapuã'), 40000, 41999],
  ['Recife', 'PE', w('Boa Viagem|Casa Forte|Madalena'), 50000, 52999],
  ['Fortaleza', 'CE', w('Aldeota|Meireles|Messejana'), 60000, 61599],
  ['Curitiba', 'PR', w('Batel|Água Verde|Boqueirão'), 80000, 82999],
];
const BR: AddrMaker = (r) => {
  const [city, uf, bairros, lo, hi] = pick(r, BR_CITY);
  const cep = `${pad(int(r, lo, hi), 5)}-${pad(int(r, 0, 999), 3)}`;
  const b = pick(r, bairros);
  const rua = pick(
    r,
    w(
      'Rua das Flores|Rua Augusta|Rua Sete de Setembro|Rua Barão de Jaguara|Rua XV de Novembro|Rua Dom Pedro II|Travessa São José',
    ),
  );
  return lat(
    pick(r, [
      `${rua}, ${int(r, 1, 2500)}, apto ${int(r, 11, 184)}, ${b}, ${city} - ${uf}, ${cep}`,
      `Av. ${pick(r, w('Brasil|Sete de Setembro|Boa Viagem|Santos Dumont|Getúlio Vargas'))}, ${int(r, 1, 4000)}, bloco ${L(r, 'ABCD')}, ap ${int(r, 101, 1204)}, ${b}, ${city}/${uf}, CEP ${cep}`,
      `${rua.toLowerCase()} ${int(r, 1, 900)} casa ${int(r, 1, 4)} - ${b.toLowerCase()} - ${city.toLowerCase()} ${uf.toLowerCase()} cep ${cep.replace('-', '')}`,
    ]),
  );
};

const MX: AddrMaker = (r) => {
  const [col, cp, alc] = pick(r, [
    ['Centro', '06000', 'Cuauhtémoc'],
    ['Roma Norte', '06700', 'Cuauhtémoc'],
    ['Del Valle', '03100', 'Benito Juárez'],
    ['Narvarte Poniente', '03020', 'Benito Juárez'],
    ['Del Carmen', '04100', 'Coyoacán'],
    ['Polanco V Sección', '11560', 'Miguel Hidalgo'],
  ]);
  return lat(
    pick(r, [
      `Calle ${pick(r, w('Hidalgo|Morelos|Zaragoza|Allende|Guerrero|Juárez'))} ${int(r, 1, 400)}, Col. ${col}, ${cp} ${alc}, CDMX`,
      `Av. ${pick(r, w('Insurgentes Sur|Vallarta|Constitución|Juárez'))} ${int(r, 1, 3000)}, int. ${int(r, 1, 12)}, Col. ${pick(r, w('Providencia, C.P. 44630, Guadalajara, Jal.|Obispado, C.P. 64060, Monterrey, N.L.|La Paz, C.P. 72160, Puebla, Pue.|García Ginerés, C.P. 97070, Mérida, Yuc.'))}`,
      `Privada ${pick(r, w('de los Pinos|Las Rosas|del Sol'))} ${int(r, 1, 90)}, Fracc. ${pick(r, w('Las Palmas, 64000 Monterrey, N.L.|Los Álamos, 22010 Tijuana, B.C.|Real del Valle, 82120 Mazatlán, Sin.'))}`,
      `Mz ${int(r, 1, 80)} Lt ${int(r, 1, 40)}, Col. ${pick(r, w('Santa Martha Acatitla|Desarrollo Urbano Quetzalcóatl|San Miguel Teotongo'))}, Iztapalapa, CDMX ${pick(r, w('09510|09700|09630'))}`,
    ]),
  );
};

const CO: AddrMaker = (r) => {
  const via = pick(r, w('Calle|Carrera|Cra|Cl|Diagonal|Transversal|Av. Calle'));
  const num = `${int(r, 1, 170)}${r() < 0.3 ? L(r, 'ABC') : ''} ${pick(r, w('#|# |No.|N°'))} ${int(r, 1, 120)}-${int(r, 1, 99)}`;
  return lat(
    pick(r, [
      `${via} ${num}, Apto ${int(r, 1, 20)}${pad(int(r, 1, 8), 2)}, ${pick(r, w('Chapinero|Teusaquillo|Cedritos|Kennedy|Suba Rincón|Usaquén'))}, Bogotá`,
      `${via} ${num}, ${pick(r, w('Laureles, Medellín|El Poblado, Medellín|Belén, Medellín|San Fernando, Cali|Granada, Cali|El Prado, Barranquilla'))}`,
      `${via} ${num} Torre ${int(r, 1, 6)} Apto ${int(r, 1, 20)}0${int(r, 1, 8)}, Conjunto ${pick(r, w('Reservas del Parque|Altos de Santa Fe|Portal de Modelia'))}, Bogotá D.C.`,
      `Manzana ${L(r)} Casa ${int(r, 1, 40)}, Barrio ${pick(r, w('Villa Carolina|Los Almendros|La Campiña'))}, Barranquilla`,
    ]),
  );
};

export const PLACES_B: Record<string, AddrMaker> = { NG, KE, GH, ZA, EG, MA, SA, AE, TR, BR, MX, CO };
