/** Hold-out 31 phones: national numbers of each region, printed in its usual formats, valid for libphonenumber-js/max. */
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { choose, digits, int, type Rand, type Region } from './pii-holdout31-values.ts';

/** National significant number candidates and the ways each region prints them. */
const PHONE: Record<Region, { cc: string; iso: string; make: (r: Rand) => [string, (r: Rand, n: string) => string] }> =
  {
    US: {
      cc: '1',
      iso: 'US',
      make: (r) => [
        `${choose(r, [212, 213, 305, 312, 404, 415, 503, 512, 602, 617, 704, 713, 720, 808, 919, 206, 303, 614, 615, 702])}${int(r, 2, 9)}${digits(r, 6)}`,
        (r, n) => {
          const [a, e, s] = [n.slice(0, 3), n.slice(3, 6), n.slice(6)];
          return choose(r, [
            `(${a}) ${e}-${s}`,
            `(${a}) ${e}-${s}`,
            `${a}-${e}-${s}`,
            `+1 ${a} ${e} ${s}`,
            `+1 (${a}) ${e}-${s}`,
            `${a}.${e}.${s}`,
            `+1-${a}-${e}-${s}`,
          ]);
        },
      ],
    },
    UK: {
      cc: '44',
      iso: 'GB',
      make: (r) =>
        r() < 0.5
          ? [
              `20${choose(r, [3, 7, 8])}${digits(r, 7)}`,
              (r, n) =>
                choose(r, [
                  `+44 20 ${n.slice(2, 6)} ${n.slice(6)}`,
                  `020 ${n.slice(2, 6)} ${n.slice(6)}`,
                  `+44 (0)20 ${n.slice(2, 6)} ${n.slice(6)}`,
                ]),
            ]
          : [
              `7${choose(r, [4, 5, 7, 8, 9])}${digits(r, 8)}`,
              (r, n) => choose(r, [`07${n.slice(1, 4)} ${n.slice(4)}`, `+44 ${n.slice(0, 4)} ${n.slice(4)}`, `0${n}`]),
            ],
    },
    IN: {
      cc: '91',
      iso: 'IN',
      make: (r) =>
        r() < 0.75
          ? [
              `${choose(r, [9, 9, 8, 7, 6])}${digits(r, 9)}`,
              (r, n) =>
                choose(r, [
                  `+91 ${n.slice(0, 5)} ${n.slice(5)}`,
                  `${n.slice(0, 5)} ${n.slice(5)}`,
                  `+91-${n}`,
                  `${n}`,
                  `0${n}`,
                ]),
            ]
          : [
              `40${int(r, 2, 6)}${digits(r, 7)}`,
              (r, n) => choose(r, [`040 ${n.slice(2, 6)} ${n.slice(6)}`, `+91 40 ${n.slice(2, 6)} ${n.slice(6)}`]),
            ],
    },
    FR: {
      cc: '33',
      iso: 'FR',
      make: (r) => [
        `${choose(r, [6, 6, 7, 1, 4, 5])}${digits(r, 8)}`,
        (r, n) => {
          const p = n.slice(1).match(/../g)?.join(' ') ?? '';
          return choose(r, [
            `0${n[0]} ${p}`,
            `0${n[0]} ${p}`,
            `+33 ${n[0]} ${p}`,
            `+33 (0)${n[0]} ${p}`,
            `0${n}`,
            `0${n[0]}.${p.replaceAll(' ', '.')}`,
          ]);
        },
      ],
    },
    DE: {
      cc: '49',
      iso: 'DE',
      make: (r) =>
        r() < 0.5
          ? [
              `${choose(r, ['30', '89', '40', '221', '69'])}${int(r, 2, 9)}${digits(r, 6)}`,
              (r, n) => {
                const a = n.startsWith('221') ? 3 : 2;
                return choose(r, [
                  `+49 (0)${n.slice(0, a)} ${n.slice(a)}`,
                  `0${n.slice(0, a)} ${n.slice(a)}`,
                  `0${n.slice(0, a)}/${n.slice(a)}`,
                  `+49 ${n.slice(0, a)} ${n.slice(a)}`,
                ]);
              },
            ]
          : [
              `${choose(r, ['151', '152', '160', '170', '171', '176', '157'])}${digits(r, 8)}`,
              (r, n) =>
                choose(r, [
                  `0${n.slice(0, 3)} ${n.slice(3)}`,
                  `+49 ${n.slice(0, 3)} ${n.slice(3)}`,
                  `0${n.slice(0, 3)}-${n.slice(3)}`,
                ]),
            ],
    },
    IT: {
      cc: '39',
      iso: 'IT',
      make: (r) =>
        r() < 0.4
          ? [
              `0${choose(r, [2, 6])}${digits(r, 8)}`,
              (r, n) =>
                choose(r, [
                  `+39 ${n.slice(0, 2)} ${n.slice(2, 6)} ${n.slice(6)}`,
                  `${n.slice(0, 2)} ${n.slice(2)}`,
                  `${n.slice(0, 2)}-${n.slice(2)}`,
                ]),
            ]
          : [
              `3${choose(r, [2, 3, 4, 5, 8, 9])}${digits(r, 8)}`,
              (r, n) =>
                choose(r, [
                  `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`,
                  `+39 ${n.slice(0, 3)} ${n.slice(3)}`,
                  `+39 ${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`,
                ]),
            ],
    },
    ES: {
      cc: '34',
      iso: 'ES',
      make: (r) => [
        `${choose(r, ['6', '6', '7', '91', '93', '96'])}${digits(r, 8)}`.slice(0, 9),
        (r, n) =>
          choose(r, [
            `+34 ${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`,
            `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`,
            `${n.slice(0, 3)} ${n.slice(3, 5)} ${n.slice(5, 7)} ${n.slice(7)}`,
            `+34 ${n}`,
          ]),
      ],
    },
    NL: {
      cc: '31',
      iso: 'NL',
      make: (r) =>
        r() < 0.6
          ? [
              `6${int(r, 1, 5)}${digits(r, 7)}`,
              (r, n) =>
                choose(r, [
                  `06 ${n.slice(1)}`,
                  `06-${n.slice(1)}`,
                  `+31 6 ${n.slice(1)}`,
                  `+31 (0)6 ${n.slice(1, 5)} ${n.slice(5)}`,
                ]),
            ]
          : [
              `${choose(r, ['20', '10', '30', '70'])}${int(r, 2, 8)}${digits(r, 6)}`,
              (r, n) =>
                choose(r, [
                  `0${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5)}`,
                  `+31 ${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5)}`,
                  `0${n.slice(0, 2)}-${n.slice(2)}`,
                ]),
            ],
    },
    PT: {
      cc: '351',
      iso: 'PT',
      make: (r) => [
        `${choose(r, ['91', '92', '93', '96', '21', '22'])}${digits(r, 7)}`,
        (r, n) =>
          choose(r, [
            `+351 ${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`,
            `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`,
            `+351 ${n}`,
          ]),
      ],
    },
    BR: {
      cc: '55',
      iso: 'BR',
      make: (r) => {
        const ddd = choose(r, ['11', '21', '31', '41', '51', '61', '71', '81']);
        return r() < 0.7
          ? [
              `${ddd}9${int(r, 6, 9)}${digits(r, 7)}`,
              (r, n) =>
                choose(r, [
                  `+55 ${n.slice(0, 2)} ${n.slice(2, 7)}-${n.slice(7)}`,
                  `(${n.slice(0, 2)}) ${n.slice(2, 7)}-${n.slice(7)}`,
                  `+55 (${n.slice(0, 2)}) ${n.slice(2, 7)}-${n.slice(7)}`,
                ]),
            ]
          : [
              `${ddd}${int(r, 2, 5)}${digits(r, 7)}`,
              (r, n) =>
                choose(r, [
                  `(${n.slice(0, 2)}) ${n.slice(2, 6)}-${n.slice(6)}`,
                  `+55 ${n.slice(0, 2)} ${n.slice(2, 6)}-${n.slice(6)}`,
                ]),
            ];
      },
    },
  };

/** A phone number valid for libphonenumber-js/max, printed the way the region writes it. */
export function phone(r: Rand, region: Region): string {
  const spec = PHONE[region];
  for (let i = 0; i < 500; i++) {
    const [n, fmt] = spec.make(r);
    const p = parsePhoneNumberFromString(`+${spec.cc}${n}`);
    if (!p?.isValid() || p.country !== spec.iso) continue;
    const s = fmt(r, n);
    const back = parsePhoneNumberFromString(s, spec.iso as 'US');
    if (back?.isValid() && back.number === p.number) return s;
  }
  throw new Error(`no valid phone for ${region}`);
}
