// Promises that must hold for any text a person might type or paste: the family's quoted words
// come through the plain version untouched, and every finding points at the words it names.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_GLOSSARY, checkOutcome, checkText, compileGlossary, plainVersion, readability } from '../../../src/core/plain-language';

const compiled = compileGlossary(BUILT_IN_GLOSSARY);
const jargon = fc.constantFrom('LP', 'CAMHS', 'the EWO', 'going forward', 'in receipt of', '6/52', 'S47', 'threshold', 'an LP', 'TAF meetings', 'facilitate');
const words = fc.array(fc.oneof(jargon, fc.constantFrom('Jay', 'Dawn', 'said', 'will', 'call', 'school', 'and', 'the', '.', ',', '\n', 'a', 'an')), { maxLength: 30 })
  .map((parts) => parts.join(' '));
// Anything a person might say, without the closing quotation mark itself.
const familyWords = fc.string({ unit: 'grapheme', maxLength: 60 }).map((s) => s.replace(/["“”]/g, ''));

describe('for any text', () => {
  it('keeps the family’s quoted words exactly, character for character', () => {
    fc.assert(
      fc.property(words, familyWords, words, (before, said, after) => {
        const text = `${before} Dawn said "${said}" ${after}`;
        const out = plainVersion(text, compiled);
        expect(out).toContain(`"${said}"`);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps ranges marked as family words exactly', () => {
    fc.assert(
      fc.property(words, words, (mine, theirs) => {
        const text = `${theirs}|${mine}`;
        const out = plainVersion(text, compiled, { familyWords: [{ start: 0, end: theirs.length }], keepQuoted: false });
        expect(out.startsWith(`${theirs}|`)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('gives findings whose positions point at the words they name, in order', () => {
    fc.assert(
      fc.property(fc.oneof(words, fc.string({ maxLength: 120 })), (text) => {
        const found = checkText(text, compiled);
        let last = -1;
        for (const f of found) {
          expect(text.slice(f.start, f.end)).toBe(f.text);
          expect(f.start).toBeGreaterThanOrEqual(last);
          last = f.start;
        }
        for (const f of checkOutcome(text)) expect(text.slice(f.start, f.end)).toBe(f.text);
      }),
      { numRuns: 400 },
    );
  });

  it('changes nothing in text with no glossary terms', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('Jay', 'Mia', 'went', 'to', 'school', 'on', 'time', '.', '\n\n', 'and', 'slept', 'well'), { maxLength: 40 }), (parts) => {
        const text = parts.join(' ');
        expect(plainVersion(text, compiled)).toBe(text);
      }),
    );
  });

  it('gives a finite reading age', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const r = readability(text);
        expect(Number.isFinite(r.readingAge)).toBe(true);
        expect(Number.isFinite(r.fleschReadingEase)).toBe(true);
      }),
    );
  });
});
