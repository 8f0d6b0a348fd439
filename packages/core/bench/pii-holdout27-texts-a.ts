/**
 * Requests to an AI chat assistant, hold-out 27 part A (English, German, French, Spanish, Portuguese, Italian, Dutch,
 * Polish). Slots: {P1}.. a person in a random form (given / full / title+surname / nickname), {G1} given name only,
 * {F1} full name, {E1} that person's e-mail, {T} phone, {A} address, {L} plate, {D} date of birth, {I} IBAN.
 */
export type Tpl = readonly [task: string, text: string];

export const TEXTS_A: Record<string, Tpl[]> = {
  en: [
    [
      'neighbour',
      'Can you help me write a polite reply to my neighbour {P1}? She left a note saying our dog barks at night. Keep it friendly, I live at {A} and she is right next door.',
    ],
    [
      'rental',
      'Please fill in this rental application for me:\nName: {F1}\nDate of birth: {D}\nCurrent address: {A}\nMobile: {T}\nEmail: {E1}\nReference: my old landlord {P2}',
    ],
    [
      'groupchat',
      'summarise this group chat for me, who is bringing what?\n{G1}: I can do the salads\n{G2}: ok I bring drinks, call me on {T} if plans change\n{G3}: i have the car, plate {L}, can pick up {G1}',
    ],
    [
      'insurance',
      'Draft an insurance claim. Yesterday at 5pm a car ({L}) hit my rear bumper at a red light. The other driver was {F1}, phone {T}. My policy is in my name, {F2}. Make it sound formal.',
    ],
    [
      'reference',
      'Write a short reference letter for my employee {P1}, who worked at our bakery for three years. Mention she is reliable. They can contact me at {E2} or {T}.',
    ],
    [
      'wedding',
      'Make this wedding invitation nicer: "{F1} and {F2} are getting married on 14 June at {A}. RSVP to {P3} on {T} before May."',
    ],
    ['cv', 'check my CV header, is the layout ok?\n{F1}\n{A}\n{T} | {E1}\nborn {D}'],
    [
      'delivery',
      'Help me reply to this complaint from a customer: "Your courier {P1} left my parcel in the rain outside {A}. I want a refund." The customer is {F2}, {E2}.',
    ],
    [
      'condolence',
      'I need to write a condolence card to {P1}, whose husband {F2} passed away last week. They were our neighbours for 20 years. Something short and warm please.',
    ],
    [
      'birthday',
      'write a funny birthday message for my brother {P1}, he was born {D} so he turns 40. his wife {P2} says he hates getting old lol',
    ],
    [
      'thanks',
      'Could you turn this into a proper thank-you note? "thanks {P1} for fixing the fence, pls send your bank details {I} ok?" Actually I already have his IBAN: {I}, just thank him.',
    ],
    [
      'insurance',
      'The other driver gave me this: {F1}, {A}, mobile {T}, reg {L}. Can you put it into the accident report form for my insurer?',
    ],
    [
      'teacher',
      "Translate this message from my child's teacher into simple English for my mum: our daughter {G1} was born {D} and {P2} from the school office needs the form back by Friday, email {E2}.",
    ],
  ],
  de: [
    [
      'neighbour',
      'Kannst du mir helfen, meinem Nachbarn {P1} zu antworten? Er beschwert sich über unsere Hecke. Ich wohne {A}, er direkt gegenüber. Bitte freundlich, aber bestimmt.',
    ],
    [
      'rental',
      'Bitte füll die Selbstauskunft für die Wohnung aus:\nName: {F1}\ngeboren am {D}\nAnschrift: {A}\nTelefon: {T}\nE-Mail: {E1}\nIBAN für die Kaution: {I}',
    ],
    [
      'insurance',
      'Schreib eine Schadensmeldung an meine Versicherung: Der Unfallgegner {F1} (Kennzeichen {L}, Tel. {T}) ist mir beim Ausparken in die Tür gefahren. Ich bin {F2}.',
    ],
    [
      'reference',
      'Formuliere ein Arbeitszeugnis für {P1}, geb. {D}, die drei Jahre bei uns im Café gearbeitet hat. Rückfragen an mich: {E2}.',
    ],
    [
      'groupchat',
      'fass den chat von der elterngruppe zusammen:\n{G1}: wer holt die kinder am freitag?\n{G2}: ich, meine nummer ist {T}\n{G3}: danke! {P4} bringt kuchen mit',
    ],
    [
      'wedding',
      'Mach die Einladung schöner: Wir, {F1} und {F2}, heiraten am 12. September im Gasthof, {A}. Zusagen bitte bis Juli an {E1}.',
    ],
  ],
  fr: [
    [
      'neighbour',
      "Aide-moi à répondre à ma voisine {P1} qui se plaint du bruit. J'habite au {A}. Réponse polie s'il te plaît.",
    ],
    [
      'rental',
      'Remplis ce dossier de location :\nNom : {F1}\nNé le {D}\nAdresse actuelle : {A}\nTél : {T}\nCourriel : {E1}\nRIB : {I}',
    ],
    [
      'teacher',
      'Traduis en anglais ce mot de la maîtresse : « Bonjour, {P1} a oublié son cahier. Merci de me rappeler au {T}. {F2} »',
    ],
    [
      'insurance',
      "Rédige un constat amiable : l'autre conducteur, {F1}, véhicule immatriculé {L}, téléphone {T}, m'a percuté au rond-point.",
    ],
    [
      'condolence',
      'écris un petit mot de condoléances pour {P1}, son père {F2} est décédé. on se connaît depuis le lycée.',
    ],
  ],
  es: [
    [
      'neighbour',
      'Ayúdame a contestar a mi vecino {P1}, dice que nuestra terraza gotea en su casa. Vivo en {A}. Que suene amable.',
    ],
    [
      'rental',
      'Rellena esta solicitud de alquiler:\nNombre: {F1}\nFecha de nacimiento: {D}\nDomicilio: {A}\nMóvil: {T}\nCorreo: {E1}',
    ],
    [
      'insurance',
      'Redacta el parte para el seguro: el otro conductor, {F1}, matrícula {L}, teléfono {T}, se saltó el ceda el paso. Yo soy {F2}.',
    ],
    [
      'wedding',
      'Mejora esta invitación: {F1} y {F2} se casan el 20 de octubre en {A}. Confirmad asistencia con {P3} al {T}.',
    ],
    [
      'reference',
      'escribe una carta de recomendación para {P1}, nacido el {D}, trabajó conmigo en el taller. mi correo es {E2}',
    ],
  ],
  pt: [
    [
      'neighbour',
      'Me ajuda a responder a vizinha {P1}? Ela reclamou do barulho da obra. Moro na {A}. Quero ser educado.',
    ],
    [
      'rental',
      'Preencha a ficha de aluguel:\nNome completo: {F1}\nData de nascimento: {D}\nEndereço: {A}\nCelular: {T}\nE-mail: {E1}',
    ],
    [
      'groupchat',
      'resume essa conversa do grupo da família:\n{G1}: alguém busca a vó no domingo?\n{G2}: eu busco, meu número novo é {T}\n{G3}: valeu {G2}! o carro é o {L} né?',
    ],
    [
      'insurance',
      'Escreve a participação de sinistro: o outro condutor, {F1}, matrícula {L}, telefone {T}, bateu na traseira do meu carro. A indemnização para o IBAN {I}.',
    ],
    ['thanks', 'Escreva um bilhete de agradecimento para {P1}, que cuidou dos meus gatos. Mande para {E1}.'],
  ],
  it: [
    [
      'neighbour',
      'Aiutami a rispondere al mio vicino {P1} che si lamenta del parcheggio. Abito in {A}. Tono cordiale.',
    ],
    [
      'rental',
      'Compila la domanda di affitto:\nNome: {F1}\nnato il {D}\nIndirizzo: {A}\nCellulare: {T}\nEmail: {E1}\nIBAN: {I}',
    ],
    [
      'insurance',
      'Scrivi la denuncia di sinistro: la signora {F1}, targa {L}, tel. {T}, ha urtato la mia auto in retromarcia.',
    ],
    ['wedding', 'Rendi più bello questo invito: {F1} e {F2} si sposano il 5 luglio presso {A}. Conferma a {P3}, {T}.'],
    [
      'teacher',
      'traduci in inglese questo messaggio della maestra: "gentile {P1}, la bambina {G2} deve portare il modulo firmato. per info {E3}"',
    ],
  ],
  nl: [
    [
      'neighbour',
      'Help me een reactie te schrijven aan mijn buurman {P1} over de schutting. Ik woon op {A}. Vriendelijk graag.',
    ],
    [
      'rental',
      'Vul dit huurformulier in:\nNaam: {F1}\nGeboren op {D}\nAdres: {A}\nTelefoon: {T}\nE-mail: {E1}\nRekeningnummer: {I}',
    ],
    [
      'insurance',
      'Schrijf een schadeformulier: de andere bestuurder, {F1}, kenteken {L}, tel {T}, reed achteruit tegen mijn auto.',
    ],
    [
      'groupchat',
      'vat deze appgroep samen:\n{G1}: wie neemt de bbq mee?\n{G2}: ik! bel me op {T}\n{G3}: top, {P4} regelt het vlees',
    ],
  ],
  pl: [
    ['neighbour', 'Pomóż mi odpisać sąsiadce {P1}, która skarży się na hałas. Mieszkam przy {A}. Grzecznie proszę.'],
    [
      'rental',
      'Wypełnij wniosek o najem:\nImię i nazwisko: {F1}\nData urodzenia: {D}\nAdres: {A}\nTelefon: {T}\nE-mail: {E1}\nNr konta: {I}',
    ],
    [
      'insurance',
      'Napisz zgłoszenie szkody: sprawca {F1}, nr rejestracyjny {L}, tel. {T}, uderzył w mój samochód na parkingu.',
    ],
    ['reference', 'napisz referencje dla {P1}, ur. {D}, pracowała u nas jako kelnerka. kontakt do mnie: {E2}'],
  ],
};
