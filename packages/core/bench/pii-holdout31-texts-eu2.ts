/** Hold-out 31 Spanish, Dutch and Portuguese (PT and BR) templates (tokens: pii-holdout31-compose.ts). */
import type { Templates } from './pii-holdout31-texts-en.ts';

export const ES: Templates = {
  education: [
    'Listado de faltas: {inv}, tres ausencias sin justificar. Se ha avisado a la familia {last}.',
    'Estimad{g:o|a} {first}, confirmamos tu matrícula en el grado de Enfermería. Tu usuario del campus virtual es {user} y recibirás los avisos en {email}.',
    'Ficha del alumno: {full}, {g:nacido|nacida} el {dob}, con domicilio en {addr}. Teléfono de contacto: {phone}.',
  ],
  healthcare: [
    'Cita confirmada para {pfull} el {date} a las {time} con {drlast1}. Por favor, traiga su tarjeta sanitaria.',
    'Paciente: {full}. Fecha de nacimiento: {dob}. Teléfono: {phone}. Motivo de la consulta: dolor de espalda.',
    'El informe de alta de {last} se ha enviado a {email}.',
  ],
  finance: [
    'Estimado cliente, una transferencia de {amount} desde la cuenta {iban} está pendiente de verificación.',
    'Solicitud de préstamo {ref} — Nombre: {full}; fecha de nacimiento: {dob}; dirección: {street}, {sec}, {zip} {city}; correo: {email}.',
    'Hola {first}, hemos detectado un acceso a tu banca online desde la IP {ip} a las {time}.',
  ],
  legal: [
    'En el procedimiento iniciado por {pfull} contra {company}, la parte demandante, {g:nacido|nacida} el {dob}, reclama {amount}.',
    'La notificación se entregó a {plast} en {addr} el {date}.',
  ],
  hr: [
    '¡Bienvenid{g:o|a}, {first}! Tu primer día en {company} será el {date} a las {time}. Tu correo corporativo es {email}.',
    'Alta de empleado: {full}, {job}, {g:nacido|nacida} el {dob}, móvil {phone}, cuenta {iban}.',
  ],
  ecommerce: [
    'Hola {first}, no hemos podido entregar tu pedido {order} en {street}. ¿Puedes confirmar el piso ({sec}) y el código postal {zip}?',
    'El pedido {order} de {full} se cargó a la tarjeta {card} por {amount}.',
  ],
  travel: [
    'Reserva {ref} confirmada para {pfull}, salida desde {city} el {date} a las {time}. Los billetes se enviaron a {email}.',
    'Pasajer{g:o|a}: {full}, {g:nacido|nacida} el {dob}. Tarjeta: {card}. Contacto de emergencia: {full1}, {phone}.',
  ],
  itsupport: [
    'Se ha solicitado el restablecimiento de la contraseña del usuario {user} desde la IP {ip}.',
    'Incidencia {ref}: {full} no puede conectarse a la VPN. Llamar al {phone}.',
  ],
};

