import { isCommonWord } from '../lexicon.ts';
import type { RawMatch, Recognizer } from '../types.ts';
import { match } from './util.ts';

/**
 * USERNAME: an account name after its label — "your portal username is hope.baker93", "sign in with your username
 * jdoe_77", "Benutzername: lena.k", "nom d'utilisateur : cmartin", "User rpatel21 ka password reset karna hai", "my insta
 * is @sofi.rdz" — in en de fr es it pt nl pl tr id ru and the names of social networks. The name holds a digit, a dot,
 * a dash or an underscore, or is a word of four or more letters that is no everyday word ("username and password",
 * "login required" are prose). One pass of bounded quantifiers after a fixed label: linear.
 */
const LABELS =
  'user ?names?|user ?ids?|userid|login(?: name| id)?|log-in|account name|screen ?name|handle|gamertag|' +
  "benutzername|benutzerkennung|anmeldename|nom d['’]utilisateur|identifiant|usuario|nombre de usuario|" +
  'nome (?:de )?usu[aá]rio|nome utente|gebruikersnaam|nazwa użytkownika|login użytkownika|kullanıcı adı|' +
  'nama pengguna|логин|имя пользователя|ник|instagram|insta|ig|tiktok|snapchat|snap|twitter|skype(?: id)?|' +
  "discord|telegram|github|gitlab|reddit|användarnamn|brugernavn|brukernavn|käyttäjätunnus|nom d['’]usager|" +
  'usuario de banca online|log in as|login as|sign in as|signed in as|logged in as|utente|utilisateur|gebruiker|user';
/** Words between the label and the name: "is", ":", "=", "-", "adalah", "là". */
const FILLER = String.raw`(?:[ \t]*(?:[:=—-]|is|es|est|ist|è|é|era|was|adalah|là|это|ka|ke))*`;
const VALUE = String.raw`@?([\p{L}\p{N}](?:[\p{L}\p{N}_]|[.-](?=[\p{L}\p{N}])){2,31})`;
const USERNAME = new RegExp(
  String.raw`(?<![\p{L}\p{N}@._-])(?:${LABELS})(?![\p{L}\p{N}_])${FILLER}[ \t]*(?:\(|")?${VALUE}(?![\p{L}\p{N}@_]|[.-][\p{L}\p{N}])`,
  'giu',
);
/** Labels that are everyday words or speakers' roles as well. */
const WEAK_LABEL =
  /^(?:user|login|log-in|handle|ig|insta|instagram|snap|snapchat|twitter|tiktok|discord|telegram|github|gitlab|reddit|skype|ник|log in as|login as|sign in as|signed in as|logged in as|utente|utilisateur|gebruiker|usuario)(?![\p{L}])/iu;
/** Words after a label that are prose, not a name ("username and password", "login to …", "user is locked"). */
const PROSE = new Set(
  (
    'and|or|the|a|an|to|from|for|with|without|here|there|below|above|field|required|please|password|passwords|' +
    'not|your|my|his|her|their|our|this|that|these|those|was|were|has|have|had|will|would|can|cannot|could|should|' +
    'must|may|might|into|page|screen|form|name|names|id|ids|und|oder|der|die|das|den|dem|ein|eine|et|ou|le|la|les|' +
    'un|une|y|o|el|los|las|e|il|lo|gli|en|het|een|i|oraz|ve|veya|dan|atau|и|или|admin|administrator|root|guest|' +
    'test|demo|example|anonymous|unknown|null|none|undefined|default|new|old|same|other|account|accounts|support'
  ).split('|'),
);

export const usernameRecognizer: Recognizer = {
  name: 'username',
  types: ['USERNAME'],
  find(text) {
    const out: RawMatch[] = [];
    for (const m of text.matchAll(USERNAME)) {
      const name = m[1];
      const low = name.toLowerCase();
      // after a label that is an everyday word too ("user", "login", "handle", "snap", a network's name) only a name
      // with a digit, dot or underscore ("user: chale the rider …", "login refactor", "[12:47] user: ok" are prose)
      if (WEAK_LABEL.test(m[0]) && !/[\d._]/u.test(name)) continue;
      if (PROSE.has(low)) continue;
      // a plain word: four letters or more and no everyday word ("user Hope" stays a name's business: person.ts)
      if (/^\p{L}+$/u.test(name) && (name.length < 4 || isCommonWord(low) || /^\p{Lu}/u.test(name))) continue;
      // a number alone is an id, not a name ("user 42"); an e-mail is the e-mail recognizer's
      if (/^\d+$/u.test(name)) continue;
      const start = m.index + m[0].length - name.length;
      out.push(match('USERNAME', start, start + name.length, 0.85, low));
    }
    return out;
  },
};
