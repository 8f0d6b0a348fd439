/**
 * A phone extension written after the number ("x4673", "ext. 5427", "(ext. 728)", "poste 242", "Durchwahl 91",
 * "int. 12", "# 995", "ramal 30", "x 464" on the next line, "wew. 15", "доб. 204", "内線 123"): it belongs to the number, so the entity covers it.
 */
const EXTENSION =
  /^(?:[ \t]{0,2}|[ \t]?\r?\n[ \t]{0,4}(?=(?:x|ext|extn|extension)\.?[ \t]?\d))(?:([([])[ \t]?)?(?:(?:x|ext|extn|extension|ex|poste|durchwahl|dw|klapka|kl|int|interno|ramal|wew|wewn|lokal|toestel|tst|mellék|anexo|доб|вн|内線|内线|分機|分机|내선)\.?[ \t]?[:#.]?|[-–]?[ \t]?#[ \t]?[-–]?)[ \t]?\d{1,6}(?![\p{L}\p{N}])/iu;

/** End of the extension that follows a number ending at `end`, or `end` when there is none. */
export function extensionEnd(text: string, end: number): number {
  const m = EXTENSION.exec(text.slice(end, end + 32));
  if (!m) return end;
  let to = end + m[0].length;
  const close = m[1] ? /^[ \t]?[)\]]/.exec(text.slice(to, to + 2)) : null;
  if (close) to += close[0].length;
  return to;
}
