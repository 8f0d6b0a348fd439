/** Hold-out 42: names, streets and places for en-US, en-GB, en-IN, de-DE, fr-FR, es-ES, es-MX, it-IT. */

export type LocaleData = {
  given: string[];
  family: string[];
  /** Courtesy titles; `titleAfter` puts them after the name (Turkish Bey/Hanım, Japanese 様). */
  titles: string[];
  titleAfter?: boolean;
  familyFirst?: boolean;
  streets: string[];
  /** [postcode, city, region] */
  cities: [string, string, string][];
  domains: string[];
};

const w = (s: string) =>
  s
    .trim()
    .split(/\s+/)
    .map((x) => x.replace(/_/g, ' '));

export const DATA_A: Record<string, LocaleData> = {
  'en-US': {
    given: w(`James Mary Robert Patricia Michael Jennifer William Linda David Elizabeth Joseph Barbara Thomas Susan
      Christopher Jessica Daniel Sarah Matthew Karen Anthony Nancy Mark Lisa Steven Betty Andrew Ashley Joshua Kimberly
      Kevin Emily Brian Donna Ryan Michelle Tyler Megan Brandon Rachel Dakota Jasmine`),
    family: w(`Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Wilson Anderson
      Thomas Taylor Moore Jackson Martin Lee Thompson White Harris Clark Lewis Robinson Walker Young Allen King Wright
      Scott Torres Nguyen Hill Flores Green Adams Nelson Baker O'Connor McAllister`),
    titles: ['Mr.', 'Mrs.', 'Ms.', 'Dr.'],
    streets: w(`Maple_Avenue Oak_Street Elm_Street Pine_Ridge_Road Washington_Boulevard Sunset_Drive Lakeview_Terrace
      Cedar_Lane Hillcrest_Drive Park_Place Willow_Court Mission_Street`),
    cities: [
      ['78704', 'Austin', 'TX'],
      ['97214', 'Portland', 'OR'],
      ['60614', 'Chicago', 'IL'],
      ['02139', 'Cambridge', 'MA'],
      ['98103', 'Seattle', 'WA'],
      ['30306', 'Atlanta', 'GA'],
      ['80205', 'Denver', 'CO'],
      ['10025', 'New York', 'NY'],
      ['94110', 'San Francisco', 'CA'],
      ['55408', 'Minneapolis', 'MN'],
    ],
    domains: ['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', 'comcast.net', 'protonmail.com'],
  },
  'en-GB': {
    given: w(`Oliver Amelia George Isla Harry Ava Jack Mia Charlie Ivy Jacob Lily Thomas Florence Oscar Freya William
      Poppy James Emily Alfie Grace Henry Sophie Archie Evie Leo Ella Arthur Isabelle Noah Charlotte Rhys Niamh Callum
      Eilidh Owen Siobhan Hamish Imogen`),
    family:
      w(`Smith Jones Taylor Brown Williams Wilson Johnson Davies Robinson Wright Thompson Evans Walker White Roberts
      Green Hall Wood Jackson Clarke Patel Khan Hughes Edwards Turner Hill Cooper Ward Morris Harrison Bennett Price
      Fraser MacDonald Campbell Lloyd Pritchard Whitfield Ashworth Featherstone`),
    titles: ['Mr', 'Mrs', 'Ms', 'Miss', 'Dr'],
    streets: w(`Victoria_Road Church_Lane Station_Road Mill_Lane Park_Avenue Queens_Road Kings_Crescent Bakers_Row
      Albert_Street High_Street Meadow_Close The_Green`),
    cities: [
      ['LS6 2QB', 'Leeds', ''],
      ['M14 5RZ', 'Manchester', ''],
      ['BS8 1TH', 'Bristol', ''],
      ['EH9 1PL', 'Edinburgh', ''],
      ['CF24 3AA', 'Cardiff', ''],
      ['NW5 2HR', 'London', ''],
      ['B15 2TT', 'Birmingham', ''],
      ['NE2 4AB', 'Newcastle', ''],
      ['OX4 1DZ', 'Oxford', ''],
      ['G12 8QQ', 'Glasgow', ''],
    ],
    domains: ['btinternet.com', 'gmail.com', 'hotmail.co.uk', 'sky.com', 'outlook.com', 'yahoo.co.uk'],
  },
  'en-IN': {
    given: w(`Aarav Vivaan Aditya Arjun Rohan Rahul Amit Vikram Sanjay Karthik Suresh Rajesh Anil Pranav Ishaan Harish
      Manoj Deepak Nikhil Varun Priya Ananya Diya Aishwarya Sneha Pooja Kavya Lakshmi Meera Neha Divya Shreya Anjali
      Swati Riya Nandini Sunita Radhika Tanvi Gayatri`),
    family: w(`Sharma Verma Gupta Patel Singh Kumar Reddy Nair Iyer Menon Rao Joshi Mehta Shah Desai Kulkarni Deshpande
      Chatterjee Banerjee Mukherjee Das Bose Ghosh Pillai Krishnan Subramanian Agarwal Malhotra Kapoor Chopra Bhatt
      Mishra Pandey Trivedi Saxena Srinivasan Naidu Gowda Shetty Chauhan`),
    titles: ['Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Shri', 'Smt.'],
    streets: w(`MG_Road Linking_Road Nehru_Street Gandhi_Nagar_Main_Road 100_Feet_Road Anna_Salai Park_Street
      Residency_Road Station_Road Ashok_Marg SV_Road Brigade_Road`),
    cities: [
      ['560038', 'Bengaluru', 'Karnataka'],
      ['400050', 'Mumbai', 'Maharashtra'],
      ['600017', 'Chennai', 'Tamil Nadu'],
      ['110024', 'New Delhi', 'Delhi'],
      ['700019', 'Kolkata', 'West Bengal'],
      ['411004', 'Pune', 'Maharashtra'],
      ['500034', 'Hyderabad', 'Telangana'],
      ['380009', 'Ahmedabad', 'Gujarat'],
      ['682016', 'Kochi', 'Kerala'],
    ],
    domains: ['gmail.com', 'yahoo.co.in', 'rediffmail.com', 'outlook.com', 'hotmail.com'],
  },
  'de-DE': {
    given: w(`Lukas Leon Finn Jonas Paul Felix Maximilian Tim Jan Niklas Stefan Thomas Andreas Michael Jürgen Klaus
      Wolfgang Matthias Sebastian Tobias Anna Lena Laura Julia Sarah Lea Hannah Katharina Sabine Petra Ursula Monika
      Birgit Claudia Susanne Jana Franziska Marlene Sophie Jörg`),
    family: w(`Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter
      Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Schmitt Werner Krause Meier
      Lehmann Köhler Maier Huber Kaiser Fuchs Peters Weiß Jäger Groß Böhm`),
    titles: ['Herr', 'Frau', 'Dr.', 'Prof. Dr.'],
    streets: w(`Hauptstraße Lindenstraße Bahnhofstraße Gartenweg Schillerstraße Goethestraße Am_Mühlbach Rosenweg
      Kastanienallee Friedrichstraße Bergstraße Ringstraße`),
    cities: [
      ['10115', 'Berlin', ''],
      ['80331', 'München', ''],
      ['20095', 'Hamburg', ''],
      ['50667', 'Köln', ''],
      ['60311', 'Frankfurt am Main', ''],
      ['70173', 'Stuttgart', ''],
      ['04109', 'Leipzig', ''],
      ['01067', 'Dresden', ''],
      ['28195', 'Bremen', ''],
      ['90402', 'Nürnberg', ''],
    ],
    domains: ['gmx.de', 'web.de', 't-online.de', 'posteo.de', 'gmail.com', 'freenet.de'],
  },
  'fr-FR': {
    given: w(`Jean Pierre Michel Philippe Alain Nicolas Christophe Laurent Julien Thomas Antoine Mathieu Sébastien
      Guillaume Hugo Lucas Théo Louis Gabriel Raphaël Marie Nathalie Isabelle Sylvie Catherine Sophie Céline Camille
      Julie Léa Manon Chloé Émilie Aurélie Hélène Élodie Margaux Inès Agathe Anaïs`),
    family: w(`Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefèvre Michel Garcia
      David Bertrand Roux Vincent Fournier Morel Girard André Lefebvre Mercier Dupont Lambert Bonnet François Martinez
      Legrand Garnier Faure Rousseau Blanc Guérin Muller Henry Roussel Chevalier`),
    titles: ['M.', 'Mme', 'Mlle', 'Dr', 'Maître'],
    streets: w(`rue_des_Lilas rue_Victor-Hugo avenue_Jean-Jaurès boulevard_Voltaire rue_de_la_République
      allée_des_Tilleuls rue_du_Faubourg_Saint-Antoine place_du_Marché chemin_des_Vignes rue_Pasteur
      impasse_des_Roses quai_de_la_Loire`),
    cities: [
      ['75011', 'Paris', ''],
      ['69003', 'Lyon', ''],
      ['13006', 'Marseille', ''],
      ['31000', 'Toulouse', ''],
      ['33000', 'Bordeaux', ''],
      ['44000', 'Nantes', ''],
      ['59000', 'Lille', ''],
      ['67000', 'Strasbourg', ''],
      ['35000', 'Rennes', ''],
      ['34000', 'Montpellier', ''],
    ],
    domains: ['orange.fr', 'free.fr', 'laposte.net', 'gmail.com', 'sfr.fr', 'wanadoo.fr'],
  },
  'es-ES': {
    given: w(`Antonio José Manuel Francisco David Juan Javier Daniel Carlos Jesús Alejandro Miguel Rafael Pablo Sergio
      Álvaro Jorge Alberto Íñigo Hugo María Carmen Ana Isabel Laura Cristina Marta Lucía Pilar Elena Raquel Paula Sara
      Nuria Rocío Irene Andrea Alba Begoña Montserrat`),
    family: w(`García Rodríguez González Fernández López Martínez Sánchez Pérez Gómez Martín Jiménez Ruiz Hernández
      Díaz Moreno Muñoz Álvarez Romero Alonso Gutiérrez Navarro Torres Domínguez Vázquez Ramos Gil Ramírez Serrano
      Blanco Molina Morales Suárez Ortega Delgado Castro Ortiz Rubio Marín Sanz Iglesias`),
    titles: ['Sr.', 'Sra.', 'D.', 'Dña.', 'Dr.'],
    streets: w(`Calle_Mayor Calle_de_Alcalá Avenida_de_la_Constitución Calle_del_Sol Paseo_de_Gracia Calle_Real
      Plaza_de_España Calle_San_Vicente Avenida_de_Andalucía Calle_Larios Ronda_de_Toledo Calle_Colón`),
    cities: [
      ['28013', 'Madrid', ''],
      ['08007', 'Barcelona', ''],
      ['46002', 'Valencia', ''],
      ['41004', 'Sevilla', ''],
      ['50001', 'Zaragoza', ''],
      ['29005', 'Málaga', ''],
      ['48001', 'Bilbao', ''],
      ['15003', 'A Coruña', ''],
      ['18009', 'Granada', ''],
      ['33003', 'Oviedo', ''],
    ],
    domains: ['gmail.com', 'hotmail.es', 'yahoo.es', 'telefonica.net', 'outlook.es'],
  },
  'es-MX': {
    given: w(`José Juan Luis Carlos Jorge Miguel Alejandro Fernando Ricardo Eduardo Roberto Arturo Javier Héctor
      Santiago Emiliano Diego Mateo Rodrigo Raúl Guadalupe María Verónica Alejandra Gabriela Mariana Ximena Fernanda
      Daniela Adriana Leticia Rosa Patricia Claudia Itzel Yesenia Brenda Karla Araceli Citlali`),
    family: w(`Hernández García Martínez López González Pérez Rodríguez Sánchez Ramírez Cruz Flores Gómez Morales
      Vázquez Reyes Jiménez Torres Díaz Gutiérrez Ruiz Mendoza Aguilar Ortiz Moreno Castillo Romero Álvarez Méndez
      Chávez Rivera Juárez Ramos Domínguez Herrera Medina Castro Vargas Guzmán Velázquez Cervantes`),
    titles: ['Sr.', 'Sra.', 'Lic.', 'Ing.', 'Dra.'],
    streets: w(`Av._Insurgentes_Sur Calle_Madero Av._Reforma Calle_Hidalgo Av._Juárez Calle_Morelos
      Calzada_de_Tlalpan Av._Revolución Calle_5_de_Mayo Av._Vallarta Calle_Allende Av._Constitución`),
    cities: [
      ['03940', 'Ciudad de México', 'CDMX'],
      ['06700', 'Ciudad de México', 'CDMX'],
      ['44160', 'Guadalajara', 'Jal.'],
      ['64000', 'Monterrey', 'N.L.'],
      ['72000', 'Puebla', 'Pue.'],
      ['76000', 'Querétaro', 'Qro.'],
      ['97000', 'Mérida', 'Yuc.'],
      ['20000', 'Aguascalientes', 'Ags.'],
      ['22000', 'Tijuana', 'B.C.'],
    ],
    domains: ['gmail.com', 'hotmail.com', 'yahoo.com.mx', 'outlook.com', 'prodigy.net.mx'],
  },
  'it-IT': {
    given: w(`Giuseppe Giovanni Antonio Mario Luigi Francesco Angelo Vincenzo Pietro Salvatore Carlo Franco Domenico
      Bruno Paolo Michele Giorgio Alessandro Lorenzo Matteo Maria Anna Giuseppina Rosa Angela Giovanna Teresa Lucia
      Carmela Caterina Francesca Chiara Giulia Sofia Martina Elena Federica Alessia Beatrice Ilaria`),
    family: w(`Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti De_Luca Mancini
      Costa Giordano Rizzo Lombardi Moretti Barbieri Fontana Santoro Mariani Rinaldi Caruso Ferrara Galli Martini
      Leone Longo Gentile Martinelli Vitale Lombardo Serra Coppola De_Santis D'Angelo Marchetti`),
    titles: ['Sig.', 'Sig.ra', 'Dott.', 'Dott.ssa', 'Avv.', 'Ing.'],
    streets: w(`Via_Garibaldi Via_Roma Corso_Vittorio_Emanuele_II Via_Mazzini Piazza_Cavour Via_Dante_Alighieri
      Viale_dei_Mille Via_XX_Settembre Via_Verdi Corso_Buenos_Aires Via_della_Repubblica Vicolo_del_Pozzo`),
    cities: [
      ['20121', 'Milano', 'MI'],
      ['00184', 'Roma', 'RM'],
      ['80134', 'Napoli', 'NA'],
      ['10123', 'Torino', 'TO'],
      ['40126', 'Bologna', 'BO'],
      ['50122', 'Firenze', 'FI'],
      ['16121', 'Genova', 'GE'],
      ['90133', 'Palermo', 'PA'],
      ['30121', 'Venezia', 'VE'],
      ['70122', 'Bari', 'BA'],
    ],
    domains: ['libero.it', 'virgilio.it', 'gmail.com', 'alice.it', 'tiscali.it', 'outlook.it'],
  },
};
