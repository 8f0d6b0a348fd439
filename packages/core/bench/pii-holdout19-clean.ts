/**
 * Hold-out 19 clean chats: code-switched lines with NO personal data, but full of what a detector may take for it:
 * Arabizi digit-words, slang, prices, times, order and tracking numbers, scores, years, "24/7", "2nd", product and
 * brand names, and common words capitalised for emphasis. Every entity found on them is a false entity.
 */
import { choose, digits, int, L, type Rand } from './pii-holdout19-values.ts';

const FILL: Record<string, (r: Rand) => string> = {
  inr: (r) =>
    choose(r, [
      `₹${int(r, 49, 2999)}`,
      `rs ${int(r, 1, 9)},${digits(r, 3)}`,
      `Rs.${int(r, 50, 999)}`,
      `${int(r, 2, 90)}k`,
    ]),
  pkr: (r) => choose(r, [`rs ${int(r, 100, 9999)}`, `${int(r, 2, 50)} hazar`, `PKR ${int(r, 1, 99)},${digits(r, 3)}`]),
  php: (r) => choose(r, [`₱${int(r, 50, 3000)}`, `${int(r, 100, 999)} pesos`, `P${int(r, 1, 9)},${digits(r, 3)}`]),
  sgd: (r) => choose(r, [`$${int(r, 2, 99)}.${int(r, 10, 90)}`, `${int(r, 3, 20)} bucks`, `S$${int(r, 100, 2500)}`]),
  myr: (r) => choose(r, [`RM${int(r, 5, 300)}`, `rm ${int(r, 10, 99)}.90`, `RM ${int(r, 1, 9)}k`]),
  idr: (r) =>
    choose(r, [`Rp ${int(r, 10, 900)}rb`, `Rp${int(r, 10, 999)}.000`, `${int(r, 1, 9)} juta`, `${int(r, 20, 90)}k`]),
  ngn: (r) => choose(r, [`₦${int(r, 1, 99)},${digits(r, 3)}`, `N${int(r, 500, 9000)}`, `${int(r, 2, 50)}k`]),
  kes: (r) => choose(r, [`ksh ${int(r, 50, 5000)}`, `${int(r, 50, 500)} bob`, `KES ${int(r, 1, 9)},${digits(r, 3)}`]),
  egp: (r) => choose(r, [`${int(r, 20, 900)} gneh`, `EGP ${int(r, 100, 5000)}`, `${int(r, 1, 9)} alf`]),
  lbp: (r) => choose(r, [`$${int(r, 5, 200)}`, `${int(r, 100, 900)} alf lira`, `${int(r, 1, 5)} million LBP`]),
  mad: (r) => choose(r, [`${int(r, 10, 900)} dh`, `${int(r, 100, 5000)} dirham`, `${int(r, 1, 50)} alf ryal`]),
  mxn: (r) => choose(r, [`$${int(r, 50, 2000)} pesos`, `${int(r, 100, 900)} varos`, `$${int(r, 5, 80)}.99`]),
  eur: (r) =>
    choose(r, [
      `${int(r, 5, 200)},${int(r, 10, 99)} €`,
      `€${int(r, 5, 900)}`,
      `${int(r, 5, 90)} euro`,
      `${int(r, 10, 50)} balles`,
    ]),
  try: (r) => choose(r, [`${int(r, 50, 5000)} TL`, `${int(r, 1, 9)}.${digits(r, 3)} tl`, `${int(r, 10, 90)} lira`]),
  cad: (r) => choose(r, [`${int(r, 5, 200)}$`, `${int(r, 5, 200)} piasses`, `$${int(r, 5, 99)}.${int(r, 10, 99)}`]),
  time: (r) =>
    choose(r, [
      `${int(r, 1, 12)}pm`,
      `${int(r, 1, 12)}:${choose(r, ['00', '15', '30', '45'])}`,
      `${int(r, 6, 11)}.30am`,
      `${int(r, 8, 22)}h${choose(r, ['', '30'])}`,
      `${int(r, 1, 12)} baje`,
    ]),
  order: (r) =>
    choose(r, [
      `OD${digits(r, 15)}`,
      `#${int(r, 1, 9)}${digits(r, 9)}`,
      `${int(r, 100, 999)}-${digits(r, 7)}-${digits(r, 7)}`,
      `SPXPH${digits(r, 11)}`,
      `JP${digits(r, 10)}`,
      `AWB ${digits(r, 10)}`,
      `${int(r, 1, 9)}${digits(r, 11)}`,
      `TRK${digits(r, 8)}`,
      `ref ${int(r, 1, 9)}${digits(r, 7)}`,
    ]),
  cricket: (r) =>
    choose(r, [`${int(r, 140, 380)}/${int(r, 2, 9)}`, `${int(r, 140, 380)}-${int(r, 2, 9)}`, `${int(r, 20, 120)}*`]),
  score: (r) =>
    choose(r, [
      `${int(r, 0, 4)}-${int(r, 0, 3)}`,
      `${int(r, 0, 5)}:${int(r, 0, 3)}`,
      `${int(r, 1, 4)} ${int(r, 0, 3)}`,
    ]),
  bball: (r) => `${int(r, 80, 120)}-${int(r, 78, 119)}`,
  year: (r) => String(int(r, 1998, 2025)),
  n: (r) => String(int(r, 2, 60)),
  date: (r) =>
    choose(r, [
      `${int(r, 1, 28)}/${int(r, 1, 12)}`,
      `${int(r, 1, 28)} ${choose(r, L('jan|feb|march|april|june|aug|oct|dec'))}`,
      `${int(r, 1, 28)}.${int(r, 1, 12)}.`,
    ]),
};

