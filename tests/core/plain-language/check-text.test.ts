// Flagging acronyms and jargon in minutes and family text: every term the brief names is caught
// with its plain words, ordinary sentences are left alone, and an acronym spelled out once is fine.
import { describe, expect, it } from 'vitest';
import { BUILT_IN_GLOSSARY, checkText, compileGlossary, type Finding } from '../../../src/core/plain-language';
import { JARGON_SENTENCE, PLAIN_REWRITE, PROFESSIONAL_MINUTES } from './sample-text';
import { demo } from '../agenda/helpers';

const compiled = compileGlossary(BUILT_IN_GLOSSARY);
const flagged = (text: string, options = {}) => checkText(text, compiled, options).map((f) => f.text);
const only = (text: string): Finding => {
  const found = checkText(text, compiled);
  expect(found, text).toHaveLength(1);
  return found[0];
};

describe('a jargon sentence and its plain rewrite', () => {
  it('flags the acronyms and jargon in the professional sentence', () => {
    expect(flagged(JARGON_SENTENCE)).toEqual([
      'TAF', 'LP', 'liaise with', 'CAMHS', 'EWO', 'going forward', 'facilitate', 'multi-agency', 'intervention', 'threshold', 'statutory services',
    ]);
  });
  it('finds nothing to change in the plain rewrite', () => {
    expect(flagged(PLAIN_REWRITE)).toEqual([]);
  });
});

describe('each acronym the brief names, with its plain words', () => {
  const cases: Array<[string, string]> = [
    ['We opened a CAF for Jay.', 'family assessment'],
    ['Dawn asked who the LP is.', 'main contact'],
    ['The TAC meets on Monday.', 'team helping your child'],
    ['The TAC meeting is on Monday.', 'meeting with the people helping your child'],
    ['Next TAF is in January.', 'team helping your family'],
    ['Jay is waiting for CAMHS.', "the children's mental health service"],
    ['The EWO will visit.', 'education welfare officer'],
    ['He is known to the YOT.', 'youth justice team'],
    ['Ask the SENCO about lunchtimes.', 'special needs teacher'],
    ['Jay may need an EHCP.', 'education, health and care plan'],
    ['An S17 assessment was done.', 'child in need support'],
    ['The S47 found no harm.', 'child protection enquiry'],
    ['Mia was on a CIN plan.', 'child in need'],
    ['Jay is LAC.', 'child in care'],
    ['Mum DNA the appointment.', 'did not come'],
    ['Review in 6/52.', '6 weeks'],
  ];
  it.each(cases)('%s → %s', (text, plain) => {
    const f = only(text);
    expect(f.kind).toBe('acronym');
    expect(f.suggestions).toContain(plain);
  });

  it('flags CP with both meanings, because it can mean cerebral palsy', () => {
    const f = only('CP concerns were discussed.');
    expect(f.suggestions).toEqual(['Child protection', 'Cerebral palsy']);
    expect(f.message).toContain('cerebral palsy');
  });

  it('explains what a service does', () => {
    expect(only('The EWO will visit.').message).toContain('helps children and families with school attendance');
  });

  it('flags threshold, statutory and step down as jargon', () => {
    expect(flagged('Below threshold, so no statutory role; step down agreed.')).toEqual(['threshold', 'statutory', 'step down']);
  });

  it('flags officialese with everyday words', () => {
    const found = checkText('We will ascertain whether Dawn is in receipt of benefits and utilise the fund.', compiled);
    expect(found.map((f) => [f.text, f.suggestions[0]])).toEqual([['ascertain', 'find out'], ['in receipt of', 'getting'], ['utilise', 'use']]);
  });
});

describe('ordinary words are left alone', () => {
  it.each([
    'The agenda for the meeting is below.',
    "Jay's foster carer brings him on Tuesdays.",
    'Dna and cp are not acronyms in lower case, nor is accept or concept.',
    'Mum had a DNA test to confirm who the father is.',
    'Nan looked after the children at the weekend.',
    'Dad will step up and do the school run.',
    'The baby monitor was broken, and the agency nurse came instead.',
    'She is a nurse practitioner at the surgery.',
    'Email lena.nowak@northshire.example.gov.uk or see www.northshire.example.gov.uk/cp-help for details.',
    'Jay said the salt was too much and the OTTER book was his favourite.',
    'Next meeting on 3/12/2026; support is there 24/7.',
  ])('%s', (text) => {
    expect(flagged(text)).toEqual([]);
  });

  it('raises nothing in the demo family’s plain-English notes and outcomes', () => {
    const { record } = demo();
    const texts = [
      ...record.meetings.flatMap((m) => m.notes.map((n) => n.text)),
      ...record.episodes.flatMap((e) => e.outcomes.map((o) => o.text)),
      ...record.team.map((t) => t.canHelpWith),
    ];
    expect(texts.length).toBeGreaterThan(15);
    expect(texts.flatMap((t) => flagged(t))).toEqual([]);
  });
});

