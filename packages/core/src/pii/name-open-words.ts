/**
 * Word lists of the open-name slots (name-open.ts): verbs and nouns after which a person's name comes. Hand-written:
 * no corpus here marks which words precede a name in chat.
 */

/** Verbs and nouns that take a person right after them, in the languages of chat we read. */
export const PERSON_CUE =
  'ask|asked|tell|told|call|called|calling|email|emailed|ping|pinged|text|texted|message|messaged|dm|remind|inform|' +
  'contact|reach|meet|met|invite|thank|thanks|cc|friend|colleague|boss|manager|brother|sister|cousin|neighbour|' +
  'neighbor|wife|husband|son|daughter|girlfriend|boyfriend|hubungi|hubungin|kontak|telepon|telpon|nelpon|tanya|' +
  'tanyain|kabari|kabarin|panggil|bilangin|kasih tau|temannya|teman|kawan|tawagan|sabihan|itext|chat mo|tanungin|' +
  'mwambie|mpigie|mwulize|mtumie|bata dena|bolo|poochho|pucho|call karo|aradı|ara|sor|söyle|yaz|arkadaşım|' +
  'frag|sag|ruf|schreib|demande à|dis à|appelle|écris à|préviens|pregunta a|pregúntale a|dile a|llama a|escribe a|' +
  'avisa a|chiedi a|chiama|scrivi a|pergunta pro|pergunta pra|fala com|liga pro|liga pra|avisa o|avisa a|zapytaj|' +
  'powiedz|zadzwoń do|napisz do|vraag|bel|merci|merci beaucoup|gracias|muchas gracias|danke|dank je|dank u|grazie|' +
  'obrigado|obrigada|asante|asante sana|shukran|shokran|sağol|teşekkürler|salamat|makasih|terima kasih|dhanyavaad|shukriya|' +
  // congratulations and condolences to someone, and what names someone ("belonging to", "com o nome")
  'congrats|congratulations|congratulations to|congrats to|félicitations|félicitations à|felicidades|felicitaciones|' +
  'felicitaciones a|parabéns|parabéns à|parabéns ao|parabéns pra|glückwunsch an|gratulacje dla|tebrikler|hongera|' +
  'chúc mừng|chuc mung|yin dee gap|condolences to|belonging to|belongs to|named|com o nome|con el nombre|mang tên|' +
  'mang ten|tên là|ten la|adı|jina lake|atas nama|documents of|id of|documentos de|documento de|papiere von|' +
  'ausweis von|muulizeni|mwulizeni|zeptejte se na|ptejte se na';
/**
 * People who serve or deal with the writer, named in reviews, complaints and classifieds ("the driver Kofi", "el
 * repartidor Carmen", "kurye Oksana", "dereva Moana"): a courier or shop is named there too ("kurir Gojek", "le livreur
 * Chronopost"), so only a known name counts after these.
 */
export const ROLE_CUE =
  'customer|client|cliente|klient|klientka|mteja|khách hàng|müşteri|pelanggan|kunde|kundin|teller|licenciado|licenciada|conseiller|conseillère|hygienist|driver|rider|courier|delivery guy|delivery man|delivery boy|technician|cashier|waiter|waitress|receptionist|' +
  'landlord|landlady|tenant|cleaner|nanny|tutor|plumber|electrician|mechanic|owner|organised by|' +
  'organized by|staff|agent|repartidor|repartidora|conductor|chofer|cajero|cajera|mesero|mesera|camarero|camarera|' +
  'técnico|dueño|dueña|casero|casera|entregador|entregadora|motorista|motoboy|atendente|caixa|dono|dona|livreur|' +
  'livreuse|chauffeur|caissier|caissière|technicien|serveur|serveuse|propriétaire|fahrer|fahrerin|kurier|' +
  'lieferant|techniker|kassierer|kassiererin|vermieter|vermieterin|kellner|kellnerin|corriere|autista|fattorino|' +
  'cassiere|cassiera|cameriere|cameriera|proprietario|proprietaria|bezorger|monteur|kassière|verhuurder|kurye|' +
  'şoför|garson|teknisyen|kasiyer|kurir|sopir|supir|teknisi|kasir|dereva|fundi|mhudumu|kierowca|technik|kasjer|' +
  'kasjerka|kelner|kelnerka|właściciel|właścicielka|tài xế|tai xe|nhân viên|nhan vien';
/**
 * Relatives, friends and people around the writer, in the languages of chat we read, with the possessive where it
 * comes first or is part of the word ("kız kardeşim", "rafiki yangu", "meu cunhado", "my bestie").
 */
export const RELATION =
  'bestie|bff|housemate|flatmate|roommate|classmate|schoolmate|teammate|coworker|co-worker|niece|nephew|aunt|uncle|' +
  'grandma|grandpa|granny|fiancé|fiancée|fiance|fiancee|partner|brother-in-law|sister-in-law|mother-in-law|' +
  'father-in-law|stepson|stepdaughter|best friend|' +
  'cunhado|cunhada|sobrinho|sobrinha|amigo|amiga|melhor amigo|melhor amiga|colega|vizinho|vizinha|namorado|' +
  'namorada|marido|esposa|filho|filha|irmão|irmã|mejor amigo|mejor amiga|compañero|compañera|vecino|vecina|novio|' +
  'novia|esposo|hermano|hermana|hijo|hija|cuñado|cuñada|suegra|suegro|meilleur ami|meilleure amie|collègue|voisin|' +
  'voisine|copain|copine|frère|sœur|soeur|cousine|beau-frère|belle-sœur|freund|freundin|kollege|kollegin|nachbar|' +
  'nachbarin|bruder|schwester|schwager|schwägerin|amico|amica|cugino|cugina|cognato|cognata|fratello|sorella|' +
  'vriend|vriendin|buurman|buurvrouw|broer|zus|przyjaciel|przyjaciółka|kolega|koleżanka|sąsiad|sąsiadka|kuzyn|' +
  'kuzynka|kardeşim|kız kardeşim|erkek kardeşim|ablam|abim|kuzenim|komşum|eşim|oğlum|kızım|rafiki yangu|' +
  'dada yangu|kaka yangu|jirani yangu|binamu yangu|mwenzangu|sahabat|sahabat saya|rekan|tetangga|sepupu|kaibigan|' +
  'pinsan|kapatid|kapitbahay|katrabaho|bạn|bạn thân|em gái|em trai|anh trai|chị gái';
/**
 * Things written for someone: a name after one of these and a word for "for" / "to" is its addressee ("condolence
 * message for yohanes", "Nachricht an Lukas", "mot de condoléances pour ada", "birthday wishes for venky").
 */
export const MESSAGE =
  'message|msg|text|note|card|wishes|speech|toast|letter|email|e-mail|mail|poem|condolences|condolence message|' +
  'birthday message|thank-you note|reply|mensaje|mensagem|carta|discurso|tarjeta|cartão|mot|carte|lettre|discours|' +
  'nachricht|karte|trauerkarte|glückwunschkarte|brief|rede|mail|messaggio|biglietto|lettera|discorso|bericht|' +
  'kaart|wiadomość|wiadomosc|kartka|list|życzenia|mesaj|kart|ujumbe|hotuba|barua|pesan|ucapan|surat|kartu|' +
  'tin nhắn|thư|lời chúc|mensahe|liham';
