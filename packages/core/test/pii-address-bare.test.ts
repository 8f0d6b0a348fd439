import { describe, expect, it } from 'vitest';
import { createPiiEngine } from '../src/pii/index.ts';

const engine = createPiiEngine();
const addresses = async (text: string) =>
  (await engine.detect(text)).filter((e) => e.type === 'ADDRESS').map((e) => e.text);

describe('addresses with a house-number word, Australian street types, and streets without a type after a label', () => {
  it('"núm." before the house number and "Pde" / "Cres" after the street name', async () => {
    expect(await addresses('la fiesta es en Ronda de Segovia, núm. 35, 3º A, Zaragoza, el sábado')).toEqual([
      'Ronda de Segovia, núm. 35, 3º A, Zaragoza',
    ]);
    expect(await addresses('Change my billing address to Unit 10, 180 Kookaburra Pde, Brunswick, the card')).toEqual([
      'Unit 10, 180 Kookaburra Pde, Brunswick',
    ]);
  });

  it('a street named without a type and its number after an address label', async () => {
    expect(await addresses('Domicilio: Belgrano 828, Rosario')).toEqual(['Belgrano 828, Rosario']);
    expect(await addresses('Mi nueva dirección es Humahuaca 5961. Actualízala')).toEqual(['Humahuaca 5961']);
    expect(await addresses('my location is gate 12 now')).toEqual([]);
  });
});
