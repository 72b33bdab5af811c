// The safeguarding word list: whole words and phrases in any case, never inside other words, a final *
// for any ending; the built-in list and templates/safeguarding.json both load.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BUILT_IN_SAFEGUARDING, compileHarmList, findHarmWords, harmWordsIn, safeguardingSchema, suggestsHarm } from '../../../src/core/safeguarding';

const list = compileHarmList(BUILT_IN_SAFEGUARDING.words);

describe('words that suggest harm', () => {
  it('finds a disclosure in everyday words', () => {
    expect(harmWordsIn('Jay said his dad hit him when he was late', list)).toEqual(['hit']);
    expect(harmWordsIn('She is Scared Of going home', list)).toEqual(['scared of']);
    expect(harmWordsIn('Mia has been self-harming since the summer', list)).toEqual(['self-harming']);
    expect(harmWordsIn('A bruise on his arm; more bruises last week', list)).toEqual(['bruise', 'bruises']);
  });

  it('matches whole words only: "hit" is not in "white", "hitch" or "whit"', () => {
    expect(findHarmWords('The white van had a hitch on the Whit Monday trip', list)).toEqual([]);
    expect(suggestsHarm(['Mum is thinking about the chit-chat at home'], list)).toBe(false);
    expect(harmWordsIn('Hit.', list)).toEqual(['hit']);
    expect(harmWordsIn('(hurt)', list)).toEqual(['hurt']);
  });

  it('matches a phrase across a hyphen or extra spaces, and the longest entry wins', () => {
    const m = findHarmWords('talked about self  harm at school', list);
    expect(m).toHaveLength(1);
    expect(m[0].text).toBe('self  harm');
    const both = findHarmWords('a self-harm plan', compileHarmList(['harm', 'self-harm']));
    expect(both.map((x) => x.entry)).toEqual(['self-harm']);
  });

  it('gives where each match is, so the editor can mark it', () => {
    const [m] = findHarmWords('He said: they touched me', list);
    expect('He said: they touched me'.slice(m.start, m.end)).toBe('touched');
  });

  it('never matches inside a longer word, whatever surrounds it (property)', () => {
    const small = compileHarmList(['hit', 'hurt']);
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{1,4}$/), fc.stringMatching(/^[a-z]{1,4}$/), (before, after) => {
        expect(findHarmWords(`${before}hit${after} ${before}hurt${after}`, small)).toEqual([]);
      }),
    );
  });

  it('an empty list finds nothing', () => {
    expect(findHarmWords('he hit me', compileHarmList([]))).toEqual([]);
  });

  it('loads the council’s file, with its contact and phone', () => {
    const file = safeguardingSchema.parse(JSON.parse(readFileSync('templates/safeguarding.json', 'utf8')));
    expect(file.contactName).not.toBe('');
    expect(file.contactPhone).not.toBe('');
    expect(file.words).toEqual(expect.arrayContaining(['hit', 'hurt', 'touched', 'scared of']));
  });
});
