/**
 * Hold-out 39 name pools (part A): English (US, UK, India, Nigeria, Philippines), German, French, Spanish.
 * f/m = given names, nf/nm = nicknames and diminutives, wf/wm = names that are everyday words, tf/tm = typical
 * misspellings (more are derived: accent dropped, letters swapped), sur = surnames. `_` joins a two-part entry.
 */
import type { Pool } from './pii-holdout39-gen.ts';

export const EN_US: Pool = {
  f: `jennifer jessica ashley sarah emily megan lauren rachel amanda stephanie nicole heather melissa brittany samantha
    kayla madison olivia emma ava chloe natalie brianna kaitlyn taylor morgan jasmine danielle vanessa`,
  m: `michael christopher matthew joshua david daniel andrew james justin ryan tyler brandon kevin jason eric steven brian
    kyle austin ethan logan nathan jeremy derek marcus trevor`,
  nf: 'liz beth jen kate katie abby becky maggie sam meg ally jess tina lexi mandy steph sasha',
  nm: 'bob bobby mike dave tom jim joe chris matt nick rick tony danny jake ben zach',
  wf: 'rose hope grace joy faith june april may summer ruby daisy holly ivy dawn amber autumn',
  wm: 'will mark jack bill rob drew chase frank pat art hunter mason',
  tf: 'jenifer elizebeth britany katherin rebbeca jessika stephanei',
  tm: 'micheal jonathon cristopher mathew brain jhon stevan',
  sur: `smith johnson williams brown jones garcia miller davis rodriguez martinez hernandez lopez wilson anderson thomas
    taylor moore jackson martin lee thompson white harris clark lewis robinson walker young allen king wright scott hill
    green adams baker nelson carter mitchell perez roberts turner phillips campbell parker evans collins`,
};

export const EN_GB: Pool = {
  f: `charlotte amelia olivia isla emily sophie jessica lucy eleanor harriet poppy imogen chloe freya megan bethany katie
    hannah gemma rebecca niamh siobhan fiona kirsty rhiannon`,
  m: `oliver george harry jack charlie thomas william james alexander edward henry oscar archie alfie callum liam connor
    rhys dylan owen stuart gareth nigel darren craig`,
  nf: 'becks soph lou nell ellie georgie hattie millie izzy flo liv bex',
  nm: 'ollie freddie jamie olly seb gaz baz del jonny robbie paddy alf',
  wf: 'rose hope grace ruby daisy poppy holly ivy primrose summer',
  wm: 'will jack mark rob bill frank sonny miles',
  tf: 'charlote eleanour harriett rebbecca isobell',
  tm: 'micheal gorge tomas wiliam jamse',
  sur: `smith jones taylor brown williams wilson johnson davies robinson wright thompson evans walker white roberts green
    hall wood jackson clarke patel khan lewis james phillips mason mitchell rose davis rodgers cooper morris ward hughes
    edwards turner harrison cook price bennett o'brien murphy kelly`,
};

export const EN_IN: Pool = {
  f: `priya ananya aishwarya deepika kavya pooja neha shreya divya sneha anjali meera lakshmi radhika swati nandini ritu
    sunita geeta rekha aarti shalini tanvi ishita kriti`,
  m: `rahul amit arjun vikram rohan karan siddharth aditya rajesh suresh ramesh anil sunil sanjay manish pradeep vivek
    nikhil varun harish ganesh mahesh rohit abhishek`,
  nf: 'pinky guddi anu chinki dolly munni simmi rinku preetu nikki',
  nm: 'bunty pappu raju chintu monu sonu bittu golu vicky lucky nikku ashu babloo',
  wf: 'asha shanti jyoti kiran usha sona pari',
  wm: 'raj dev amar suraj akash vijay sunny anand prem',
  tf: 'aishwraya ananaya nandni anjli',
  tm: 'rahual siddarth aditiya vikarm abhisek',
  sur: `sharma verma gupta singh kumar patel shah mehta iyer nair reddy rao joshi desai kulkarni chopra kapoor malhotra
    bose banerjee chatterjee das ghosh mukherjee pillai menon agarwal jain yadav mishra pandey tiwari saxena bhat naidu
    chauhan thakur sinha khanna bhatia`,
};

export const EN_NG: Pool = {
  f: `chioma ngozi amaka adaeze funmilayo yetunde folake bukola aisha fatima zainab halima nneka ifeoma chiamaka temitope
    adaobi ebere tolulope damilola omolara hauwa amina`,
  m: `chukwuemeka oluwaseun babatunde olumide adebayo emeka chinedu obinna ikenna uchenna kelechi nnamdi tunde segun femi
    musa ibrahim abubakar yusuf sani ahmed kayode olawale ifeanyi chidi`,
  nf: 'chichi ada tolu funmi bisi yemi dami titi kemi ify ronke nene',
  nm: 'jide dayo meks chuks obi ik tobi bayo deji kunle seun emy',
  wf: 'blessing precious favour patience mercy gift comfort joy peace goodness',
  wm: 'sunday monday goodluck innocent prince lucky godspower friday wisdom',
  tf: 'chiomma ngozie ifeomma bukkola',
  tm: 'emmeka obina kelech chinedue',
  sur: `okafor okonkwo eze nwosu obi adeyemi adebayo ogunleye oladipo balogun bello abubakar mohammed ibrahim usman okoro
    chukwu nwachukwu onyeka akinola adewale olawale afolabi ojo ayodele danjuma lawal yusuf aliyu okeke uzor anyanwu iwu
    ekwueme ogbu ugwu onuoha igwe nwankwo ogunbiyi oyewole obiora adeleke`,
};

