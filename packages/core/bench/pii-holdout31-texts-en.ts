/**
 * Hold-out 31 English templates (and romanized Indian-English ones, "in"), in the voice of synthetic PII-masking
 * datasets: short LLM-written documents per domain. Tokens: see pii-holdout31-compose.ts.
 */
export type Templates = Record<string, string[]>;

export const EN: Templates = {
  education: [
    'Attendance alert: {inv} has missed three consecutive seminars. Please contact the student office before {date}.',
    'The {last} scholarship file is still missing a signed consent form. Could someone from the {last} family email it to admissions?',
    'Dear {first}, we are pleased to confirm your enrolment in the Spring semester. Your student portal username is {user} and all notices will be sent to {email}. Please verify that your date of birth ({dob}) is correct.',
    'Student record update: {full}, born on {dob}, has moved to {addr}. Guardian contact number: {phone}.',
    'Hi Professor {last}, I missed the lab session on {date} because of a family emergency. Could you let me know how to catch up? Thanks, {first}',
    'The scholarship committee has reviewed the application of {pfull}. Disbursement of {amount} will be made to IBAN {iban} by {date}.',
    'US|Please mail the transcript to {full} at {street}, {sec}. The city is {city}, {state}, and the ZIP code is {zip}.',
    'Reminder for {first}: the tuition payment of {amount} is due on {date}. You can reach the bursar at {phone} or reply to this email ({email}).',
  ],
  healthcare: [
    'Appointment confirmed for {pfull} on {date} at {time} with {drlast1}. Please bring a photo ID and arrive 15 minutes early.',
    'Patient: {full}. DOB: {dob}. Contact: {phone}. Reason for visit: persistent migraines and trouble sleeping.',
    'Hello {first}, this is a reminder that your follow-up with the cardiology team is scheduled for {date}. If you need to reschedule, call {phone}.',
    'UK|The patient, {full} (date of birth {dob}), lives at {addr}. {g:His|Her} GP is {pfull1}.',
    'The discharge summary for {last} was sent to {email}. Prescription refills can be requested through the portal with username {user}.',
    'US|Billing notice: the copay of {amount} for the visit on {date} was charged to card {card}. Questions? Dial {phone}.',
  ],
  finance: [
    'Our records show that the {last} household has two active accounts and one pending loan of {amount}.',
    'Dear {pfull}, your loan application ({ref}) for {amount} has been received. We will contact you at {phone} within five business days.',
    'Account notice: a transfer of {amount} from IBAN {iban} was flagged for review. If you did not initiate it, contact us immediately.',
    'Loan application details — Name: {full}; Date of birth: {dob}; Address: {addr}; Email: {email}.',
    'Hi {first}, we noticed a login to your online banking from IP address {ip} at {time}. If this was not you, please reset your password.',
    'Your new card ending in the digits below is ready: {card}. The billing address on file is {street}, {city}.',
    'UK|{full} requested a mortgage statement to be posted to {street}, {city} {zip}. Employer: {company}, position: {job}.',
  ],
  legal: [
    'In the matter of {full} v. {company}, the plaintiff, born {dob}, alleges wrongful termination after eleven years of service as {job}.',
    'Case summary: the defendant, {plast}, was served at {addr} on {date}. Counsel for the claimant is {pfull1}.',
    'The witness, {full}, can be reached at {phone} or {email}. {g:His|Her} statement was recorded on {date}.',
    'US|Pursuant to the settlement, {amount} shall be wired to account {iban} held by {full}, residing in {city}, {state} {zip}.',
    '{plast} confirmed that the lease for the apartment at {street}, {sec} will terminate on {date}.',
  ],
  hr: [
    'Payroll export: {inv}; {job}; start {date}; IBAN {iban}.',
    'Welcome aboard, {first}! Your onboarding starts on {date} at {time}. Your corporate email is {email} and your VPN username is {user}.',
    'New hire form: {full}, {job}, start date {date}, date of birth {dob}, mobile {phone}.',
    'Please update the payroll records for {pfull}: salary will be paid into {iban} from next month.',
    'US|Emergency contact for {full}: {full1}, phone {phone}. Home address: {street}, {city}, {state} {zip}.',
    'Hi team, please welcome {full} who joins {company} as {job}. {g:He|She} previously worked in {city}.',
    'UK|Onboarding checklist for {first}: laptop shipped to {sec}, {street}. Postcode {zip}. IT will call {phone} to set up MFA.',
  ],
  ecommerce: [
    'Hi {first}, we are sorry your order {order} has not arrived. Could you confirm the shipping address: {addr}?',
    'Order {order} for {full} was charged {amount} to the card {card}. A confirmation was sent to {email}.',
    'US|The courier attempted delivery at {street} but could not access {sec}. Please contact {first} at {phone}.',
    'Return request from {user} ({email}): the jacket was the wrong size. Refund of {amount} to be issued within 7 days.',
    'UK|Customer {full} reports that the parcel was left at the wrong house in {city}. {g:His|Her} postcode is {zip}.',
    'Dear {plast}, your payment from IP {ip} was declined because the billing ZIP did not match. Order total: {amount}.',
  ],
  travel: [
    'Booking confirmation {ref}: {full} (DOB {dob}) is travelling from {city} on {date}, departure at {time}.',
    "Hi {first}, your hotel reservation is confirmed. We'll send the check-in details to {email}; for changes call {phone}.",
    'Passenger manifest: {pfull}, seat 14C, born {dob}. Payment card: {card}.',
    'US|Travel insurance policy for {full}: home address {addr}. Emergency contact: {full1}, {phone}.',
    'Dear {last} family, the airport transfer will pick you up at {street} in {city} at {time}.',
  ],
  itsupport: [
    'Password reset requested for user {user} ({email}) from IP {ip}. If this was not you, contact the help desk.',
    'Ticket {ref}: {full} cannot log in to the VPN. Last successful login from {ip} on {date}. Callback number: {phone}.',
    'Hi {first}, your account has been unlocked. Please sign in with your username {user} and change your password.',
    'Access log: {ip} attempted 14 failed logins for the account of {pfull}. The account was locked at {time}.',
    'UK|New laptop request for {full}, {job}. Deliver to {street}, {sec}, {city}. Contact {email}.',
  ],
};

