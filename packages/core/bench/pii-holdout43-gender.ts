/**
 * Hold-out 43 genders: female names per name set id (FEM) and names used for both (UNI); every other name counts
 * as male. Templates ask for a gender where the sentence needs one ({nf.kin} after "my sister", {nm.kin} after
 * "my son").
 */
import { L } from './pii-holdout43-names-a.ts';

const fem: Record<string, string> = {
  us: `Sarah, Emily, Lena, Megan, Ashley, Jessica, Lauren, Brittany, Kayla, Madison, Hannah, Rachel, Olivia, Chloe,
    Natalie, Vanessa, Allison, Courtney, Maria, Keisha, Mary Beth, Jasmine, Bex, Jen, Liz, Kate, Mandy, Steph,
    Chrissy, Becca, Abby, Maddie, Meg, Kiki, Lexi, Izzy, Hope, Grace, Rose, Joy, Faith, Dawn, Amber, Destiny, Summer,
    Penny, Holly, Ivy`,
  gb: `Charlotte, Amelia, Sophie, Emily, Poppy, Niamh, Siobhan, Imogen, Freya, Eleanor, Isla, Gemma, Bethan, Ellie,
    Harriet, Aoife, Lucy, Kirsty, Phoebe, Rebecca, Bex, Shaz, Mags, Lils, Hols, Kez, Tash, Soph, Grace, Rose, Hope,
    Faith, Holly, Daisy, Heather, Ruby, Joy, Summer`,
  in: `Priya, Ananya, Kavya, Sneha, Divya, Meera, Aishwarya, Pooja, Shreya, Lakshmi, Neha, Deepika, Swati, Tanvi,
    Anjali, Nandini, Ritu, Fatima, Dimple, Nikki, Pinky, Dolly, Honey, Sweety, Bubbly, Lovely`,
  ng: `Adaeze, Ngozi, Funmilayo, Chiamaka, Yetunde, Aisha, Nkechi, Folake, Bisola, Zainab, Amaka, Halima, Titilayo,
    Hauwa, Kemi, Nneka, Chichi, Bimbo, Ada, Blessing, Precious, Peace, Patience, Mercy, Comfort, Treasure`,
  ph: `Maricel, Rowena, Kristine, Rhea, Lovely Joy, Jennylyn, Marites, Liezl, Angelica, Analyn, Cherry Mae, Aileen,
    Mylene, Joanna Marie, Lorna, Girlie, Rosalinda, Ma. Cristina, Nenita, Catherine, Bebeng, Nene, Inday, Ging, Mimi,
    Bambi, Ikay, Len-Len, Joy, Precious, Lovely, Princess, Honey, Cherry, Sunshine, Jewel, Charity, Faith, Hope,
    Star, Pearl`,
  ae: `Layla, Fatima, Noor, Mariam, Amal, Huda, Salma, Rania, Dana, Lina, Reem, Aisha, Hana, Yasmin, Dalia, Nadia,
    Lubna, Maha, Sara, Ghada, Lulu, Sousou, Fofo, Roro, Kiki, Farah, Hayat, Rahma, Iman, Sabah`,
  ar: 'Layla, Fatima, Noor, Mariam, Amal, Huda',
  cn: 'Jing, Li Na, Mei, Ting, Xinyi',
  jp: 'Sakura, Hina, Yui, Misaki',
  kr: 'Seo-yeon, Ha-eun, Soo-jin, Eun-ji, Yuna',
  vn: `Linh, Thao, Huong, Trang, Ngoc, Phuong, Thu Trang, Ngọc Hân, Thanh Hương, Phương Linh, Thị Mai, Bảo Ngọc,
    Khánh Linh, Thị Lan, Mỹ Duyên, Thu Hà, Thảo Vy, Kim Chi, Diễm My, Hồng Nhung, Như Quỳnh, Thị Hằng, Tường Vi,
    Thuỳ Dung, Lệ Quyên, Cẩm Tú, Bống, Su, Na, Bông, Hoa, Lan, Mai, Hương, Thu, Hạnh, Vy`,
  tr: `Elif, Zeynep, Selin, Ayşe, Ece, Fatma, Emine, Merve, Esra, Büşra, Tuğba, Gizem, Ebru, Pınar, Şeyma, Dilek,
    İrem, Hatice, Sena, Nazlı, Ayşo, Fatoş, Gülşo, Zeyno, Büşi, Kübo, Tuğçem, Sevgi, Derya, Gül, Özlem, Umay, Ceylan,
    Bahar, Yıldız`,
  es: `Lucía, Marta, Carmen, Elena, Nuria, Irene, Raquel, Beatriz, Ainhoa, Cristina, Montse, Leire, Sonia, Noelia,
    Patricia, Verónica, Silvia, Alba, María José, Ana Belén, Lola, Charo, Maite, Pili, Mari, Conchi, Loli, Isa,
    Rocío, Paz, Luz, Rosa, Blanca, Dolores, Consuelo, Amparo, Soledad, Pilar, Mercedes, Nieves, Esperanza, Victoria`,
  mx: `Guadalupe, Fernanda, Ximena, Valeria, Daniela, Itzel, Mariana, Karla, Andrea, Gabriela, Paola, Brenda,
    Yesenia, Citlali, Montserrat, Adriana, Abril, Leticia, María Fernanda, Sofía, Lupe, Maru, Paty, Lupita, Chela,
    Nena, Tere, Rosy, Paz, Luz, Rosa, Blanca, Dolores, Socorro, Consuelo, Esperanza, Rocío, Cielo, Perla, Azucena,
    Alegría`,
  br: `Ana Clara, Beatriz, Larissa, Camila, Fernanda, Juliana, Letícia, Mariana, Aline, Patrícia, Tatiana, Bruna,
    Renata, Priscila, Débora, Vanessa, Luana, Jéssica, Maria Eduarda, Raimunda, Tati, Juju, Bia, Malu, Lulu, Nati,
    Fafá, Carol, Rosa, Graça, Glória, Vitória, Luz, Flor, Pérola, Esperança, Aurora, Serena, Dores, Socorro`,
  fr: `Manon, Chloé, Léa, Inès, Sarah, Mathilde, Pauline, Élodie, Margaux, Sandrine, Amandine, Océane, Nadia, Aïcha,
    Céline, Gaëlle, Solène, Marie-Claire, Anne-Sophie, Mimi, Isa, Cathy, Véro, Babette, Béa, Rose, Blanche, Victoire,
    Aurore, Constance, Clémence, Violette, Capucine, Marine, Fleur, Prudence, Olive, Ambre`,
  de: `Marianne, Lena, Katrin, Sabine, Anja, Jana, Nadine, Julia, Ute, Birgit, Annika, Heike, Franziska, Svenja,
    Ayşe, Melanie, Leonie, Gisela, Anna-Lena, Lisa, Steffi, Anni, Susi, Gabi, Conny, Resi, Hanni, Kathi, Moni, Heide,
    Rosa, Fee, Linde, Rose`,
  it: `Giulia, Francesca, Chiara, Sara, Martina, Elisa, Valentina, Silvia, Alessia, Ilaria, Paola, Roberta,
    Antonella, Debora, Carmela, Nunzia, Ludovica, Benedetta, Maria Grazia, Annalisa, Giuly, Lori, Betta, Titti, Pina,
    Rosa, Grazia, Gioia, Bianca, Stella, Serena, Luce, Vittoria, Speranza`,
  nl: `Sanne, Femke, Anouk, Lotte, Eline, Marieke, Ilse, Esther, Noor, Annemiek, Floor, Yvonne, Inge, Tessa,
    Hanneke, Fatima, Julia, Wilma, Anne-Marie, Sophie, Toos, Riek, Nel, Truus, Mieke, Loes, Mies, Roos, Lieve, Merel,
    Iris, Fleur, Jade, Linde, Sterre`,
  pl: `Agnieszka, Katarzyna, Małgorzata, Joanna, Magdalena, Anna, Monika, Ewa, Aleksandra, Dorota, Beata, Justyna,
    Izabela, Zofia, Natalia, Weronika, Halina, Renata, Urszula, Iwona, Kasia, Gosia, Basia, Ola, Asia, Magda, Ania,
    Zosia, Jagoda, Kalina, Róża, Lilia, Wiara, Nadzieja, Malina, Wiosna, Bogna, Dobrawa`,
  id: `Siti, Dewi, Ayu, Putri, Rina, Wulan, Fitri, Lestari, Nabila, Ratna, Sri, Yuliana, Kartika, Anisa, Maya, Nana,
    Tari, Nunung, Iin, Pipit, Cici, Wiwik, Butet, Bunga, Intan, Mutiara, Indah, Cahaya, Mawar, Embun, Melati`,
  ke: `Wanjiku, Achieng, Njeri, Wairimu, Chebet, Akinyi, Nyambura, Wambui, Jepkosgei, Atieno, Muthoni, Wangari,
    Adhiambo, Nafula, Zawadi, Halima, Faith, Mercy, Sharon, Purity, Shiro, Ndush, Wamboh, Nyambu, Wanjesh, Kui,
    Rosie, Sharo, Neema, Furaha, Upendo, Rehema, Subira, Pendo`,
};

