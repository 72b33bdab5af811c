// Readability of family-facing text: Flesch reading ease and Flesch–Kincaid grade from the
// `flesch` and `flesch-kincaid` packages (syllables from `syllable`), turned into a reading age.
//
// Reading age = Flesch–Kincaid grade + 5 (a US grade 4 reader is about 9), never below 5.
// GOV.UK aims for a reading age of 9, so that is the default target.
import { flesch } from 'flesch';
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

export interface ReadabilityOptions {
  /** The reading age to aim for. Default 9. */
  targetAge?: number;
  /** A sentence longer than this many words is reported. Default 25 (GOV.UK's limit). */
  longSentenceWords?: number;
  /** How many hard words to report, hardest first. Default 20. */
  maxHardWords?: number;
}

export interface Readability {
  /** Flesch–Kincaid grade + 5, to one decimal place; 0 when there are no words. */
  readingAge: number;
  /** 0–100 and beyond: higher is easier. 60 or more is plain English. */
  fleschReadingEase: number;
  fleschKincaidGrade: number;
  words: number;
  sentences: number;
  target: number;
  meetsTarget: boolean;
  /** Words of 3 or more syllables, hardest first (names and acronyms left out). */
  hardWords: string[];
  /** Sentences longer than the limit, as written. */
  longSentences: string[];
}

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
// A full stop after these does not end a sentence.
const ABBREVIATIONS = new Set(['e.g', 'i.e', 'eg', 'ie', 'mr', 'mrs', 'ms', 'dr', 'st', 'no', 'vs', 'approx', 'tel', 'ref', 'cf']);

const cache = new Map<string, number>();

function syllables(word: string): number {
  if (/^\d/.test(word)) return 1;
  const key = word.toLowerCase();
  let n = cache.get(key);
  if (n === undefined) {
    n = Math.max(1, syllable(key));
    if (cache.size > 50_000) cache.clear();
    cache.set(key, n);
  }
  return n;
}

/** Sentences: split after . ! ? (not after "e.g." or "Dr.") and at every line break. */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split(/\n+/)) {
    let from = 0;
    const ends = /[.!?]+["”’')\]]*(?=\s|$)/g;
    for (let m = ends.exec(line); m !== null; m = ends.exec(line)) {
      const before = /([\p{L}.]+)$/u.exec(line.slice(from, m.index))?.[1]?.toLowerCase() ?? '';
      if (m[0].startsWith('.') && ABBREVIATIONS.has(before.replace(/^\.+/, ''))) continue;
      out.push(line.slice(from, m.index + m[0].length).trim());
      from = m.index + m[0].length;
    }
    out.push(line.slice(from).trim());
  }
  return out.filter((s) => /[\p{L}\p{N}]/u.test(s));
}

const round1 = (n: number) => Math.round(n * 10) / 10;

export function readability(text: string, options: ReadabilityOptions = {}): Readability {
  const target = options.targetAge ?? 9;
  const longLimit = options.longSentenceWords ?? 25;
  const maxHard = options.maxHardWords ?? 20;
  const sentences = splitSentences(text);
  let words = 0;
  let syllableCount = 0;
  const hard = new Map<string, { word: string; syllables: number; order: number }>();
  const longSentences: string[] = [];
  for (const sentence of sentences) {
    const found = sentence.match(WORD) ?? [];
    words += found.length;
    if (found.length > longLimit) longSentences.push(sentence);
    found.forEach((w, index) => {
      const n = syllables(w);
      syllableCount += n;
      // Names and acronyms are not words a writer can swap: leave them out of the list.
      const named = index > 0 ? /^\p{Lu}/u.test(w) : w.length > 1 && w === w.toUpperCase();
      const key = w.toLowerCase();
      if (n >= 3 && !named && !/\d/.test(w) && !hard.has(key)) hard.set(key, { word: w, syllables: n, order: hard.size });
    });
  }
  if (words === 0) {
    return { readingAge: 0, fleschReadingEase: 0, fleschKincaidGrade: 0, words: 0, sentences: 0, target, meetsTarget: true, hardWords: [], longSentences: [] };
  }
  const counts = { sentence: Math.max(1, sentences.length), word: words, syllable: syllableCount };
  const grade = fleschKincaid(counts);
  const readingAge = round1(Math.max(5, grade + 5));
  const hardWords = [...hard.values()]
    .sort((a, b) => b.syllables - a.syllables || a.order - b.order)
    .slice(0, maxHard)
    .map((h) => h.word);
  return {
    readingAge,
    fleschReadingEase: round1(flesch(counts)),
    fleschKincaidGrade: round1(grade),
    words,
    sentences: counts.sentence,
    target,
    meetsTarget: readingAge <= target,
    hardWords,
    longSentences,
  };
}
