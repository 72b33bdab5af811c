// Readability of family-facing text: reading age (Flesch–Kincaid grade + 5) and Flesch reading
// ease from the formula packages, against a target age of 9, with the words and sentences to fix.
import { describe, expect, it } from 'vitest';
import { BUILT_IN_GLOSSARY, compileGlossary, plainVersion, readability, splitSentences } from '../../../src/core/plain-language';
import { JARGON_SENTENCE, PLAIN_REWRITE, PROFESSIONAL_MINUTES } from './sample-text';

describe('reading age of known texts', () => {
  it('puts the jargon sentence at graduate level', () => {
    const r = readability(JARGON_SENTENCE);
    expect(r.readingAge).toBeGreaterThan(18);
    expect(r.fleschReadingEase).toBeLessThan(40);
    expect(r.meetsTarget).toBe(false);
  });

  it('puts the plain rewrite within a reading age of 9', () => {
    const r = readability(PLAIN_REWRITE);
    expect(r.readingAge).toBeLessThanOrEqual(9);
    expect(r.fleschReadingEase).toBeGreaterThan(70);
    expect(r.meetsTarget).toBe(true);
    expect(r.target).toBe(9);
  });

  it('scores the jargon sentence much harder than its rewrite', () => {
    expect(readability(JARGON_SENTENCE).readingAge).toBeGreaterThan(readability(PLAIN_REWRITE).readingAge + 8);
  });

  it('takes the long officialese words out of the minutes in the plain version', () => {
    // Formulas count syllables, so short acronyms (LP, CAMHS) look easy: that is why the checker
    // flags acronyms separately. What the plain version removes is the long officialese.
    const compiled = compileGlossary(BUILT_IN_GLOSSARY);
    const before = readability(PROFESSIONAL_MINUTES, { maxHardWords: 200 }).hardWords;
    const after = readability(plainVersion(PROFESSIONAL_MINUTES, compiled), { maxHardWords: 200 }).hardWords;
    expect(before).toEqual(expect.arrayContaining(['facilitated', 'ascertain', 'appropriate']));
    expect(after).not.toContain('facilitated');
    expect(after).not.toContain('ascertain');
  });

  it('is Flesch–Kincaid grade + 5, from words, sentences and syllables', () => {
    // 8 words, 1 sentence, 16 syllables: grade 0.39×8 + 11.8×2 − 15.59 = 11.13; ease 206.835 − 8.12 − 169.2 = 29.5
    const r = readability('Dawn agreed the education welfare officer can visit.');
    expect(r.words).toBe(8);
    expect(r.sentences).toBe(1);
    expect(r.fleschKincaidGrade).toBe(11.1);
    expect(r.readingAge).toBe(16.1);
    expect(r.fleschReadingEase).toBe(29.5);
  });

  it('never gives a reading age under 5, and 0 for empty text', () => {
    expect(readability('Jay is fine. Mia is fine.').readingAge).toBe(5);
    const empty = readability('   ');
    expect(empty).toMatchObject({ readingAge: 0, words: 0, sentences: 0, meetsTarget: true });
  });

  it('uses the target it is given', () => {
    const r = readability('Dawn agreed the education welfare officer can visit.', { targetAge: 16.5 });
    expect(r.target).toBe(16.5);
    expect(r.meetsTarget).toBe(true);
  });
});

describe('what pushes the reading age up', () => {
  it('lists long words, hardest first, leaving out names and acronyms', () => {
    const r = readability('The multi-agency intervention facilitated communication. Jay’s worker Alexandra from CAMHS will visit.');
    expect(r.hardWords).toEqual(['multi-agency', 'facilitated', 'communication', 'intervention']);
    expect(r.hardWords).not.toContain('Alexandra');
    expect(r.hardWords).not.toContain('CAMHS');
  });

  it('lists sentences longer than 25 words', () => {
    const long = 'Jay and Mia will go to the holiday club on Monday and Tuesday and Dawn will take them there in the morning and pick them up after lunch every day.';
    const r = readability(`${long} Mornings are calmer.`);
    expect(r.longSentences).toEqual([long]);
    expect(readability(long, { longSentenceWords: 40 }).longSentences).toEqual([]);
  });
});

describe('splitting sentences', () => {
  it('does not end a sentence at "e.g." or "Dr." or inside 9.30', () => {
    expect(splitSentences('Jay sees Dr. Shah at 9.30 on Monday, e.g. before school. Then he goes in.')).toEqual([
      'Jay sees Dr. Shah at 9.30 on Monday, e.g. before school.',
      'Then he goes in.',
    ]);
  });

  it('treats each line of a list as its own sentence', () => {
    expect(splitSentences('What is going well\n• The reward chart\n• Calmer mornings')).toHaveLength(3);
  });

  it('keeps a closing quotation mark with its sentence', () => {
    expect(splitSentences('Dawn said “It is better.” Jay agreed!')).toEqual(['Dawn said “It is better.”', 'Jay agreed!']);
  });
});
