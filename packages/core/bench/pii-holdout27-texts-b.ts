/**
 * Requests to an AI chat assistant, hold-out 27 part B (Czech, Romanian, Greek, Ukrainian, Russian, Turkish,
 * Indonesian, Malay, Vietnamese, Swahili, Tagalog, Thai and Hindi romanized). Slots as in part A.
 */
import type { Tpl } from './pii-holdout27-texts-a.ts';

export const TEXTS_B: Record<string, Tpl[]> = {
  cs: [
    ['neighbour', 'Pomoz mi odpovědět sousedovi {P1}, stěžuje si na naše auto. Bydlím na adrese {A}. Slušně prosím.'],
    [
      'rental',
      'Vyplň žádost o pronájem:\nJméno: {F1}\nDatum narození: {D}\nAdresa: {A}\nTelefon: {T}\nE-mail: {E1}\nČíslo účtu: {I}',
    ],
    ['insurance', 'Napiš hlášení pojistné události: řidič {F1}, SPZ {L}, tel. {T}, mi na křižovatce nedal přednost.'],
    ['reference', 'napiš doporučení pro {P1}, nar. {D}, pracovala u nás v kavárně. kontakt na mě {E2}'],
  ],
  ro: [
    [
      'neighbour',
      'Ajută-mă să-i răspund vecinului {P1} care se plânge de zgomot. Locuiesc pe {A}. Pe un ton prietenos.',
    ],
    [
      'rental',
      'Completează cererea de închiriere:\nNume: {F1}\nData nașterii: {D}\nAdresa: {A}\nTelefon: {T}\nEmail: {E1}\nIBAN: {I}',
    ],
    [
      'insurance',
      'Scrie o declarație de daună: șoferul {F1}, număr de înmatriculare {L}, telefon {T}, a intrat în mașina mea.',
    ],
    ['birthday', 'scrie un mesaj de ziua ei pentru {P1}, născută pe {D}. soțul ei {P2} organizează petrecerea.'],
  ],
  el: [
    ['neighbour', 'Βοήθησέ με να απαντήσω στον γείτονα {P1} για τον θόρυβο. Μένω στην {A}. Ευγενικά παρακαλώ.'],
    [
      'rental',
      'Συμπλήρωσε την αίτηση ενοικίασης:\nΟνοματεπώνυμο: {F1}\nΗμερομηνία γέννησης: {D}\nΔιεύθυνση: {A}\nΚινητό: {T}\nEmail: {E1}\nIBAN: {I}',
    ],
    ['insurance', 'Γράψε δήλωση ατυχήματος: ο άλλος οδηγός, {F1}, πινακίδα {L}, τηλ. {T}, με χτύπησε στο φανάρι.'],
    ['condolence', 'γράψε ένα συλλυπητήριο μήνυμα για την {P1}, ο πατέρας της {F2} έφυγε από τη ζωή.'],
  ],
  uk: [
    [
      'neighbour',
      'Допоможи відповісти сусідці {P1}, вона скаржиться на шум. Я живу за адресою {A}. Ввічливо, будь ласка.',
    ],
    [
      'rental',
      'Заповни заявку на оренду:\nПІБ: {F1}\nДата народження: {D}\nАдреса: {A}\nТелефон: {T}\nEmail: {E1}\nIBAN: {I}',
    ],
    ['insurance', 'Напиши заяву до страхової: водій {F1}, номер авто {L}, тел. {T}, врізався в мою машину.'],
    [
      'groupchat',
      'підсумуй чат класу:\n{G1}: хто забере дітей у п’ятницю?\n{G2}: я, мій номер {T}\n{G3}: дякую! {P4} принесе торт',
    ],
  ],
  ru: [
    ['neighbour', 'Помоги ответить соседу {P1}, он жалуется на ремонт. Я живу по адресу {A}. Вежливо, пожалуйста.'],
    ['rental', 'Заполни анкету для аренды:\nФИО: {F1}\nДата рождения: {D}\nАдрес: {A}\nТелефон: {T}\nПочта: {E1}'],
    ['insurance', 'Составь заявление в страховую: второй водитель {F1}, госномер {L}, тел. {T}, въехал мне в бампер.'],
    ['reference', 'напиши рекомендацию для {P1}, родилась {D}, работала у нас бухгалтером. мой email {E2}'],
  ],
  tr: [
    ['neighbour', 'Komşum {P1} gürültüden şikayet etti, kibar bir cevap yazar mısın? Adresim {A}.'],
    [
      'rental',
      'Kira başvuru formunu doldur:\nAd Soyad: {F1}\nDoğum tarihi: {D}\nAdres: {A}\nCep: {T}\nE-posta: {E1}\nIBAN: {I}',
    ],
    ['insurance', 'Sigorta için kaza tutanağı yaz: karşı taraf {F1}, plaka {L}, telefon {T}, arkadan çarptı.'],
    ['wedding', 'düğün davetiyemizi güzelleştir: {F1} ile {F2} 7 Eylül’de {A} adresinde evleniyor. LCV: {P3} {T}'],
  ],
  id: [
    ['neighbour', 'Tolong bantu balas pesan tetangga saya {P1} soal pagar. Saya tinggal di {A}. Yang sopan ya.'],
    ['rental', 'Isi formulir sewa rumah:\nNama: {F1}\nTanggal lahir: {D}\nAlamat: {A}\nNo. HP: {T}\nEmail: {E1}'],
    ['insurance', 'Buatkan klaim asuransi: pengemudi lain {F1}, plat nomor {L}, HP {T}, menabrak mobil saya.'],
    [
      'groupchat',
      'ringkas chat grup arisan ini:\n{G1}: minggu ini di rumah siapa?\n{G2}: di rumahku aja, {A}\n{G3}: oke, wa aku di {T}',
    ],
  ],
  ms: [
    ['neighbour', 'Tolong tulis balasan sopan kepada jiran saya {P1} tentang sampah. Rumah saya di {A}.'],
    ['rental', 'Isikan borang sewa:\nNama: {F1}\nTarikh lahir: {D}\nAlamat: {A}\nTelefon: {T}\nEmel: {E1}'],
    ['insurance', 'Tulis tuntutan insurans: pemandu lain {F1}, nombor plat {L}, telefon {T}, melanggar kereta saya.'],
    ['wedding', 'cantikkan kad jemputan kahwin: {F1} dan {F2}, majlis di {A}. RSVP {P3} {T}'],
  ],
  vi: [
    ['neighbour', 'Giúp tôi viết tin nhắn trả lời hàng xóm {P1} về chuyện tiếng ồn. Nhà tôi ở {A}. Lịch sự nhé.'],
    ['rental', 'Điền đơn thuê nhà giúp tôi:\nHọ tên: {F1}\nNgày sinh: {D}\nĐịa chỉ: {A}\nĐiện thoại: {T}\nEmail: {E1}'],
    ['insurance', 'Viết đơn yêu cầu bảo hiểm: người lái xe kia là {F1}, biển số {L}, số điện thoại {T}.'],
    ['birthday', 'viết lời chúc sinh nhật cho {P1}, sinh ngày {D}. chồng chị ấy là {P2}.'],
  ],
  sw: [
    ['neighbour', 'Nisaidie kumjibu jirani yangu {P1} kuhusu maji yanayovuja. Ninaishi {A}. Kwa upole tafadhali.'],
    [
      'rental',
      'Jaza fomu ya kupanga nyumba:\nJina: {F1}\nTarehe ya kuzaliwa: {D}\nAnwani: {A}\nSimu: {T}\nBarua pepe: {E1}',
    ],
    ['insurance', 'Andika dai la bima: dereva mwingine ni {F1}, namba ya gari {L}, simu {T}, aligonga gari langu.'],
    ['condolence', 'niandikie ujumbe wa rambirambi kwa {P1}, mama yake {F2} amefariki. alizaliwa {D}.'],
  ],
  tl: [
    ['neighbour', 'Tulungan mo akong sumagot sa kapitbahay kong si {P1} tungkol sa aso. Nakatira ako sa {A}.'],
    [
      'rental',
      'Pakipunan ang rental form:\nPangalan: {F1}\nPetsa ng kapanganakan: {D}\nTirahan: {A}\nCellphone: {T}\nEmail: {E1}',
    ],
    [
      'insurance',
      'Gumawa ng insurance claim: ang kabilang driver ay si {F1}, plaka {L}, numero {T}, bumangga sa kotse ko.',
    ],
    [
      'groupchat',
      'ibuod mo itong group chat:\n{G1}: sino magdadala ng lechon?\n{G2}: ako na, text mo ako sa {T}\n{G3}: salamat {G2}!',
    ],
  ],
  th: [
    ['neighbour', 'chuay khian kham top phueanban {P1} reuang siang dang noi. ban chan yu thi {A}. suphap na kha.'],
    ['rental', 'chuay krok bai samak chao condo:\nChue: {F1}\nWan koet: {D}\nThi yu: {A}\nBoe tho: {T}\nEmail: {E1}'],
    ['insurance', 'khian khlem prakan hai noi: khon khap ik khan chue {F1}, thabian rot {L}, boe {T}, chon rot chan.'],
    ['thanks', 'khian card khob khun {P1} thi chuay duu maeo hai. song pai thi {E1} dai loei.'],
  ],
  hi: [
    [
      'neighbour',
      'mere padosi {P1} ko ek polite reply likhne mein madad karo, woh parking ko lekar naraz hain. mera pata hai {A}.',
    ],
    ['rental', 'yeh kiraya form bhar do:\nNaam: {F1}\nJanm tithi: {D}\nPata: {A}\nMobile: {T}\nEmail: {E1}'],
    ['insurance', 'insurance claim likho: doosri gaadi {L} thi, driver {F1}, phone {T}, usne peeche se takkar maari.'],
    ['wedding', 'shaadi ka card accha bana do: {F1} weds {F2}, venue {A}, RSVP {P3} {T}'],
  ],
};
