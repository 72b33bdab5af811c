// Which chair alerts to show and where: "not here" alerts wait until attendance is recorded for that
// person (or everyone), and an alert about the item under way is shown in the item, not the side panel.
import type { FamilyRecord } from '../../../core/families/record';
import type { Meeting } from '../../../core/meetings/schema';
import type { AgendaItem } from '../../../core/agenda/schema';
import type { TemplateBundle } from '../../../api/templates';
import { chairAlerts, type ChairAlert } from '../../../core/prompts/alerts';
import { attendanceComplete, isRecorded } from '../attendance/people';

export function visibleAlerts(record: FamilyRecord, meeting: Meeting, templates: TemplateBundle): ChairAlert[] {
  const alerts = chairAlerts(record, meeting, { local: templates.local, prompts: templates.prompts });
  if (meeting.attendance.length === 0) return alerts;
  const complete = attendanceComplete(record, meeting);
  return alerts.filter((a) => {
    if (a.key === 'owner-not-here') return complete || isRecorded(meeting, a.personIds?.[0]);
    if (a.key === 'fewer-came') return complete;
    if (a.key === 'family-absent') return complete || record.members.every((m) => isRecorded(meeting, m.id));
    return true;
  });
}

/** The alerts to show in the item itself: about its action or outcome, the family, or the plan's size. */
export function alertsForItem(alerts: ChairAlert[], item: AgendaItem | undefined): ChairAlert[] {
  if (!item) return [];
  return alerts.filter((a) => {
    if (item.actionId) return a.actionId === item.actionId;
    if (item.outcomeId) return a.outcomeId === item.outcomeId;
    if (item.key === 'new-actions' || item.key === 'realistic') return a.key === 'too-many-actions';
    if (item.key === 'introductions') return a.key === 'family-absent' || a.key === 'fewer-came';
    if (item.key === 'outcomes') return a.key === 'done-not-better';
    return false;
  });
}
