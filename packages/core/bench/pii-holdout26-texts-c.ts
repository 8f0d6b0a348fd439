/** Hold-out 26 chat messages, part C (Vietnamese, Romanian, Czech, Greek, Ukrainian, Swahili, Tagalog). */
import type { Tpl } from './pii-holdout26-texts-a.ts';

export const TEXTS_C: Record<string, Tpl[]> = {
  vi: [
    [
      'parcel',
      'Viết giúp mình tin nhắn khiếu nại: đơn hàng giao cho {name} tại {addr} bị thất lạc. Số điện thoại {phone}.',
    ],
    [
      'insurance',
      'Giúp mình điền đơn bồi thường bảo hiểm: xe của mình biển số {plate} bị va chạm. Người gây tai nạn là {name2}, sđt {phone}. Chủ hợp đồng {name}.',
    ],
    [
      'visa',
      'Dịch sang tiếng Anh để nộp hồ sơ visa: Họ tên {name}, ngày sinh {dob}, email {email}, thẻ thanh toán {card}.',
    ],
    ['school', 'Điền giúp phiếu nhập học: học sinh {name}, sinh ngày {dob}, phụ huynh {titled}, liên hệ {phone}.'],
  ],
  ro: [
    [
      'insurance',
      'Ajută-mă să completez constatarea amiabilă: celălalt șofer {name2}, nr. de înmatriculare {plate}, tel. {phone}. Eu sunt {name}.',
    ],
    [
      'tenancy',
      'Scrie un e-mail politicos proprietarului: sunt {titled}, locuiesc pe {addr} și centrala nu merge. Mă găsiți la {phone} sau {email}.',
    ],
    ['form', 'Completează formularul de înscriere: nume {name}, data nașterii {dob}, IBAN {iban}.'],
    [
      'parcel',
      'Coletul pentru {name} a fost returnat. Adresa corectă: {addr}. Scrie o reclamație către curier, contact {email}.',
    ],
  ],
  cs: [
    [
      'insurance',
      'Pomoz mi vyplnit záznam o dopravní nehodě: viník {name2}, SPZ {plate}, tel. {phone}. Poškozený {name}, e-mail {email}.',
    ],
    [
      'tenancy',
      'Napiš slušný e-mail pronajímateli: jsem {titled}, bydlím na adrese {addr} a nefunguje topení. Volejte {phone}.',
    ],
    ['form', 'Vyplň přihlášku: jméno {name}, datum narození {dob}, číslo účtu {iban}, adresa {addr}.'],
    [
      'school',
      'přelož do angličtiny zápis do školy: dítě {name}, narozen {dob}, zákonný zástupce {name2}, e-mail {email}',
    ],
  ],
  el: [
    [
      'insurance',
      'Βοήθησέ με να συμπληρώσω τη δήλωση ατυχήματος: άλλος οδηγός: {name2}, αρ. κυκλοφορίας {plate}, τηλ. {phone}. Οδηγός Α: {name}.',
    ],
    [
      'tenancy',
      'Γράψε ένα ευγενικό email στον ιδιοκτήτη: είμαι {titled}, μένω στην {addr} και χάλασε ο θερμοσίφωνας. Τηλέφωνο {phone}.',
    ],
    ['form', 'Συμπλήρωσε την αίτηση: ονοματεπώνυμο {name}, ημερομηνία γέννησης {dob}, IBAN {iban}, email {email}.'],
    [
      'parcel',
      'Το δέμα για {name} δεν έφτασε ποτέ. Διεύθυνση παράδοσης: {addr}. Γράψε παράπονο στην courier εταιρεία.',
    ],
  ],
  uk: [
    [
      'insurance',
      'Допоможи заповнити європротокол: інший водій {name2}, номерний знак {plate}, тел. {phone}. Я {name}, дата народження {dob}.',
    ],
    [
      'tenancy',
      'Напиши ввічливого листа орендодавцю: я {titled}, живу за адресою {addr}, не працює бойлер. Мій телефон {phone}.',
    ],
    ['form', 'Заповни анкету: ПІБ {name}, дата народження {dob}, IBAN {iban}, email {email}.'],
    [
      'parcel',
      'Посилка для {name} не прийшла. Адреса доставки: {addr}. Напиши скаргу до Нової пошти, контакт {phone}.',
    ],
  ],
  sw: [
    [
      'insurance',
      'Nisaidie kujaza fomu ya madai ya bima: gari langu {plate} liligongwa na matatu. Dereva ni {name2}, simu {phone}. Mimi ni {name}.',
    ],
    [
      'parcel',
      'Niandikie malalamiko kwa kampuni ya usafirishaji: mzigo wa {name} haujafika. Anwani: {addr}. Barua pepe {email}.',
    ],
    [
      'school',
      'Jaza fomu ya kujiunga na shule: jina la mwanafunzi {name}, tarehe ya kuzaliwa {dob}, mzazi {titled}, simu {phone}.',
    ],
    [
      'job',
      'Rekebisha barua yangu ya maombi ya kazi: Jina langu ni {name}, nimezaliwa {dob}, ninaishi {addr}. Barua pepe yangu ni {email}.',
    ],
  ],
  tl: [
    [
      'complaint',
      'Pakiayos naman itong reklamo ko sa bangko: Ako si {name}, dalawang beses na-charge ang card ko {card}. I-email ako sa {email}.',
    ],
    [
      'insurance',
      'Tulungan mo akong punan ang insurance claim: nabangga ang kotse ko ({plate}) sa EDSA. Driver ng kabila: {name2}, cp {phone}. Ako si {titled}.',
    ],
    [
      'school',
      'Pakifill-up ang enrollment form: pangalan ng bata {name}, kapanganakan {dob}, tirahan {addr}, numero ng magulang {phone}.',
    ],
    [
      'visa',
      'Isalin sa English para sa visa appointment: Pangalan {name}, petsa ng kapanganakan {dob}, address {addr}, email {email}.',
    ],
  ],
};
