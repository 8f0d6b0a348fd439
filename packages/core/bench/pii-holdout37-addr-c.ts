/**
 * Hold-out 37 address makers, part C: Latin America, Turkey, Indonesia, Japan (Brazil, Mexico, Argentina, Turkey,
 * Indonesia, Japan in Japanese script and in romaji). Same shape as part A.
 */
import { type Addr, choose, digits, int, letter, type Rand } from './pii-holdout37-addr-a.ts';

function br(r: Rand): Addr {
  const [bairro, city, uf, cep0] = choose(r, [
    ['Jardim Paulista', 'São Paulo', 'SP', '014'],
    ['Copacabana', 'Rio de Janeiro', 'RJ', '220'],
    ['Savassi', 'Belo Horizonte', 'MG', '301'],
    ['Boa Viagem', 'Recife', 'PE', '510'],
    ['Moinhos de Vento', 'Porto Alegre', 'RS', '905'],
    ['Batel', 'Curitiba', 'PR', '804'],
    ['Meireles', 'Fortaleza', 'CE', '601'],
    ['Pituba', 'Salvador', 'BA', '418'],
  ]);
  const cep = `${cep0}${digits(r, 2)}-${digits(r, 3)}`;
  const loc = `${city} - ${uf}`;
  const cepTxt = `${r() < 0.5 ? 'CEP ' : ''}${cep}`;
  if (r() < 0.1) {
    const s = `SQN ${int(r, 102, 416)} Bloco ${letter(r, 'ABCDEFGHIJK')} apto ${int(r, 1, 6)}0${int(r, 1, 8)}`;
    return {
      cc: 'BR',
      lang: 'pt',
      lines: [s, 'Asa Norte', 'Brasília - DF', `CEP 70${digits(r, 3)}-${digits(r, 3)}`],
      si: 0,
      short: [s, 'Asa Norte', 'Brasília - DF'],
      kind: 'street',
      unit: 'after',
    };
  }
  if (r() < 0.08) {
    const b = `Caixa Postal ${int(r, 10, 9999)}`;
    return { cc: 'BR', lang: 'pt', lines: [b, loc, cepTxt], si: 0, short: [b, loc], kind: 'pobox', unit: 'none' };
  }
  const s = `${choose(r, ['Rua das Flores', 'Av. Brasil', 'Rua Oscar Freire', 'Avenida Paulista', 'R. Barão de Itapetininga', 'Travessa São José', 'Rua XV de Novembro', 'Alameda Santos'])}, ${r() < 0.3 ? 'nº ' : ''}${int(r, 1, 3500)}`;
  const u =
    r() < 0.45
      ? `, ${choose(r, [`apto ${int(r, 11, 182)}`, `bloco B, ap. ${int(r, 101, 1204)}`, `casa ${int(r, 1, 9)}`, `sala ${int(r, 1, 40)}`])}`
      : '';
  return {
    cc: 'BR',
    lang: 'pt',
    lines: [s + u, bairro, loc, cepTxt],
    si: 0,
    short: [s + u, bairro, loc],
    kind: 'street',
    unit: u ? 'after' : 'none',
    landmarks: ['próximo ao mercado', 'em frente à padaria', 'ao lado da igreja', 'perto do posto Ipiranga'],
  };
}