/** Romanized Indian-English texts (Hindi/Telugu-style mixing), scored like English. */
export const IN: Templates = {
  education: [
    'Namaste {first} garu, mee admission confirm ayyindi. Fee receipt {email} ki pampinchamu. Date of birth {dob} correct ga undo check cheyyandi.',
    'Student {full}, D/o {full1}, resides at {addr}. Contact number {phone}.',
  ],
  healthcare: [
    'Dr. {last1} tho appointment fix hua hai, {date} ko {time} baje. Patient {full}, DOB {dob}, phone {phone}.',
    'Hi {first}, aapki report ready hai. Please collect from the clinic or we will send to {email}.',
  ],
  finance: [
    'Dear {pfull}, aapka loan application receive ho gaya hai. EMI {amount} har mahine card {card} se debit hoga.',
    '{full} garu, mee account lo suspicious login {ip} nunchi vachindi. Password marchandi please.',
  ],
  hr: [
    'Welcome {first}! Joining date {date}. Your employee mail is {email}. Address proof ke liye {street}, {city} ka bill bhejiye.',
  ],
  ecommerce: [
    'Order {order} deliver nahi hua bhai. Address hai {sec}, {street}, {city} - {zip}. Mera number {phone} hai, {first}.',
  ],
  travel: ['Booking for {full} (born {dob}) confirmed. Train ticket details {email} ki pampinchamu. Helpline {phone}.'],
  itsupport: ['User {user} ka password reset karna hai. Login IP {ip} se ho raha hai. Contact {full}, {phone}.'],
};
