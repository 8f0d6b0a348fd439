/**
 * Hold-out 33 clean documents (written blind): the same kinds of finance, insurance, legal and billing documents
 * with no personal data — only companies, amounts, policy / claim / loan / invoice numbers, dates that are not
 * birthdays, times and percentages. Every entity found in them is a false entity.
 */
import type { Template } from './pii-holdout33-docs-en.ts';

export const CLEAN_EN: Template[] = [
  [
    'loan agreement',
    (d) => `${d.co()} — Standard Terms for Personal Loans (version ${d.n(3, 9)}.${d.n(0, 9)})
These terms apply to every loan agreement issued after ${d.date()}. The representative rate is ${d.pct()} APR for loans between ${d.amt(1000, 2000)} and ${d.amt(20000, 30000)}.
Early repayment is allowed at any time; a fee of ${d.pct()} of the outstanding balance may apply. Arrears are charged at ${d.amt(10, 30)} per missed instalment.
Loan numbers start with LN followed by the year, for example ${d.ref('LN')}. Complaints are handled within ${d.n(8, 15)} working days.`,
  ],
  [
    'bank statement',
    (d) => `Monthly Account Summary — Business Current Account
Statement period ${d.date()} to ${d.date()}
Opening balance ${d.amt(1000, 90000)}
${d.date()}  Supplier payment ${d.ref('PO')}  ${d.amt(100, 9000)}
${d.date()}  Card settlement batch ${d.code('B')}  ${d.amt(100, 9000)}
${d.date()}  Interest at ${d.pct()}  ${d.amt(1, 90)}
Closing balance ${d.amt(1000, 90000)}. Overdraft limit ${d.amt(5000, 20000)}. Statement generated at ${d.time()}.`,
  ],
  [
    'insurance claim',
    (d) => `Claims Bulletin — ${d.co()}
In the quarter ending ${d.date()} we received ${d.num(1200, 9000)} home insurance claims, of which ${d.pct()} related to escape of water.
The average settlement was ${d.amt(1500, 6000)} and the average time to settle was ${d.n(9, 40)} days. Storm claims rose by ${d.pct()} after the weather event on ${d.date()}.
Claim references now use the format ${d.ref('CLM')}. Adjusters should close files before ${d.time()} on Fridays.`,
  ],
  [
    'complaint e-mail',
    (d) => `Subject: Complaint handling update, reference ${d.ref('CMP')}

Hello team,
the backlog of customer complaints fell from ${d.num(300, 900)} to ${d.num(50, 290)} cases between ${d.date()} and ${d.date()}. Please make sure each case gets a written acknowledgement within ${d.n(2, 5)} working days.
The refund ceiling for agents is ${d.amt(100, 500)}; anything above goes to the team leader. The next review meeting is on ${d.date()} at ${d.time()} in Room ${d.n(2, 40)}.
Thanks, Customer Relations`,
  ],
  [
    'KYC form',
    (d) => `KYC Procedure Note ${d.ref('KYC')}
All new retail customers must provide one photo identity document and one proof of address dated within three months.
Enhanced due diligence applies to deposits above ${d.amt(10000, 15000)} or to transfers exceeding ${d.amt(5000, 9000)} in ${d.n(7, 30)} days.
Periodic reviews run every ${d.n(1, 5)} years for low-risk files. This note replaces the version of ${d.date()} and is owned by ${d.co()}.`,
  ],
  [
    'payroll notice',
    (d) => `Payroll Calendar ${d.n(2024, 2026)} — ${d.co()}
Salaries are paid on the last working day of each month. Overtime claims submitted after ${d.time()} on ${d.date()} will be processed the following month.
The employer pension contribution rises to ${d.pct()} and the cycle-to-work scheme cap to ${d.amt(1000, 3000)}.
Cost centre ${d.code('CC')} covers the warehouse staff; cost centre ${d.code('CC')} covers head office.`,
  ],
  [
    'medical billing letter',
    (d) => `${d.co()} — Schedule of Fees
Initial consultation ${d.amt(80, 250)}; follow-up consultation ${d.amt(50, 150)}; MRI scan ${d.amt(400, 1200)}.
Invoices such as ${d.ref('INV')} are payable within 30 days. A late-payment charge of ${d.pct()} applies after ${d.n(45, 90)} days.
Fees are reviewed every year; the current schedule took effect on ${d.date()}. Reception opens at ${d.time()}.`,
  ],
  [
    'lease contract',
    (d) => `Lease Schedule — Unit ${d.n(1, 40)}, Block ${d.pick(['A', 'B', 'C'])}
Commencement date ${d.date()}; term ${d.n(3, 10)} years; break option after year ${d.n(2, 5)}.
Annual rent ${d.amt(12000, 90000)}, reviewed upwards by ${d.pct()} every year. Service charge ${d.amt(1000, 8000)} per year.
Deposit equal to three months' rent, held under scheme reference ${d.ref('DPS')}. Landlord: ${d.co()}.`,
  ],
  [
    'court notice',
    (d) => `Listing Notice — Case No. ${d.ref('CV')}
${d.co()} v ${d.co()}
The trial window opens on ${d.date()}. The time estimate is ${d.n(2, 5)} days, starting at ${d.time()} each day.
Costs budgets must be filed by ${d.date()}. The claim is valued at ${d.amt(20000, 250000)} plus statutory interest at ${d.pct()}.`,
  ],
  [
    'customs declaration',
    (d) => `Customs Entry Summary — Entry No. ${d.code('E')}
Importer of record: ${d.co()}
Commodity: ${d.n(20, 400)} cartons of ceramic tableware, HS code 6912.00, country of origin Portugal.
Customs value ${d.amt(2000, 40000)}; duty rate ${d.pct()}; duty paid ${d.amt(100, 3000)} on ${d.date()}.
Container ${d.pick(['MSCU', 'MAEU', 'CMAU'])}${d.num(1000000, 9999999).replace(/\D/g, '')} released at ${d.time()}.`,
  ],
];

