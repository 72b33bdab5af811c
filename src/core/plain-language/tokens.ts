// Splitting text into words with their positions, and the small facts about text around a word
// the checker needs: quoted passages, e-mail addresses and links, sentence starts, casing.

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Lower case, curly apostrophes made straight: the form used to look words up. */
  key: string;
}

export interface Range {
  start: number;
  end: number;
}

// Letters and digits, with apostrophe endings kept on the word (can't, Jay's, DNA'd).
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

export function normaliseKey(word: string): string {
  const lower = word.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}

export function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    tokens.push({ start: m.index, end: m.index + m[0].length, text: m[0], key: normaliseKey(m[0]) });
  }
  return tokens;
}

/**
 * Passages inside double quotation marks ("…" or “…”), quotes included. A quote left open runs
 * to the end of its paragraph, so a family's words are never cut short by a missing mark.
 */
export function quotedRanges(text: string): Range[] {
  const ranges: Range[] = [];
  let open = -1;
  let closer = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (open < 0) {
      if (ch === '“') { open = i; closer = '”'; }
      else if (ch === '"') { open = i; closer = '"'; }
    } else if (ch === closer || (closer === '”' && ch === '"')) {
      ranges.push({ start: open, end: i + 1 });
      open = -1;
    } else if (ch === '\n' && text[i + 1] === '\n') {
      ranges.push({ start: open, end: i });
      open = -1;
    }
  }
  if (open >= 0) ranges.push({ start: open, end: text.length });
  return ranges;
}

const LINKISH = /[^\s@]+@[^\s@]+\.[^\s@]+|\bhttps?:\/\/\S+|\bwww\.\S+/g;

/** E-mail addresses and web links: never checked or changed. */
export function linkRanges(text: string): Range[] {
  const out: Range[] = [];
  if (!text.includes('@') && !text.includes('http') && !text.includes('www.')) return out;
  LINKISH.lastIndex = 0;
  for (let m = LINKISH.exec(text); m !== null; m = LINKISH.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** Sorted, non-overlapping ranges, so `inRanges` can search them quickly. */
export function mergeRanges(ranges: readonly Range[]): Range[] {
  const sorted = [...ranges].filter((r) => r.end > r.start).sort((a, b) => a.start - b.start);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ start: r.start, end: r.end });
  }
  return out;
}

/** True when [start, end) overlaps any of the sorted ranges. */
export function overlapsRanges(ranges: readonly Range[], start: number, end: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = ranges[mid];
    if (r.end <= start) lo = mid + 1;
    else if (r.start >= end) hi = mid - 1;
    else return true;
  }
  return false;
}

/** True when the word at `pos` begins a sentence, a line or a bullet. */
export function isSentenceStart(text: string, pos: number): boolean {
  let i = pos - 1;
  while (i >= 0 && /[\s"“‘'(\[•*–-]/.test(text[i])) {
    if (text[i] === '\n') return true;
    i--;
  }
  return i < 0 || /[.!?]/.test(text[i]);
}

export function capitalise(s: string): string {
  return s.length === 0 ? s : s[0].toUpperCase() + s.slice(1);
}

export function hasLower(s: string): boolean {
  return s !== s.toUpperCase();
}

/** The sentence around [start, end): from the last . ! ? or line break before to the next one after. */
export function sentenceRange(text: string, start: number, end: number): Range {
  let a = start;
  while (a > 0 && !/[.!?\n]/.test(text[a - 1])) a--;
  let b = end;
  while (b < text.length && !/[.!?\n]/.test(text[b])) b++;
  return { start: a, end: b };
}
