import { hasContext } from '../context.ts';
import type { Recognizer } from '../types.ts';
import { cardNetwork } from './card.ts';
import { spokenNumbers } from './spoken-phone.ts';

/**
 * Card number read aloud in a call (speech-to-text transcripts), read as spoken-phone.ts reads phone numbers: split over
 * turns, the agent's echo covered and not counted, corrections, fillers. Only after a card word, and only a reading of
 * 13-19 digits with a card network's prefix and length and a valid Luhn digit counts.
 */
const CARD_CUE =
  /(?<![\p{L}])(?:card|karte|kartennummer|kreditkarte|carte|tarjeta|carta|cartão|cartao|kaart|kaartnummer|creditcard|karty|kartę|karta)(?![\p{L}])/iu;

export const spokenCardRecognizer: Recognizer = {
  name: 'spoken-card',
  types: ['CREDIT_CARD'],
  find(text) {
    return spokenNumbers(text, 'CREDIT_CARD', (start, nl) => {
      const cue = (at: number) =>
        at > 0 && (CARD_CUE.test(text.slice(Math.max(0, at - 60), at)) || hasContext(text, 'CREDIT_CARD', at, at));
      if (!cue(start) && !cue(nl)) return undefined;
      return { min: 13, max: 19, check: (d) => (cardNetwork(d) ? d : undefined) };
    });
  },
};
