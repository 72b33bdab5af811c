// The chair's private side panel: alerts (family not here, a service missing meetings, a long
// plan, owners not here) and the plan so far. Never shown on the family's screen.
import type { FamilyRecord } from '../../../core/families/record';
import type { Meeting } from '../../../core/meetings/schema';
import type { TemplateBundle } from '../../../api/templates';
import { chairAlerts, openActionCount } from '../../../core/prompts/alerts';

export function ChairSide({ record, meeting, templates }: { record: FamilyRecord; meeting: Meeting; templates: TemplateBundle; onRecord: (r: FamilyRecord) => void }) {
  const alerts = chairAlerts(record, meeting, { local: templates.local, prompts: templates.prompts });
  const open = openActionCount(record, meeting);
  return (
    <aside className="chair-side" aria-labelledby="chair-side-title">
      <h2 className="heading-s" id="chair-side-title">For you only</h2>
      <p className="chair-side__count">{open} {open === 1 ? 'action' : 'actions'} in the {templates.local.planName}</p>
      {alerts.length === 0 ? (
        <p className="muted">Nothing needs your attention right now.</p>
      ) : (
        <ul className="chair-side__alerts">
          {alerts.map((a, i) => (
            <li key={`${a.key}-${i}`} className="chair-side__alert">
              <p>{a.text}</p>
              {a.say && <p className="muted">You could say: “{a.say}”</p>}
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}
