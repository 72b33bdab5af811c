// Spotting an acronym spelled out in the text — "Education Welfare Officer (EWO)" or
// "EWO (Education Welfare Officer)" — after which the letters alone are fine in that document.
import type { CompiledEntry, Match } from './compile';
import { tokenise, type Token } from './tokens';

export type Definition =
  /** "Education Welfare Officer (EWO)": the brackets run from `open` to `close`. */
  | { form: 'words-then-letters'; open: number; close: number }
  /** "EWO (Education Welfare Officer)": `sameAsPlain` when the brackets hold the glossary's own words. */
  | { form: 'letters-then-words'; open: number; close: number; inside: string; sameAsPlain: boolean };

const WORDS_AFTER = /^\s*\(([^()\n]{3,160})\)/;

/** How the acronym matched at `m` is spelled out there, or null when it is not. */
export function acronymDefinition(text: string, tokens: readonly Token[], m: Match, entry: CompiledEntry): Definition | null {
  const before = /\(\s*$/.exec(text.slice(Math.max(0, m.start - 4), m.start));
  const after = /^\s*\)/.exec(text.slice(m.end, m.end + 4));
  if (before && after) {
    const open = m.start - before[0].length;
    if (wordsBeforeSpellOut(text, tokens, m.first, open, entry)) {
      return { form: 'words-then-letters', open, close: m.end + after[0].length };
    }
    return null;
  }
  const inside = WORDS_AFTER.exec(text.slice(m.end, m.end + 170));
  if (inside) {
    const words = tokenise(inside[1]);
    if (words.filter((w) => /\p{L}/u.test(w.text)).length >= 2) {
      const key = words.map((w) => w.key).join(' ');
      return {
        form: 'letters-then-words',
        open: m.end + inside[0].indexOf('('),
        close: m.end + inside[0].length,
        inside: inside[1].trim(),
        sameAsPlain: entry.definitionKeys.includes(key),
      };
    }
  }
  return null;
}

/** Letters as units: each letter alone, a run of digits together ("S47" → s, 47). */
function units(acronym: string): string[] {
  return acronym.toLowerCase().match(/[a-z]|\d+/g) ?? [];
}

function wordsBeforeSpellOut(text: string, tokens: readonly Token[], first: number, open: number, entry: CompiledEntry): boolean {
  // The words just before the bracket, within the same sentence.
  const words: Token[] = [];
  for (let k = first - 1; k >= 0 && words.length < 12; k--) {
    const t = tokens[k];
    if (t.end > open) continue;
    const gap = text.slice(t.end, words.length ? words[0].start : open);
    if (/[.!?;:\n()]/.test(gap)) break;
    words.unshift(t);
  }
  if (words.length === 0) return false;
  const tail = words.map((w) => w.key).join(' ');
  if (entry.definitionKeys.some((k) => k.length > 0 && (tail === k || tail.endsWith(' ' + k)))) return true;
  const want = units(entry.entry.term);
  if (want.length < 2) return false;
  // Try each starting word: its initial must be the first letter, the rest follow in order.
  for (let s = 0; s < words.length; s++) {
    const initials = words.slice(s).map((w) => (/^\d/.test(w.key) ? w.key.match(/^\d+/)![0] : w.key[0]));
    if (initials[0] !== want[0]) continue;
    let u = 0;
    for (const initial of initials) if (u < want.length && initial === want[u]) u++;
    // Letters left over may sit inside the last word ("Co-ordinator" or "Coordinator" for SENCO's "o").
    if (u < want.length) {
      const last = words[words.length - 1].key.slice(1);
      let at = 0;
      while (u < want.length && (at = last.indexOf(want[u], at)) >= 0) { u++; at++; }
    }
    if (u === want.length && initials[initials.length - 1] !== undefined) return true;
  }
  return false;
}
