// Hold-out 28 chat messages, part B (Turkish, Russian, Ukrainian, Greek, Arabic + Arabizi, Hebrew, Hindi + Hinglish,
// Thai + romanized Thai, Vietnamese, Indonesian, Malay, Swahili, Taglish). Slots as in part A.
import type { Pool } from './pii-holdout28-texts-a.ts';

const lines = (s: string) =>
  s
    .split('\n')
    .map((x) => x.trim())
    .filter(Boolean);

export const TEXTS_B: Record<string, Pool> = {
  tr: {
    V: lines(`
{F} adresi attı: {AD}
{P} seni bekliyor, numarası {PH}
{M} cumartesi geliyor musun?
yeni mailim {EM}
{N} yine uyuyakaldı ahahah
sigorta için doğum tarihi lazım: doğum tarihi {DOB}
araba gri bir Egea, plaka {PL}
parayı şu IBAN'a at: {IB} ({P})
{F} abla anahtarları getirecek, ulaşamazsan {PH}
`),
    C: lines(`
biraz gecikeceğim, metrobüs tıklım tıklım
maçı izlediniz mi? ne gol ama
cumartesi mangal var, herkes bir şey getirsin
toplantı 15:00'e alındı
`),
    R: lines(`
Bu grup sohbetini özetler misin?
Bu yazışmada kim ne söz verdi?
Son mesaja bir cevap yaz
`),
  },
  ru: {
    V: lines(`
{F} скинула адрес: {AD}, домофон 45
позвони {P}, вот номер {PH}
{M} ты в субботу будешь?
моя новая почта {EM}
{N} опять уснул 😂
для страховки нужна дата рождения: родился {DOB}
машина серая Киа, номер {PL}
переведи на карту {CC}, это {F}
{P} отвечает за торт, {F} за напитки
голосовое: короче, {F} сказала, что ключи у неё, звони ей на {PH}
`),
    C: lines(`
опаздываю, пробки на Садовом
матч видели? вот это гол
в субботу шашлыки, каждый что-то приносит
созвон перенесли на 15:00
`),
    R: lines(`
Сделай краткое резюме этого чата
Кто что пообещал в этой переписке?
Summarise this Russian group chat in English please
Напиши ответ на последнее сообщение
`),
  },
  uk: {
    V: lines(`
{F} скинула адресу: {AD}
подзвони {P} на {PH}, вона чекає
{M} ти будеш у суботу?
моя нова пошта {EM}
{N} знову заснув 😂
для довідки потрібна дата народження: народився {DOB}
авто сіра Шкода, номер {PL}
скинь гроші на {IB}, отримувач {P}
`),
    C: lines(`
запізнюсь, метро стоїть
бачили матч? оце гол
у суботу шашлики, кожен щось бере
нарада о 15:00
`),
    R: lines(`
Підсумуй цей груповий чат
Хто що пообіцяв у цій переписці?
Напиши відповідь на останнє повідомлення
`),
  },
  el: {
    V: lines(`
η {F} έστειλε τη διεύθυνση: {AD}
πάρε τηλ. τον {P} στο {PH}
{M} έρχεσαι το Σάββατο;
το νέο μου email είναι {EM}
ο {N} αποκοιμήθηκε πάλι χαχα
για την ασφάλεια θέλουν ημερομηνία γέννησης: γεννήθηκε {DOB}
το αμάξι είναι ένα γκρι Yaris, πινακίδα {PL}
ρίξε τα λεφτά στο {IB}
`),
    C: lines(`
θα αργήσω, έχει κίνηση στην Κηφισίας
είδατε το ματς; τι γκολ
Σάββατο ψήσιμο, ο καθένας φέρνει κάτι
η σύσκεψη πήγε στις 3
`),
    R: lines(`
Μπορείς να συνοψίσεις αυτή τη συνομιλία;
Ποιος υποσχέθηκε τι σε αυτό το νήμα;
`),
  },
  ar: {
    V: lines(`
{F} بعتت العنوان: {AD}
كلم {P} على {PH} هي مستنياك
{M} جاي يوم السبت؟
الإيميل الجديد بتاعي {EM}
{N} نام تاني هههه
محتاجين تاريخ الميلاد للتأمين: مواليد {DOB}
العربية لونها رمادي، رقم اللوحة {PL}
حوّل الفلوس على الآيبان ده {IB}
`),
    C: lines(`
هتأخر شوية، الطريق زحمة جدا
حد شاف الماتش امبارح؟ جون عالمي
يوم الجمعة غدا عند الكل، كل واحد يجيب حاجة
الاجتماع اتأجل للساعة ٣
`),
    R: lines(`
لخص لي المحادثة دي
مين وعد بإيه في الشات ده؟
Translate this Arabic chat to English please
`),
  },
  'ar-AE': {
    V: lines(`
{F} أرسل اللوكيشن: {AD}
كلم {P} على {PH}، ينتظرك عند البوابة
{M} بتيي الخميس ولا شو؟
رقم سيارتي {PL} لو تبي تعطيه الحارس
{N} رقد من العصر 😂
`),
    C: lines(`
الجو حر وايد اليوم
الدوام بكرة من البيت
`),
    R: [],
  },
  'ar-Latn': {
    V: lines(`
ya {F} ba3atli el 3enwan: {AD}
kalem {P} 3ala {PH} heya mestaneyak
{M} enta gay youm el sabt?
el email el gedid {EM}
{N} nam tany hahaha
3arabeyet {F} raqamha {PL}
`),
    C: lines(`
ana hat2akhar shwaya, el tari2 za7ma
7ad shaf el match embare7? goal 3alamy
el egtema3 et2agel le 3
`),
    R: lines(`
Summarize this chat, it's Egyptian Arabic written in Latin letters
Who promised what here? It's Arabizi
`),
  },
  he: {
    V: lines(`
{F} שלחה את הכתובת: {AD}
תתקשר ל{P} ב-{PH}, היא מחכה
{M} אתה בא בשבת?
המייל החדש שלי {EM}
{N} שוב נרדם חחחח
לביטוח צריך תאריך לידה: נולד ב-{DOB}
האוטו אפור, מספר רכב {PL}
`),
    C: lines(`
אני מאחר, פקק באיילון
ראיתם את המשחק? איזה גול
שישי על האש, כל אחד מביא משהו
הישיבה נדחתה ל-15:00
`),
    R: lines(`
תסכם לי את הקבוצה הזאת
מי הבטיח מה בשיחה הזאת?
`),
  },
  hi: {
    V: lines(`
{F} ने पता भेजा: {AD}
{P} को {PH} पर फ़ोन कर लो, वो इंतज़ार कर रही है
{M} शनिवार को आ रहे हो?
मेरा नया ईमेल {EM} है
{N} फिर सो गया 😂
फॉर्म के लिए जन्म तिथि चाहिए: जन्म {DOB}
गाड़ी का नंबर {PL} है
`),
    C: lines(`
थोड़ा लेट हो जाऊँगा, ट्रैफिक बहुत है
मैच देखा? क्या छक्का था
रविवार को पिकनिक है, सब कुछ न कुछ लाना
मीटिंग 3 बजे शिफ्ट हो गई
`),
    R: lines(`
इस ग्रुप चैट का सारांश बना दो
किसने क्या वादा किया?
`),
  },
  'hi-Latn': {
    V: lines(`
{F} ne address bheja hai: {AD}
{P} ko {PH} pe call kar lo, wo wait kar rahi hai
{M} saturday ko aa raha hai na?
mera naya email {EM} hai
{N} phir se so gaya 😂 kya banda hai
form ke liye DOB chahiye, janam tithi {DOB}
bhai gaadi ka number {PL} hai, white Creta
{F} ko bol dena ki paise {IB} pe bhej de
`),
    C: lines(`
yaar thoda late ho jaunga, traffic bahut hai
match dekha? kya chakka maara
sunday ko picnic hai, sab kuch na kuch laana
meeting 3 baje shift ho gayi hai
`),
    R: lines(`
Is group chat ka summary bana do please
Who promised what? Chat is in Hinglish
Last message ka reply draft karo
`),
  },
  th: {
    V: lines(`
{F} ส่งที่อยู่มาแล้ว {AD}
โทรหา{P}ที่ {PH} นะ เขารออยู่
{M} เสาร์นี้มาไหม
อีเมลใหม่ของเรา {EM}
{N}หลับอีกแล้ว 555
ประกันขอวันเกิด เกิดวันที่ {DOB}
รถสีเทา ทะเบียน {PL}
`),
    C: lines(`
ไปสายนิดนึงนะ รถติดมาก
ดูบอลเมื่อคืนไหม ยิงสวยมาก
เสาร์นี้หมูกระทะ ใครว่างบ้าง
ประชุมเลื่อนเป็นบ่ายสาม
`),
    R: lines(`
ช่วยสรุปแชทกลุ่มนี้ให้หน่อย
Summarize this Thai group chat please
`),
  },
  'th-Latn': {
    V: lines(`
{F} song thi yu ma laew: {AD}
tho ha {P} thi {PH} na khao ro yu
{M} sao ni ma mai
email mai khong rao {EM}
{N} lap ik laew 555
rot si thao thabian {PL}
`),
    C: lines(`
pai sai nit nueng na rot tit mak
du bol muea khuen mai
sao ni mookata krai wang bang
`),
    R: lines(`
Summarize this chat, it's Thai written in English letters
`),
  },
  vi: {
    V: lines(`
{F} gửi địa chỉ rồi nè: {AD}
gọi cho {P} số {PH} nha, chị ấy đang đợi
{M} thứ bảy đi không?
email mới của mình là {EM}
{N} ngủ quên nữa rồi kkk
bảo hiểm cần ngày sinh: sinh ngày {DOB}
xe máy biển số {PL}
chuyển khoản cho {P} nha, mình gửi số thẻ {CC}
`),
    C: lines(`
mình tới trễ chút, kẹt xe quá
coi đá banh tối qua chưa? bàn thắng đẹp ghê
thứ bảy ăn lẩu nha mọi người
họp dời sang 3 giờ chiều
`),
    R: lines(`
Tóm tắt đoạn chat nhóm này giúp mình
Ai hứa gì trong cuộc trò chuyện này?
`),
  },
  id: {
    V: lines(`
kak {F} udah kirim alamatnya: {AD}
telpon {P} di {PH} ya, dia nunggu
{M} sabtu ikut gak?
email baruku {EM}
{N} ketiduran lagi wkwkwk
buat asuransi butuh tanggal lahir: lahir {DOB}
mobilnya Avanza silver, plat {PL}
transfer ke {P} aja, atau ke rekening {IB}
mas {F} yang bawa kuncinya, WA aja ke {PH}
`),
    C: lines(`
aku telat dikit, macet parah
nonton bola semalam? golnya keren banget
sabtu bakar-bakar, masing-masing bawa sesuatu
rapat diundur jam 3
`),
    R: lines(`
Tolong rangkum obrolan grup ini
Siapa janji apa di chat ini?
Buatin balasan buat pesan terakhir
`),
  },
  ms: {
    V: lines(`
{F} dah hantar alamat: {AD}
call {P} kat {PH}, dia tunggu
{M} sabtu datang tak?
emel baru saya {EM}
{N} tertidur lagi hahaha
untuk insurans perlu tarikh lahir: lahir pada {DOB}
kereta Myvi putih, nombor plat {PL}
`),
    C: lines(`
saya lambat sikit, jem teruk
tengok bola semalam? gol cantik
sabtu BBQ, semua bawa sesuatu
mesyuarat ditangguh ke pukul 3
`),
    R: lines(`
Tolong ringkaskan sembang kumpulan ini
Siapa janji apa dalam chat ni?
`),
  },
  sw: {
    V: lines(`
{F} ametuma anwani: {AD}
mpigie {P} kwa {PH}, anakusubiri
{M} utakuja Jumamosi?
barua pepe yangu mpya ni {EM}
{N} amelala tena 😂
bima wanataka tarehe ya kuzaliwa: alizaliwa {DOB}
gari ni Probox nyeupe, namba {PL}
tuma pesa kwa {PH} jina {P}
`),
    C: lines(`
nitachelewa kidogo, jam ni mbaya
mliona mechi jana? goli safi sana
Jumamosi nyama choma, kila mtu alete kitu
mkutano umesogezwa hadi saa tisa
`),
    R: lines(`
Nifupishie mazungumzo haya ya kikundi
Nani aliahidi nini kwenye chat hii?
`),
  },
  tl: {
    V: lines(`
si {F} nag-send na ng address: {AD}
tawagan mo si {P} sa {PH}, naghihintay siya
{M} sasama ka ba sa Saturday?
bagong email ko {EM}
nakatulog na naman si {N} hahaha
for the insurance kailangan ng birthday: ipinanganak noong {DOB}
yung kotse gray na Vios, plate {PL}
pakisend na lang kay {F} sa GCash {PH}
`),
    C: lines(`
late ako konti, super traffic sa EDSA
napanood niyo ba yung laro? ang ganda ng tira
Saturday may inuman, bring your own pulutan
na-move yung meeting ng 3pm
`),
    R: lines(`
Pa-summarize naman nitong GC
Sino nangako ng ano dito sa thread?
Summarize this Taglish chat please
`),
  },
};
