import { describe, expect, it } from 'vitest';
import type { EntityResult } from '../src/models.ts';
import { createPiiEngine } from '../src/pii/index.ts';
import type { PiiEntityType } from '../src/pii/types.ts';

const engine = createPiiEngine({ defaultRegion: 'US' });

async function ofType(sentence: string, type: PiiEntityType): Promise<string[]> {
  return (await engine.detect(sentence)).filter((e) => e.type === type).map((e) => e.text);
}

describe('DATE_OF_BIRTH: a date after a birth label', () => {
  it.each([
    ['DOB 14/03/1985', '14/03/1985'],
    ['DOB: 1985-03-14', '1985-03-14'],
    ['date of birth 03/14/1985', '03/14/1985'],
    ['born on 14.03.85', '14.03.85'],
    ['born 14 March 1985 in Leeds', '14 March 1985'],
    ['born on the 14th of March 1985', '14th of March 1985'],
    ['born on March 14, 1985', 'March 14, 1985'],
    ['my birthday is 3rd May 1990', '3rd May 1990'],
    ['geboren am 14. März 1985', '14. März 1985'],
    ['Geburtsdatum: 14.03.1985', '14.03.1985'],
    ['née le 14 mars 1985', '14 mars 1985'],
    ['date de naissance : 02/11/1979', '02/11/1979'],
    ['fecha de nacimiento: 14 de marzo de 1985', '14 de marzo de 1985'],
    ['nacido el 3 de mayo de 1990', '3 de mayo de 1990'],
    ['data di nascita 14/03/1985', '14/03/1985'],
    ['data de nascimento: 14/03/1985', '14/03/1985'],
    ['geboortedatum 14-03-1985', '14-03-1985'],
    ['data urodzenia 14.03.1985', '14.03.1985'],
    ['doğum tarihi 14.03.1985', '14.03.1985'],
    ['дата рождения 14.03.1985', '14.03.1985'],
    ['родился 14 марта 1985', '14 марта 1985'],
    ['出生日期：1985年3月14日', '1985年3月14日'],
    ['生年月日 1985年3月14日', '1985年3月14日'],
    ['생년월일: 1985년 3월 14일', '1985년 3월 14일'],
    ['petsa ng kapanganakan March 3, 1990', 'March 3, 1990'],
    ['ημερομηνία γέννησης 14/03/1985', '14/03/1985'],
    ['nimezaliwa 14 / 03 / 1985, ninaishi Nairobi', '14 / 03 / 1985'],
    ['data nașterii 14.03.1985', '14.03.1985'],
    ['doğum tarihim 20 Aralık 1980.', '20 Aralık 1980'],
    ['sinh ngày 26/12/2000', '26/12/2000'],
    ['tanggal lahir 10 Maret 2019', '10 Maret 2019'],
    ['date de naissance 25 décembre\n1999, contact', '25 décembre\n1999'],
    ['nar. 10. 1. 2005, pracovala', '10. 1. 2005'],
    ['ur. 05.09.1991, pracowała', '05.09.1991'],
    ['Дата рождения: 22 мая 1961 г.', '22 мая 1961 г.'],
    ['Janm tithi: 04/11/1981', '04/11/1981'],
    ['Wan koet: 05/07/1950', '05/07/1950'],
    ['urodziłam się 17.02.1980 r., mieszkam', '17.02.1980 r.'],
    ['geb. am:\n5. Mai 1972\n\nKennzeichen', '5. Mai 1972'],
    ['Ημερομηνία γέννησης:\n25/05/1998\n\nΔιεύθυνση', '25/05/1998'],
    ['| Дата рождения | 23 октября 1958 |', '23 октября 1958'],
    ['Ngày sinh:  ngày 20 tháng 1 năm 1955\nĐịa chỉ', 'ngày 20 tháng 1 năm 1955'],
    ['Jegyzőkönyv: Farkas Eszter (szül. 1981. 02. 06.) a', '1981. 02. 06'],
    ['לביטוח צריך תאריך לידה: נולד ב-16/06/1966', '16/06/1966'],
    ['محتاجين تاريخ الميلاد للتأمين: مواليد 12/02/1998', '12/02/1998'],
  ])('%j', async (sentence, date) => {
    expect(await ofType(sentence, 'DATE_OF_BIRTH')).toEqual([date]);
  });

  it.each([
    // A year alone says too little to single anyone out, and "born in" is as often about a place: left alone.
    'born in 1985',
    'the meeting is on 14/03/1985',
    'deadline: March 14, 2026',
    'birthday party on 14/03',
    'DOB 99/99/1985',
    // Born before 1900: a historical figure, no living person to protect.
    'Who was Albert Einstein (born 14 March 1879)?',
  ])('not %j', async (sentence) => {
    expect(await ofType(sentence, 'DATE_OF_BIRTH')).toEqual([]);
  });

  it('a whole date beside a name in a record row is its date of birth (birth-beside.ts), not a date before words', async () => {
    // a NER stand-in that tags the one name as PER (the date rule reads the names the engine found)
    const ner = async (text: string): Promise<EntityResult> => {
      const at = text.indexOf('Anna Kowalska');
      return {
        model: 'stand-in',
        entities: at < 0 ? [] : [{ type: 'PER', start: at, end: at + 13, score: 0.95, text: 'Anna Kowalska' }],
      };
    };
    const engine = createPiiEngine({ ner });
    const dates = async (text: string) =>
      (await engine.detect(text)).filter((e) => e.type === 'DATE_OF_BIRTH').map((e) => e.text);
    expect(await dates('1. Anna Kowalska, 14.03.1985, tel. 600 100 200')).toEqual(['14.03.1985']);
    expect(await dates('| Anna Kowalska | 3 March 1985 |')).toEqual(['3 March 1985']);
    expect(await dates('Anna Kowalska, 14.03.2025 we met for lunch')).toEqual([]);
  });
});
