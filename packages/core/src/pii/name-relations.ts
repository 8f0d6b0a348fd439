/**
 * A given name (and a family name) after a kin or work relation word, in any script: "my son Mateo", "mi hija Lucía",
 * "моя дочь Олеся", "ο γιος μου ο Μάριος", "הבת שלי נועה", "لابني ماجد", "मेरी बेटी प्रिया", "我的领导刘海涛", "my cousin
 * Sneha", "Mijn neef Thijs", "la mamma di Federica", "nanay ni Carlo". Linear: each relation word reads two words.
 */
import { isKnownName, isKnownPlace } from './lexicon.ts';
import { openName } from './name-chat-titles.ts';
import { ZH_SURNAMES } from './name-cues-cjk.ts';
import { familyAfter, HI_STOP, listedGiven, type Span, wordAt } from './name-groups.ts';
import { isTechName } from './person.ts';

/** Kin and work relations after which a given name follows (lower case; an article or comma may come between). */
const RELATION =
  /(?<![\p{L}\p{M}])(?:(?:her|his|their|our) (?:son|daughter|wife|husband|partner|mother|father|mum|mom|dad|grandmother|grandfather|grandma|grandpa|grandad|granddad|nan|nana|gran|granny|aunt|auntie|uncle|sister|brother|cousin|mother-in-law|father-in-law)|(?:min|mitt|mina) (?:mamma|pappa|syster|bror|svärmor|svärfar|mormor|farmor|morfar|farfar|kollega|chef|vän|väninna|granne|fru|man|sambo|son|dotter|kusin|moster|faster|morbror|farbror|pojkvän|flickvän)|(?:hennes|hans) (?:man|fru|sambo|son|dotter|mamma|pappa)|(?:haar|zijn|mijn) (?:man|vrouw|zoon|dochter|broer|zus|moeder|vader|schoonmoeder|schoonvader|zwager|schoonzus|oma|opa)|(?:die|unsere) (?:oma|tante|mama)|(?:der|unser) (?:opa|onkel|papa)|(?:su|sus) (?:padre|madre|hermano|hermana|hijo|hija|esposo|esposa|marido|abuela|abuelo)|(?:meri|mera|mere|uski|uska|uske) (?:nani|nana|dadi|dada|mummy|papa|bhai|behen|didi|dost|beti|beta|chachi|chacha|mausi|bua)|(?:suaminya|istrinya|anaknya|adiknya|kakaknya|ibunya|ayahnya)|my (?:grandad|granddad|gramps|former colleague|old colleague|stepmother|stepfather|godmother|godfather|son|daughter|wife|husband|partner|colleague|coworker|manager|boss|brother|sister|mother|father|kid|child|cousin|nan|nana|gran|grandma|grandpa|granny|grandmother|grandfather|uncle|aunt|auntie|aunty|niece|nephew|bf|gf|boyfriend|girlfriend|bestie|best friend|friend|mate|roommate|flatmate|neighbour|neighbor|mum|mom|dad|stepmom|stepdad|fianc[eé]e?|bro|sis)|(?:mein(?:en|em)?|meine[rn]?) (?:cousin|cousine|kusine|oma|opa|tante|onkel|nichte|neffe|freund|freundin|mitbewohner|mitbewohnerin|nachbar|nachbarin|mama|papa)|(?:mon|ma) (?:cousin|cousine|grand-mère|grand-père|tante|oncle|nièce|neveu|copain|copine|ami|amie|voisin|voisine|mère|père)|(?:mi|mis) (?:primo|prima|abuela|abuelo|tía|tío|sobrina|sobrino|novio|novia|amigo|amiga|vecino|vecina|madre|padre|mamá|papá)|(?:mio|mia) (?:cugino|cugina|nonna|nonno|zia|zio|nipote|ragazzo|ragazza|amico|amica|vicino|vicina|madre|padre|mamma|papà)|(?:meu|minha) (?:primo|prima|avó|avô|tia|tio|sobrinha|sobrinho|namorado|namorada|amigo|amiga|vizinho|vizinha|mãe|pai)|mijn (?:neef|nicht|oma|opa|tante|oom|vriend|vriendin|buurman|buurvrouw|moeder|vader)|(?:mój|moja|mojego|mojej) (?:kuzyn|kuzynka|babcia|dziadek|ciocia|wujek|chłopak|dziewczyna|przyjaciel|przyjaciółka|siostra|brat|mama|tata)|(?:la )?(?:mamma|mamá|madre|mãe|mère|moeder|mother|mom|mum|mama|mutter|papà|padre|pai|père|vader|dad|father|papa) (?:di|de|do|da|van|of|von)|(?:nanay|tatay|ibu|mama|ayah) (?:ni|dari)|(?:mein(?:en|em)?|meine[rn]?) (?:sohn|tochter|frau|mann|kollegen?|kollegin|chef|chefin|bruder|schwester|partner|partnerin)|(?:mon|ma) (?:fils|fille|femme|mari|collègue|chef|frère|sœur|soeur|manager)|(?:mi|mis) (?:hijo|hija|esposa|esposo|marido|mujer|jefe|jefa|compañero|compañera|hermano|hermana)|(?:mio|mia) (?:figlio|figlia|moglie|marito|collega|capo|fratello|sorella|responsabile)|(?:meu|minha) (?:filho|filha|esposa|marido|mulher|chefe|colega|gerente|irmão|irmã)|mijn (?:zoon|dochter|vrouw|man|collega|baas|broer|zus|manager)|(?:mój|moja|mojego|mojej|mojemu) (?:syn|syna|synowi|córka|córki|córce|żona|żony|mąż|męża|kolega|koleżanka|szef|szefowa)|dla (?:syna|córki)|(?:oğlum|kızım|eşim|müdürüm|meslektaşım)|(?:мой|моя|моего|моей|моему) (?:сын|сына|сыну|дочь|дочери|жена|жены|муж|мужа|коллега|коллеги|начальник|начальница|руководитель)|(?:мій|моя|мого|моєї|моєму) (?:син|сина|сину|донька|доньки|дочка|дочки|дружина|чоловік|колега|керівник|керівниця)|(?:ο γιος μου|η κόρη μου|τον γιο μου|την κόρη μου|του γιου μου|της κόρης μου|ο σύζυγός μου|η σύζυγός μου|ο προϊστάμενός μου|η προϊσταμένη μου|ο συνάδελφός μου|η συνάδελφός μου)(?: (?:ο|η|τον|την|του|της))?|[لوبف]?(?:ابني|ابنتي|زوجي|زوجتي|مديري|مديرتي|زميلي|زميلتي)|(?:הבן שלי|הבת שלי|המנהל שלי|המנהלת שלי|אשתי|בעלי|הקולגה שלי)|(?:मेरे बेटे|मेरी बेटी|मेरा बेटा|मेरी पत्नी|मेरे पति|मेरे मैनेजर|मेरे सहकर्मी|मेरी सहकर्मी))[ \t,:]*|(?:我儿子|我女儿|我的领导|我的经理|我同事|我老公|我老婆|我的同事|我的上司|我的老板|息子の|娘の|妻の|夫の)/giu;

