// Acronyms in a finished text: every glossary acronym used (for "Abbreviations used" and the family
// plan's export check, ambiguous ones with their meanings) and all-capitals words the glossary does not know.
import { checkText } from './check';
import type { CompiledGlossary } from './compile';
import type { GlossaryEntry } from './glossary-schema';

export interface AcronymUse {
  /** The glossary term: "CAMHS". */
  term: string;
  /** Its meaning in full: the expansion, else the plain words. */
  meaning: string;
  /** Every meaning when the letters stand for more than one thing (PA: persistent absence, personal assistant). */
  meanings: string[];
  ambiguous: boolean;
}

/** All-capitals words that are ordinary English or roman numerals, never asked about. */
const NOT_ACRONYMS = new Set(['GP', 'NHS', 'ADHD', 'PE', 'SAT', 'SATS', 'IT', 'ICT', 'MP', 'CV', 'ID', 'DVD', 'BBC', 'EU', 'PIN', 'SIM', 'USB', 'WIFI', 'I', 'OK', 'TV', 'AM', 'PM', 'II', 'III', 'IV', 'VI', 'VII', 'VIII', 'IX', 'XI', 'XII', 'UK', 'A', 'AND', 'THE', 'NB', 'PS']);

function meaningOf(entry: GlossaryEntry): string {
  return entry.expansion ?? entry.plain;
}

function entryFor(glossary: CompiledGlossary, term: string): GlossaryEntry | undefined {
  const key = term.toLowerCase();
  return glossary.entries.find((e) => e.entry.term.toLowerCase() === key)?.entry;
}

/** Glossary acronyms used in the text, each once, in order of first use. Quoted words count too. */
export function acronymsUsed(text: string, glossary: CompiledGlossary): AcronymUse[] {
  const seen = new Map<string, AcronymUse>();
  // Only lines with capital letters the glossary knows are checked in full: a long record stays quick.
  let known = cache.get(glossary);
  if (!known) cache.set(glossary, (known = knownTerms(glossary)));
  const terms = known;
  const lines = text.split('\n').filter((l) => [...l.matchAll(CAPITALS)].some((m) => terms.has(m[1])));
  for (const f of checkText(lines.join('\n'), glossary, { audience: 'family', skipQuoted: false })) {
    if (f.kind !== 'acronym' || !f.term || seen.has(f.term)) continue;
    const entry = entryFor(glossary, f.term);
    if (!entry) continue;
    const meanings = [meaningOf(entry), ...(entry.autoReplace === false ? entry.alternatives ?? [] : [])];
    seen.set(f.term, { term: entry.term, meaning: meaningOf(entry), meanings, ambiguous: meanings.length > 1 });
  }
  return [...seen.values()];
}

/** Every term the glossary knows (and its aliases), upper-cased, for telling known letters from new ones. */
function knownTerms(glossary: CompiledGlossary): Set<string> {
  const known = new Set<string>();
  for (const { entry } of glossary.entries) {
    known.add(entry.term.toUpperCase());
    for (const a of entry.aliases ?? []) known.add((typeof a === 'string' ? a : a.term).toUpperCase());
  }
  return known;
}

const cache = new WeakMap<CompiledGlossary, Set<string>>();
/** A word with two or more capitals in a row, and any plural or possessive after it. */
const CAPITALS = /(\p{Lu}[\p{Lu}\p{N}&]+)/gu;

export interface UnknownAcronym {
  text: string;
  start: number;
  end: number;
}

/**
 * All-capitals words of 2 to 8 letters the glossary does not know ("FMASM", "ASKK"), each place it is
 * used; a plural or possessive ("FMASMs", "FMASM's") counts as the word. `except` leaves out names and the like.
 */
export function unknownAcronyms(text: string, glossary: CompiledGlossary, except: readonly string[] = []): UnknownAcronym[] {
  let known = cache.get(glossary);
  if (!known) cache.set(glossary, (known = knownTerms(glossary)));
  const skip = new Set(except.map((e) => e.toUpperCase()));
  const out: UnknownAcronym[] = [];
  // Letters that start or end a reference ("CS-55120", "EH-2026-0147") are part of the reference, not an acronym.
  for (const m of text.matchAll(/(?<![\p{L}\p{N}]|\p{N}[-/])(\p{Lu}[\p{Lu}\p{N}&]{1,7})(?:s|['’]s)?(?![\p{L}\p{N}]|[-/]\p{N})/gu)) {
    const word = m[1];
    if (!/\p{Lu}.*\p{Lu}/u.test(word) || NOT_ACRONYMS.has(word) || known.has(word) || skip.has(word)) continue;
    const start = m.index ?? 0;
    out.push({ text: word, start, end: start + word.length });
  }
  return out;
}

/** The different unknown acronyms in a text, in order of first use. */
export function unknownAcronymWords(text: string, glossary: CompiledGlossary, except: readonly string[] = []): string[] {
  return [...new Set(unknownAcronyms(text, glossary, except).map((u) => u.text))];
}
