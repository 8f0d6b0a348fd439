/**
 * A text with its offset map (each character of `folded` maps back to a span of the original), and edits applied to
 * it with the map kept exact. Shared by the seam folding (seams.ts) and the recognizers' own views of a text.
 */
export interface Mapped {
  folded: string;
  startOf: Int32Array;
  endOf: Int32Array;
}

export interface Edit {
  at: number;
  len: number;
  text: string;
}

/** Applies sorted, disjoint edits; a replacement character maps to the whole span it replaces. */
export function applyEdits(m: Mapped, edits: Edit[]): Mapped {
  if (edits.length === 0) return m;
  const s = m.folded;
  const parts: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  const keep = (to: number) => {
    if (to > i) parts.push(s.slice(i, to));
    for (; i < to; i++) {
      starts.push(m.startOf[i]);
      ends.push(m.endOf[i]);
    }
  };
  for (const e of edits) {
    keep(e.at);
    if (e.text) {
      parts.push(e.text);
      for (let k = 0; k < e.text.length; k++) {
        starts.push(m.startOf[e.at]);
        ends.push(m.endOf[e.at + e.len - 1]);
      }
    }
    i = e.at + e.len;
  }
  keep(s.length);
  return { folded: parts.join(''), startOf: Int32Array.from(starts), endOf: Int32Array.from(ends) };
}

/** Edits from the matches of a global pattern; `replace` returns the replacement or undefined to keep the match. */
export function regexEdits(s: string, re: RegExp, replace: (m: RegExpExecArray) => string | undefined): Edit[] {
  const edits: Edit[] = [];
  const r = new RegExp(re);
  for (let m = r.exec(s); m; m = r.exec(s)) {
    if (m[0].length === 0) {
      r.lastIndex++;
      continue;
    }
    const text = replace(m);
    if (text !== undefined) edits.push({ at: m.index, len: m[0].length, text });
  }
  return edits;
}

/**
 * A recognizer's own reading of `text`: passes of edits applied in turn, mapped back to `text` (offsets into it);
 * undefined when no pass changed anything.
 */
export function viewOf(text: string, passes: ((s: string) => Edit[])[]): Mapped | undefined {
  let view: Mapped | undefined;
  for (const pass of passes) {
    const edits = pass(view?.folded ?? text);
    if (edits.length === 0) continue;
    if (!view) {
      const n = text.length;
      view = { folded: text, startOf: new Int32Array(n), endOf: new Int32Array(n) };
      for (let i = 0; i < n; i++) {
        view.startOf[i] = i;
        view.endOf[i] = i + 1;
      }
    }
    view = applyEdits(view, edits);
  }
  return view;
}
