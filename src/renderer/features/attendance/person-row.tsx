// One person at the meeting: how they took part (one status, saved when chosen), what that status asks
// for next (the written update's summary, who came instead, why not invited), and whether they were asked.
import { useState } from 'react';
import { useOwnSaves } from '../../ui/use-own-saves';
import { Select, TextArea, TextInput, Checkbox } from '../../ui/fields';
import { Tag } from '../../ui/bits';
import type { RowPerson } from './people';
import { ATTENDANCE_LABELS, ATTENDANCE_STATUSES, INVITE_REPLY_LABELS, type Attendance, type AttendanceStatus, type Invitation } from '../../../core/attendance/schema';

/** Statuses that put someone (or someone in their place) in the room: they can be asked for their view. */
export const ASKABLE: readonly AttendanceStatus[] = ['in-person', 'remote', 'part', 'sent-someone-else'];

type Extra = Pick<Attendance, 'writtenUpdate' | 'substituteName' | 'notInvitedReason'>;
const NEEDS: Partial<Record<AttendanceStatus, keyof Extra>> = {
  'written-update': 'writtenUpdate',
  'sent-someone-else': 'substituteName',
  'not-invited': 'notInvitedReason',
};

export function entryFor(personId: string, status: AttendanceStatus, extra: Extra, asked: boolean): Attendance {
  const need = NEEDS[status];
  return {
    personId,
    status,
    writtenUpdate: need === 'writtenUpdate' ? extra.writtenUpdate.trim() : '',
    substituteName: need === 'substituteName' ? extra.substituteName.trim() : '',
    notInvitedReason: need === 'notInvitedReason' ? extra.notInvitedReason.trim() : '',
    askedForView: ASKABLE.includes(status) ? asked : false,
  };
}

const blankExtra = (e?: Attendance): Extra => ({ writtenUpdate: e?.writtenUpdate ?? '', substituteName: e?.substituteName ?? '', notInvitedReason: e?.notInvitedReason ?? '' });

export function PersonRow({ person, entry, invitation, onSave, onClear }: {
  person: RowPerson;
  entry?: Attendance;
  invitation?: Invitation;
  onSave: (entry: Attendance) => Promise<boolean>;
  onClear: () => Promise<boolean>;
}) {
  const [status, setStatus] = useState<AttendanceStatus | ''>(entry?.status ?? '');
  const [extra, setExtra] = useState<Extra>(blankExtra(entry));
  const [asked, setAsked] = useState(entry?.askedForView ?? false);
  const signature = JSON.stringify(entry ?? null);
  const sending = useOwnSaves(signature, () => {
    setStatus(entry?.status ?? '');
    setExtra(blankExtra(entry));
    setAsked(entry?.askedForView ?? false);
  });

  const need = status ? NEEDS[status] : undefined;
  const missing = !!need && !extra[need].trim();
  const path = `attendance.${person.id}`;

  const send = (e: Attendance) => {
    sending(JSON.stringify(e));
    return onSave(e);
  };
  const chooseStatus = async (value: string) => {
    const next = value as AttendanceStatus | '';
    setStatus(next);
    if (!next) {
      if (entry) {
        sending('null');
        await onClear();
      }
      return;
    }
    // Kept at once: what the status asks for next can follow, and the closing check asks while it is missing.
    await send(entryFor(person.id, next, extra, asked));
  };
  const saveExtra = async () => {
    if (!status || !need) return;
    const next = entryFor(person.id, status, extra, asked);
    if (entry && JSON.stringify(next) === JSON.stringify(entryFor(person.id, entry.status, blankExtra(entry), entry.askedForView))) return;
    await send(next);
  };
  const chooseAsked = async (value: boolean) => {
    setAsked(value);
    if (status) await send(entryFor(person.id, status, extra, value));
  };

  return (
    <li className="person">
      <div className="person__who">
        <p className="person__name">{person.name}</p>
        <p className="person__role">{[person.role, person.agency].filter(Boolean).join(', ')}</p>
        {person.leftTeam && <Tag>Has left the team</Tag>}
        {person.canHelpWith && <p className="person__help"><span className="visually-hidden">What they can help with: </span>{person.canHelpWith}</p>}
        {invitation && <p className="muted person__reply">Their reply: {INVITE_REPLY_LABELS[invitation.reply]}</p>}
      </div>
      <div className="person__fields">
        <Select
          path={`${path}.status`}
          label={<><span className="visually-hidden">{person.name}: </span>How they took part</>}
          value={status}
          onChange={(v) => void chooseStatus(v)}
          placeholder="Not recorded yet"
          options={ATTENDANCE_STATUSES.map((s) => ({ value: s, label: ATTENDANCE_LABELS[s] }))}
        />
        {need === 'writtenUpdate' && (
          <div onBlur={() => void saveExtra()}>
            <TextArea path={`${path}.writtenUpdate`} label="Summary of their written update" hint={missing ? 'The choice is saved. Add a summary now or later: the closing check asks for it.' : undefined} rows={3} value={extra.writtenUpdate} onChange={(v) => setExtra({ ...extra, writtenUpdate: v })} />
          </div>
        )}
        {need === 'substituteName' && (
          <div onBlur={() => void saveExtra()}>
            <TextInput path={`${path}.substituteName`} label="Who came instead?" hint={missing ? 'The choice is saved. Add their name now or later: the closing check asks for it.' : undefined} value={extra.substituteName} onChange={(v) => setExtra({ ...extra, substituteName: v })} width="half" />
          </div>
        )}
        {need === 'notInvitedReason' && (
          <div onBlur={() => void saveExtra()}>
            <TextInput path={`${path}.notInvitedReason`} label="Why were they not invited?" hint={missing ? 'The choice is saved. Say why now or later: the closing check asks for it.' : undefined} value={extra.notInvitedReason} onChange={(v) => setExtra({ ...extra, notInvitedReason: v })} />
          </div>
        )}
        {status && ASKABLE.includes(status) && (
          <Checkbox path={`${path}.askedForView`} label={<>Asked for their view<span className="visually-hidden"> ({status === 'sent-someone-else' && extra.substituteName ? extra.substituteName : person.name})</span></>} checked={asked} onChange={(v) => void chooseAsked(v)} />
        )}
      </div>
    </li>
  );
}
