// Hold-out 29 languages, part A: labels ("canonical|variants", with abbreviations and typos), document titles (in
// KINDS order), requests ({t} = title), non-PII extra fields, month names, birth-date formats, prose templates
// ({N} {N2} {N3} names, {D} birth date, {A} address, {P} phone, {E} email, {V} plate).
export interface Lang {
  L: Record<string, string>;
  titles: string;
  req: string;
  extra: string;
  months: string;
  dates: string;
  prose: string[];
  dr: string;
}
export const KINDS = [
  'cv',
  'school',
  'patient',
  'rental',
  'hotel',
  'delivery',
  'car',
  'accident',
  'claim',
  'list',
  'notice',
  'announce',
] as const;

export const LANG_A: Record<string, Lang> = {
  en: {
    L: {
      name: 'Full name|Name|Applicant name|Name (as in passport)|Nmae|Surname, first name',
      dob: 'Date of birth|DOB|D.O.B.|Birth date|Date of brith|Born',
      addr: 'Address|Home address|Current address|Adress|Residential address|Postal address',
      phone: 'Phone|Mobile|Tel.|Contact no.|Phone number|Cell|Mob',
      email: 'Email|E-mail|Email address|e-mail addr|Emial',
      plate: 'Vehicle reg.|Registration no.|License plate|Reg. number|Plate no',
      id: 'ID number|National ID|ID no.|Identity no',
      iban: 'IBAN|Bank account (IBAN)|Account',
      parent: 'Parent/guardian|Mother|Father|Guardian',
      child: "Child's name|Pupil|Student name",
      referee: 'Referee|Reference 1|Ref. contact',
      witness: 'Witness|Witness name|Wittness',
      doctor: 'Referring doctor|GP|Physician',
      buyer: 'Buyer|Purchaser',
      seller: 'Seller|Vendor',
      driver: 'Driver|Driver name',
      tenant: 'Tenant|Lessee',
      landlord: 'Landlord|Lessor',
      recipient: 'Recipient|Consignee|Deliver to',
      sender: 'Sender|Shipper',
    },
    titles:
      'CV|enrolment form|patient intake form|rental application|hotel registration card|delivery note|car sale contract|accident report|insurance claim|guest list|tenancy notice|announcement',
    req: 'Can you check this {t} for mistakes?|Write a cover letter from this:|Please translate this {t} into French.|Fill the missing fields in this {t}:|Make a table of these:|Turn this into a formal {t}, keep all details.',
    extra:
      'Nationality=British|Occupation=Nurse|Arrival=14/08/2025|Room=214|Amount=1,250.00|Position applied for=Warehouse supervisor|Insurer=Aviva|Make/model=Toyota Corolla 2016',
    months: 'January|February|March|April|May|June|July|August|September|October|November|December',
    dates: '{dd}/{mm}/{y}|{d} {M} {y}|{y}-{mm}-{dd}|{d}.{m}.{y}|{d} {M3} {y}',
    dr: 'Dr.|Dr|Prof.',
    prose: [
      'Hi, I am {N}, born {D}. I currently live at {A}. You can reach me on {P} or at {E}. Please turn this into a proper cover letter for the barista job.',
      'Police report draft: on Tuesday evening the car {V} driven by {N} (born {D}) reversed into a parked van on our street. Witness {N2} saw it all and can be reached at {P}. Rewrite this formally.',
      'Please polish this obituary: {N}, born on {D}, passed away peacefully at home. Survived by {N2} and {N3}. The funeral will be held at St Anne’s church.',
    ],
  },
  de: {
    L: {
      name: 'Name|Vor- und Nachname|Name, Vorname|Antragsteller|Nachname/Vorname|Nmae',
      dob: 'Geburtsdatum|Geb.-Datum|geb. am|Geburtstag|Gebutsdatum',
      addr: 'Anschrift|Adresse|Wohnanschrift|Wohnort|Anschirft|Straße, PLZ, Ort',
      phone: 'Telefon|Tel.|Handy|Mobil|Telefonnr.|Rufnummer',
      email: 'E-Mail|Email|E-Mail-Adresse|Mail',
      plate: 'Kennzeichen|amtl. Kennzeichen|Kfz-Kennzeichen|Kennz.',
      id: 'Ausweisnummer|Steuer-ID|Versicherungsnummer|Identifikationsnummer',
      iban: 'IBAN|Bankverbindung (IBAN)|Konto',
      parent: 'Erziehungsberechtigte/r|Mutter|Vater|Sorgeberechtigter',
      child: 'Name des Kindes|Schüler/in|Kind',
      referee: 'Referenz|Ansprechpartner (Referenz)',
      witness: 'Zeuge|Zeugin|Zeuge/Zeugin',
      doctor: 'Überweisender Arzt|Hausarzt|Hausärztin',
      buyer: 'Käufer|Käuferin',
      seller: 'Verkäufer|Verkäuferin',
      driver: 'Fahrer|Fahrzeugführer',
      tenant: 'Mieter|Mieterin',
      landlord: 'Vermieter|Vermieterin',
      recipient: 'Empfänger|Lieferadresse z. Hd.',
      sender: 'Absender',
    },
    titles:
      'Lebenslauf|Anmeldeformular|Anamnesebogen|Mieterselbstauskunft|Meldeschein|Lieferschein|Kaufvertrag|Unfallbericht|Schadensmeldung|Gästeliste|Kündigung|Anzeige',
    req: 'Kannst du diesen {t} auf Fehler prüfen?|Schreib mir daraus ein Anschreiben:|Bitte übersetze den {t} ins Englische.|Füll die fehlenden Felder aus:|Mach eine Tabelle daraus:|Formuliere das als ordentlichen {t}, alle Angaben behalten.',
    extra:
      'Staatsangehörigkeit=deutsch|Beruf=Elektriker|Anreise=14.08.2025|Zimmer=312|Betrag=1.250,00 €|Gewünschte Stelle=Lagerleitung|Versicherung=HUK-Coburg|Fahrzeug=VW Golf VII',
    months: 'Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember',
    dates: '{dd}.{mm}.{y}|{d}. {M} {y}|{dd}.{mm}.{yy}|{d}.{m}.{y}',
    dr: 'Dr. med.|Dr.|Prof. Dr.',
    prose: [
      'Hallo, ich heiße {N}, geboren am {D}, und wohne in {A}. Erreichbar bin ich unter {P} oder {E}. Mach daraus bitte ein Bewerbungsanschreiben als Erzieherin.',
      'Entwurf Unfallbericht: Am Dienstag fuhr {N} (geb. {D}) mit dem Fahrzeug {V} auf den Parkplatz und beschädigte einen Transporter. Zeuge {N2}, Tel. {P}, hat alles gesehen. Bitte sachlich formulieren.',
      'Bitte Traueranzeige verbessern: {N}, geboren am {D}, ist friedlich eingeschlafen. In Liebe: {N2} und {N3}. Die Trauerfeier findet in der Friedhofskapelle statt.',
    ],
  },
  fr: {
    L: {
      name: 'Nom et prénom|Nom|NOM Prénom|Nom du demandeur|Nom, prénom|Non',
      dob: 'Date de naissance|Né(e) le|Date de naiss.|DDN|né le',
      addr: 'Adresse|Domicile|Adresse postale|Adrese|Adresse actuelle',
      phone: 'Téléphone|Tél.|Portable|Tel|N° de téléphone',
      email: 'Courriel|E-mail|Mail|Adresse e-mail',
      plate: 'Immatriculation|N° d’immatriculation|Plaque|Immat.',
      id: 'N° de sécurité sociale|N° national|N° d’identification|NIR',
      iban: 'IBAN|RIB (IBAN)|Coordonnées bancaires',
      parent: 'Responsable légal|Mère|Père|Parent',
      child: 'Nom de l’enfant|Élève|Enfant',
      referee: 'Référence|Personne de référence',
      witness: 'Témoin|Nom du témoin',
      doctor: 'Médecin traitant|Médecin adresseur',
      buyer: 'Acheteur|Acquéreur',
      seller: 'Vendeur|Cédant',
      driver: 'Conducteur|Conductrice',
      tenant: 'Locataire',
      landlord: 'Propriétaire|Bailleur',
      recipient: 'Destinataire|Livrer à',
      sender: 'Expéditeur',
    },
    titles:
      'CV|fiche d’inscription|fiche de renseignements patient|dossier de location|fiche de police|bon de livraison|certificat de cession|constat amiable|déclaration de sinistre|liste des invités|congé du locataire|faire-part',
    req: 'Tu peux vérifier cette {t} ?|Rédige une lettre de motivation à partir de ça :|Traduis ce {t} en anglais stp.|Complète les champs manquants :|Fais-moi un tableau avec ça :|Mets ça au propre en {t}, garde tout.',
    extra:
      'Nationalité=française|Profession=infirmière|Arrivée=14/08/2025|Chambre=214|Montant=1 250,00 €|Poste visé=chef d’équipe|Assureur=MAIF|Véhicule=Renault Clio IV',
    months: 'janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre',
    dates: '{dd}/{mm}/{y}|{d} {M} {y}|{dd}.{mm}.{y}|{dd}/{mm}/{yy}',
    dr: 'Dr|Docteur|Pr',
    prose: [
      'Bonjour, je m’appelle {N}, née le {D}, j’habite au {A}. Vous pouvez me joindre au {P} ou par mail {E}. Peux-tu en faire une lettre de motivation ?',
      'Brouillon de main courante : mardi soir, le véhicule {V} conduit par {N} (né le {D}) a percuté une camionnette. Le témoin {N2} est joignable au {P}. Reformule proprement.',
      'Peux-tu relire ce faire-part de décès : {N}, né le {D}, nous a quittés paisiblement. De la part de {N2} et {N3}. Les obsèques auront lieu en l’église Saint-Martin.',
    ],
  },
  es: {
    L: {
      name: 'Nombre y apellidos|Nombre|Apellidos, nombre|Solicitante|Nombre completo|Nomre',
      dob: 'Fecha de nacimiento|Fecha de nac.|F. nacimiento|Nacido/a el|Fecha nacimento',
      addr: 'Domicilio|Dirección|Dirección actual|Direccion|Domicilio habitual',
      phone: 'Teléfono|Tel.|Móvil|Celular|Tlf.',
      email: 'Correo electrónico|Email|Correo|E-mail',
      plate: 'Matrícula|Placa|Nº de matrícula|Placa del vehículo',
      id: 'DNI|Nº de documento|Documento de identidad|NIF',
      iban: 'IBAN|Cuenta bancaria|Nº de cuenta',
      parent: 'Padre/madre/tutor|Madre|Padre|Acudiente',
      child: 'Nombre del alumno|Alumno/a|Menor',
      referee: 'Referencia|Referencia laboral',
      witness: 'Testigo|Nombre del testigo',
      doctor: 'Médico remitente|Médico de cabecera',
      buyer: 'Comprador|Compradora',
      seller: 'Vendedor|Vendedora',
      driver: 'Conductor|Conductora',
      tenant: 'Arrendatario|Inquilino',
      landlord: 'Arrendador|Propietario',
      recipient: 'Destinatario|Entregar a',
      sender: 'Remitente',
    },
    titles:
      'currículum|ficha de matrícula|ficha de ingreso|solicitud de alquiler|parte de entrada de viajeros|albarán|contrato de compraventa|parte de accidente|reclamación al seguro|lista de invitados|preaviso de desalojo|esquela',
    req: '¿Puedes revisar esta {t}?|Escríbeme una carta de presentación con esto:|Traduce este {t} al inglés, porfa.|Rellena los campos que faltan:|Hazme una tabla con esto:|Pásalo a limpio como {t}, sin quitar datos.',
    extra:
      'Nacionalidad=española|Profesión=enfermera|Llegada=14/08/2025|Habitación=214|Importe=1.250,00 €|Puesto=jefe de almacén|Aseguradora=Mapfre|Vehículo=Seat León 2017',
    months: 'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre',
    dates: '{dd}/{mm}/{y}|{d} de {M} de {y}|{dd}-{mm}-{y}|{d}/{m}/{y}',
    dr: 'Dr.|Dra.|Doctor',
    prose: [
      'Hola, soy {N}, nací el {D} y vivo en {A}. Mi teléfono es {P} y mi correo {E}. ¿Me haces una carta de presentación para el puesto de cajera?',
      'Borrador de denuncia: el martes el vehículo con placa {V}, conducido por {N} (nacido el {D}), chocó contra una furgoneta. El testigo {N2} puede ser contactado al {P}. Redáctalo formal.',
      'Corrige esta esquela: {N}, nacida el {D}, falleció en paz rodeada de los suyos. Sus hijos {N2} y {N3} lo comunican. La misa será en la parroquia de San José.',
    ],
  },
  it: {
    L: {
      name: 'Nome e cognome|Cognome e nome|Nominativo|Richiedente|Nome|Cogome',
      dob: 'Data di nascita|Nato/a il|Data nasc.|Nata il|Data di nacita',
      addr: 'Indirizzo|Residenza|Residente in|Indirizo|Domicilio',
      phone: 'Telefono|Tel.|Cellulare|Cell.|Recapito telefonico',
      email: 'E-mail|Email|Posta elettronica',
      plate: 'Targa|Targa veicolo|N. targa',
      id: 'Codice fiscale|C.F.|Cod. fiscale',
      iban: 'IBAN|Coordinate bancarie',
      parent: 'Genitore/tutore|Madre|Padre',
      child: 'Nome dell’alunno|Alunno/a|Bambino/a',
      referee: 'Referenza|Referente',
      witness: 'Testimone|Nome del testimone',
      doctor: 'Medico curante|Medico inviante',
      buyer: 'Acquirente',
      seller: 'Venditore|Venditrice',
      driver: 'Conducente',
      tenant: 'Conduttore|Inquilino',
      landlord: 'Locatore|Proprietario',
      recipient: 'Destinatario|Consegnare a',
      sender: 'Mittente',
    },
    titles:
      'curriculum|modulo di iscrizione|scheda di accettazione|domanda di locazione|scheda alloggiati|documento di trasporto|atto di vendita|verbale di incidente|denuncia di sinistro|lista invitati|disdetta del contratto|necrologio',
    req: 'Puoi controllare questo {t}?|Scrivimi una lettera di presentazione da questo:|Traduci questo {t} in inglese.|Compila i campi mancanti:|Fammi una tabella con questi dati:|Riscrivilo come {t} formale, tieni tutti i dati.',
    extra:
      'Cittadinanza=italiana|Professione=infermiera|Arrivo=14/08/2025|Camera=214|Importo=1.250,00 €|Posizione=magazziniere|Compagnia=UnipolSai|Veicolo=Fiat Panda 2019',
    months: 'gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre',
    dates: '{dd}/{mm}/{y}|{d} {M} {y}|{dd}-{mm}-{y}|{dd}.{mm}.{y}',
    dr: 'Dott.|Dott.ssa|Dr.',
    prose: [
      'Ciao, sono {N}, nata il {D}, abito in {A}. Mi trovi al {P} oppure scrivimi a {E}. Mi prepari una lettera di presentazione per un posto da commessa?',
      'Bozza di verbale: martedì il veicolo targato {V}, condotto da {N} (nato il {D}), ha urtato un furgone in sosta. Il testimone {N2} è reperibile al {P}. Riscrivilo in modo formale.',
      'Sistemami questo necrologio: è mancato all’affetto dei suoi cari {N}, nato il {D}. Ne danno il triste annuncio {N2} e {N3}. I funerali si terranno nella chiesa di San Rocco.',
    ],
  },
};
