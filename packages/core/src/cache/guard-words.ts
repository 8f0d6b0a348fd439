/**
 * Word lists of the semantic cache's false-hit guard (guard.ts), per language: negators, number words, function words,
 * conjunctions and contrast pairs. Whole tokens, lower case.
 */
export const LANG2: Record<string, string> = {
  eng: 'en',
  deu: 'de',
  ger: 'de',
  fra: 'fr',
  fre: 'fr',
  spa: 'es',
  ita: 'it',
  por: 'pt',
  nld: 'nl',
  dut: 'nl',
  pol: 'pl',
  rus: 'ru',
  cmn: 'zh',
  zho: 'zh',
  chi: 'zh',
  yue: 'zh',
  jpn: 'ja',
  kor: 'ko',
  fin: 'fi',
  swe: 'sv',
};

// Negation words per language (whole tokens, lower case); a text of unknown language uses the union less the
// words that mean something else elsewhere ("en" is Finnish "I don't" but French "in", "no" is Portuguese "in the").
const NEGATORS_BY_LANG: Record<string, string> = {
  en: "not no never nor neither none nobody nothing nowhere without cannot n't",
  de: 'nicht kein keine keiner keinen keinem keines nie niemals niemand nichts ohne weder',
  es: 'no nunca jamás jamas nadie ni tampoco sin ningún ninguno ninguna nada',
  fr: 'ne pas jamais personne rien aucun aucune sans ni',
  it: 'non mai nessuno nessuna niente nulla senza né',
  pt: 'não nao nunca ninguém ninguem nem sem nenhum nenhuma nada',
  nl: 'niet geen nooit niets niemand zonder noch',
  pl: 'nie żaden żadna żadne nigdy nic bez ani',
  ru: 'не нет ни никогда ничего никто без',
  fi: 'ei en et emme ette eivät eikä ilman koskaan',
  sv: 'inte ej aldrig ingen inget inga utan',
};
const AMBIGUOUS_NEGATORS = new Set(['en', 'et', 'ei', 'no', 'ni', 'ne', 'nie', 'sin', 'personne', 'nada']);
export const NEGATORS: Record<string, Set<string>> = Object.fromEntries(
  Object.entries(NEGATORS_BY_LANG).map(([l, w]) => [l, new Set(w.split(' '))]),
);
export const ANY_NEGATOR = new Set(
  Object.values(NEGATORS_BY_LANG)
    .flatMap((w) => w.split(' '))
    .filter((w) => !AMBIGUOUS_NEGATORS.has(w)),
);
// Substrings that negate in Chinese, Japanese and Korean text.
export const CJK_NEGATORS = [
  '不',
  '没',
  '沒',
  '別',
  '别',
  '未',
  '無',
  '无',
  '莫',
  'ない',
  'なかっ',
  'ません',
  '않',
  '못',
  '없',
  '아니',
];

