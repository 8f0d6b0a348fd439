/** Hold-out 42: sentence frames for English, German, French, Spanish and Italian. {v} = value, {id} = id name. */

export type Kind =
  | 'PERSON'
  | 'PHONE'
  | 'EMAIL'
  | 'IBAN'
  | 'CARD'
  | 'IP'
  | 'DOB'
  | 'ADDRESS'
  | 'ID'
  | 'USERNAME'
  | 'SECRET'
  | 'URLCRED';
export type Lex = {
  hi: string[];
  bye: string[];
  ask: string[];
  ctx: string[];
  lab: Record<Kind, string>;
  say: Record<Kind, string[]>;
};

export const LEX_A: Record<string, Lex> = {
  en: {
    hi: ['Hi,', 'Hello,', 'Dear support team,', 'Hey there,', 'Good morning,'],
    bye: ['Thanks,', 'Best regards,', 'Cheers,', 'Kind regards,', 'Many thanks,'],
    ask: [
      'Can you make this email sound more professional?',
      'Please fix the grammar in the message below.',
      'Summarize this support ticket in two lines.',
      'Translate this into Spanish, keep the formatting:',
      'Can you turn these notes into a short reply?',
      'Please extract the key facts from this:',
    ],
    ctx: [
      'I am writing about my order from last week, it still has not arrived.',
      'My account got locked after the last update and I cannot log in.',
      'The invoice for March shows the wrong amount.',
      'We are moving to a new office next month.',
      'The refund was approved but I have not seen the money yet.',
      'I need to update my details before the renewal on Friday.',
    ],
    lab: {
      PERSON: 'Name',
      PHONE: 'Phone',
      EMAIL: 'Email',
      IBAN: 'IBAN',
      CARD: 'Card number',
      IP: 'IP address',
      DOB: 'Date of birth',
      ADDRESS: 'Address',
      ID: 'ID number',
      USERNAME: 'Username',
      SECRET: 'API key',
      URLCRED: 'Connection string',
    },
    say: {
      PERSON: [
        'My name is {v}.',
        'This is {v} from the accounts team.',
        'Please pass this on to {v}.',
        'I spoke to {v} yesterday.',
      ],
      PHONE: ['You can call me on {v}.', 'My mobile is {v} if anything comes up.', 'Best number to reach me: {v}.'],
      EMAIL: ['Please send the receipt to {v}.', 'My email is {v}.', 'Reply to {v}, not to this address.'],
      IBAN: ['Please refund to my account {v}.', 'The IBAN for the transfer is {v}.'],
      CARD: ['I paid with my card {v}.', 'The charge appeared on card {v} twice.'],
      IP: ['The login came from {v}, which was not me.', 'My home IP is {v} if you need to whitelist it.'],
      DOB: ['I was born on {v}.', 'My date of birth is {v}.', 'DOB: {v}, in case you need to verify me.'],
      ADDRESS: ['Please ship it to {v}.', 'My new address is {v}.', 'I live at {v}.'],
      ID: ['My {id} is {v}.', 'For verification, {id}: {v}.'],
      USERNAME: ['My username is {v}.', 'You can find me as {v} on the forum.', 'DM me at {v}.'],
      SECRET: ['I think I leaked our key {v} in a public repo, what do I do?', 'Is this token still valid: {v}?'],
      URLCRED: ['The app connects with {v} and fails on startup.', 'Our config has {v}, why does it time out?'],
    },
  },
  de: {
    hi: ['Hallo,', 'Guten Tag,', 'Sehr geehrte Damen und Herren,', 'Hi zusammen,', 'Moin,'],
    bye: ['Viele Grüße,', 'Mit freundlichen Grüßen,', 'Danke und Gruß,', 'Beste Grüße,', 'LG,'],
    ask: [
      'Kannst du diese E-Mail etwas freundlicher formulieren?',
      'Bitte korrigiere die Rechtschreibung im folgenden Text.',
      'Fasse dieses Ticket kurz zusammen.',
      'Übersetze das bitte ins Englische:',
      'Mach daraus bitte eine kurze Antwort an den Kundenservice.',
      'Bitte extrahiere die wichtigsten Daten hieraus:',
    ],
    ctx: [
      'Ich schreibe wegen meiner Bestellung von letzter Woche, sie ist immer noch nicht angekommen.',
      'Mein Konto wurde nach dem Update gesperrt.',
      'Auf der Rechnung für März steht ein falscher Betrag.',
      'Wir ziehen nächsten Monat um.',
      'Die Erstattung wurde bestätigt, aber das Geld ist noch nicht da.',
      'Ich möchte meinen Vertrag vor der Verlängerung anpassen.',
    ],
    lab: {
      PERSON: 'Name',
      PHONE: 'Telefon',
      EMAIL: 'E-Mail',
      IBAN: 'IBAN',
      CARD: 'Kartennummer',
      IP: 'IP-Adresse',
      DOB: 'Geburtsdatum',
      ADDRESS: 'Anschrift',
      ID: 'Ausweisnummer',
      USERNAME: 'Benutzername',
      SECRET: 'API-Schlüssel',
      URLCRED: 'Verbindungs-URL',
    },
    say: {
      PERSON: [
        'Mein Name ist {v}.',
        'Hier schreibt {v} aus der Buchhaltung.',
        'Bitte leiten Sie das an {v} weiter.',
        'Ich habe gestern mit {v} telefoniert.',
      ],
      PHONE: ['Sie erreichen mich unter {v}.', 'Meine Handynummer ist {v}.', 'Rückruf bitte an {v}.'],
      EMAIL: [
        'Bitte schicken Sie die Quittung an {v}.',
        'Meine E-Mail-Adresse lautet {v}.',
        'Antworten Sie bitte an {v}.',
      ],
      IBAN: ['Bitte überweisen Sie die Erstattung auf {v}.', 'Meine IBAN lautet {v}.'],
      CARD: ['Ich habe mit der Karte {v} bezahlt.', 'Die Abbuchung erschien doppelt auf der Karte {v}.'],
      IP: ['Der Login kam von {v}, das war nicht ich.', 'Meine IP zu Hause ist {v}.'],
      DOB: ['Ich bin am {v} geboren.', 'Geburtsdatum: {v}.', 'Mein Geburtstag ist der {v}.'],
      ADDRESS: ['Bitte liefern Sie an {v}.', 'Meine neue Adresse: {v}.', 'Ich wohne in der {v}.'],
      ID: ['Meine {id} ist {v}.', 'Zur Prüfung, {id}: {v}.'],
      USERNAME: ['Mein Benutzername ist {v}.', 'Im Forum heiße ich {v}.'],
      SECRET: [
        'Ich habe aus Versehen den Schlüssel {v} auf GitHub gepusht, was nun?',
        'Ist dieser Token noch gültig: {v}?',
      ],
      URLCRED: [
        'Die App verbindet sich mit {v} und stürzt ab.',
        'In der Konfiguration steht {v}, warum kommt ein Timeout?',
      ],
    },
  },
  fr: {
    hi: ['Bonjour,', 'Madame, Monsieur,', 'Salut,', 'Bonsoir,'],
    bye: ['Cordialement,', 'Bien à vous,', 'Merci d’avance,', 'Bonne journée,'],
    ask: [
      'Peux-tu rendre ce mail plus formel ?',
      'Corrige les fautes dans le message ci-dessous.',
      'Résume ce ticket en deux phrases.',
      'Traduis ceci en anglais, s’il te plaît :',
      'Aide-moi à répondre à ce message.',
      'Extrais les informations importantes de ce texte :',
    ],
    ctx: [
      'Je vous écris au sujet de ma commande de la semaine dernière, toujours pas reçue.',
      'Mon compte est bloqué depuis la mise à jour.',
      'La facture de mars indique un mauvais montant.',
      'Nous déménageons le mois prochain.',
      'Le remboursement a été validé mais je ne l’ai pas encore reçu.',
      'Je souhaite modifier mon contrat avant le renouvellement.',
    ],
    lab: {
      PERSON: 'Nom',
      PHONE: 'Téléphone',
      EMAIL: 'E-mail',
      IBAN: 'IBAN',
      CARD: 'Numéro de carte',
      IP: 'Adresse IP',
      DOB: 'Date de naissance',
      ADDRESS: 'Adresse',
      ID: 'Numéro d’identité',
      USERNAME: 'Identifiant',
      SECRET: 'Clé API',
      URLCRED: 'URL de connexion',
    },
    say: {
      PERSON: [
        'Je m’appelle {v}.',
        'Ici {v}, du service comptabilité.',
        'Merci de transmettre à {v}.',
        'J’ai eu {v} au téléphone hier.',
      ],
      PHONE: ['Vous pouvez me joindre au {v}.', 'Mon portable : {v}.', 'Rappelez-moi au {v} svp.'],
      EMAIL: ['Envoyez le reçu à {v}.', 'Mon adresse mail est {v}.', 'Répondez plutôt à {v}.'],
      IBAN: ['Merci de rembourser sur le compte {v}.', 'Mon IBAN est {v}.'],
      CARD: ['J’ai payé avec la carte {v}.', 'Le prélèvement apparaît deux fois sur la carte {v}.'],
      IP: ['La connexion venait de {v}, ce n’était pas moi.', 'Mon IP à la maison est {v}.'],
      DOB: ['Je suis né le {v}.', 'Date de naissance : {v}.', 'Je suis née le {v}.'],
      ADDRESS: ['Merci de livrer au {v}.', 'Ma nouvelle adresse : {v}.', 'J’habite {v}.'],
      ID: ['Mon {id} est le {v}.', 'Pour vérification, {id} : {v}.'],
      USERNAME: ['Mon identifiant est {v}.', 'Sur le forum je suis {v}.'],
      SECRET: ['J’ai publié par erreur la clé {v} sur GitHub, que faire ?', 'Ce jeton est-il encore valide : {v} ?'],
      URLCRED: [
        'L’appli se connecte avec {v} et plante au démarrage.',
        'Notre config contient {v}, pourquoi ça expire ?',
      ],
    },
  },
  es: {
    hi: ['Hola,', 'Buenos días,', 'Estimados señores:', 'Buenas tardes,'],
    bye: ['Saludos,', 'Un saludo,', 'Atentamente,', 'Muchas gracias,'],
    ask: [
      '¿Puedes hacer este correo más formal?',
      'Corrige la ortografía del siguiente mensaje.',
      'Resume este ticket en dos líneas.',
      'Tradúcelo al inglés, por favor:',
      'Ayúdame a contestar este mensaje.',
      'Extrae los datos importantes de esto:',
    ],
    ctx: [
      'Les escribo por mi pedido de la semana pasada, que todavía no ha llegado.',
      'Mi cuenta quedó bloqueada después de la actualización.',
      'La factura de marzo tiene un importe incorrecto.',
      'Nos mudamos el mes que viene.',
      'El reembolso está aprobado pero aún no lo he recibido.',
      'Quiero cambiar mi tarifa antes de la renovación.',
    ],
    lab: {
      PERSON: 'Nombre',
      PHONE: 'Teléfono',
      EMAIL: 'Correo',
      IBAN: 'IBAN',
      CARD: 'Número de tarjeta',
      IP: 'Dirección IP',
      DOB: 'Fecha de nacimiento',
      ADDRESS: 'Dirección',
      ID: 'Documento',
      USERNAME: 'Usuario',
      SECRET: 'Clave API',
      URLCRED: 'Cadena de conexión',
    },
    say: {
      PERSON: [
        'Me llamo {v}.',
        'Soy {v}, del departamento de compras.',
        'Por favor, pásenselo a {v}.',
        'Ayer hablé con {v}.',
      ],
      PHONE: ['Me pueden llamar al {v}.', 'Mi móvil es el {v}.', 'Mi celular es {v}.'],
      EMAIL: ['Envíen el recibo a {v}.', 'Mi correo es {v}.', 'Respondan a {v}, por favor.'],
      IBAN: ['Hagan el reembolso a la cuenta {v}.', 'Mi IBAN es {v}.'],
      CARD: ['Pagué con la tarjeta {v}.', 'El cargo salió dos veces en la tarjeta {v}.'],
      IP: ['El acceso vino de {v} y no fui yo.', 'La IP de mi casa es {v}.'],
      DOB: ['Nací el {v}.', 'Fecha de nacimiento: {v}.', 'Mi fecha de nacimiento es el {v}.'],
      ADDRESS: ['Envíenlo a {v}.', 'Mi nueva dirección es {v}.', 'Vivo en {v}.'],
      ID: ['Mi {id} es {v}.', 'Para verificar, {id}: {v}.'],
      USERNAME: ['Mi usuario es {v}.', 'En el foro soy {v}.'],
      SECRET: ['Subí sin querer la clave {v} a GitHub, ¿qué hago?', '¿Sigue siendo válido este token: {v}?'],
      URLCRED: [
        'La app se conecta con {v} y falla al arrancar.',
        'En la configuración tenemos {v}, ¿por qué da timeout?',
      ],
    },
  },
  it: {
    hi: ['Ciao,', 'Buongiorno,', 'Gentile assistenza,', 'Salve,'],
    bye: ['Cordiali saluti,', 'Grazie mille,', 'Saluti,', 'A presto,'],
    ask: [
      'Puoi rendere questa mail più formale?',
      'Correggi gli errori nel messaggio qui sotto.',
      'Riassumi questo ticket in due righe.',
      'Traduci in inglese, per favore:',
      'Aiutami a rispondere a questo messaggio.',
      'Estrai i dati principali da questo testo:',
    ],
    ctx: [
      'Vi scrivo per l’ordine della settimana scorsa, non è ancora arrivato.',
      'Il mio account è bloccato dopo l’aggiornamento.',
      'La fattura di marzo riporta un importo sbagliato.',
      'Il mese prossimo ci trasferiamo.',
      'Il rimborso è stato approvato ma non l’ho ancora ricevuto.',
      'Vorrei modificare il contratto prima del rinnovo.',
    ],
    lab: {
      PERSON: 'Nome',
      PHONE: 'Telefono',
      EMAIL: 'Email',
      IBAN: 'IBAN',
      CARD: 'Numero carta',
      IP: 'Indirizzo IP',
      DOB: 'Data di nascita',
      ADDRESS: 'Indirizzo',
      ID: 'Documento',
      USERNAME: 'Nome utente',
      SECRET: 'Chiave API',
      URLCRED: 'Stringa di connessione',
    },
    say: {
      PERSON: [
        'Mi chiamo {v}.',
        'Sono {v} dell’ufficio acquisti.',
        'Per favore inoltrate a {v}.',
        'Ieri ho parlato con {v}.',
      ],
      PHONE: ['Potete chiamarmi al {v}.', 'Il mio cellulare è {v}.', 'Richiamatemi al {v}.'],
      EMAIL: ['Mandate la ricevuta a {v}.', 'La mia email è {v}.', 'Rispondete a {v}, grazie.'],
      IBAN: ['Fate il rimborso sul conto {v}.', 'Il mio IBAN è {v}.'],
      CARD: ['Ho pagato con la carta {v}.', 'L’addebito è comparso due volte sulla carta {v}.'],
      IP: ['L’accesso è arrivato da {v}, non ero io.', 'L’IP di casa mia è {v}.'],
      DOB: ['Sono nato il {v}.', 'Data di nascita: {v}.', 'Sono nata il {v}.'],
      ADDRESS: ['Spedite a {v}.', 'Il mio nuovo indirizzo è {v}.', 'Abito in {v}.'],
      ID: ['Il mio {id} è {v}.', 'Per la verifica, {id}: {v}.'],
      USERNAME: ['Il mio nome utente è {v}.', 'Sul forum sono {v}.'],
      SECRET: ['Ho pubblicato per sbaglio la chiave {v} su GitHub, cosa faccio?', 'Questo token è ancora valido: {v}?'],
      URLCRED: ['L’app si collega con {v} e va in errore.', 'Nella config c’è {v}, perché va in timeout?'],
    },
  },
};
