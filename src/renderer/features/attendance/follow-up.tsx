// One-click follow-up actions for missed meetings and chair alerts (owned by the suggested person, due in
// a working week), and the list of non-attendance flags with their prompts.
import { api } from '../../api-client';
import { Button } from '../../ui/bits';
import { usePanelSave, SaveStatus } from '../meeting-run/use-panel-save';
import type { FamilyRecord } from '../../../core/families/record';
import type { FollowUpAction, NonAttendanceFlag } from '../../../core/attendance/flags';
import type { TemplateBundle } from '../../../api/templates';
import { OPEN_STATUSES } from '../../../core/actions/schema';
import { personName } from '../../../core/families/people';
import { addWorkingDays } from '../../../core/dates/working-days';
import { bankHolidayCalendar } from '../../../core/dates/bank-holidays';
import { formatDate } from '../../../core/shared/dates';
import { STATUS_WORDS } from '../../../core/attendance/presence';
import { appToday } from '../../clock';
import { endSentence } from '../../../core/shared/wording';

/** Working days a follow-up is given: about a week. The chair can change the date in the plan. */
export const FOLLOW_UP_WORKING_DAYS = 5;

export function FollowUpButton({ record, followUp, meetingId, templates, onRecord, about }: {
  record: FamilyRecord;
  followUp: FollowUpAction;
  meetingId?: string;
  templates: TemplateBundle;
  onRecord: (r: FamilyRecord) => void;
  /** Who or what it is about, for the button's accessible name. */
  about: string;
}) {
  const { save, status, busy } = usePanelSave(onRecord);
  const existing = record.actions.find((a) => a.text === followUp.text && OPEN_STATUSES.includes(a.status));
  const add = async () => {
    const due = addWorkingDays(appToday(), FOLLOW_UP_WORKING_DAYS, bankHolidayCalendar(templates.bankHolidays));
    const owner = record.team.find((t) => t.id === followUp.ownerId);
    await save(
      () => api.actions.save({
        familyId: record.id,
        ...(meetingId ? { meetingId } : {}),
        action: {
          text: followUp.text,
          childIds: followUp.childIds,
          ...(followUp.ownerId ? { ownerId: followUp.ownerId } : {}),
          agency: owner?.agency ?? followUp.agency,
          dueDate: due,
        },
      }),
      endSentence(`Added to the ${templates.local.planName}: ${followUp.text}${owner ? ` (${owner.name}, by ${formatDate(due)})` : ''}`),
      (v) => v.record,
    );
  };
  if (existing) {
    return (
      <div className="follow-up follow-up--done">
        <p>
          <span aria-hidden="true">✓ </span>Follow-up in the {templates.local.planName}
          {existing.ownerId || existing.ownerName ? `: ${personName(record, existing.ownerId, existing.ownerName)}` : ''}
          {existing.dueDate ? `, by ${formatDate(existing.dueDate)}` : ''}.
        </p>
        <SaveStatus state={status} />
      </div>
    );
  }
  return (
    <div className="follow-up">
      <p className="follow-up__text">Follow-up: {followUp.text}.</p>
      <Button variant="secondary" onClick={() => void add()} disabled={busy}>
        Add a follow-up action<span className="visually-hidden"> about {about}</span>
      </Button>
      <SaveStatus state={status} />
    </div>
  );
}

/** The flags for repeated non-attendance, each with its prompt, the meetings missed, and a follow-up. */
export function FlagList({ flags, record, templates, onRecord, meetingId, headingLevel = 3 }: {
  flags: NonAttendanceFlag[];
  record: FamilyRecord;
  templates: TemplateBundle;
  onRecord: (r: FamilyRecord) => void;
  meetingId?: string;
  headingLevel?: 2 | 3;
}) {
  const H = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <ul className="flags">
      {flags.map((f) => (
        <li key={`${f.kind}-${f.label}`} className="flag">
          <H className="flag__title">
            <strong className="tag tag--red">{f.kind === 'written-updates-only' ? 'Written updates only' : 'Missed meetings'}</strong> {f.label}
          </H>
          <p>{f.prompt}</p>
          <p className="muted">{f.run.map((m) => `${formatDate(m.date)}: ${STATUS_WORDS[m.status]}`).join('; ')}</p>
          {f.followUp && <FollowUpButton record={record} followUp={f.followUp} meetingId={meetingId} templates={templates} onRecord={onRecord} about={f.label} />}
        </li>
      ))}
    </ul>
  );
}
