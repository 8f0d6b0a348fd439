/** Hold-out 43 names: English-speaking locales and the diaspora names mixed into English texts. */
import type { Names } from './pii-holdout43-core.ts';

export const L = (s: string): string[] => s.trim().split(/\s*,\s*/);

const CN: Names = {
  id: 'cn',
  order: 'mixed',
  nick: [],
  word: [],
  given: L('Wei, Jing, Xiaoming, Li Na, Haoran, Yuxuan, Mei, Zihan, Jun, Ting, Xinyi, Bo'),
  family: L('Zhang, Wang, Li, Liu, Chen, Huang, Zhao, Wu, Zhou, Xu, Sun, Guo'),
};
const JP: Names = {
  id: 'jp',
  nick: [],
  word: [],
  given: L('Yuki, Haruto, Sakura, Ren, Aoi, Takumi, Hina, Kenji, Yui, Daichi, Misaki, Sota'),
  family: L('Tanaka, Suzuki, Takahashi, Watanabe, Ito, Yamamoto, Nakamura, Kobayashi, Kato, Sasaki'),
};
const KR: Names = {
  id: 'kr',
  order: 'mixed',
  nick: [],
  word: [],
  given: L('Ji-woo, Min-jun, Seo-yeon, Ha-eun, Do-hyun, Soo-jin, Jae-won, Eun-ji, Hyun-woo, Yuna'),
  family: L('Kim, Lee, Park, Choi, Jung, Kang, Cho, Yoon, Jang, Lim'),
};
const VN: Names = {
  id: 'vn',
  order: 'mixed',
  nick: [],
  word: [],
  given: L('Linh, Minh, Thao, Tuan, Huong, Quang, Trang, Duc, Ngoc, Khoa, Phuong, Bao'),
  family: L('Nguyen, Tran, Le, Pham, Hoang, Huynh, Phan, Vu, Dang, Bui'),
};
const TR: Names = {
  id: 'tr',
  nick: [],
  word: [],
  given: L('Emre, Elif, Burak, Zeynep, Mehmet, Selin, Can, Deniz, Ayşe, Kerem, Ece, Umut'),
  family: L('Yılmaz, Kaya, Demir, Şahin, Çelik, Öztürk, Aydın, Arslan, Doğan, Koç'),
};
const AR: Names = {
  id: 'ar',
  nick: [],
  word: [],
  given: L('Omar, Layla, Yusuf, Fatima, Khalid, Noor, Hamza, Mariam, Tariq, Amal, Rami, Huda'),
  family: L('al-Hassan, Haddad, el-Sayed, Khoury, al-Mansouri, Nasser, Abboud, bin Rashid, Saleh, Farouk'),
};
const IN: Names = {
  id: 'in',
  nick: [],
  word: [],
  given: L('Priya, Arjun, Ananya, Rohan, Kavya, Vikram, Sneha, Aditya, Divya, Karthik, Meera, Rahul'),
  family: L('Sharma, Patel, Iyer, Reddy, Nair, Gupta, Menon, Singh, Banerjee, Desai, Kulkarni, Rao'),
};
const NG: Names = {
  id: 'ng',
  nick: [],
  word: [],
  given: L('Chinedu, Adaeze, Oluwaseun, Ngozi, Emeka, Funmilayo, Tunde, Chiamaka, Kelechi, Yetunde, Ifeanyi'),
  family: L('Okafor, Adeyemi, Okonkwo, Balogun, Eze, Nwosu, Olatunji, Adebayo, Obi, Ogunleye, Chukwu'),
};

export const GLOBAL: readonly Names[] = [CN, JP, KR, VN, TR, AR, IN, NG];