function mx(r: Rand): Addr {
  const [col, mun, city, cp0] = choose(r, [
    ['Col. Juárez', 'Alcaldía Cuauhtémoc', 'Ciudad de México, CDMX', '066'],
    ['Col. Roma Norte', 'Cuauhtémoc', 'CDMX', '067'],
    ['Col. Vallarta Poniente', 'Guadalajara', 'Jal.', '441'],
    ['Fracc. Las Fuentes', 'Zapopan', 'Jalisco', '451'],
    ['Col. Del Valle', 'San Pedro Garza García', 'N.L.', '662'],
    ['Col. Centro', 'Oaxaca de Juárez', 'Oax.', '680'],
    ['Col. Industrial', 'Mérida', 'Yuc.', '971'],
  ]);
  const cp = cp0 + digits(r, 2);
  const s = `${choose(r, ['Calle Reforma', 'Av. Vallarta', 'Privada de los Pinos', 'Calle Morelos', 'Av. Insurgentes Sur', 'Calle 5 de Mayo', 'Cerrada Jacarandas', 'Calz. de Tlalpan'])} ${r() < 0.3 ? 'No. ' : r() < 0.2 ? '#' : ''}${int(r, 1, 3999)}`;
  const u =
    r() < 0.4
      ? ` ${choose(r, [`Int. ${int(r, 1, 30)}`, `Depto. ${int(r, 101, 804)}`, `Int. ${letter(r, 'ABC')}`])}`
      : '';
  const cpTxt = `C.P. ${cp}`;
  return {
    cc: 'MX',
    lang: 'es',
    lines: [s + u, col, mun, r() < 0.5 ? `${cpTxt}, ${city}` : `${city}, ${cpTxt}`],
    si: 0,
    short: [s + u, col, mun, city],
    kind: 'street',
    unit: u ? 'after' : 'none',
    landmarks: [
      'entre Av. Juárez y Calle Hidalgo',
      'frente al parque',
      'esquina con Allende',
      'a un lado del Oxxo',
      'portón negro',
    ],
  };
}

function ar(r: Rand): Addr {
  const t = r();
  if (t < 0.55) {
    const s = `${choose(r, ['Av. Corrientes', 'Av. Santa Fe', 'Thames', 'Gorriti', 'Av. Rivadavia', 'Juncal', 'Av. Cabildo', 'Humahuaca'])} ${int(r, 100, 5999)}`;
    const u =
      r() < 0.55
        ? `, ${choose(r, [`Piso ${int(r, 1, 14)} Dpto. ${letter(r, 'ABCDEF')}`, `${int(r, 1, 12)}° ${letter(r, 'ABCD')}`, `PB ${letter(r, 'AB')}`, `dto ${int(r, 1, 30)}`])}`
        : '';
    const cpa = `C${int(r, 1000, 1499)}${letter(r, 'ABCDEFGH')}${letter(r, 'ABCDEFGH')}${letter(r, 'ABCDEFGH')}`;
    const city = choose(r, ['CABA', 'Ciudad Autónoma de Buenos Aires', 'Buenos Aires']);
    return {
      cc: 'AR',
      lang: 'es',
      lines: [s + u, `${cpa} ${city}`],
      si: 0,
      short: [s + u, city],
      kind: 'street',
      unit: u ? 'after' : 'none',
    };
  }
  if (t < 0.8) {
    const s = `Calle ${int(r, 1, 70)} N° ${int(r, 100, 2400)}${r() < 0.4 ? ` e/ ${int(r, 1, 70)} y ${int(r, 1, 70)}` : ''}`;
    return {
      cc: 'AR',
      lang: 'es',
      lines: [s, 'La Plata (1900)', 'Buenos Aires'],
      si: 0,
      short: [s, 'La Plata'],
      kind: 'street',
      unit: 'none',
    };
  }
  const [pc, city, prov] = choose(r, [
    ['2000', 'Rosario', 'Santa Fe'],
    ['5000', 'Córdoba', 'Córdoba'],
    ['5500', 'Mendoza', 'Mendoza'],
  ]);
  const s = `${choose(r, ['Bv. Oroño', 'Av. Colón', 'Belgrano', 'San Martín', 'Pasaje Dorrego'])} ${int(r, 10, 3999)}`;
  return {
    cc: 'AR',
    lang: 'es',
    lines: [s, `${pc} ${city}`, prov],
    si: 0,
    short: [s, city],
    kind: 'street',
    unit: 'none',
  };
}

