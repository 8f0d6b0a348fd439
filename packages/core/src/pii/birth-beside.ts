import { DATE_SOURCE, plausible } from './recognizers/birth-date.ts';

/**
 * A date beside a person's name in a record — a list, a table or a form row ("Gerrit van den Broek, 27-1-1966 – 010
 * 530 9478", "| Otieno Mutua | 28.7.1985 | KCN 236F |", "LINDEMANN, Merve⇥16. November 2018⇥…"): the name's date of
 * birth. Only a whole date (day, month and year) right after the name with a list or cell separator between, and a
 * separator, a bracket or the line end after it: a date that words follow is an event ("Anna, 12/03/2024 we met").
 * Linear: one sticky match after each name.
 */
const BESIDE = new RegExp(
  `[ \\t]*(?:[,/|;–—-]|\\t)[ \\t]*(${DATE_SOURCE})(?=[ \\t]*(?:[,/|;–—\\t)-]|\\r?\\n|$))`,
  'iuy',
);

export function datesBesideNames(
  text: string,
  persons: readonly { start: number; end: number }[],
): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const p of persons) {
    BESIDE.lastIndex = p.end;
    const m = BESIDE.exec(text);
    if (!m || !plausible(m[1])) continue;
    out.push({ start: BESIDE.lastIndex - m[1].length, end: BESIDE.lastIndex });
  }
  return out;
}
