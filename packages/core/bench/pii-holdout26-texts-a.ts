/**
 * Hold-out 26 chat messages, part A (English varieties, German, French). Slots: {name} full name, {given} given name,
 * {titled} title + family name, {name2} a second person, {email} {phone} {addr} {plate} {dob}, {pay} an IBAN where the
 * country has them, else a card, {card} a card.
 */
export type Tpl = [genre: string, text: string];

export const TEXTS_A: Record<string, Tpl[]> = {
  'en-US': [
    [
      'insurance',
      'Can you help me write a claim to my insurer? Yesterday at the light on 5th a pickup rear-ended me. Other driver: {name2}, plate {plate}. My policy is under {name}, call me at {phone} if anything is missing.',
    ],
    [
      'complaint',
      'make this sound firm but polite:\nhi, this is {titled}. i was charged twice for the same order and my card {card} shows both. email me at {email} pls',
    ],
    [
      'school',
      'Fill in the enrollment form for me: Student: {name}, DOB {dob}, home address {addr}, parent phone {phone}.',
    ],
    [
      'parcel',
      'The courier says my package was "delivered" but nothing is here. Shipping address was {addr}. Name on the order: {name}. Draft a message to the seller, my email is {email}.',
    ],
    ['job', 'Rewrite my cover letter header so it looks professional:\n{name}\n{addr}\n{phone} | {email}'],
  ],
  'en-GB': [
    [
      'tenancy',
      "Could you tidy up this email to my letting agent? Hi, it's {titled} from {addr}. The boiler has been broken since Monday. You can reach me on {phone} or {email}.",
    ],
    [
      'insurance',
      'Help me fill in the accident report: my car ({plate}) was hit in the Tesco car park. Third party: {name2}, mobile {phone}. Policyholder {name}, born {dob}.',
    ],
    [
      'moving',
      "We're moving next month. Please write a change-of-address note for my bank: old address {addr}, account holder {name}, IBAN {iban}.",
    ],
    ['job', 'can you check my CV contact block? {name} · {phone} · {email} · date of birth {dob}'],
  ],
  'en-IN': [
    [
      'visa',
      'Please fill the visa appointment form: Applicant name {name}, Date of Birth {dob}, Address {addr}, Mobile {phone}, Email {email}.',
    ],
    [
      'complaint',
      'Kindly draft a complaint to the electricity board. Consumer name: {titled}, residing at {addr}. Contact no. {phone}. Bill is showing triple amount.',
    ],
    [
      'insurance',
      'Need help writing a claim: my scooter {plate} was hit by a car near the signal. Other party {name2} gave number {phone}. I am {name}.',
    ],
    [
      'school',
      'translate to hindi for the school office: my daughter {name} was born on {dob}. For any query please call her father {name2} at {phone}.',
    ],
  ],
  'en-NG': [
    [
      'parcel',
      'Abeg help me write to the delivery company. Package for {name} was sent to the wrong place. Correct address: {addr}. Call {phone}.',
    ],
    [
      'job',
      'Please polish this application: My name is {name}, I was born on {dob} and I live at {addr}. You can reach me on {phone} or {email}.',
    ],
    [
      'insurance',
      "Help me report to my insurer: a danfo hit my car {plate} on Third Mainland Bridge. Driver's name {name2}. My number is {phone}.",
    ],
    [
      'complaint',
      'Make this complaint to the bank more formal: I am {titled}, my card {card} was debited twice at a POS. Reply to {email}.',
    ],
  ],
  'en-AU': [
    [
      'tenancy',
      'Can you write a bond refund request for me? Tenant: {name}, property {addr}. Pay the bond to card {card} or call me on {phone}.',
    ],
    [
      'insurance',
      'Help me with the claim form. Some bloke reversed into my ute ({plate}) at Bunnings. His name is {name2} and his number {phone}. My email {email}.',
    ],
    [
      'school',
      'Please fill out the school enrolment: child {name}, born {dob}, living at {addr}. Parent contact {email}.',
    ],
    [
      'parcel',
      'write a message to Australia Post: parcel addressed to {titled} at {addr} came back "recipient unknown". Ph {phone}.',
    ],
  ],
  de: [
    [
      'insurance',
      'Kannst du mir beim Schadensbericht helfen? Gestern ist mir an der Ampel jemand hinten drauf gefahren. Unfallgegner: {name2}, Kennzeichen {plate}. Ich bin {name}, Tel. {phone}.',
    ],
    [
      'tenancy',
      'Formuliere bitte eine höfliche Mail an die Hausverwaltung: Ich ({titled}) wohne in der {addr} und die Heizung fällt ständig aus. Erreichbar unter {phone} oder {email}.',
    ],
    [
      'form',
      'Bitte füll das Anmeldeformular aus: Name {name}, geboren am {dob}, Anschrift {addr}, IBAN für die Lastschrift {iban}.',
    ],
    ['job', 'Übersetze meinen Lebenslauf-Kopf ins Englische:\n{name}\n{addr}\nMobil: {phone}\nE-Mail: {email}'],
    [
      'parcel',
      'Das Paket an {name} ist laut DHL zugestellt, kam aber nie an. Lieferadresse: {addr}. Schreib bitte eine Reklamation, Rückfragen an {email}.',
    ],
  ],
  fr: [
    [
      'insurance',
      "Aide-moi à remplir le constat amiable : véhicule B immatriculé {plate}, conducteur {name2}, tél. {phone}. Moi c'est {name}, né le {dob}.",
    ],
    [
      'complaint',
      "Rends ce mail plus poli : Bonjour, je suis {titled}, j'habite {addr} et mon colis n'est jamais arrivé. Merci de me répondre à {email}.",
    ],
    [
      'moving',
      "Peux-tu rédiger un courrier de changement d'adresse pour ma banque ? Titulaire {name}, nouvelle adresse {addr}, IBAN {iban}.",
    ],
    [
      'school',
      "Remplis la fiche d'inscription à l'école : enfant {name}, date de naissance {dob}, contact des parents {phone} / {email}.",
    ],
  ],
};
