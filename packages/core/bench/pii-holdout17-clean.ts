/**
 * Hold-out 17 clean snippets, written blind (without reading the recognizers, lexicons, docs, tests or other
 * corpora): the same document genres and languages WITHOUT any person name, but full of capitalised words that are
 * not people (companies, courts, hospitals, schools named after places, laws, streets without numbers, months, job
 * titles, role words such as "the Tenant" or "der Vermieter"). Any PERSON found here is a false positive.
 */
import type { Lang } from './pii-holdout17-names.ts';

export const CLEAN: [Lang, string][] = [
  [
    'en',
    'TENANCY AGREEMENT\nThe Landlord and the Tenant agree that the Deposit will be held by the Tenancy Deposit Scheme. The Tenant shall not sublet the Property without written consent. Governed by the Housing Act 1988.',
  ],
  [
    'en',
    'DISCHARGE SUMMARY\nWard: Cardiology, Royal Infirmary of Edinburgh\nDiagnosis: Atrial Fibrillation\nThe Consultant advised the Patient to attend the Anticoagulation Clinic in February.',
  ],
  [
    'en',
    'Minutes of the Board Meeting\nPresent: the Chair, the Treasurer, the Company Secretary\nThe Chair welcomed the new Finance Director. Item 4: Annual Report approved. Next meeting: Thursday in October.',
  ],
  [
    'en',
    'Brookfield Primary School – Spring Term Newsletter\nThe Headteacher thanks the Parent Teacher Association. Year 6 will visit the Natural History Museum in March.',
  ],
  [
    'en',
    'INVOICE 7781\nBill to: Northgate Plumbing Supplies Ltd, Accounts Payable\nShip to: Unit B, Riverside Industrial Estate\nVAT Registration applies. Payment via BACS within 30 days.',
  ],
  [
    'de',
    'MIETVERTRAG\nDer Vermieter überlässt dem Mieter die Wohnung im zweiten Obergeschoss. Die Kaution beträgt drei Monatsmieten gemäß § 551 BGB. Der Mieter zeigt Mängel unverzüglich an.',
  ],
  [
    'de',
    'Entlassungsbrief der Klinik für Innere Medizin, Städtisches Klinikum Karlsruhe\nDiagnose: Pneumonie. Der Patient wurde im Januar in die Obhut des Hausarztes entlassen. Chefarzt der Abteilung.',
  ],
  [
    'de',
    'Protokoll der Betriebsversammlung\nDer Betriebsrat und die Geschäftsführung der Müllerei Schwaben GmbH berichteten. Der Vorsitzende schloss die Sitzung. Nächster Termin im Dezember.',
  ],
  [
    'de',
    'Gymnasium am Stadtpark Hamburg – Elternbrief\nLiebe Eltern, die Klassenfahrt nach Sylt findet im Juni statt. Die Schulleitung und der Förderverein danken für die Unterstützung.',
  ],
  [
    'de',
    'Urteil des Amtsgerichts Köln in der Mietsache. Der Beklagte wird verurteilt, an die Klägerin 1.200 Euro zu zahlen. Die Berufung zum Landgericht wird zugelassen.',
  ],
  [
    'fr',
    'CONTRAT DE LOCATION\nLe Bailleur et le Locataire conviennent que le dépôt de garantie sera restitué dans un délai de deux mois, conformément à la loi du 6 juillet 1989.',
  ],
  [
    'fr',
    "Compte rendu d'hospitalisation – Centre Hospitalier Universitaire de Rennes, service de Pneumologie. Le Patient est sorti en novembre. Suivi par le Médecin traitant.",
  ],
  [
    'fr',
    "Tribunal judiciaire de Lyon, chambre civile. Le Demandeur sollicite la résiliation du bail. La Défenderesse n'a pas comparu. Audience renvoyée au mois de mai.",
  ],
  [
    'fr',
    "Collège des Deux Rives – Bulletin d'information\nLe Principal et le Conseil d'administration informent les familles que la rentrée aura lieu en septembre.",
  ],
  [
    'es',
    'CONTRATO DE ARRENDAMIENTO\nEl Arrendador y la Arrendataria acuerdan una fianza de dos mensualidades conforme a la Ley de Arrendamientos Urbanos. La Arrendataria no podrá subarrendar la Vivienda.',
  ],
  [
    'es',
    'Informe de alta – Hospital Universitario de Salamanca, Servicio de Traumatología. El Paciente ingresó en agosto. Revisión en Consultas Externas.',
  ],
  [
    'es',
    'Acta de la Junta General de Propietarios\nEl Presidente y el Administrador de la Comunidad exponen el presupuesto. Se aprueba la reforma del Portal en diciembre.',
  ],
  [
    'es',
    'Juzgado de Primera Instancia n.º 3 de Valencia. La Parte Demandante reclama las cantidades adeudadas. Se cita a las partes para el próximo mes de abril.',
  ],
  [
    'it',
    "CONTRATTO DI LOCAZIONE\nIl Locatore concede in locazione al Conduttore l'immobile sito in Via dei Mille. Il deposito cauzionale è pari a tre mensilità, ai sensi della Legge 431/1998.",
  ],
  [
    'it',
    'Lettera di dimissione – Azienda Ospedaliera di Padova, Reparto di Ortopedia. Il Paziente è stato dimesso a ottobre. Controllo presso il Medico di Medicina Generale.',
  ],
  [
    'it',
    "Verbale del Consiglio di Classe\nIl Dirigente Scolastico dell'Istituto Comprensivo Valle Seriana e i Docenti approvano il piano. La seduta è tolta a gennaio.",
  ],
  [
    'it',
    'Tribunale di Milano, Sezione Lavoro. Il Ricorrente chiede il riconoscimento delle differenze retributive. La Società resistente si è costituita.',
  ],
  [
    'pt',
    'CONTRATO DE ARRENDAMENTO\nO Senhorio e a Arrendatária acordam a caução de dois meses de renda, nos termos do Código Civil. A Arrendatária não pode sublocar o Locado.',
  ],
  [
    'pt',
    'Nota de alta – Hospital Distrital de Santarém, Serviço de Medicina Interna. O Doente teve alta em março. Consulta no Centro de Saúde de Alvalade.',
  ],
  [
    'pt',
    'Ata da Assembleia de Condóminos\nO Administrador e a Mesa da Assembleia aprovaram o orçamento para obras na Rua do Ouro. Próxima reunião em julho.',
  ],
  [
    'pt',
    'Escola Secundária do Restelo – Aviso aos Encarregados de Educação: as reuniões de avaliação decorrem em junho. A Direção agradece.',
  ],
  [
    'nl',
    'HUUROVEREENKOMST\nVerhuurder en Huurder komen overeen dat de waarborgsom twee maanden huur bedraagt. De Huurder meldt gebreken direct aan de Verhuurder, conform het Burgerlijk Wetboek.',
  ],
  [
    'nl',
    'Ontslagbrief – Universitair Medisch Centrum Groningen, afdeling Longziekten. Patiënt werd in april ontslagen. Controle bij de Huisarts.',
  ],
  [
    'nl',
    'Notulen van de Medezeggenschapsraad\nDe Voorzitter opent de vergadering. De Directie van Openbare Basisschool De Regenboog licht de begroting toe. Rondvraag: geen.',
  ],
  [
    'nl',
    'Rechtbank Midden-Nederland, sector kanton. Eiser vordert betaling van achterstallige huur. Gedaagde is niet verschenen. Uitspraak in mei.',
  ],
  [
    'pl',
    'UMOWA NAJMU\nWynajmujący oddaje Najemcy lokal mieszkalny. Kaucja wynosi dwukrotność czynszu zgodnie z Kodeksem Cywilnym. Najemca nie może podnajmować Lokalu.',
  ],
  [
    'pl',
    'Karta informacyjna – Szpital Wojewódzki w Poznaniu, Oddział Chorób Wewnętrznych. Pacjent wypisany w listopadzie. Kontrola w Poradni Kardiologicznej.',
  ],
  [
    'pl',
    'Protokół z posiedzenia Rady Pedagogicznej Szkoły Podstawowej nr 12 w Gdańsku. Dyrektor przedstawił plan pracy. Zebranie zakończono w październiku.',
  ],
  [
    'pl',
    'Sąd Rejonowy dla Krakowa-Śródmieścia, Wydział Cywilny. Powód domaga się zapłaty. Pozwany nie stawił się na rozprawę.',
  ],
  [
    'sv',
    'HYRESAVTAL\nHyresvärden och Hyresgästen är överens om att depositionen återbetalas enligt Hyreslagen. Hyresgästen får inte hyra ut lägenheten i andra hand.',
  ],
  [
    'sv',
    'Epikris – Akademiska sjukhuset i Uppsala, Medicinkliniken. Patienten skrevs ut i mars. Uppföljning på Vårdcentralen Majorna.',
  ],
  [
    'sv',
    'Protokoll från årsmötet i Bostadsrättsföreningen Björken. Ordföranden öppnade mötet. Styrelsen beviljades ansvarsfrihet. Kassören redovisade budgeten.',
  ],
  [
    'sv',
    'Tingsrätten i Malmö. Käranden yrkar att svaranden ska betala skadestånd. Huvudförhandling hålls i september.',
  ],
  [
    'tr',
    'KİRA SÖZLEŞMESİ\nKiraya Veren ve Kiracı, depozitonun Türk Borçlar Kanunu hükümlerine göre iade edileceğini kabul eder. Kiracı, taşınmazı başkasına kiralayamaz.',
  ],
  [
    'tr',
    'Epikriz – Ankara Şehir Hastanesi, Kardiyoloji Kliniği. Hasta mayıs ayında taburcu edildi. Kontrol için Aile Sağlığı Merkezine başvurması önerildi.',
  ],
  [
    'tr',
    'Okul Aile Birliği toplantı tutanağı. Okul Müdürü ve Müdür Yardımcısı katıldı. Karşıyaka Anadolu Lisesi bahçe düzenlemesi kararlaştırıldı.',
  ],
  [
    'tr',
    'İstanbul Anadolu 5. Asliye Hukuk Mahkemesi. Davacı, alacağın tahsilini talep etmiştir. Davalı duruşmaya katılmamıştır.',
  ],
  [
    'ru',
    'ДОГОВОР НАЙМА\nНаймодатель передаёт Нанимателю жилое помещение. Наниматель обязуется вносить плату ежемесячно в соответствии с Жилищным кодексом Российской Федерации.',
  ],
  [
    'ru',
    'Выписной эпикриз – Городская клиническая больница № 1, кардиологическое отделение. Пациент выписан в декабре под наблюдение участкового терапевта.',
  ],
  [
    'ru',
    'Протокол общего собрания собственников. Председатель совета дома и Управляющая компания «Уютный дом» утвердили смету. Собрание закрыто.',
  ],
  [
    'ru',
    'Арбитражный суд Свердловской области. Истец требует взыскать задолженность. Ответчик в заседание не явился. Заседание отложено до апреля.',
  ],
  [
    'ar',
    'عقد إيجار\nيتعهد المستأجر بدفع الأجرة شهريًا للمؤجر، ولا يحق للمستأجر التأجير من الباطن وفقًا لأحكام القانون المدني.',
  ],
  [
    'ar',
    'تقرير خروج – مستشفى الرياض المركزي، قسم الباطنية. غادر المريض المستشفى في شهر مارس مع موعد مراجعة في العيادة.',
  ],
  [
    'ar',
    'محضر اجتماع مجلس الإدارة لشركة الخليج للتجارة. افتتح رئيس المجلس الجلسة، وعرض المدير المالي الميزانية السنوية.',
  ],
  [
    'ar',
    'مدرسة الرياض الثانوية – إشعار لأولياء الأمور: تبدأ الاختبارات النهائية في شهر يونيو. مع تحيات إدارة المدرسة.',
  ],
  ['zh', '房屋租赁合同\n出租方与承租方经协商一致，依据《中华人民共和国民法典》订立本合同。承租方不得擅自转租。'],
  ['zh', '出院小结\n北京协和医院心内科。患者于三月出院，嘱门诊随访。主治医师、护士长签字。'],
  ['zh', '会议纪要\n公司董事会会议由董事长主持，财务总监汇报年度预算，人力资源部提出招聘计划。'],
  ['zh', '上海市浦东新区人民法院民事判决书。原告请求被告支付欠款，被告未到庭。'],
  ['ja', '賃貸借契約書\n貸主及び借主は、借地借家法に基づき本契約を締結する。借主は貸主の承諾なく転貸してはならない。'],
  ['ja', '退院サマリー\n東京都立病院 循環器内科。患者は四月に退院し、かかりつけ医で経過観察とする。'],
  ['ja', '議事録\n株式会社日本精工 取締役会。代表取締役社長が開会を宣言し、経理部長が決算を報告した。'],
  ['ja', '横浜地方裁判所 民事部。原告は被告に対し損害賠償を求めた。次回期日は六月とする。'],
];
