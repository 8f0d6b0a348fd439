import { describe, expect, it } from 'vitest';
import { plateRecognizer } from '../src/pii/recognizers/plates.ts';

const plates = (text: string) => [
  ...new Set(plateRecognizer.find(text, { entropyThreshold: 4 }).map((m) => text.slice(m.start, m.end))),
];

describe('vehicle plates (plates.ts, ID_NUMBER)', () => {
  it.each([
    ['Auto o numerach KR 12345 stoi na miejscu', 'KR 12345'],
    ['La voiture immatriculée AB-123-CD est garée', 'AB-123-CD'],
    ['Auto met kenteken 12-ABC-3 staat al dagen', '12-ABC-3'],
    ['a silver corsa ab12 cde blocking the drive', 'ab12 cde'],
    ['Car SGA1234Z parked at the bay', 'SGA1234Z'],
    ['the van ABC-1234 hit my fence', 'ABC-1234'],
    ['a white probox kda 123a near the gate', 'kda 123a'],
    ['plaka 34 ABC 123, telefon', '34 ABC 123'],
    ['Kennzeichen M-AB 1234. Ich', 'M-AB 1234'],
    ['xe biển số 51F-123.45 bị va chạm', '51F-123.45'],
    ['ang kotse ko (a b c 1 2 3 4) sa edsa', 'a b c 1 2 3 4'],
    ['номерний знак АА 1234 ВВ, тел', 'АА 1234 ВВ'],
    ['reg MME 8614. Can you', 'MME 8614'],
    ['a car (ST21 PRE) hit my rear bumper', 'ST21 PRE'],
    ['второй водитель, госномер х780ра 78, тел.', 'х780ра 78'],
    ['thabian rot 9กข 5163, boe 091', '9กข 5163'],
    ['nombor plat whx 4665, telefon', 'whx 4665'],
    ['karşı taraf, plaka 06 u 438, telefon', '06 u 438'],
    ['nr rejestracyjny WE 7P616, tel.', 'WE 7P616'],
    ['număr de înmatriculare IS 87 DUK, telefon', 'IS 87 DUK'],
    ['doosri gaadi DL 3 AB 9971 thi', 'DL 3 AB 9971'],
    ['plaka SRN 3671, numero 0 9 2 7 0 5 1 1 4 7 1, bumangga', 'SRN 3671'],
  ])('%s', (text, plate) => {
    expect(plates(text)).toEqual([plate]);
  });

  it('not a time, a price, a size, a handle or a romanized word with a digit', () => {
    for (const text of [
      'the car was parked at 5 pm',
      'the car costs 300 EUR',
      'my car is 10 years old',
      'car 2024 model, 15000 km',
      '@vj44 did I mention it',
      'ektebli risala 3eed milad l zamili fel sho3l',
      'a matrícula abre em 09.07.2025',
      'bảo hiểm xe ô tô. Phí 335 đ',
    ])
      expect(plates(text), text).toEqual([]);
    expect(plates('car ab12 cde 5 min away')).toEqual(['ab12 cde']);
  });
});
