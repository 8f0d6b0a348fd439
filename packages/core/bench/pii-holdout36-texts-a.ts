// Hold-out 36 requests to an AI assistant about people (English varieties, Spanish, Portuguese).
// Slots: {n:POS} a person's name at position POS (start, mid, kin, voc, sig, speaker, list, quote, poss, title);
// {t:POS} a name with a title or honorific; {p} phone; {e} e-mail; {a} street address.
export type Tpl = readonly [genre: string, text: string];

export const EN: Tpl[] = [
  [
    'landlord',
    `Write a polite message to my landlord {t:title} asking when the boiler will be fixed. His number is {p} if you need it in the text.`,
  ],
  [
    'teacher',
    `My son's teacher, {t:title}, asked us to sign a permission slip for the museum trip. Can you help me write a short reply saying he'll bring it on Monday?`,
  ],
  [
    'translate',
    `Translate this note from my neighbour into Spanish: "Hi, it's {n:quote} from next door, I took in your parcel, knock anytime or text me on {p}."`,
  ],
  [
    'reference',
    `{n:start} worked for us for three years as a nanny and was brilliant with the twins. Can you turn that into a proper reference letter? She can be reached at {e}.`,
  ],
  [
    'summarise',
    `Summarise what everyone said in this thread:\n\n{n:speaker}: I can't make Thursday, can we move the meeting?\n{n:speaker}: Thursday works for me but not Friday.\n{n:speaker}: let's do Wednesday then`,
  ],
  [
    'reply',
    `Help me reply to {n:mid} who wrote: "Hey, are you still selling the bike? I can pick it up Saturday morning."`,
  ],
  [
    'condolence',
    `I need to write a condolence card to {n:mid}, whose husband {n:kin} passed away last week. Something short and warm, not religious.`,
  ],
  ['birthday', `write a funny birthday message for my sister {n:kin}, she's turning 40 and hates being reminded lol`],
  [
    'wedding',
    `Help me write a toast for {n:list} and {n:list}'s wedding. I've known the groom since uni and I'm terrified of public speaking.`,
  ],
  [
    'job',
    `Can you improve my cover letter? It starts "Dear {t:voc}, I am writing to apply for the Junior Accountant role" and ends:\n\nKind regards,\n{n:sig}\n{p}\n{e}`,
  ],
  [
    'complaint',
    `I want to complain about an employee at your Market Street branch. A cashier called {n:mid} was really rude to my mother when she asked for help with the self-checkout. Write an email to customer service.`,
  ],
  [
    'lostfound',
    `Write a post for our neighbourhood group: found a black wallet on the number 38 bus, the library card inside says {n:mid}. Message me if it's yours.`,
  ],
  [
    'carpool',
    `Can you make a carpool schedule for the school run? Mondays {n:list}, Tuesdays {n:list}, Wednesdays me, Thursdays {n:list}. {n:poss}'s mum can only do afternoons.`,
  ],
  [
    'pickup',
    `Text to the school office: my daughter will be picked up today by her grandmother, {n:kin}. Her mobile is {p} in case there's a problem.`,
  ],
  [
    'rewrite',
    `Rewrite this so it sounds nicer: "{n:voc}, I have told you three times that the rent is due on the first of the month."`,
  ],
  [
    'rewrite',
    `hey {n:voc} thanks for the lift yesterday!! you're a lifesaver -- make this sound less casual, it's for a work email`,
  ],
  [
    'neighbour',
    `My neighbour {n:kin} at {a} keeps parking across my driveway. Write a calm note I can put through the door.`,
  ],
  ['thanks', `Write a thank-you note to {t:mid} for looking after our cat while we were in Portugal.`],
  [
    'proofread',
    `Please proofread: "Hi all, just a reminder that {n:poss}'s leaving drinks are on Friday from 5pm. RSVP to {e} by Wednesday."`,
  ],
  [
    'summarise',
    `Summarise this email from {n:mid} ({e}) in two bullet points: "Hi, the plumber cancelled again, can we push the kitchen work to next month?"`,
  ],
  [
    'job',
    `{n:start} here. I'm applying for a teaching assistant job at a primary school, can you write me a 3-line personal statement?`,
  ],
  [
    'council',
    `My name is {n:mid} and I live at {a}. Write a letter to the council about the broken streetlight outside my house.`,
  ],
  [
    'retirement',
    `can u write something nice for {n:poss}'s retirement card from the whole team, she's been here 31 years`,
  ],
  [
    'invite',
    `Guest list: {n:list}, {n:list}, {n:list} and {n:list}. Help me write a group invite for a barbecue on Saturday.`,
  ],
  [
    'reply',
    `Respond to this voicemail transcript on my behalf: "Hello, this is {t:quote} from the dental practice, please call us back on {p} to rebook your appointment."`,
  ],
  [
    'reference',
    `Draft a short LinkedIn recommendation for my former colleague {n:kin}, who led our data team for four years.`,
  ],
  [
    'lostfound',
    `I lost my dog near the park this morning, please write a poster. Brown cocker spaniel, answers to Biscuit. Contact {n:mid} on {p}. Reward offered.`,
  ],
  ['signature', `Format this sign-off for the PTA newsletter:\n\nBest wishes,\n{n:sig}\nPTA Secretary\n{e}`],
  [
    'complaint',
    `The delivery driver, {n:mid}, left my parcel in the rain again. Write a firm but polite complaint. My address is {a}.`,
  ],
  [
    'birthday',
    `My grandad {n:kin} turns 90 on Sunday. Write a short poem I can read at lunch, mention his garden and his terrible jokes.`,
  ],
];

