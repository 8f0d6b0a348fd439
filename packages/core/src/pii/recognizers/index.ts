import type { Recognizer } from '../types.ts';
import { addressRecognizer } from './address.ts';
import { chatAddressRecognizer } from './address-chat.ts';
import { layoutAddressRecognizer } from './address-layouts.ts';
import { lineAddressRecognizer } from './address-line.ts';
import { localAddressRecognizer } from './address-local.ts';
import { addressPartsRecognizer } from './address-parts.ts';
import { birthDateRecognizer } from './birth-date.ts';
import { cardRecognizer } from './card.ts';
import { credentialRecognizer } from './credentials.ts';
import { cryptoAddressRecognizer } from './crypto-address.ts';
import { deviceIdRecognizer, imeiRecognizer } from './device-ids.ts';
import { digitRunRecognizer } from './digit-run.ts';
import { emailRecognizer } from './email.ts';
import { emailEvasionRecognizer } from './email-evasion.ts';
import { fragmentRecognizer } from './fragments.ts';
import { ibanRecognizer } from './iban.ts';
import { idNumberRecognizer } from './id-numbers.ts';
import { joinedRecognizer } from './joined.ts';
import { maskedRecognizer } from './masked.ts';
import { nationalIdRecognizer } from './national-ids.ts';
import { networkRecognizer } from './network.ts';
import { phoneRecognizer } from './phone.ts';
import { plateRecognizer } from './plates.ts';
import { secretRecognizer } from './secrets.ts';
import { spelledNameRecognizer } from './spelled-name.ts';
import { spokenAddressRecognizer } from './spoken-address.ts';
import { spokenBirthDateRecognizer } from './spoken-birth-date.ts';
import { spokenCardRecognizer } from './spoken-card.ts';
import { spokenEmailRecognizer } from './spoken-email.ts';
import { spokenIbanRecognizer } from './spoken-iban.ts';
import { spokenPhoneRecognizer } from './spoken-phone.ts';
import { usernameRecognizer } from './username.ts';

export const BUILTIN_RECOGNIZERS: readonly Recognizer[] = [
  emailRecognizer,
  emailEvasionRecognizer,
  spokenEmailRecognizer,
  phoneRecognizer,
  spokenPhoneRecognizer,
  cardRecognizer,
  spokenCardRecognizer,
  ibanRecognizer,
  spokenIbanRecognizer,
  networkRecognizer,
  nationalIdRecognizer,
  idNumberRecognizer,
  secretRecognizer,
  credentialRecognizer,
  cryptoAddressRecognizer,
  usernameRecognizer,
  deviceIdRecognizer,
  plateRecognizer,
  imeiRecognizer,
  birthDateRecognizer,
  spokenBirthDateRecognizer,
  spelledNameRecognizer,
  addressRecognizer,
  addressPartsRecognizer,
  localAddressRecognizer,
  layoutAddressRecognizer,
  chatAddressRecognizer,
  lineAddressRecognizer,
  spokenAddressRecognizer,
  joinedRecognizer,
  fragmentRecognizer,
  maskedRecognizer,
  digitRunRecognizer,
];

export { cardNetwork } from './card.ts';
export { isValidIban } from './iban.ts';
export { isValidBsn, isValidDeTaxId, isValidEsDni, isValidNino, isValidNir, isValidSsn } from './national-ids.ts';
export { isIPv6 } from './network.ts';
export { looksLikeSecret } from './secrets.ts';
export { luhn, shannonEntropy } from './util.ts';
