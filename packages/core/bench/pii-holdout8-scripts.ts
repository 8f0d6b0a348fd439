/**
 * Writing systems of hold-out 8 (written blind): per language its phone region, IBAN country, native digits, direction,
 * labels of the six types, person names and short notes (no PII) for the containers, and sentences with `{k}` (label)
 * and `{v}` (value). Some sentences glue the value to letters or suffixes the way the language does (Thai, Korean,
 * Hebrew ל-, Turkish 'ye).
 */
export interface Script {
  lang: string;
  region: string;
  ibanCountry: string;
  /** Key of NATIVE_DIGITS, or '' when locals write ASCII digits. */
  digits: string;
  rtl: boolean;
  tld: string;
  /** PHONE, EMAIL, CREDIT_CARD, IBAN, US_SSN, IP_ADDRESS */
  labels: [string, string, string, string, string, string];
  names: string[];
  notes: string[];
  prose: string[];
}

export const TYPES = ['PHONE', 'EMAIL', 'CREDIT_CARD', 'IBAN', 'US_SSN', 'IP_ADDRESS'] as const;
export const label = (s: Script, type: string) => s.labels[TYPES.indexOf(type as (typeof TYPES)[number])];

export const SCRIPTS: Script[] = [
  {
    lang: 'ar',
    region: 'SA',
    ibanCountry: 'SA',
    digits: 'arab',
    rtl: true,
    tld: 'sa',
    labels: [
      'رقم الجوال',
      'البريد الإلكتروني',
      'رقم البطاقة',
      'رقم الآيبان',
      'رقم الضمان الاجتماعي الأمريكي',
      'عنوان IP',
    ],
    names: ['محمد العتيبي', 'نورة القحطاني'],
    notes: ['تم تحديث بيانات العميل بنجاح', 'يرجى التواصل بعد الساعة الخامسة مساءً'],
    prose: [
      'مرحباً، {k} الخاص بي هو {v}، أرجو التواصل معي غداً.',
      'يرجى تحديث {k}: {v} في ملفي الشخصي.',
      'تم تسجيل {k} ({v}) في الطلب رقم ٤٨٢١٣، شكراً.',
    ],
  },
  {
    lang: 'fa',
    region: 'IR',
    ibanCountry: 'IR',
    digits: 'pers',
    rtl: true,
    tld: 'ir',
    labels: ['شماره موبایل', 'ایمیل', 'شماره کارت', 'شماره شبا', 'شماره تأمین اجتماعی آمریکا', 'آدرس آی‌پی'],
    names: ['علی رضایی', 'مریم احمدی'],
    notes: ['سفارش شما با موفقیت ثبت شد', 'لطفاً تا پایان هفته پاسخ دهید'],
    prose: [
      'سلام، {k} من {v} است. لطفاً با من تماس بگیرید.',
      '{k}: {v} — لطفاً در پرونده ثبت کنید.',
      'برای واریز، {k} {v} را استفاده کنید؛ ممنون.',
    ],
  },
  {
    lang: 'he',
    region: 'IL',
    ibanCountry: 'IL',
    digits: '',
    rtl: true,
    tld: 'co.il',
    labels: ['מספר טלפון', 'דוא״ל', 'מספר כרטיס אשראי', 'מספר IBAN', 'מספר ביטוח לאומי אמריקאי', 'כתובת IP'],
    names: ['יוסי כהן', 'מיכל לוי'],
    notes: ['ההזמנה נשלחה ללקוח', 'נא לחזור אליי עד יום חמישי'],
    prose: ['שלום, {k} שלי הוא {v}, תודה.', 'אפשר לעדכן את {k} ל-{v} בבקשה?', 'רשמתי בטופס: {k} {v}.'],
  },
  {
    lang: 'hi',
    region: 'IN',
    ibanCountry: 'GB',
    digits: 'deva',
    rtl: false,
    tld: 'in',
    labels: ['मोबाइल नंबर', 'ईमेल', 'कार्ड नंबर', 'IBAN नंबर', 'अमेरिकी SSN', 'आईपी पता'],
    names: ['राहुल शर्मा', 'प्रिया वर्मा'],
    notes: ['आपका ऑर्डर सफलतापूर्वक दर्ज हो गया है', 'कृपया शाम पाँच बजे के बाद संपर्क करें'],
    prose: [
      'नमस्ते, मेरा {k} {v} है। कृपया मुझसे संपर्क करें।',
      '{k}: {v} — इसे फ़ॉर्म में भर दीजिए।',
      'कृपया {k} को {v} से बदल दें, धन्यवाद।',
    ],
  },
  {
    lang: 'bn',
    region: 'BD',
    ibanCountry: 'DE',
    digits: 'beng',
    rtl: false,
    tld: 'com.bd',
    labels: ['মোবাইল নম্বর', 'ইমেইল', 'কার্ড নম্বর', 'IBAN নম্বর', 'মার্কিন SSN', 'আইপি ঠিকানা'],
    names: ['রহিম উদ্দিন', 'ফারহানা আক্তার'],
    notes: ['আপনার অর্ডার গ্রহণ করা হয়েছে', 'অনুগ্রহ করে বিকেলে যোগাযোগ করুন'],
    prose: ['আমার {k} হলো {v}। দয়া করে যোগাযোগ করবেন।', '{k}: {v} — ফর্মে লিখে দিন।', 'অনুগ্রহ করে {k} {v} হালনাগাদ করুন।'],
  },
  {
    lang: 'th',
    region: 'TH',
    ibanCountry: 'GB',
    digits: 'thai',
    rtl: false,
    tld: 'co.th',
    labels: ['เบอร์โทรศัพท์', 'อีเมล', 'หมายเลขบัตร', 'เลข IBAN', 'หมายเลขประกันสังคมสหรัฐ', 'ที่อยู่ IP'],
    names: ['สมชาย ใจดี', 'สุภาพร แสงทอง'],
    notes: ['ระบบได้รับคำสั่งซื้อของคุณแล้ว', 'กรุณาติดต่อกลับหลังห้าโมงเย็น'],
    prose: ['สวัสดีครับ {k}ของผมคือ {v} ครับ', '{k}ของฉันคือ{v}ค่ะ', '{k}: {v} กรุณาติดต่อกลับภายในวันนี้'],
  },
  {
    lang: 'zh',
    region: 'CN',
    ibanCountry: 'DE',
    digits: 'full',
    rtl: false,
    tld: 'cn',
    labels: ['手机号', '邮箱', '银行卡号', 'IBAN账号', '美国社保号', 'IP地址'],
    names: ['王伟', '李娜'],
    notes: ['订单已提交，请耐心等待', '请在下午五点后联系'],
    prose: ['您好，我的{k}是{v}，麻烦尽快联系我。', '{k}：{v}。请帮我更新资料。', '麻烦把{k}改成{v}、谢谢！'],
  },
  {
    lang: 'ja',
    region: 'JP',
    ibanCountry: 'DE',
    digits: 'full',
    rtl: false,
    tld: 'co.jp',
    labels: ['携帯番号', 'メールアドレス', 'カード番号', 'IBAN', '米国社会保障番号', 'IPアドレス'],
    names: ['佐藤 健', '鈴木 花子'],
    notes: ['ご注文を承りました', '平日の午後にご連絡ください'],
    prose: [
      'お世話になっております。{k}は{v}です。よろしくお願いいたします。',
      '{k}：{v}、変更をお願いします。',
      '念のため{k}（{v}）を記載します。',
    ],
  },
  {
    lang: 'ko',
    region: 'KR',
    ibanCountry: 'DE',
    digits: '',
    rtl: false,
    tld: 'co.kr',
    labels: ['휴대폰 번호', '이메일', '카드 번호', 'IBAN 번호', '미국 사회보장번호', 'IP 주소'],
    names: ['김민준', '이서연'],
    notes: ['주문이 정상적으로 접수되었습니다', '오후 다섯 시 이후에 연락 주세요'],
    prose: ['안녕하세요, 제 {k}는 {v}입니다.', '{k}: {v} 로 변경 부탁드립니다.', '{k}를 {v}(으)로 등록해 주세요.'],
  },
  {
    lang: 'ru',
    region: 'RU',
    ibanCountry: 'DE',
    digits: '',
    rtl: false,
    tld: 'ru',
    labels: ['номер телефона', 'электронная почта', 'номер карты', 'IBAN', 'американский SSN', 'IP-адрес'],
    names: ['Иван Петров', 'Анна Смирнова'],
    notes: ['Заказ успешно оформлен', 'Перезвоните, пожалуйста, после пяти'],
    prose: [
      'Здравствуйте! Мой {k}: {v}. Жду ответа.',
      'Прошу обновить {k} на {v}, спасибо.',
      'Вот {k} — {v}, сохраните, пожалуйста.',
    ],
  },
  {
    lang: 'uk',
    region: 'UA',
    ibanCountry: 'UA',
    digits: '',
    rtl: false,
    tld: 'com.ua',
    labels: ['номер телефону', 'електронна пошта', 'номер картки', 'IBAN', 'американський SSN', 'IP-адреса'],
    names: ['Олена Коваленко', 'Тарас Шевчук'],
    notes: ['Замовлення успішно оформлено', 'Будь ласка, зателефонуйте після пʼятої'],
    prose: ['Добрий день! Мій {k}: {v}. Дякую.', 'Прошу змінити {k} на {v}.', 'Ось {k} — {v}, збережіть, будь ласка.'],
  },
  {
    lang: 'el',
    region: 'GR',
    ibanCountry: 'GR',
    digits: '',
    rtl: false,
    tld: 'gr',
    labels: ['αριθμός κινητού', 'email', 'αριθμός κάρτας', 'IBAN', 'αμερικανικός SSN', 'διεύθυνση IP'],
    names: ['Γιώργος Παπαδόπουλος', 'Μαρία Νικολάου'],
    notes: ['Η παραγγελία σας καταχωρήθηκε', 'Παρακαλώ καλέστε μετά τις πέντε'],
    prose: [
      'Γεια σας, ο {k} μου είναι {v}· ευχαριστώ.',
      'Παρακαλώ ενημερώστε: {k} «{v}».',
      'Ποιο είναι το {k}; Νομίζω {v}.',
    ],
  },
  {
    lang: 'vi',
    region: 'VN',
    ibanCountry: 'FR',
    digits: '',
    rtl: false,
    tld: 'vn',
    labels: ['số điện thoại', 'email', 'số thẻ', 'số IBAN', 'số SSN Mỹ', 'địa chỉ IP'],
    names: ['Nguyễn Văn An', 'Trần Thị Lan'],
    notes: ['Đơn hàng của bạn đã được ghi nhận', 'Vui lòng liên hệ sau năm giờ chiều'],
    prose: ['Chào anh, {k} của em là {v} ạ.', 'Nhờ cập nhật {k}: {v} giúp mình nhé.', '{k} mới: {v}, cảm ơn!'],
  },
  {
    lang: 'tr',
    region: 'TR',
    ibanCountry: 'TR',
    digits: '',
    rtl: false,
    tld: 'com.tr',
    labels: ['cep telefonu', 'e-posta', 'kart numarası', 'IBAN', 'ABD SSN numarası', 'IP adresi'],
    names: ['Emre Yılmaz', 'Ayşe Demir'],
    notes: ['Siparişiniz başarıyla alındı', 'Lütfen saat beşten sonra arayın'],
    prose: [
      'Merhaba, {k}: {v}. Teşekkürler.',
      "{k} olarak {v}'yi kaydeder misiniz?",
      'Yeni {k} bilgim {v}, güncelleyin lütfen.',
    ],
  },
];