function tr(r: Rand): Addr {
  const [mah, ilce, il, pc] = choose(r, [
    ['Caddebostan Mah.', 'Kadıköy', 'İstanbul', '34728'],
    ['Moda Mah.', 'Kadıköy', 'İstanbul', '34710'],
    ['Cihangir Mah.', 'Beyoğlu', 'İstanbul', '34433'],
    ['Kavaklıdere Mah.', 'Çankaya', 'Ankara', '06690'],
    ['Kazımdirik Mah.', 'Bornova', 'İzmir', '35100'],
    ['Konyaaltı Mah.', 'Muratpaşa', 'Antalya', '07050'],
    ['Nilüfer Mah.', 'Nilüfer', 'Bursa', '16120'],
  ]);
  const street = choose(r, [
    'Atatürk Cad.',
    'Bağdat Caddesi',
    'Gül Sokak',
    '1453 Sok.',
    'Cumhuriyet Cad.',
    'Menekşe Sk.',
    'İnönü Bulvarı',
    'Papatya Sokağı',
    'Kızılırmak Cd.',
  ]);
  const no = `No${choose(r, [': ', ':', '. ', ' '])}${int(r, 1, 240)}`;
  const d =
    r() < 0.6
      ? ` ${choose(r, [`D: ${int(r, 1, 24)}`, `Daire:${int(r, 1, 24)}`, `Kat: ${int(r, 1, 9)} D: ${int(r, 1, 20)}`, `/${int(r, 1, 20)}`])}`.replace(
          ' /',
          '/',
        )
      : '';
  const s = `${street} ${no}${d}`;
  const lines = r() < 0.5 ? [mah, s] : [s, mah];
  const tail = r() < 0.5 ? `${pc} ${ilce}/${il}` : `${ilce} / ${il}`;
  return {
    cc: 'TR',
    lang: 'tr',
    lines: [...lines, tail],
    si: lines.indexOf(s),
    short: [...lines, `${ilce}/${il}`],
    kind: 'street',
    unit: d ? 'after' : 'none',
    landmarks: ['Migros karşısı', 'eczanenin yanı', 'camii arkası', 'okulun karşısında'],
  };
}

function id(r: Rand): Addr {
  const [kel, kec, city, pc] = choose(r, [
    ['Kel. Sukamaju', 'Kec. Cilodong', 'Depok', '16415'],
    ['Kel. Kebon Jeruk', 'Kec. Kebon Jeruk', 'Jakarta Barat', '11530'],
    ['Kel. Dago', 'Kec. Coblong', 'Bandung', '40135'],
    ['Kel. Sumerta', 'Kec. Denpasar Timur', 'Denpasar, Bali', '80236'],
    ['Kel. Jatiwaringin', 'Kec. Pondok Gede', 'Bekasi', '17411'],
    ['Kel. Gubeng', 'Kec. Gubeng', 'Surabaya', '60281'],
    ['Kel. Caturtunggal', 'Kec. Depok', 'Sleman, DI Yogyakarta', '55281'],
  ]);
  const t = r();
  let s: string;
  let unit = 'none';
  if (t < 0.45)
    s = `${choose(r, ['Jl.', 'Jalan', 'Jln.', 'jl'])} ${choose(r, ['Merdeka', 'Kebon Jeruk Raya', 'Dipatiukur', 'Melati', 'Pemuda', 'Sudirman', 'Kenanga', 'Cempaka Putih'])} No. ${int(r, 1, 250)}${r() < 0.2 ? letter(r, 'ABC') : ''}`;
  else if (t < 0.75) {
    s = `${choose(r, ['Perumahan Griya Asri', 'Perum Villa Mutiara', 'Komplek Taman Cibodas', 'Cluster Flamboyan'])} Blok ${letter(r, 'ABCDEFG')}${int(r, 1, 12)} No. ${int(r, 1, 40)}`;
    unit = 'after';
  } else s = `Gg. ${choose(r, ['Mawar', 'Kelinci', 'Haji Sairi', 'Masjid'])} No. ${int(r, 1, 60)}`;
  const rt = `RT ${String(int(r, 1, 15)).padStart(2, '0')}/RW ${String(int(r, 1, 12)).padStart(2, '0')}`;
  const lines = r() < 0.6 ? [s, rt, kel, kec] : [s, kel, kec];
  return {
    cc: 'ID',
    lang: 'id',
    lines: [...lines, `${city} ${pc}`],
    si: 0,
    short: [...lines, city],
    kind: 'street',
    unit,
    landmarks: ['dekat Masjid Al-Ikhlas', 'depan Indomaret', 'samping warung Bu Sri', 'belakang SDN 3', 'pagar hijau'],
  };
}

