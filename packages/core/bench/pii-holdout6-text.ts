/**
 * Carriers of hold-out 6: everyday chat-assistant requests that contain the writer's own data ({v}), with a label
 * ({k}) in the writer's language — emails to rewrite, SQL/JSON/YAML to fix, CSV rows, chat exports, support threads,
 * CVs, Markdown tables. Plus PII-free requests full of numbers for the false-hit count.
 */

/** Labels per language: phone, email, card, IBAN, SSN, IP. */
const LABEL_ROWS: Record<string, string[]> = {
  eng: ['my cell', 'my email', 'card number', 'IBAN', 'SSN', 'my IP'],
  deu: ['Handy', 'E-Mail', 'Kartennummer', 'IBAN', 'SSN', 'IP-Adresse'],
  fra: ['portable', 'mail', 'n° de carte', 'IBAN', 'numéro SSN', 'adresse IP'],
  spa: ['móvil', 'correo', 'tarjeta', 'IBAN', 'SSN', 'IP'],
  ita: ['cellulare', 'email', 'carta', 'IBAN', 'SSN', 'indirizzo IP'],
  nld: ['mobiel', 'e-mail', 'kaartnummer', 'IBAN', 'SSN', 'IP-adres'],
  por: ['telemóvel', 'email', 'cartão', 'IBAN', 'SSN', 'IP'],
  pol: ['numer komórki', 'e-mail', 'numer karty', 'IBAN', 'SSN', 'adres IP'],
  swe: ['mobil', 'mejl', 'kortnummer', 'IBAN', 'SSN', 'IP-adress'],
  tur: ['cep', 'e-posta', 'kart no', 'IBAN', 'SSN', 'IP adresi'],
  dan: ['mobil', 'mail', 'kortnummer', 'IBAN', 'SSN', 'IP-adresse'],
  jpn: ['携帯', 'メール', 'カード番号', 'IBAN', 'SSN', 'IPアドレス'],
};
const TYPES = ['PHONE', 'EMAIL', 'CREDIT_CARD', 'IBAN', 'US_SSN', 'IP_ADDRESS'];
export const label = (type: string, lang: string) => (LABEL_ROWS[lang] ?? LABEL_ROWS.eng)[TYPES.indexOf(type)];

