/** Hold-out 43 names: Spanish, Portuguese, French, German and Italian locales. */
import type { Names } from './pii-holdout43-core.ts';
import { L } from './pii-holdout43-names-a.ts';

export const ES_ES: Names = {
  id: 'es',
  two: 0.35,
  given: L(`Pedro, Lucía, Javier, Marta, Sergio, Carmen, Álvaro, Elena, Pablo, Nuria, Alberto, Irene, Jorge, Raquel,
    Adrián, Beatriz, Íñigo, Ainhoa, Rubén, Cristina, Gonzalo, Sonia, Hugo, Noelia, Jaume, Montse, Xabier, Leire,
    Andrés, Patricia, Iker, Verónica, Fernando, Silvia, Joaquín, Alba, María José, Juan Carlos, José Luis,
    Ana Belén, Miguel Ángel`),
  family: L(`García, Fernández, González, Rodríguez, López, Martínez, Sánchez, Pérez, Gómez, Martín, Jiménez, Ruiz,
    Hernández, Díaz, Moreno, Muñoz, Álvarez, Romero, Navarro, Torres, Domínguez, Vázquez, Gil, Serrano, Ortega,
    Castaño, Etxeberria, Puig, de la Cruz, del Río, de los Santos, Iglesias`),
  nick: L(`Pepe, Paco, Lola, Nacho, Charo, Manolo, Quique, Chema, Nando, Maite, Pili, Toni, Rafa, Josemi, Mari,
      Conchi, Loli, Juanjo, Isa, Rocío`),
  word: L(`Paz, Luz, Rosa, Blanca, Ángel, Dolores, Consuelo, Amparo, Soledad, Pilar, Mercedes, Nieves, Esperanza,
      Cruz, Victoria, Salvador`),
};

export const ES_MX: Names = {
  id: 'mx',
  two: 0.45,
  given: L(`Alejandro, Guadalupe, Fernanda, Diego, Ximena, Santiago, Valeria, Emiliano, Daniela, Jesús, Itzel,
    Rodrigo, Mariana, Luis Fernando, Karla, Ricardo, Andrea, Arturo, Gabriela, Héctor, Paola, Eduardo, Brenda,
    Octavio, Yesenia, Armando, Citlali, Gerardo, Montserrat, Rogelio, Adriana, Ulises, Abril, Raúl, Leticia,
    Juan Pablo, María Fernanda, Iván, Sofía, Ramiro`),
  family: L(`Hernández, García, Martínez, López, González, Pérez, Rodríguez, Sánchez, Ramírez, Cruz, Flores,
    Gómez, Morales, Vázquez, Reyes, Jiménez, Torres, Díaz, Gutiérrez, Ruiz, Mendoza, Aguilar, Ortiz, Castillo,
    Villalobos, Cervantes, Xicoténcatl, de la Cruz, de León, Del Valle, Zavala`),
  nick: L(`Pepe, Lupe, Chucho, Memo, Lalo, Pancho, Chuy, Beto, Toño, Nacho, Maru, Paty, Lupita, Chela, Nena, Pato,
      Tere, Rosy, Güero, Charly`),
  word: L(`Paz, Luz, Rosa, Blanca, Ángel, Dolores, Socorro, Consuelo, Esperanza, Rocío, Cielo, Perla, Azucena,
      Alegría, Jesús`),
};

export const PT_BR: Names = {
  id: 'br',
  given: L(`João Pedro, Ana Clara, Lucas, Beatriz, Gabriel, Larissa, Matheus, Camila, Rafael, Fernanda, Thiago,
    Juliana, Gustavo, Letícia, Bruno, Mariana, Felipe, Aline, Rodrigo, Patrícia, Vinícius, Tatiana, Leandro,
    Bruna, Diego, Renata, Caio, Priscila, Otávio, Débora, Marcelo, Vanessa, Henrique, Luana, Igor, Jéssica,
    Maria Eduarda, Wellington, Raimunda, Francisco`),
  family: L(`Silva, Santos, Oliveira, Souza, Lima, Pereira, Ferreira, Costa, Rodrigues, Almeida, Nascimento,
    Carvalho, Araújo, Ribeiro, Gomes, Barbosa, Rocha, Cavalcanti, Moreira, Monteiro, Teixeira, Azevedo, Fontes,
    Medeiros, da Silva, dos Santos, de Souza, da Costa, das Neves, do Nascimento, Albuquerque`),
  nick: L(`Tati, Juju, Dudu, Gabi, Rafa, Nando, Bia, Malu, Zé, Tião, Guto, Leco, Manu, Lulu, Nati, Fafá, Carol, Dani,
      Fê, Pedrinho`),
  word: L(`Rosa, Graça, Glória, Vitória, Luz, Flor, Pérola, Esperança, Aurora, Serena, Clemente, Amor, Socorro, Dores,
      Jesus`),
};

