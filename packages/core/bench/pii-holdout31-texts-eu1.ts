/** Hold-out 31 French, German and Italian templates (tokens: pii-holdout31-compose.ts). */
import type { Templates } from './pii-holdout31-texts-en.ts';

export const FR: Templates = {
  education: [
    'Liste des absents du {date} : {inv} (justificatif à fournir).',
    'Bonjour {first}, nous avons le plaisir de confirmer votre inscription en licence de droit. Votre identifiant ENT est {user} et les convocations seront envoyées à {email}.',
    'Fiche élève : {full}, {g:né|née} le {dob}, domicilié{g:|e} au {street}, {sec}. Code postal {zip}, ville de {city}.',
    '{pfull}, {g:professeur principal|professeure principale}, signale que le dossier de bourse de {first1} est incomplet. Merci de rappeler au {phone}.',
  ],
  healthcare: [
    "Rendez-vous confirmé pour {pfull} le {date} à {time} avec {drlast1}, cardiologue. Merci d'apporter votre carte Vitale.",
    'Patient : {full}. Date de naissance : {dob}. Téléphone : {phone}. Motif : douleurs lombaires depuis trois semaines.',
    "Madame, Monsieur, le compte rendu d'hospitalisation de {last} a été transmis par courriel à {email}.",
  ],
  finance: [
    "Cher client, un virement de {amount} depuis le compte {iban} est en attente de validation. Si vous n'êtes pas à l'origine de cette opération, contactez-nous.",
    'Demande de prêt n° {ref} — Nom : {full} ; date de naissance : {dob} ; adresse : {addr} ; téléphone : {phone}.',
    "Bonjour {first}, une connexion à votre espace client a été détectée depuis l'adresse IP {ip} à {time}.",
  ],
  legal: [
    "Dans l'affaire opposant {pfull} à la société {company}, le demandeur, {g:né|née} le {dob}, sollicite {amount} de dommages et intérêts.",
    "L'huissier a signifié l'acte à {plast} au {addr} le {date}.",
  ],
  hr: [
    'Bienvenue {first} ! Votre premier jour chez {company} est fixé au {date} à {time}. Votre adresse professionnelle : {email}.',
    "Fiche d'embauche : {full}, {job}, {g:né|née} le {dob}, portable {phone}, RIB {iban}.",
  ],
  ecommerce: [
    "Bonjour {first}, votre commande {order} n'a pas pu être livrée au {street}. Pourriez-vous préciser le complément d'adresse ({sec}) et le code postal {zip} ?",
    'La commande {order} de {full} a été réglée par carte {card} pour un montant de {amount}.',
  ],
  travel: [
    'Réservation {ref} confirmée pour {pfull}, départ de {city} le {date} à {time}. Les billets ont été envoyés à {email}.',
    "Passager : {full}, {g:né|née} le {dob}. Carte de paiement : {card}. Contact d'urgence : {full1}, {phone}.",
  ],
  itsupport: [
    "Réinitialisation du mot de passe demandée pour l'utilisateur {user} depuis l'IP {ip}. Si ce n'est pas vous, contactez le support.",
    'Ticket {ref} : {full} ne parvient plus à se connecter au VPN. Rappeler au {phone} ou écrire à {email}.',
  ],
};

