// Gentle checks a chair sees on each action and on the plan: a named person, a date, something to
// measure, no duplicates, and the lead professional not left holding most of the actions.
import { describe, expect, it } from 'vitest';
import { actionWarnings, planWarnings, type ActionLike } from '../../../src/core/actions/quality';
import { readActionLine } from '../../../src/core/actions/capture';
import { MEETING_DATE, demoRecord, idOf, optionsFor } from './demo';

const record = demoRecord();
const tom = idOf(record, 'Tom Price');
const sarah = idOf(record, 'Sarah Khan');
const dawn = idOf(record, 'Dawn Fletcher');
const context = { meetingDate: MEETING_DATE, leadProfessionalId: tom, record };
const good: ActionLike = { text: "Refer Jay to the children's mental health service", ownerId: sarah, ownerName: 'Sarah Khan', agency: 'Northshire Community Health', dueDate: '2026-12-04' };

describe('checks on one action', () => {
  it('has nothing to say about a clear action with a person and a date', () => {
    expect(actionWarnings(good, context)).toEqual([]);
  });
  it('asks for a person when only a service is named', () => {
    expect(actionWarnings({ ...good, ownerId: undefined, ownerName: '', agency: 'Northshire Homes' }, context)).toEqual([
      'Name a person at Northshire Homes, not only the service, so everyone knows who to ask.',
    ]);
    expect(actionWarnings({ ...good, ownerId: undefined, ownerName: 'School', agency: '' }, context)[0]).toMatch(/Name a person at School/);
  });
  it('asks who when no one is named, but accepts a family friend not on the record', () => {
    expect(actionWarnings({ ...good, ownerId: undefined, ownerName: '', agency: '' }, context)).toEqual(['Say who will do this.']);
    expect(actionWarnings({ ...good, ownerId: undefined, ownerName: 'Uncle Dave', agency: '' }, context)).toEqual([]);
  });
  it('asks for a date, and questions a date before the meeting', () => {
    expect(actionWarnings({ ...good, dueDate: undefined }, context)).toEqual(['Add a date for when this will be done.']);
    expect(actionWarnings({ ...good, dueDate: '2026-11-20' }, context)).toEqual([
      'The date, 20 November 2026, is before the meeting on 25 November 2026. Choose a new date if this is still to do.',
    ]);
    expect(actionWarnings({ ...good, dueDate: '2026-11-20', status: 'done' }, context)).toEqual([]);
  });
  it.each([
    ['Monitor Jay', 'Monitor'],
    ['Support Dawn with mornings', 'Support'],
    ['Look into holiday clubs', 'Look into'],
    ['Liaise with housing', 'Liaise'],
    ['Continue to offer support', 'Continue to'],
    ['Consider a referral to CAMHS', 'Consider'],
    ['Explore options for after school', 'Explore'],
    ['Be aware of Jay’s worries', 'Be aware'],
  ])('flags “%s” as having nothing to measure', (text, verb) => {
    const warnings = actionWarnings({ ...good, text }, context);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(`“${verb}” does not say what will be done`);
  });
  it.each([
    "Monitor Jay's attendance every Friday and tell Dawn",
    'Support Dawn to fill in the free school meals form',
    'Look into holiday clubs and send Dawn a list',
    'Liaise with housing and ring Dawn with the repair date',
  ])('accepts “%s”, which says what will happen', (text) => {
    expect(actionWarnings({ ...good, text }, context)).toEqual([]);
  });
  it('spots the same action twice in the plan, but not the action itself', () => {
    const saved = { ...good, id: 'action-0001', status: 'not-started' as const };
    const copy = { ...good, id: 'action-0002', text: "Refer Jay to the children’s mental health service." };
    expect(actionWarnings(copy, { ...context, actions: [saved, copy] })).toEqual(['This is the same as another action in the plan. Keep one of them.']);
    expect(actionWarnings(saved, { ...context, actions: [saved] })).toEqual([]);
    expect(actionWarnings(copy, { ...context, actions: [{ ...saved, status: 'done' }] })).toEqual([]);
  });
  it('asks whether someone else could take it when the lead professional already has most of the others', () => {
    const others: ActionLike[] = [
      { id: 'a1', text: 'Ring Dawn every Friday', ownerId: tom, dueDate: '2026-12-18', status: 'not-started' },
      { id: 'a2', text: 'Book the hall', ownerId: tom, dueDate: '2026-12-04', status: 'in-progress' },
      { id: 'a3', text: 'Send the referral', ownerId: sarah, dueDate: '2026-12-04', status: 'not-started' },
    ];
    const mine = { ...good, ownerId: tom, ownerName: 'Tom Price', agency: 'Greenfield Primary School' };
    expect(actionWarnings(mine, { ...context, actions: others })).toEqual([
      'The lead professional already has 2 of the other 3 actions. Could someone else on the team, or in the family, take this one?',
    ]);
    expect(actionWarnings(mine, { ...context, actions: others.slice(1) })).toEqual([]);
    expect(actionWarnings(good, { ...context, actions: others })).toEqual([]);
  });
  it('notices an owner who has left the team', () => {
    const changed = demoRecord();
    changed.team.find((t) => t.id === sarah)!.active = false;
    expect(actionWarnings(good, { ...context, record: changed })).toEqual(['Sarah Khan is no longer on the team. Choose who will do this now.']);
  });
  it('checks a draft straight from the line reader', () => {
    const draft = readActionLine('Health to monitor Mia', optionsFor(record));
    const warnings = actionWarnings(draft, context);
    expect(warnings).toContain('Add a date for when this will be done.');
    expect(warnings.join(' ')).toMatch(/“Monitor” does not say/);
    expect(warnings.join(' ')).toMatch(/Say who will do this/);
  });
});

describe('checks on the whole plan', () => {
  const action = (ownerId: string, status: ActionLike['status'] = 'not-started'): ActionLike => ({ text: 'Something to do', ownerId, dueDate: '2026-12-04', status });
  it('warns when the lead professional has more than half of the open actions, naming them', () => {
    expect(planWarnings([action(tom), action(tom), action(sarah)], tom, { record })).toEqual([
      'Tom Price, the lead professional, has 2 of the 3 actions. The lead professional keeps the plan together; ask who else on the team, or in the family, can take some of them.',
    ]);
  });
  it('is content when the work is shared, and does not count finished actions', () => {
    expect(planWarnings([action(tom), action(sarah), action(dawn), action(tom, 'done'), action(tom, 'done')], tom)).toEqual([]);
    expect(planWarnings([action(tom), action(tom), action(sarah), action(dawn)], tom)).toEqual([]);
  });
  it('says nothing about a plan of one or two actions', () => {
    expect(planWarnings([action(tom), action(tom)], tom)).toEqual([]);
  });
  it('counts the demo family’s own plan fairly', () => {
    expect(planWarnings(record.actions, tom, { record })).toEqual([]);
  });
});