const JA_PLACES: [string, string, string, string][] = [
  ['東京都', '渋谷区', '恵比寿', '150-00'],
  ['東京都', '世田谷区', '三軒茶屋', '154-00'],
  ['大阪府', '大阪市北区', '天神橋', '530-00'],
  ['神奈川県', '横浜市港北区', '日吉', '223-00'],
  ['京都府', '京都市左京区', '田中里ノ前町', '606-82'],
  ['愛知県', '名古屋市千種区', '今池', '464-08'],
  ['福岡県', '福岡市中央区', '大名', '810-00'],
  ['北海道', '札幌市中央区', '南三条西', '060-00'],
];
const JA_ROMAJI: [string, string, string, string][] = [
  ['Tokyo', 'Shibuya-ku', 'Ebisu', '150-00'],
  ['Tokyo', 'Setagaya-ku', 'Sangenjaya', '154-00'],
  ['Osaka', 'Kita-ku, Osaka-shi', 'Tenjinbashi', '530-00'],
  ['Kanagawa', 'Kohoku-ku, Yokohama-shi', 'Hiyoshi', '223-00'],
  ['Aichi', 'Chikusa-ku, Nagoya', 'Imaike', '464-08'],
  ['Fukuoka', 'Chuo-ku, Fukuoka-shi', 'Daimyo', '810-00'],
];
function ja(r: Rand): Addr {
  const [pref, ward, town, pc] = choose(r, JA_PLACES);
  const zip = `〒${pc}${digits(r, 2)}`;
  const c = int(r, 1, 5);
  const b = int(r, 1, 30);
  const g = int(r, 1, 25);
  const block = r() < 0.5 ? `${town}${c}丁目${b}番${g}号` : `${town}${c}-${b}-${g}`;
  const bld =
    r() < 0.55
      ? `${choose(r, ['メゾン', 'コーポ', 'ハイツ', 'グランド'])}${choose(r, ['さくら', '青葉', 'ひまわり', '日吉'])}${int(r, 1, 9)}0${int(r, 1, 9)}号室`
      : '';
  const street = `${pref}${ward}${block}`;
  const lines = bld ? [zip, street, bld] : [zip, street];
  return {
    cc: 'JP',
    lang: 'ja',
    lines,
    si: 1,
    short: bld ? [street, bld] : [street],
    kind: 'street',
    unit: bld ? 'after' : 'none',
    sep: r() < 0.5 ? ' ' : '',
  };
}
function jaRomaji(r: Rand): Addr {
  const [pref, ward, town, pc] = choose(r, JA_ROMAJI);
  const s = `${int(r, 1, 5)}-${int(r, 1, 30)}-${int(r, 1, 25)} ${town}`;
  const bld =
    r() < 0.4
      ? `${choose(r, ['Sunny Heights', 'Maison Aoba', 'Corpo Sakura', 'Grand Palace Hiyoshi'])} ${int(r, 1, 9)}0${int(r, 1, 9)}`
      : '';
  const lines = bld ? [bld, s, ward, `${pref} ${pc}${digits(r, 2)}`] : [s, ward, `${pref} ${pc}${digits(r, 2)}`];
  return {
    cc: 'JP-romaji',
    lang: 'en',
    lines,
    si: bld ? 1 : 0,
    short: bld ? [bld, s, ward, pref] : [s, ward, pref],
    kind: 'street',
    unit: bld ? 'before' : 'none',
  };
}

export const MAKERS_C: Record<string, (r: Rand) => Addr> = {
  BR: br,
  MX: mx,
  AR: ar,
  TR: tr,
  ID: id,
  JP: ja,
  'JP-romaji': jaRomaji,
};
