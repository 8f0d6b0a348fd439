/**
 * Hold-out 25 texts, part A: English varieties (UK, US, India, Nigeria, Kenya, Philippines, Singapore).
 * Slots: {N} the main person (its form is chosen by the harness), {M} a second person, {H} an @handle,
 * {P} phone, {E} e-mail, {A} street address, {L} number plate. Each template is [genre, text].
 */
export type Template = readonly [genre: string, text: string];

export const TEXTS_A: Record<string, Template[]> = {
  'en-GB': [
    [
      'review',
      '★★☆☆☆ Parcel arrived soaked. The driver {N} just chucked it over the gate and drove off. Not impressed.',
    ],
    [
      'review',
      'Lovely little B&B. Ask for {N} at the front desk, she sorted our late check-in and even lent us umbrellas.',
    ],
    [
      'msg',
      'Hi, is the double room in the flatshare still free? I spoke to {N} last week, she said to text {P} after 6pm.',
    ],
    [
      'school',
      'Year 4 parents: {N} has kindly offered to run the cake stall on Friday. Drop bakes at {A} before 9 please x',
    ],
    [
      'forum',
      '{H} mate you are spot on. {N} from the allotment committee told me the same thing about the water butts.',
    ],
    [
      'complaint',
      'Forwarded customer complaint: "Your engineer {N} left mud all over my hallway and never fixed the boiler." Customer: {M}, {E}',
    ],
    ['lost', 'FOUND: black cocker spaniel near the rec on Tuesday. {N} has her for now, ring {P} if she is yours 🐶'],
    [
      'hood',
      'Whoever owns the silver Corsa {L} blocking the drive at {A}, please move it. {N} has been waiting 40 minutes.',
    ],
    [
      'obit',
      "It is with great sadness that we announce the passing of {N}, much-loved nan, friend and bingo caller. Funeral at St Mary's, Thursday 11am.",
    ],
    ['event', 'Quiz night at the Red Lion, 8pm sharp 🍻 Teams of 6, £2 a head. Organised by {N}, questions by {M}.'],
  ],
  'en-US': [
    ['review', '1 star. Our Uber driver {N} was on his phone the whole ride and missed the exit twice. Reported.'],
    ['review', 'Best dental office in town!! {N} the hygienist is so gentle, my kids actually like going now 😊'],
    ['msg', 'Hey! Saw your listing for the futon. Still available? You can reach me at {P} — ask for {N}.'],
    ['msg', 'Matched with {N} on here last week, super sweet, but she gave me a fake number lol. Anyone know her? 😅'],
    ['school', 'Reminder from the PTA: field trip forms are due Friday. Questions go to {N} ({E}) or {M}.'],
    [
      'forum',
      'Update: {H} reached out and connected me with {N}, who fixed my transmission for half what the dealer quoted.',
    ],
    [
      'complaint',
      'Fwd from store 118: customer says cashier {N} refused her coupon and was rude. Her contact: {E}, {P}.',
    ],
    ['lost', 'LOST WALLET near the farmers market Saturday. ID says {N}. Please call {P} or drop it at {A}. Reward!'],
    [
      'obit',
      'Congratulations to {N} on graduating summa cum laude from Ohio State! 🎓 So proud of you, love Mom & Dad',
    ],
    [
      'hood',
      'Nextdoor alert: a gray pickup with plate {L} has been circling Maple St at night. {N} saw it three times.',
    ],
  ],
  'en-IN': [
    [
      'review',
      'Worst experience. Delivery boy {N} called 10 times and then marked order as delivered without coming. Pathetic service.',
    ],
    ['review', 'Very good PG for working ladies. Warden {N} is strict but caring, food is homely. Highly recommend.'],
    ['msg', '2BHK available for rent near metro, family only, no brokers. Contact owner {N} on {P} after 7 pm.'],
    [
      'school',
      'Dear parents, PTM on Saturday 10 am. Class teacher {N} will discuss half-yearly results. Kindly be on time 🙏',
    ],
    ['forum', '{H} bhai, same issue. {N} from service centre said motherboard has to be replaced, 8k. Is it genuine?'],
    [
      'complaint',
      'Forwarded complaint: customer {M} states that technician {N} demanded extra cash for installation. Callback on {P}.',
    ],
    ['event', 'Ganesh Chaturthi celebrations at {A}! Aarti at 7 pm daily. Contact {N} ({P}) for volunteering.'],
    ['obit', 'Heartiest congratulations to our dear {N} for clearing CA finals!! Whole family is proud 🎉🎉'],
    [
      'lost',
      'Lost: grey laptop bag in auto from Andheri station. Has office ID of {N}. Please call {P}, reward assured.',
    ],
  ],
  'en-NG': [
    [
      'review',
      'This vendor na scam o! I paid and {N} blocked me on WhatsApp. Una should be careful. #JusticeForBuyers',
    ],
    ['review', 'Fast delivery and the rider {N} was very polite. Will order again, God bless una 🙏'],
    ['msg', 'Self-contain available at {A}, 350k per annum. Caretaker is {N}, call {P} to inspect.'],
    [
      'school',
      'Good evening parents. Inter-house sports holds on Friday. {N} is coordinating the costumes, kindly contact her on {P}.',
    ],
    ['forum', 'Abeg {H} no vex, but {N} already explained this matter yesterday. Read the thread first.'],
    [
      'complaint',
      'Forwarded complaint: "The agent {N} collected my money for two weeks and the account is still not funded." — {M}, {E}',
    ],
    ['obit', 'Transition to glory: {N}, beloved mother, grandmother and deaconess. Service of songs holds at {A}.'],
    [
      'event',
      'You are invited to the wedding of {N} & {M} 💍 Saturday at the Civic Centre, Victoria Island. RSVP {P}.',
    ],
    ['lost', 'Found a phone at Ikeja under bridge, the lock screen shows a picture with {N}. Call {P} to claim.'],
  ],
  'en-KE': [
    ['review', 'Nice apartment but the caretaker {N} was very rude when we asked for the water to be fixed. 2/5.'],
    ['review', 'The boda guy {N} is the most honest rider in Kilimani, returned my phone I had forgotten 👏'],
    ['msg', 'Bedsitter to let at {A}, 12k per month, water included. Call {N} on {P}.'],
    [
      'school',
      'Parents of Grade 5, the trip to Nairobi National Park is on Thursday. Send fees to {N} by Tuesday. Asanteni!',
    ],
    ['forum', '{H} I can confirm, {N} from the sacco helped me get the loan within a week.'],
    [
      'complaint',
      'Escalated complaint: customer {M} reports that the agent {N} sent Mpesa to the wrong number and refuses to reverse. Contact {P}.',
    ],
    ['obit', 'We regret to announce the death of {N} of Kiambu, husband of {M}. Fundraising at his home on Saturday.'],
    ['hood', 'Neighbours, a white Probox {L} was seen near the gate at night. {N} has informed the askari.'],
    ['event', 'Harambee for the church roof this Sunday after service. Organiser: {N}, {P}. Karibuni wote!'],
  ],
  'en-PH': [
    ['review', 'Super bait ng rider na si {N}, kahit umuulan dinala niya yung order sa 5th floor. 5 stars po!'],
    ['review', 'The Grab driver {N} was so rude, he cancelled after I waited 30 mins. Very disappointing.'],
    ['msg', 'Room for rent in Quezon City, 6k/month, near UP. Female only. PM {N} or text {P}.'],
    [
      'school',
      'Good morning parents! Our class adviser {N} requests that the projects be submitted on Monday. Thank you po.',
    ],
    ['forum', 'Salamat {H}! Also shoutout to {N} who helped me with the NBI clearance requirements 🙏'],
    ['complaint', 'Forwarded from FB page: "Your staff {N} shouted at my mother at the counter." — {M}, {E}'],
    ['lost', 'Nawawalang aso! Brown aspin, named Bantay. Last seen at {A}. Please contact {N} at {P}.'],
    ['obit', 'Congratulations to our very own {N}, newly licensed nurse! 🎉 Proud of you, anak!'],
    ['event', 'Barangay clean-up drive on Saturday 6am. Call {N} at {P} to join.'],
  ],
  'en-SG': [
    ['review', 'The aircon servicing guy {N} very professional, explained everything. Will book again.'],
    ['review', 'Food ok but the staff {N} damn rude lah, told us to wait outside in the rain.'],
    ['msg', 'Common room for rent at {A}, $900 incl utilities. No cooking. Contact {N} at {P}.'],
    [
      'school',
      'Dear P3 parents, please remind the children to bring their art materials tomorrow. {N} will collect the money.',
    ],
    ['forum', '{H} agree leh. {N} from the RC also said the void deck party cannot play music after 10pm.'],
    [
      'complaint',
      'Fwd feedback: customer {M} says the delivery man {N} left the fridge at the lift lobby. Pls call {P}.',
    ],
    ['lost', 'Found an EZ-Link card and NRIC at Tampines MRT belonging to {N}. Passed to station control.'],
    ['obit', 'Congratulations to {N} and {M} on the arrival of their baby girl! 🍼'],
    ['hood', 'Car {L} parked at the loading bay since morning. {N} from #05 says it is blocking the ambulance access.'],
  ],
};