export const EN_LOCAL: Record<string, Tpl[]> = {
  'en-NG': [
    [
      'landlord',
      `Abeg help me write message to {t:title} say I go pay the balance of the rent next week, the alert never enter`,
    ],
    [
      'wedding',
      `Write a congratulatory message for {n:list} and {n:list}'s traditional wedding this Saturday, make am sweet`,
    ],
    ['reply', `Help me reply {n:mid}, she said the contribution for the meeting is 5k and I should send to {p}`],
  ],
  'en-PH': [
    [
      'landlord',
      `Pa-help naman, write a message to {t:title} about the late payment for the boarding house, I'll pay on the 15th po`,
    ],
    ['birthday', `make a birthday greeting for {t:kin}, she's turning 60 and she's the best aunt ever`],
    ['pickup', `write a text to the school guard that {n:mid} will fetch my son later, her number is {p}`],
  ],
  'en-IN': [
    [
      'leave',
      `Please draft mail to {t:title} regarding my leave, I am having fever since yesterday and will join on Monday`,
    ],
    ['reply', `Kindly help me reply to {n:mid} who asked about the flat rent in the society group. My number {p}.`],
    ['wedding', `write a wedding wish for {n:list} and {n:list}, they are my college friends, keep it short`],
  ],
  'en-ZA': [
    [
      'reply',
      `Help me reply to {n:mid} in the WhatsApp group, she says the braai is moved to Sunday and asks who's bringing the boerewors`,
    ],
    ['landlord', `Write to {t:title} from the body corporate about the leaking geyser at {a}`],
  ],
  'en-AU': [
    ['reply', `Can you write a text to {n:mid} saying I'll drop the esky back this arvo, cheers for the loan`],
    [
      'carpool',
      `footy carpool this term: {n:list} on Tuesdays, {n:list} on Thursdays, me on Saturdays. make it a neat table`,
    ],
  ],
  'en-GB': [
    ['flat', `write a note for the flat's group chat: {n:mid} hasn't paid his share of the council tax since March`],
    ['teacher', `Reply to {t:title}, Year 4 teacher, saying Alfie was off poorly today and will be back tomorrow`],
  ],
  'en-US': [
    [
      'hoa',
      `Write an email to the HOA president, {t:title}, about the pool hours. Sign it from me and my husband {n:kin}.`,
    ],
    [
      'pickup',
      `Text for the after-school program: {n:mid} is authorized to pick up my kids on Fridays. Her cell is {p}.`,
    ],
  ],
};

