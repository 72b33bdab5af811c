// "The family has not been sent their plan yet": on the family page (with a link to record it), as a
// tag on the home list, and a line above the home list when any family is past the deadline.
import type { FamilyRecord } from '../../../core/families/record';
import type { FamilySummary } from '../../../core/families/index-entry';
import { familyPlanFacts } from '../../../core/circulation/family-plan';
import { Notice, Tag } from '../../ui/bits';
import { useFamilyPlanJudge } from './use-family-plan';

export function FamilyPlanNotice({ record }: { record: FamilyRecord }) {
  const judge = useFamilyPlanJudge();
  const status = judge?.(familyPlanFacts(record));
  if (!status || status.state === 'sent') return null;
  return (
    <Notice tone={status.state === 'overdue' ? 'warning' : 'info'} title={status.title}>
      <p>{status.detail}</p>
      <p><a href={`#/families/${record.id}/meetings/${status.meetingId}/run?to=circulation`}>Make the plan and record who was sent it</a></p>
    </Notice>
  );
}

export function FamilyPlanTag({ family }: { family: Pick<FamilySummary, 'familyPlan'> }) {
  const judge = useFamilyPlanJudge();
  const status = judge?.(family.familyPlan);
  if (!status || status.state === 'sent') return null;
  return (
    <span className="family-plan-tag">
      <Tag tone={status.state === 'overdue' ? 'red' : 'yellow'}>
        {status.state === 'overdue' ? 'Plan not sent: overdue' : 'Plan not sent yet'}
      </Tag>
      <span className="visually-hidden">. {status.title}.</span>
    </span>
  );
}

export function FamilyPlanReminder({ families }: { families: Pick<FamilySummary, 'familyPlan'>[] }) {
  const judge = useFamilyPlanJudge();
  if (!judge) return null;
  const late = families.map((f) => judge(f.familyPlan)).filter((s) => s?.state === 'overdue');
  if (late.length === 0) return null;
  const within = late[0]!.withinWorkingDays;
  return (
    <Notice tone="warning" title={late.length === 1 ? '1 family has not been sent their plan' : `${late.length} families have not been sent their plan`}>
      <p>Families should get their plan within {within} working {within === 1 ? 'day' : 'days'} of a meeting. They are marked “Plan not sent: overdue” below.</p>
    </Notice>
  );
}