export const FR_FR: Names = {
  id: 'fr',
  given: L(`Julien, Camille, Thomas, Manon, Nicolas, Chloé, Antoine, Léa, Maxime, Inès, Guillaume, Sarah, Hugo,
    Mathilde, Romain, Pauline, Kevin, Élodie, Baptiste, Margaux, Yannick, Sandrine, Théo, Amandine, Olivier,
    Océane, Karim, Nadia, Mamadou, Aïcha, Benoît, Céline, Gaëlle, Loïc, Solène, Jean-Pierre, Marie-Claire,
    Anne-Sophie, Jean-Baptiste, Éric`),
  family: L(`Martin, Bernard, Dubois, Thomas, Robert, Richard, Petit, Durand, Leroy, Moreau, Simon, Laurent,
    Lefebvre, Michel, Garcia, Fournier, Girard, Bonnet, Lambert, Fontaine, Rousseau, Chevalier, Le Goff, Le Gall,
    Benali, Diallo, Nguyen, de Villiers, du Pont, de La Roche, Marchand`),
  nick: L(`Mimi, Titi, Jojo, Fanfan, Nico, Seb, Manu, Flo, Steph, Max, Gégé, Domi, Isa, Cathy, Véro, Babette, Loulou,
      Clem, Ludo, Béa`),
  word: L(`Rose, Blanche, Victoire, Aurore, Constance, Clémence, Violette, Capucine, Marine, Pierre, Fleur, Prudence,
      Olive, Désiré, Ambre`),
};

export const DE_DE: Names = {
  id: 'de',
  given: L(`Marianne, Jonas, Lena, Lukas, Katrin, Tobias, Sabine, Florian, Anja, Matthias, Jana, Sebastian, Nadine,
    Stefan, Julia, Jürgen, Ute, Dirk, Birgit, Niklas, Annika, Jörg, Heike, Björn, Franziska, Malte, Svenja,
    Mehmet, Ayşe, Dennis, Melanie, Moritz, Leonie, Uwe, Gisela, Klaus, Hans-Peter, Anna-Lena, Karl-Heinz, Lisa`),
  family: L(`Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Schulz, Hoffmann, Schäfer, Koch,
    Bauer, Richter, Klein, Wolf, Schröder, Neumann, Schwarz, Zimmermann, Braun, Krüger, Hofmann, Hartmann, Lange,
    Kowalski, Yıldırım, von Bülow, von Arnim, zu Putlitz, Mueller, Öztürk`),
  nick: L(`Steffi, Uli, Basti, Flo, Tobi, Jojo, Anni, Hansi, Sepp, Wolle, Micha, Susi, Gabi, Conny, Resi, Hanni,
      Kathi, Moni, Benni, Maxi`),
  word: L('Ernst, Frank, Wolf, Heide, Rosa, Mark, Fee, Linde, Kai, Rose'),
};

export const IT_IT: Names = {
  id: 'it',
  given: L(`Marco, Giulia, Alessandro, Francesca, Matteo, Chiara, Lorenzo, Sara, Davide, Martina, Andrea, Elisa,
    Simone, Valentina, Federico, Silvia, Giorgio, Alessia, Riccardo, Ilaria, Stefano, Paola, Luca, Roberta,
    Gianluca, Antonella, Emanuele, Debora, Salvatore, Carmela, Vincenzo, Nunzia, Pietro, Ludovica, Tommaso,
    Benedetta, Gianmarco, Maria Grazia, Pier Paolo, Annalisa`),
  family: L(`Rossi, Russo, Ferrari, Esposito, Bianchi, Romano, Colombo, Ricci, Marino, Greco, Bruno, Gallo,
    Conti, De Luca, Mancini, Costa, Giordano, Rizzo, Lombardi, Moretti, Barbieri, Fontana, Santoro, Mariani,
    Di Stefano, Lo Russo, La Rosa, Dell'Orto, D'Amico, Caruso, Pellegrini`),
  nick: L(`Beppe, Pippo, Gigi, Lello, Peppe, Ciccio, Totò, Nino, Vale, Fede, Ale, Franci, Giuly, Robi, Teo, Lori,
      Manu, Betta, Titti, Pina`),
  word: L(`Rosa, Grazia, Gioia, Bianca, Stella, Serena, Luce, Vittoria, Angelo, Felice, Fortunato, Modesto, Fiore,
      Speranza, Sole`),
};
