/**
 * Hold-out 26 clean messages, part A: the same genres with no personal data. Slots filled by the harness with
 * non-personal values: {order} order number, {track} tracking code, {price}, {date} (not a birth date), {time},
 * {code} product / model code, {n} a small count.
 */
export const CLEAN_A: Record<string, string[]> = {
  'en-US': [
    'My order {order} from Best Buy was supposed to arrive on {date} but the tracking ({track}) has not moved. Write a short complaint asking for a refund of {price}.',
    'Explain the difference between collision and comprehensive coverage for a 2019 Honda Civic. Quote was {price} for six months.',
    'Can you fill in a generic school supply list for 3rd grade? Budget {price}, pickup at the Target on Main Street after {time}.',
    'Rewrite this job ad: Warehouse associate, Columbus OH, {price}/hour, shifts start {time}, apply by {date}, ref {code}.',
  ],
  'en-GB': [
    'Draft a polite email to the council about the bin collection on our street being missed three times since {date}. Reference {order}.',
    'What should a tenancy deposit protection certificate include? The deposit was {price} and the tenancy started on {date}.',
    'Translate into Polish: The parcel {track} is waiting at the Royal Mail delivery office, open until {time}.',
    'Summarise the car insurance renewal: premium {price}, excess £250, {n} named drivers, policy type {code}.',
  ],
  'en-IN': [
    'Please write a complaint to Flipkart: order {order} delivered on {date} had the wrong model ({code}). Amount paid {price}.',
    'What documents are needed for a tourist visa to Singapore? Appointment slot is {date} at {time} at the VFS centre in Chennai.',
    'Kindly make this notice formal: the society water tank cleaning is scheduled on {date}, supply will be off from {time}.',
    'Explain the no-claim bonus on two-wheeler insurance. Renewal premium is {price} for policy type {code}.',
  ],
  'en-NG': [
    'Help me write to Jumia: my order {order} was marked delivered on {date} but I never received it. I paid {price}.',
    'What is the difference between third-party and comprehensive insurance in Nigeria? My quote was {price}.',
    'Please translate this school notice to Yoruba: PTA meeting holds on {date} by {time} in the main hall.',
    'Draft a job advert: sales rep for our Ikeja branch, salary {price} monthly, apply before {date}, ref {code}.',
  ],
  'en-AU': [
    'Write a complaint to the courier: consignment {track} has been "in transit" since {date}. Item is a {code} worth {price}.',
    'How does the NSW rental bond lodgement work? Bond is {price}, lease starts {date}.',
    'Can you make a packing checklist for moving interstate from Brisbane to Perth? Truck booked for {date} at {time}.',
    'Explain what an excess is on comprehensive car insurance. Mine is {price}, policy {code}.',
  ],
  de: [
    'Schreib eine Reklamation an Zalando: Bestellung {order} vom {date}, Artikel {code} kam beschädigt an, Preis {price}.',
    'Was muss in ein Übergabeprotokoll bei der Wohnungsübergabe? Übergabe ist am {date} um {time}.',
    'Übersetze ins Englische: Die Sendung {track} liegt in der Packstation zur Abholung bereit, bis {date}.',
    'Erkläre den Unterschied zwischen Teilkasko und Vollkasko. Angebot: {price} im Jahr, Tarif {code}.',
  ],
  fr: [
    'Rédige une réclamation : commande {order} passée le {date}, le colis {track} est bloqué au dépôt. Montant {price}.',
    "Quels documents faut-il pour l'inscription à la cantine scolaire ? La réunion est le {date} à {time}.",
    "Traduis en anglais : l'état des lieux de sortie aura lieu le {date}, merci de rendre les {n} clés.",
    'Explique la différence entre assurance au tiers et tous risques. Devis reçu : {price} par an, formule {code}.',
  ],
  es: [
    'Escribe una reclamación: pedido {order} del {date}, el envío {track} lleva una semana sin moverse. Importe {price}.',
    '¿Qué documentos necesito para la visa de estudiante a Canadá? Tengo cita el {date} a las {time}.',
    'Traduce al inglés: la mudanza está programada para el {date}, el camión llega a las {time} y son {n} cajas.',
    'Explícame qué cubre un seguro a todo riesgo con franquicia. Presupuesto {price}, modalidad {code}.',
  ],
  'pt-BR': [
    'Escreve uma reclamação: pedido {order} feito em {date}, rastreio {track} parado há dez dias. Valor {price}.',
    'Quais documentos preciso para matricular uma criança na escola municipal? A matrícula abre em {date}.',
    'Traduz pro inglês: a mudança será no dia {date} às {time}, são {n} caixas e uma geladeira.',
    'Me explica a diferença entre seguro com franquia reduzida e normal. Cotação {price}, plano {code}.',
  ],
  it: [
    'Scrivi un reclamo: ordine {order} del {date}, spedizione {track} ferma da una settimana. Importo {price}.',
    "Quali documenti servono per l'iscrizione alla scuola primaria? La scadenza è il {date}.",
    'Traduci in inglese: il trasloco è fissato per il {date} alle {time}, al terzo piano senza ascensore.',
    'Spiegami la differenza tra RC auto e kasko. Preventivo {price}, polizza {code}.',
  ],
  nl: [
    'Schrijf een klacht: bestelling {order} van {date}, pakket {track} staat al een week op "gesorteerd". Bedrag {price}.',
    'Wat moet er in een huurcontract voor een kamer in Utrecht? Ingangsdatum {date}, huur {price}.',
    'Vertaal naar het Engels: de verhuizing is op {date} om {time}, er zijn {n} dozen.',
    'Leg het verschil uit tussen WA en allrisk. Premie {price} per maand, pakket {code}.',
  ],
};
