/**
 * Hold-out 39 name pools (part B): Italian, Portuguese (BR), Dutch, Polish, Turkish, Swedish, Indonesian, Czech,
 * Romanian. Same layout as part A.
 */
import type { Pool } from './pii-holdout39-gen.ts';

export const IT: Pool = {
  f: `giulia chiara francesca sofia aurora alice martina giorgia sara elena valentina federica alessandra silvia paola
    laura roberta simona elisa ilaria beatrice ginevra arianna noemi camilla`,
  m: `francesco alessandro lorenzo matteo leonardo andrea gabriele riccardo tommaso davide giuseppe marco luca paolo
    giovanni stefano roberto antonio salvatore massimo fabio simone alberto emanuele nicolò`,
  nf: 'chia fra vale giuli ale marti fede betta pina titti lella susy cate',
  nm: 'gigi beppe pippo totò franci teo max gianni nico lollo bobo ciccio peppe tano',
  wf: 'rosa bianca serena gioia stella viola celeste speranza vittoria marina sole',
  wm: 'felice fortunato franco sereno leone fedele bruno benvenuto',
  tf: 'frencesca giula valentia arianan',
  tm: 'lorezo giusppe tomaso ricardo',
  sur: `rossi russo ferrari esposito bianchi romano colombo ricci marino greco bruno gallo conti de_luca mancini costa
    giordano rizzo lombardi moretti barbieri fontana santoro mariani rinaldi caruso ferrara galli martini leone longo
    gentile martinelli vitale lombardo serra coppola de_santis d'angelo marchetti parisi villa conte ferraro fabbri`,
};

export const PT: Pool = {
  f: `ana maria juliana fernanda beatriz larissa camila gabriela mariana amanda letícia isabela júlia vitória luana bruna
    thaís aline priscila patrícia renata tatiana daniela raquel jéssica luciana`,
  m: `joão pedro lucas gabriel matheus rafael gustavo felipe guilherme thiago bruno rodrigo diego marcelo eduardo leonardo
    vinícius caio henrique otávio anderson fábio márcio sérgio fernando`,
  nf: 'gabi bia nanda dani lu carol mari duda mel pati tati jú lulu bel',
  nm: 'zé tião chico juca guga dudu gui léo cadu biel beto tonho nando fê',
  wf: 'rosa luz graça glória flor pérola estrela aurora bela serena amor',
  wm: 'ângelo cândido franco justo fiel salvador bento',
  tf: 'jessika larisa pricila juliane',
  tm: 'guilerme vinicios rodrido gustavu',
  sur: `silva santos oliveira souza rodrigues ferreira alves pereira lima gomes costa ribeiro martins carvalho almeida
    lopes soares fernandes vieira barbosa rocha dias nascimento andrade moreira nunes marques machado mendes freitas
    cardoso ramos gonçalves santana teixeira araújo cavalcanti monteiro moura correia pinto dos_santos da_silva`,
  part: 'da dos das do de e',
};

export const NL: Pool = {
  f: `emma julia sophie tess anna sara eva lisa sanne lotte femke anouk inge marieke annemiek esther linda mirjam petra
    ilse noor maud floor lieke yara nienke`,
  m: `daan sem lucas levi finn noah milan jesse thijs ruben lars bram tim sander jeroen wouter pieter maarten dennis
    niels arjen joost gert-jan hendrik`,
  nf: 'saar fien jet lotje ineke ans riek lies mieke joke tineke',
  nm: 'sjaak kees wim ton joop henk hennie pietje teun frits gijs sjors',
  wf: 'roos iris fleur sterre lente jasmijn mei',
  wm: 'storm job bas mark rob koen',
  tf: 'marike annemeik femkee esthr',
  tm: 'jeorn wuoter maartn pieterr',
  sur: `de_jong jansen de_vries van_den_berg van_dijk bakker janssen visser smit meijer de_boer mulder de_groot bos vos
    peters hendriks van_leeuwen dekker brouwer de_wit dijkstra smits de_graaf van_der_meer van_der_linden kok jacobs
    de_haan vermeulen van_den_heuvel van_der_veen van_den_broek de_bruin van_der_heijden schouten van_beek willems
    van_vliet van_de_ven hoekstra maas verhoeven koster prins`,
  part: 'van de der den het ter te',
};