// Words for small numbers per language, so "3" and "three" agree and "three" vs "four" do not. Words that are also
// articles or pronouns ("one", "un", "ein", Polish "ten" = this) are left out.
const NUMBER_WORDS_BY_LANG: Record<string, string[]> = {
  en: 'zero _ two three four five six seven eight nine ten eleven twelve'.split(' '),
  de: 'null _ zwei drei vier fünf sechs sieben acht neun zehn elf zwölf'.split(' '),
  es: 'cero _ dos tres cuatro cinco seis siete ocho nueve diez once doce'.split(' '),
  fr: 'zéro _ deux trois quatre cinq six sept huit neuf dix onze douze'.split(' '),
  it: 'zero _ due tre quattro cinque sei sette otto nove dieci undici dodici'.split(' '),
  pt: 'zero _ dois três quatro cinco seis sete oito nove dez onze doze'.split(' '),
  nl: 'nul _ twee drie vier vijf zes zeven acht negen tien elf twaalf'.split(' '),
  pl: 'zero _ dwa trzy cztery pięć sześć siedem osiem dziewięć dziesięć'.split(' '),
  ru: 'ноль _ два три четыре пять шесть семь восемь девять десять'.split(' '),
  fi: 'nolla _ kaksi kolme neljä viisi kuusi seitsemän kahdeksan yhdeksän kymmenen'.split(' '),
  sv: 'noll _ två tre fyra fem sex sju åtta nio tio elva tolv'.split(' '),
};
export const NUMBER_WORDS: Record<string, Map<string, number>> = Object.fromEntries(
  Object.entries(NUMBER_WORDS_BY_LANG).map(([l, ws]) => [
    l,
    new Map(ws.flatMap((w, n) => (w === '_' ? [] : [[w, n] as [string, number]]))),
  ]),
);
// Han numerals 2-10 (一 is left out: it is as often "a" as "one").
export const HAN_NUMERALS = new Map(Array.from('二三四五六七八九十', (c, i) => [c, i + 2] as [string, number]));
// ... counted only before a counter word (二羽, 三个), since 十分 or 三月 mean other things.
export const HAN_COUNTED = /([二三四五六七八九十])[个個人只匹羽件本枚台辆輛张張杯次位名岁歳つ]/gu;
// Function words per language: what is left of a text without them (and without numbers) is its content words.
const FUNCTION_WORDS_BY_LANG: Record<string, string> = {
  en:
    'the and for are but not you all any can had her was one our out his has how its may new now see two who did ' +
    'get him let she too use what when where which why with this that from they will would could should there ' +
    'their them then than these those have been being were into onto about your yours does doing done some such ' +
    'very just also only more most much many other each every here over under again once both few own same ' +
    'whom whose while until because though do is am be an a of to in on at by or if it me my we us i',
  de:
    'der die das den dem des ein eine einer einen einem eines und oder aber nicht ist sind war waren wird werden ' +
    'hat haben hatte sein bin bist ich du er sie es wir ihr mich dich sich mir dir uns euch mein dein sein ihr ' +
    'unser mit von zu zum zur bei nach aus auf für über unter vor hinter neben zwischen durch gegen ohne um an ' +
    'am im in wie was wer wo wann warum welche welcher welches kann könnte kannst soll sollte muss will würde ' +
    'auch noch schon nur sehr so dann denn doch mal man dass ob wenn als',
  es:
    'el la los las un una unos unas y o pero de del al a en con por para sin sobre entre que qué quién cómo ' +
    'cuál cuándo dónde por qué es son está están era fue ser estar ha han he hay tengo tiene puedo puede ' +
    'puedes podría debo debe mi mis tu tus su sus me te se nos lo le les yo tú él ella nosotros este esta ' +
    'estos estas ese esa muy más ya también como cuando si',
  fr:
    'le la les un une des du de d l et ou mais à au aux en dans sur sous avec pour par sans entre que qu qui quoi ' +
    'comment quel quelle quels quelles quand où pourquoi est sont était été être a ai as ont avoir fait faire ' +
    'peux peut pourrais pourrait dois doit je tu il elle nous vous ils elles me te se mon ma mes ton ta tes son ' +
    'sa ses ce cet cette ces très plus aussi comme si y',
  it:
    'il lo la i gli le un uno una e o ma di del della dei delle da dal dalla a al alla in nel nella con su sul ' +
    'per tra fra che chi cosa come quale quando dove perché è sono era stato essere ha hanno ho avere posso può ' +
    'potrei devo deve mi ti si ci vi io tu lui lei noi voi loro mio mia tuo tua suo sua questo questa quello ' +
    'quella molto più anche se',
  pt:
    'o a os as um uma uns umas e ou mas de do da dos das em no na nos nas num numa com por para sem sobre entre ' +
    'que quem como qual quando onde porque é são está estão era foi ser estar há tem têm posso pode poderia devo ' +
    'deve me te se nos lhe eu tu ele ela nós meu minha seu sua este esta esse essa muito mais também',
  nl:
    'de het een en of maar van in op aan met voor naar bij uit door over onder tegen zonder om tot dat die wat ' +
    'wie hoe welke wanneer waar waarom is zijn was waren wordt worden heeft hebben had kan kunnen kun zou moet ' +
    'moeten wil ik je jij hij zij ze we wij mij me mijn jouw zijn haar ons dit deze dat er ook nog al zeer heel',
  pl:
    'i a ale lub albo w we na z ze do od po przez dla o u za pod nad przed między bez że co kto jak jaki jaka ' +
    'jakie kiedy gdzie dlaczego czy jest są był była było być ma mają mam mogę może można muszę musi się mnie ' +
    'mi cię ci go jego jej ich nas ja ty on ona my wy ten ta to te tego tej bardzo też już jeszcze',
  ru:
    'и а но или в во на с со к ко по о об от до из за для под над перед между без что кто как какой какая какие ' +
    'когда где почему ли это этот эта эти тот та те есть был была было были быть может можно нужно я ты он она ' +
    'мы вы они меня мне тебя его ее её их нас вас мой моя мое свой очень тоже уже ещё еще',
  fi:
    'ja tai mutta on ovat oli olivat ole olla se ne tämä tuo nämä että kun jos kuin niin myös vain jo vielä ' +
    'minä sinä hän me te he minun sinun hänen mitä mikä kuka miten miksi missä milloin voi voin voiko pitää ' +
    'kanssa kautta ilman',
  sv:
    'och eller men är var vara blev har hade ha en ett den det de dem som att i på av för med till från om under ' +
    'över utan vad vem hur vilken när var varför kan kunde ska skulle måste vill jag du han hon vi ni mig dig ' +
    'sig min din sin mitt ditt också bara redan mycket så',
};
export const FUNCTION_WORDS: Record<string, Set<string>> = Object.fromEntries(
  Object.entries(FUNCTION_WORDS_BY_LANG).map(([l, w]) => [l, new Set(w.split(/\s+/))]),
);

