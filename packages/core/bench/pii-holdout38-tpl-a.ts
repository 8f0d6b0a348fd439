/**
 * Hold-out 38 message templates, English, German, French. Slots: {N} full name, {G} given name, {P} phone,
 * {E} e-mail, {I} IP, {C} card, {B} IBAN, {A} address, {D} date of birth (always after a birth cue), {X} national id,
 * {XL} its local label; fillers without personal data: {ORD} {AMT} {DAY} {TM} {CO} {CITY}.
 */
export type Templates = Record<string, string[]>;

export const EN: Templates = {
  support: [
    "Hi, I'm {N}. I can't log into my account since yesterday. You can reach me at {P} or {E}. Order {ORD}.",
    'hello support, my card {C} was charged twice for order {ORD} ({AMT}). please refund. name on card {N}',
    'I got locked out after too many attempts from IP {I}. Account email is {E}, phone on file {P}.',
    'Can you help me update my delivery address to {A}? The old one is wrong. Thanks, {G}',
    'My router shows {I} as the WAN address and the VPN keeps dropping every {TM}. Contact: {N}, {P}',
    'Please change the direct debit to my new account {B}, holder {N}. Effective from {DAY}.',
    'Hey, this is {G} again. The technician never came to {A}. Call me back on {P} pls',
    'I need to verify my identity for the claim. My {XL} is {X} and my date of birth is {D}.',
    'The delivery guy could not find my flat. It is {A}, buzzer says {G}. Call {P} when outside',
    'why does the portal show my {XL} ({X}) in plain text?? account holder {N}, {E}',
    'For the KYC check: {XL} {X}, DOB {D}, name {N}. Anything else you need?',
  ],
  form: [
    'Full name: {N}\nDate of birth: {D}\nAddress: {A}\nMobile: {P}\nEmail: {E}',
    'Applicant: {N}\nDOB: {D}\n{XL}: {X}\nPhone: {P}',
    'Name - {N}\nEmail - {E}\nCard number - {C}\nBilling address - {A}',
    'Please tidy up this rental form: tenant {N}, born {D}, current address {A}, phone {P}, IBAN for the deposit {B}',
    'Patient: {N} | DOB {D} | Tel {P} | Emergency contact: {G} {P}',
    'Bank details for payroll:\nAccount name: {N}\nIBAN: {B}\nTax ID ({XL}): {X}',
  ],
  forward: [
    'Forwarding you the plumber my neighbour recommended: {N}, {P}. Mention {G} sent you.',
    'FYI new hire details: {N}, starts {DAY}, personal email {E}, mobile {P}.',
    "Here's the landlord's info from the lease: {N}, {A}, email {E}",
    'Can you turn this into a vCard? {N} / {P} / {E} / {A}',
    'pls add to the CRM: {N} ({CO}), {E}, {P}, met at the conference on {DAY}',
  ],
  letter: [
    'Draft a formal complaint to my bank. My name is {N}, account {B}, and I live at {A}. The disputed charge was {AMT} on {DAY}.',
    'Write a reference letter for my former employee {N} (born {D}). She can be contacted at {E}.',
    'Help me write a letter to the council about the bins outside {A}. Sign it {N}, phone {P}.',
    'Please write a polite email to my landlord {N} asking to return my deposit to account {B}.',
    'Compose a cover letter. Details: {N}, {A}, {P}, {E}. Applying for the analyst role at {CO}.',
    'Draft an email to HR saying my new bank account is {B} and my new address is {A}. Thanks, {G}',
  ],
  chat: [
    '[10:42] {G}: hey did you get my new number?\n[10:43] me: nope send it again\n[10:44] them: {P}\n[10:46] me: and the email?\n[10:46] them: {E}',
    "summarize this chat pls:\nA: whats the wifi ip again\nB: {I}\nA: thx, and {G}'s email?\nB: {E}",
    "my friend texted me this, is it safe? 'hey its {N}, my card is {C} exp 09/27, can u book the tickets'",
    'lol my brother posted his whole address in the group chat: {A}. and his number {P}. how do i tell him',
    'wait i think i pasted my card by accident {C} can you delete it',
  ],
  scam: [
    "I received this SMS: 'Your parcel is held. Pay {AMT} to IBAN {B}, beneficiary {N}.' Is this a scam?",
    'Got an email from {E} claiming to be from {CO} asking me to call {P}. Scam?',
    'Someone called from {P} saying my {XL} {X} was suspended. They knew my name, {N}. What should I do?',
    "Report: the phishing site logged my login from {I}. The scammer's email was {E} and they asked for my card {C}.",
    'A guy named {N} on Marketplace wants the deposit sent to {B}. His phone {P}. legit?',
    'this number keeps calling me {P} and also {P}. reverse lookup said {N}. block?',
  ],
  json: [
    '{"name": "{N}", "email": "{E}", "phone": "{P}", "ip": "{I}"}',
    'fix this json: {"customer":{"fullName":"{N}","dob":"{D}","address":"{A}","card":"{C}"}}',
    'parse this: [{"user":"{G}","mail":"{E}","last_ip":"{I}"},{"user":"{G}","mail":"{E}","last_ip":"{I}"}]',
  ],
  csv: [
    'name,email,phone\n{N},{E},{P}\n{N},{E},{P}',
    'clean up this csv:\nid;name;iban;amount\n1;{N};{B};{AMT}\n2;{N};{B};{AMT}',
    'customer|card|ip\n{N}|{C}|{I}',
  ],
  signature: [
    'Thanks for your help!\n\n--\n{N}\nSenior Accountant, {CO}\nM: {P}\nE: {E}\n{A}',
    'Kind regards,\n{N}\n{P} | {E}',
    'Cheers,\n{G}\n\nSent from my iPhone\n{P}',
    'Best,\n{N}\nOffice: {A}\nDirect: {P}\nPersonal: {E}',
  ],
};