export const PL: Pool = {
  f: `anna maria katarzyna małgorzata agnieszka barbara ewa krystyna elżbieta zofia joanna magdalena monika dorota
    aleksandra natalia julia zuzanna karolina paulina weronika marta justyna beata agata iwona`,
  m: `piotr krzysztof andrzej tomasz paweł michał marcin jakub adam łukasz mateusz kamil grzegorz marek rafał dariusz
    robert bartosz wojciech szymon maciej sebastian przemysław jarosław stanisław`,
  nf: 'kasia gosia basia ola asia ania magda ewka iza zosia marysia kaśka hania jola ela',
  nm: 'wojtek tomek bartek staszek franek maciek piotrek grzesiek krzysiek jurek zbyszek rysiek olek adaś tadek',
  wf: 'róża jagoda malina kalina wiktoria lilia',
  wm: 'kuba lech sławek bolek',
  tf: 'katarzya magdalna agnieszak weronka',
  tm: 'krzystof wojceich grzgorz mateuz',
  sur: `nowak kowalski wiśniewski wójcik kowalczyk kamiński lewandowski zieliński szymański woźniak dąbrowski kozłowski
    jankowski mazur wojciechowski kwiatkowski krawczyk kaczmarek piotrowski grabowski zając pawłowski michalski król
    wieczorek jabłoński wróbel nowakowski majewski olszewski stępień malinowski jaworski adamczyk dudek nowicki pawlak
    górski witkowski walczak sikora`,
  fem: 'pl',
};

export const TR: Pool = {
  f: `ayşe fatma emine hatice zeynep elif merve büşra esra özlem gamze ebru seda tuğba selin defne ecem irem buse pınar
    melis cansu gizem sibel hülya ceren aslı nazlı`,
  m: `mehmet mustafa ahmet ali hüseyin hasan ibrahim ismail murat emre burak oğuz serkan volkan kerem onur tolga berk kaan
    yusuf ömer eren arda efe cem`,
  nf: 'zeyno fatoş ayşecim büşi elo nazo meli gülüm sevo',
  nm: 'mehmetcim memo hüso apo ibo memoş musti cemo alicim bülo emo',
  wf: 'deniz bahar yıldız sevgi derya çiçek nur su ceylan güneş',
  wm: 'can umut deniz barış kaya aslan kartal doğan mert cesur',
  tf: 'zeynp hatıce meleis',
  tm: 'mehment mutafa hüsyin',
  sur: `yılmaz kaya demir şahin çelik yıldız yıldırım öztürk aydın özdemir arslan doğan kılıç aslan çetin kara koç kurt
    özkan şimşek polat özer korkmaz ünal bulut güneş turan aksoy tekin ateş aktaş keskin altun güler uçar erdem acar avcı
    sarı kaplan`,
  loc: 'tr',
};

export const SV: Pool = {
  f: `anna maria eva karin sara emma elin johanna kristina lena ingrid astrid elsa ebba wilma alice maja klara moa
    matilda ida linnéa hanna sofia frida ylva`,
  m: `erik lars karl anders johan per mikael nils oskar gustav axel william hugo lucas elias viktor filip isak emil anton
    jonas magnus fredrik henrik mattias`,
  nf: 'lotta kicki sussi majsan tessan fia bettan stina ninni lollo',
  nm: 'kalle pelle nisse olle lasse micke janne jocke stoffe sigge kenta affe robban calle',
  wf: 'saga liv sol maj vilda',
  wm: 'björn dag sten bo love vide',
  tf: 'kristna johana matida',
  tm: 'mikeal fredirk gutav',
  sur: `andersson johansson karlsson nilsson eriksson larsson olsson persson svensson gustafsson pettersson jonsson jansson
    hansson bengtsson jönsson lindberg jakobsson magnusson olofsson lindström lindqvist lindgren axelsson berg bergström
    lundberg lind lundgren lundqvist mattsson berglund fredriksson sandberg henriksson forsberg sjöberg wallin engström
    eklund danielsson lundin håkansson björk`,
};

