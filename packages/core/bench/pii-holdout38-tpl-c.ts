/** Hold-out 38 message templates, Polish, Turkish, Japanese, Indonesian (slots as in pii-holdout38-tpl-a.ts). */
import type { Templates } from './pii-holdout38-tpl-a.ts';

export const PL: Templates = {
  support: [
    'Dzień dobry, nazywam się {N} i nie mogę się zalogować. Mój numer to {P}, e-mail {E}. Zamówienie {ORD}.',
    'Karta {C} została obciążona dwa razy ({AMT}). Posiadacz: {N}.',
    'Podaję {XL}: {X} oraz datę urodzenia {D}. {N}',
  ],
  form: [
    'Imię i nazwisko: {N}\nData urodzenia: {D}\nAdres: {A}\nTelefon: {P}\nE-mail: {E}',
    'Dane do umowy najmu: {N}, {XL} {X}, konto {B}',
  ],
  forward: ['Przesyłam kontakt do hydraulika, którego poleciła {G}: {N}, {P}'],
  letter: ['Napisz pismo z reklamacją. Jestem {N}, mieszkam przy {A}, urodzony {D}.'],
  chat: ['[12:30] {G}: podeślij mi swój numer\n[12:31] ja: {P}\n[12:31] ja: a maila masz? {E}'],
  scam: ["Dostałem SMS: 'Twoja paczka czeka, dopłać {AMT} na konto {B}'. Czy to oszustwo?"],
  json: ['{"imie_nazwisko": "{N}", "email": "{E}", "telefon": "{P}", "ip": "{I}"}'],
  csv: ['imię;email;telefon\n{N};{E};{P}'],
  signature: ['Pozdrawiam serdecznie\n{N}\n{CO}\ntel. {P}\n{E}'],
};

export const TR: Templates = {
  support: [
    'Merhaba, ben {N}, hesabıma giriş yapamıyorum. Numaram {P}, e-postam {E}. Sipariş no {ORD}.',
    'Kartımdan {C} iki kez {AMT} çekildi. Kart sahibi: {N}.',
    'Hesabıma {I} IP adresinden giriş yapılmış, e-postam {E}. Ne yapmalıyım?',
  ],
  form: [
    'Ad Soyad: {N}\nDoğum tarihi: {D}\nAdres: {A}\nTelefon: {P}\nE-posta: {E}',
    'Kira sözleşmesi için bilgiler: {N}, {XL} {X}, IBAN {B}',
  ],
  forward: ['Tesisatçının numarasını {G} önerdi: {N}, {P}'],
  letter: ['Bir şikayet dilekçesi yaz. Adım {N}, adresim {A}, doğum tarihim {D}.'],
  chat: ['[22:05] {G}: numaranı atar mısın\n[22:06] ben: {P}\n[22:06] ben: mail de {E}'],
  scam: ["Şu SMS geldi: 'Kargonuz bekliyor, {AMT} ödeme yapın: {B}'. Dolandırıcılık mı?"],
  json: ['{"ad_soyad": "{N}", "eposta": "{E}", "telefon": "{P}", "tckn": "{X}"}'],
  signature: ['Saygılarımla,\n{N}\n{CO}\nTel: {P}\n{A}'],
};

export const JA: Templates = {
  support: [
    'お世話になっております。{N}です。ログインできません。電話番号は{P}、メールは{E}です。注文番号{ORD}。',
    'Konnichiwa, {N} desu. Kaado {C} de nijuu seikyuu saremashita ({AMT}).',
    'IPアドレス {I} から私のアカウント {E} に不正ログインがありました。',
  ],
  form: ['氏名：{N}\n生年月日：{D}\n住所：{A}\n電話：{P}\nメール：{E}', '賃貸契約の情報です：{N}、{XL} {X}、口座 {B}'],
  forward: ['{G}さんに紹介された業者の連絡先：{N} {P}'],
  letter: ['退会の手紙を書いてください。名前は{N}、住所は{A}、生年月日は{D}です。'],
  chat: ['[19:40] {G}: 新しい番号教えて\n[19:41] 私: {P}\n[19:41] 私: メアドは {E}'],
  scam: ['こんなSMSが届きました：「お荷物をお預かりしています。{AMT}を{B}へお支払いください」詐欺ですか？'],
  json: ['{"name": "{N}", "mail": "{E}", "tel": "{P}", "address": "{A}"}'],
  signature: ['よろしくお願いいたします。\n{N}\n{CO}\nTEL: {P}\nMail: {E}'],
};

export const ID: Templates = {
  support: [
    'Halo, saya {N}, tidak bisa login ke akun saya. Nomor HP saya {P}, email {E}. Pesanan {ORD}.',
    'Kartu saya {C} kena tagihan dua kali ({AMT}). Atas nama {N}.',
    'Ada yang login ke akun {E} dari IP {I}. Tolong dibantu.',
  ],
  form: [
    'Nama lengkap: {N}\nTanggal lahir: {D}\nAlamat: {A}\nNo. HP: {P}\nEmail: {E}',
    'Data untuk kontrak sewa: {N}, {XL} {X}, rekening {B}',
  ],
  forward: ['Ini kontak tukang yang direkomendasikan {G}: {N}, WA {P}'],
  letter: ['Buatkan surat pengaduan. Nama saya {N}, alamat {A}, lahir tanggal {D}.'],
  chat: ['[07:15] {G}: kirim nomor kamu dong\n[07:16] aku: {P}\n[07:16] aku: email {E} ya'],
  scam: ["Saya dapat SMS: 'Paket Anda tertahan, bayar {AMT} ke rekening {B} a.n. {N}'. Ini penipuan?"],
  json: ['{"nama": "{N}", "email": "{E}", "hp": "{P}", "nik": "{X}"}'],
  signature: ['Salam,\n{N}\n{CO}\nHP: {P}\n{A}'],
};
