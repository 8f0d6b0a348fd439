/** Hold-out 41 words: e-mails and handles from names, and their spoken forms per language; spoken phones. */
import type { Rng } from './pii-holdout41-values.ts';

export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ı/g, 'i')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .replace(/ß/g, 'ss');
}

/** Spoken words per language: digits 0..9, "at", "dot", "underscore", and an alternative zero. */
export const SPOKEN: Record<string, { digits: string[]; at: string; dot: string; under: string; zero2?: string }> = {
  en: {
    digits: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'],
    at: 'at',
    dot: 'dot',
    under: 'underscore',
    zero2: 'oh',
  },
  es: {
    digits: ['cero', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve'],
    at: 'arroba',
    dot: 'punto',
    under: 'guion bajo',
  },
  pt: {
    digits: ['zero', 'um', 'dois', 'três', 'quatro', 'cinco', 'meia', 'sete', 'oito', 'nove'],
    at: 'arroba',
    dot: 'ponto',
    under: 'underline',
  },
  fr: {
    digits: ['zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf'],
    at: 'arobase',
    dot: 'point',
    under: 'tiret du bas',
  },
  de: {
    digits: ['null', 'eins', 'zwo', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun'],
    at: 'at',
    dot: 'punkt',
    under: 'unterstrich',
  },
  it: {
    digits: ['zero', 'uno', 'due', 'tre', 'quattro', 'cinque', 'sei', 'sette', 'otto', 'nove'],
    at: 'chiocciola',
    dot: 'punto',
    under: 'trattino basso',
  },
  nl: {
    digits: ['nul', 'een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen'],
    at: 'apenstaartje',
    dot: 'punt',
    under: 'underscore',
  },
  pl: {
    digits: ['zero', 'jeden', 'dwa', 'trzy', 'cztery', 'pięć', 'sześć', 'siedem', 'osiem', 'dziewięć'],
    at: 'małpa',
    dot: 'kropka',
    under: 'podkreślnik',
  },
  tr: {
    digits: ['sıfır', 'bir', 'iki', 'üç', 'dört', 'beş', 'altı', 'yedi', 'sekiz', 'dokuz'],
    at: 'et',
    dot: 'nokta',
    under: 'alt çizgi',
  },
  id: {
    digits: ['nol', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan'],
    at: 'et',
    dot: 'titik',
    under: 'garis bawah',
  },
  sw: {
    digits: ['sifuri', 'moja', 'mbili', 'tatu', 'nne', 'tano', 'sita', 'saba', 'nane', 'tisa'],
    at: 'at',
    dot: 'dot',
    under: 'underscore',
  },
  ar: {
    digits: ['sefr', 'wa7ed', 'etnein', 'talata', 'arba3a', 'khamsa', 'setta', 'sab3a', 'tamanya', 'tes3a'],
    at: 'at',
    dot: 'dot',
    under: 'underscore',
  },
};

/** Speaks a phone: all digits as words, or (partly) only the tail groups; returns the text and whether words appear. */
export function speakPhone(r: Rng, phone: string, lang: string): { text: string; spoken: boolean } {
  const w = SPOKEN[lang] ?? SPOKEN.en;
  const national = phone.replace(/^\+\d{1,3}\s/, (m) => (r.chance(0.5) ? m : '')).replace(/[()\-./]/g, ' ');
  const groups = national.trim().split(/\s+/);
  const mode = r.pick(['digits', 'all', 'all', 'tail']);
  if (mode === 'digits') return { text: groups.join(' '), spoken: false };
  const from = mode === 'tail' ? r.int(1, Math.max(1, groups.length - 1)) : 0;
  const out: string[] = [];
  groups.forEach((g, gi) => {
    if (gi < from || g.startsWith('+')) {
      out.push(g.startsWith('+') ? (lang === 'en' ? `plus ${g.slice(1)}` : g) : g);
      return;
    }
    const ds = [...g];
    for (let i = 0; i < ds.length; i++) {
      const n = Number(ds[i]);
      const word = n === 0 && w.zero2 && r.chance(0.7) ? w.zero2 : w.digits[n];
      if (lang === 'en' && ds[i + 1] === ds[i] && r.chance(0.6)) {
        out.push(`double ${word}`);
        i++;
      } else out.push(word);
    }
  });
  return { text: out.join(' '), spoken: true };
}

export function speakEmail(email: string, lang: string): string {
  const w = SPOKEN[lang] ?? SPOKEN.en;
  return email
    .replace(/@/, ` ${w.at} `)
    .replace(/\./g, ` ${w.dot} `)
    .replace(/_/g, ` ${w.under} `)
    .replace(/-/g, ' dash ');
}

/** An e-mail built from a person's name. */
export function email(r: Rng, first: string, last: string, domains: readonly string[]): string {
  const f = fold(first)
    .toLowerCase()
    .replace(/[^a-z]/g, '');
  const l = fold(last)
    .toLowerCase()
    .replace(/[^a-z]/g, '');
  const local = r.pick([
    `${f}.${l}`,
    `${f}${l}`,
    `${f}_${l}`,
    `${f}.${l}${r.int(1, 99)}`,
    `${f[0]}.${l}`,
    `${f}${r.int(1970, 2005)}`,
    `${l}.${f}`,
    `${f}-${l}`,
  ]);
  return `${local}@${r.pick(domains)}`;
}

/** A social handle built from a person's name (no @). */
export function handle(r: Rng, first: string, last: string): string {
  const f = fold(first)
    .toLowerCase()
    .replace(/[^a-z]/g, '');
  const l = fold(last)
    .toLowerCase()
    .replace(/[^a-z]/g, '');
  return r.pick([
    `${f}.${l}`,
    `${f}_${l}`,
    `${f}${l}${r.int(1, 99)}`,
    `the.real.${f}`,
    `${f}_${l[0]}${r.int(80, 99)}`,
    `${f}.${l}_`,
    `its_${f}`,
    `${f}x${l}`,
  ]);
}

export function speakHandle(h: string, lang: string): string {
  const w = SPOKEN[lang] ?? SPOKEN.en;
  return h.replace(/\./g, ` ${w.dot} `).replace(/_/g, ` ${w.under} `).replace(/ +/g, ' ').trim();
}
