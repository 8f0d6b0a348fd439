import { describe, expect, it } from 'vitest';
import {
  isValidCnic,
  isValidEmiratesId,
  isValidMyKad,
  isValidNik,
  isValidTckn,
  isValidZaId,
} from '../src/pii/recognizers/id-checks-local.ts';
import { idNumberRecognizer } from '../src/pii/recognizers/id-numbers.ts';

const ids = (text: string) => idNumberRecognizer.find(text, {} as never).map((m) => text.slice(m.start, m.end));

describe('emerging-market national identifiers (id-checks-local.ts)', () => {
  it('checks the structure and check digits', () => {
    expect(isValidZaId('8805145123083')).toBe(true);
    expect(isValidZaId('8805145123084')).toBe(false);
    expect(isValidTckn('31415926562')).toBe(true);
    expect(isValidTckn('31415926563')).toBe(false);
    expect(isValidEmiratesId('784199043217654')).toBe(true);
    expect(isValidEmiratesId('784199043217655')).toBe(false);
    expect(isValidNik('3273055203910001')).toBe(true);
    expect(isValidNik('3273055213910001')).toBe(false);
    expect(isValidMyKad('900521105123')).toBe(true);
    expect(isValidMyKad('901321105123')).toBe(false);
    expect(isValidCnic('4210112345671')).toBe(true);
    expect(isValidCnic('9210112345671')).toBe(false);
  });

  const FOUND: [string, string][] = [
    ['cnic: 4210112345671', '4210112345671'],
    ['CNIC 42101-1234567-1 hai', '42101-1234567-1'],
    ['mera shanakhti card number 3740512345679 hai', '3740512345679'],
    ['no ktp 3273055203910001 kak', '3273055203910001'],
    ['nik saya 3273055203910001', '3273055203910001'],
    ['iqama number 2387654321', '2387654321'],
    ['رقم الهوية 1098765432', '1098765432'],
    ['emirates id 784-1990-4321765-4', '784-1990-4321765-4'],
    ['mykad 900521-10-5123', '900521-10-5123'],
    ['my id is 8805145123083', '8805145123083'],
    ['meu cpf é 52998224725', '52998224725'],
    ['no kad pengenalan: 900521105123', '900521105123'],
    ['my EID no. 784199043217654', '784199043217654'],
  ];
  it.each(FOUND)('%s', (text, want) => {
    expect(ids(text)).toContain(want);
  });

  it('leaves order numbers of those lengths alone', () => {
    expect(ids('order 9805145123083 shipped')).toEqual([]);
    expect(ids('tracking 0273055203910001')).toEqual([]);
  });
});
