// The plan so far, under "Who will do what, by when": actions agreed at this meeting and those still
// open from before, each with its owner, date and gentle warnings ("owner not here — confirm"), to change or take out.
import { useMemo, useState } from 'react';
import type { PanelProps } from '../meeting-run/panel';
import { api } from '../../api-client';
import { Notice, Tag } from '../../ui/bits';
import { ACTION_STATUS_LABELS, OPEN_STATUSES, type Action } from '../../../core/actions/schema';
import { actionWarnings, planWarnings } from '../../../core/actions/quality';
import { dueDateWarnings } from '../../../core/dates/due-date-warnings';
import { ownerNotHere } from '../../../core/attendance/presence';
import { actionIsFor } from '../../../core/agenda/carry-over';
import { formatDateWithDay } from '../../../core/shared/dates';
import { useActionContext, ownerWords, type ActionContext } from './action-context';
import { ActionForm } from './action-form';
import { Warnings } from './action-fields';
import { ownerCounts } from './per-person-list';
import { endSentence } from '../../../core/shared/wording';

export function PlanList({ record, meeting, templates, onRecord }: PanelProps) {
  const context = useActionContext(record, meeting, templates);
  const [editing, setEditing] = useState<string | 'new'>();
  const [said, setSaid] = useState('');
  const [problem, setProblem] = useState<string>();
  const isOpen = (a: Action) => OPEN_STATUSES.includes(a.status);
  const forMeeting = useMemo(() => record.actions.filter((a) => actionIsFor(a, meeting)), [record.actions, meeting]);
  const agreedHere = forMeeting.filter((a) => a.createdInMeetingId === meeting.id);
  const fromBefore = forMeeting.filter((a) => a.createdInMeetingId !== meeting.id && isOpen(a));
  const open = [...agreedHere.filter(isOpen), ...fromBefore];
  const plan = planWarnings(open, context.leadProfessionalId, { record });
  const limit = templates.local.maxActionsBeforePrompt;
  const planName = templates.local.planName;

  const takeOut = async (action: Action) => {
    const result = await api.actions.remove({ familyId: record.id, actionId: action.id });
    if (result.ok) {
      onRecord(result.value);
      setSaid(endSentence(`Taken out of the ${planName}: ${action.text.split('\n')[0]}`));
      setProblem(undefined);
    } else setProblem(result.error.message);
  };

  const row = (a: Action) => editing === a.id ? (
    <li key={a.id} className="plan__item plan__item--editing">
      <ActionForm
        formId={`plan-edit-${a.id}`}
        record={record}
        meeting={meeting}
        templates={templates}
        initial={a}
        onSaved={(r) => { onRecord(r); setEditing(undefined); setSaid('Change saved.'); }}
        onCancel={() => setEditing(undefined)}
      />
    </li>
  ) : (
    <PlanRow key={a.id} action={a} context={context} record={record} meeting={meeting} others={open} onEdit={() => setEditing(a.id)} onTakeOut={a.createdInMeetingId === meeting.id ? () => void takeOut(a) : undefined} />
  );

  const counts = ownerCounts(open.map((a) => ({ who: context.owners.find((o) => o.id === a.ownerId)?.name ?? (a.ownerName || 'No one named') })));
  return (
    <section className="panel-block plan" aria-labelledby="plan-title">
      <h3 className="heading-m" id="plan-title">The {planName} so far</h3>
      {open.length > limit && (
        <Notice tone="warning" title={`${open.length} actions are open`}>
          <p>That is more than {limit}, which is a lot for a family to keep track of. Could some wait until next time, or be done together?</p>
        </Notice>
      )}
      <Warnings items={plan} title="About the plan as a whole" />
      {counts.length > 0 && (
        <p className="plan__who"><span className="plan__who-label">Who has what:</span> {counts.map((c) => `${c.who} ${c.count}`).join(' · ')}</p>
      )}
      {problem && <p className="note-problem" role="alert">{problem}</p>}
      <h4 className="heading-s">Agreed at this meeting ({agreedHere.length})</h4>
      {agreedHere.length === 0 ? <p className="muted">None yet. Add them with the one-line box below, under any item.</p> : <ol className="plan__list">{agreedHere.map(row)}</ol>}
      <h4 className="heading-s">Still open from before ({fromBefore.length})</h4>
      {fromBefore.length === 0 ? <p className="muted">None.</p> : <ol className="plan__list">{fromBefore.map(row)}</ol>}
      {editing === 'new' ? (
        <ActionForm formId="plan-new" record={record} meeting={meeting} templates={templates} initial={{}} onSaved={(r) => { onRecord(r); setEditing(undefined); setSaid('Action added.'); }} onCancel={() => setEditing(undefined)} />
      ) : (
        <button type="button" className="button button--secondary" onClick={() => setEditing('new')}>Add an action with the full form</button>
      )}
      <p className="visually-hidden" aria-live="polite">{said}</p>
    </section>
  );
}

function PlanRow({ action, context, record, meeting, others, onEdit, onTakeOut }: {
  action: Action;
  context: ActionContext;
  record: PanelProps['record'];
  meeting: PanelProps['meeting'];
  others: Action[];
  onEdit: () => void;
  onTakeOut?: () => void;
}) {
  const overdue = action.createdInMeetingId !== meeting.id && OPEN_STATUSES.includes(action.status) && !!action.dueDate && action.dueDate < context.meetingDate;
  const warnings = useMemo(() => {
    const open = OPEN_STATUSES.includes(action.status);
    const quality = open ? actionWarnings(action, { meetingDate: context.meetingDate, leadProfessionalId: context.leadProfessionalId, actions: others, record }) : [];
    const dates = open && action.dueDate ? dueDateWarnings(action.dueDate, { meetingDate: context.meetingDate, holidays: context.holidays, terms: context.terms }) : [];
    const all = [...dates, ...quality.filter((q) => !(dates.length && /is before the meeting/.test(q)))];
    // An older action past its date is simply overdue (shown as a tag), not a date to check.
    return overdue ? all.filter((w) => !/is before the meeting/.test(w)) : all;
  }, [action, context, others, record, overdue]);
  const absent = meeting.attendance.length > 0 ? ownerNotHere(action, meeting) : undefined;
  const first = action.text.split('\n')[0];
  return (
    <li className="plan__item">
      <p className="plan__what">{first}</p>
      {action.text.includes('\n') && <p className="hint">{action.text.slice(first.length).trim()}</p>}
      <p className="plan__meta">
        <span>{ownerWords(action, context.owners)}</span>
        <span>{action.dueDate ? `by ${formatDateWithDay(action.dueDate)}` : 'No date yet'}</span>
        <Tag tone={action.status === 'waiting' ? 'yellow' : action.status === 'in-progress' ? 'blue' : action.status === 'done' ? 'green' : 'grey'}>{ACTION_STATUS_LABELS[action.status]}</Tag>
        {overdue && <Tag tone="red">Overdue</Tag>}
        {absent && <Tag tone="yellow">{absent.label}</Tag>}
      </p>
      <Warnings items={warnings} />
      <div className="plan__buttons">
        <button type="button" className="button button--secondary button--slim" onClick={onEdit}>Change<span className="visually-hidden">: {first}</span></button>
        {onTakeOut && <button type="button" className="button button--link" onClick={onTakeOut}>Take out<span className="visually-hidden">: {first}</span></button>}
      </div>
    </li>
  );
}
