// Each person's open actions: grouped by who holds them (across families on the home screen), the
// overdue ones first, so anyone can be sent a reminder or asked at the next meeting.
import { formatDate } from '../../../core/shared/dates';
import { Tag } from '../../ui/bits';

export interface PersonAction {
  id: string;
  who: string;
  text: string;
  dueDate?: string;
  familyId?: string;
  /** The family, as the children's names. */
  family?: string;
}

export interface PersonGroup {
  who: string;
  actions: PersonAction[];
  overdue: number;
}

const key = (who: string) => who.trim().toLowerCase().replace(/\s+/g, ' ');

/** How many open actions each person holds, most first. */
export function ownerCounts(items: readonly { who: string }[]): { who: string; count: number }[] {
  const counts = new Map<string, { who: string; count: number }>();
  for (const i of items) {
    const k = key(i.who);
    const c = counts.get(k) ?? { who: i.who, count: 0 };
    c.count += 1;
    counts.set(k, c);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.who.localeCompare(b.who));
}

/** Actions grouped by person (same name, same person), overdue first, then by date; people with overdue actions first. */
export function byPerson(items: readonly PersonAction[], today: string): PersonGroup[] {
  const groups = new Map<string, PersonGroup>();
  for (const a of items) {
    const k = key(a.who);
    const g = groups.get(k) ?? { who: a.who, actions: [], overdue: 0 };
    g.actions.push(a);
    if (a.dueDate && a.dueDate < today) g.overdue += 1;
    groups.set(k, g);
  }
  for (const g of groups.values()) g.actions.sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999'));
  return [...groups.values()].sort((a, b) => b.overdue - a.overdue || b.actions.length - a.actions.length || a.who.localeCompare(b.who));
}

export function PerPersonList({ items, today, headingLevel = 3 }: { items: readonly PersonAction[]; today: string; headingLevel?: 3 | 4 }) {
  const groups = byPerson(items, today);
  if (groups.length === 0) return <p className="muted">No open actions.</p>;
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <div className="per-person">
      {groups.map((g) => (
        <details key={key(g.who)} className="per-person__group">
          <summary className="per-person__summary">
            <Heading className="per-person__name">{g.who}</Heading>
            <span className="per-person__count">
              {g.actions.length} open{g.overdue > 0 && <> <Tag tone="red">{g.overdue} overdue</Tag></>}
            </span>
          </summary>
          <ul className="per-person__list">
            {g.actions.map((a) => (
              <li key={a.id}>
                {a.text}
                <span className="muted">
                  {a.dueDate ? ` — by ${formatDate(a.dueDate)}` : ' — no date yet'}
                  {a.family && a.familyId ? <>{' · '}<a href={`#/families/${a.familyId}`}>{a.family}</a></> : null}
                </span>
                {a.dueDate && a.dueDate < today && <> <Tag tone="red">Overdue</Tag></>}
              </li>
            ))}
          </ul>
        </details>
      ))}
    </div>
  );
}
