// Fields shared by the one-line preview and the full action form: who will do it (someone on the
// record, or a name as said), the due date shown in words with its warnings, and gentle warnings.
import type { OwnerOption } from './action-context';
import { formatDateWithDay, isIsoDate } from '../../../core/shared/dates';

export function OwnerField({ id, ownerId, ownerName, owners, onChange, error }: {
  id: string;
  ownerId?: string;
  ownerName: string;
  owners: OwnerOption[];
  onChange: (owner: { ownerId?: string; ownerName: string; agency?: string }) => void;
  error?: string;
}) {
  const groups: [string, OwnerOption[]][] = [
    ['The team', owners.filter((o) => o.kind === 'team')],
    ['The family', owners.filter((o) => o.kind !== 'team')],
  ];
  return (
    <div className={`form-group form-group--tight${error ? ' form-group--error' : ''}`}>
      <label className="label" htmlFor={id}>Who will do it</label>
      {error && <p className="error-message" id={`${id}-error`}><span className="visually-hidden">Error:</span> {error}</p>}
      <select
        id={id}
        className={`select${error ? ' input--error' : ''}`}
        value={ownerId ?? ''}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => {
          const o = owners.find((x) => x.id === e.target.value);
          onChange(o ? { ownerId: o.id, ownerName: '', agency: o.agency } : { ownerId: undefined, ownerName });
        }}
      >
        <option value="">Someone else, or no one yet (type a name)</option>
        {groups.map(([label, list]) => list.length > 0 && (
          <optgroup key={label} label={label}>
            {list.map((o) => <option key={o.id} value={o.id}>{o.label}</option>)}
          </optgroup>
        ))}
      </select>
      {!ownerId && (
        <div className="action-fields__name">
          <label className="label label--small" htmlFor={`${id}-name`}>Their name, as said (for someone not on the team, such as a neighbour or a coach)</label>
          <input id={`${id}-name`} className="input input--half" value={ownerName} onChange={(e) => onChange({ ownerId: undefined, ownerName: e.target.value })} />
        </div>
      )}
    </div>
  );
}

/** "Friday 4 December 2026 (from “by next Friday”)" — the date read, for a glance before keeping it. */
export function DateInWords({ date, said }: { date?: string; said?: string }) {
  if (!date || !isIsoDate(date)) return <p className="action-fields__date action-fields__date--none">No date yet</p>;
  return (
    <p className="action-fields__date">
      <strong>{formatDateWithDay(date)}</strong>{said ? <span className="muted"> (from “{said}”)</span> : null}
    </p>
  );
}

/** Gentle warnings: advice to look at, never a block. */
export function Warnings({ items, id, title = 'Worth a look' }: { items: string[]; id?: string; title?: string }) {
  if (items.length === 0) return null;
  return (
    <div className="gentle" id={id}>
      <p className="gentle__title">{title}</p>
      <ul className="gentle__list">
        {items.map((w) => <li key={w}>{w}</li>)}
      </ul>
    </div>
  );
}
