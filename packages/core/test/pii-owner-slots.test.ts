import { describe, expect, it } from 'vitest';
import { ownerSlotSpans } from '../src/pii/name-owner-slots.ts';

const slots = (text: string) => ownerSlotSpans(text).map((s) => text.slice(s.start, s.end));

describe('names in slots only a person fills', () => {
  it('whose birth date, number or account', () => {
    expect(slots('fecha de nacimiento de pilar: 18 de abril de 1967')).toEqual(['pilar']);
    expect(slots('data di nascita di Ale: 15/09/2003')).toEqual(['Ale']);
    expect(slots('el teléfono de José es el +52 1 55 4968 8356')).toEqual(['José']);
    expect(slots("le numéro de max c'est le +33 1 15 32 51 30")).toEqual(['max']);
    expect(slots("Poppy: callum's number is +44 7840 870 260 btw")).toEqual(['callum']);
    expect(slots('IBAN BE25 0551 2818 9584 t.n.v. fem')).toEqual(['fem']);
    expect(slots('IBAN FR88 4863 6463 2631 4145 1678 483 b esm Jojo')).toEqual(['Jojo']);
  });

  it('no form noun, month or place after those labels', () => {
    for (const text of [
      'Data de nascimento do utente: 13/07/1972.',
      'date de naissance 27 août 1986, numéro de sécurité sociale 2 86 08 02 398 445 59',
      'The Borrower, date of birth July 20, 1985.',
      'namba ya gari khb 988w, simu +254 20 1447380',
      'numero di polizza 123456, número de seguimiento 99812',
      "The company's number is 555 0100. London's number is 0207 946 0000",
    ])
      expect(slots(text), text).toEqual([]);
  });

  it('two people asked, the one followed, the one born, the one who owes or paid', () => {
    expect(slots('ask Riley and Harrison if they’re in')).toEqual(['Riley', 'Harrison']);
    expect(slots('chiedete a Giuli e lorenzo se vengono')).toEqual(['Giuli', 'lorenzo']);
    expect(slots('seguid a rosa en insta')).toEqual(['rosa']);
    expect(slots('Ifeanyi Nwosu: favour was born on 14 December 1956')).toEqual(['favour']);
    expect(slots('zeg maar dat ik je stuur bloem is geboren op 07-12-1974')).toEqual(['bloem']);
    expect(slots('Agustina: Belén me debe $106,50 de la cena')).toEqual(['Belén']);
    expect(slots('millie: did dawn pay yet?')).toEqual(['dawn']);
    expect(slots('Maya: Fadi 3aleih $399 men el 3asha')).toEqual(['Fadi']);
  });

  it('no pronoun, kin word, determiner, question word or thing in those slots', () => {
    for (const text of [
      'My son was born in 2001 and the baby is geboren.',
      'Rent paid. Invoice paid.',
      'Did you pay? Did everyone pay yet?',
      'ask price and availability if possible',
      'selamat hari raya, mohon maaf lahir batin',
      'tarikh lahir: 13/11/1991',
      '¿quién me debe dinero?',
      'follow us on insta',
    ])
      expect(slots(text), text).toEqual([]);
  });

  it('Tagalog personal articles in a Taglish text', () => {
    expect(slots('sige, tanong mo kay princess kung sasama ba talaga si jessa')).toEqual(['princess', 'jessa']);
    // "si" is "if" / "yes" elsewhere
    expect(slots('si tu veux, on y va demain')).toEqual([]);
  });
});