export const DE: Templates = {
  education: [
    'Familie {last} hat die Anmeldung für die Klassenfahrt noch nicht unterschrieben. Bitte bis {date} nachreichen.',
    'Liebe {first}, hiermit bestätigen wir Ihre Immatrikulation zum Wintersemester. Ihr Benutzername lautet {user}, alle Mitteilungen gehen an {email}.',
    'Schülerakte: {full}, geboren am {dob}, wohnhaft {addr}. Telefon der Erziehungsberechtigten: {phone}.',
    'Guten Tag {pfull}, die Studiengebühren in Höhe von {amount} wurden vom Konto {iban} eingezogen.',
  ],
  healthcare: [
    'Terminbestätigung für {pfull} am {date} um {time} Uhr bei {drlast1}. Bitte bringen Sie Ihre Versichertenkarte mit.',
    'Patient: {full}, Geburtsdatum: {dob}, Tel.: {phone}. Anlass: Nachkontrolle nach Knie-OP.',
    'Der Arztbrief für {last} wurde an {email} gesendet. Rückfragen bitte unter {phone}.',
  ],
  finance: [
    'Sehr geehrte Kundin, sehr geehrter Kunde, eine Überweisung über {amount} vom Konto {iban} wurde vorübergehend gesperrt.',
    'Kreditantrag {ref} – Name: {full}; geb. {dob}; Anschrift: {street}, {zip} {city}; E-Mail: {email}.',
    'Hallo {first}, wir haben eine Anmeldung in Ihrem Onlinebanking von der IP-Adresse {ip} festgestellt.',
  ],
  legal: [
    'In der Sache {full} gegen die {company} trägt der Kläger, geboren am {dob}, vor, ihm sei zu Unrecht gekündigt worden.',
    'Die Klageschrift wurde {pfull} am {date} in der {street} in {city} zugestellt. Prozessbevollmächtigt ist {pfull1}.',
  ],
  hr: [
    'Willkommen im Team, {first}! Dein erster Arbeitstag bei {company} ist der {date}. Deine Dienst-E-Mail: {email}.',
    'Personalbogen: {full}, {job}, geboren am {dob}, Mobil {phone}, Bankverbindung {iban}.',
  ],
  ecommerce: [
    'Hallo {first}, Ihre Bestellung {order} konnte nicht zugestellt werden. Bitte prüfen Sie die Adresse: {addr}.',
    'Die Bestellung {order} von {full} wurde mit der Karte {card} bezahlt ({amount}).',
  ],
  travel: [
    'Buchungsbestätigung {ref}: {pfull}, Abflug ab {city} am {date} um {time}. Die Reiseunterlagen gehen an {email}.',
    'Reisender: {full}, geb. am {dob}. Zahlungsmittel: {card}. Notfallkontakt: {full1}, {phone}.',
  ],
  itsupport: [
    'Passwort-Reset für den Benutzer {user} angefordert, Anfrage kam von {ip}. Falls Sie das nicht waren, melden Sie sich beim Helpdesk.',
    'Ticket {ref}: {full} kann sich nicht am VPN anmelden. Rückruf unter {phone}.',
  ],
};

export const IT: Templates = {
  education: [
    'Registro assenze: {inv}, tre assenze non giustificate. La famiglia {last} è stata avvisata.',
    "Gentile {first}, le confermiamo l'iscrizione al corso di laurea in Economia. Il suo nome utente è {user} e le comunicazioni arriveranno a {email}.",
    'Scheda studente: {full}, {g:nato|nata} il {dob}, residente in {addr}. Telefono: {phone}.',
  ],
  healthcare: [
    'Appuntamento confermato per {pfull} il {date} alle {time} con {drlast1}. Si prega di portare la tessera sanitaria.',
    'Paziente: {full}. Data di nascita: {dob}. Recapito: {phone}. Motivo della visita: controllo annuale.',
    'Il referto di {last} è stato inviato a {email}.',
  ],
  finance: [
    'Gentile cliente, un bonifico di {amount} dal conto {iban} è in attesa di verifica.',
    'Richiesta di finanziamento {ref} — Nome: {full}; data di nascita: {dob}; indirizzo: {street}, {zip} {city}; e-mail: {email}.',
    'Ciao {first}, abbiamo rilevato un accesso al tuo home banking dall’indirizzo IP {ip} alle {time}.',
  ],
  legal: [
    'Nella causa promossa da {pfull} contro {company}, il ricorrente, {g:nato|nata} il {dob}, chiede un risarcimento di {amount}.',
    "L'atto è stato notificato a {plast} in {addr} il {date}.",
  ],
  hr: [
    'Benvenut{g:o|a} {first}! Il tuo primo giorno in {company} sarà il {date} alle {time}. La tua e-mail aziendale è {email}.',
    'Scheda assunzione: {full}, {job}, {g:nato|nata} il {dob}, cellulare {phone}, IBAN {iban}.',
  ],
  ecommerce: [
    'Ciao {first}, il tuo ordine {order} non è stato consegnato in {street}, {sec}. Il CAP indicato è {zip}: è corretto?',
    "L'ordine {order} di {full} è stato addebitato sulla carta {card} per {amount}.",
  ],
  travel: [
    'Prenotazione {ref} confermata per {pfull}, partenza da {city} il {date} alle {time}. I biglietti sono stati inviati a {email}.',
    'Passeggero: {full}, {g:nato|nata} il {dob}. Carta di pagamento: {card}. Contatto di emergenza: {phone}.',
  ],
  itsupport: [
    "Reset della password richiesto per l'utente {user} dall'IP {ip}. Se non sei stato tu, contatta l'assistenza.",
    'Ticket {ref}: {full} non riesce ad accedere alla VPN. Richiamare al {phone}.',
  ],
};
