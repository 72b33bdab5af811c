// The chair's private alerts during a meeting: no family here, a plan past the local limit, owners
// not here, actions carried over again and again, and outcomes no better though the actions are done.
import { describe, expect, it } from 'vitest';
import { chairAlerts, openActionCount } from '../../../src/core/prompts/alerts';
import { BUILT_IN_LOCAL } from '../../../src/core/prompts/local';
import { H, action, demo, hassans, meeting } from '../agenda/helpers';

function inProgress(marks: Parameters<typeof meeting>[2]) {
  const record = hassans();
  const last = meeting('meeting-0001', '2026-10-19', { [H.priya]: 'in-person', [H.layla]: 'in-person' });
  const now = meeting('meeting-0002', '2026-11-30', marks, { status: 'in-progress' });
  record.meetings.push(last, now);
  return { record, now, last };
}

describe('alerts for the chair', () => {
  it('warns when no one from the family is here', () => {
    const { record, now } = inProgress({ [H.priya]: 'in-person', [H.ola]: 'in-person', [H.layla]: 'apologies' });
    const alert = chairAlerts(record, now).find((a) => a.key === 'family-absent')!;
    expect(alert.text).toBe('The family isn’t here. How are their views being brought in? How will they get the action plan?');
    expect(alert.say).toBe('Layla and Fatima could not be here today. We will share what they told us, and they will get a copy of the action plan.');
  });

  it('warns before the meeting when every family member has said they cannot come', () => {
    const { record, now } = inProgress({});
    now.status = 'planned';
    now.invitations = [
      { personId: H.layla, invitedOn: '2026-11-16', how: 'text', reply: 'cannot-come' },
      { personId: H.fatima, invitedOn: '2026-11-16', how: 'letter', reply: 'cannot-come' },
    ];
    expect(chairAlerts(record, now).map((a) => a.key)).toContain('family-absent');
  });

  it('does not warn when the mother is here', () => {
    const { record, now } = inProgress({ [H.priya]: 'in-person', [H.layla]: 'in-person' });
    expect(chairAlerts(record, now)).toEqual([]);
  });

  it('gently points out a plan past eight actions, and not one of eight', () => {
    const { record, now } = inProgress({ [H.priya]: 'in-person', [H.layla]: 'in-person' });
    for (let i = 1; i <= 8; i++) record.actions.push(action(`action-${i}`, `Step ${i} of the plan`, { createdInMeetingId: 'meeting-0001', createdAt: '2026-10-19T15:00:00.000Z' }));
    expect(openActionCount(record, now)).toBe(8);
    expect(chairAlerts(record, now).some((a) => a.key === 'too-many-actions')).toBe(false);
    record.actions.push(action('action-9', 'Book a dentist for Amira', { createdInMeetingId: now.id, ownerId: H.layla }));
    const alert = chairAlerts(record, now).find((a) => a.key === 'too-many-actions')!;
    expect(alert.text).toBe(
      'The action plan now has 9 actions. Local guidance says families cannot hold more than 8. Could some wait, be joined up, or be done by the team instead?',
    );
    const local = { ...BUILT_IN_LOCAL, maxActionsBeforePrompt: 10, planName: 'family plan' };
    expect(chairAlerts(record, now, { local }).some((a) => a.key === 'too-many-actions')).toBe(false);
  });

  it('asks the chair to confirm an action whose owner sent apologies, with a follow-up ready', () => {
    const { record, now } = inProgress({ [H.priya]: 'in-person', [H.layla]: 'in-person', [H.helen]: 'apologies' });
    record.actions.push(action('action-weigh', 'Weigh Yusuf at the clinic', { ownerId: H.helen, createdInMeetingId: 'meeting-0001' }));
    const alert = chairAlerts(record, now).find((a) => a.key === 'owner-not-here')!;
    expect(alert).toMatchObject({ actionId: 'action-weigh', personIds: [H.helen] });
    expect(alert.text).toBe('Helen Moore is not here — confirm this action with them. Who will check with them, and by when?');
    expect(alert.followUp).toMatchObject({ text: 'Check with Helen Moore that they can do this: Weigh Yusuf at the clinic', ownerId: H.priya });
  });

  it('names an action carried over twice and asks what is in the way', () => {
    const { record, now, last } = inProgress({ [H.priya]: 'in-person', [H.layla]: 'in-person' });
    const earlier = meeting('meeting-0000', '2026-09-07', { [H.priya]: 'in-person', [H.layla]: 'in-person' });
    record.meetings.push(earlier);
    record.actions.push(action('action-bus', 'Apply for a bus pass for Amira', { ownerId: H.priya, createdAt: '2026-08-01T10:00:00.000Z' }));
    earlier.actionReviews.push({ actionId: 'action-bus', result: 'carried-forward', reason: '' });
    last.actionReviews.push({ actionId: 'action-bus', result: 'partly-done', reason: 'Form sent, no reply yet.' });
    const alert = chairAlerts(record, now).find((a) => a.key === 'carried-over')!;
    expect(alert.actionId).toBe('action-bus');
    expect(alert.text).toBe('This action has been carried over 2 times. What is getting in the way? Does it need someone else, or is it still needed?');
  });

  it('notices when every action for an outcome is done but the family says it is no better', () => {
    const { record, now } = inProgress({ [H.priya]: 'in-person', [H.layla]: 'in-person' });
    record.actions.push(action('action-club', 'Find a Monday breakfast club place', { outcomeId: 'outcome-mondays', status: 'done', createdInMeetingId: 'meeting-0001' }));
    now.outcomeRatings.push({ outcomeId: 'outcome-mondays', familyScore: 3, teamScore: 5, change: 'no-change', familyWords: 'She still will not go on Mondays.' });
    const alert = chairAlerts(record, now).find((a) => a.key === 'done-not-better')!;
    expect(alert.text).toBe('All the actions for “Amira is in school on Mondays” are done, but the family says it is no better. What else would help?');
  });

  it('brings repeated non-attendance into the same list', () => {
    const { record, next } = demo();
    const alerts = chairAlerts(record, next);
    expect(alerts.map((a) => a.key)).toEqual(['repeated-non-attendance']);
    expect(alerts[0].followUp?.text).toContain('Contact Rhys Evans');
  });
});
