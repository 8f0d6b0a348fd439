/** Hold-out 26 chat messages, part B (Spanish, Portuguese BR, Italian, Dutch, Polish, Turkish, Indonesian). */
import type { Tpl } from './pii-holdout26-texts-a.ts';

export const TEXTS_B: Record<string, Tpl[]> = {
  es: [
    [
      'insurance',
      'Ayúdame con el parte amistoso: el otro conductor se llama {name2}, matrícula {plate}, teléfono {phone}. Yo soy {name} y mi correo es {email}.',
    ],
    [
      'tenancy',
      'Redacta un correo al casero: soy {titled}, vivo en {addr} y la caldera no funciona desde hace una semana. Mi móvil es {phone}.',
    ],
    ['form', 'Rellena este formulario de domiciliación: titular {name}, fecha de nacimiento {dob}, IBAN {iban}.'],
    [
      'parcel',
      'Mi paquete de Correos sigue "en reparto" desde hace diez días. Dirección de entrega: {addr}. A nombre de {name}. Escribe la reclamación, contacto {email}.',
    ],
  ],
  'pt-BR': [
    [
      'complaint',
      'Me ajuda a escrever uma reclamação pro Reclame Aqui? Sou {titled}, o cartão {card} foi cobrado duas vezes. Meu e-mail é {email} e celular {phone}.',
    ],
    ['moving', 'Preciso avisar o condomínio da mudança. Moradora: {name}, novo endereço {addr}, telefone {phone}.'],
    [
      'insurance',
      'Preenche o aviso de sinistro: bateram no meu carro placa {plate} no estacionamento do mercado. Motorista do outro carro: {name2}. Segurado {name}, nascido em {dob}.',
    ],
    [
      'school',
      'Traduz pra inglês a ficha da escola: aluno {name}, data de nascimento {dob}, endereço {addr}, responsável {name2}, contato {email}.',
    ],
  ],
  it: [
    [
      'insurance',
      'Aiutami a compilare il CID: veicolo B targato {plate}, conducente {name2}, tel. {phone}. Io sono {name}, nata il {dob}.',
    ],
    [
      'tenancy',
      'Scrivi una mail cortese al proprietario: sono {titled}, abito in {addr}, lo scaldabagno è rotto. Mi trova al {phone} o a {email}.',
    ],
    [
      'form',
      "Compila il modulo di iscrizione alla palestra: nome {name}, data di nascita {dob}, IBAN per l'addebito {iban}.",
    ],
    ['job', "Sistemami l'intestazione del curriculum:\n{name}\n{addr}\ncell. {phone} – {email}"],
  ],
  nl: [
    [
      'insurance',
      'Help je me met het schadeformulier? Tegenpartij {name2}, kenteken {plate}, tel. {phone}. Ik ben {name}, mail {email}.',
    ],
    [
      'moving',
      'Schrijf een verhuisbericht voor mijn zorgverzekeraar: {name}, geboren {dob}, nieuw adres {addr}, IBAN {iban}.',
    ],
    [
      'parcel',
      'Mijn pakket is volgens PostNL bezorgd bij {addr}, maar ik heb niks. Schrijf een klacht namens {titled}, bereikbaar op {phone}.',
    ],
    [
      'school',
      'vul het inschrijfformulier van de basisschool in: kind {name}, geboortedatum {dob}, ouder {name2}, telefoon {phone}',
    ],
  ],
  pl: [
    [
      'insurance',
      'Pomóż mi napisać zgłoszenie szkody: sprawca {name2}, nr rejestracyjny {plate}, tel. {phone}. Poszkodowany {name}, e-mail {email}.',
    ],
    [
      'tenancy',
      'Napisz grzecznie do właściciela mieszkania: tu {titled}, mieszkam przy {addr}, od tygodnia nie ma ciepłej wody. Mój numer {phone}.',
    ],
    ['form', 'Wypełnij wniosek: imię i nazwisko {name}, data urodzenia {dob}, adres {addr}, numer konta {iban}.'],
    ['parcel', 'Paczka dla {name} utknęła w paczkomacie. Adres dostawy {addr}. Napisz reklamację, kontakt {email}.'],
  ],
  tr: [
    [
      'insurance',
      'Kaza tespit tutanağını doldurmama yardım eder misin? Karşı taraf {name2}, plaka {plate}, telefon {phone}. Ben {name}, doğum tarihim {dob}.',
    ],
    [
      'complaint',
      'Bu şikayeti daha resmi yaz: Merhaba, ben {titled}. Kartımdan ({card}) iki kez çekim yapılmış. Bana {email} adresinden ulaşabilirsiniz.',
    ],
    ['moving', 'Ev sahibine taşınma bildirimi yaz: kiracı {name}, adres {addr}, depozitonun iadesi için IBAN {iban}.'],
    [
      'parcel',
      'Kargom yanlış adrese gitmiş. Doğru adres: {addr}. Alıcı {name}, cep {phone}. Kargo firmasına mesaj yazar mısın?',
    ],
  ],
  id: [
    [
      'parcel',
      'Tolong buatkan komplain ke kurir: paket atas nama {name} belum sampai. Alamat: {addr}. No. HP {phone}.',
    ],
    [
      'insurance',
      'Bantu isi formulir klaim asuransi: mobil saya {plate} ditabrak motor. Pengendara motor {name2}, HP {phone}. Tertanggung {name}.',
    ],
    [
      'school',
      'Isi formulir pendaftaran sekolah: nama siswa {name}, tanggal lahir {dob}, alamat {addr}, email orang tua {email}.',
    ],
    [
      'visa',
      'Terjemahkan ke bahasa Inggris untuk pengajuan visa: saya {titled}, lahir {dob}, kartu kredit untuk pembayaran {card}, email {email}.',
    ],
  ],
};
