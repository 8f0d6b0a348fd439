/**
 * Hold-out 33 documents in German, French, Spanish, Italian, Dutch, Portuguese and Swedish (written blind).
 */
import type { Template } from './pii-holdout33-docs-en.ts';

export const EU: Record<string, Template[]> = {
  de: [
    [
      'loan agreement',
      (d) => `${d.co()}
Darlehensvertrag Nr. ${d.ref('DV')}

Zwischen der ${d.co()} und ${d.g('Herrn', 'Frau')} ${d.mid()}, geboren am ${d.dob()}, wohnhaft ${d.addr()}, wird folgender Vertrag geschlossen.
Der Nettodarlehensbetrag beträgt ${d.amt(5000, 50000)}, der gebundene Sollzins ${d.pct()} p. a.; die Rückzahlung erfolgt in ${d.n(24, 96)} Monatsraten zu je ${d.amt(120, 900)}.
Die Raten werden vom Konto mit der ${d.bank()} eingezogen. ${d.idLabel} der Darlehensnehmerin bzw. des Darlehensnehmers: ${d.id()}.
Rückfragen beantwortet Ihr Berater ${d.other()} unter Angabe der Vorgangsnummer. ${d.t()} erhält eine Kopie per E-Mail an ${d.mail()}.
Ort, Datum: ${d.date()}    Unterschrift: ${d.full()}`,
    ],
    [
      'insurance claim',
      (d) => `Schadenmeldung zur Hausratversicherung ${d.code('HR-')}
Versicherungsnehmer: ${d.rev()}
Anschrift:
${d.addrL()}
Telefon: ${d.tel()}

Am ${d.date()} gegen ${d.time()} Uhr wurde in die Wohnung eingebrochen. Entwendet wurden ein Laptop und Schmuck im Wert von ca. ${d.amt(800, 6000)}.
Die Polizei hat die Anzeige unter dem Aktenzeichen ${d.ref('AZ')} aufgenommen. ${d.t()} bittet um Überweisung der Entschädigung auf die ${d.bank()}.
Sachbearbeiterin: ${d.otherT()}, ${d.co()}`,
    ],
    [
      'payroll notice',
      (d) => `Entgeltabrechnung ${d.date()} — ${d.co()}
Personalnummer ${d.code('')}
${d.tf()}
${d.addrL()}
Geburtsdatum: ${d.dob()}   ${d.idLabel}: ${d.id()}   Steuerklasse ${d.n(1, 5)}
Bruttobezüge ${d.amt(2500, 8000)}, Lohnsteuer ${d.amt(300, 1800)}, Krankenversicherung ${d.pct()}.
Auszahlungsbetrag ${d.amt(1800, 5000)} auf ${d.bank()}. Bei Fragen wenden Sie sich bitte an ${d.other()} (Personalabteilung).`,
    ],
    [
      'complaint e-mail',
      (d) => `Betreff: Beschwerde zur Rechnung ${d.ref('RE')}

Sehr geehrte Damen und Herren,
mein Name ist ${d.full()}, Kundennummer ${d.code('K')}. Am ${d.date()} wurden mir ${d.amt(30, 400)} doppelt von meiner Kreditkarte ${d.card()} abgebucht.
Bitte erstatten Sie den Betrag und rufen Sie mich unter ${d.tel()} zurück. Mein Benutzername im Kundenportal lautet ${d.user()}.
Mit freundlichen Grüßen
${d.ini()}
${d.addr()}`,
    ],
  ],
  fr: [
    [
      'lease contract',
      (d) => `CONTRAT DE LOCATION — LOCAL À USAGE D'HABITATION
Bailleur : ${d.co()}
Locataire : ${d.tf()}, né${d.g('', 'e')} le ${d.dob()}, téléphone ${d.tel()}, courriel ${d.mail()}
Adresse du logement : ${d.addr()}

Le bail prend effet le ${d.date()} pour une durée de trois ans. Le loyer mensuel est fixé à ${d.amt(500, 2200)}, charges de ${d.amt(40, 200)} en sus.
Le dépôt de garantie de ${d.amt(500, 2200)} sera restitué par virement sur le compte ${d.iban()}.
${d.t()} déclare avoir reçu le dossier de diagnostic technique. Fait à ${d.pick(['Lyon', 'Paris', 'Nantes'])} le ${d.date()}. Signature : ${d.full()}`,
    ],
    [
      'medical billing letter',
      (d) => `${d.co()}
Service facturation

${d.tf()}
${d.addrL()}

Objet : facture ${d.ref('FAC')} — séjour du ${d.date()}
${d.g('Monsieur', 'Madame')},
Nos dossiers indiquent : date de naissance ${d.dob()}, numéro de sécurité sociale ${d.id()}.
Le reste à charge après remboursement de votre mutuelle s'élève à ${d.amt(30, 900)}. Vous pouvez régler par carte ou par virement avant le ${d.date()}.
Pour toute question, le Dr ${d.other()} reste à votre disposition. Nous pouvons aussi vous joindre au ${d.tel()}.`,
    ],
    [
      'complaint e-mail',
      (d) => `De : ${d.mail()}
Objet : Réclamation — dossier ${d.ref('SIN')}

Madame, Monsieur,
Je soussigné${d.g('', 'e')} ${d.mid()}, client${d.g('', 'e')} de ${d.co()}, conteste le prélèvement de ${d.amt(20, 700)} effectué le ${d.date()} sur mon compte ${d.iban()}.
Malgré mes appels à ${d.time()}, aucune réponse. ${d.g('M.', 'Mme')} ${d.sur()} demande le remboursement sous huit jours.
Adresse : ${d.addr()} — tél. ${d.tel()}
Cordialement,
${d.first()}`,
    ],
  ],
  es: [
    [
      'loan agreement',
      (d) => `CONTRATO DE PRÉSTAMO PERSONAL Nº ${d.ref('PP')}
En ${d.pick(['Madrid', 'Sevilla', 'Bilbao'])}, a ${d.date()}.
De una parte, ${d.co()}; de otra, ${d.g('D.', 'Dña.')} ${d.mid()}, mayor de edad, con ${d.idLabel} ${d.id()}, nacid${d.g('o', 'a')} el ${d.dob()} y domicilio en ${d.addr()}.
El prestamista entrega la cantidad de ${d.amt(3000, 30000)} al tipo de interés nominal del ${d.pct()}, a devolver en ${d.n(12, 72)} cuotas de ${d.amt(100, 800)}.
Las cuotas se cargarán en la cuenta ${d.iban()}. El prestatario, ${d.sur()}, facilita el teléfono ${d.tel()} y el correo ${d.mail()}.
Firmado: ${d.full()}`,
    ],
    [
      'insurance claim',
      (d) => `Parte de siniestro — póliza ${d.code('AUT')}
Tomador: ${d.rev()}
Fecha de nacimiento: ${d.dob()}    DNI: ${d.id()}
Domicilio:
${d.addrL()}
Teléfono: ${d.tel()}

El día ${d.date()}, a las ${d.time()}, el vehículo asegurado sufrió un golpe en un aparcamiento. Daños estimados: ${d.amt(300, 4000)}.
El perito ${d.other()} revisará el coche. ${d.t()} solicita que la indemnización se abone en ${d.iban()}.`,
    ],
    [
      'KYC form',
      (d) => `${d.co()} — Formulario de identificación del cliente (ref. ${d.ref('KYC')})
Nombre y apellidos: ${d.full()}
Documento: ${d.id()}    Fecha de nacimiento: ${d.dob()}
Dirección: ${d.addr()}
Móvil: ${d.tel()}    Correo electrónico: ${d.mail()}
Usuario de banca online: ${d.user()}
Actividad profesional: asalariado, ingresos anuales de ${d.amt(15000, 60000)}. Verificado por ${d.otherT()} el ${d.date()}.`,
    ],
  ],
  it: [
    [
      'lease contract',
      (d) => `CONTRATTO DI LOCAZIONE AD USO ABITATIVO
La società ${d.co()} (locatore) concede in locazione a ${d.tf()}, nat${d.g('o', 'a')} il ${d.dob()}, codice fiscale ${d.id()} (conduttore), l'immobile sito in ${d.addr()}.
La locazione decorre dal ${d.date()} per quattro anni. Il canone annuo è di ${d.amt(6000, 18000)}, da versare in rate mensili sul conto ${d.iban()}.
Il deposito cauzionale ammonta a ${d.amt(500, 3000)}. Per comunicazioni: tel. ${d.tel()}, e-mail ${d.mail()}.
Il conduttore ${d.sur()} dichiara di aver visionato l'immobile. Firma: ${d.full()}`,
    ],
    [
      'bank statement',
      (d) => `${d.co()} — Estratto conto al ${d.date()}
Intestatario: ${d.rev()} — C.F. ${d.id()}
${d.addrL()}
IBAN: ${d.iban()}
Saldo iniziale ${d.amt(100, 9000)} — saldo finale ${d.amt(100, 9000)}
${d.date()} Pagamento POS ${d.amt(5, 200)}
${d.date()} Bonifico ricevuto rif. ${d.code('BON')} ${d.amt(100, 3000)}
Per assistenza il Suo consulente ${d.otherT()} è raggiungibile dalle ore ${d.time()}. Accesso home banking: utente ${d.user()}.`,
    ],
    [
      'court notice',
      (d) => `TRIBUNALE ORDINARIO DI ${d.pick(['MILANO', 'TORINO', 'NAPOLI'])} — R.G. n. ${d.ref('')}
Atto di citazione notificato a ${d.tf()} (C.F. ${d.id()}), residente in ${d.addr()}.
Si avverte ${d.g('il convenuto', 'la convenuta')} ${d.sur()} che l'udienza è fissata per il ${d.date()} alle ore ${d.time()}.
La domanda riguarda il pagamento di ${d.amt(2000, 30000)} oltre interessi al ${d.pct()}. Avv. ${d.other()}`,
    ],
  ],
  nl: [
    [
      'KYC form',
      (d) => `${d.co()} — Cliëntonderzoek (Wwft), dossier ${d.ref('CO')}
Naam: ${d.rev()}
Geboortedatum: ${d.dob()}
BSN: ${d.id()}
Adres:
${d.addrL()}
Telefoon: ${d.tel()}   E-mail: ${d.mail()}
Rekeningnummer: ${d.iban()}
Herkomst vermogen: spaargeld en salaris, circa ${d.amt(20000, 90000)}. Gecontroleerd door ${d.other()} op ${d.date()} om ${d.time()}.`,
    ],
    [
      'insurance claim',
      (d) => `Schadeformulier — polisnummer ${d.code('ZV')}
Geachte ${d.t()},
Wij hebben uw melding van ${d.date()} ontvangen. U meldde waterschade in de woning aan ${d.addr()}; de geschatte schade bedraagt ${d.amt(400, 8000)}.
Een expert, ${d.otherT()}, neemt binnen vijf werkdagen contact met u op via ${d.tel()}. De uitkering maken wij over naar ${d.iban()} ten name van ${d.ini()}.
Het eigen risico is ${d.amt(100, 500)}. Met vriendelijke groet, ${d.co()}`,
    ],
    [
      'payroll notice',
      (d) => `Loonstrook ${d.date()} — ${d.co()}
Werknemer: ${d.mid()}, personeelsnummer ${d.code('')}
${d.addrL()}
Geboortedatum ${d.dob()}, BSN ${d.id()}
Brutoloon ${d.amt(2500, 7000)}, loonheffing ${d.amt(400, 2000)}, pensioenpremie ${d.pct()}.
Netto ${d.amt(1800, 5000)} overgemaakt naar ${d.iban()}. Vragen? Wij antwoorden op ${d.mail()}.`,
    ],
  ],
  pt: [
    [
      'loan agreement',
      (d) => `CONTRATO DE CRÉDITO PESSOAL n.º ${d.ref('CP')}
Entre ${d.co()} e ${d.mid()}, nascid${d.g('o', 'a')} em ${d.dob()}, contribuinte n.º ${d.id()}, residente em ${d.addr()}.
O montante do crédito é de ${d.amt(2000, 25000)}, com TAN de ${d.pct()}, a reembolsar em ${d.n(12, 84)} prestações mensais de ${d.amt(80, 700)}.
As prestações serão debitadas na conta ${d.iban()}. ${d.t()} indica o telemóvel ${d.tel()} e o e-mail ${d.mail()}.
Assinatura: ${d.full()}    Gestor de conta: ${d.other()}`,
    ],
    [
      'medical billing letter',
      (d) => `${d.co()}
Exm.${d.g('º Sr.', 'ª Sra.')} ${d.full()}
${d.addrL()}

Fatura ${d.ref('FT')} — consulta de ${d.date()}
Data de nascimento do utente: ${d.dob()}.
O valor em dívida é de ${d.amt(20, 600)}, a pagar até ${d.date()}. A consulta foi realizada por ${d.other()}.
Caso pretenda pagar com cartão, contacte-nos; ligaremos para ${d.tel()}. ${d.g('Sr.', 'Sra.')} ${d.sur()}, agradecemos a sua preferência.`,
    ],
    [
      'customs declaration',
      (d) => `DECLARAÇÃO ADUANEIRA — encomenda ${d.code('LX')}PT
Destinatári${d.g('o', 'a')}: ${d.full()}
Morada: ${d.addr()}
NIF: ${d.id()}   Telefone: ${d.tel()}
Conteúdo: vestuário e livros, valor declarado ${d.amt(30, 500)}. IVA liquidado em ${d.date()}: ${d.amt(5, 100)}.`,
    ],
  ],
  sv: [
    [
      'lease contract',
      (d) => `HYRESAVTAL FÖR BOSTADSLÄGENHET
Hyresvärd: ${d.co()}
Hyresgäst: ${d.full()}, personnummer ${d.id()}
Lägenhetens adress: ${d.addr()}
Telefon: ${d.tel()}   E-post: ${d.mail()}

Avtalet gäller från och med ${d.date()} och löper tills vidare. Hyran är ${d.amt(5000, 14000)} per månad och betalas i förskott.
Hyresgästen ${d.sur()} får inte hyra ut lägenheten i andra hand utan hyresvärdens medgivande. Kontaktperson: ${d.other()}.`,
    ],
    [
      'bank statement',
      (d) => `${d.co()} — Kontoutdrag ${d.date()}
Kontohavare: ${d.mid()}
${d.addrL()}
IBAN: ${d.iban()}
Ingående saldo ${d.amt(500, 40000)}, utgående saldo ${d.amt(500, 40000)}, ränta ${d.pct()}.
${d.date()} Kortköp ICA Kvantum ${d.amt(50, 900)}
${d.date()} Swish ${d.amt(50, 900)}
Frågor? Logga in med användarnamn ${d.user()} eller ring oss; vi ringer upp på ${d.tel()}.`,
    ],
    [
      'insurance claim',
      (d) => `Skadeanmälan — försäkringsnummer ${d.code('HF')}
Försäkringstagare: ${d.rev()}, född ${d.dob()}, personnummer ${d.id()}
Adress:
${d.addrL()}
Den ${d.date()} kl. ${d.time()} läckte diskmaskinen och golvet i köket skadades. Självrisken är ${d.amt(1000, 3000)}.
Ersättningen betalas till ${d.iban()}. Handläggare: ${d.other()}. Kontakt: ${d.mail()}.`,
    ],
  ],
};
