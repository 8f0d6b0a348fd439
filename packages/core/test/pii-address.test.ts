import { describe, expect, it, vi } from 'vitest';
import { createPiiEngine } from '../src/pii/engine.ts';
import { addressRecognizer } from '../src/pii/recognizers/address.ts';
import { Scanner } from '../src/pii/recognizers/address-scanner.ts';

const engine = createPiiEngine();
/** The ADDRESS spans the engine finds (original text). */
const addresses = async (text: string) =>
  (await engine.detect(text)).filter((e) => e.type === 'ADDRESS').map((e) => e.text);

describe('ADDRESS recognizer: street + number, postcode + place, PO boxes (en de fr es it nl pl pt)', () => {
  const FOUND: [string, string, string][] = [
    ['en', 'I live at Baker Street 221b, London NW1 6XE', 'Baker Street 221b, London NW1 6XE'],
    ['en', 'Send it to 221B Baker Street, London NW1 6XE please', '221B Baker Street, London NW1 6XE'],
    ['en', 'Flat 3, 27 Oak Lane, Bristol BS1 4DJ', 'Flat 3, 27 Oak Lane, Bristol BS1 4DJ'],
    ['en', '1600 Pennsylvania Avenue NW, Washington, DC 20500', '1600 Pennsylvania Avenue NW, Washington, DC 20500'],
    ['en', 'P.O. Box 1234, Springfield, IL 62704', 'P.O. Box 1234, Springfield, IL 62704'],
    ['en', 'new address: 214 watson rd.', '214 watson rd.'],
    ['de', 'Meine Adresse: Hauptstraße 5, 10115 Berlin.', 'Hauptstraße 5, 10115 Berlin'],
    ['de', 'Lieferung an Adalbert-Stifter-Str. 12a', 'Adalbert-Stifter-Str. 12a'],
    ['de', 'Postfach 10 20 30, D-80331 München', 'Postfach 10 20 30, D-80331 München'],
    ['de', 'Lieferadresse: Am Borsberg 134', 'Am Borsberg 134'],
    ['de', 'ich wohne in 10115 Berlin', '10115 Berlin'],
    ['fr', "J'habite au 12 rue de la Paix, 75002 Paris.", '12 rue de la Paix, 75002 Paris'],
    ['fr', 'Adresse : 8 bis, avenue Victor Hugo, 69002 Lyon', '8 bis, avenue Victor Hugo, 69002 Lyon'],
    ['fr', 'BP 45, 75008 Paris', 'BP 45, 75008 Paris'],
    ['es', 'Vivo en la Calle de Alcalá, 45, 28014 Madrid', 'Calle de Alcalá, 45, 28014 Madrid'],
    ['es', 'Avda. de la Constitución 12, 3º B, 41001 Sevilla', 'Avda. de la Constitución 12, 3º B, 41001 Sevilla'],
    ['es', 'Apartado de Correos 806', 'Apartado de Correos 806'],
    ['it', 'Abito in Via Roma 10, 20121 Milano (MI)', 'Via Roma 10, 20121 Milano (MI)'],
    ['it', 'Casella Postale 12, 00100 Roma', 'Casella Postale 12, 00100 Roma'],
    ['nl', 'Ik woon op Keizersgracht 123, 1015 CJ Amsterdam', 'Keizersgracht 123, 1015 CJ Amsterdam'],
    ['nl', 'Postbus 99, 2500 AA Den Haag', 'Postbus 99, 2500 AA Den Haag'],
    [
      'pl',
      'Mieszkam przy ul. Marszałkowska 10/12 m. 5, 00-590 Warszawa',
      'ul. Marszałkowska 10/12 m. 5, 00-590 Warszawa',
    ],
    ['pl', 'Dostawa: al. Jerozolimskie 65/79', 'al. Jerozolimskie 65/79'],
    ['pl', 'wyślij fakturę na ulica kisiel 26 dzięki', 'ulica kisiel 26'],
    ['pt', 'Moro na Rua Augusta 100, 1100-053 Lisboa', 'Rua Augusta 100, 1100-053 Lisboa'],
    ['pt', 'Entrega: Rua do Ouro 20, 3.º Esq.', 'Rua do Ouro 20, 3.º Esq'],
  ];
  it.each(FOUND)('%s: %s', async (_lang, text, expected) => {
    expect(await addresses(text)).toEqual([expected]);
  });

  const CLEAN = [
    'What is the capital of Australia?',
    'Write me a haiku about Hamburg',
    'In 2024 Berlin hosted 50000 visitors; in 50000 Jahren ist alles anders.',
    'The Spring 2024 collection has 12 pieces.',
    'send via DHL 2 packages',
    'Room 4.12 on floor 3, call extension 1234 for help.',
    'The flight LH 2023 leaves at 14:35 from gate B12; seat 23A.',
    'Top 10 Best Way to learn Rust',
    'Please place 3 orders and corso di Python 3',
    'BP 500 stations were sold',
    'Das Album erreichte Platz 36 der Charts.',
    'Take Highway 1 and then Indiana State Road 117; the Bundesstraße 8 is closed.',
    'The Weinstraße is 10 km long.',
    'Os accionistas do IDEC deteriam 50 por cento.',
    'g = 9,80665 N per kilogram',
    'Jeszcze w 1435 r. Francuzi zajęli Paryż.',
    'Explain the 5 Whys method and the 80/20 rule.',
  ];
  it.each(CLEAN)('no address in: %s', async (text) => {
    expect(await addresses(text)).toEqual([]);
  });

  it('is pseudonymized by default, and a place next to it too', async () => {
    const out = await engine.redact('Ship to Hauptstraße 5, 10115 Berlin');
    expect(out.text).toBe('Ship to <ADDRESS_1>');
    expect(out.entities.map((e) => [e.type, e.action])).toEqual([['ADDRESS', 'pseudonymize']]);
  });

  it('runs in linear time on long and adversarial inputs (work counted, not timed)', () => {
    const inputs = [
      (n: number) => 'a'.repeat(n),
      (n: number) => 'Baker Street 1 '.repeat(n / 15),
      (n: number) => 'rue de la de la de la 5 '.repeat(n / 24),
      (n: number) => '12 '.repeat(n / 3),
      (n: number) => 'Am Am Am Platz 3 '.repeat(n / 17),
      (n: number) => 'D-1 P.O. Box 1 '.repeat(n / 15),
      (n: number) => `${'1'.repeat(n / 2)} Street`,
    ];
    // every look-around goes through these methods: their call count is the work done
    const methods = ['at', 'word', 'cap', 'punct', 'boundary', 'house', 'place', 'postcode', 'extend'] as const;
    const spies = methods.map((m) => vi.spyOn(Scanner.prototype, m));
    const work = (text: string) => {
      for (const spy of spies) spy.mockClear();
      addressRecognizer.find(text, { entropyThreshold: 4 });
      return spies.reduce((sum, spy) => sum + spy.mock.calls.length, 0) + text.length / 64;
    };
    try {
      for (const make of inputs) {
        const small = work(make(20_000));
        const large = work(make(80_000));
        // 4× the input: about 4× the work (a quadratic scan would do 16×)
        expect(large).toBeLessThan(small * 4.5);
      }
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
    // and fast in absolute terms: 400 KB of street-like text in well under the request budget
    const t0 = performance.now();
    addressRecognizer.find('Baker Street 1, London NW1 6XE; '.repeat(12_500), { entropyThreshold: 4 });
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});