const CLEAN: Record<string, string[]> = {
  hinglish: L(
    'bhai {inr} mein iPhone 15 mil raha hai Flipkart pe SALE lagi hai|yaar order {order} abhi tak deliver nahi hua Swiggy wale 24/7 bolte hai|kal match dekha kya india {cricket} tha last over mein Mast khela|meeting {time} ko shift ho gayi hai boss ne bola|Zomato se {inr} ka biryani mangaya tha ekdum Bekaar nikla|mera 2nd semester {year} mein khatam hoga phir job dhundhunga|Paytm pe cashback aaya {inr} SERIOUSLY bhai',
  ),
  urdu: L(
    'yaar Daraz se {pkr} ka phone liya tha tracking {order} hai|kal {time} match hai pakistan {cricket} se jeet gaya tha pichli dafa|bhai Foodpanda ka order {order} cancel ho gaya|ammi keh rahi hain {year} wali shadi ki video dhoondo|petrol {pkr} ho gaya hai Kamaal hai yaar|inshallah {date} ko exam khatam phir chutti',
  ),
  taglish: L(
    'grabe ang mahal {php} na yung Jollibee chickenjoy bucket|order ko sa Shopee {order} hindi pa dumadating|tara nood tayo ng game ginebra {bball} kagabi|sale sa Lazada 11.11 may {php} off sa Airpods|pasok ako ng {time} bukas tapos 2nd shift ulit|GCash ko may {php} pa kaya ko pa mag-Grab',
  ),
  singlish: L(
    'wah the Grab fare {sgd} sia so expensive|kopi peng at {time} can or not the usual place|my Shopee parcel {order} stuck at the sorting centre alr 3 days|liverpool win {score} last night Shiok|ntuc got promo {sgd} for 2nd item ONLY today|bro i serve ns from {year} to {year} damn sian',
  ),
  manglish: L(
    'mamak roti canai {myr} je murah gila|parcel {order} dari Lazada tak sampai lagi lah|jom tengok bola {time} malaysia menang {score} semalam|Touch n Go reload {myr} dah masuk ke belum|office open 24/7 ke bro I tak sure|Raya {year} nanti balik kampung naik ETS',
  ),
  indo: L(
    'ongkir nya {idr} doang pake Gojek|resi nya {order} udah di cek belum|persib menang {score} mantap bgt|Tokopedia lagi promo {idr} buat iPhone 13|jam {time} ketemu di Indomaret yg 24/7 ya|angkatan {year} reuni bulan depan Wajib dateng',
  ),
  arabizi: L(
    'el order {order} mawsolsh lessa 3ala Talabat|ana 2ahwa w nazel el sa3a {time} inshallah|el ahly kasab {score} embare7 ya 3am|el iPhone b {egp} dlwa2ty 2a5er 7aga|yalla ya shabab el Careem wasal 3al bab|shu ra2yak bl film l jdid sar {n} min 3am bl cinema|l ma7al fat7 24/7 bas l delivery ma byeje ba3d {time}|raja kasab {score} wa3er had l match|chrit had l telephone b {mad} f Jumia|ma 3andich {lbp} sallefne la bokra|ana fel 2nd year w el exams ba3d {date}',
  ),
  spanglish: L(
    'el Uber me cobro {mxn} que abuso|mi pedido de Mercado Libre {order} no ha llegado|america gano {score} anoche que golazo|nos vemos a las {time} en el Oxxo de la esquina|el Walmart esta abierto 24/7 o no|me gradue en {year} y sigo sin chamba lol',
  ),
  franglais: L(
    'le Uber ma coûté {cad} cest full cher|ma commande Amazon {order} est toujours pas arrivée|le CH a gagné {score} hier soir ENFIN|on se rejoint à {time} au Tim Hortons|le dep en bas est ouvert 24/7 tsé|jai payé {eur} pour des AirPods sur Leboncoin|ma 2e année de cégep finit en {year}',
  ),
  denglisch: L(
    'das Update hat {eur} gekostet total overpriced|mein Zalando paket {order} hängt seit tagen bei DHL|bayern hat {score} gewonnen krass|lass uns um {time} im home office callen|der späti hat 24/7 offen oder|ich hab mein abi {year} gemacht und dann gap year',
  ),
  turklish: L(
    'Trendyol siparisim {order} hala gelmedi|fener {score} kazandi ya inanilmaz|Getir {try} istedi delivery icin cok pahali|yarin {time} gibi meeting var hocam|iPhone 15 {try} olmus ne bu fiyat|universiteyi {year} de bitirdim simdi master yapiyorum',
  ),
  pidgin: L(
    'fuel don reach {ngn} for litre wahala dey|my Jumia order {order} never land|arsenal win {score} last night we move|make we meet {time} for the junction|data don finish abeg who get {ngn} make i buy 2GB|since {year} i never see this kind Sapa',
  ),
  sheng: L(
    'nimetuma {kes} kwa M-Pesa ukiget niambie|parcel {order} imefika kwa stage|gor mahia walishinda {score} jana|tukutane {time} kwa Java ya kimathi street|Safaricom bundles ni {kes} siku hizi|nilimaliza campo {year} sasa ni hustle tu',
  ),
};

/** `total` clean chats spread over the mixes: [mix, text]. Placeholders like {order} are filled at random. */
export function cleanChats(r: Rand, total: number): [string, string][] {
  const mixes = Object.keys(CLEAN);
  const out: [string, string][] = [];
  for (let i = 0; i < total; i++) {
    const mix = mixes[i % mixes.length];
    const t = choose(r, CLEAN[mix]).replace(/\{(\w+)\}/g, (_, k: string) => FILL[k](r));
    out.push([mix, t]);
  }
  return out;
}
