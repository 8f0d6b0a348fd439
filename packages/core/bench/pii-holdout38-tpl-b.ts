/** Hold-out 38 message templates, Spanish, Italian, Portuguese, Dutch, Swedish (slots as in pii-holdout38-tpl-a.ts). */
import type { Templates } from './pii-holdout38-tpl-a.ts';

export const ES: Templates = {
  support: [
    'Hola, soy {N} y no puedo entrar a mi cuenta. Mi teléfono es {P} y mi correo {E}. Pedido {ORD}.',
    'Me cobraron dos veces en la tarjeta {C} ({AMT}). Titular: {N}.',
    'Por favor cambien la dirección de envío a {A}. Gracias, {G}',
  ],
  form: [
    'Nombre completo: {N}\nFecha de nacimiento: {D}\nDirección: {A}\nCelular: {P}\nCorreo: {E}',
    'Datos para la domiciliación: titular {N}, IBAN {B}, {XL} {X}',
  ],
  forward: ['Te paso el contacto del electricista que me recomendó {G}: {N}, {P}'],
  letter: [
    'Redacta una carta de reclamación. Me llamo {N}, vivo en {A} y nací el {D}.',
    'Escribe un correo a mi casero {N} para que me devuelva la fianza a la cuenta {B}.',
  ],
  chat: ['[21:10] {G}: pásame tu número\n[21:11] yo: {P}\n[21:12] {G}: y tu correo?\n[21:12] yo: {E}'],
  scam: [
    "Me llegó este mensaje: 'Su paquete está retenido, pague {AMT} al {B} a nombre de {N}'. ¿Es estafa?",
    'Me llamaron del {P} diciendo que mi {XL} {X} está bloqueado. ¿Qué hago?',
  ],
  json: ['{"nombre": "{N}", "correo": "{E}", "telefono": "{P}", "ip": "{I}"}'],
  csv: ['nombre,correo,telefono\n{N},{E},{P}'],
  signature: ['Saludos cordiales,\n{N}\n{CO}\nTel. {P}\n{E}'],
};

export const IT: Templates = {
  support: [
    'Buongiorno, sono {N} e non riesco ad accedere. Potete chiamarmi al {P} o scrivere a {E}. Ordine {ORD}.',
    'Mi hanno addebitato due volte {AMT} sulla carta {C}. Intestatario: {N}.',
    "Accesso sospetto al mio account {E} dall'IP {I}. Non ero io!",
    'Mi serve controllare il {XL}: {X}, intestato a {N}. È corretto?',
  ],
  form: [
    'Nome e cognome: {N}\nData di nascita: {D}\nIndirizzo: {A}\nCellulare: {P}\nEmail: {E}',
    'Dati per il bonifico: intestato a {N}, IBAN {B}, {XL} {X}',
  ],
  forward: ["Ti giro il numero dell'idraulico: {N}, {P}. Digli che ti manda {G}."],
  letter: ['Scrivi una lettera di disdetta per la palestra. Sono {N}, residente in {A}, nato il {D}.'],
  chat: ['[20:15] {G}: mi mandi la tua mail?\n[20:16] io: {E}\n[20:16] io: oppure chiamami al {P}'],
  scam: [
    "Ho ricevuto questo SMS: 'Il tuo pacco è in giacenza, paga {AMT} su {B}'. È una truffa?",
    'Un tizio che si fa chiamare {N} mi scrive da {E} e vuole i dati della mia carta. Lo segnalo?',
  ],
  json: ['{"nome": "{N}", "email": "{E}", "cellulare": "{P}", "indirizzo": "{A}"}'],
  csv: ['nome;email;telefono\n{N};{E};{P}'],
  signature: ['Cordiali saluti,\n{N}\n{CO}\nTel. {P}\n{A}'],
};

