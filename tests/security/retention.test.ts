// Retention rules are the local authority's (templates/retention.json): keyed on the youngest child's
// date of birth or the day support ended. A family is only prompted for review; nothing is deleted.
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_RETENTION, retentionDue, retentionPolicySchema, type RetentionFacts } from '../../src/core/retention/rules';
import { familyInput } from '../support/fixtures';
import { openCore, tempDir, value } from './support';

const family = (over: Partial<RetentionFacts> = {}): RetentionFacts => ({
  children: [{ dateOfBirth: '2016-05-14' }, { dateOfBirth: '2022-01-09' }],
  episodes: [{ closedOn: '2024-03-31' }, { closedOn: '2025-07-18' }],
  meetings: [{ date: '2025-07-01' }],
  updatedAt: '2025-07-18T10:00:00.000Z',
  ...over,
});

describe('when a family is due a review for deletion', () => {
  it('keeps the records until the youngest child is 25 and 6 years after support ended — the later date wins', () => {
    const status = retentionDue(family(), DEFAULT_RETENTION, '2026-11-23');
    expect(status.due).toBe(false);
    expect(status.rules.map((r) => [r.ruleId, r.keepUntil])).toEqual([
      ['youngest-child-25', '2047-01-09'],
      ['six-years-after-support', '2031-07-18'],
    ]);
    expect(status.reviewOn).toBe('2047-01-09');
    expect(status.summary).toBe('Keep until 9 January 2047.');
    expect(status.rules[0].reason).toBe('The youngest child turns 25 on 9 January 2047.');
  });

  it('prompts from 30 days before the date, and after it', () => {
    expect(retentionDue(family(), DEFAULT_RETENTION, '2046-12-09').due).toBe(false);
    const soon = retentionDue(family(), DEFAULT_RETENTION, '2046-12-10');
    expect(soon.due).toBe(true);
    expect(soon.summary).toBe('Review for deletion soon: every retention rule will have passed on 9 January 2047.');
    expect(retentionDue(family(), DEFAULT_RETENTION, '2047-02-01').summary).toBe('Review for deletion: every retention rule passed by 9 January 2047.');
  });

  it('never prompts while support is still open', () => {
    const open = retentionDue(family({ episodes: [{ closedOn: '2020-01-01' }, {}] }), DEFAULT_RETENTION, '2090-01-01');
    expect(open.due).toBe(false);
    expect(open.summary).toBe('Keep: support is still open, so the records are kept.');
  });

  it('counts from an unborn baby’s expected date, and from the last activity when no support was opened', () => {
    const policy = retentionPolicySchema.parse({
      version: 1,
      rules: [
        { id: 'youngest-child-18', basis: 'youngest-child-age', years: 18, label: 'Until the youngest child is 18' },
        { id: 'two-years-after', basis: 'after-support-ends', years: 2, label: '2 years after support ended' },
      ],
    });
    const status = retentionDue(
      family({ children: [{ dateOfBirth: '2008-02-29' }, { expectedDate: '2009-01-10' }], episodes: [], meetings: [{ date: '2024-05-01' }], updatedAt: '2024-06-02T09:00:00.000Z' }),
      policy,
      '2027-01-01',
    );
    expect(status.rules.map((r) => r.keepUntil)).toEqual(['2027-01-10', '2026-06-02']);
    expect(status.rules[1].reason).toBe('2 years after the last activity on the record, on 2 June 2024 (no support was opened): 2 June 2026.');
    expect(status.due).toBe(true);
  });

  it('the shipped templates/retention.json is valid and matches the built-in default rules', () => {
    const shipped = retentionPolicySchema.parse(JSON.parse(readFileSync(path.resolve('templates/retention.json'), 'utf8')));
    expect(shipped.rules).toEqual(DEFAULT_RETENTION.rules);
  });
});

describe('records.retentionReview', () => {
  it('lists only the families due, from the local rules, and deletes nothing', async () => {
    const templates = tempDir('tac-tpl-');
    writeFileSync(path.join(templates, 'retention.json'), JSON.stringify({
      version: 1,
      rules: [{ id: 'youngest-child-5', basis: 'youngest-child-age', years: 5, label: 'Until the youngest child is 5' }],
      reviewNoticeDays: 0,
      policyNote: 'Ask Sam in information governance before deleting anything.',
    }));
    const dir = tempDir();
    const core = await openCore(dir, { keyFile: `${dir}.key`, templatesDir: templates });
    const old = await value(core, 'families.create', familyInput('EH-2026-0601')); // youngest born 2019-03-17
    const young = familyInput('EH-2026-0602');
    young.children[1].dateOfBirth = '2024-08-01';
    await value(core, 'families.create', young);
    const review = await value(core, 'records.retentionReview');
    expect(review.policyNote).toBe('Ask Sam in information governance before deleting anything.');
    expect(review.checked).toBe(2);
    expect(review.due.map((d: { reference: string }) => d.reference)).toEqual(['EH-2026-0601']);
    expect(review.due[0]).toMatchObject({ familyId: old.id, reviewOn: '2024-03-17', summary: 'Review for deletion: every retention rule passed by 17 March 2024.' });
    expect((await value(core, 'families.list')).total).toBe(2);
    await core.close();
  });

  it('reports a broken retention template with its file and field, and uses the built-in rules', async () => {
    const templates = tempDir('tac-tpl-');
    mkdirSync(templates, { recursive: true });
    writeFileSync(path.join(templates, 'retention.json'), JSON.stringify({ version: 1, rules: [{ id: 'x', basis: 'birthday', years: 25, label: 'x' }] }));
    const dir = tempDir();
    const core = await openCore(dir, { keyFile: `${dir}.key`, templatesDir: templates });
    const review = await value(core, 'records.retentionReview');
    expect(review.problem).toMatch(/^templates\/retention\.json has a problem — rules\.0\.basis: .* — so the built-in version is used\.$/);
    expect(review.rules.map((r: { id: string }) => r.id)).toEqual(['youngest-child-25', 'six-years-after-support']);
    expect((await value(core, 'app.info')).templateProblems.some((p: string) => p.startsWith('templates/retention.json'))).toBe(true);
    await core.close();
  });
});
