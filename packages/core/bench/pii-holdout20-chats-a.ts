// Hold-out 20 chat lines: India, Pakistan, Bangladesh, Indonesia, Malaysia. Slots: {P[:flags]} person, {T} phone,
// {E} email, {A} address, {C} card, {I} IBAN, {D[:kind]} national id (flags: see pii-holdout20-names.ts; n = native
// script). Fillers {brand} {amt} {ord} {item} {place} {d} {t} {n} are never personal data.

export interface Chat {
  /** [user label, agent label] pairs for labelled renderings ({brand} allowed). */
  labels: [string, string][];
  /** Labels of a details block the user pastes (one line per value). */
  block: Record<string, string>;
  /** User lines without personal data. */
  open: string[];
  /** Agent lines without personal data. */
  reply: string[];
  /** User lines carrying one value, by type. */
  user: Record<string, string[]>;
  /** Agent lines carrying one value ({P} {T} {E} {A}). */
  agent: string[];
  /** More user lines without personal data (emphasis, slang, places, numbers), for the clean chats. */
  clean: string[];
}

export const CHATS_A: Record<string, Chat> = {
  IN: {
    labels: [
      ['Customer', 'Agent'],
      ['You', '{brand} Support'],
      ['me', 'CS'],
      ['User', 'Executive'],
    ],
    block: {
      PERSON: 'Name',
      PHONE: 'Mob',
      EMAIL: 'Email id',
      ADDRESS: 'Address',
      CREDIT_CARD: 'Card no',
      ID_NUMBER: 'ID',
    },
    open: [
      'hi my order {ord} not delivered yet 😡',
      'hello, paid {amt} thru {brand} but money debited twice',
      'Sir my refund for {item} still not came, its been {n} days',
      'bhai delivery boy ne order cancel kar diya without asking',
      'kya aap meri help kar sakte ho? app me payment pending dikha raha hai',
      'why is my {brand} account blocked?? i didnt do anything',
    ],
    reply: [
      'Hi, thanks for reaching out to {brand} support. Let me check this for you.',
      "I'm sorry for the inconvenience caused. Your refund of {amt} will be credited in 5-7 working days.",
      'Please allow me 2 minutes while I check the details.',
      'Aapki complaint register ho gayi hai, ticket no. {ord}.',
      "We have escalated this to our team, you'll get an update by {d}.",
    ],
    user: {
      PERSON: [
        'hi this is {P} from {place} side',
        'my name is {P:x} and order is under my name only',
        'delivery partner {P:mg} ne bola 10 min me aayega but 1 hr ho gaya',
        'order is for my mother {P:f}, she will receive',
        'plz tell rider to call {P:g} ji at the gate',
        'नाम: {P:n}, ऑर्डर अभी तक नहीं आया',
        'sir account holder name is {P:x}',
        'driver {P:m} was very rude, pls take action',
      ],
      PHONE: [
        'my registered no is {T}',
        'call me on {T} pls, cant chat now',
        'whatsapp pe bhej do {T}',
        'number change krna hai, new number {T}',
        'rider ka number {T} switched off aa raha hai',
      ],
      EMAIL: ['email id {E}', 'invoice pls send to {E}', 'my old mail was {E} but cant login now'],
      ADDRESS: [
        'deliver to {A}',
        'address: {A}',
        'wrong address dikha raha hai, correct one is {A}',
        'pickup from {A} pls, driver is going elsewhere',
      ],
      CREDIT_CARD: ['paid with card {C} but order failed', 'my credit card {C} charged twice for same order'],
      ID_NUMBER: [
        'PAN for KYC: {D:pan}',
        'aadhaar no {D:aadhaar} already linked hai',
        'my pan card {D:pan}, pls update kyc',
        'Aadhaar: {D:aadhaar}',
      ],
    },
    agent: [
      'Hi {P:g}, I can see your order is out for delivery.',
      'Thank you Mr. {P:ms} for your patience.',
      'Hi, I am {P:g} from {brand} customer care.',
      'Can you confirm your registered mobile {T}?',
      'We will send the invoice to {E} within 24 hrs.',
      'Your order will be delivered to {A}. Is that correct?',
    ],
    clean: [
      'Diwali sale me {item} ka price itna kyu badh gaya??',
      'Will it come before Monday? need it for Raksha Bandhan',
      'WORST SERVICE EVER!!! never ordering again',
      'order {ord} shows delivered but i got nothing 😤',
      'bro {brand} is charging {amt} extra as packaging fee??',
      'is {item} available at {place} store?',
      'yaar 3rd time same issue, pls fix ur app',
      'can i reschedule delivery to {d} after {t}?',
      'Ok thanks. Please DO NOT cancel, I will wait',
    ],
  },
  PK: {
    labels: [
      ['Customer', 'Agent'],
      ['Me', '{brand} Helpline'],
      ['user', 'support'],
    ],
    block: {
      PERSON: 'Name',
      PHONE: 'Contact',
      EMAIL: 'Email',
      ADDRESS: 'Address',
      CREDIT_CARD: 'Card',
      IBAN: 'IBAN',
      ID_NUMBER: 'CNIC',
    },
    open: [
      'AoA, mera order {ord} abhi tak nahi aya',
      'salam, {brand} se {amt} transfer kiye the lekin receiver ko nahi mile',
      'rider ne cash le liya aur order deliver nahi kiya 😡',
      'bhai refund kab tak aye ga? {n} din ho gaye',
      'assalam o alaikum, my account is showing negative balance',
    ],
    reply: [
      'Walaikum Assalam! {brand} se rabta karne ka shukriya. Main check karta hun.',
      'Inconvenience ke liye maazrat. Aap ka refund {amt} 3-5 working days mein aa jaye ga.',
      'Please thora intezar karein, main details verify kar raha hun.',
      'Your complaint number is {ord}. Our team will contact you by {d}.',
    ],
    user: {
      PERSON: [
        'mera naam {P} hai, account mere naam pe hai',
        'order {P:fg} baji ke naam pe hai, wo receive karein gi',
        'rider {P:m} ne bohat badtameezi ki',
        'my name is {P:x}',
        '{P:mg} bhai ko call kar lein gate pe',
        'نام: {P:n}',
      ],
      PHONE: [
        'mera number {T} hai',
        'jazzcash account {T} pe hai',
        'easypaisa wala number {T}',
        'call karein is number pe {T}',
        'whatsapp: {T}',
      ],
      EMAIL: ['email {E} pe receipt bhej dein', 'my email is {E}', 'login id {E} hai'],
      ADDRESS: ['address ye hai: {A}', 'deliver at {A}', 'pickup location {A}, driver ghalat jagah gaya'],
      CREDIT_CARD: ['card {C} se payment ki thi', 'debit card no {C} block kar dein please'],
      IBAN: ['refund is IBAN mein bhej dein {I}', 'my IBAN: {I}', 'account IBAN {I} Meezan ka hai'],
      ID_NUMBER: ['CNIC: {D}', 'mera shanakhti card number {D} hai', 'cnic no {D} pe sim registered hai'],
    },
    agent: [
      'Dear {P:g}, aap ka order dispatch ho chuka hai.',
      'Thank you {P:x}, aap ki request process ho gayi hai.',
      'Kya aap apna registered number {T} confirm kar sakte hain?',
      'Receipt {E} pe bhej di gayi hai.',
      'Aap ka order {A} pe deliver hoga.',
    ],
    clean: [
      'Eid se pehle deliver ho jaye ga na? Chand Raat pe chahiye',
      'YEH KYA BAKWAS HAI?? third time same masla',
      '{item} ka size chota aya hai, exchange karna hai',
      'kya {place} branch khuli hai aaj?',
      'order {ord} ka status kya hai bhai',
      'sale kab tak hai? {d} tak?',
      'theek hai shukriya, JazakAllah',
    ],
  },
  BD: {
    labels: [
      ['Customer', 'Agent'],
      ['Me', '{brand} Care'],
      ['user', 'support'],
    ],
    block: { PERSON: 'Name', PHONE: 'Mobile', EMAIL: 'Email', ADDRESS: 'Address', CREDIT_CARD: 'Card' },
    open: [
      'bhai amar order {ord} ekhono ashe nai',
      'bKash e {amt} send korsi kintu receiver pay nai',
      'rider order cancel kore dise, refund koi?',
      'hello, my {brand} account is locked since {d}',
      'আমার অর্ডার এখনো আসেনি, প্লিজ দেখেন',
    ],
    reply: [
      'Assalamu alaikum, {brand} e jogajog korar jonno dhonnobad. Ami check korchi.',
      'Apnar oshubidhar jonno dukkhito. Refund {amt} 3-7 working days e ashbe.',
      'অনুগ্রহ করে একটু অপেক্ষা করুন।',
      'Your ticket {ord} has been escalated, update by {d}.',
    ],
    user: {
      PERSON: [
        'amar naam {P}',
        'order ta {P:fg} apu receive korbe',
        'rider {P:m} khub kharap behave korse',
        'account holder: {P:x}',
        'নাম: {P:n}',
        '{P:mg} bhai ke call diyen gate e',
      ],
      PHONE: ['amar number {T}', 'bKash number {T} e refund den', 'nagad: {T}', 'call diyen {T} e', 'আমার নম্বর {T:n}'],
      EMAIL: ['email: {E}', 'invoice ta {E} e pathan plz', 'login hocche na {E} diye'],
      ADDRESS: ['address: {A}', 'deliver korben {A} e', 'pickup {A} theke'],
      CREDIT_CARD: ['card {C} diye payment korsi', 'amar card no {C}, double charge hoise'],
    },
    agent: [
      'Dear {P:g}, apnar order on the way.',
      'Thank you {P:x}, apnar request process kora hoyeche.',
      'Apnar registered number {T} confirm korun.',
      'Invoice {E} e pathano hoyeche.',
    ],
    clean: [
      'Eid er age delivery hobe? Pohela Boishakh er jonno lagbe',
      'EI SERVICE ER KONO MANE NAI 😡😡',
      '{item} er size milse na, return korte chai',
      '{place} e pickup point ache?',
      'ok bhai thanks, ami wait kortesi',
      'order {ord} kobe ashbe? {d} er moddhe?',
    ],
  },
  ID: {
    labels: [
      ['Pelanggan', 'CS'],
      ['Saya', '{brand} Care'],
      ['user', 'Admin'],
      ['Customer', 'Agent'],
    ],
    block: {
      PERSON: 'Nama',
      PHONE: 'No HP',
      EMAIL: 'Email',
      ADDRESS: 'Alamat',
      CREDIT_CARD: 'No kartu',
      ID_NUMBER: 'NIK',
    },
    open: [
      'kak pesanan saya {ord} kok belum sampai ya',
      'min, saldo {brand} kepotong {amt} tapi transaksi gagal',
      'driver cancel sepihak, padahal udah nunggu {n} menit 😤',
      'halo gan, refund saya kapan masuk?',
      'kenapa akun saya diblokir ya? gak ngapa2in',
    ],
    reply: [
      'Halo Kak, terima kasih sudah menghubungi {brand}. Mohon ditunggu, kami cek dulu ya.',
      'Mohon maaf atas ketidaknyamanannya. Dana {amt} akan dikembalikan maks. 3x24 jam.',
      'Baik Kak, laporan sudah kami teruskan dengan nomor tiket {ord}.',
      'Ada lagi yang bisa dibantu, Kak? 😊',
    ],
    user: {
      PERSON: [
        'atas nama {P} kak',
        'nama saya {P:x}',
        'drivernya Pak {P:mg} gak sopan banget',
        'paket dititip ke Bu {P:fg} tetangga sebelah',
        'tolong sampaikan ke Mas {P:m}, saya di lobby',
        'penerima: {P}',
      ],
      PHONE: [
        'no hp saya {T}',
        'wa aja kak {T}',
        'gopay saya yg nomor {T}',
        'hubungi ke {T} ya',
        'nomor lama {T} udah gak aktif',
      ],
      EMAIL: ['email saya {E}', 'tolong kirim invoice ke {E}', 'akun pake email {E}'],
      ADDRESS: ['alamat: {A}', 'kirim ke {A} ya kak', 'alamat di aplikasi salah, yg bener {A}'],
      CREDIT_CARD: ['bayar pake kartu kredit {C} tapi gagal', 'kartu {C} kepotong 2x'],
      ID_NUMBER: ['NIK saya {D}', 'no KTP {D} kak', 'verifikasi NIK: {D}'],
    },
    agent: [
      'Halo Kak {P:g}, pesanan sedang dalam perjalanan ya.',
      'Terima kasih Bapak {P:mx} atas kesabarannya.',
      'Boleh dikonfirmasi nomor HP terdaftar {T}, Kak?',
      'Invoice sudah kami kirim ke {E} ya.',
      'Paket akan dikirim ke {A}, sudah sesuai Kak?',
    ],
    clean: [
      'kak promo Harbolnas 12.12 masih ada? mau beli buat Lebaran',
      'PARAH BANGET pelayanannya 😡😡',
      'kak {item} ready gak? mau COD',
      'ongkir ke {place} berapa ya?',
      'oke kak makasih banyak 🙏',
      'resi {ord} gak bisa dilacak dari {d}',
      'wkwk udah sampe kak, aman',
    ],
  },
  MY: {
    labels: [
      ['Customer', 'Agent'],
      ['Me', '{brand} Support'],
      ['Pelanggan', 'Ejen'],
    ],
    block: {
      PERSON: 'Nama',
      PHONE: 'No tel',
      EMAIL: 'Emel',
      ADDRESS: 'Alamat',
      CREDIT_CARD: 'Kad',
      ID_NUMBER: 'No IC',
    },
    open: [
      'hi, my parcel {ord} still not arrive lah',
      'boss, {brand} deduct {amt} twice, can check?',
      'rider cancel order after 40 min 😤',
      'helo, nak tanya refund saya bila masuk?',
      'why my ewallet kena suspend?',
    ],
    reply: [
      'Hi there! Thanks for contacting {brand}. Let me check for you ya.',
      'Sorry for the inconvenience. Refund {amt} akan dikreditkan dalam 3-5 hari bekerja.',
      'Sila tunggu sebentar ya, saya semak.',
      'Your case ID is {ord}. We will update you by {d}.',
    ],
    user: {
      PERSON: [
        'name is {P}',
        'nama saya {P:x}',
        'rider {P:m} very rude one',
        'parcel tolong bagi kat Kak {P:fg} jiran sebelah',
        'account under my husband {P:mx}',
        'Encik {P:mx} will collect',
      ],
      PHONE: ['my no {T}', 'whatsapp me {T}', 'tng ewallet no {T}', 'call {T} ya', 'boleh call {T}'],
      EMAIL: ['email {E}', 'send receipt to {E} pls', 'login with {E} cannot'],
      ADDRESS: ['address: {A}', 'hantar ke {A}', 'pickup at {A}'],
      CREDIT_CARD: ['paid using card {C}', 'kad {C} kena charge 2 kali'],
      ID_NUMBER: ['IC no {D}', 'my mykad {D}', 'no kad pengenalan: {D}'],
    },
    agent: [
      'Hi {P:g}, your order is on the way!',
      'Terima kasih Puan {P:fx} atas kesabaran anda.',
      'Can confirm your number {T}?',
      'Receipt sent to {E}.',
      'Delivery address {A}, correct ya?',
    ],
    clean: [
      'Hari Raya sale still on? nak beli {item}',
      'WHY SO LATE one?? 2 hours already',
      'got stock for {item} at {place}?',
      'ok tq boss 👍',
      'parcel {ord} stuck at hub since {d} lah',
      'alamak, wrong item sent. want to return',
    ],
  },
};
