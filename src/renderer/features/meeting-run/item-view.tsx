// One agenda item under way: its title, the words to read aloud, the chair's private prompts
// (all of them in guided mode), the chair's alerts that belong to this item, then its panels.
import type { PanelProps } from './panel';
import { panelsFor } from './panels';
import { promptsFor } from '../../../core/prompts/prompts';
import { promptContext } from '../../../core/prompts/context';
import { fillPlaceholders, type PlaceholderContext } from '../../../core/prompts/local';
import { alertsForItem, visibleAlerts } from './alerts';
import { personName } from '../../../core/families/people';
import { fit } from '../../../core/agenda/build';
import { FollowUpButton } from '../attendance/follow-up';
import { agendaItemNote } from '../../../core/agenda/live-notes';

/** The {action}, {owner} and {outcome} an action or outcome item's prompts talk about. */
function itemContext(props: PanelProps): PlaceholderContext {
  const { record, item } = props;
  if (item.key === 'action-review') {
    const action = record.actions.find((a) => a.id === item.actionId);
    if (!action) return {};
    const text = fit(action.text, 160);
    return { action: text.charAt(0).toLowerCase() + text.slice(1), owner: personName(record, action.ownerId, action.ownerName || 'someone') };
  }
  if (item.key === 'outcome-review') {
    const outcome = record.episodes.flatMap((e) => e.outcomes).find((o) => o.id === item.outcomeId);
    return outcome ? { outcome: fit(outcome.text, 160) } : {};
  }
  return {};
}

export function ItemView(props: PanelProps) {
  const { record, meeting, item, templates, guided, onRecord } = props;
  const context = { ...promptContext(record, meeting, templates.local), ...itemContext(props) };
  const script = promptsFor(item.key, meeting.kind, context, templates.prompts);
  const title = fillPlaceholders(item.title, context);
  const alerts = alertsForItem(visibleAlerts(record, meeting, templates), item);
  const note = agendaItemNote(record, meeting, item, templates.local);
  return (
    <div className="item-view">
      <h2 className="heading-l item-view__title" id="item-title" tabIndex={-1}>{title}</h2>
      {note && !item.actionId && !item.outcomeId && <p className="item-view__note">{note}</p>}
      {script.say.length > 0 && (
        <div className="say" role="group" aria-label="Words you can read aloud">
          <p className="say__label">You can say</p>
          {script.say.map((line, i) => <p key={i} className="say__line">{line}</p>)}
        </div>
      )}
      {script.chair.length > 0 && (
        <details className="chair-prompts" open={guided}>
          <summary>Prompts for you (not read aloud)</summary>
          <ul className="list list--bullet">
            {script.chair.map((line, i) => <li key={i}>{line}</li>)}
          </ul>
        </details>
      )}
      {alerts.length > 0 && (
        <div className="item-alerts" role="group" aria-label="For you only">
          {alerts.map((a, i) => (
            <div key={`${a.key}-${i}`} className="item-alerts__alert">
              <p><strong>For you: </strong>{a.text}</p>
              {a.say && <p className="muted">You could say: “{a.say}”</p>}
              {a.followUp && <FollowUpButton record={record} followUp={a.followUp} meetingId={meeting.id} templates={templates} onRecord={onRecord} about={a.text} />}
            </div>
          ))}
        </div>
      )}
      {panelsFor(item.key).map((PanelComponent, i) => (
        <PanelComponent key={`${item.id}-${i}`} {...props} />
      ))}
    </div>
  );
}
