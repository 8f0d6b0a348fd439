import { describe, expect, it } from 'vitest';
import { createPiiEngine } from '../src/pii/index.ts';

const engine = createPiiEngine();
const found = async (text: string) => (await engine.detect(text)).map((e) => `${e.type}:${e.text}`);

describe('e-mail addresses written back to front or with Japanese and Dutch words, birth dates with letters for digits', () => {
  it('reads an address written back to front in words', async () => {
    const [e] = await engine.detect('Account email is COM DOT YAHOO AT TYLER.SULLIVAN.8, phone on file');
    expect(e?.type).toBe('EMAIL');
    expect(e?.value).toBe('tyler.sullivan.8@yahoo.com');
    expect(await found('mi correo mx punto net punto prodigy arroba g.lopez. Pedido A1')).toContain(
      'EMAIL:mx punto net punto prodigy arroba g.lopez',
    );
  });

  it('reads "atto", "dotto" and "apestaart" as the signs of an address', async () => {
    expect(await found('Mail: hana.tanaka.5 (atto) docomo.ne.jp')).toContain('EMAIL:hana.tanaka.5 (atto) docomo.ne.jp');
    expect(await found('emma dot mulder dot 6 apestaart gmail dot com')).toContain(
      'EMAIL:emma dot mulder dot 6 apestaart gmail dot com',
    );
  });

  it('leaves a sentence with "at" and "dot" words but no domain alone', async () => {
    expect(await found('we looked at the dot plot at work')).toEqual([]);
  });

  it('reads O, o, l and I written for digits in a birth date', async () => {
    expect(await found('tenant, born O1 / 06 / l993, current address')).toContain('DATE_OF_BIRTH:O1 / 06 / l993');
  });
});
