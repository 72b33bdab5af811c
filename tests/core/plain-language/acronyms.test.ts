// Acronyms in a finished text: glossary ones with their meanings (ambiguous ones with all of them),
// and all-capitals words nobody has explained yet.
import { describe, expect, it } from 'vitest';
import { BUILT_IN_GLOSSARY, acronymsUsed, compileGlossary, mergeGlossaries, unknownAcronymWords } from '../../../src/core/plain-language';

const glossary = compileGlossary(BUILT_IN_GLOSSARY);

describe('acronyms in a document', () => {
  it('lists each glossary acronym once, with its meaning, even in quotes', () => {
    const used = acronymsUsed('Referred to CAMHS. The EWO will visit. Mum said "CAMHS never rang".', glossary);
    expect(used.map((u) => u.term)).toEqual(['CAMHS', 'EWO']);
    expect(used[0].meaning).toBe('Child and Adolescent Mental Health Services');
    expect(used[0].ambiguous).toBe(false);
  });

  it('marks letters with two meanings as ambiguous (PA)', () => {
    const [pa] = acronymsUsed('PA is above 10%.', glossary);
    expect(pa).toMatchObject({ term: 'PA', ambiguous: true });
    expect(pa.meanings).toEqual(['persistent absence', 'personal assistant']);
  });

  it('flags all-capitals words the glossary does not know, not everyday ones or names given', () => {
    expect(unknownAcronymWords('The FMASM is on Monday. ASKK will come. I am OK. See the GP. FMASMs again.', glossary)).toEqual(['FMASM', 'ASKK']);
    expect(unknownAcronymWords('ROSE sent it', glossary, ['Rose'])).toEqual([]);
    expect(unknownAcronymWords('A word in Capitals is not one', glossary)).toEqual([]);
    expect(unknownAcronymWords('Reference CS-55120, case 2026/XY, and the QZ team', glossary)).toEqual(['QZ']);
  });

  it('an explained acronym is known from then on', () => {
    const mine = compileGlossary(mergeGlossaries(BUILT_IN_GLOSSARY, [{ term: 'FMASM', kind: 'acronym', plain: 'family meeting', expansion: 'Family and Multi-Agency Support Meeting' }]));
    expect(unknownAcronymWords('The FMASM is on Monday.', mine)).toEqual([]);
    expect(acronymsUsed('The FMASM is on Monday.', mine)).toEqual([expect.objectContaining({ term: 'FMASM', meaning: 'Family and Multi-Agency Support Meeting' })]);
  });
});
