// The family's version of a professional's text: glossary terms swapped for plain words, the
// family's own words never touched, everything else copied exactly. Also applying one suggestion.
import { matchAt, type CompiledGlossary, type Pattern } from './compile';
import { acronymDefinition } from './definitions';
import { fitToPlace, joinBefore } from './edit';
import type { Finding } from './check';
import { findShorthand } from './shorthand';
import { linkRanges, mergeRanges, overlapsRanges, quotedRanges, tokenise, type Range } from './tokens';

export interface PlainVersionOptions {
  /**
   * Ranges [start, end) of `text` that are the family's or child's own words. They are copied
   * character for character. (A whole field that is their own words — a note marked ownWords —
   * should simply not be passed to plainVersion.)
   */
  familyWords?: readonly Range[];
  /** Treat anything inside double quotation marks as someone's own words and keep it. Default true. */
  keepQuoted?: boolean;
}

function isGlossary(p: Pattern): boolean {
  return p.source.role === 'glossary';
}

interface Swap {
  start: number;
  end: number;
  replacement: string;
}

/**
 * Contract: returns `text` with each glossary term that can safely be swapped (autoReplace is not
 * false) replaced by its plain words, fitted to the sentence (case, plural, "a"/"an"). Spelled-out
 * acronyms lose their brackets ("Education Welfare Officer (EWO)" → "Education Welfare Officer").
 * Nothing else changes: no other character is added, removed or reordered. Text in
 * `familyWords`, inside double quotes (unless keepQuoted is false) and e-mail addresses and links
 * are never changed. Terms that need a person's judgement (two meanings, grammar) are left for
 * checkText to flag.
 */
export function plainVersion(text: string, compiled: CompiledGlossary, options: PlainVersionOptions = {}): string {
  const keep = mergeRanges([
    ...linkRanges(text),
    ...(options.keepQuoted === false ? [] : quotedRanges(text)),
    ...(options.familyWords ?? []),
  ]);
  const tokens = tokenise(text);
  const swaps: Swap[] = [];
  for (let i = 0; i < tokens.length; ) {
    const m = matchAt(compiled, text, tokens, i, isGlossary);
    if (!m) { i++; continue; }
    i = m.last + 1;
    if (m.pattern.source.role !== 'glossary') continue;
    const entry = m.pattern.source.entry;
    const original = text.slice(m.start, m.end);
    const definition = entry.entry.kind === 'acronym' ? acronymDefinition(text, tokens, m, entry) : null;
    if (definition?.form === 'words-then-letters') {
      // Drop " (EWO)": the words before it already say it.
      let from = definition.open;
      while (from > 0 && /[ \t]/.test(text[from - 1])) from--;
      if (!overlapsRanges(keep, from, definition.close)) swaps.push({ start: from, end: definition.close, replacement: '' });
      continue;
    }
    if (overlapsRanges(keep, m.start, m.end)) continue;
    if (definition?.form === 'letters-then-words' && definition.sameAsPlain && !overlapsRanges(keep, m.start, definition.close)) {
      swaps.push({ start: m.start, end: definition.close, replacement: fitToPlace(definition.inside, text, m.start, original, { suffix: '', acronym: true }) });
      while (i < tokens.length && tokens[i].start < definition.close) i++;
      continue;
    }
    if (!entry.autoReplace) continue;
    const replacement = fitToPlace(m.pattern.plain, text, m.start, original, { suffix: m.suffix, plural: m.pattern.plural, acronym: entry.entry.kind === 'acronym', addThe: entry.entry.addThe });
    swaps.push({ start: m.start, end: m.end, replacement });
  }
  for (const s of findShorthand(text)) {
    if (s.safe && !overlapsRanges(keep, s.start, s.end)) swaps.push({ start: s.start, end: s.end, replacement: s.plain });
  }
  return applySwaps(text, swaps);
}

function applySwaps(text: string, swaps: Swap[]): string {
  swaps.sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let at = 0;
  for (const s of swaps) {
    if (s.start < at) continue;
    // Only the last few characters matter for mending "a"/"an" and "the".
    const gap = text.slice(at, s.start);
    const tail = (parts.length > 0 && gap.length < 12 ? parts.pop()! : '') + gap;
    const cut = Math.max(0, tail.length - 24);
    const joined = joinBefore(tail.slice(cut), s.replacement);
    parts.push(tail.slice(0, cut) + joined.before, joined.inserted);
    at = s.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/**
 * `text` with the finding's words replaced by its suggestion number `suggestionIndex`. If the text
 * has changed since the check, the same words nearest the old place are used; if they are gone,
 * or there is no such suggestion, the text comes back unchanged.
 */
export function applySuggestion(text: string, finding: Finding, suggestionIndex: number): string {
  const suggestion = finding.suggestions[suggestionIndex];
  if (suggestion === undefined || finding.text.length === 0) return text;
  let start = finding.start;
  if (text.slice(start, start + finding.text.length) !== finding.text) {
    start = nearest(text, finding.text, finding.start);
    if (start < 0) return text;
  }
  return applySwaps(text, [{ start, end: start + finding.text.length, replacement: suggestion }]);
}

function nearest(text: string, needle: string, near: number): number {
  let best = -1;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    if (best < 0 || Math.abs(at - near) < Math.abs(best - near)) best = at;
  }
  return best;
}
