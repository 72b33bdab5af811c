// Invitations before the meeting: everyone to invite (starting from last time's list, with notes
// on who missed or sent someone), when each was invited, how, and their reply — all changeable.
import { useState } from 'react';
import { api } from '../../api-client';
import { Button, Tag } from '../../ui/bits';
import { Select } from '../../ui/fields';
import { DateInput } from '../../ui/date-input';
import { usePanelSave, SaveStatus } from '../meeting-run/use-panel-save';
import type { FamilyRecord } from '../../../core/families/record';
import type { Meeting } from '../../../core/meetings/schema';
import type { TemplateBundle } from '../../../api/templates';
import { INVITE_METHODS, INVITE_REPLIES, INVITE_REPLY_LABELS, type Invitation } from '../../../core/attendance/schema';
import { suggestInvitations, type InvitationSuggestion } from '../../../core/attendance/invitations';
import { formatDate } from '../../../core/shared/dates';
import { appToday } from '../../clock';

export const INVITE_METHOD_LABELS: Record<Invitation['how'], string> = {
  email: 'Email',
  letter: 'Letter',
  phone: 'Phone call',
  text: 'Text message',
  'in-person': 'In person',
};

type Save = ReturnType<typeof usePanelSave>['save'];

function InviteRow({ s, invitation, record, meeting, save, errors }: {
  s: InvitationSuggestion;
  invitation?: Invitation;
  record: FamilyRecord;
  meeting: Meeting;
  save: Save;
  errors: Record<string, string>;
}) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState<Invitation>(invitation ?? { personId: s.personId, invitedOn: appToday(), how: 'email', reply: 'no-reply-yet' });
  const path = `invite.${s.personId}`;
  const submit = async () => {
    const done = await save(
      () => api.attendance.invite({ familyId: record.id, meetingId: meeting.id, invitation: draft }),
      `Saved: ${s.name} invited by ${INVITE_METHOD_LABELS[draft.how].toLowerCase()}; reply: ${INVITE_REPLY_LABELS[draft.reply].toLowerCase()}.`,
    );
    if (done) setEditing(false);
  };
  return (
    <li className="invite">
      <div>
        <p><strong>{s.name}</strong></p>
        <p className="muted">{s.role}{s.agency ? `, ${s.agency}` : ''}</p>
        {s.notes.map((n) => <p key={n} className="hint">{n}</p>)}
      </div>
      <div>
        {invitation ? (
          <p>
            <Tag tone={invitation.reply === 'coming' || invitation.reply === 'coming-remotely' ? 'green' : invitation.reply === 'no-reply-yet' ? 'grey' : 'yellow'}>{INVITE_REPLY_LABELS[invitation.reply]}</Tag>{' '}
            {INVITE_METHOD_LABELS[invitation.how]}, {formatDate(invitation.invitedOn)}
          </p>
        ) : (
          <p className="muted">{s.invite ? 'Not invited yet' : 'Not to be invited'}</p>
        )}
        {!editing && (
          <Button variant="secondary" onClick={() => { setDraft(invitation ?? draft); setEditing(true); }}>
            {invitation ? 'Change' : 'Record the invitation'}<span className="visually-hidden"> for {s.name}</span>
          </Button>
        )}
      </div>
      {editing && (
        <form className="panel invite__form" noValidate aria-label={`Invitation for ${s.name}`} onSubmit={(e) => { e.preventDefault(); void submit(); }}>
          <DateInput path={`${path}.invitedOn`} label="When were they invited?" value={draft.invitedOn} onChange={(v) => setDraft({ ...draft, invitedOn: v })} error={errors['invitation.invitedOn']} />
          <Select path={`${path}.how`} label="How?" value={draft.how} onChange={(v) => setDraft({ ...draft, how: v as Invitation['how'] })} options={INVITE_METHODS.map((m) => ({ value: m, label: INVITE_METHOD_LABELS[m] }))} />
          <Select path={`${path}.reply`} label="Their reply" value={draft.reply} onChange={(v) => setDraft({ ...draft, reply: v as Invitation['reply'] })} options={INVITE_REPLIES.map((r) => ({ value: r, label: INVITE_REPLY_LABELS[r] }))} />
          <div className="button-group">
            <Button type="submit">Save the invitation</Button>
            <Button variant="secondary" onClick={() => setEditing(false)}>Cancel</Button>
          </div>
        </form>
      )}
    </li>
  );
}

export function Invitations({ record, meeting, templates, onRecord }: { record: FamilyRecord; meeting: Meeting; templates: TemplateBundle; onRecord: (r: FamilyRecord) => void }) {
  const suggestions = suggestInvitations(record, meeting, { local: templates.local });
  const { save, status, errors, busy } = usePanelSave(onRecord);
  const [how, setHow] = useState<Invitation['how']>('email');
  const [on, setOn] = useState(appToday());
  const toInvite = suggestions.filter((s) => s.invite && !s.alreadyInvited);
  const coming = meeting.invitations.filter((i) => i.reply === 'coming' || i.reply === 'coming-remotely').length;

  const inviteAll = async () => {
    for (const s of toInvite) {
      const done = await save(
        () => api.attendance.invite({ familyId: record.id, meetingId: meeting.id, invitation: { personId: s.personId, invitedOn: on, how, reply: 'no-reply-yet' } }),
        `Saved: ${toInvite.length} ${toInvite.length === 1 ? 'invitation' : 'invitations'}.`,
      );
      if (!done) return;
    }
  };

  return (
    <section className="section" aria-labelledby="invite-heading">
      <h2 className="heading-m" id="invite-heading">Who to invite</h2>
      <p className="hint">Everyone in the family and on the team, starting from last time. {meeting.invitations.length} invited so far{coming ? `, ${coming} coming` : ''}.</p>
      <SaveStatus state={status} />
      {toInvite.length > 0 && (
        <form className="panel" noValidate aria-labelledby="invite-all-heading" onSubmit={(e) => { e.preventDefault(); void inviteAll(); }}>
          <h3 className="heading-s" id="invite-all-heading">Record that you have invited everyone else ({toInvite.length})</h3>
          <DateInput path="inviteAll.invitedOn" label="When?" value={on} onChange={setOn} error={errors['invitation.invitedOn']} />
          <Select path="inviteAll.how" label="How?" value={how} onChange={(v) => setHow(v as Invitation['how'])} options={INVITE_METHODS.map((m) => ({ value: m, label: INVITE_METHOD_LABELS[m] }))} />
          <Button type="submit" variant="secondary" disabled={busy}>Record {toInvite.length} {toInvite.length === 1 ? 'invitation' : 'invitations'}</Button>
        </form>
      )}
      <ul className="invites">
        {suggestions.map((s) => (
          <InviteRow key={s.personId} s={s} invitation={meeting.invitations.find((i) => i.personId === s.personId)} record={record} meeting={meeting} save={save} errors={errors} />
        ))}
      </ul>
    </section>
  );
}