export const ES: Tpl[] = [
  ['landlord', `Escribe un mensaje educado a mi casero, {t:title}, diciéndole que la lavadora lleva una semana rota.`],
  [
    'teacher',
    `La profesora de mi hijo, {t:title}, nos pidió una reunión. ¿Me ayudas a contestarle que podemos el jueves?`,
  ],
  [
    'translate',
    `Traduce al inglés esta nota de mi vecina: «Hola, soy {n:quote}, del 3º B. Si necesitas algo llámame al {p}.»`,
  ],
  [
    'reference',
    `Redacta una carta de recomendación para {n:mid}, que trabajó conmigo cinco años como administrativa. Su correo es {e}.`,
  ],
  [
    'summarise',
    `Resume este chat:\n{n:speaker}: ¿quién lleva la tarta?\n{n:speaker}: yo no puedo, salgo tarde\n{n:speaker}: vale, la llevo yo`,
  ],
  ['reply', `Ayúdame a responder a {n:mid}, que me escribió: «¿Sigue disponible el piso? Me interesa mucho.»`],
  ['condolence', `Quiero mandar el pésame a {n:mid}; su padre, {n:kin}, falleció el martes. Algo breve y cariñoso.`],
  ['birthday', `escríbeme una felicitación de cumpleaños para mi suegra {n:kin}, cumple 70 y le encantan las plantas`],
  ['wedding', `Necesito unas palabras para la boda de {n:list} y {n:list}. Soy la madrina y me pongo muy nerviosa.`],
  ['job', `Mejora mi carta de presentación. Empieza «Estimado {t:voc}:» y termina:\n\nAtentamente,\n{n:sig}\n{p}\n{e}`],
  [
    'complaint',
    `Quiero poner una queja sobre una empleada, {n:mid}, que atendió fatal a mi padre en la sucursal del centro.`,
  ],
  [
    'lostfound',
    `Encontré una cartera en el metro con la tarjeta de {n:mid}. Escribe un aviso para el grupo del barrio.`,
  ],
  [
    'carpool',
    `Organiza los turnos para llevar a los niños al cole: lunes {n:list}, martes {n:list}, miércoles yo. Yo vivo en {a}.`,
  ],
  ['reply', `{n:start} me escribió esto y no sé qué contestar: «Oye, ¿me devuelves el taladro cuando puedas?»`],
  ['rewrite', `Reescribe esto más formal: "{n:voc}, te recuerdo que el alquiler vence el día 1"`],
  ['pickup', `Avisa al colegio de que hoy recoge a mi hija su abuela, {n:kin}, teléfono {p}.`],
  ['signature', `Pon bonita esta firma para el correo:\n\nUn saludo,\n{n:sig}\nSecretaria del AMPA`],
  ['neighbour', `Mi vecino {n:kin} deja la bici en el portal de {a}. Escríbele una nota amable.`],
];

export const PT: Tpl[] = [
  ['landlord', `Escreve uma mensagem educada para o senhorio, {t:title}, a dizer que o esquentador avariou outra vez.`],
  [
    'teacher',
    `A professora do meu filho, {t:title}, pediu para assinarmos a autorização da visita de estudo. Ajuda-me a responder?`,
  ],
  [
    'translate',
    `Traduz para inglês este bilhete da minha vizinha: "Olá, sou a {n:quote} do 2.º andar, recebi a tua encomenda, liga-me para o {p}."`,
  ],
  [
    'reference',
    `Escreva uma carta de recomendação para {n:mid}, que foi minha babá por três anos. O e-mail dela é {e}.`,
  ],
  [
    'summarise',
    `Resume esta conversa do grupo:\n{n:speaker}: quem leva o bolo?\n{n:speaker}: eu levo os salgados\n{n:speaker}: fechado`,
  ],
  ['reply', `Me ajuda a responder a {n:mid}, que escreveu: "Oi, a bicicleta ainda está à venda? Posso buscar sábado."`],
  [
    'condolence',
    `Preciso escrever uma mensagem de condolências para {n:mid}, que perdeu a mãe, {n:kin}, na semana passada.`,
  ],
  ['birthday', `faz uma mensagem de aniversário engraçada pra minha irmã {n:kin}, ela vai fazer 30`],
  ['wedding', `Escreve um discurso curto para o casamento de {n:list} e {n:list}. Sou o padrinho.`],
  [
    'job',
    `Melhore minha carta de apresentação. Começa com "Prezado {t:voc}," e termina:\n\nAtenciosamente,\n{n:sig}\n{p}\n{e}`,
  ],
  [
    'complaint',
    `Quero reclamar de um funcionário, {n:mid}, que foi muito grosseiro com a minha mãe na loja do shopping.`,
  ],
  ['lostfound', `Achei um documento no ônibus em nome de {n:mid}. Escreve um aviso para o grupo do bairro.`],
  [
    'carpool',
    `Monta uma escala de carona para a escola: segunda {n:list}, terça {n:list}, quarta eu. Meu endereço é {a}.`,
  ],
  ['reply', `{n:start} mandou isso e não sei o que responder: "Você me devolve a furadeira?"`],
  ['rewrite', `Deixa isso mais formal: "{n:voc}, lembra que o aluguel vence dia 5"`],
  ['pickup', `Avisa a escola que hoje quem busca a minha filha é a avó, {n:kin}, celular {p}.`],
  ['neighbour', `O meu vizinho {n:kin} deixa o carro em frente à minha garagem em {a}. Escreve um bilhete simpático.`],
];