/** [language, carrier kind, template]. */
export const CARRIERS: [string, string, string][] = [
  [
    'eng',
    'email-rewrite',
    'Can you rewrite this email to my landlord so it sounds less angry?\n\n"Hi Mark, the heating is broken AGAIN. Call me back on this, {k}: {v}. I am not paying March rent until it is fixed."',
  ],
  [
    'eng',
    'sql',
    "fix this SQL insert, it says syntax error near line 2:\n\n```sql\nINSERT INTO customers (id, name, contact)\nVALUES (1042, 'Dana Whitfield', '{v}')\n```",
  ],
  [
    'eng',
    'support-thread',
    'summarise this support thread for me:\n\n> From: support@acme-hosting.example\n> Hi, we need to verify the account. Please confirm your {k}.\n\nMe: sure, {k} is {v}\n\n> Thanks, ticket #88213 updated.',
  ],
  [
    'eng',
    'chat-export',
    '[12/03/2024, 21:14] Tom: whats ur {k} again\n[12/03/2024, 21:15] Me: {v}\n[12/03/2024, 21:15] Tom: 👍\n\ncan you turn this chat into a short note?',
  ],
  [
    'eng',
    'form',
    'Help me fill in this rental application. Name: Priya Raman, move-in date 1 June, {k}: {v}, monthly income 4,200 USD.',
  ],
  ['eng', 'json', 'why does JSON.parse fail on this?\n{"user": "kwest", "{k}": "{v}", "tags": ["beta", 3],}'],
  [
    'eng',
    'csv',
    'convert this CSV to a markdown table please\nname,role,contact\nLiam Ortega,driver,{v}\nMia Chen,dispatch,n/a',
  ],
  [
    'deu',
    'email-rewrite',
    'Kannst du diese Mail an meinen Vermieter höflicher formulieren? "Die Heizung ist seit 3 Tagen kaputt. Rufen Sie mich an, {k} {v}, sonst mindere ich die Miete."',
  ],
  [
    'deu',
    'cv',
    'Übersetze meinen Lebenslauf ins Englische:\n\nJonas Keller\n{k}: {v}\nBerufserfahrung: 2019–2024 Logistik',
  ],
  [
    'deu',
    'yaml',
    'Warum startet der Container nicht? Hier die Config:\n```yaml\nservices:\n  app:\n    environment:\n      CONTACT: "{v}"\n      PORT: 8080\n```',
  ],
  [
    'fra',
    'reply',
    'Rédige une réponse polie à mon banquier : je confirme que mon {k} est {v} et que le virement de 1 250 € partira lundi.',
  ],
  ['fra', 'cv', 'Corrige les fautes de mon CV stp :\nCamille Laurent — {k} : {v} — permis B, 5 ans d’expérience'],
  [
    'spa',
    'reply',
    'Ayúdame a contestar este correo del casero:\n> ¿Me pasas tu {k}?\nMi respuesta: claro, es {v}. Saludos, Lucía',
  ],
  ['spa', 'csv', 'ordena esta tabla por nombre:\nnombre;{k}\nRaúl Medina;{v}\nAna Ruiz;—'],
  [
    'ita',
    'email-rewrite',
    'Riscrivi questa mail in modo più formale: "Ciao, sono Giulia, il mio {k} è {v}, mi richiami appena puoi?"',
  ],
  [
    'nld',
    'chat-export',
    '[09:41] Sanne: stuur je {k} even\n[09:42] ik: {v}\n[09:42] Sanne: top\nkun je dit gesprek samenvatten?',
  ],
  ['nld', 'form', 'Vul dit formulier voor de gemeente in: naam Daan Visser, {k} {v}, verhuisdatum 1-7-2024.'],
  ['por', 'reply', 'Escreve uma resposta ao senhorio: o meu {k} é {v}, podemos falar amanhã às 18h?'],
  [
    'pol',
    'email-rewrite',
    'Popraw ten e-mail do szkoły: "Dzień dobry, mój {k} to {v}. Proszę o kontakt w sprawie wycieczki. Pozdrawiam, Marta"',
  ],
  [
    'swe',
    'support-thread',
    'sammanfatta den här tråden:\n> Kundtjänst: vi behöver ditt {k} för att gå vidare\nJag: {v}\n> Kundtjänst: tack, ärende 55120 uppdaterat',
  ],
  ['tur', 'reply', 'Ev sahibine kibar bir cevap yaz: {k}: {v}, kirayı 5 Nisan’da ödeyeceğim.'],
  [
    'dan',
    'code',
    'hvorfor virker denne funktion ikke?\n```python\ndef kontakt():\n    return "{v}"  # {k}\nprint(kontakt()[0:3])\n```',
  ],
  [
    'jpn',
    'email-rewrite',
    '大家さんへのメールを丁寧に書き直して：「暖房が壊れています。{k}は{v}です。至急連絡ください。」',
  ],
  ['jpn', 'cv', '私の履歴書を英語に翻訳してください。\n氏名：佐藤 健\n{k}：{v}\n職歴：2018年〜2023年 営業'],
  [
    'eng',
    'markdown',
    'make this table prettier:\n| field | value |\n|---|---|\n| name | O. Brandt |\n| {k} | {v} |\n| plan | Pro (12 mo) |',
  ],
  [
    'eng',
    'log',
    'what does this error mean?\n2024-05-17T08:12:44Z WARN auth failed for user=kbrandt src={v} attempts=5\n2024-05-17T08:12:45Z INFO lockout 15m',
  ],
];