export const NL: Templates = {
  education: [
    'De familie {last} heeft het ouderformulier nog niet ingeleverd. Graag voor {date}.',
    'Beste {first}, hierbij bevestigen wij je inschrijving voor de opleiding Rechtsgeleerdheid. Je gebruikersnaam is {user} en berichten gaan naar {email}.',
    'Leerlingdossier: {full}, geboren op {dob}, woonachtig aan de {addr}. Telefoon ouders: {phone}.',
  ],
  healthcare: [
    'Afspraak bevestigd voor {pfull} op {date} om {time} bij {drlast1}. Neem uw identiteitsbewijs mee.',
    'Patiënt: {full}. Geboortedatum: {dob}. Telefoon: {phone}. Reden van bezoek: controle na operatie.',
    'De ontslagbrief van {last} is verzonden naar {email}.',
  ],
  finance: [
    'Geachte klant, een overboeking van {amount} vanaf rekening {iban} wordt nog gecontroleerd.',
    'Leningaanvraag {ref} — Naam: {full}; geboortedatum: {dob}; adres: {street}, {zip} {city}; e-mail: {email}.',
    'Hoi {first}, we zagen een inlog op je internetbankieren vanaf IP-adres {ip} om {time}.',
  ],
  legal: [
    'In de zaak van {pfull} tegen {company} stelt eiser, geboren op {dob}, dat het ontslag onterecht was.',
    'De dagvaarding is op {date} betekend aan {plast}, {addr}.',
  ],
  hr: [
    'Welkom {first}! Je eerste werkdag bij {company} is op {date} om {time}. Je zakelijke e-mail is {email}.',
    'Personeelsformulier: {full}, {job}, geboren {dob}, mobiel {phone}, rekeningnummer {iban}.',
  ],
  ecommerce: [
    'Hoi {first}, je bestelling {order} kon niet worden bezorgd op {street} ({sec}). Klopt postcode {zip}?',
    'Bestelling {order} van {full} is afgerekend met kaart {card} ({amount}).',
  ],
  travel: [
    'Boeking {ref} bevestigd voor {pfull}, vertrek vanuit {city} op {date} om {time}. De tickets zijn gemaild naar {email}.',
    'Reiziger: {full}, geboren {dob}. Betaalkaart: {card}. Noodcontact: {full1}, {phone}.',
  ],
  itsupport: [
    'Wachtwoordreset aangevraagd voor gebruiker {user} vanaf IP {ip}. Was jij dit niet? Neem contact op met de servicedesk.',
    'Melding {ref}: {full} kan niet inloggen op de VPN. Terugbellen op {phone}.',
  ],
};

export const PT: Templates = {
  education: [
    'Car{g:o|a} {first}, confirmamos a sua matrícula na licenciatura em Direito. O seu utilizador é {user} e as notificações serão enviadas para {email}.',
    'BR|Ficha do aluno: {full}, {g:nascido|nascida} em {dob}, residente na {addr}. Telefone do responsável: {phone}.',
  ],
  healthcare: [
    'Consulta confirmada para {pfull} no dia {date} às {time} com {drlast1}. Traga o cartão de utente.',
    'Paciente: {full}. Data de nascimento: {dob}. Telefone: {phone}. Motivo: dores de cabeça frequentes.',
    'O relatório de alta de {last} foi enviado para {email}.',
  ],
  finance: [
    'Caro cliente, uma transferência de {amount} da conta {iban} aguarda validação.',
    'Pedido de crédito {ref} — Nome: {full}; data de nascimento: {dob}; morada: {street}, {sec}, {zip} {city}; e-mail: {email}.',
    'BR|Olá {first}, detectamos um acesso ao seu internet banking a partir do IP {ip} às {time}.',
  ],
  legal: [
    'No processo movido por {pfull} contra a {company}, {g:o autor, nascido|a autora, nascida} em {dob}, pede uma indemnização de {amount}.',
    'A citação foi entregue a {plast} na {addr} em {date}.',
  ],
  hr: [
    'Bem-vind{g:o|a}, {first}! O seu primeiro dia na {company} é {date} às {time}. O seu e-mail profissional é {email}.',
    'BR|Ficha de admissão: {full}, {job}, {g:nascido|nascida} em {dob}, celular {phone}, conta {iban}.',
  ],
  ecommerce: [
    'BR|Oi {first}, seu pedido {order} não foi entregue na {street}. Pode confirmar o complemento ({sec}) e o CEP {zip}?',
    'A encomenda {order} de {full} foi paga com o cartão {card} ({amount}).',
  ],
  travel: [
    'Reserva {ref} confirmada para {pfull}, partida de {city} a {date} às {time}. Os bilhetes foram enviados para {email}.',
    'Passageir{g:o|a}: {full}, {g:nascido|nascida} em {dob}. Cartão: {card}. Contacto de emergência: {phone}.',
  ],
  itsupport: [
    'Foi pedida a reposição da palavra-passe do utilizador {user} a partir do IP {ip}.',
    'BR|Chamado {ref}: {full} não consegue acessar a VPN. Ligar para {phone}.',
  ],
};
