/**
 * Common given and family names that the faker lists (lexicon-native-data.ts) lack, written by hand from general
 * knowledge of the most frequent names of each country (civil registry top-name tables of Iran and Israel's
 * published frequent surnames); no benchmark text was used. Space-separated, in the lists' spelling.
 */

/** Persian given names (the faker fa list has few of the most common ones) and nicknames. */
export const FA_FIRST_MORE =
  'فاطمه زهرا مریم زینب معصومه سمیه اعظم طاهره سکینه لیلا نرگس الهام مهسا پریسا نازنین نگار شیرین ' +
  'فرشته سمانه ریحانه حدیث کوثر هانیه یاسمن آتنا پرستو سحر مرضیه منیژه ژاله شهلا ' +
  'حسین حسن مهدی احمد محمود مصطفی ابراهیم اسماعیل یوسف جواد مجید سعید حمید وحید امید ' +
  'مرتضی مجتبی سجاد صادق هادی ناصر بهرام بهزاد فرهاد فرزاد کامران کیوان بابک داریوش کوروش ' +
  'امیرحسین محمدرضا علیرضا حمیدرضا محمدحسین فاطمهزهرا ممد ممدلی حمید پوریا آرش';

/** Persian family names. */
export const FA_LAST_MORE =
  'احمدی محمدی حسینی رضایی کریمی موسوی جعفری صادقی رحیمی قاسمی نوری حیدری کاظمی اکبری ' +
  'هاشمی ابراهیمی مرادی عباسی طاهری سلیمانی رستمی زارعی نجفی یوسفی امینی باقری ' +
  'شریفی کرمی نظری سلطانی میرزایی فرهادی تهرانی شیرازی اصفهانی رحمانی بهرامی خسروی';

/** Hebrew family names among the most frequent in Israel. */
export const HE_LAST_MORE =
  'כהן לוי מזרחי פרץ ביטון דהן אברהם פרידמן אזולאי מלכה כץ אוחיון חדד גבאי עמר שפירא ' +
  'ברק גולן אשכנזי שטרן רוזנברג וייס אלון שמעוני סויסה אלמוג';

/** Hebrew given names and their everyday short forms. */
export const HE_FIRST_MORE =
  'יוסי מוטי שוקי אבי קובי דודי רמי צחי איציק שרון מושיקו רפי שמוליק יוני ' +
  'אורית מיכל ענבל שירה ורד טל תמר איתי נועה יעל רונית';

/** Greek given names in everyday use and their short forms (lower case, no accents, final sigma as σ). */
export const EL_FIRST_MORE =
  'γιωργοσ νικοσ θανασησ κατερινα κωνσταντινοσ δημητριοσ γιαννησ μιχαλησ μανωλησ λευτερησ στελιοσ ' +
  'τασοσ βαγγελησ σακησ τακησ μπαμπησ αλεκοσ αλεξησ ραφαηλ φιλιπποσ αχιλλεασ ορεστησ ' +
  'λενα κικη ευα ιριδα βασω βικυ ντινα ρενα φωτεινη αργυρω ολγα μαρινα κατια νατασα ' +
  'ανθη ειρηνη αγγελικη μαρθα νικολετα ευτυχια κωνσταντινα γιωργακησ';

/** Greek family names among the most frequent (masculine; the genitive forms are matched by greekForms). */
export const EL_LAST_MORE =
  'παπαδοπουλοσ αντωνιου γεωργιου νικολαου ιωαννου οικονομου παπαδακησ μαυριδησ βασιλειου δημητριου ' +
  'κωνσταντινου καραγιαννησ αλεξιου παππασ μακρησ πετρου χριστοδουλου ιωαννιδησ αθανασιου λαμπρου ' +
  'μιχαηλιδησ σταθοπουλοσ γεωργιαδησ αγγελοπουλοσ ζαχαριου παναγιωτοπουλοσ νικολαιδησ';

/**
 * Hindi given names (Devanagari) among the most common in North India; words with a frequent everyday sense
 * ("विकास" development) are left out. Used where a list of names needs two listed items.
 */
export const HI_FIRST =
  'राहुल अमित सुनील अनिल राजेश सुरेश रमेश महेश दिनेश विजय संजय अजय मनोज अशोक प्रवीण नितिन दीपक पंकज ' +
  'विशाल रोहित मोहित सचिन अंकित अभिषेक आदित्य अर्जुन करण कुणाल गौरव नवीन प्रदीप राकेश रवि विनोद विवेक ' +
  'सौरभ हेमंत योगेश मुकेश नरेश गणेश सतीश अरुण वरुण तरुण सुमित आशीष आनंद प्रिया पूजा नेहा अंजलि सीमा ' +
  'ज्योति ऋतु रीता गीता सुनीता अनीता कविता ममता सविता शालिनी दीपिका स्नेहा श्वेता रश्मि मीनाक्षी मोनिका ' +
  'निशा पूनम रेखा सरिता आरती अर्चना दिव्या काजल सोनिया स्वाति अदिति अनुष्का तनुजा रेणु वंदना साक्षी';

/** Arabic given names the faker ar list lacks (it holds mostly men's names): common women's names and a few men's. */
export const AR_FIRST_MORE =
  'فاطمة مريم سارة ليلى منى هالة رنا دينا وفاء سلمى عبير نور هدى آمنة أمينة زينب خديجة عائشة نادية سعاد ' +
  'هند لينا رشا ريما دعاء إيمان أسماء رهف جنى لمى غادة سوسن سميرة لطيفة شيماء حنان نسرين رانيا ياسمين مها ' +
  'يوسف إبراهيم كريم إسماعيل أيوب يونس موسى عيسى هيثم';

/** Arabic "al-" family names that are no nisba (the nisba form is read by its ending) and common plain ones. */
export const AR_LAST_MORE =
  'الخطيب النجار الفارس البيطار الشريف الحداد الخياط العطار الصباغ الأحمد الحسن العمر الراشد حداد درويش';