export const PT: Templates = {
  support: [
    'Olá, sou {N} e não consigo acessar minha conta. Meu celular é {P} e meu e-mail {E}. Pedido {ORD}.',
    'Fui cobrado duas vezes no cartão {C} ({AMT}). Titular: {N}.',
    'Pode atualizar meu endereço de entrega para {A}? Obrigado, {G}',
  ],
  form: [
    'Nome completo: {N}\nData de nascimento: {D}\nEndereço: {A}\nTelefone: {P}\nE-mail: {E}',
    'Dados para o contrato: {N}, {XL} {X}, nascido em {D}, morada {A}',
  ],
  forward: ['Te passo o contato do eletricista que a {G} indicou: {N}, {P}'],
  letter: ['Escreve uma carta ao senhorio {N} a pedir a devolução da caução para o IBAN {B}.'],
  chat: ['[19:22] {G}: me manda teu zap\n[19:23] eu: {P}\n[19:24] {G}: e o email?\n[19:24] eu: {E}'],
  scam: [
    "Recebi esta mensagem: 'Sua encomenda está retida, pague {AMT} para {B}, favorecido {N}'. É golpe?",
    'Um tal de {N} me ligou do {P} pedindo o número do meu cartão {C}. Golpe né?',
  ],
  json: ['{"nome": "{N}", "email": "{E}", "telefone": "{P}", "ip": "{I}"}'],
  csv: ['nome,email,telefone\n{N},{E},{P}'],
  signature: ['Atenciosamente,\n{N}\n{CO}\nTel.: {P}\n{A}'],
};

export const NL: Templates = {
  support: [
    'Hallo, ik ben {N} en ik kan niet meer inloggen. Bel me op {P} of mail naar {E}. Bestelling {ORD}.',
    'Mijn kaart {C} is twee keer belast ({AMT}). Kaarthouder: {N}.',
    'Verdachte inlog op mijn account {E} vanaf IP {I}. Wat moet ik doen?',
    'Mijn {XL} is {X}, geboren {D}. Kunt u mijn dossier opzoeken? Groet, {N}',
  ],
  form: [
    'Naam: {N}\nGeboortedatum: {D}\nAdres: {A}\nTelefoon: {P}\nE-mail: {E}',
    'Gegevens voor de huurovereenkomst: {N}, {XL} {X}, rekening {B}',
  ],
  forward: ['Hier is het nummer van de loodgieter die {G} aanraadde: {N}, {P}'],
  letter: ['Schrijf een opzegbrief voor mijn sportschool. Ik ben {N}, woonachtig op {A}, geboren op {D}.'],
  chat: ['[08:40] {G}: wat is je nieuwe nummer?\n[08:41] ik: {P}\n[08:41] ik: mail: {E}'],
  scam: ["Ik kreeg deze sms: 'Uw pakket ligt klaar, betaal {AMT} naar {B} t.n.v. {N}'. Oplichting?"],
  json: ['{"naam": "{N}", "email": "{E}", "telefoon": "{P}", "adres": "{A}"}'],
  csv: ['naam;email;telefoon\n{N};{E};{P}'],
  signature: ['Met vriendelijke groet,\n{N}\n{CO}\nT {P}\n{E}'],
};

export const SV: Templates = {
  support: [
    'Hej, jag heter {N} och kan inte logga in. Ring mig på {P} eller mejla {E}. Order {ORD}.',
    'Mitt kort {C} drogs två gånger ({AMT}). Kortinnehavare: {N}.',
    'Någon loggade in på mitt konto {E} från IP {I}. Hjälp!',
  ],
  form: [
    'Namn: {N}\nFödelsedatum: {D}\nAdress: {A}\nMobil: {P}\nE-post: {E}',
    'Uppgifter till hyreskontraktet: {N}, {XL} {X}, kontonummer {B}',
  ],
  forward: ['Här är numret till elektrikern som {G} tipsade om: {N}, {P}'],
  letter: ['Skriv ett uppsägningsbrev till gymmet. Jag heter {N}, bor på {A}, född {D}.'],
  chat: ['[17:02] {G}: vad har du för nytt nummer?\n[17:03] jag: {P}\n[17:03] jag: och mejlen är {E}'],
  scam: ["Fick detta sms: 'Ditt paket väntar, betala {AMT} till {B}'. Bedrägeri?"],
  json: ['{"namn": "{N}", "epost": "{E}", "telefon": "{P}", "personnummer": "{X}"}'],
  csv: ['namn;epost;telefon\n{N};{E};{P}'],
  signature: ['Med vänliga hälsningar\n{N}\n{CO}\nTel: {P}\n{A}'],
};
