/**
 * Hold-out 25 clean texts, part A: same genres (reviews of products, places and brands, event posts, neighbourhood
 * and school posts) with NO personal data: no person names, phones, e-mails or home addresses. {C} city, {V} venue,
 * {X} product are filled from the language's lists; each template is used twice with different fills.
 */
export type CleanSet = { tpl: string[]; C: string[]; V: string[]; X: string[] };

export const CLEAN_A: Record<string, CleanSet> = {
  'en-GB': {
    tpl: [
      '★★★★☆ The {X} does exactly what it says. Battery lasts about two days, charger is a bit flimsy.',
      'Brilliant Sunday roast at {V} in {C}, Yorkshire puddings the size of your head. Booking recommended.',
      'Car boot sale this Saturday at {V}, {C}. Pitches £10, gates open 7am, no dogs please.',
      'Year 6 parents: non-uniform day on Friday, £1 donation for the hospice. Thanks all!',
      'Does anyone know why the bins on our road were skipped again? Third week running in {C}.',
      'Returned the {X} after a week, the lid cracked. Refund took 5 working days, fair enough.',
    ],
    C: ['Leeds', 'Bristol', 'Norwich', 'Cardiff', 'York'],
    V: ['the Crown and Anchor', 'Riverside Park', 'the community centre', 'the Old Mill'],
    X: ['air fryer', 'cordless drill', 'electric blanket', 'kettle'],
  },
  'en-US': {
    tpl: [
      '5 stars for the {X}. Setup took 10 minutes and it has survived two toddlers so far.',
      'Food truck festival at {V} in {C} this weekend! 30+ trucks, live music, free entry.',
      'The new bike lanes downtown are great but the signals on 5th Ave are way too short.',
      'HOA reminder: pool closes at 9pm starting Monday. Please take your floaties home!',
      'Skip the {X}. The app crashes constantly and customer support never answered my ticket.',
      'Best brunch spot in {C}, hands down. Get the chicken and waffles at {V}.',
    ],
    C: ['Austin', 'Denver', 'Columbus', 'Portland', 'Tampa'],
    V: ['Riverside Park', 'the fairgrounds', 'Union Market', 'the Blue Door Diner'],
    X: ['robot vacuum', 'smart doorbell', 'standing desk', 'blender'],
  },
  'en-IN': {
    tpl: [
      'Very good {X}, cooling is fast and noise is less. Value for money. 4 stars.',
      'Navratri garba night at {V}, {C}. Passes at the gate, Rs 300 per head. Come in traditional dress!',
      'Society notice: water supply will be off on Sunday 10 am to 2 pm for tank cleaning.',
      'Ordered the {X} during the sale, delivered in 2 days in {C}. Packaging was proper.',
      'Dear parents, school will remain closed tomorrow due to heavy rain alert.',
    ],
    C: ['Pune', 'Chennai', 'Jaipur', 'Kochi', 'Indore'],
    V: ['the clubhouse ground', 'Phoenix Mall', 'the temple hall', 'Sector 21 park'],
    X: ['air cooler', 'mixer grinder', 'water purifier', 'power bank'],
  },
  'en-NG': {
    tpl: [
      'This {X} is original, not like the fake ones in the market. Delivery to {C} took 3 days.',
      'Owambe loading! Food, music and vibes at {V}, {C}, Saturday 4pm. Dress code: gold and white.',
      'Estate notice: NEPA bill contributions are due by Friday. Light has been steady this week, thank God.',
      'The {X} spoilt after one month. I am still waiting for the refund from the store.',
      'Traffic on Third Mainland Bridge is crazy this morning, please use alternative routes.',
    ],
    C: ['Lagos', 'Abuja', 'Enugu', 'Port Harcourt', 'Ibadan'],
    V: ['the Civic Centre', 'Eko Hotel', 'the estate hall', 'Freedom Park'],
    X: ['generator', 'rechargeable fan', 'blender', 'solar inverter'],
  },
  'en-KE': {
    tpl: [
      'The {X} is very durable, been using it for a year now. Recommended.',
      'Live band at {V}, {C}, every Friday from 8pm. Nyama choma and cold drinks available.',
      'Residents, the water will be rationed on Tuesday and Thursday this week. Store enough.',
      'Bought the {X} online, delivered to {C} the next day. Very fast service.',
      'Matatu fares have gone up again on the Thika Road route. Be ready with change.',
    ],
    C: ['Nairobi', 'Mombasa', 'Kisumu', 'Nakuru', 'Eldoret'],
    V: ['the Carnivore grounds', 'Uhuru Park', 'the social hall', 'Java House'],
    X: ['water tank', 'gas cooker', 'smartphone', 'solar lamp'],
  },
  'en-PH': {
    tpl: [
      'Sulit ang {X}, mabilis dumating and well packed. 5 stars po!',
      'Fiesta sa {C} this Sunday! Parade at 8am, boodle fight at {V} after the mass.',
      'Brownout advisory: no power on Saturday 8am to 5pm due to line maintenance.',
      'The {X} stopped working after two weeks. Seller is not responding. Ingat kayo.',
      'Sarap ng lechon sa {V}, medyo mahal pero worth it.',
    ],
    C: ['Cebu', 'Davao', 'Iloilo', 'Baguio', 'Pasig'],
    V: ['the plaza', 'the covered court', 'the parish hall', 'SM Seaside'],
    X: ['electric fan', 'rice cooker', 'wifi router', 'earphones'],
  },
  'en-SG': {
    tpl: [
      'The {X} quite good, cooling very fast and not noisy. Worth the money lah.',
      'Mid-autumn lantern walk at {V} this Saturday, 7pm. Free lanterns for the first 200 kids!',
      'Lift at Blk 215 under maintenance until Friday, please use the other lobby.',
      'Chicken rice at {V} still the best, queue 20 mins but worth it.',
      'Bought the {X} at the roadshow, delivery to {C} within 3 days. Ok service.',
    ],
    C: ['Tampines', 'Jurong West', 'Bishan', 'Punggol', 'Bedok'],
    V: ['the community club', 'Gardens by the Bay', 'the hawker centre', 'the void deck'],
    X: ['air purifier', 'aircon', 'massage chair', 'rice cooker'],
  },
  'de-DE': {
    tpl: [
      'Der {X} ist solide verarbeitet, aber die Anleitung ist eine Katastrophe. Vier Sterne.',
      'Sommerfest im {V} in {C}! Samstag ab 14 Uhr, Hüpfburg, Grill und Livemusik.',
      'Liebe Nachbarn, ab Montag wird die Straße für zwei Wochen gesperrt (Kanalarbeiten).',
      'Das beste Eis in {C} gibt es im {V}. Unbedingt Pistazie probieren!',
      'Den {X} nach drei Tagen zurückgeschickt, Erstattung lief problemlos.',
    ],
    C: ['Leipzig', 'Köln', 'Freiburg', 'Hamburg', 'Kassel'],
    V: ['Stadtpark', 'Eiscafé am Markt', 'Bürgerhaus', 'Gemeindezentrum'],
    X: ['Akkuschrauber', 'Staubsauger', 'Wasserkocher', 'Fahrradanhänger'],
  },
  'de-AT': {
    tpl: [
      'Der {X} hält, was er verspricht. Lieferung nach {C} in zwei Tagen, passt.',
      'Adventmarkt im {V} in {C}, jeden Samstag ab 15 Uhr. Punsch für einen guten Zweck!',
      'Liebe Hausgemeinschaft, der Lift wird am Mittwoch gewartet. Bitte die Stiegen benutzen.',
      'Bestes Gulasch in {C}, das {V} ist zu Recht immer voll.',
      'Der {X} ist nach einem Monat kaputt gegangen. Reklamation läuft noch.',
    ],
    C: ['Graz', 'Linz', 'Salzburg', 'Innsbruck', 'Wien'],
    V: ['Pfarrsaal', 'Gasthaus zur Post', 'Volksgarten', 'Stadtheuriger'],
    X: ['Kaffeevollautomat', 'Rasenmäher', 'Heizlüfter', 'Skihelm'],
  },
  'fr-FR': {
    tpl: [
      'Le {X} est efficace mais très bruyant. Trois étoiles, sans plus.',
      'Fête de quartier samedi au {V} à {C} ! Buvette, DJ et tournoi de pétanque.',
      'Avis aux habitants : coupure d’eau mardi de 9 h à 12 h pour travaux.',
      'Meilleure boulangerie de {C}, les croissants du {V} sont incroyables.',
      'J’ai renvoyé le {X}, la livraison avait trois jours de retard. Remboursement rapide quand même.',
    ],
    C: ['Lyon', 'Nantes', 'Lille', 'Toulouse', 'Rennes'],
    V: ['parc des Berges', 'Fournil du Marché', 'gymnase municipal', 'centre social'],
    X: ['robot cuiseur', 'aspirateur sans fil', 'grille-pain', 'vélo électrique'],
  },
  'fr-CA': {
    tpl: [
      'Le {X} marche ben correct, livraison rapide à {C}. Quatre étoiles.',
      'Épluchette de blé d’Inde au {V} samedi prochain! Gratuit pour les résidents de {C}.',
      'Avis : stationnement interdit des deux côtés de la rue cette nuit pour le déneigement.',
      'Meilleure poutine en ville, le {V} est toujours plein le vendredi soir.',
      'J’ai retourné le {X}, le service à la clientèle a été super.',
    ],
    C: ['Québec', 'Sherbrooke', 'Gatineau', 'Trois-Rivières', 'Laval'],
    V: ['parc de la Gorge', 'Casse-Croûte du Coin', 'centre communautaire', 'sous-sol de l’église'],
    X: ['souffleuse', 'thermopompe', 'bouilloire', 'démarreur à distance'],
  },
};
