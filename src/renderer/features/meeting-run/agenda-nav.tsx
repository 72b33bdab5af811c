// The agenda down the side: every item, with its minutes, done or not, and the one under way.
import type { Meeting } from '../../../core/meetings/schema';
import { fillPlaceholders, type PlaceholderContext } from '../../../core/prompts/local';

export function AgendaNav({ meeting, context, onGo }: { meeting: Meeting; context: PlaceholderContext; onGo: (itemId: string) => void }) {
  return (
    <nav className="agenda-nav" aria-label="Agenda">
      <h2 className="heading-s">Agenda</h2>
      <ol className="agenda-nav__list">
        {meeting.agenda.map((item) => {
          const current = item.id === meeting.currentItemId;
          const sub = item.key === 'action-review' || item.key === 'outcome-review';
          return (
            <li key={item.id} className={`agenda-nav__item${sub ? ' agenda-nav__item--sub' : ''}${current ? ' agenda-nav__item--current' : ''}`}>
              <button type="button" className="agenda-nav__button" aria-current={current ? 'step' : undefined} onClick={() => onGo(item.id)}>
                <span className="agenda-nav__tick" aria-hidden="true">{item.done ? '✓' : ''}</span>
                <span className="agenda-nav__title">{fillPlaceholders(item.title, context)}</span>
                {item.done && <span className="visually-hidden"> (done)</span>}
                {item.flagged && <span className="tag tag--red agenda-nav__flag">Carried over</span>}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