const uni: Record<string, string> = {
  us: 'Jordan, Sunny, Pat, Alex, Sam',
  gb: 'Nat, Robin',
  in: 'Harpreet, Gurpreet, Jaspreet, Anu, Guddu, Sonu, Chinnu, Happy, Lucky',
  ng: `Temitope, Damilola, Ebere, Ayodele, Onyeka, Ife, Sola, Kachi, Dami, Fola, Tobi, Tayo, Uche, Seun, Favour, Gift,
    Praise, Wisdom`,
  ph: 'Tintin, Jojo, Bunso, Angel',
  ae: 'Nono, Dodo, Momo, Toto',
  cn: 'Zihan, Yuxuan',
  jp: 'Yuki, Aoi',
  kr: 'Ji-woo',
  vn: 'Minh Anh, Mít, Ngọc, Xuân, Linh, Tâm, An',
  tr: 'Deniz, Nur, Yağmur, Güneş',
  es: 'Toni, Cruz',
  br: 'Gabi, Manu, Dani, Fê, Amor',
  fr: 'Camille, Fanfan, Flo, Steph, Domi, Loulou, Clem, Titi, Jojo',
  de: 'Jojo, Uli',
  it: 'Vale, Fede, Ale, Franci, Manu',
  nl: 'Juul, Puck, Hoop, Zon',
  id: 'Aulia, Nur, Ketut, Made, Wayan, Nyoman, Tata, Bintang',
  ke: 'Njesh, Wash, Nish, Imani, Amani, Tumaini',
};

const sets = (m: Record<string, string>) =>
  Object.fromEntries(Object.entries(m).map(([k, v]) => [k, new Set(L(v))])) as Record<string, Set<string>>;
const FEM = sets(fem);
const UNI = sets(uni);

/** Whether `name` of set `id` may stand where the sentence needs gender `g` ('f', 'm' or '' for any). */
export function fits(id: string, name: string, g: string): boolean {
  if (!g || UNI[id]?.has(name)) return true;
  return (FEM[id]?.has(name) ?? false) === (g === 'f');
}

/** The gender a name suggests: 'f', 'm', or '' where it is used for both. */
export const genderOf = (id: string, name: string): string =>
  UNI[id]?.has(name) ? '' : FEM[id]?.has(name) ? 'f' : 'm';

/** Polish family names agree with the person: Kowalski / Kowalska. */
export function polishSurname(f: string, g: string): string {
  if (g === 'f') return f.replace(/([sc]k|dzk)i$/, '$1a');
  if (g === 'm') return f.replace(/([sc]k|dzk)a$/, '$1i');
  return f;
}
