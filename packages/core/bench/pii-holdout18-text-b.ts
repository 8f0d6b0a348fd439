/**
 * Requests of hold-out 18, part B (Japanese, Korean, Russian, Ukrainian, Greek, Hebrew, Turkish); same shape as part A.
 * Japanese and Korean glue particles to the value (です, 로, 에서), Greek ends a question with ; (U+037E), Turkish
 * adds a suffix after an apostrophe ('den).
 */
import type { Carrier, Labels } from './pii-holdout18-text-a.ts';

export const CARRIERS_B: Record<string, Carrier[]> = {
  ja: [
    [
      'translate',
      'PECIA',
      'この文を英語に翻訳してください：「こんにちは、田中です。{k}は{v}です。夕方以降ならいつでも大丈夫です。」',
    ],
    [
      'form',
      'PECIA',
      'この申込書の記入を手伝ってください。\n氏名：田中 由紀\n住所：東京都世田谷区\n{k}：{v}\n備考：特になし',
    ],
    [
      'landlord',
      'PEI',
      '大家さんに、今月の家賃の支払いが3日遅れることを丁寧に伝えるメッセージを書いてください。{k}は{v}です。',
    ],
    ['booking', 'PEC', 'ホテルの予約を確認してほしいです。予約時に{k}{v}を登録したのですが、確認メールが届きません。'],
    ['it', 'A', 'ネットがよく切れます。ルーターの管理画面に{k}が{v}と表示されていますが、原因は何でしょうか？'],
    ['payment', 'CI', 'カード会社への問い合わせ文を作ってください。{k}{v}で二重に請求されています。'],
    ['chat', 'PEA', '{k}：{v}　折り返しお願いします。'],
  ],
  ko: [
    [
      'translate',
      'PECIA',
      '이 문장을 영어로 번역해 주세요: "안녕하세요, 김민준입니다. 연락처 정보 남깁니다 - {k}: {v}. 저녁 6시 이후에 연락 주세요."',
    ],
    ['form', 'PECIA', '이 신청서 작성 좀 도와주세요.\n이름: 김민준\n주소: 서울시 마포구\n{k}: {v}\n비고: 없음'],
    [
      'landlord',
      'PEI',
      '집주인에게 이번 달 월세를 3일 늦게 낸다고 정중하게 문자 좀 써 주세요. 제 {k}도 같이 적어 주세요: {v}',
    ],
    ['booking', 'PEC', '호텔 예약 확인 좀 해 주세요. 예약할 때 {k} {v}로 등록했는데 확인 메일이 안 왔어요.'],
    ['it', 'A', '인터넷이 자꾸 끊겨요. 공유기 관리 페이지에 {k}가 {v}로 나오는데 뭐가 문제일까요?'],
    ['payment', 'CI', '카드사에 보낼 문의글 써 주세요. {k} {v}에서 같은 금액이 두 번 결제됐어요.'],
    ['chat', 'PEA', '{k}:{v} 확인 부탁드려요~'],
  ],
  ru: [
    [
      'translate',
      'PECIA',
      'Переведи на английский: «Здравствуйте, меня зовут Сергей. Мои данные — {k}: {v}. Звоните после шести вечера.»',
    ],
    [
      'form',
      'PECIA',
      'Помоги заполнить анкету:\nФИО: Иванов Сергей Петрович\nГород: Казань\n{k}: {v}\nЦель обращения: подключение интернета',
    ],
    [
      'landlord',
      'PEI',
      'Напиши вежливое сообщение хозяйке квартиры, что оплату за март переведу на три дня позже. Укажи {k}: {v}.',
    ],
    [
      'booking',
      'PEC',
      'Проверь мою бронь в отеле: при бронировании я указал {k} {v}, но подтверждение так и не пришло.',
    ],
    ['it', 'A', 'У меня постоянно отваливается интернет, в настройках роутера {k} {v}. Что делать?'],
    ['payment', 'CI', 'Составь претензию в банк: списали деньги дважды, {k} {v}.'],
    ['chat', 'PEA', '{k}:{v}\nперезвоните, пожалуйста'],
  ],
  uk: [
    [
      'translate',
      'PECIA',
      'Переклади англійською: «Добрий день, мене звати Олена. Мої дані — {k}: {v}. Телефонуйте після 18:00.»',
    ],
    [
      'form',
      'PECIA',
      'Допоможи заповнити анкету:\nПІБ: Коваленко Олена Іванівна\nМісто: Львів\n{k}: {v}\nМета: оформлення довідки',
    ],
    [
      'landlord',
      'PEI',
      'Напиши ввічливе повідомлення орендодавцю, що оплату за квітень зроблю на три дні пізніше. Вкажи {k}: {v}.',
    ],
    ['booking', 'PEC', 'Перевір моє бронювання: під час бронювання я вказала {k} {v}, але підтвердження не надійшло.'],
    ['it', 'A', 'Інтернет постійно зникає, у налаштуваннях роутера {k} {v}. Що робити?'],
    ['payment', 'CI', 'Склади заяву до банку: з мене двічі списали кошти, {k} {v}.'],
    ['chat', 'PEA', '{k}:{v}\nпередзвоніть, будь ласка'],
  ],
  el: [
    [
      'translate',
      'PECIA',
      'Μετάφρασε στα αγγλικά: «Καλησπέρα, είμαι η Ελένη. Τα στοιχεία μου — {k}: {v}. Καλέστε μετά τις 6 το απόγευμα.»',
    ],
    [
      'form',
      'PECIA',
      'Βοήθησέ με να συμπληρώσω τη φόρμα:\nΟνοματεπώνυμο: Ελένη Παπαδάκη\nΠόλη: Θεσσαλονίκη\n{k}: {v}\nΣκοπός: σύνδεση ρεύματος',
    ],
    [
      'landlord',
      'PEI',
      'Γράψε ένα ευγενικό μήνυμα στον ιδιοκτήτη ότι θα πληρώσω το ενοίκιο με τρεις μέρες καθυστέρηση. Βάλε και {k}: {v}.',
    ],
    [
      'booking',
      'PEC',
      'Έλεγξε την κράτησή μου στο ξενοδοχείο· δεν ήρθε επιβεβαίωση. Μήπως το λάθος είναι εδώ — {k}: {v}\u037e',
    ],
    ['it', 'A', 'Το ίντερνετ κόβεται συνέχεια, στο router βλέπω {k} {v}\u0387 φταίει ο πάροχος\u037e'],
    ['payment', 'CI', 'Γράψε παράπονο στην τράπεζα: χρεώθηκα δύο φορές, {k} {v}.'],
    ['chat', 'PEA', '{k}:{v}\nπάρτε με τηλέφωνο παρακαλώ'],
  ],
  he: [
    ['translate', 'PECIA', 'תתרגם לאנגלית: "שלום, אני יוסי, {k} שלי: {v}, אפשר להתקשר אחרי שש בערב."'],
    ['form', 'PECIA', 'תעזור לי למלא את הטופס:\nשם: יוסי כהן\nעיר: חיפה\n{k}: {v}\nמטרה: חידוש מנוי'],
    ['landlord', 'PEI', 'תכתוב הודעה מנומסת לבעל הדירה שאעביר את שכר הדירה באיחור של שלושה ימים, ותוסיף {k}: {v}.'],
    ['booking', 'PEC', 'תבדוק לי את ההזמנה במלון, נתתי {k} {v} ולא קיבלתי אישור.'],
    ['it', 'A', 'האינטרנט מתנתק כל הזמן, בראוטר מופיע {k} {v}, מה לעשות?'],
    ['payment', 'CI', 'תנסח תלונה לבנק: חייבו אותי פעמיים, {k} {v}.'],
    ['chat', 'PEA', '{k}:{v}\nתחזרו אליי בבקשה'],
  ],
  tr: [
    [
      'translate',
      'PECIA',
      'Şunu İngilizceye çevirir misin: "Merhaba, ben Mehmet. Bilgilerim — {k}: {v}. Akşam 6\'dan sonra arayabilirsiniz."',
    ],
    [
      'form',
      'PECIA',
      'Bu formu doldurmama yardım et:\nAd Soyad: Mehmet Yılmaz\nŞehir: İzmir\n{k}: {v}\nAmaç: abonelik',
    ],
    [
      'landlord',
      'PEI',
      'Ev sahibine kirayı üç gün geç ödeyeceğimi kibarca anlatan bir mesaj yaz, {k}: {v} bilgisini de ekle.',
    ],
    ['booking', 'PEC', 'Otel rezervasyonumu kontrol eder misin? Rezervasyonda {k} olarak {v} yazdım ama onay gelmedi.'],
    ['it', 'A', 'İnternetim sürekli kopuyor, modem arayüzünde {k} {v} görünüyor. Sorun ne olabilir?'],
    ['payment', 'CI', "Bankaya şikâyet yaz: {k} {v}'den aynı tutar iki kez çekildi."],
    ['chat', 'PEA', '{k}:{v}\ndönüş yaparsanız sevinirim'],
  ],
};