export const EN_US: Names = {
  id: 'us',
  extra: GLOBAL,
  extraP: 0.3,
  given: L(`Jake, Sarah, Tom, Emily, Lena, Dave, Megan, Tyler, Ashley, Brandon, Jessica, Kevin, Lauren, Ryan, Brittany,
    Jordan, Kayla, Austin, Madison, Dylan, Hannah, Cody, Rachel, Derek, Olivia, Ethan, Chloe, Logan, Natalie, Marcus,
    Vanessa, Trevor, Allison, Kyle, Courtney, Luis, Maria, DeShawn, Keisha, Mary Beth, Caleb, Jasmine`),
  family: L(`Johnson, Miller, Anderson, Thompson, Martinez, Robinson, Walker, Kowalski, Sullivan, O'Brien, Murphy,
    Peterson, Schneider, Hernandez, Nguyen, Jackson, Whitaker, Brooks, Fitzgerald, McAllister, Caldwell, Reyes,
    Bennett, Holloway, Donnelly, Goldberg, Washington, Russo, Lindqvist, Castillo, Ramirez, DeLuca`),
  nick: L(`Bex, Jen, Liz, Mike, Kate, Tommy, Bobby, Mandy, Steph, Chrissy, Danny, Becca, Abby, Maddie, Vinny, Meg,
      Nate, Zach, Kiki, Lexi, Izzy`),
  word: L(`Hope, Grace, Rose, Joy, Faith, Will, Bill, Mark, Hunter, Sunny, Dawn, Amber, Destiny, Summer, Penny, Chase,
      Grant, Drew, Holly, Ivy, Rusty, Pat`),
};

export const EN_GB: Names = {
  id: 'gb',
  extra: GLOBAL,
  extraP: 0.3,
  given: L(`Oliver, Charlotte, Harry, Amelia, George, Sophie, Jack, Emily, Alfie, Poppy, Callum, Niamh, Rhys, Siobhan,
    Declan, Imogen, Ewan, Freya, Lewis, Eleanor, Fraser, Isla, Gareth, Gemma, Craig, Bethan, Liam, Ellie, Owen,
    Harriet, Hamish, Aoife, Connor, Lucy, Joe, Kirsty, Ciaran, Phoebe, Stuart, Rebecca`),
  family: L(`Smith, Jones, Taylor, Brown, Davies, Evans, Wilson, Thomas, Roberts, Hughes, Walsh, MacDonald, Campbell,
    Clarke, Wright, Patterson, Lloyd, Fletcher, Pritchard, Harrington, Whitmore, Ashworth, Griffiths, Cartwright,
    Kowalczyk, McLaughlin, Okonjo, Reilly, Sutcliffe, Blackwood, Pemberton`),
  nick: L(`Gaz, Bex, Dazza, Shaz, Baz, Kev, Mags, Nat, Jonno, Robbo, Wilko, Lils, Hols, Kez, Tash, Chaz, Del, Jimbo,
      Tez, Soph`),
  word: L(`Grace, Rose, Hope, Will, Faith, Poppy, Holly, Robin, Daisy, Jasper, Heather, Ruby, Joy, Bill, Frank,
    Summer`),
};

export const EN_IN: Names = {
  id: 'in',
  given: L(`Priya, Arjun, Ananya, Rohan, Kavya, Vikram, Sneha, Aditya, Divya, Karthik, Meera, Rahul, Aishwarya,
    Siddharth, Pooja, Nikhil, Shreya, Varun, Lakshmi, Abhishek, Neha, Suresh, Deepika, Harish, Swati, Manoj,
    Ishaan, Tanvi, Rajesh, Anjali, Gaurav, Nandini, Venkatesh, Ritu, Pranav, Fatima, Imran, Harpreet, Gurpreet,
    Jaspreet, Sai Kiran`),
  family: L(`Sharma, Patel, Iyer, Reddy, Nair, Gupta, Menon, Singh, Banerjee, Desai, Kulkarni, Rao, Chatterjee,
    Mukherjee, Joshi, Pillai, Verma, Agarwal, Bhatt, Chauhan, Khan, Mehta, Naidu, Shetty, Srinivasan, Krishnan,
    Malhotra, Kapoor, Saxena, Trivedi, Gill`),
  nick: L(`Bunty, Chintu, Golu, Guddu, Monu, Sonu, Babloo, Titu, Raju, Pappu, Chinnu, Munna, Vicky, Nikki, Anu, Bittu,
      Rinku, Dimple, Chiku`),
  word: L('Sunny, Pinky, Lucky, Happy, Dolly, Honey, Sweety, Rocky, Bubbly, Lovely, Goldy, Tinku'),
};

