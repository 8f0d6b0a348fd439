/**
 * The first `n` code points of `text`, found without splitting the whole text into an array (a 1 MB prompt of
 * emoji would otherwise cost a 250,000-element array per featurizer call). Same result as
 * `Array.from(text).slice(0, n).join('')`, i.e. Python's `text[:n]`.
 */
export function codePointPrefix(text: string, n: number): string {
  if (text.length <= n) return text;
  let count = 0;
  let i = 0;
  while (i < text.length && count < n) {
    const c = text.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && isLow(text.charCodeAt(i + 1)) ? 2 : 1;
    count++;
  }
  return text.slice(0, i);
}

const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
