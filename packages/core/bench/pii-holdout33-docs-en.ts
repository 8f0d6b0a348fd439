/**
 * Hold-out 33 English documents (written blind), used for US, UK, Canada, Australia, India and South Africa. Each
 * template writes one document of a kind; personal values come from the `D` helpers, distractors are unmarked.
 */
import type { D } from './pii-holdout33-doc.ts';

export type Template = [kind: string, make: (d: D) => string];

export const EN: Template[] = [
  [
    'loan agreement',
    (d) => `${d.co()}
PERSONAL LOAN AGREEMENT — Loan No. ${d.ref('LN')}

This agreement is made on ${d.date()} between ${d.co()} ("the Lender") and ${d.mid()} of ${d.addr()} ("the Borrower"), date of birth ${d.dob()}.
The Lender agrees to advance the sum of ${d.amt(5000, 40000)} at a fixed annual rate of ${d.pct()}, repayable in ${d.n(12, 84)} monthly instalments of ${d.amt(150, 900)}.
Repayments will be collected by direct debit from ${d.bank()} on the ${d.n(1, 28)}th day of each month.
The borrower, ${d.sur()}, confirms that the ${d.idLabel} supplied (${d.id()}) is correct.
Notices under this agreement will be sent to ${d.mail()} or by phone on ${d.tel()}.
Signed: ${d.full()}    Witness: ${d.other()}`,
  ],
  [
    'loan agreement',
    (d) => `Dear ${d.t()},

Re: Offer of credit ${d.ref('APP')}

Thank you for your application dated ${d.date()}. We are pleased to offer you a loan of ${d.amt(2000, 25000)} over ${d.n(2, 7)} years at ${d.pct()} APR. Your first payment of ${d.amt(90, 700)} is due on ${d.date()}.
Our records show your address as ${d.addr()} and your mobile as ${d.tel()}. If any of these details have changed, please contact your adviser, ${d.otherT()}, before ${d.time()} on ${d.date()}.
${d.sur()}, please note that the offer lapses after 30 days.

Yours sincerely,
Credit Operations, ${d.co()}`,
  ],
  [
    'bank statement',
    (d) => `${d.co()} — Statement of Account
${d.rev()}
${d.addrL()}

Statement period: ${d.date()} to ${d.date()}        Page 1 of ${d.n(2, 4)}
Account holder: ${d.mid()}        ${d.bank()}
Opening balance ${d.amt(100, 9000)}    Closing balance ${d.amt(100, 9000)}
${d.date()}  CARD PURCHASE ${d.co().toUpperCase()}  ${d.amt(5, 300)}
${d.date()}  TRANSFER REF ${d.code('TRF')}  ${d.amt(50, 2000)}
${d.date()}  INTEREST ${d.pct()}  ${d.amt(1, 40)}
Questions about this statement? Log in as ${d.user()} or write to us; we will reply to ${d.mail()}.`,
  ],
  [
    'insurance claim',
    (d) => `CLAIM FORM — Policy ${d.code('POL-')}   Claim ${d.ref('CLM')}

Policyholder: ${d.tf()}
Date of birth: ${d.dob()}
Address: ${d.addr()}
Telephone: ${d.tel()}    Email: ${d.mail()}

Description of loss: On ${d.date()} at about ${d.time()} water from a burst pipe damaged the kitchen floor and two cabinets. The estimated repair cost is ${d.amt(800, 9000)} and the excess is ${d.amt(100, 500)}.
The loss adjuster, ${d.other()}, inspected the property on ${d.date()}. ${d.g('Mr', 'Ms')} ${d.sur()} asked that any settlement be paid to ${d.bank()}.
I declare that the information given is true. Signature: ${d.ini()}`,
  ],
  [
    'complaint e-mail',
    (d) => `From: ${d.mail()}
To: complaints@${d.pick(['kestrelbank.example', 'northbridge.example', 'protea.example'])}
Subject: Formal complaint — reference ${d.ref('CMP')}

Hello,
my name is ${d.full()} and I have been a customer of ${d.co()} since ${d.n(2004, 2021)}. On ${d.date()} I was charged ${d.amt(20, 600)} twice on my card ${d.card()}, and nobody has answered my calls since.
I rang your helpline at ${d.time()} and was told the refund would take ${d.n(5, 14)} working days. It has now been a month.
Please call me back on ${d.tel()} or write to me at ${d.addr()}. My online banking username is ${d.user()} if you need it.
Regards,
${d.first()}`,
  ],
  [
    'KYC form',
    (d) => `KNOW YOUR CUSTOMER — Individual Verification (${d.co()})
Case number: ${d.ref('KYC')}
Surname, given names: ${d.rev()}
Date of birth: ${d.dob()}
${d.idLabel}: ${d.id()}
Residential address:
${d.addrL()}
Mobile: ${d.tel()}
E-mail: ${d.mail()}
Source of funds: salary (approx. ${d.amt(20000, 120000)} per year), risk rating ${d.pick(['low', 'medium'])}.
Verified by ${d.otherT()} on ${d.date()} at ${d.time()}. The customer ${d.sur()} presented original documents.`,
  ],
  [
    'payroll notice',
    (d) => `${d.co()} — Payroll Department
PAYSLIP for the period ending ${d.date()}        Employee no. ${d.code('E')}

Employee: ${d.ini()}
${d.addrL()}
${d.idLabel}: ${d.id()}

Gross pay ${d.amt(2000, 9000)}   Tax ${d.amt(300, 2500)}   Pension (${d.pct()}) ${d.amt(50, 400)}
Net pay ${d.amt(1500, 7000)} paid to ${d.bank()} on ${d.date()}.
Dear ${d.first()}, your overtime of ${d.n(2, 20)} hours was approved by ${d.other()}. Queries: payroll@company.example quoting ${d.code('PR')}.`,
  ],
  [
    'medical billing letter',
    (d) => `${d.co()}
Patient Accounts

${d.tf()}
${d.addrL()}

${d.date()}

Dear ${d.t()},
Invoice ${d.ref('INV')} — treatment on ${d.date()}
Our records: date of birth ${d.dob()}, patient identifier ${d.id(true)}.
The total charge for your consultation with ${d.otherT()} and the follow-up scan was ${d.amt(150, 3000)}. Your insurer has paid ${d.amt(50, 1500)}, leaving ${d.amt(20, 900)} payable within 30 days.
You can pay by card over the phone, or ask us to call you on ${d.tel()}. ${d.g('Mr', 'Mrs')} ${d.sur()}, if you believe this bill is wrong, reply to this letter before ${d.date()}.`,
  ],
  [
    'lease contract',
    (d) => `RESIDENTIAL TENANCY AGREEMENT

Landlord: ${d.co()}
Tenant: ${d.mid()}, born ${d.dob()}, phone ${d.tel()}, e-mail ${d.mail()}
Premises: ${d.addr()}

1. The term begins on ${d.date()} and runs for ${d.n(6, 24)} months.
2. The rent is ${d.amt(700, 3500)} per month, payable in advance from ${d.bank()}.
3. A bond of ${d.amt(1000, 6000)} is held by the deposit scheme under reference ${d.ref('DPS')}.
4. The tenant, ${d.sur()}, may not sublet the premises without written consent; rent rises by at most ${d.pct()} per year.
Signed by the tenant: ${d.full()}   Agent: ${d.other()}`,
  ],
  [
    'court notice',
    (d) => `IN THE ${d.pick(['COUNTY COURT AT LEEDS', 'MAGISTRATES COURT', 'SMALL CLAIMS TRIBUNAL', 'DISTRICT COURT'])}
Case No. ${d.ref('CV')}

${d.co()} (Claimant)
v
${d.rev()} (Defendant)

NOTICE OF HEARING
To: ${d.tf()}, ${d.addr()}
Take notice that the claim for ${d.amt(1000, 20000)} plus interest at ${d.pct()} will be heard on ${d.date()} at ${d.time()}.
If the defendant, ${d.sur()}, fails to attend, judgment may be entered in default. Enquiries: the clerk, ${d.other()}.`,
  ],
  [
    'customs declaration',
    (d) => `CUSTOMS DECLARATION — CN23
Consignment ${d.code('RR')}${d.pick(['GB', 'US', 'AU', 'IN'])}    Invoice ${d.ref('CI')}

Sender: ${d.co()}
Addressee: ${d.full()}
${d.addrL()}
Telephone: ${d.tel()}   Importer ${d.idLabel}: ${d.id()}

Contents: ${d.n(1, 6)} x ceramic tableware, ${d.n(1, 4)} x cotton garments. Total value ${d.amt(40, 900)}; weight ${d.n(1, 19)}.${d.n(0, 9)} kg; HS code 6912.00.
Duty of ${d.amt(5, 120)} was charged on ${d.date()}. Contact the recipient, ${d.t()}, at ${d.mail()} if delivery fails.`,
  ],
  [
    'complaint e-mail',
    (d) => `Subject: Still no answer about my claim ${d.ref('CLM')}

Dear ${d.pick(['Sir or Madam', 'Customer Relations team', 'Complaints team'])},
I am writing on behalf of my ${d.g('father', 'mother')}, ${d.mid()}, born ${d.dob()}, who holds policy ${d.code('HX')} with ${d.co()}.
${d.sur()} reported the theft of ${d.g('his', 'her')} car on ${d.date()} and has heard nothing since, apart from a call at ${d.time()} from your claims line.
${d.g('He', 'She')} lives at ${d.addr()} and can be reached on ${d.tel()}; I can be reached at ${d.mail()}.
Please refund the premium of ${d.amt(200, 1800)} to ${d.bank()} if the claim cannot be settled.
Thank you,
${d.other()}`,
  ],
];
