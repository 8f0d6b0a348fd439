/**
 * No capital letter in the line before `at`, read at most 200 characters back: a line typed in lower case so far
 * ("tolong inform arif", not "{patient: Wiebke H, ward: 4}"). Bounded, so a rule that asks it at every word of a long
 * line stays linear.
 */
export function noCapitalBefore(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 200), at);
  return !/\p{Lu}/u.test(before.slice(before.lastIndexOf('\n') + 1));
}
