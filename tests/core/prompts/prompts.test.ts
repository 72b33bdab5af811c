// The chair's prompts: local words filled in, different words for first, review and closing
// meetings, guidance for chairs who chair rarely, and read-aloud scripts a nine-year-old could read.
import { describe, expect, it } from 'vitest';
import { syllable } from 'syllable';
import { fleschKincaid } from 'flesch-kincaid';
import { fillPlaceholders, joinNames, BUILT_IN_LOCAL, unknownPlaceholders } from '../../../src/core/prompts/local';
import { meetingGuidance, promptsFor, situationPrompt } from '../../../src/core/prompts/prompts';
import { promptContext } from '../../../src/core/prompts/context';
import { BUILT_IN_PROMPTS } from '../../../src/core/prompts/built-in';
import { MEETING_KINDS } from '../../../src/core/meetings/schema';
import { demo, hassans, planned } from '../agenda/helpers';

/** Flesch–Kincaid grade; a UK reading age is about the US grade plus 5. */
function readingAge(text: string): number {
  const sentences = text.split(/[.?!]+(?:\s|$)/).filter((s) => s.trim()).length;
  const words = text.split(/\s+/).map((w) => w.replace(/[^A-Za-z0-9’'-]/g, '')).filter(Boolean);
  const syllables = words.reduce((n, w) => n + Math.max(1, syllable(w)), 0);
  return fleschKincaid({ sentence: sentences, word: words.length, syllable: syllables }) + 5;
}

function demoContext() {
  const { record, next } = demo();
  return {
    ...promptContext(record, next),
    owner: 'Tom Price',
    action: "Share Jay's weekly attendance with Dawn every Friday",
    outcome: 'Jay gets to school calm and on time most days',
  };
}

describe('filling in local words', () => {
  it('fills the placeholders, with a capital letter where the template asks for one', () => {
    const ctx = { planName: 'family plan', familyNames: 'Dawn and Pat' };
    expect(fillPlaceholders('{PlanName}: who does what. {familyNames} get the {planName}.', ctx)).toBe(
      'Family plan: who does what. Dawn and Pat get the family plan.',
    );
  });

  it('leaves a placeholder it has no words for, so a test or a reader can see it', () => {
    expect(fillPlaceholders('Hello {childNames}', {})).toBe('Hello {childNames}');
    expect(unknownPlaceholders('Hello {childName} and {ChildNames}')).toEqual(['childName']);
  });

  it('joins names the way people say them', () => {
    expect(joinNames(['Jay'])).toBe('Jay');
    expect(joinNames(['Jay', 'Mia'])).toBe('Jay and Mia');
    expect(joinNames(['Jay', 'Mia', 'Leo'])).toBe('Jay, Mia and Leo');
    expect(joinNames([], 'the children')).toBe('the children');
  });

  it('takes names for the demo family from the record: children, family first names, lead professional', () => {
    const ctx = demoContext();
    expect(ctx).toMatchObject({ childNames: 'Jay and Mia', familyNames: 'Dawn and Pat', leadProfessional: 'Tom Price', keyPerson: 'key person', teamName: 'Team Around the Child' });
  });

  it('falls back to plain words when the record has no family members or lead professional', () => {
    const record = hassans();
    record.members = [];
    record.episodes = [];
    const ctx = promptContext(record, planned('meeting-0001', '2026-12-01'), { ...BUILT_IN_LOCAL, keyPerson: 'main contact' });
    expect(ctx).toMatchObject({ familyNames: 'the family', leadProfessional: 'your main contact', authorityName: 'the council' });
  });
});

describe('prompts for an agenda item', () => {
  it('asks the family about the time since last met at a review, and what they want to change at a first meeting', () => {
    const ctx = demoContext();
    expect(promptsFor('family-view', 'review', ctx).say).toEqual([
      'Dawn and Pat, we would like to hear from you first.',
      'How have things been since we last met? What have you noticed?',
    ]);
    expect(promptsFor('family-view', 'first', ctx).say[1]).toBe('How are things at home? What would you like to change?');
    expect(promptsFor('family-view', 'first', ctx).chair).toContain('Explain why you ask about money, housing or health before you ask.');
  });

  it('opens by saying the meeting is to work with the family, not to judge anyone', () => {
    expect(promptsFor('welcome', 'review', demoContext()).say[0]).toBe('Thank you for coming. We are here to work with you, not to judge anyone.');
  });

  it('introduces the lead professional by name, with the family’s word for them', () => {
    const ctx = promptContext(demo().record, demo().next, { ...BUILT_IN_LOCAL, keyPerson: 'main contact', planName: 'family plan' });
    expect(promptsFor('closing', 'review', ctx).say).toEqual([
      'Thank you, everyone. I will read back what we agreed.',
      'Tom Price is your main contact. Call them if things change before we meet again.',
      'You will get a copy of the family plan.',
    ]);
  });

  it('leaves out "is your key person" until a lead professional is chosen, never "Your key person is your key person"', () => {
    const record = hassans();
    record.episodes = [];
    const ctx = promptContext(record, planned('meeting-0001', '2026-12-01'));
    const lines = [...promptsFor('closing', 'review', ctx).say, ...promptsFor('introductions', 'first', ctx).chair];
    expect(lines.join(' ')).not.toMatch(/key person is your key person|your key person as the family’s key person/i);
    expect(promptsFor('closing', 'review', ctx).say).toContain('You will get a copy of the action plan.');
  });

  it('reads out each action from last time with who was doing it', () => {
    const ctx = { ...demoContext(), owner: 'Grace Okafor', action: 'Arrange for the damp to be fixed' };
    expect(promptsFor('action-review', 'review', ctx).say).toEqual(['We agreed: Arrange for the damp to be fixed. Grace Okafor was doing this. What happened?']);
  });

  it('gives nothing for a key it does not know, rather than failing', () => {
    expect(promptsFor('school-figures', 'review', demoContext())).toEqual({ say: [], chair: [] });
    expect(promptsFor('constructor', 'review', demoContext())).toEqual({ say: [], chair: [] });
  });

  it('has a one-line guide to what happens at each kind of meeting', () => {
    for (const kind of MEETING_KINDS) expect(meetingGuidance(kind, demoContext())).toMatch(/^At a (first|review|closing)/);
    expect(meetingGuidance('review', demoContext())).toContain('last time’s actions one by one');
  });
});

describe('words read aloud', () => {
  const ctx = demoContext();
  const scripts = Object.keys(BUILT_IN_PROMPTS.items).flatMap((key) =>
    MEETING_KINDS.map((kind) => ({ key, kind, text: promptsFor(key, kind, ctx).say.join(' ') })),
  );
  const situations = Object.entries(BUILT_IN_PROMPTS.situations)
    .filter(([, s]) => s.say)
    .map(([key, s]) => ({ key, kind: 'situation', text: fillPlaceholders(s.say!, ctx) }));

  it.each([...scripts, ...situations])('$key at a $kind meeting has a reading age of 9 or under', ({ text }) => {
    expect(text.length).toBeGreaterThan(0);
    expect(readingAge(text)).toBeLessThanOrEqual(BUILT_IN_LOCAL.readingAgeTarget);
  });

  it('uses no short forms, no unfilled placeholders, and never says "lead professional" to the family', () => {
    for (const { key, text } of [...scripts, ...situations]) {
      expect(text, key).not.toMatch(/\b[A-Z]{2,}\b/);
      expect(text, key).not.toMatch(/[{}]/);
      expect(text.toLowerCase(), key).not.toContain('lead professional');
    }
  });

  it('keeps every read-aloud sentence to 20 words or fewer', () => {
    for (const { key, text } of scripts) {
      for (const sentence of text.split(/(?<=[.?!])\s+/)) expect(sentence.split(/\s+/).length, `${key}: ${sentence}`).toBeLessThanOrEqual(20);
    }
  });
});

describe('prompts for situations', () => {
  it('asks how the family’s views are brought in when they are not here', () => {
    expect(situationPrompt('family-absent', demoContext()).chair).toBe(
      'The family isn’t here. How are their views being brought in? How will they get the action plan?',
    );
  });

  it('puts the local limit on actions into the gentle prompt', () => {
    const s = situationPrompt('too-many-actions', { ...demoContext(), count: 11, maxActions: 8 });
    expect(s.chair).toBe(
      'The action plan now has 11 actions. Local guidance says families cannot hold more than 8. Could some wait, be joined up, or be done by the team instead?',
    );
  });

  it('gives an owner-not-here prompt with a follow-up action ready to add', () => {
    const s = situationPrompt('owner-not-here', { ...demoContext(), owner: 'Grace Okafor', action: 'Arrange for the damp to be fixed' });
    expect(s.chair).toBe('Grace Okafor is not here — confirm this action with them. Who will check with them, and by when?');
    expect(s.followUp).toBe('Check with Grace Okafor that they can do this: Arrange for the damp to be fixed');
  });
});
