/** The keys of name-fields.ts: fields whose value names a person, loose ones, attendance lists, e-mail headers, contact fields. */

/** Keys (lowercase; `_`, `-`, `.` and camelCase humps become one space) whose value is a person's name. */
export const PERSON_KEYS = new Set(
  [
    // en
    'full name|first name|last name|given name|family name|middle name|surname|forename|firstname|lastname|fullname',
    'customer|customer name|client|client name|contact|contact name|contact person|patient|patient name|employee',
    'employee name|assignee|assigned to|reporter|requester|requested by|recipient|recipient name|sender|sender name',
    'applicant|candidate|attendee|guest name|passenger|passenger name|member name|holder|account holder|cardholder',
    'card holder|beneficiary|signed by|signatory|approved by|created by|submitted by|name of person|person',
    'user name|display name|real name|legal name|maiden name|nickname|spouse|father name|mother name|manager',
    'supervisor|teacher|student|student name|doctor|physician|landlord|tenant|buyer|seller|driver|addressee',
    'organiser|organizer|organised by|organized by|hosted by|coordinator|organizador|organizadora|organisateur',
    'organisatrice|veranstalter|organisator|organizzatore|organizzatrice|mratibu|penyelenggara|narahubung',
    // de
    'vorname|nachname|familienname|vollständiger name|kunde|kundin|kundenname|ansprechpartner|ansprechpartnerin',
    'empfänger|empfängerin|absender|absenderin|mitarbeiter|mitarbeiterin|patientin|bearbeiter|bearbeiterin',
    'verfasser|autor|autorin|inhaber|inhaberin|kontoinhaber|antragsteller|geburtsname|name vorname|vor und nachname',
    // fr es it pt nl
    'nom|prénom|nom de famille|nom complet|nom et prénom|destinataire|expéditeur|client|cliente|auteur|titulaire',
    'nombre|apellido|apellidos|nombre completo|nombre y apellidos|destinatario|remitente|titular|paciente|empleado',
    'nome|cognome|nome completo|nome e cognome|mittente|intestatario|dipendente|sobrenome|apelido|remetente',
    'funcionário|naam|voornaam|achternaam|volledige naam|klant|afzender|ontvanger|medewerker|contactpersoon',
    // pl tr sw yo
    'imię|nazwisko|imię i nazwisko|imie|imie i nazwisko|odbiorca|nadawca|klient|pracownik|właściciel',
    'ad|soyad|soyadı|ad soyad|adı soyadı|isim|ad soyadı|müşteri|alıcı|gönderen|çalışan|jina|jina kamili|mteja',
    'orúkọ|oruko|orúkọ kikun',
    // ru uk
    'имя|фамилия|отчество|фио|ф.и.о|ф и о|клиент|получатель|отправитель|сотрудник|пациент|заказчик|ответственный',
    'исполнитель|автор|контакт|контактное лицо|владелец|імʼя|прізвище|клієнт|клієнтка|замовник|отримувач',
    // cs el ro th (romanized)
    'zákazník|zákaznice|jméno|příjmení|πελάτης|πελάτισσα|όνομα|επώνυμο|επικοινωνία|nume|prenume|persoană de contact',
    // ar hi
    'الاسم|اسم|الاسم الكامل|اسم العميل|العميل|المرسل|المستلم|الموظف|المريض|اسم الموظف|الاسم الأول|اسم العائلة',
    'नाम|पूरा नाम|ग्राहक|ग्राहक का नाम|प्रेषक|प्राप्तकर्ता|कर्मचारी|मरीज़|मरीज|पिता का नाम',
    // zh ja ko vi
    '姓名|名字|姓|名|客户|客户姓名|联系人|收件人|发件人|负责人|员工|患者|申请人|作者|用户名|真实姓名',
    '名前|氏名|お名前|姓名|担当者|顧客|顧客名|差出人|宛先|宛名|社員名|患者名|申請者|フリガナ|ふりがな',
    '이름|성명|성함|고객|고객명|담당자|보낸 사람|받는 사람|직원|환자|신청자|작성자|수신자|발신자|신고자|요청자|보고자|문의자',
    '転送先|送信者|受信者|報告者|依頼者|申込者|連絡先|転送先の氏名|报告人|申请人|提交人|经办人|收件人姓名',
    'họ tên|họ và tên|tên|khách hàng|người gửi|người nhận|nhân viên|bệnh nhân|người liên hệ',
  ]
    .join('|')
    .split('|'),
);

/** Keys that also name things other than people (code, products): their Latin-script value must look more like a name. */
export const LOOSE_KEYS = new Set(
  'name|nom|nombre|nome|naam|isim|ad|tên|jina|user name|display name|owner|author|autor|auteur|contact|client|person|holder|user|manager|driver|teacher|student|doctor|buyer|seller|επικοινωνία'.split(
    '|',
  ),
);
for (const k of LOOSE_KEYS) PERSON_KEYS.add(k);
/** Keys of minutes and rosters whose value is a list of people: each item that looks like a name is one. */
export const LIST_KEYS = new Set(
  [
    'present|presents|attendees|participants|in attendance|apologies|absent|absentees|excused|invited|members',
    'présents|présent|excusé|excusés|absents|participantes|asistentes|ausentes|presentes|teilnehmer|teilnehmende',
    'anwesend|abwesend|entschuldigt|presenti|assenti|partecipanti|aanwezig|afwezig|afgemeld|obecni|nieobecni',
    'uczestnicy|katılımcılar|katilimcilar|katılmayanlar|peserta|hadir|tidak hadir|thành phần|vắng|vắng mặt',
    'waliohudhuria|hawakuhudhuria|dumalo|присутствуют|отсутствуют|присутні|відсутні',
  ]
    .join('|')
    .split('|'),
);
/** E-mail header fields (line start) whose value is a list of display names and addresses. */
export const HEADER_KEYS = new Set(
  [
    'from|to|cc|bcc|reply to|sender|von|an|kopie|antwort an|de|à|a|para|da|cc|van|aan|od|do|dw|kopia',
    'от|кому|копия|من|إلى|الى|نسخة|प्रेषक|प्राप्तकर्ता|से|को|发件人|收件人|抄送|寄件者|收件者|差出人|宛先',
    '보낸 사람|받는 사람|참조|từ|đến|tới|gửi|gönderen|kime|kimden|alıcı|kutoka|kwa|nakala|láti|sí|fra|til|från|till',
    'envoyé par|enviado por|mittente|destinatario|remitente|expéditeur|destinataire|absender|empfänger',
  ]
    .join('|')
    .split('|'),
);
/** Keys of a record about a person: with one of them on the line or in the table header, a loose key is not. */
export const CONTACT_KEYS = new Set(
  'email|e mail|mail|phone|tel|telefon|telephone|mobile|handy|courriel|correo|téléfono|telefone|телефон|почта|dob|birthday|birth date|geburtsdatum'.split(
    '|',
  ),
);
