// How one child took part, kept apart from the adults' attendance: at the meeting, for part of
// it, views given beforehand (and to whom), or not involved (and why).
import { useState } from 'react';
import { useOwnSaves } from '../../ui/use-own-saves';
import { Select, TextInput } from '../../ui/fields';
import { CHILD_PARTICIPATION, CHILD_PARTICIPATION_LABELS, type ChildParticipation } from '../../../core/attendance/schema';

type How = ChildParticipation['how'];

export function ChildRow({ childId, name, detail, entry, onSave }: {
  childId: string;
  name: string;
  detail: string;
  entry?: ChildParticipation;
  onSave: (participation: ChildParticipation) => Promise<boolean>;
}) {
  const [how, setHow] = useState<How | ''>(entry?.how ?? '');
  const [viewsGivenTo, setViewsGivenTo] = useState(entry?.viewsGivenTo ?? '');
  const [reason, setReason] = useState(entry?.reason ?? '');
  const signature = JSON.stringify(entry ?? null);
  const sending = useOwnSaves(signature, () => {
    setHow(entry?.how ?? '');
    setViewsGivenTo(entry?.viewsGivenTo ?? '');
    setReason(entry?.reason ?? '');
  });

  const build = (h: How, to = viewsGivenTo, why = reason): ChildParticipation => ({
    childId,
    how: h,
    viewsGivenTo: h === 'views-beforehand' ? to.trim() : '',
    reason: h === 'not-involved' ? why.trim() : '',
  });
  const send = (p: ChildParticipation) => {
    sending(JSON.stringify(p));
    return onSave(p);
  };
  const choose = async (value: string) => {
    setHow(value as How | '');
    if (value) await send(build(value as How));
  };
  const saveText = async () => {
    if (!how) return;
    const next = build(how);
    if (entry && JSON.stringify(next) === JSON.stringify(build(entry.how, entry.viewsGivenTo, entry.reason))) return;
    await send(next);
  };
  const path = `child.${childId}`;
  return (
    <li className="person">
      <div className="person__who">
        <p className="person__name">{name}</p>
        <p className="person__role">{detail}</p>
      </div>
      <div className="person__fields">
        <Select
          path={`${path}.how`}
          label={<><span className="visually-hidden">{name}: </span>How their views were heard</>}
          value={how}
          onChange={(v) => void choose(v)}
          placeholder="Not recorded yet"
          options={CHILD_PARTICIPATION.map((c) => ({ value: c, label: CHILD_PARTICIPATION_LABELS[c] }))}
        />
        {how === 'views-beforehand' && (
          <div onBlur={() => void saveText()}>
            <TextInput path={`${path}.viewsGivenTo`} label="Who did they tell?" hint="For example, their teacher or their mum" value={viewsGivenTo} onChange={setViewsGivenTo} width="half" />
          </div>
        )}
        {how === 'not-involved' && (
          <div onBlur={() => void saveText()}>
            <TextInput path={`${path}.reason`} label="Why did they not take part?" hint={reason.trim() ? undefined : 'The closing check asks for a reason.'} value={reason} onChange={setReason} />
          </div>
        )}
      </div>
    </li>
  );
}