/** Extra templates only for en-US texts (about 30% of them), where {X} is a social security number. */
export const EN_US: Templates = {
  support: ['IRS letter says my SSN {X} was used by someone else. I am {N}, born {D}. what do I do first?'],
  form: ['Employee onboarding\nLegal name: {N}\nSSN: {X}\nDOB: {D}\nHome address: {A}\nCell: {P}'],
  letter: [
    'Write a letter to the credit bureau disputing an account opened with my social security number {X}. My name is {N}, address {A}.',
  ],
  chat: ['mom texted me my social again lol {X} should I delete that'],
  json: ['{"applicant":{"name":"{N}","ssn":"{X}","dob":"{D}","phone":"{P}"}}'],
  csv: ['name,ssn,dob\n{N},{X},{D}\n{N},{X},{D}'],
  scam: ['Caller from {P} claimed to be the SSA and read my SSN back to me: {X}. How did they get it?'],
};

export const DE: Templates = {
  support: [
    'Hallo, ich bin {N} und komme seit gestern nicht mehr in mein Konto. Erreichbar unter {P} oder {E}. Bestellnummer {ORD}.',
    'Guten Tag, bitte ändern Sie meine Lieferadresse auf {A}. Danke, {G}',
    'Meine Karte {C} wurde für Bestellung {ORD} doppelt belastet ({AMT}). Karteninhaber: {N}',
    'Der Router zeigt die IP {I}, aber das Internet geht seit {TM} nicht. Rückruf bitte an {P}.',
  ],
  form: [
    'Name: {N}\nGeburtsdatum: {D}\nAnschrift: {A}\nTelefon: {P}\nE-Mail: {E}',
    'Bitte für die Wohnungsbewerbung formatieren: {N}, geb. am {D}, wohnhaft {A}, Tel. {P}, {XL} {X}',
    'Kontoinhaber: {N}\nIBAN: {B}\nVerwendungszweck: Rechnung {ORD}',
  ],
  forward: [
    'Hier die Nummer vom Handwerker, den mir {G} empfohlen hat: {N}, {P}',
    'Kannst du das als Kontakt speichern? {N} – {E} – {P} – {A}',
  ],
  letter: [
    'Schreib mir bitte eine Kündigung für mein Fitnessstudio. Mitglied: {N}, {A}, Mitgliedsnummer {ORD}, Lastschrift von {B}.',
    'Formuliere einen Einspruch an das Finanzamt. Ich heiße {N}, geboren am {D}, {XL}: {X}.',
  ],
  chat: [
    '[09:12] {G}: schick mir mal deine neue Nummer\n[09:13] ich: {P}\n[09:15] {G}: und die Mail?\n[09:15] ich: {E}',
    'mein Bruder hat seine Adresse in die Gruppe gepostet: {A} 🙈 und seine Handynummer {P}',
  ],
  scam: [
    "Ich habe diese SMS bekommen: 'Ihr Paket wartet. Zahlen Sie {AMT} an {B}, Empfänger {N}.' Betrug?",
    'Jemand hat von {P} angerufen und wollte meine Kartennummer {C} bestätigen. Was tun?',
  ],
  json: ['{"name": "{N}", "email": "{E}", "telefon": "{P}", "geburtsdatum": "{D}"}'],
  csv: ['Name;E-Mail;Telefon\n{N};{E};{P}\n{N};{E};{P}'],
  signature: ['Viele Grüße\n{N}\n{CO}\nTel.: {P}\nMail: {E}\n{A}', 'Mit freundlichen Grüßen\n\n{N}\nMobil {P}'],
};

export const FR: Templates = {
  support: [
    "Bonjour, je m'appelle {N}, je n'arrive plus à me connecter. Mon numéro : {P}, mon mail : {E}. Commande {ORD}.",
    'Ma carte {C} a été débitée deux fois ({AMT}). Titulaire : {N}.',
    'Merci de livrer à la nouvelle adresse : {A}. Cordialement, {G}',
    "Connexion suspecte depuis l'adresse IP {I} sur mon compte {E}. Je ne suis pas à {CITY}, aidez-moi !",
  ],
  form: [
    'Nom et prénom : {N}\nDate de naissance : {D}\nAdresse : {A}\nPortable : {P}\nCourriel : {E}',
    'Dossier location : {N}, né le {D}, {XL} {X}, IBAN {B}',
    'Pour la mutuelle : {N}, {XL} {X}, né(e) le {D}',
  ],
  forward: ['Je te transfère les coordonnées de la nounou : {N}, {P}, {E}'],
  letter: [
    'Rédige une lettre de résiliation pour mon abonnement. Je suis {N}, domicilié au {A}, client n° {ORD}.',
    'Écris un mail à mon propriétaire {N} pour qu’il me rende la caution sur le compte {B}.',
  ],
  chat: [
    "[18:03] {G} : c'est quoi ton numéro déjà ?\n[18:04] moi : {P}\n[18:05] {G} : et ton adresse ?\n[18:05] moi : {A}",
  ],
  scam: [
    "J'ai reçu ce SMS : « Votre colis est bloqué, payez {AMT}, contact {E} ». Arnaque ?",
    'Un certain {N} m’appelle depuis le {P} pour « vérifier » mon IBAN {B}. C’est louche non ?',
  ],
  json: ['{"nom": "{N}", "email": "{E}", "tel": "{P}", "ip": "{I}"}'],
  csv: ['nom;email;téléphone\n{N};{E};{P}'],
  signature: ['Bien cordialement,\n{N}\n{CO}\nTél. {P}\n{A}'],
};
