// The family's version of professional text: jargon swapped for plain words that fit the sentence,
// the family's own words never changed, and one suggestion applied at a time.
import { describe, expect, it } from 'vitest';
import { applySuggestion, BUILT_IN_GLOSSARY, checkText, compileGlossary, plainVersion } from '../../../src/core/plain-language';
import { PROFESSIONAL_MINUTES } from './sample-text';

const compiled = compileGlossary(BUILT_IN_GLOSSARY);
const plain = (text: string, options = {}) => plainVersion(text, compiled, options);

describe('the plain version', () => {
  it('swaps glossary terms for plain words and keeps the rest verbatim', () => {
    expect(plain('The LP will liaise with the EWO going forward.')).toBe('The main contact will talk to the education welfare officer from now on.');
  });

  it('fits the sentence: capitals, "the", "a"/"an", plurals and possessives', () => {
    expect(plain('LP to ring Dawn.')).toBe('The main contact to ring Dawn.');
    expect(plain('Jay was referred to CAMHS.')).toBe("Jay was referred to the children's mental health service.");
    expect(plain('An LP was chosen.')).toBe('A main contact was chosen.');
    expect(plain('A EHCP is being drafted.')).toBe('An education, health and care plan is being drafted.');
    expect(plain('Both EWOs came. The LA’s letter arrived.')).toBe('Both education welfare officers came. The council’s letter arrived.');
    expect(plain('Review in 6/52.')).toBe('Review in 6 weeks.');
    expect(plain('Rhys Evans (HV) missed two TAF meetings.')).toBe('Rhys Evans (health visitor) missed two meetings with the people helping your family.');
  });

  it('drops the letters once the words are there: "Education Welfare Officer (EWO)"', () => {
    expect(plain('The Education Welfare Officer (EWO) rang. The EWO will visit.')).toBe('The Education Welfare Officer rang. The education welfare officer will visit.');
    expect(plain('The EWO (Education Welfare Officer) rang.')).toBe('The Education Welfare Officer rang.');
  });

  it('never changes words in quotation marks unless told to', () => {
    const text = 'Dawn said "the LP never rings me back" and the LP agreed to call weekly.';
    expect(plain(text)).toBe('Dawn said "the LP never rings me back" and the main contact agreed to call weekly.');
    expect(plain(text, { keepQuoted: false })).toBe('Dawn said "the main contact never rings me back" and the main contact agreed to call weekly.');
  });

  it('never changes ranges the caller marks as the family’s own words', () => {
    const text = 'Jay: I hate CAMHS. School: CAMHS will see Jay.';
    const familyWords = [{ start: 0, end: text.indexOf(' School') }];
    expect(plain(text, { familyWords, keepQuoted: false })).toBe("Jay: I hate CAMHS. School: the children's mental health service will see Jay.");
  });

  it('leaves alone what needs a person to decide: two meanings, or grammar it cannot fix', () => {
    expect(plain('CP concerns. The TA helped. Seen 3/12 ago. Jay was dysregulated.')).toBe('CP concerns. The TA helped. Seen 3/12 ago. Jay was dysregulated.');
  });

  it('leaves judgemental wording for a person to rewrite with the fact', () => {
    expect(plain('Mum can’t be bothered.')).toBe('Mum can’t be bothered.');
  });

  it('keeps e-mail addresses and links exactly', () => {
    const text = 'Write to cin.team@northshire.example.gov.uk about the CIN plan.';
    expect(plain(text)).toBe('Write to cin.team@northshire.example.gov.uk about the child in need plan.');
  });

  it('returns text with nothing to change exactly as it came, line breaks and all', () => {
    const text = 'Mornings are calmer.\n\n  Jay ticks his own boxes now.  \n• Mia sleeps better.';
    expect(plain(text)).toBe(text);
  });

  it('makes the review minutes easier to read without losing Dawn’s words', () => {
    const out = plain(PROFESSIONAL_MINUTES);
    expect(out).toContain('"I have rung them every week and nobody comes."');
    expect(out).not.toMatch(/\bLP\b|\bFSW\b|\bEWO\b|going forward|in receipt of|6\/52/);
    expect(checkText(out, compiled).length).toBeLessThan(checkText(PROFESSIONAL_MINUTES, compiled).length / 2);
  });
});

describe('applying one suggestion', () => {
  it('replaces the flagged words with the chosen suggestion', () => {
    const text = 'Dawn is in receipt of Universal Credit.';
    const [f] = checkText(text, compiled);
    expect(applySuggestion(text, f, 0)).toBe('Dawn is getting Universal Credit.');
    expect(applySuggestion(text, f, 1)).toBe('Dawn is receiving Universal Credit.');
  });

  it('mends "an" before the new words', () => {
    const text = 'An LP was chosen.';
    expect(applySuggestion(text, checkText(text, compiled)[0], 0)).toBe('A main contact was chosen.');
  });

  it('finds the words again when the text has changed since the check', () => {
    const [f] = checkText('The EWO rang.', compiled);
    expect(applySuggestion('Yesterday the EWO rang.', f, 0)).toBe('Yesterday the education welfare officer rang.');
  });

  it('returns the text unchanged when the words have gone or the suggestion does not exist', () => {
    const [f] = checkText('The EWO rang.', compiled);
    expect(applySuggestion('The officer rang.', f, 0)).toBe('The officer rang.');
    expect(applySuggestion('The EWO rang.', f, 9)).toBe('The EWO rang.');
  });
});
