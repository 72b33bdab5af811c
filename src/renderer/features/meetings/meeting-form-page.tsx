// Planning (or changing) a meeting: kind, children, date and time, venue and kind of venue,
// chair and minute-taker. Warns straight away if the venue goes against the family's wishes.
import { useEffect, useState } from 'react';
import { api } from '../../api-client';
import { navigate } from '../../router';
import { Page, Loading, Problem } from '../../ui/page';
import { Button, Notice } from '../../ui/bits';
import { ErrorSummary } from '../../ui/error-summary';
import { TextInput, Radios, Select, Checkboxes, Checkbox } from '../../ui/fields';
import { DateInput } from '../../ui/date-input';
import { useSubmit } from '../../ui/use-submit';
import { useFamily } from '../families/use-family';
import { MEETING_KINDS, MEETING_KIND_LABELS, type MeetingPlan } from '../../../core/meetings/schema';
import { VENUE_KINDS, VENUE_KIND_LABELS, venueWarnings, type VenueKind } from '../../../core/meetings/venue';
import { childDisplayName } from '../../../core/families/schema';
import { isOpen, currentLeadProfessional } from '../../../core/episodes/schema';
import { meetingWarnings } from '../../../core/meetings/rules';
import { bankHolidayCalendar } from '../../../core/dates/bank-holidays';
import { isIsoDate } from '../../../core/shared/dates';
import { useTemplates } from '../templates/use-templates';

type Draft = Omit<MeetingPlan, 'endTime'> & { endTime: string };

