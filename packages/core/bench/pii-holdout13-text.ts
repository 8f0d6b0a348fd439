/**
 * Words of hold-out 13 (written blind): per language the requests a user sends to a chat assistant (7 tasks), the
 * field labels, prose frames, a greeting and closing and support-thread speakers.
 */
import type { Lang } from './pii-holdout13-values.ts';

export const TASKS = ['rewrite', 'form', 'summarise', 'translate', 'json', 'log', 'reply'] as const;
export type Task = (typeof TASKS)[number];
type Words = {
  task: Record<Task, string>;
  /** Labels in TYPES order. */
  k: string[];
  /** Prose frames for a labelled value ({k}, {v}) and for a name ({v}). */
  say: string[];
  name: string[];
  hi: string;
  bye: string;
  filler: string;
  agent: string;
  speakers: [string, string];
};
const tasks = (...t: string[]) => Object.fromEntries(TASKS.map((k, i) => [k, t[i]])) as Record<Task, string>;
const labels = (s: string) => s.split('|');

export const WORDS: Record<Lang, Words> = {
  en: {
    task: tasks(
      'Can you rewrite this email so it sounds more professional?',
      'Please fill in this registration form with my details and give it back as a table:',
      'Summarise this support thread in three bullet points.',
      'Translate this letter into German, keep it formal.',
      "This JSON won't parse, can you find the error?",
      'Why does this log keep showing errors? What should I check?',
      'Draft a short, polite reply to this message:',
    ),
    k: labels('name|email|phone number|card number|IBAN|address|IP address|date of birth|password'),
    say: ['My {k} is {v}.', 'Please use this {k}: {v}.', 'The {k} on file should be {v}, not the old one.'],
    name: ['My name is {v}.', "I'm writing on behalf of {v}.", '{v} asked me to follow up on this.'],
    hi: 'Hi team,',
    bye: 'Best regards,',
    filler: 'I ordered the standing desk on 3 March and it still has not arrived.',
    agent: 'Thanks for your patience, we are checking order 48213 with the warehouse.',
    speakers: ['Customer', 'Agent'],
  },
  de: {
    task: tasks(
      'Kannst du diese E-Mail höflicher umformulieren?',
      'Bitte füll dieses Anmeldeformular mit meinen Angaben aus:',
      'Fass diesen Support-Verlauf in drei Stichpunkten zusammen.',
      'Übersetze diesen Brief ins Englische, bitte förmlich.',
      'Dieses JSON lässt sich nicht parsen, wo ist der Fehler?',
      'Warum wirft dieses Log ständig Fehler?',
      'Entwirf eine kurze, freundliche Antwort auf diese Nachricht:',
    ),
    k: labels('Name|E-Mail|Telefonnummer|Kartennummer|IBAN|Adresse|IP-Adresse|Geburtsdatum|Passwort'),
    say: ['Meine Daten – {k}: {v}.', 'Als {k} bitte {v} verwenden.', 'Die neue {k} lautet {v}.'],
    name: ['Mein Name ist {v}.', 'Ich schreibe im Auftrag von {v}.', '{v} hat mich gebeten, nachzuhaken.'],
    hi: 'Hallo zusammen,',
    bye: 'Viele Grüße',
    filler: 'Die Waschmaschine, bestellt am 3. März, ist immer noch nicht geliefert worden.',
    agent: 'Danke für Ihre Geduld, wir prüfen Auftrag 48213 mit dem Lager.',
    speakers: ['Kunde', 'Support'],
  },
  fr: {
    task: tasks(
      'Peux-tu reformuler cet e-mail pour qu’il soit plus professionnel ?',
      'Remplis ce formulaire d’inscription avec mes informations :',
      'Résume ce fil de support en trois points.',
      'Traduis cette lettre en anglais, ton formel.',
      'Ce JSON ne passe pas, tu vois l’erreur ?',
      'Pourquoi ce log affiche-t-il des erreurs ?',
      'Rédige une réponse courte et polie à ce message :',
    ),
    k: labels('nom|e-mail|numéro de téléphone|numéro de carte|IBAN|adresse|adresse IP|date de naissance|mot de passe'),
    say: ['Voici mon {k} : {v}.', 'Merci d’utiliser ce {k} : {v}.', 'Pour info, {k} : {v}.'],
    name: ['Je m’appelle {v}.', 'Je vous écris de la part de {v}.', '{v} m’a demandé de relancer.'],
    hi: 'Bonjour,',
    bye: 'Cordialement,',
    filler: 'J’ai commandé le canapé le 3 mars et il n’est toujours pas livré.',
    agent: 'Merci de votre patience, nous vérifions la commande 48213 avec l’entrepôt.',
    speakers: ['Client', 'Support'],
  },
  es: {
    task: tasks(
      '¿Puedes reescribir este correo para que suene más profesional?',
      'Rellena este formulario de inscripción con mis datos:',
      'Resume este hilo de soporte en tres puntos.',
      'Traduce esta carta al inglés, en tono formal.',
      'Este JSON no se puede parsear, ¿dónde está el error?',
      '¿Por qué este log da errores todo el rato?',
      'Redacta una respuesta breve y amable a este mensaje:',
    ),
    k: labels(
      'nombre|correo electrónico|teléfono|número de tarjeta|IBAN|dirección|dirección IP|fecha de nacimiento|contraseña',
    ),
    say: ['Mis datos – {k}: {v}.', 'Por favor, usad este dato ({k}): {v}.', 'El dato correcto de {k} es {v}.'],
    name: ['Me llamo {v}.', 'Le escribo en nombre de {v}.', '{v} me pidió que hiciera seguimiento.'],
    hi: 'Hola,',
    bye: 'Saludos,',
    filler: 'Pedí la lavadora el 3 de marzo y todavía no ha llegado.',
    agent: 'Gracias por su paciencia, estamos revisando el pedido 48213 con el almacén.',
    speakers: ['Cliente', 'Soporte'],
  },
  it: {
    task: tasks(
      'Puoi riscrivere questa email in modo più professionale?',
      'Compila questo modulo di iscrizione con i miei dati:',
      'Riassumi questa conversazione con l’assistenza in tre punti.',
      'Traduci questa lettera in inglese, tono formale.',
      'Questo JSON non viene letto, dov’è l’errore?',
      'Perché questo log continua a dare errori?',
      'Scrivi una risposta breve e cortese a questo messaggio:',
    ),
    k: labels('nome|e-mail|numero di telefono|numero della carta|IBAN|indirizzo|indirizzo IP|data di nascita|password'),
    say: ['I miei dati – {k}: {v}.', 'Per favore usate questo dato ({k}): {v}.', 'Il dato aggiornato ({k}) è {v}.'],
    name: ['Mi chiamo {v}.', 'Scrivo per conto di {v}.', '{v} mi ha chiesto di sollecitare.'],
    hi: 'Buongiorno,',
    bye: 'Cordiali saluti,',
    filler: 'Ho ordinato il divano il 3 marzo e non è ancora arrivato.',
    agent: 'Grazie per la pazienza, stiamo verificando l’ordine 48213 con il magazzino.',
    speakers: ['Cliente', 'Assistenza'],
  },
  pt: {
    task: tasks(
      'Podes reescrever este e-mail para soar mais profissional?',
      'Preenche este formulário de inscrição com os meus dados:',
      'Resume esta conversa com o apoio ao cliente em três pontos.',
      'Traduz esta carta para inglês, em tom formal.',
      'Este JSON não é lido, onde está o erro?',
      'Porque é que este log está sempre a dar erros?',
      'Escreve uma resposta curta e educada a esta mensagem:',
    ),
    k: labels('nome|e-mail|telemóvel|número do cartão|IBAN|morada|endereço IP|data de nascimento|palavra-passe'),
    say: ['Os meus dados – {k}: {v}.', 'Por favor usem este dado ({k}): {v}.', 'O dado correto ({k}) é {v}.'],
    name: ['Chamo-me {v}.', 'Escrevo em nome de {v}.', '{v} pediu-me para insistir.'],
    hi: 'Olá,',
    bye: 'Com os melhores cumprimentos,',
    filler: 'Encomendei o frigorífico a 3 de março e ainda não chegou.',
    agent: 'Obrigado pela paciência, estamos a verificar a encomenda 48213 com o armazém.',
    speakers: ['Cliente', 'Apoio'],
  },
  nl: {
    task: tasks(
      'Kun je deze e-mail zakelijker herschrijven?',
      'Vul dit inschrijfformulier in met mijn gegevens:',
      'Vat deze supportconversatie samen in drie punten.',
      'Vertaal deze brief naar het Engels, formeel.',
      'Deze JSON wil niet parsen, waar zit de fout?',
      'Waarom geeft deze log steeds fouten?',
      'Schrijf een kort, vriendelijk antwoord op dit bericht:',
    ),
    k: labels('naam|e-mailadres|telefoonnummer|kaartnummer|IBAN|adres|IP-adres|geboortedatum|wachtwoord'),
    say: ['Mijn gegevens – {k}: {v}.', 'Gebruik als {k} graag {v}.', 'Het juiste {k} is {v}.'],
    name: ['Mijn naam is {v}.', 'Ik schrijf namens {v}.', '{v} vroeg me dit na te vragen.'],
    hi: 'Hallo,',
    bye: 'Met vriendelijke groet,',
    filler: 'Ik heb de wasmachine op 3 maart besteld en hij is nog steeds niet geleverd.',
    agent: 'Bedankt voor uw geduld, we controleren order 48213 met het magazijn.',
    speakers: ['Klant', 'Support'],
  },
  pl: {
    task: tasks(
      'Możesz przepisać tego maila, żeby brzmiał bardziej profesjonalnie?',
      'Wypełnij ten formularz rejestracyjny moimi danymi:',
      'Streść ten wątek z obsługą klienta w trzech punktach.',
      'Przetłumacz ten list na angielski, formalnie.',
      'Ten JSON się nie parsuje, gdzie jest błąd?',
      'Dlaczego ten log ciągle pokazuje błędy?',
      'Napisz krótką, uprzejmą odpowiedź na tę wiadomość:',
    ),
    k: labels('imię i nazwisko|e-mail|numer telefonu|numer karty|IBAN|adres|adres IP|data urodzenia|hasło'),
    say: ['Moje dane – {k}: {v}.', 'Proszę użyć tych danych ({k}): {v}.', 'Aktualne dane ({k}): {v}.'],
    name: ['Nazywam się {v}.', 'Piszę w imieniu: {v}.', '{v} poprosił mnie o przypomnienie.'],
    hi: 'Dzień dobry,',
    bye: 'Pozdrawiam,',
    filler: 'Zamówiłem pralkę 3 marca i nadal nie dotarła.',
    agent: 'Dziękujemy za cierpliwość, sprawdzamy zamówienie 48213 z magazynem.',
    speakers: ['Klient', 'Wsparcie'],
  },
  tr: {
    task: tasks(
      'Bu e-postayı daha profesyonel olacak şekilde yeniden yazar mısın?',
      'Bu kayıt formunu bilgilerimle doldurur musun:',
      'Bu destek yazışmasını üç maddede özetle.',
      'Bu mektubu resmi bir dille İngilizceye çevir.',
      'Bu JSON ayrıştırılamıyor, hata nerede?',
      'Bu log neden sürekli hata veriyor?',
      'Bu mesaja kısa ve kibar bir yanıt taslağı yaz:',
    ),
    k: labels('ad soyad|e-posta|telefon numarası|kart numarası|IBAN|adres|IP adresi|doğum tarihi|şifre'),
    say: ['Bilgilerim – {k}: {v}.', 'Lütfen şunu kullanın ({k}): {v}.', 'Güncel {k}: {v}.'],
    name: ['Adım {v}.', '{v} adına yazıyorum.', '{v} bu konuyu takip etmemi istedi.'],
    hi: 'Merhaba,',
    bye: 'Saygılarımla,',
    filler: 'Çamaşır makinesini 3 Mart’ta sipariş ettim ve hâlâ gelmedi.',
    agent: 'Sabrınız için teşekkürler, 48213 numaralı siparişi depo ile kontrol ediyoruz.',
    speakers: ['Müşteri', 'Destek'],
  },
  ja: {
    task: tasks(
      'このメールをもっと丁寧な文章に書き直してください。',
      '以下の情報で申込フォームを埋めてください：',
      'このサポートのやり取りを3点に要約してください。',
      'この手紙をフォーマルな英語に翻訳してください。',
      'このJSONがパースできません。どこが間違っていますか？',
      'このログでエラーが出続ける原因は何ですか？',
      'このメッセージへの短く丁寧な返信を書いてください：',
    ),
    k: labels('氏名|メールアドレス|電話番号|カード番号|IBAN|住所|IPアドレス|生年月日|パスワード'),
    say: ['{k}は{v}です。', '{k}：{v}。', '新しい{k}は{v}でお願いします。'],
    name: ['{v}と申します。', '{v}の代理で連絡しています。', '{v}から確認するよう頼まれました。'],
    hi: 'お世話になっております。',
    bye: 'よろしくお願いいたします。',
    filler: '3月3日に注文した洗濯機がまだ届いていません。',
    agent: 'お待たせしております。注文番号48213を倉庫に確認中です。',
    speakers: ['お客様', 'サポート'],
  },
};
