// The chair's private side panel: alerts not shown in the item, each with a one-click follow-up where
// there is one, and how many actions the plan holds. Never shown on the family's screen.
import type { FamilyRecord } from '../../../core/families/record';
import type { Meeting } from '../../../core/meetings/schema';
import type { TemplateBundle } from '../../../api/templates';
import { openActionCount } from '../../../core/prompts/alerts';
import type { AgendaItem } from '../../../core/agenda/schema';
import { alertsForItem, visibleAlerts } from './alerts';
import { FollowUpButton } from '../attendance/follow-up';

export function ChairSide({ record, meeting, templates, onRecord, item }: { record: FamilyRecord; meeting: Meeting; templates: TemplateBundle; onRecord: (r: FamilyRecord) => void; item?: AgendaItem }) {
  const all = visibleAlerts(record, meeting, templates);
  const inItem = new Set(alertsForItem(all, item));
  const alerts = all.filter((a) => !inItem.has(a));
  const open = openActionCount(record, meeting);
  const limit = templates.local.maxActionsBeforePrompt;
  return (
    <aside className="chair-side" aria-labelledby="chair-side-title">
      <h2 className="heading-s" id="chair-side-title">For you only</h2>
      <p className="chair-side__count">
        {open} {open === 1 ? 'action' : 'actions'} in the {templates.local.planName}
        {open > limit && <span className="tag tag--yellow chair-side__over">More than {limit}</span>}
      </p>
      {alerts.length === 0 ? (
        <p className="muted">{inItem.size > 0 ? 'Nothing else needs your attention right now.' : 'Nothing needs your attention right now.'}</p>
      ) : (
        <ul className="chair-side__alerts">
          {alerts.map((a, i) => (
            <li key={`${a.key}-${i}`} className="chair-side__alert">
              <p>{a.text}</p>
              {a.say && <p className="muted">You could say: “{a.say}”</p>}
              {a.followUp && <FollowUpButton record={record} followUp={a.followUp} meetingId={meeting.id} templates={templates} onRecord={onRecord} about={a.text} />}
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}
