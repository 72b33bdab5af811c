// Joining typed words into the app's sentences, and the wording check the screens and documents must pass.
import { describe, it, expect } from 'vitest';
import { endSentence, midSentence } from '../../../src/core/shared/wording';
import { wordingSlips, properNouns } from '../../support/wording';

describe('endSentence', () => {
  it('adds a full stop only when one is missing', () => {
    expect(endSentence('Jay gets to school 4 days in a row')).toBe('Jay gets to school 4 days in a row.');
    expect(endSentence('Jay gets to school 4 days in a row.')).toBe('Jay gets to school 4 days in a row.');
    expect(endSentence('Is it better?')).toBe('Is it better?');
    expect(endSentence('She said “enough.”')).toBe('She said “enough.”');
  });
});

describe('midSentence', () => {
  it('lowers an ordinary first word and keeps names and acronyms', () => {
    expect(midSentence('His class teacher')).toBe('his class teacher');
    expect(midSentence('Her mum')).toBe('her mum');
    expect(midSentence('Mr Price at school')).toBe('Mr Price at school');
    expect(midSentence('SENCO')).toBe('SENCO');
    expect(midSentence('Tom')).toBe('Tom');
  });
});

describe('wordingSlips', () => {
  const names = properNouns(['Tom Price', 'Dawn Fletcher', 'Greenfield Primary School', "'Time for Me'"]);
  it('finds doubled words, doubled punctuation, capitals mid-sentence and a message said twice', () => {
    const kinds = (t: string) => wordingSlips(t, names).map((s) => s.kind);
    expect(kinds('Sent to Dawn by by hand.')).toEqual(['doubled word']);
    expect(kinds('Missed 3 in a row..')).toEqual(['doubled punctuation']);
    expect(kinds('Done. . Next')).toEqual(['doubled punctuation']);
    expect(kinds('Dawn, , Tom')).toEqual(['doubled punctuation']);
    expect(kinds('Jay told us through His class teacher.')).toEqual(['capital mid-sentence']);
    expect(kinds('Kept: call Dawn.\nKept: call Dawn.')).toEqual(['said twice']);
  });
  it('lets names, months, acronyms, ellipses and separate lines through', () => {
    expect(wordingSlips('Jay told Tom Price at Greenfield Primary School on 4 June, with the SENCO…', names)).toEqual([]);
    expect(wordingSlips('Loading the list...\nSave changes\tCancel', names)).toEqual([]);
    expect(wordingSlips("Go to the 'Time for Me' group", names)).toEqual([]);
  });
});