/** Words after a relation word that are no name ("my son will …", "mi hija es …"). */
const NOT_AFTER_RELATION = new Set(
  (
    'is|has|and|will|was|the|who|can|could|would|should|may|might|had|did|does|got|needs|wants|also|just|still|' +
    'und|ist|hat|wird|war|kann|muss|auch|der|die|das|est|et|a|va|sera|doit|aussi|le|la|les|es|y|e|tiene|está|va|' +
    'también|el|los|il|è|ha|sta|deve|anche|tem|vai|está|também|o|os|as|heeft|gaat|moet|ook|jest|ma|będzie|też|i|' +
    'is|in|on|at|to|for|with|from'
  ).split('|'),
);
/** Characters that start the word after a Chinese name: function words and common verbs (预约, 发烧, 生病, 不, 今天 …; not 明, common in names). */
const ZH_NAME_STOP = /[说把给的是要在和让已也都会跟请预发生去来今昨上下想需打写做不没很还看]/u;

/** Spans of names after a relation word (see name-groups.ts). */
export function relationNameSpans(text: string): Span[] {
  const out: Span[] = [];
  if (
    !/my|mi|m[oe]|ma|her|his|their|our|hennes|hans|haar|zijn|die|der|unser|su|mer|usk|nya|oğlum|kızım|eşim|м|ο|η|ت|י|ي|े|ी|我|息|娘|妻|夫|dla|mijn|moja|mój|moj|pai|p[eè]re|vader|dad|father|papa|mother|nanay|tatay|ibu|ayah/iu.test(
      text,
    )
  )
    return out;
  for (const m of text.matchAll(RELATION)) {
    const at = m.index + m[0].length;
    const c = text[at] ?? '';
    if (/\p{Script=Han}/u.test(c)) {
      if (m[0].endsWith('の')) {
        // Japanese "息子の誠が": one to three Han letters before a particle
        let n = 0;
        while (n < 4 && /\p{Script=Han}/u.test(text[at + n] ?? '')) n++;
        if (n >= 1 && n <= 3 && /^[がはをにもと、]/u.test(text[at + n] ?? '')) out.push({ start: at, end: at + n });
        continue;
      }
      if (!ZH_SURNAMES.has(c)) continue;
      let n = 1;
      while (n < 3 && /\p{Script=Han}/u.test(text[at + n] ?? '') && !ZH_NAME_STOP.test(text[at + n])) n++;
      if (n >= 2) out.push({ start: at, end: at + n });
      continue;
    }
    const a = wordAt(text, at);
    if (!a || a.start !== at) continue;
    let ok = false;
    if (/\p{Script=Latin}/u.test(a.w)) {
      const cap = /^\p{Lu}\p{Ll}/u.test(a.w);
      // after "mother of" / "mamma di" only a name ("the mother of Invention" is a saying)
      const parentOf = /(?:di|de|do|da|van|of|von|ni|dari)[ \t,:]*$/iu.test(m[0]);
      ok =
        (parentOf ? isKnownName(a.w) || openName(a.w) : cap || isKnownName(a.w)) &&
        !isTechName(a.w) &&
        !(isKnownPlace(a.w) && !isKnownName(a.w)) &&
        !NOT_AFTER_RELATION.has(a.w.toLowerCase());
    } else if (/[\u0400-\u04ff\u0370-\u03ff\u1f00-\u1fff]/u.test(a.w)) ok = /^\p{Lu}/u.test(a.w) || listedGiven(a.w);
    else if (/[\u0900-\u097f]/u.test(a.w)) ok = !HI_STOP.has(a.w);
    else ok = listedGiven(a.w);
    if (!ok) continue;
    let end = a.end;
    const b = wordAt(text, a.end);
    if (b && b.start === a.end + 1 && familyAfter(b.w)) {
      const upper = (w: string) => /^\p{Lu}/u.test(w);
      const cased = /[\p{Lu}\p{Ll}]/u.test(b.w);
      // the family name cased as the given name: "Mateo Ruiz", "raquel lopes" (both known), "Олеся Ким"
      if (!cased || (upper(a.w) && upper(b.w)) || (!upper(a.w) && !upper(b.w) && isKnownName(b.w))) end = b.end;
    }
    out.push({ start: a.start, end });
  }
  return out;
}