/** PII-free everyday requests full of numbers (must give no entity). */
export const CLEAN: [string, string][] = [
  ['eng', 'Can you convert 1 3/4 cups to grams? Recipe says 250 g butter and 180 °C for 35–40 min.'],
  [
    'eng',
    'My flight BA 2490 leaves 06:55 on 14/08/2025, gate B32, arrive 09:10. How long is the layover if the next one is at 11:45?',
  ],
  [
    'eng',
    'Order #4481-2297-13 arrived damaged, I paid $129.99 + $8.50 shipping on 2024-02-03. Draft a refund request.',
  ],
  ['eng', 'Why does npm install fail with node 18.19.0 and typescript 5.4.5? Exit code 1 after 2231 ms.'],
  ['eng', 'Explain this: for (let i = 0; i < 1024; i += 16) buf[i] = 0xff & (i * 31);'],
  ['eng', 'Budget: rent 1,450, groceries 420, transport 96.50, savings 300. What % of 3,800 is left?'],
  ['eng', 'Room is 4.35 m × 3.20 m, ceiling 2.55 m. How many 2.5 l cans at 10 m²/l do I need?'],
  ['eng', 'Summarise: Q3 revenue 12.4M (+8.2%), EBIT 1.93M, headcount 214 → 231, churn 2.1%.'],
  ['eng', 'The train times are 07:12, 07:42, 08:12 and 08:42; platform 3, coach 12, seats 41–44.'],
  ['eng', 'Docker says port 5432 already in use; I run postgres 16.2 on 0.0.0.0:5432 and redis 7.2.4 on 6379.'],
  ['eng', 'Sort these version numbers: 1.10.2, 1.9.14, 2.0.0-rc.1, 1.10.10, 10.0.1'],
  ['eng', 'Tracking number 1Z 999 AA1 0123 4567 84 shows "in transit" since 3 days, what should I write to UPS?'],
  ['eng', 'Invoice 2024-0912 total 3 218,40 EUR, VAT 19% included, due 30 days net.'],
  ['eng', 'The serial on my router is 2211-8734-0092, firmware 3.0.4 build 20231117. How do I update?'],
  ['eng', 'ISBN 978-0-306-40615-7, 2nd edition, 412 pages, printed 2019, price £24.99.'],
  ['deu', 'Rechne bitte: 3 Raten à 249,90 € plus 14,99 € Versand, Bestellung 302-8841125-7731 vom 12.03.2024.'],
  ['deu', 'Der Zug ICE 1007 fährt um 13:28 ab Gleis 14, Ankunft 17:52, Wagen 9, Platz 63–64.'],
  ['deu', 'Meine Wohnung hat 72,5 m², Kaltmiete 980 €, Nebenkosten 210 €. Ist das für 2025 in Leipzig viel?'],
  ['deu', 'Warum gibt python 3.12 bei range(0, 100, 7) nur 15 Werte aus?'],
  ['fra', 'Le rendez-vous est le 17/09 à 14h30, salle 204, bâtiment C, 3e étage. Peux-tu rédiger un rappel ?'],
  ['fra', 'Facture n° FA-2024-00871 : 1 245,60 € TTC, échéance 15 jours, référence client 55 120.'],
  ['fra', 'Convertis 68 °F en Celsius et 12 miles en km, puis 5 pieds 9 pouces en cm.'],
  ['spa', 'El pedido 7734-2210 llega entre el 3 y el 5 de mayo; pagué 89,95 € y 4,99 € de envío.'],
  ['spa', 'Mi coche gasta 6,4 l/100 km; ¿cuánto cuesta un viaje de 1 230 km con gasolina a 1,629 €/l?'],
  ['ita', 'Il volo AZ 1783 parte alle 6:40 dal terminal 1, imbarco 6:05, posto 23C.'],
  ['ita', 'La ricetta dice 500 g di farina, 325 ml di acqua, 10 g di sale, lievitazione 18–24 ore a 4 °C.'],
  ['nld', 'Bestelling 2024-118-4471 kostte € 349,00; retour binnen 30 dagen, pakket 2,3 kg.'],
  ['nld', 'Mijn hypotheek is 285.000 euro tegen 3,85% over 30 jaar. Wat is de maandlast?'],
  ['por', 'A reunião ficou para 21/10 às 9h15, sala 3.02, duração de 90 minutos.'],
  ['por', 'Quanto é 15% de 2 480,00 €? E 23% de IVA sobre 1 199,99 €?'],
  ['pol', 'Faktura FV/2024/03/118 na kwotę 1 845,00 zł, termin płatności 14 dni.'],
  ['pol', 'Pociąg IC 5310 odjeżdża o 16:05 z peronu 4, tor 7, przyjazd 19:47.'],
  ['swe', 'Ordernummer 600 218 733, totalt 1 299 kr, leverans vecka 22.'],
  ['swe', 'Hur många kalorier har 250 g kvarg med 3 % fett och 40 g havregryn?'],
  ['tur', 'Sipariş no 4471-9920, tutar 1.249,90 TL, kargo 3-5 iş günü.'],
  ['tur', 'Uçuş TK 1823 saat 07:35’te kalkıyor, kapı 212, koltuk 14F.'],
  ['dan', 'Toget kører 08:17 fra spor 5, ankomst 10:02. Billetten kostede 349 kr.'],
  ['dan', 'Regn 17,5 % af 12 400 kr ud og træk 2 150 kr fra.'],
  ['jpn', '注文番号 249-7731-0082、合計 12,980円、配送は3〜5営業日です。'],
  ['jpn', '会議は2025年4月18日 14:00〜15:30、会議室B、参加者12名です。'],
  ['eng', 'git log shows 3f9a2b7 → c41d0e2, 17 files changed, 412 insertions(+), 88 deletions(-).'],
  ['eng', 'Coordinates 48.8584, 2.2945 and elevation 330 m; sunrise 06:47, sunset 20:31.'],
  ['eng', 'Phone plan: 20 GB for 15.99/month, 5G, contract 24 months, activation fee 29.'],
  ['eng', 'Set timeout=30000 ms, retries=3, backoff 1.5x, max 120 s; batch size 256, lr 3e-4.'],
];