export const EN_NG: Names = {
  id: 'ng',
  given: L(`Chinedu, Adaeze, Oluwaseun, Ngozi, Emeka, Funmilayo, Tunde, Chiamaka, Kelechi, Yetunde, Ifeanyi, Aisha,
    Babatunde, Nkechi, Obinna, Temitope, Uchenna, Folake, Ikenna, Bisola, Abubakar, Zainab, Chidi, Amaka, Olumide,
    Halima, Damilola, Ebere, Segun, Titilayo, Chukwuemeka, Hauwa, Musa, Kemi, Ayodele, Nneka, Yusuf, Onyeka,
    Oluwadamilare, Ibrahim`),
  family: L(`Okafor, Adeyemi, Okonkwo, Balogun, Eze, Nwosu, Olatunji, Adebayo, Obi, Ogunleye, Chukwu, Ibrahim,
    Bello, Abdullahi, Nwachukwu, Onyekachi, Adewale, Oyelaran, Akinola, Umeh, Okoro, Danjuma, Ezeani, Fashola,
    Onuoha, Ajayi, Babangida, Nnamdi, Olawale, Iwu, Ogundipe`),
  nick: L(`Tobi, Ife, Dayo, Seun, Kunle, Chichi, Nonso, Ebuka, Tayo, Bimbo, Sola, Ada, Kachi, Dami, Fola, Jide, Bayo,
      Uche`),
  word: L(`Blessing, Precious, Favour, Godswill, Gift, Peace, Patience, Goodluck, Mercy, Praise, Comfort, Prosper,
      Wisdom, Sunday, Innocent, Treasure`),
};

export const EN_PH: Names = {
  id: 'ph',
  given: L(`Maricel, Jhun, Rowena, Joshua, Kristine, Mark Anthony, Rhea, Jerome, Lovely Joy, Christian, Jennylyn,
    Arnel, Marites, Romeo, Liezl, Rodel, Angelica, Jayson, Analyn, Reynaldo, Cherry Mae, Jomar, Aileen, Ronaldo,
    Mylene, Carlo, Joanna Marie, Rommel, Lorna, Paolo, Girlie, Dindo, Rosalinda, Jun Mark, Ma. Cristina, Ernesto,
    Nenita, Bryan, Catherine, Edgardo`),
  family: L(`Santos, Reyes, Cruz, Bautista, Garcia, Mendoza, Dela Cruz, Ramos, Aquino, Villanueva, Castillo,
    Fernandez, Manalo, Pascual, Dimaculangan, Macaraeg, Soriano, De Guzman, Panganiban, Evangelista, Salazar,
    Tolentino, Navarro, Lacson, Dizon, Magbanua, Ocampo, Del Rosario, Sison, Lualhati, Agustin`),
  nick: L(`Bong, Jun-Jun, Bebeng, Nene, Dodong, Inday, Ging, Jojo, Mimi, Tintin, Bambi, Ikay, Jepoy, Toto, Bunso,
      Tonton, Pong, Len-Len`),
  word: L('Joy, Precious, Lovely, Princess, Angel, Honey, Cherry, Sunshine, Jewel, Charity, Faith, Hope, Star, Pearl'),
};

export const EN_AE: Names = {
  id: 'ae',
  extra: [IN, { ...CN }, TR],
  extraP: 0.2,
  given: L(`Omar, Layla, Yusuf, Fatima, Khalid, Noor, Hamza, Mariam, Tariq, Amal, Rami, Huda, Ahmed, Salma, Karim,
    Rania, Faisal, Dana, Ziad, Lina, Majid, Reem, Walid, Aisha, Bilal, Hana, Samir, Yasmin, Hussein, Dalia,
    Mohammed, Nadia, Saif, Lubna, Adel, Maha, Jamal, Sara, Fadi, Ghada`),
  family: L(`al-Hassan, Haddad, el-Sayed, Khoury, al-Mansouri, Nasser, Abboud, bin Rashid, Saleh, Farouk,
    al-Qasimi, Hamdan, Shaheen, al-Zahrani, Darwish, Mansour, Aziz, Barakat, Haddadin, al-Amiri, Suleiman, Kanaan,
    el-Masri, Sabbagh, Bitar, al-Otaibi, Jaber, Nassar, Issa, Hijazi`),
  nick: L('Abood, Hamoudi, Lulu, Mimo, Dodo, Sousou, Zizo, Fofo, Toto, Nono, Mido, Bibo, Roro, Kiki, Momo'),
  word: L('Amal, Noor, Farah, Hayat, Karim, Jamil, Sami, Rahma, Iman, Sabah, Nasser, Hana'),
};
