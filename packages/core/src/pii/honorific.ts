import { chatNameSpans } from './name-chat.ts';
import { scriptNameSpans } from './name-cues.ts';
import { inflectedNameSpans } from './name-inflect.ts';
import { nativeNameSpans } from './name-native.ts';
import { dottedNames, listedScriptNames } from './name-script.ts';

/**
 * A title followed by capitalised words ("Mr. May", "Frau Dr. Weber", "Mme Dupont") is a person, whatever the NER
 * model made of it (it may tag only the title, or nothing when the surname is a common word such as "May").
 * The span covers title and name, so a NER span on the title alone is absorbed and the name never stays visible.
 */
const TITLES =
  'Mr|Mrs|Ms|Mx|Miss|Dr|Prof|Sir|Dame|Herr|Frau|Hr|Fr|Mme|Mlle|M|Monsieur|Madame|Mademoiselle|Sr|Sra|Srta|' +
  'Señor|Señora|Señorita|Sig|Sig\\.ra|Signor|Signora|Dhr|Mevr|Mevrouw|Meneer|Pan|Pani';
const HONORIFIC = new RegExp(
  `(?<![\\p{L}\\p{N}])(${TITLES})(\\.?)(?:[ \\t]+(?:Dr|Prof)\\.?)?[ \\t]+(\\p{Lu}[\\p{Ll}\\p{Lu}'’-]*(?:[ \\t]+\\p{Lu}[\\p{Ll}'’-]+){0,2})`,
  'gu',
);

export function honorificSpans(text: string): { start: number; end: number }[] {
  // titles, honorific suffixes and introductions of other scripts and languages (name-cues.ts)
  const out: { start: number; end: number }[] = [
    ...scriptNameSpans(text),
    ...nativeNameSpans(text),
    ...chatNameSpans(text),
    ...listedScriptNames(text),
    ...dottedNames(text),
    ...inflectedNameSpans(text),
  ];
  if (!/[A-Z]/.test(text)) return out;
  for (const m of text.matchAll(HONORIFIC)) {
    // Single-letter or ambiguous titles need their dot ("M. Dupont", not "M Dupont"); "Pan Am" is not a person.
    if ((m[1] === 'M' || m[1] === 'Fr' || m[1] === 'Hr' || m[1] === 'Pan' || m[1] === 'Pani') && m[2] !== '.') continue;
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}