export const LABELS_B: Record<string, Labels> = {
  ja: {
    PHONE: ['電話', '携帯', '電話番号', 'TEL'],
    EMAIL: ['メール', 'メールアドレス'],
    CREDIT_CARD: ['カード番号', 'クレジットカード'],
    IBAN: ['IBAN', '口座番号（IBAN）'],
    IP_ADDRESS: ['IPアドレス', 'グローバルIP'],
  },
  ko: {
    PHONE: ['전화번호', '휴대폰', '연락처'],
    EMAIL: ['이메일', '메일 주소'],
    CREDIT_CARD: ['카드번호', '신용카드'],
    IBAN: ['IBAN', '국제계좌번호'],
    IP_ADDRESS: ['IP 주소', '아이피'],
  },
  ru: {
    PHONE: ['телефон', 'мобильный', 'тел.'],
    EMAIL: ['почта', 'e-mail', 'эл. почта'],
    CREDIT_CARD: ['номер карты', 'карта'],
    IBAN: ['IBAN', 'счёт IBAN'],
    IP_ADDRESS: ['IP-адрес', 'айпи'],
  },
  uk: {
    PHONE: ['телефон', 'мобільний', 'тел.'],
    EMAIL: ['пошта', 'e-mail', 'ел. пошта'],
    CREDIT_CARD: ['номер картки', 'картка'],
    IBAN: ['IBAN', 'рахунок IBAN'],
    IP_ADDRESS: ['IP-адреса', 'айпі'],
  },
  el: {
    PHONE: ['τηλέφωνο', 'κινητό', 'τηλ.'],
    EMAIL: ['email', 'ηλ. ταχυδρομείο'],
    CREDIT_CARD: ['αριθμός κάρτας', 'κάρτα'],
    IBAN: ['IBAN', 'λογαριασμός IBAN'],
    IP_ADDRESS: ['διεύθυνση IP', 'IP'],
  },
  he: {
    PHONE: ['טלפון', 'נייד', 'מס׳ טלפון'],
    EMAIL: ['מייל', 'דוא"ל'],
    CREDIT_CARD: ['מספר כרטיס', 'כרטיס אשראי'],
    IBAN: ['IBAN', 'מספר חשבון בינלאומי'],
    IP_ADDRESS: ['כתובת IP', 'IP'],
  },
  tr: {
    PHONE: ['telefon', 'cep', 'Tel'],
    EMAIL: ['e-posta', 'mail'],
    CREDIT_CARD: ['kart numarası', 'kredi kartı'],
    IBAN: ['IBAN', 'IBAN numaram'],
    IP_ADDRESS: ['IP adresi', 'IP'],
  },
};
