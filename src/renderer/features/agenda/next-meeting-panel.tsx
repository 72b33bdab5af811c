// The next meeting, set before anyone leaves: a working-day date from the local review interval, time and
// place changeable, with warnings for the family's wishes, weekends, bank holidays and school holidays.
import { useEffect, useMemo, useState } from 'react';
import { api } from '../../api-client';
import { Button, Notice } from '../../ui/bits';
import { Select, TextInput } from '../../ui/fields';
import { DateInput } from '../../ui/date-input';
import type { PanelProps } from '../meeting-run/panel';
import { usePanelSave, SaveStatus } from '../meeting-run/use-panel-save';
import { suggestNextMeeting } from '../../../core/meetings/next-meeting';
import { VENUE_KINDS, VENUE_KIND_LABELS, venueWarnings, type VenueKind } from '../../../core/meetings/venue';
import { isWorkingDay } from '../../../core/dates/working-days';
import { bankHolidayCalendar } from '../../../core/dates/bank-holidays';
import { dueDateWarnings } from '../../../core/dates/due-date-warnings';
import { formatDateWithDay, formatTime, isIsoDate } from '../../../core/shared/dates';

interface Draft { date: string; startTime: string; venue: string; venueKind: VenueKind }

export function NextMeetingPanel({ record, meeting, templates, onRecord }: PanelProps) {
  const holidays = useMemo(() => bankHolidayCalendar(templates.bankHolidays), [templates.bankHolidays]);
  const weeks = templates.local.reviewIntervalWeeks;
  const suggested = suggestNextMeeting(meeting.date, { intervalWeeks: weeks, isWorkingDay: (d) => isWorkingDay(d, holidays) });
  const fromMeeting = (): Draft => {
    const n = meeting.nextMeeting;
    return n
      ? { date: n.date, startTime: n.startTime, venue: n.venue, venueKind: n.venueKind ?? meeting.venueKind }
      : { date: suggested, startTime: meeting.startTime, venue: meeting.venue, venueKind: meeting.venueKind };
  };
  const [draft, setDraft] = useState<Draft>(fromMeeting);
  const signature = JSON.stringify(meeting.nextMeeting ?? null);
  useEffect(() => {
    setDraft(fromMeeting());
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [signature]);
  const { save, status, errors, busy } = usePanelSave(onRecord);
  const set = (patch: Partial<Draft>) => setDraft({ ...draft, ...patch });

  const warnings: string[] = [];
  if (isIsoDate(draft.date)) {
    if (draft.date <= meeting.date) warnings.push('The next meeting must be after this one.');
    else warnings.push(...dueDateWarnings(draft.date, { meetingDate: meeting.date, holidays, terms: templates.termDates }));
  }
  warnings.push(...venueWarnings(draft.venueKind, draft.venue, record.preferences));
  const prefs = record.preferences;

  const submit = async () => {
    const nextMeeting = { date: draft.date, startTime: draft.startTime, venue: draft.venue, venueKind: draft.venueKind };
    await save(
      () => api.meetings.setNextMeeting({ familyId: record.id, meetingId: meeting.id, nextMeeting }),
      `Saved: the next meeting is ${isIsoDate(draft.date) ? formatDateWithDay(draft.date) : ''} at ${formatTime(draft.startTime)}, ${draft.venue}.`,
    );
  };
  const e = (f: string) => errors[`nextMeeting.${f}`];

  return (
    <section className="panel-block" aria-labelledby="next-heading">
      <h3 className="heading-m" id="next-heading">{meeting.nextMeeting ? 'The next meeting' : 'Set the next meeting'}</h3>
      <p>
        Suggested: <strong>{formatDateWithDay(suggested)}</strong>, {weeks} {weeks === 1 ? 'week' : 'weeks'} after this meeting, on a working day.
        {draft.date !== suggested && <> <Button variant="link" onClick={() => set({ date: suggested })}>Use this date</Button></>}
      </p>
      {(prefs.bestTimes || prefs.preferredPlace) && (
        <p className="hint">
          {prefs.bestTimes && <>The family said the best times are: {prefs.bestTimes}. </>}
          {prefs.preferredPlace && <>They like to meet at {prefs.preferredPlace}.</>}
        </p>
      )}
      <form noValidate onSubmit={(ev) => { ev.preventDefault(); void submit(); }}>
        <DateInput path="nextMeeting.date" label="Date" hint="For example, 8 1 2027" value={draft.date} onChange={(v) => set({ date: v })} error={e('date')} />
        <TextInput path="nextMeeting.startTime" type="time" label="Time" value={draft.startTime} onChange={(v) => set({ startTime: v })} error={e('startTime')} width="short" />
        <TextInput path="nextMeeting.venue" label="Where" value={draft.venue} onChange={(v) => set({ venue: v })} error={e('venue')} />
        <Select path="nextMeeting.venueKind" label="Kind of place" value={draft.venueKind} onChange={(v) => set({ venueKind: v as VenueKind })} options={VENUE_KINDS.map((k) => ({ value: k, label: VENUE_KIND_LABELS[k] }))} />
        {warnings.length > 0 && (
          <Notice tone="warning" title="Check this with the family">
            <ul className="list">{warnings.map((w) => <li key={w}>{w}</li>)}</ul>
          </Notice>
        )}
        <div className="button-group">
          <Button type="submit" disabled={busy}>{meeting.nextMeeting ? 'Save changes to the next meeting' : 'Save the next meeting'}</Button>
        </div>
        <SaveStatus state={status} />
      </form>
    </section>
  );
}
