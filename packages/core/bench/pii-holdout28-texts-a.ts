// Hold-out 28 chat messages, part A (English variants, Spanish, Portuguese, French, German, Italian, Dutch, Polish, Romanian,
// Czech).
// One message per line. Slots: {P} full name, {F} first name, {N} nickname, {M} @mention, {PH} phone, {EM} e-mail,
// {AD} address, {PL} vehicle plate, {DOB} birth date (always after a birth word), {IB} IBAN, {CC} card number.
// V = messages carrying values, C = messages without personal data, R = the request the user adds.
export type Pool = { V: string[]; C: string[]; R: string[] };
const lines = (s: string) =>
  s
    .split('\n')
    .map((x) => x.trim())
    .filter(Boolean);

const EN_V = lines(`
ok so {F} just confirmed she can host, address is {AD}
can someone send me {F}'s number? nvm found it: {PH}
{M} did you book the table or not??
Pls call {P} on {PH} before 6, she's expecting you
my new email is {EM}, the old one got hacked
Reminder: {N} owes everyone £12 for the pizza lol
the car is a grey Corolla, plate {PL}, I'll be waiting outside arrivals
For the insurance form they need his DOB, he was born {DOB}
{F} said she'll transfer it tonight, her IBAN is {IB} if anyone wants to pay her back directly
sending to {EM} now, check your spam
{M} {M} can you both confirm for Saturday
ask {F} — she has the keys and her number is {PH}
{P} is handling the catering, loop her in
lol {N} fell asleep at the table again
Parcel goes to {AD}, attn {P}
sorry wrong chat 🙈 that was meant for {F}
New number, save it: {PH} — {F}
who is {P}?? she just added me to this group
Card ending... actually here's the full one so you can book: {CC} exp 09/27
dad's birthday is coming up, he was born on {DOB} so it's the big 60 haha
`);
const EN_C = lines(`
running 10 min late, traffic on the ring road is insane
did anyone see the match last night? that penalty was never a foul
I'll bring the drinks, someone else do dessert
meeting moved to 3pm, same room
Happy Friday everyone 🎉
voice note: hey hey, just checking if we're still on for the hike, weather says rain after two so maybe start early
lol same
the new Thai place near the station is actually really good
can we do Zoom instead? kids are sick
👍
shift swap approved, see the rota
has anyone got a charger for a Pixel?
`);
const EN_R = lines(`
Can you summarise this group chat for me?
Who promised what in this thread? Make a list.
Draft a reply to the last message, friendly but firm.
Turn this into meeting minutes with action items.
Please extract all the plans and dates from this chat.
Translate this thread into plain English, some of it is slang.
What did everyone agree on? Short answer please.
`);

