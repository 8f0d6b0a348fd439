/** Word lists of the chat-style local address reader (address-chat.ts), lowercase. */

const set = (words: string) => new Set(words.split(' '));

/**
 * House, unit and building markers that take a number right after them ("flat 305", "h no 122", "plot 19-b",
 * "blk 6", "no:222", "d:20", "bldg 22", "floor 4", "int 5"); Arabizi "3emara" (building), "sha2a" (flat),
 * "dor" / "ta2" (floor); Turkish "daire" (flat), "kat" (floor).
 */
export const MARKERS = set(
  'flat house hse h plot lot unit no nr bldg building 3emara emara imarat binayet apt app apartment suite daire d floor fl dor ta2 tabe2 sha2a shaqa int kat door hno',
);

/** Area words that take a number after them ("sector 38", "phase 2", "street 7", "st 52", "brgy 68", "rue 17", "rt 05"). */
export const AREAS = set(
  'sector sec phase block blk blok rt rw street st lorong area brgy barangay rue shar3 jalan jln zone ward gali lane cross main road rd',
);

/**
 * Street and locality types written after the name ("14th cross", "nehru colony", "model town", "papatya sok.",
 * "Cumhuriyet Mah.", "grass residences", "ademola adetokunbo crescent").
 */
export const TYPES = set(
  'street st rd road cross main crescent avenue ave lane ln close drive boulevard blvd blv bulvar bulvari way mah mahalle mahallesi sok sokak sk cad caddesi cd colony nagar town residences residency towers tower homes estate layout apts apartments enclave society raya bagh vihar puram straße strasse str gasse',
);

/** Street and locality words written before the name ("jalan kuching", "jl. gatot subroto", "calle hidalgo", "col. del valle"). */
export const PREFIXES = set(
  'allée allee impasse chemin quai jalan jln jl lorong taman kampung perum perumahan gg gang calle av avenida avenue col colonia rue bd boulevard brgy barangay hay shar3 sharia rua binayet binaya',
);

/** Additions inside a building, no number needed ("hinterhaus", "vorderhaus"). */
export const INSIDE = set('hinterhaus vorderhaus seitenflügel seitenflugel gartenhaus quergebäude');

/**
 * Frequent function and chat words of the code-switched languages (Hindi-Urdu, Tagalog, Malay-Indonesian, Spanish,
 * French, German, Turkish, Arabizi, Swahili, Pidgin, English) and contact labels: an address written in a sentence
 * ends before them.
 */
export const CHAT_STOP = set(
  [
    'the a an l i me my you your we he she they it is are was were be will can do did has have had to from for at on in by of',
    'and or but so if then when than that this there here with after before now today tomorrow tonight right pls',
    'please plz thanks thx thank ok okay asap yes no not just also cash cod delivery deliver parcel call me dm',
    'pe par ka ki ke ko hai hain mein se ne bhi tak aur jayega kal bhej bhejna dena ghar wala wali jaldi',
    'ba po na sa ng mo ulit lang din rin',
    'boleh aja ya ni tu tak ada nya di dan yang tolong deket kat lah je',
    'pero y que lo para por con mas muy gracias porfa',
    'mais et pour chez avec merci svp stp',
    'bitte danke das und im ist an update geliefert werden',
    'ama ve icin için adres adresim adresime adresine olarak lütfen lutfen teslimat',
    'ana ya 3al fi w wla ta3ala ta3al',
    'kwa karibu nishtue',
    'dey don',
    // contact labels after an address ("… Shanghai Fax : 86 …", "… 92101 Attention : …")
    'fax tel phone mobile email attn attention telecopier',
  ].join(' '),
);

/** Turkish abbreviations that are other words too ("SK", "mAh"): types only with their dot or a number after. */
export const DOTTED_TYPES = set('mah sk sok cad cd blv');

/** Ordinals as street names ("14th cross", "e 149th st", "5th main"). */
export const ORDINAL = /^\d{1,3}(?:st|nd|rd|th)$/;