// "and"/"or" between two swapped words make a symmetric list ("plays and sings"), not swapped roles.
const CONJUNCTIONS_BY_LANG: Record<string, string> = {
  en: 'and or',
  de: 'und oder',
  es: 'y e o u',
  fr: 'et ou',
  it: 'e ed o',
  pt: 'e ou',
  nl: 'en of',
  pl: 'i lub oraz albo',
  ru: 'и или',
  fi: 'ja tai',
  sv: 'och eller',
};
export const CONJUNCTIONS: Record<string, Set<string>> = Object.fromEntries(
  Object.entries(CONJUNCTIONS_BY_LANG).map(([l, w]) => [l, new Set(w.split(' '))]),
);
// Without a language, only words that are "and"/"or" everywhere they occur ("en" is Dutch "and" but French "in").
export const ANY_CONJUNCTION = new Set([
  'and',
  'or',
  'und',
  'oder',
  'et',
  'ou',
  'och',
  'eller',
  'и',
  'или',
  'ja',
  'tai',
]);

// Contrast pairs: a word on one side and its opposite on the other means another question.
export const CONTRAST_PAIRS: [string, string][] = (
  'buy:sell increase:decrease increase:reduce rise:fall before:after more:less more:fewer most:least maximum:minimum ' +
  'max:min up:down open:close start:stop start:end begin:end add:remove add:delete insert:delete sort:reverse ' +
  'win:lose true:false hot:cold high:low large:small big:small first:last early:late best:worst import:export ' +
  'enable:disable encrypt:decrypt encode:decode upload:download push:pull inside:outside above:below always:never ' +
  'cheap:expensive love:hate like:dislike accept:reject allow:deny allow:block fast:slow old:new young:old ' +
  'north:south east:west left:right input:output minimum:maximum ascending:descending lock:unlock show:hide ' +
  'include:exclude positive:negative legal:illegal possible:impossible safe:unsafe safe:dangerous ' +
  'kaufen:verkaufen vor:nach mehr:weniger erhöhen:senken öffnen:schließen alt:neu ' +
  'comprar:vender antes:después más:menos subir:bajar abrir:cerrar ' +
  'acheter:vendre avant:après plus:moins ouvrir:fermer ' +
  'comprare:vendere prima:dopo più:meno aprire:chiudere ' +
  'comprar:vender antes:depois mais:menos abrir:fechar ' +
  'kopen:verkopen voor:na meer:minder ' +
  'купить:продать до:после больше:меньше открыть:закрыть'
)
  .split(' ')
  .map((p) => p.split(':') as [string, string]);
