// The wording check every screen and document of the demo journey must pass: no doubled word ("by by"),
// no doubled punctuation ("row..", ". ."), no capitalised ordinary word mid-sentence ("through His").

export type SlipKind = 'doubled word' | 'doubled punctuation' | 'capital mid-sentence' | 'said twice';
export interface WordingSlip {
  kind: SlipKind;
  excerpt: string;
}

/** Words that are always written with a capital: months, days, and the words of the app's own world. */
const ALWAYS_CAPITAL = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
  'I', 'Word', 'Team', 'Around', 'Child', 'Family', 'English', 'Ctrl', 'Cmd', 'Esc', 'Enter', 'Tab',
];

// A lowercase word, one space, then a word with a capital and lowercase letters after it.
const CAPITAL_AFTER_LOWER = /(?<![\p{L}@.’'-])(\p{Ll}[\p{Ll}’']*) (\p{Lu}\p{Ll}[\p{L}’']*)/gu;
const DOUBLED_WORD = /(?<![\p{L}])(\p{L}+)\s+\1(?![\p{L}])/giu;
const DOUBLED_PUNCTUATION = /(?<!\.)\.\.(?!\.)|,\s*,|\.\s+\.(?!\.)|[,;:]\s*\.(?!\.)|\.\s*,|[?!]\./g;

function around(text: string, index: number, length: number): string {
  return text.slice(Math.max(0, index - 30), index + length + 30).replace(/\s+/g, ' ');
}

/**
 * Every slip in a text. `allow` are proper nouns that may follow a lowercase word (people's and
 * places' names); acronyms (all capitals) are never flagged. Lines and table cells are checked
 * separately, since a heading or a button is not part of the sentence beside it.
 */
export function wordingSlips(text: string, allow: Iterable<string> = []): WordingSlip[] {
  const allowed = new Set([...ALWAYS_CAPITAL, ...allow]);
  const slips: WordingSlip[] = [];
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  // The same sentence twice in a row (a message shown and also kept in a hidden live region, say).
  lines.forEach((l, i) => {
    if (i > 0 && l === lines[i - 1] && /[.!?]$/.test(l) && l.split(' ').length > 2) slips.push({ kind: 'said twice', excerpt: l });
  });
  for (const part of text.split(/[\n\t]+/)) {
    for (const m of part.matchAll(DOUBLED_WORD)) slips.push({ kind: 'doubled word', excerpt: around(part, m.index, m[0].length) });
    for (const m of part.matchAll(DOUBLED_PUNCTUATION)) slips.push({ kind: 'doubled punctuation', excerpt: around(part, m.index, m[0].length) });
    for (const m of part.matchAll(CAPITAL_AFTER_LOWER)) {
      const word = m[2].replace(/['’]+$/, '').replace(/[’']s$/, '');
      if (!allowed.has(word)) slips.push({ kind: 'capital mid-sentence', excerpt: around(part, m.index, m[0].length) });
    }
  }
  return slips;
}

/** The name words of people, services and places: each capitalised word in them. */
export function properNouns(phrases: Iterable<string>): string[] {
  const out = new Set<string>();
  for (const p of phrases) {
    for (const raw of p.split(/[^\p{L}’']+/u)) {
      const w = raw.replace(/^['’]+|['’]+$/g, '').replace(/[’']s$/, '');
      if (/^\p{Lu}/u.test(w)) out.add(w);
    }
  }
  return [...out];
}

/** Slips as readable lines for a failing assertion. */
export function describeSlips(where: string, slips: readonly WordingSlip[]): string[] {
  return slips.map((s) => `${where}: ${s.kind}: “${s.excerpt}”`);
}
