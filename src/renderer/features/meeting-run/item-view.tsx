// One agenda item under way: its title, the words to read aloud, the chair's private prompts
// (all of them in guided mode), then the panels for this item (attendance, reviews, notes…).
import type { PanelProps } from './panel';
import { panelsFor } from './panels';
import { promptsFor } from '../../../core/prompts/prompts';
import { promptContext } from '../../../core/prompts/context';
import { fillPlaceholders } from '../../../core/prompts/local';

export function ItemView(props: PanelProps) {
  const { record, meeting, item, templates, guided } = props;
  const context = promptContext(record, meeting, templates.local);
  const script = promptsFor(item.key, meeting.kind, context, templates.prompts);
  const title = fillPlaceholders(item.title, context);
  return (
    <div className="item-view">
      <h2 className="heading-l item-view__title" id="item-title" tabIndex={-1}>{title}</h2>
      {item.note && <p className="item-view__note">{item.note}</p>}
      {script.say.length > 0 && (
        <div className="say" aria-label="Words you can read aloud">
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
      {panelsFor(item.key).map((PanelComponent, i) => (
        <PanelComponent key={`${item.id}-${i}`} {...props} />
      ))}
    </div>
  );
}
