/**
 * Hold-out 40: document wording per language (English, German, French, Spanish, Italian, Portuguese, Dutch).
 * `g` frames are `title|intro|filler|label of the second person`; intro and filler may hold near-miss placeholders
 * {REF} {DATE} {AMOUNT}. `inl` holds inline sentences `slot:pattern` with {V} for the value, `;` between entries.
 */
export type Lang = {
  /** name|email|phone|address|town|dob|iban|card|ip|user|pass|key|link */
  lab: string;
  inl: string;
  /** greeting to the second person: female~male, {T} title {P} name */
  dear: string;
  hello: string;
  titles: string;
  close: string;
  /** at dot plus zero..nine */
  w: string;
  mon?: string;
  ask: string;
  more: string;
  subj: string;
  team: string;
  clean: string;
  g: Record<string, string>;
};

export const LANG_A: Record<string, Lang> = {
  en: {
    lab: 'Name|E-mail|Phone|Address|Town and postcode|Date of birth|IBAN|Card number|IP address|Username|Password|API key|Link',
    inl: 'person:My name is {V}.;person:This is {V} writing.;phone:You can reach me on {V}.;phone:Please call me at {V} if anything is unclear.;email:Please reply to {V}.;email:You can also e-mail me at {V}.;address:I currently live at {V}.;address:Please send the documents to {V}.;dob:I was born on {V}.;iban:Please transfer the amount to my account {V}.;card:The charge was made on my card {V}.;ip:The login attempt came from the IP address {V}.;user:My username is {V}.;pass:The password I set was {V}.;id:My {L} is {V}.;url:The shared folder is at {V} if you need the scans.',
    dear: 'Dear {T} {P},~Dear {T} {P},',
    hello: 'Hello,|Dear Sir or Madam,|Hi,|To whom it may concern,',
    titles: 'Ms.~Mr.~Dr.',
    close: 'Kind regards,|Best wishes,|Sincerely,|Many thanks,',
    w: 'at dot plus zero one two three four five six seven eight nine',
    mon: 'January February March April May June July August September October November December',
    ask: 'Can you proofread this before I send it?|Please make this sound more formal:|Summarise this for me in three bullet points:|Could you check the grammar here?',
    more: 'Please let me know if you need any further documents.|I would appreciate a written confirmation.|Thank you in advance for your help.|I look forward to hearing from you soon.',
    subj: 'Subject',
    team: 'The Customer Service Team',
    clean:
      'Your order {ORDER} totalling {AMOUNT} was dispatched on {DATE}.|The item code {CODE} refers to the 2-litre model, not the 1.5-litre one.|Please update the app to version {VER} before the next release.|Flight {FLIGHT} leaves at {TIME} from gate B12.|The file checksum is {HASH}.|The exhibition about {FAMOUS} opens on {DATE}.|Forms can be handed in at {INST}.|Invoice {REF} for {AMOUNT} is due on {DATE}.',
    g: {
      hr: 'Employment confirmation|Further to our conversation on {DATE}, this letter confirms the employment details we hold on file under reference {REF}. Please check them carefully before payroll closes.|Any changes to your bank details or home address must reach the HR team at least five working days before the next salary run.|Line manager',
      medical:
        'Appointment note – outpatient clinic|The patient was seen on {DATE} for a follow-up of a knee injury (referral {REF}). The X-ray was unremarkable and physiotherapy was recommended.|Please bring the insurance card and a list of current medication to the next visit. Fasting is not required.|Treating physician',
      insurance:
        'Claim form – household insurance|I would like to report water damage that occurred on {DATE} in the kitchen. My policy number is {REF}.|The plumber’s invoice for {AMOUNT} and photos of the damage are attached. Please settle the claim as soon as possible.|Witness',
      rental:
        'Rental application|I am applying for the two-bedroom flat advertised on {DATE} (listing {REF}). I work full time, do not smoke and have no pets.|I can provide payslips for the last three months and a reference from my current landlord on request.|Current landlord',
      school:
        'School enrolment form|We would like to enrol our child for the school year starting on {DATE}. Application number {REF}.|Our child has no allergies. Please contact us if a place becomes available in the after-school club.|Pupil',
      bank: 'Card dispute|I am writing to dispute a transaction of {AMOUNT} dated {DATE} that I did not authorise (case {REF}).|I still have the card in my possession and have frozen it in the app. Please refund the amount and issue a replacement card.|Joint account holder',
      support:
        'Ticket {REF} – cannot log in|Since the update on {DATE} I cannot log into the customer portal; the page simply reloads after I enter my details.|I already cleared the cache and tried a different browser. Could you reset the account or tell me what I am doing wrong?|Colleague',
      travel:
        'Booking confirmation|Thank you for your booking {REF}. Your flight departs on {DATE}; online check-in opens 24 hours before departure.|Each passenger may bring one cabin bag of up to 8 kg. Names must match the travel documents exactly.|Second passenger',
      delivery:
        'Complaint about a missing parcel|My parcel with tracking number {REF} was marked as delivered on {DATE}, but it never arrived.|Nobody left a card and my neighbours did not receive anything. Please investigate and either redeliver or refund the {AMOUNT}.|Neighbour',
      police:
        'Incident report|On {DATE} at around 22:30 my bicycle was stolen from the courtyard of our building. Reference number {REF}.|The lock was cut. A neighbour saw a man in a grey jacket leaving with it. I still have the frame number and the receipt.|Witness',
      cv: 'Curriculum Vitae|Project coordinator with eight years of experience in logistics and procurement. Available from {DATE}.|Skills: stakeholder management, SAP, advanced Excel, fluent English and conversational Spanish. References available on request.|Referee',
      guests:
        'Guest list – wedding reception|Here is the guest list for the reception on {DATE} (venue booking {REF}). Please send out the invitations and check the dietary notes.|The table plan follows once everyone has confirmed. Vegetarian menus are marked with a V.|Guest',
    },
  },
  de: {
    lab: 'Name|E-Mail|Telefon|Anschrift|PLZ und Ort|Geburtsdatum|IBAN|Kartennummer|IP-Adresse|Benutzername|Passwort|API-Schlüssel|Link',
    inl: 'person:Mein Name ist {V}.;person:Hier schreibt {V}.;phone:Sie erreichen mich unter {V}.;phone:Rufen Sie mich gerne unter {V} an.;email:Bitte antworten Sie an {V}.;email:Gerne auch per Mail an {V}.;address:Ich wohne derzeit in der {V}.;address:Bitte senden Sie die Unterlagen an {V}.;dob:Ich bin am {V} geboren.;iban:Bitte überweisen Sie den Betrag auf mein Konto {V}.;card:Belastet wurde meine Karte {V}.;ip:Der Anmeldeversuch kam von der IP-Adresse {V}.;user:Mein Benutzername lautet {V}.;pass:Das Passwort lautet {V}.;id:Meine {L} lautet {V}.;url:Die Scans liegen unter {V}.',
    dear: 'Sehr geehrte {T} {P},~Sehr geehrter {T} {P},',
    hello: 'Sehr geehrte Damen und Herren,|Hallo,|Guten Tag,',
    titles: 'Frau~Herr~Dr.',
    close: 'Mit freundlichen Grüßen|Viele Grüße|Beste Grüße|Freundliche Grüße',
    w: 'at punkt plus null eins zwei drei vier fünf sechs sieben acht neun',
    mon: 'Januar Februar März April Mai Juni Juli August September Oktober November Dezember',
    ask: 'Kannst du das bitte Korrektur lesen?|Bitte formuliere das etwas höflicher:|Fass mir das bitte kurz zusammen:|Ist das so verständlich?',
    more: 'Für Rückfragen stehe ich gerne zur Verfügung.|Ich bitte um eine kurze schriftliche Bestätigung.|Vielen Dank im Voraus für Ihre Mühe.|Ich freue mich auf Ihre Rückmeldung.',
    subj: 'Betreff',
    team: 'Ihr Kundenservice-Team',
    clean:
      'Ihre Bestellung {ORDER} über {AMOUNT} wurde am {DATE} versandt.|Die Artikelnummer {CODE} bezieht sich auf das 2-Liter-Modell.|Bitte aktualisieren Sie die App auf Version {VER}.|Flug {FLIGHT} startet um {TIME} Uhr von Gate B12.|Die Prüfsumme der Datei lautet {HASH}.|Die Ausstellung über {FAMOUS} beginnt am {DATE}.|Formulare können bei {INST} abgegeben werden.|Die Rechnung {REF} über {AMOUNT} ist am {DATE} fällig.',
    g: {
      hr: 'Arbeitsbestätigung|Bezugnehmend auf unser Gespräch vom {DATE} bestätigen wir die bei uns hinterlegten Personaldaten (Vorgang {REF}). Bitte prüfen Sie diese vor dem Abrechnungslauf.|Änderungen der Bankverbindung oder der Anschrift müssen der Personalabteilung spätestens fünf Arbeitstage vor der nächsten Gehaltszahlung vorliegen.|Vorgesetzte(r)',
      medical:
        'Terminnotiz – Ambulanz|Der Patient wurde am {DATE} zur Kontrolle nach einer Knieverletzung vorstellig (Überweisung {REF}). Das Röntgenbild war unauffällig, Physiotherapie wurde empfohlen.|Bitte bringen Sie zum nächsten Termin die Versichertenkarte und einen aktuellen Medikamentenplan mit.|Behandelnde Ärztin',
      insurance:
        'Schadenmeldung Hausratversicherung|Hiermit melde ich einen Wasserschaden in der Küche vom {DATE}. Meine Versicherungsnummer lautet {REF}.|Die Rechnung des Installateurs über {AMOUNT} und Fotos des Schadens liegen bei. Bitte regulieren Sie den Schaden zeitnah.|Zeuge',
      rental:
        'Mieterselbstauskunft|Ich bewerbe mich für die am {DATE} inserierte Zweizimmerwohnung (Inserat {REF}). Ich bin unbefristet angestellt, Nichtraucher und habe keine Haustiere.|Gehaltsnachweise der letzten drei Monate und eine Vermieterbescheinigung reiche ich gerne nach.|Bisheriger Vermieter',
      school:
        'Anmeldung zur Schule|Wir möchten unser Kind zum Schuljahr ab {DATE} anmelden. Antragsnummer {REF}.|Unser Kind hat keine Allergien. Bitte informieren Sie uns, falls ein Platz in der Nachmittagsbetreuung frei wird.|Name des Kindes',
      bank: 'Reklamation einer Kartenzahlung|Hiermit widerspreche ich einer Belastung über {AMOUNT} vom {DATE}, die ich nicht autorisiert habe (Fall {REF}).|Die Karte befindet sich weiterhin in meinem Besitz und ist in der App gesperrt. Bitte erstatten Sie den Betrag.|Mitkontoinhaber',
      support:
        'Ticket {REF} – Login nicht möglich|seit dem Update am {DATE} kann ich mich nicht mehr im Kundenportal anmelden; die Seite lädt nach der Eingabe einfach neu.|Cache habe ich bereits geleert und einen anderen Browser probiert. Können Sie das Konto zurücksetzen?|Kollege',
      travel:
        'Buchungsbestätigung|Vielen Dank für Ihre Buchung {REF}. Ihr Flug geht am {DATE}; der Online-Check-in öffnet 24 Stunden vor Abflug.|Pro Person ist ein Handgepäckstück bis 8 kg inklusive. Die Namen müssen mit dem Reisepass übereinstimmen.|Mitreisende Person',
      delivery:
        'Beschwerde: Paket nicht erhalten|Mein Paket mit der Sendungsnummer {REF} wurde am {DATE} als zugestellt markiert, ist aber nie angekommen.|Es lag keine Benachrichtigung im Briefkasten und die Nachbarn haben nichts angenommen. Bitte erstatten Sie die {AMOUNT}.|Nachbarin',
      police:
        'Anzeige – Fahrraddiebstahl|Am {DATE} gegen 22:30 Uhr wurde mein Fahrrad aus dem Innenhof gestohlen. Aktenzeichen {REF}.|Das Schloss wurde aufgebrochen. Eine Nachbarin sah einen Mann in grauer Jacke mit dem Rad weggehen.|Zeugin',
      cv: 'Lebenslauf|Projektkoordinatorin mit acht Jahren Erfahrung in Logistik und Einkauf. Verfügbar ab {DATE}.|Kenntnisse: SAP, MS Office, Englisch verhandlungssicher, Spanisch Grundkenntnisse. Referenzen auf Anfrage.|Referenz',
      guests:
        'Gästeliste Hochzeit|anbei die Gästeliste für die Feier am {DATE} (Reservierung {REF}). Bitte verschickt die Einladungen und notiert die Essenswünsche.|Die Sitzordnung folgt, sobald alle zugesagt haben. Vegetarisch ist mit V markiert.|Gast',
    },
  },
  fr: {
    lab: 'Nom|Courriel|Téléphone|Adresse|Code postal et ville|Date de naissance|IBAN|Numéro de carte|Adresse IP|Identifiant|Mot de passe|Clé API|Lien',
    inl: "person:Je m'appelle {V}.;person:Je soussigné(e) {V}.;phone:Vous pouvez me joindre au {V}.;phone:N'hésitez pas à m'appeler au {V}.;email:Merci de répondre à {V}.;email:Vous pouvez aussi m'écrire à {V}.;address:J'habite actuellement au {V}.;address:Merci d'envoyer les documents au {V}.;dob:Je suis né(e) le {V}.;iban:Merci de virer le montant sur mon compte {V}.;card:Le débit a été effectué sur ma carte {V}.;ip:La tentative de connexion venait de l'adresse IP {V}.;user:Mon identifiant est {V}.;pass:Le mot de passe est {V}.;id:Mon {L} est le {V}.;url:Les scans sont sur {V}.",
    dear: 'Chère {T} {P},~Cher {T} {P},',
    hello: 'Madame, Monsieur,|Bonjour,|Bonjour à tous,',
    titles: 'Madame~Monsieur~Dr',
    close: 'Cordialement,|Bien à vous,|Veuillez agréer mes salutations distinguées.|Merci d’avance,',
    w: 'arobase point plus zéro un deux trois quatre cinq six sept huit neuf',
    mon: 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre',
    ask: 'Tu peux corriger les fautes avant que je l’envoie ?|Rends ce texte plus formel, s’il te plaît :|Résume-moi ce courrier :|Est-ce que c’est clair ?',
    more: 'Je reste à votre disposition pour tout complément d’information.|Je vous remercie de bien vouloir me confirmer la réception.|Merci par avance pour votre aide.|Dans l’attente de votre réponse.',
    subj: 'Objet',
    team: 'Le service client',
    clean:
      'Votre commande {ORDER} d’un montant de {AMOUNT} a été expédiée le {DATE}.|La référence {CODE} correspond au modèle de 2 litres.|Merci de mettre l’application à jour en version {VER}.|Le vol {FLIGHT} part à {TIME} de la porte B12.|La somme de contrôle du fichier est {HASH}.|L’exposition consacrée à {FAMOUS} ouvre le {DATE}.|Les formulaires peuvent être déposés à {INST}.|La facture {REF} de {AMOUNT} est payable le {DATE}.',
    g: {
      hr: "Attestation d'emploi|Suite à notre entretien du {DATE}, nous confirmons les informations enregistrées dans votre dossier (réf. {REF}). Merci de les vérifier avant la clôture de la paie.|Tout changement de coordonnées bancaires ou d'adresse doit parvenir aux RH au moins cinq jours ouvrés avant le prochain versement.|Responsable hiérarchique",
      medical:
        'Compte rendu de consultation|Le patient a été vu le {DATE} pour le suivi d’une blessure au genou (ordonnance {REF}). La radio est normale, des séances de kinésithérapie sont prescrites.|Merci d’apporter la carte Vitale et la liste des médicaments au prochain rendez-vous.|Médecin traitant',
      insurance:
        'Déclaration de sinistre – assurance habitation|Je vous déclare un dégât des eaux survenu le {DATE} dans la cuisine. Mon numéro de contrat est {REF}.|Vous trouverez ci-joint la facture du plombier de {AMOUNT} et des photos. Merci de traiter le dossier rapidement.|Témoin',
      rental:
        'Dossier de candidature location|Je suis candidat(e) pour le T3 publié le {DATE} (annonce {REF}). Je suis en CDI, non-fumeur, sans animaux.|Je peux fournir mes trois dernières fiches de paie et une attestation de mon propriétaire actuel.|Propriétaire actuel',
      school:
        "Fiche d'inscription scolaire|Nous souhaitons inscrire notre enfant pour la rentrée du {DATE}. Numéro de dossier {REF}.|Notre enfant n'a pas d'allergie. Merci de nous prévenir si une place se libère à la garderie.|Élève",
      bank: 'Contestation d’une opération carte|Je conteste un paiement de {AMOUNT} du {DATE} que je n’ai pas autorisé (dossier {REF}).|La carte est toujours en ma possession et a été bloquée dans l’application. Merci de procéder au remboursement.|Co-titulaire du compte',
      support:
        'Ticket {REF} – connexion impossible|depuis la mise à jour du {DATE}, je ne peux plus me connecter à l’espace client ; la page se recharge simplement.|J’ai déjà vidé le cache et essayé un autre navigateur. Pouvez-vous réinitialiser le compte ?|Collègue',
      travel:
        'Confirmation de réservation|Merci pour votre réservation {REF}. Votre vol part le {DATE} ; l’enregistrement en ligne ouvre 24 heures avant.|Chaque passager a droit à un bagage cabine de 8 kg. Les noms doivent correspondre aux pièces d’identité.|Second passager',
      delivery:
        'Réclamation – colis non reçu|Mon colis numéro {REF} a été indiqué comme livré le {DATE}, mais je ne l’ai jamais reçu.|Aucun avis de passage et mes voisins n’ont rien reçu. Merci de relancer la livraison ou de rembourser les {AMOUNT}.|Voisine',
      police:
        'Dépôt de plainte – vol de vélo|Le {DATE} vers 22 h 30, mon vélo a été volé dans la cour de l’immeuble. Numéro de procédure {REF}.|L’antivol a été coupé. Une voisine a vu un homme en veste grise partir avec.|Témoin',
      cv: 'Curriculum vitae|Coordinatrice de projets, huit ans d’expérience en logistique et achats. Disponible à partir du {DATE}.|Compétences : SAP, Excel avancé, anglais courant, espagnol intermédiaire. Références sur demande.|Référence',
      guests:
        'Liste des invités – mariage|Voici la liste des invités pour la réception du {DATE} (réservation {REF}). Merci d’envoyer les faire-part et de noter les régimes alimentaires.|Le plan de table suivra. Les menus végétariens sont marqués d’un V.|Invité',
    },
  },
  es: {
    lab: 'Nombre|Correo electrónico|Teléfono|Dirección|Código postal y ciudad|Fecha de nacimiento|IBAN|Número de tarjeta|Dirección IP|Usuario|Contraseña|Clave API|Enlace',
    inl: 'person:Me llamo {V}.;person:Quien suscribe, {V}.;phone:Pueden localizarme en el {V}.;phone:Llámenme al {V} si tienen dudas.;email:Por favor respondan a {V}.;email:También pueden escribirme a {V}.;address:Actualmente vivo en {V}.;address:Envíen la documentación a {V}.;dob:Nací el {V}.;iban:Les ruego transfieran el importe a mi cuenta {V}.;card:El cargo se hizo en mi tarjeta {V}.;ip:El intento de acceso vino de la IP {V}.;user:Mi usuario es {V}.;pass:La contraseña es {V}.;id:Mi {L} es {V}.;url:Los escaneos están en {V}.',
    dear: 'Estimada {T} {P}:~Estimado {T} {P}:',
    hello: 'Estimados señores:|Hola:|Buenos días:',
    titles: 'Sra.~Sr.~Dr.',
    close: 'Atentamente,|Un saludo,|Saludos cordiales,|Gracias de antemano,',
    w: 'arroba punto más cero uno dos tres cuatro cinco seis siete ocho nueve',
    mon: 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre',
    ask: '¿Me corriges esto antes de enviarlo?|Hazlo más formal, por favor:|Resúmeme este texto:|¿Se entiende bien?',
    more: 'Quedo a su disposición para cualquier aclaración.|Agradecería una confirmación por escrito.|Gracias de antemano por su ayuda.|Quedo a la espera de su respuesta.',
    subj: 'Asunto',
    team: 'El equipo de atención al cliente',
    clean:
      'Su pedido {ORDER} por {AMOUNT} se envió el {DATE}.|El código de artículo {CODE} corresponde al modelo de 2 litros.|Actualice la aplicación a la versión {VER}.|El vuelo {FLIGHT} sale a las {TIME} por la puerta B12.|La suma de verificación del archivo es {HASH}.|La exposición sobre {FAMOUS} abre el {DATE}.|Los formularios se entregan en {INST}.|La factura {REF} de {AMOUNT} vence el {DATE}.',
    g: {
      hr: 'Certificado de empresa|Tras nuestra reunión del {DATE}, confirmamos los datos que constan en su expediente (ref. {REF}). Revíselos antes del cierre de nóminas.|Cualquier cambio de cuenta bancaria o domicilio debe comunicarse a RR. HH. con cinco días hábiles de antelación.|Responsable directo',
      medical:
        'Nota de consulta|El paciente acudió el {DATE} a revisión de una lesión de rodilla (volante {REF}). La radiografía es normal y se recomienda fisioterapia.|Traiga la tarjeta sanitaria y la lista de medicación a la próxima cita.|Médico responsable',
      insurance:
        'Parte de siniestro – seguro de hogar|Comunico una fuga de agua ocurrida el {DATE} en la cocina. Mi número de póliza es {REF}.|Adjunto la factura del fontanero de {AMOUNT} y fotos de los daños. Ruego tramiten el siniestro cuanto antes.|Testigo',
      rental:
        'Solicitud de alquiler|Me interesa el piso de dos habitaciones publicado el {DATE} (anuncio {REF}). Tengo contrato indefinido, no fumo y no tengo mascotas.|Puedo aportar las tres últimas nóminas y una referencia de mi arrendador actual.|Arrendador actual',
      school:
        'Formulario de matrícula escolar|Queremos matricular a nuestro hijo para el curso que empieza el {DATE}. Número de solicitud {REF}.|No tiene alergias. Avísennos si queda una plaza en el comedor.|Alumno',
      bank: 'Reclamación de un cargo con tarjeta|Reclamo un cargo de {AMOUNT} del {DATE} que no he autorizado (expediente {REF}).|Sigo teniendo la tarjeta y la he bloqueado en la app. Solicito el reembolso.|Cotitular',
      support:
        'Ticket {REF} – no puedo entrar|desde la actualización del {DATE} no puedo iniciar sesión en el portal; la página se recarga sin más.|Ya borré la caché y probé otro navegador. ¿Pueden restablecer la cuenta?|Compañero',
      travel:
        'Confirmación de reserva|Gracias por su reserva {REF}. Su vuelo sale el {DATE}; la facturación en línea abre 24 horas antes.|Cada pasajero puede llevar un bulto de mano de 8 kg. Los nombres deben coincidir con el documento.|Segundo pasajero',
      delivery:
        'Reclamación – paquete no recibido|Mi paquete con número de seguimiento {REF} figura como entregado el {DATE}, pero nunca llegó.|No dejaron aviso y los vecinos no recibieron nada. Solicito nueva entrega o el reembolso de {AMOUNT}.|Vecina',
      police:
        'Denuncia – robo de bicicleta|El {DATE}, hacia las 22:30, me robaron la bicicleta del patio del edificio. Número de diligencias {REF}.|El candado estaba cortado. Una vecina vio a un hombre con chaqueta gris llevársela.|Testigo',
      cv: 'Currículum vítae|Coordinadora de proyectos con ocho años de experiencia en logística y compras. Disponible desde el {DATE}.|Competencias: SAP, Excel avanzado, inglés fluido. Referencias a petición.|Referencia',
      guests:
        'Lista de invitados – boda|Os paso la lista de invitados para el banquete del {DATE} (reserva {REF}). Enviad las invitaciones y anotad las alergias.|El plano de mesas irá después. Los menús vegetarianos llevan una V.|Invitado',
    },
  },
  it: {
    lab: 'Nome|E-mail|Telefono|Indirizzo|CAP e città|Data di nascita|IBAN|Numero carta|Indirizzo IP|Nome utente|Password|Chiave API|Link',
    inl: "person:Mi chiamo {V}.;person:Il/la sottoscritto/a {V}.;phone:Potete contattarmi al {V}.;phone:Chiamatemi pure al {V}.;email:Rispondete pure a {V}.;email:Potete scrivermi anche a {V}.;address:Attualmente abito in {V}.;address:Inviate i documenti a {V}.;dob:Sono nato/a il {V}.;iban:Vi prego di accreditare l'importo sul conto {V}.;card:L'addebito è avvenuto sulla carta {V}.;ip:Il tentativo di accesso proveniva dall'IP {V}.;user:Il mio nome utente è {V}.;pass:La password è {V}.;id:Il mio {L} è {V}.;url:Le scansioni sono su {V}.",
    dear: 'Gentile {T} {P},~Gentile {T} {P},',
    hello: 'Gentili signori,|Buongiorno,|Salve,',
    titles: 'Sig.ra~Sig.~Dott.',
    close: 'Cordiali saluti,|Distinti saluti,|Grazie mille,|Un saluto,',
    w: 'chiocciola punto più zero uno due tre quattro cinque sei sette otto nove',
    mon: 'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre',
    ask: 'Puoi correggere questo testo prima che lo mandi?|Rendilo più formale:|Riassumimi questa lettera:|Si capisce bene?',
    more: 'Resto a disposizione per ulteriori chiarimenti.|Gradirei una conferma scritta.|Vi ringrazio anticipatamente.|In attesa di un vostro riscontro.',
    subj: 'Oggetto',
    team: 'Il servizio clienti',
    clean:
      "Il suo ordine {ORDER} di {AMOUNT} è stato spedito il {DATE}.|Il codice articolo {CODE} si riferisce al modello da 2 litri.|Aggiorni l'app alla versione {VER}.|Il volo {FLIGHT} parte alle {TIME} dal gate B12.|Il checksum del file è {HASH}.|La mostra su {FAMOUS} apre il {DATE}.|I moduli si consegnano presso {INST}.|La fattura {REF} di {AMOUNT} scade il {DATE}.",
    g: {
      hr: "Dichiarazione di servizio|A seguito del colloquio del {DATE} confermiamo i dati presenti nel suo fascicolo (rif. {REF}). La preghiamo di verificarli prima della chiusura delle paghe.|Eventuali variazioni di conto o indirizzo vanno comunicate all'ufficio personale almeno cinque giorni lavorativi prima.|Responsabile",
      medical:
        'Referto ambulatoriale|Il paziente è stato visitato il {DATE} per un controllo dopo un trauma al ginocchio (impegnativa {REF}). La radiografia è negativa, si consiglia fisioterapia.|Portare la tessera sanitaria e l’elenco dei farmaci alla prossima visita.|Medico curante',
      insurance:
        'Denuncia di sinistro – polizza casa|Segnalo un danno da acqua avvenuto il {DATE} in cucina. Il numero di polizza è {REF}.|Allego la fattura dell’idraulico di {AMOUNT} e le foto. Vi prego di liquidare il sinistro.|Testimone',
      rental:
        'Richiesta di locazione|Sono interessato/a al bilocale pubblicato il {DATE} (annuncio {REF}). Ho un contratto a tempo indeterminato e non ho animali.|Posso fornire le ultime tre buste paga e una referenza del proprietario attuale.|Proprietario attuale',
      school:
        'Modulo di iscrizione scolastica|Desideriamo iscrivere nostro figlio per l’anno scolastico che inizia il {DATE}. Pratica n. {REF}.|Non ha allergie. Avvisateci se si libera un posto al doposcuola.|Alunno',
      bank: 'Disconoscimento di un addebito|Contesto un addebito di {AMOUNT} del {DATE} che non ho autorizzato (pratica {REF}).|La carta è ancora in mio possesso ed è bloccata nell’app. Chiedo il rimborso.|Cointestatario',
      support:
        'Ticket {REF} – accesso impossibile|dall’aggiornamento del {DATE} non riesco ad accedere all’area clienti; la pagina si ricarica e basta.|Ho già svuotato la cache e provato un altro browser. Potete reimpostare l’account?|Collega',
      travel:
        'Conferma di prenotazione|Grazie per la prenotazione {REF}. Il volo parte il {DATE}; il check-in online apre 24 ore prima.|Ogni passeggero può portare un bagaglio a mano da 8 kg. I nomi devono coincidere con i documenti.|Secondo passeggero',
      delivery:
        'Reclamo – pacco non consegnato|Il mio pacco con codice di tracciamento {REF} risulta consegnato il {DATE}, ma non è mai arrivato.|Nessun avviso e i vicini non hanno ricevuto nulla. Chiedo una nuova consegna o il rimborso di {AMOUNT}.|Vicina',
      police:
        'Denuncia di furto|Il {DATE} verso le 22:30 mi è stata rubata la bicicletta dal cortile del palazzo. Numero di protocollo {REF}.|Il lucchetto è stato tagliato. Una vicina ha visto un uomo con una giacca grigia.|Testimone',
      cv: 'Curriculum vitae|Coordinatrice di progetto con otto anni di esperienza in logistica e acquisti. Disponibile dal {DATE}.|Competenze: SAP, Excel avanzato, inglese fluente. Referenze su richiesta.|Referenza',
      guests:
        'Lista invitati – matrimonio|Ecco la lista degli invitati per il ricevimento del {DATE} (prenotazione {REF}). Mandate gli inviti e segnate le intolleranze.|La disposizione dei tavoli seguirà. I menù vegetariani sono segnati con V.|Invitato',
    },
  },
  pt: {
    lab: 'Nome|E-mail|Telefone|Morada|Código postal e localidade|Data de nascimento|IBAN|Número do cartão|Endereço IP|Utilizador|Palavra-passe|Chave API|Link',
    inl: 'person:Chamo-me {V}.;person:Eu, {V}, venho por este meio.;phone:Podem contactar-me pelo {V}.;phone:Liguem-me para o {V} se houver dúvidas.;email:Respondam para {V}.;email:Também podem escrever para {V}.;address:Moro atualmente na {V}.;address:Enviem os documentos para {V}.;dob:Nasci em {V}.;iban:Peço que transfiram o valor para a conta {V}.;card:A cobrança foi feita no cartão {V}.;ip:A tentativa de acesso veio do IP {V}.;user:O meu utilizador é {V}.;pass:A senha é {V}.;id:O meu {L} é {V}.;url:As digitalizações estão em {V}.',
    dear: 'Cara {T} {P},~Caro {T} {P},',
    hello: 'Exmos. Senhores,|Olá,|Bom dia,',
    titles: 'Sra.~Sr.~Dr.',
    close: 'Com os melhores cumprimentos,|Atenciosamente,|Obrigado,|Abraço,',
    w: 'arroba ponto mais zero um dois três quatro cinco seis sete oito nove',
    mon: 'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro',
    ask: 'Podes rever este texto antes de eu enviar?|Deixa isto mais formal:|Resume-me esta carta:|Isto está claro?',
    more: 'Fico ao dispor para qualquer esclarecimento.|Agradeço confirmação por escrito.|Desde já obrigado pela ajuda.|Aguardo a vossa resposta.',
    subj: 'Assunto',
    team: 'A equipa de apoio ao cliente',
    clean:
      'A sua encomenda {ORDER} no valor de {AMOUNT} foi enviada a {DATE}.|O código de artigo {CODE} refere-se ao modelo de 2 litros.|Atualize a aplicação para a versão {VER}.|O voo {FLIGHT} parte às {TIME} da porta B12.|O checksum do ficheiro é {HASH}.|A exposição sobre {FAMOUS} abre a {DATE}.|Os formulários entregam-se em {INST}.|A fatura {REF} de {AMOUNT} vence a {DATE}.',
    g: {
      hr: 'Declaração de vínculo laboral|Na sequência da reunião de {DATE}, confirmamos os dados do seu processo (ref. {REF}). Verifique-os antes do fecho dos salários.|Alterações de conta bancária ou morada devem chegar aos RH cinco dias úteis antes do próximo pagamento.|Chefia direta',
      medical:
        'Nota de consulta|O doente foi observado a {DATE} para seguimento de lesão no joelho (credencial {REF}). O raio-X não revela alterações; recomenda-se fisioterapia.|Traga o cartão de utente e a lista de medicação na próxima consulta.|Médico assistente',
      insurance:
        'Participação de sinistro – seguro multirriscos|Participo uma infiltração de água ocorrida a {DATE} na cozinha. O número da apólice é {REF}.|Junto a fatura do canalizador de {AMOUNT} e fotografias. Peço a regularização do sinistro.|Testemunha',
      rental:
        'Candidatura a arrendamento|Candidato-me ao T2 anunciado a {DATE} (anúncio {REF}). Tenho contrato sem termo, não fumo e não tenho animais.|Posso enviar os três últimos recibos de vencimento e uma referência do senhorio atual.|Senhorio atual',
      school:
        'Ficha de matrícula escolar|Queremos matricular o nosso filho para o ano letivo que começa a {DATE}. Processo n.º {REF}.|Não tem alergias. Avisem-nos se abrir vaga no prolongamento.|Aluno',
      bank: 'Contestação de movimento do cartão|Contesto um pagamento de {AMOUNT} de {DATE} que não autorizei (processo {REF}).|O cartão continua comigo e foi bloqueado na app. Solicito o reembolso.|Cotitular',
      support:
        'Ticket {REF} – não consigo entrar|desde a atualização de {DATE} não consigo iniciar sessão no portal; a página volta a carregar.|Já limpei a cache e testei outro navegador. Podem repor a conta?|Colega',
      travel:
        'Confirmação de reserva|Obrigado pela reserva {REF}. O seu voo parte a {DATE}; o check-in online abre 24 horas antes.|Cada passageiro pode levar uma mala de cabine até 8 kg. Os nomes têm de coincidir com os documentos.|Segundo passageiro',
      delivery:
        'Reclamação – encomenda não recebida|A minha encomenda com o código {REF} aparece como entregue a {DATE}, mas nunca chegou.|Não deixaram aviso e os vizinhos não receberam nada. Peço nova entrega ou o reembolso de {AMOUNT}.|Vizinha',
      police:
        'Queixa – furto de bicicleta|No dia {DATE}, por volta das 22h30, a minha bicicleta foi furtada do pátio do prédio. Número do auto {REF}.|O cadeado foi cortado. Uma vizinha viu um homem de casaco cinzento.|Testemunha',
      cv: 'Currículo|Coordenadora de projetos com oito anos de experiência em logística e compras. Disponível a partir de {DATE}.|Competências: SAP, Excel avançado, inglês fluente. Referências a pedido.|Referência',
      guests:
        'Lista de convidados – casamento|Segue a lista de convidados para a festa de {DATE} (reserva {REF}). Enviem os convites e anotem as restrições alimentares.|A disposição das mesas segue depois. Menus vegetarianos marcados com V.|Convidado',
    },
  },
  nl: {
    lab: 'Naam|E-mail|Telefoon|Adres|Postcode en plaats|Geboortedatum|IBAN|Kaartnummer|IP-adres|Gebruikersnaam|Wachtwoord|API-sleutel|Link',
    inl: 'person:Mijn naam is {V}.;person:Hierbij schrijft {V}.;phone:U kunt mij bereiken op {V}.;phone:Bel mij gerust op {V}.;email:Graag reactie naar {V}.;email:Mailen kan ook naar {V}.;address:Ik woon momenteel op {V}.;address:Stuur de stukken naar {V}.;dob:Ik ben geboren op {V}.;iban:Graag het bedrag overmaken naar rekening {V}.;card:De afschrijving ging van mijn kaart {V}.;ip:De inlogpoging kwam van IP-adres {V}.;user:Mijn gebruikersnaam is {V}.;pass:Het wachtwoord is {V}.;id:Mijn {L} is {V}.;url:De scans staan op {V}.',
    dear: 'Geachte {T} {P},~Geachte {T} {P},',
    hello: 'Geachte heer/mevrouw,|Hallo,|Beste,',
    titles: 'mevrouw~heer~dr.',
    close: 'Met vriendelijke groet,|Groeten,|Hartelijke groet,|Alvast bedankt,',
    w: 'apenstaartje punt plus nul een twee drie vier vijf zes zeven acht negen',
    mon: 'januari februari maart april mei juni juli augustus september oktober november december',
    ask: 'Kun je dit even nakijken voordat ik het verstuur?|Maak dit wat formeler:|Vat deze brief samen:|Is dit duidelijk zo?',
    more: 'Voor vragen ben ik uiteraard bereikbaar.|Ik ontvang graag een schriftelijke bevestiging.|Alvast bedankt voor uw hulp.|Ik hoor graag van u.',
    subj: 'Onderwerp',
    team: 'Het klantenserviceteam',
    clean:
      'Uw bestelling {ORDER} van {AMOUNT} is op {DATE} verzonden.|Artikelcode {CODE} hoort bij het model van 2 liter.|Werk de app bij naar versie {VER}.|Vlucht {FLIGHT} vertrekt om {TIME} vanaf gate B12.|De checksum van het bestand is {HASH}.|De tentoonstelling over {FAMOUS} opent op {DATE}.|Formulieren kunt u afgeven bij {INST}.|Factuur {REF} van {AMOUNT} vervalt op {DATE}.',
    g: {
      hr: 'Werkgeversverklaring|Naar aanleiding van ons gesprek op {DATE} bevestigen wij de gegevens in uw personeelsdossier (kenmerk {REF}). Controleer ze vóór de salarisverwerking.|Wijzigingen van rekeningnummer of adres moeten vijf werkdagen vóór de volgende uitbetaling bij HR zijn.|Leidinggevende',
      medical:
        'Consultverslag polikliniek|Patiënt is op {DATE} gezien voor controle van een knieblessure (verwijzing {REF}). De röntgenfoto is zonder bijzonderheden; fysiotherapie geadviseerd.|Neem bij het volgende consult uw verzekeringspas en medicijnoverzicht mee.|Behandelend arts',
      insurance:
        'Schadeformulier inboedelverzekering|Ik meld waterschade in de keuken op {DATE}. Mijn polisnummer is {REF}.|De factuur van de loodgieter van {AMOUNT} en foto’s zijn bijgevoegd. Graag snelle afhandeling.|Getuige',
      rental:
        'Huuraanvraag|Ik reageer op de driekamerwoning die op {DATE} is geplaatst (advertentie {REF}). Ik heb een vast contract, rook niet en heb geen huisdieren.|Loonstroken van drie maanden en een verhuurdersverklaring kan ik aanleveren.|Huidige verhuurder',
      school:
        'Inschrijfformulier basisschool|Wij willen ons kind inschrijven voor het schooljaar dat op {DATE} begint. Aanvraagnummer {REF}.|Ons kind heeft geen allergieën. Laat het weten als er plek is bij de naschoolse opvang.|Leerling',
      bank: 'Betwisting kaarttransactie|Ik betwist een afschrijving van {AMOUNT} op {DATE} die ik niet heb goedgekeurd (dossier {REF}).|De kaart is nog in mijn bezit en is in de app geblokkeerd. Graag terugbetaling.|Mederekeninghouder',
      support:
        'Ticket {REF} – kan niet inloggen|sinds de update van {DATE} kan ik niet meer inloggen op het klantportaal; de pagina laadt gewoon opnieuw.|Cache heb ik al gewist en een andere browser geprobeerd. Kunt u het account resetten?|Collega',
      travel:
        'Boekingsbevestiging|Bedankt voor uw boeking {REF}. Uw vlucht vertrekt op {DATE}; online inchecken opent 24 uur van tevoren.|Elke passagier mag één handbagagestuk van 8 kg meenemen. Namen moeten overeenkomen met het paspoort.|Tweede passagier',
      delivery:
        'Klacht – pakket niet ontvangen|Mijn pakket met trackingnummer {REF} staat op {DATE} als bezorgd, maar is nooit aangekomen.|Er lag geen kaartje en de buren hebben niets ontvangen. Graag opnieuw bezorgen of {AMOUNT} terugstorten.|Buurvrouw',
      police:
        'Aangifte – fietsdiefstal|Op {DATE} rond 22.30 uur is mijn fiets uit de binnentuin gestolen. Registratienummer {REF}.|Het slot was doorgeknipt. Een buurvrouw zag een man in een grijze jas wegfietsen.|Getuige',
      cv: 'Curriculum vitae|Projectcoördinator met acht jaar ervaring in logistiek en inkoop. Beschikbaar vanaf {DATE}.|Vaardigheden: SAP, Excel, Engels vloeiend. Referenties op aanvraag.|Referentie',
      guests:
        'Gastenlijst bruiloft|Hierbij de gastenlijst voor de receptie op {DATE} (reservering {REF}). Willen jullie de uitnodigingen versturen en dieetwensen noteren?|De tafelschikking volgt. Vegetarisch is gemarkeerd met V.|Gast',
    },
  },
};