export const TEXTS_A: Record<string, Pool> = {
  en: { V: EN_V, C: EN_C, R: EN_R },
  'en-IN': {
    V: lines(`
{F} bhai please share the location, we are reaching in 10 min. address: {AD}
Kindly do the needful and call {P} at {PH}
{M} the car no. is {PL}, white Swift Dzire, driver name {F}
my email id is {EM} please send the PDF there only
{N} is not picking up, try his other number {PH}
For the passport appointment — DOB {DOB}, name as per Aadhaar: {P}
PFA details of {P}, born on {DOB}
`),
    C: lines(`
Good morning all 🙏🌸
Reached safely. Traffic was very bad near the toll
Tomorrow office is closed for Diwali, enjoy
please send the Excel by EOD
`),
    R: EN_R,
  },
  'en-NG': {
    V: lines(`
Abeg {F} send me your account details, na {IB}? or na the GTB one?
{P} don land, call am for {PH}
Bring the jollof to {AD}, we dey wait
{M} you still dey come? Owambe start by 2
Aunty {F} said make una use {PH} for the delivery guy
The bus plate number na {PL}, driver na {F}
`),
    C: lines(`
NEPA don take light again 😩
Happy Sunday fam, God bless us all
The traffic for Third Mainland Bridge no be here
Who dey watch Arsenal today?
`),
    R: EN_R,
  },
  'en-KE': {
    V: lines(`
{F} tuma M-Pesa kwa {PH} please, I'll refund
The venue is {AD}, ask for {P} at the gate
{M} your nduthi guy is here, plate {PL}
sawa, {N} will pick the cake from Java
Email the quote to {EM} before Friday
`),
    C: lines(`
Rain in Nairobi today is serious, carry umbrellas
Team building moved to next month
Safaricom network is down again?
`),
    R: EN_R,
  },
  'en-PH': {
    V: lines(`
Hi {F}! Pls text me at {PH} once you're here, the guard is strict
Meet-up sa {AD} ha, 7pm
{M} reminder: contributions for Tita {F}'s despedida, GCash to {PH}
Grab plate {PL}, driver's name is {F}
`),
    C: lines(`
Traffic sa EDSA grabe today
Ingat everyone, signal no. 2 na daw
Merienda later? May bibingka sa baba
`),
    R: EN_R,
  },
  es: {
    V: lines(`
{F} dice que la dirección es {AD}, timbre 3B
Pásame el número de {P} porfa. Ya está: {PH}
{M} ¿vas a venir al cumple o no?
mi correo nuevo es {EM}
{N} se quedó dormido otra vez jajaja
Para la reserva necesitan la fecha de nacimiento: nació el {DOB}
Te paso la cuenta: {IB} a nombre de {P}
el auto es un Vocho blanco, placas {PL}
Llámale a {F} al {PH} que tiene las llaves
{P} se encarga del pastel, {F} de las bebidas
ya le mandé todo a {EM}, revisa spam
Mándame tu tarjeta para pagar los boletos: {CC} venc 11/26
`),
    C: lines(`
llego tarde, hay un tráfico horrible
¿alguien vio el partido? qué golazo en el minuto 90
el sábado hay asado, cada uno trae algo
reunión cambiada a las 5
audio: hola hola, nada, que si al final quedamos mañana o el domingo, avisen
jajaja
`),
    R: lines(`
Resúmeme este chat del grupo por favor
¿Quién prometió qué en esta conversación?
Redacta una respuesta al último mensaje, amable.
Summarize this chat for me, it's in Spanish
Haz un acta de reunión con esto
`),
  },
  'es-MX': {
    V: lines(`
Órale {F}, nos vemos en {AD}, la casa azul con portón negro
Mi jefa {P} dice que le marques al {PH}
{N} ya llegó con las chelas 🍺
`),
    C: lines(`
Ya salió el camión, llego en 20
¿Quién trae hielo?
`),
    R: [],
  },
  'es-AR': {
    V: lines(`
che {F}, la dirección es {AD}, tocá el timbre de abajo
{N} no contesta, probá al {PH}
pasame el alias o el CBU, o si no a esta cuenta {IB}
`),
    C: lines(`
che, ¿alguien tiene la birome? jaja no, en serio, quién trae el fernet
se cortó la luz en todo el barrio
`),
    R: [],
  },
  pt: {
    V: lines(`
{F} mandou o endereço: {AD}
me passa o número da {P}? achei, é {PH}
{M} vai no churrasco sábado?
meu email novo: {EM}
{N} dormiu de novo kkkkk
Pra matrícula precisam da data de nascimento dele: nasceu em {DOB}
o carro é um Gol prata, placa {PL}
liga pra {F} no {PH}, ela tá com a chave
faz o pix pra {P}, ou transfere pra {IB}
`),
    C: lines(`
tô atrasado, trânsito na marginal tá parado
alguém viu o jogo? que golaço
sábado tem churrasco, cada um leva uma coisa
bom dia grupo 🌞
áudio: oi gente, só confirmando se amanhã a gente sai cedo mesmo
`),
    R: lines(`
Resume essa conversa do grupo pra mim
Quem prometeu o quê nesse chat?
Escreve uma resposta pra última mensagem
Can you summarize this WhatsApp group? It's Brazilian Portuguese
`),
  },
  fr: {
    V: lines(`
{F} a envoyé l'adresse : {AD}, digicode 4B21
tu peux appeler {P} au {PH} ? elle attend
{M} tu viens samedi ou pas ?
ma nouvelle adresse mail c'est {EM}
{N} s'est encore endormi mdr
pour la mutuelle il faut sa date de naissance : née le {DOB}
la voiture c'est une Clio grise, immatriculée {PL}
voilà mon RIB pour le remboursement : {IB}
{P} s'occupe du gâteau, {F} des boissons
`),
    C: lines(`
je serai en retard, le RER est en panne
vous avez vu le match hier ? quel but
apéro vendredi chez moi ?
la réunion est décalée à 15h
message vocal : coucou, je voulais juste savoir si on part toujours à 8h demain
`),
    R: lines(`
Tu peux me résumer cette conversation de groupe ?
Qui a promis quoi dans ce fil ?
Rédige une réponse au dernier message
Fais un compte rendu de réunion à partir de ça
`),
  },
  de: {
    V: lines(`
{F} hat die Adresse geschickt: {AD}, 3. OG links
kannst du {P} unter {PH} anrufen? sie wartet
{M} kommst du Samstag?
meine neue Mail ist {EM}
{N} ist schon wieder eingeschlafen 😂
Für die Anmeldung brauchen sie sein Geburtsdatum: geb. {DOB}
das Auto ist ein grauer Golf, Kennzeichen {PL}
Überweis mir einfach die 20 € auf {IB}
{P} kümmert sich um den Kuchen
ruf {F} an, {PH}, sie hat den Schlüssel
`),
    C: lines(`
bin 10 min später, die S-Bahn steht mal wieder
habt ihr das Spiel gesehen? was für ein Tor
Grillen am Samstag, jeder bringt was mit
Besprechung auf 15 Uhr verschoben
Sprachnachricht: hey, wollte nur fragen, ob wir morgen echt um acht losfahren
`),
    R: lines(`
Kannst du diesen Gruppenchat zusammenfassen?
Wer hat in diesem Verlauf was versprochen?
Schreib eine Antwort auf die letzte Nachricht
Mach daraus ein Protokoll mit Aufgaben
`),
  },
  it: {
    V: lines(`
{F} ha mandato l'indirizzo: {AD}, citofono {F}
puoi chiamare {P} al {PH}? ti aspetta
{M} vieni sabato?
la mia nuova mail è {EM}
{N} si è addormentato di nuovo ahahah
per l'iscrizione serve la data di nascita: nato il {DOB}
la macchina è una Panda bianca, targa {PL}
mandami i soldi su questo IBAN {IB}
{P} porta la torta, {F} le bibite
`),
    C: lines(`
arrivo in ritardo, c'è sciopero dei treni
avete visto la partita? che gol
grigliata sabato, ognuno porta qualcosa
riunione spostata alle 15
vocale: ciao ragazzi, volevo solo sapere se domani partiamo alle otto
`),
    R: lines(`
Puoi riassumere questa chat di gruppo?
Chi ha promesso cosa in questa conversazione?
Scrivi una risposta all'ultimo messaggio
`),
  },
  nl: {
    V: lines(`
{F} heeft het adres gestuurd: {AD}
kun je {P} bellen op {PH}? ze wacht
{M} kom je zaterdag?
mijn nieuwe mail is {EM}
{N} is weer in slaap gevallen haha
voor de verzekering hebben ze zijn geboortedatum nodig: geboren {DOB}
de auto is een grijze Polo, kenteken {PL}
maak het maar over naar {IB} t.n.v. {P}
`),
    C: lines(`
ik ben 10 min later, de trein staat stil
hebben jullie de wedstrijd gezien? wat een goal
borrel vrijdag?
vergadering verplaatst naar 15:00
`),
    R: lines(`
Kun je deze groepsapp samenvatten?
Wie heeft wat beloofd in dit gesprek?
Schrijf een antwoord op het laatste bericht
`),
  },
  pl: {
    V: lines(`
{F} wysłała adres: {AD}, domofon 12
zadzwoń do {P}, numer {PH}, czeka na ciebie
{M} będziesz w sobotę?
mój nowy mail to {EM}
{N} znowu zasnął hahaha
do ubezpieczenia potrzebują daty urodzenia: ur. {DOB}
auto to szara Skoda, rejestracja {PL}
przelej mi na konto {IB}, tytuł: pizza
`),
    C: lines(`
spóźnię się, korki na moście
widzieliście mecz? co za gol
grill w sobotę, każdy coś przynosi
spotkanie przeniesione na 15
`),
    R: lines(`
Możesz streścić ten czat grupowy?
Kto co obiecał w tej rozmowie?
Napisz odpowiedź na ostatnią wiadomość
`),
  },
  ro: {
    V: lines(`
{F} a trimis adresa: {AD}
sun-o pe {P} la {PH}, te așteaptă
{M} vii sâmbătă?
mailul meu nou e {EM}
{N} a adormit iar haha
pentru asigurare trebuie data nașterii: născut pe {DOB}
mașina e un Logan gri, număr {PL}
trimite banii în contul {IB}
`),
    C: lines(`
întârzii puțin, e trafic pe Magheru
ați văzut meciul? ce gol
sâmbătă grătar, fiecare aduce ceva
ședința s-a mutat la 15
`),
    R: lines(`
Poți să rezumi conversația asta de grup?
Cine ce a promis aici?
`),
  },
  cs: {
    V: lines(`
{F} poslala adresu: {AD}
zavolej {P} na {PH}, čeká na tebe
{M} přijdeš v sobotu?
můj nový mail je {EM}
{N} zase usnul haha
pojišťovna chce datum narození: nar. {DOB}
auto je šedá Octavia, SPZ {PL}
pošli to na účet {IB}
`),
    C: lines(`
přijdu pozdě, tramvaj nejede
viděli jste zápas? to byl gól
v sobotu grilovačka, každý něco přinese
porada přesunuta na 15:00
`),
    R: lines(`
Můžeš shrnout tenhle skupinový chat?
Kdo co slíbil v téhle konverzaci?
`),
  },
};