describe('an acronym spelled out once in a document', () => {
  it('is fine after "Education Welfare Officer (EWO)"', () => {
    expect(flagged('The Education Welfare Officer (EWO) visited. The EWO will come back next week.')).toEqual([]);
  });
  it('is fine after "EWO (Education Welfare Officer)"', () => {
    expect(flagged('The EWO (Education Welfare Officer) visited. The EWO will come back.')).toEqual([]);
  });
  it('is fine after a plain explanation in brackets', () => {
    expect(flagged('CAMHS (the NHS service for children’s mental health) wrote to Dawn. CAMHS will see Jay.')).toEqual([]);
  });
  it('works for longer names: Child and Adolescent Mental Health Services (CAMHS), SENCO, S47', () => {
    expect(flagged('Child and Adolescent Mental Health Services (CAMHS) called; later CAMHS wrote.')).toEqual([]);
    expect(flagged('The Special Educational Needs Coordinator (SENCO) and the SENCO’s assistant met.')).toEqual([]);
    expect(flagged('A section 47 enquiry (S47) was held. The S47 found no harm.')).toEqual([]);
  });
  it('is still flagged when used before it is spelled out', () => {
    expect(flagged('The EWO visited. Later the Education Welfare Officer (EWO) wrote.')).toEqual(['EWO']);
  });
  it('is not spelled out by unrelated words in brackets', () => {
    expect(flagged('Dawn Fletcher (EWO) attended.')).toEqual(['EWO']);
  });
  it('can be spelled out in an earlier part of the same document', () => {
    expect(flagged('The EWO rang.', { alreadyDefined: ['EWO'] })).toEqual([]);
  });
});

describe('family and professional audiences', () => {
  const text = 'The lead professional raised safeguarding concerns with the DSL.';
  it('flags words only families find hard when writing for the family', () => {
    expect(flagged(text, { audience: 'family' })).toEqual(['lead professional', 'safeguarding concerns', 'DSL']);
  });
  it('lets professionals share their own words, but still asks for acronyms to be spelled out', () => {
    const found = checkText(text, compiled, { audience: 'professional' });
    expect(found.map((f) => f.text)).toEqual(['DSL']);
    expect(found[0].suggestions[0]).toBe('Designated Safeguarding Lead (DSL)');
    expect(found[0].message).toMatch(/^Spell out “DSL” the first time/);
  });
  it('asks professionals only about the first use of each acronym, and families about every use', () => {
    const minutes = 'The EWO rang. The EWO will visit. CAMHS wrote.';
    expect(flagged(minutes, { audience: 'professional' })).toEqual(['EWO', 'CAMHS']);
    expect(flagged(minutes, { audience: 'family' })).toEqual(['EWO', 'EWO', 'CAMHS']);
  });
});

describe('suggestions that fit the sentence', () => {
  it('starts a sentence with a capital', () => {
    expect(only('LP to ring Dawn.').suggestions[0]).toBe('The main contact');
  });
  it('makes a plural and a possessive', () => {
    expect(only('Both EWOs came.').suggestions[0]).toBe('education welfare officers');
    expect(only('The EWO’s report came.').suggestions[0]).toBe('education welfare officer’s');
  });
  it('makes plurals of longer plain words on the right word', () => {
    expect(only('Jay is above both thresholds.').suggestions[0]).toBe('levels of need');
    expect(only('Rhys missed two TAF meetings.').suggestions[0]).toBe('meetings with the people helping your family');
    expect(only('All the CINs were reviewed.').suggestions[0]).toBe('children in need');
  });
  it('adds "the" to a service named by its letters alone, but not as a label in brackets', () => {
    expect(only('Rhys Evans (HV) sent apologies.').suggestions[0]).toBe('health visitor');
    expect(only('Jay was referred to CAMHS.').suggestions[0]).toBe("the children's mental health service");
    expect(only('Jay was referred to the CAMHS team.').suggestions[0]).toBe("children's mental health service");
  });
});

describe('family words in quotation marks', () => {
  it('are not flagged by default', () => {
    expect(flagged('Dawn said "the LP never rings back" and the LP agreed.')).toEqual(['LP']);
    const text = 'Dawn said "the LP never rings back" and the LP agreed.';
    expect(checkText(text, compiled)[0].start).toBe(text.lastIndexOf('LP'));
  });
  it('are flagged when asked to check them too', () => {
    expect(flagged('Dawn said “the LP never rings back”.', { skipQuoted: false })).toEqual(['LP']);
  });
  it('can be marked by position instead of quotation marks', () => {
    const text = 'Mum: the LP is great. Staff: the LP will call.';
    expect(flagged(text, { ignore: [{ start: 0, end: 21 }] })).toEqual(['LP']);
  });
});

describe('the review minutes', () => {
  it('flag what a family would stumble on, in order of position', () => {
    const found = checkText(PROFESSIONAL_MINUTES, compiled);
    expect(found.length).toBeGreaterThan(30);
    const starts = found.map((f) => f.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    for (const f of found) expect(PROFESSIONAL_MINUTES.slice(f.start, f.end)).toBe(f.text);
    expect(found.map((f) => f.text)).toEqual(expect.arrayContaining(['FSW', 'HV', '6/52', 'DNA', 'escalate', 'TA', 'SENCO', 'EHCP needs assessment', 'SDQ', 'w/c']));
    // Dawn's own words in quotes are not touched.
    expect(found.some((f) => f.text === 'nobody comes')).toBe(false);
  });
});
