// Roles mid-sentence: ordinary words lower-cased, capitals that carry meaning kept (SENCO, CAMHS).
import { describe, expect, it } from 'vitest';
import { roleInSentence } from '../../../src/core/shared/text';

describe('roleInSentence', () => {
  it.each([
    ['Pastoral lead', 'pastoral lead'],
    ['Family Support Worker', 'family support worker'],
    ['SENCO', 'SENCO'],
    ['CAMHS clinician', 'CAMHS clinician'],
    ['School nurse (0-19 team)', 'school nurse (0-19 team)'],
    ['Head of Year 5', 'head of Year 5'],
    ['Deputy DSL', 'deputy DSL'],
    ['', ''],
  ])('%s → %s', (role, expected) => {
    expect(roleInSentence(role)).toBe(expected);
  });
});