export const ID: Pool = {
  f: `siti sri ratna rina yuni fitri nurul wulan lestari rahayu kartika dian mega novita anisa rizka nabila aulia safitri
    maya citra utami ningsih sekar larasati`,
  m: `ahmad muhammad eko dwi joko andi rudi hendra irwan fajar rizky dimas arif yoga reza hadi wahyu teguh ilham rian
    bambang slamet hariyanto gilang dani`,
  nf: 'ika tari nina uci cici mimi neng lala sasa dedeh',
  nm: 'anto udin ucok otong iwan yanto dodi ucup uus didit koko',
  wf: 'intan bunga putri indah cahaya mawar melati dewi ayu wangi',
  wm: 'bayu budi surya bagus jaya guntur bintang agus',
  tf: 'rahyu lestri kartiak',
  tm: 'hendar irawn fajr',
  sur: `saputra wijaya santoso pratama hidayat nugroho kusuma setiawan gunawan wibowo susanto siregar nasution harahap
    simanjuntak sitompul pangaribuan hutapea lubis tanjung purba sembiring ginting tarigan halim tan salim lim sutanto
    kurniawan hakim rahman firmansyah ramadhan permana hermawan suryadi wahyudi kartono prasetyo`,
};

export const CS: Pool = {
  f: `jana eva hana anna lenka kateřina lucie petra alena martina jitka tereza michaela veronika barbora zuzana markéta
    eliška adéla klára kristýna simona monika ivana denisa`,
  m: `jan petr josef pavel martin tomáš jaroslav jiří miroslav zdeněk václav michal karel milan vojtěch ondřej lukáš
    jakub david matěj adam filip dominik radek marek`,
  nf: 'katka bára verča terka zuzka míša janča maruška hanka lucka káča evička',
  nm: 'honza pepa jirka franta tonda vašek pepík míra ondra mára standa láďa kája vojta',
  wf: 'květa vlasta věra naďa zora',
  wm: 'jaro sláva vít mirek bohdan',
  tf: 'verinika zuzna kristna',
  tm: 'jarolsav vojtch ondrje',
  sur: `novák svoboda novotný dvořák černý procházka kučera veselý horák němec marek pokorný pospíšil hájek král jelínek
    růžička beneš fiala sedláček doležal zeman kolář navrátil čermák vaněk urban blažek kříž kovář bartoš vlček polák
    musil kopecký šimek konečný malý holub staněk štěpánek`,
  fem: 'cs',
};

export const RO: Pool = {
  f: `maria elena ioana andreea ana alexandra mihaela cristina gabriela daniela adriana raluca roxana bianca alina irina
    oana diana simona camelia corina larisa teodora denisa anca`,
  m: `andrei alexandru ion mihai ștefan cristian gabriel adrian constantin nicolae vasile gheorghe ionuț marius bogdan
    cătălin răzvan radu ovidiu lucian sebastian tudor vlad cosmin emil`,
  nf: 'deea nuți lili geta mimi ralu cori gabi ina vio',
  nm: 'gigel costel dorel fane nelu mitică vali sandu mișu ticu ghiță gelu bebe',
  wf: 'floarea doina crina speranța brândușa viorica luminița',
  wm: 'florin sorin doru mugur bucur codrin',
  tf: 'raluka mihaella irrina',
  tm: 'cristain alexandur bogadan',
  sur: `popescu popa pop radu dumitru stoica stan munteanu constantin ionescu gheorghe moldovan matei rusu marin lazăr
    ciobanu mihai dobre florea nistor ene iordache barbu tudor sârbu toma cristea gavrilă vasile neagu dinu oprea diaconu
    preda lungu ungureanu anghel sandu dragomir ilie`,
};