export const CLEAN_EU: Record<string, Template[]> = {
  de: [
    [
      'loan agreement',
      (d) => `Preisaushang Ratenkredite — ${d.co()}
Gültig ab ${d.date()}: gebundener Sollzins ${d.pct()} p. a., effektiver Jahreszins ${d.pct()}. Kreditbeträge von ${d.amt(1000, 3000)} bis ${d.amt(30000, 60000)}.
Laufzeiten ${d.n(12, 24)} bis ${d.n(72, 120)} Monate. Vorgangsnummern haben das Format ${d.ref('DV')}.`,
    ],
    [
      'insurance claim',
      (
        d,
      ) => `Schadenstatistik ${d.n(2023, 2025)}: ${d.co()} regulierte ${d.num(2000, 9000)} Leitungswasserschäden mit durchschnittlich ${d.amt(1500, 5000)}.
Die Bearbeitungszeit sank um ${d.pct()}. Die Sturmserie vom ${d.date()} verursachte Schäden von ${d.amt(100000, 900000)}. Sprechzeiten ab ${d.time()} Uhr.`,
    ],
  ],
  fr: [
    [
      'lease contract',
      (d) => `Avis d'échéance — lot n° ${d.n(1, 80)}, résidence Les Tilleuls
Loyer du mois : ${d.amt(500, 1500)} ; provision sur charges : ${d.amt(40, 200)}. Révision annuelle selon l'IRL (+${d.pct()}).
Date limite de paiement : ${d.date()}. Référence à rappeler : ${d.ref('LOC')}. Gestionnaire : ${d.co()}.`,
    ],
    [
      'medical billing letter',
      (d) => `${d.co()} — Tarifs applicables au ${d.date()}
Consultation de spécialiste ${d.amt(30, 80)}, échographie ${d.amt(50, 150)}, chambre particulière ${d.amt(60, 150)} par nuit.
Prise en charge moyenne par l'assurance maladie : ${d.pct()}. Accueil ouvert dès ${d.time()}. Facture type : ${d.ref('FAC')}.`,
    ],
  ],
  es: [
    [
      'loan agreement',
      (d) => `Condiciones generales de préstamos personales de ${d.co()}, vigentes desde el ${d.date()}.
Importe mínimo ${d.amt(1000, 3000)}, máximo ${d.amt(30000, 60000)}. TIN ${d.pct()}, TAE ${d.pct()}. Comisión de apertura ${d.pct()}.
Los contratos se numeran como ${d.ref('PP')}. Horario de atención: de ${d.time()} a ${d.time()}.`,
    ],
  ],
  it: [
    [
      'bank statement',
      (d) => `${d.co()} — Riepilogo commissioni al ${d.date()}
Canone mensile ${d.amt(2, 15)}; bonifico SEPA online ${d.amt(0, 2)}; prelievo ATM altre banche ${d.amt(1, 3)}.
Tasso creditore ${d.pct()}, tasso debitore ${d.pct()}. Riferimento documento ${d.ref('FOG')}. Aggiornato alle ore ${d.time()}.`,
    ],
  ],
  nl: [
    [
      'insurance claim',
      (d) => `Jaaroverzicht schade ${d.n(2023, 2025)} — ${d.co()}
Aantal gemelde schades: ${d.num(1500, 8000)}, waarvan ${d.pct()} waterschade. Gemiddelde uitkering ${d.amt(800, 4000)}.
De storm van ${d.date()} leidde tot ${d.num(200, 900)} meldingen. Dossiernummers volgen het formaat ${d.ref('SCH')}.`,
    ],
  ],
  pt: [
    [
      'customs declaration',
      (d) => `Aviso aduaneiro — remessa ${d.code('LX')}PT
Mercadoria: ${d.n(2, 40)} caixas de azulejos, código pautal 6907.21, valor declarado ${d.amt(500, 9000)}.
Direitos ${d.pct()}, IVA ${d.amt(100, 2000)}, liquidados em ${d.date()} às ${d.time()}. Transitário: ${d.co()}.`,
    ],
  ],
  sv: [
    [
      'lease contract',
      (d) => `Hyresavi — ${d.co()}
Hyran för ${d.date()} är ${d.amt(5000, 12000)} inklusive värme. Hyreshöjning från årsskiftet: ${d.pct()}.
OCR-nummer ${d.code('')}. Felanmälan tas emot vardagar från kl. ${d.time()}.`,
    ],
  ],
};