export const EN_PH: Pool = {
  f: `maria angelica kristine jessa mae rica andrea janelle patricia katrina liza maricel rowena marites jocelyn lorna
    charmaine analyn mary_grace mary_joy catherine bea camille nicole`,
  m: `juan jose mark_anthony john_paul carlo miguel rafael paolo joshua christian jericho ramon rodel romeo eduardo
    ronaldo jomar aldrin arnel noel ariel reynaldo jayson ryan`,
  nf: 'inday neneng ging bebeng tess cha nini lyn weng joy-joy mimay',
  nm: 'bong jun junjun nonoy toto jojo dodong kiko migs benj pj jm',
  wf: 'joy precious love angel honey princess cherry lovely',
  wm: 'king prince lucky boy rey sunny',
  tf: 'maricell jocelin charmane angelika',
  tm: 'cristian josua rodell mickael',
  sur: `santos reyes cruz bautista ocampo garcia mendoza torres tomas andrade castillo flores villanueva ramos de_leon
    dela_cruz aquino navarro salazar mercado aguilar gonzales lopez del_rosario soriano manalo pascual domingo marquez
    fernandez rivera castro francisco gutierrez dizon macaraeg tolentino santiago magbanua buenaventura`,
  part: 'de dela del',
};

export const DE: Pool = {
  f: `anna lena lea marie sophie laura julia hannah sarah katharina johanna franziska nina jana lisa sabine petra claudia
    susanne andrea ursula monika birgit heike jutta anke svenja jessica`,
  m: `lukas jonas leon felix maximilian paul tobias sebastian jan tim florian stefan thomas michael andreas matthias
    christian markus jürgen uwe dieter klaus wolfgang günther björn sören jörg`,
  nf: 'gabi steffi susi kathi bine lisi anni conny moni uschi babsi leni resi rike',
  nm: 'basti flo tobi andi michi sepp fritz hansi benni olli matze kalle jojo',
  wf: 'rosa erika linde iris viola heide jasmin',
  wm: 'ernst wolf frank kai mark till',
  tf: 'susane katharinna johana fransziska',
  tm: 'sebastain matthais christain florain',
  sur: `müller schmidt schneider fischer weber meyer wagner becker schulz hoffmann schäfer koch bauer richter klein wolf
    schröder neumann schwarz zimmermann braun krüger hofmann hartmann lange schmitt werner schmitz krause meier lehmann
    schmid schulze maier köhler herrmann könig walter mayer huber kaiser fuchs peters lang scholz möller weiß jung hahn
    vogel von_bülow`,
  part: 'von zu',
};

export const FR: Pool = {
  f: `léa chloé manon camille sarah emma inès jade louise lucie juliette pauline marion julie élodie aurélie céline
    nathalie isabelle sandrine sophie claire mathilde anaïs margaux océane clémence noémie`,
  m: `lucas hugo louis gabriel arthur jules thomas nicolas julien maxime antoine alexandre romain guillaume mathieu
    sébastien benjamin quentin théo nathan baptiste jérôme françois laurent christophe jean-baptiste loïc`,
  nf: 'caro isa nath steph flo soso mimi lulu béa mel clem domi',
  nm: 'manu seb fred ben nico max jo titi toto pierrot jb jeannot',
  wf: 'rose blanche colombe marguerite prune céleste capucine violette aurore perle',
  wm: 'pierre clément constant aimé désiré olivier prosper sylvain',
  tf: 'mathide juliete élodi camile',
  tm: 'guillame sebastein antonie nicholas',
  sur: `martin bernard dubois thomas robert richard petit durand leroy moreau simon laurent lefebvre michel garcia david
    bertrand roux vincent fournier morel girard andré lefèvre mercier dupont lambert bonnet françois legrand garnier faure
    rousseau blanc guérin henry roussel perrin morin mathieu gauthier dumont fontaine chevalier de_la_roche`,
  part: 'de du des la',
};

export const ES: Pool = {
  f: `lucía maría carmen sofía martina paula laura sara ana elena marta cristina isabel raquel beatriz alicia nuria irene
    patricia silvia andrea natalia claudia julia noelia ainhoa itziar montserrat`,
  m: `hugo martín pablo daniel alejandro javier sergio jorge carlos david adrián álvaro diego manuel antonio josé francisco
    juan miguel raúl iván rubén óscar gonzalo íñigo`,
  nf: 'lola pepa maite charo conchi merche loli marisa pili nati bea mari cris anita',
  nm: 'paco pepe nacho quique manolo chema curro juanma santi rafa dani toni kike chus',
  wf: 'rosa blanca paz luz pilar dolores soledad rocío mercedes esperanza consuelo nieves amparo',
  wm: 'ángel justo modesto salvador clemente león pastor',
  tf: 'cristhina beatris natali raquél',
  tm: 'migel fransisco gonsalo sergío',
  sur: `garcía rodríguez gonzález fernández lópez martínez sánchez pérez gómez martín jiménez ruiz hernández díaz moreno
    muñoz álvarez romero alonso gutiérrez navarro torres domínguez vázquez ramos gil ramírez serrano blanco molina morales
    suárez ortega delgado castro ortiz rubio marín sanz núñez iglesias medina garrido de_la_fuente`,
  part: 'de del la y',
};
