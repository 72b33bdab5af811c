// Wording the research found harmful in plans: judgemental labels without a fact, a need written
// as a service, and an outcome written as an output (what someone will do, not what will change).
import { describe, expect, it } from 'vitest';
import { BUILT_IN_GLOSSARY, checkOutcome, checkText, compileGlossary } from '../../../src/core/plain-language';

const compiled = compileGlossary(BUILT_IN_GLOSSARY);
const ofKind = (text: string, kind: string) => checkText(text, compiled).filter((f) => f.kind === kind).map((f) => f.text);

describe('judgemental or unsupported comments', () => {
  it.each([
    ["Mum can't be bothered to get up in the mornings.", "can't be bothered"],
    ['Mum can’t be bothered with the school run.', 'can’t be bothered'],
    ['Dad refuses to engage with the plan.', 'refuses to engage'],
    ['The family are non-compliant.', 'non-compliant'],
    ['Jay is manipulative with staff.', 'manipulative'],
    ['Dawn is a difficult parent.', 'difficult parent'],
    ['Poor engagement from the family.', 'Poor engagement'],
    ['The family are hard to reach.', 'hard to reach'],
    ['Jay is attention-seeking at lunchtime.', 'attention-seeking'],
  ])('flags "%s"', (text, label) => {
    expect(ofKind(text, 'judgemental')).toEqual([label]);
  });

  it('asks for the fact behind the label', () => {
    const [f] = checkText('The home is chaotic.', compiled);
    expect(f.kind).toBe('judgemental');
    expect(f.message).toMatch(/^“chaotic” needs a fact behind it\. What happened\?/);
    expect(f.suggestions).toEqual([]);
  });

  it('flags "aggressive" on its own, but not when the sentence says what happened', () => {
    expect(ofKind('Dad was aggressive.', 'judgemental')).toEqual(['aggressive']);
    expect(ofKind('Dad was aggressive: he shouted at the receptionist and slammed the door.', 'judgemental')).toEqual([]);
    expect(ofKind('Tom saw Jay being aggressive to a younger pupil on 3 November.', 'judgemental')).toEqual([]);
  });

  it('still flags a blaming label even when a fact is given', () => {
    expect(ofKind('Dawn refused to engage and did not answer the door on 2 visits.', 'judgemental')).toEqual(['refused to engage']);
  });

  it('gives one prompt, not two, when a label is also officialese', () => {
    const found = checkText('Dad has disengaged and shows non-engagement.', compiled);
    expect(found.map((f) => [f.kind, f.text])).toEqual([['jargon', 'disengaged'], ['judgemental', 'non-engagement']]);
  });

  it('leaves the family’s own words in quotes alone', () => {
    expect(ofKind('Jay said "I was naughty at lunch".', 'judgemental')).toEqual([]);
  });

  it('does not flag ordinary uses of nearby words', () => {
    expect(ofKind('The meeting kicked off at 9.30. Mia had a dirty nappy. Dawn cares a lot.', 'judgemental')).toEqual([]);
  });
});

describe('a need written as a service', () => {
  it.each([
    ['Jay needs counselling.', 'needs counselling'],
    ['Mia needs a referral to CAMHS.', 'needs a referral'],
    ['Jay needs CAMHS.', 'needs CAMHS'],
    ['Dawn needs to attend a parenting course.', 'needs to attend a parenting course'],
    ['Jay requires input from the EP.', 'requires input from the EP'],
    ['Mum would benefit from a parenting programme.', 'benefit from a parenting programme'],
    ['Jay needs to be seen by a paediatrician.', 'needs to be seen by a paediatrician'],
  ])('flags "%s"', (text, span) => {
    expect(ofKind(text, 'need-as-service')).toEqual([span]);
  });

  it('prompts for the need itself', () => {
    const f = checkText('Jay needs play therapy.', compiled).find((x) => x.kind === 'need-as-service')!;
    expect(f.message).toMatch(/^This names a service, not a need\. Say what is hard/);
  });

  it('does not flag a need written as a need', () => {
    for (const text of [
      'Jay needs help to calm down after school.',
      'Mia needs a warm, dry bedroom.',
      'Dawn needs more sleep; the children wake her at night.',
      'Jay needs to get to school on time.',
    ]) expect(ofKind(text, 'need-as-service'), text).toEqual([]);
  });

  it('does not read "needs" as a verb when it is a noun', () => {
    expect(ofKind('A carer’s needs assessment is booked. Jay’s needs counselling notes are on file.', 'need-as-service')).toEqual([]);
    expect(ofKind('Tom will ask whether an EHCP needs assessment is right.', 'need-as-service')).toEqual([]);
  });

  it('does not reach across a sentence', () => {
    expect(ofKind('Jay needs more. Counselling was offered last year.', 'need-as-service')).toEqual([]);
  });
});

describe('an outcome written as an output', () => {
  it.each([
    ['Mum to attend parenting course', 'to attend parenting course'],
    ['Dawn attends the Freedom Programme', 'attends the Freedom Programme'],
    ['Family engage with services', 'engage with services'],
    ['Referral to CAMHS', 'Referral to CAMHS'],
    ['Jay to be seen by the school nurse', 'to be seen by the school nurse'],
    ['Mum receives weekly support from the family support worker', 'receives weekly support'],
    ['Dad to complete 6 sessions of anger management', 'to complete 6 sessions'],
  ])('flags "%s"', (text, span) => {
    const found = checkOutcome(text);
    expect(found.map((f) => f.text)).toEqual([span]);
    expect(found[0].kind).toBe('outcome-as-output');
    expect(text.slice(found[0].start, found[0].end)).toBe(span);
  });

  it('prompts for what will be different for the child', () => {
    expect(checkOutcome('Engage with services')[0].message).toMatch(/what will be different for the child/);
  });

  it.each([
    'Bedtimes are calmer, 5 nights out of 7',
    'Jay gets to school calm and on time most days',
    "The children's bedroom is dry and warm",
    'Jay attends school every day',
    'Mia sleeps through most nights',
    'Jay feels safe in the playground and has a friend to play with',
    'Mum attends the Freedom Programme so that she feels safer at home',
  ])('accepts "%s"', (text) => {
    expect(checkOutcome(text)).toEqual([]);
  });
});