export function MeetingFormPage({ familyId, meetingId }: { familyId: string; meetingId?: string }) {
  const { record, problem } = useFamily(familyId);
  const templates = useTemplates();
  const [draft, setDraft] = useState<Draft | undefined>();
  const [sameAsChair, setSameAsChair] = useState(true);
  const { errors, message, busy, submit, hasErrors } = useSubmit();

  useEffect(() => {
    if (!record || draft) return;
    const existing = meetingId ? record.meetings.find((m) => m.id === meetingId) : undefined;
    if (existing) {
      setDraft({ kind: existing.kind, childIds: existing.childIds, date: existing.date, startTime: existing.startTime, endTime: existing.endTime ?? '', venue: existing.venue, venueKind: existing.venueKind, chairId: existing.chairId, minuteTakerId: existing.minuteTakerId });
      setSameAsChair(existing.chairId === existing.minuteTakerId);
      return;
    }
    const lead = record.episodes.filter(isOpen).map((e) => currentLeadProfessional(e)?.teamMemberId).find(Boolean) ?? '';
    const hadMeeting = record.meetings.some((m) => m.status === 'finished');
    setDraft({
      kind: hadMeeting ? 'review' : 'first',
      childIds: record.children.filter((c) => record.episodes.some((e) => e.childId === c.id && isOpen(e))).map((c) => c.id),
      date: '', startTime: '', endTime: '', venue: record.preferences.preferredPlace,
      venueKind: record.preferences.preferredVenueKinds[0] ?? 'community-centre',
      chairId: lead, minuteTakerId: lead,
    });
  }, [record, draft, meetingId]);

  const title = meetingId ? 'Change the meeting' : 'Plan a meeting';
  if (problem) return <Page title={title}><Problem message={problem} /></Page>;
  if (!record || !draft) return <Page title={title}><Loading /></Page>;

  const team = record.team.filter((t) => t.active || t.id === draft.chairId || t.id === draft.minuteTakerId);
  const set = (patch: Partial<Draft>) => setDraft({ ...draft, ...patch, ...(sameAsChair && patch.chairId !== undefined ? { minuteTakerId: patch.chairId } : {}) });
  const warnings = isIsoDate(draft.date)
    ? meetingWarnings(record, { ...draft, endTime: undefined }, templates ? bankHolidayCalendar(templates.bankHolidays) : undefined)
    : venueWarnings(draft.venueKind, draft.venue, record.preferences);
  // With "the chair will also take the minutes" ticked there is no minute-taker field: its error is the chair's.
  const shown = sameAsChair ? Object.fromEntries(Object.entries(errors).filter(([k]) => !/(^|\.)minuteTakerId$/.test(k))) : errors;
  const e = (p: string) => shown[`plan.${p}`] ?? shown[p];

  const save = async () => {
    const plan = { ...draft, endTime: draft.endTime || undefined, minuteTakerId: sameAsChair ? draft.chairId : draft.minuteTakerId };
    const value = meetingId
      ? await submit(() => api.meetings.update({ familyId, meetingId, plan }))
      : await submit(() => api.meetings.schedule({ familyId, plan }));
    if (value) navigate(`/families/${familyId}/meetings/${value.meetingId}`);
  };

  const teamOptions = team.map((t) => ({ value: t.id, label: `${t.name}, ${t.role} (${t.agency})` }));
  return (
    <Page title={title} caption={`Family ${record.reference}`} hasErrors={hasErrors} back={{ href: meetingId ? `/families/${familyId}/meetings/${meetingId}` : `/families/${familyId}`, label: 'Back' }}>
      <ErrorSummary errors={shown} message={message} />
      {record.team.length === 0 && (
        <Notice tone="warning" title="Add the team first">
          <p>A meeting needs a chair from the team. <a href={`#/families/${familyId}/team/new`}>Add a professional</a> first.</p>
        </Notice>
      )}
      <form noValidate onSubmit={(ev) => { ev.preventDefault(); void save(); }}>
        <Radios path="plan.kind" label="What kind of meeting is it?" value={draft.kind} onChange={(v) => set({ kind: v as Draft['kind'] })} options={MEETING_KINDS.map((k) => ({ value: k, label: MEETING_KIND_LABELS[k] }))} error={e('kind')} />
        <Checkboxes path="plan.childIds" label="Which children is it about?" hint="Brothers and sisters can be discussed in one meeting, each with their own plan" values={draft.childIds} onChange={(v) => set({ childIds: v })} options={record.children.map((c) => ({ value: c.id, label: childDisplayName(c) }))} error={e('childIds')} />
        <DateInput path="plan.date" label="Date" hint="For example, 4 6 2026" value={draft.date} onChange={(v) => set({ date: v })} error={e('date')} />
        <TextInput path="plan.startTime" type="time" label="Start time" value={draft.startTime} onChange={(v) => set({ startTime: v })} error={e('startTime')} width="short" />
        <TextInput path="plan.endTime" type="time" label="End time (optional)" value={draft.endTime} onChange={(v) => set({ endTime: v })} error={e('endTime')} width="short" />
        <Radios path="plan.venueKind" label="Kind of place" value={draft.venueKind} onChange={(v) => set({ venueKind: v as VenueKind })} options={VENUE_KINDS.map((k) => ({ value: k, label: VENUE_KIND_LABELS[k] }))} error={e('venueKind')} />
        <TextInput path="plan.venue" label="Where exactly?" hint="The address or room, or how to join online" value={draft.venue} onChange={(v) => set({ venue: v })} error={e('venue')} />
        <div aria-live="polite">
          {warnings.length > 0 && (
            <Notice tone="warning" title="Check this before you plan it">
              <ul className="list">{warnings.map((w) => <li key={w}>{w}</li>)}</ul>
              <p>You can still plan it here, but check with the family first.</p>
            </Notice>
          )}
        </div>
        <Select path="plan.chairId" label="Who will chair?" value={draft.chairId} placeholder="Choose someone from the team" onChange={(v) => set({ chairId: v })} options={teamOptions} error={e('chairId')} />
        <Checkbox path="sameAsChair" label="The chair will also take the minutes" checked={sameAsChair} onChange={(v) => { setSameAsChair(v); if (v) setDraft({ ...draft, minuteTakerId: draft.chairId }); }} />
        {!sameAsChair && (
          <Select path="plan.minuteTakerId" label="Who will take the minutes?" value={draft.minuteTakerId} placeholder="Choose someone from the team" onChange={(v) => set({ minuteTakerId: v })} options={teamOptions} error={e('minuteTakerId')} />
        )}
        <div className="button-group">
          <Button type="submit" disabled={busy}>{meetingId ? 'Save changes' : 'Plan the meeting'}</Button>
          <a className="link" href={`#/families/${familyId}`}>Cancel</a>
        </div>
      </form>
    </Page>
  );
}
