// What needs doing across every family: overdue actions, reviews coming up or overdue, and each
// person's open actions. Read from the home list's index, so no family file is opened.
import { Tag } from '../../ui/bits';
import type { FamilySummary } from '../../../core/families/index-entry';
import { MEETING_KIND_LABELS, type MeetingKind } from '../../../core/meetings/schema';
import { addDays, formatDate, formatDateWithDay, formatTime } from '../../../core/shared/dates';
import { PerPersonList, type PersonAction } from '../actions/per-person-list';
import { appToday } from '../../clock';

/** Reviews in the next fortnight count as coming up. */
const SOON_DAYS = 14;

export interface ReviewDue {
  familyId: string;
  reference: string;
  children: string;
  date: string;
  what: string;
  overdue: boolean;
  meetingId?: string;
}

/** Planned meetings soon or past their date, and families with no meeting planned whose review falls due. */
export function reviewsDue(families: readonly FamilySummary[], today: string, intervalWeeks: number): ReviewDue[] {
  const soon = addDays(today, SOON_DAYS);
  const out: ReviewDue[] = [];
  for (const f of families) {
    const children = f.childNames.join(' and ');
    for (const m of f.plannedMeetings) {
      if (m.date > soon) continue;
      const kind = MEETING_KIND_LABELS[m.kind as MeetingKind] ?? 'Meeting';
      out.push({
        familyId: f.id, reference: f.reference, children, date: m.date, meetingId: m.id, overdue: m.date < today,
        what: m.date < today ? `${kind} planned for ${formatDate(m.date)} has not been held or finished` : `${kind}, ${formatDateWithDay(m.date)} at ${formatTime(m.startTime)}`,
      });
    }
    if (f.plannedMeetings.length === 0 && f.openEpisodes > 0 && f.lastMeeting) {
      const due = addDays(f.lastMeeting, intervalWeeks * 7);
      if (due <= soon) {
        out.push({
          familyId: f.id, reference: f.reference, children, date: due, overdue: due < today,
          what: `No review planned. One is due ${due < today ? 'since' : 'by'} ${formatDate(due)} (${intervalWeeks} weeks after the last meeting).`,
        });
      }
    }
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.reference.localeCompare(b.reference)));
}

export function openActionsOf(families: readonly FamilySummary[]): PersonAction[] {
  return families.flatMap((f) => f.openActions.map((a) => ({
    id: `${f.id}:${a.id}`, who: a.ownerName, text: a.text, dueDate: a.dueDate, familyId: f.id, family: f.childNames.join(' and '),
  })));
}

/** Shown with the home list it is given (every family, unfiltered), so nothing moves once the page is drawn. */
export function HomeOverview({ families, reviewIntervalWeeks }: { families: FamilySummary[]; reviewIntervalWeeks: number }) {
  const today = appToday();
  if (families.length === 0) return null;

  const actions = openActionsOf(families);
  const overdue = actions.filter((a) => a.dueDate && a.dueDate < today).sort((a, b) => a.dueDate!.localeCompare(b.dueDate!));
  const reviews = reviewsDue(families, today, reviewIntervalWeeks);

  return (
    <div className="overview">
      <div className="overview__grid">
        <section aria-labelledby="overdue-heading">
          <h2 className="heading-m" id="overdue-heading">Overdue actions ({overdue.length})</h2>
          {overdue.length === 0 ? <p className="muted">None. Every open action is still in date.</p> : (
            <table className="table">
              <caption className="visually-hidden">Open actions past their date, oldest first</caption>
              <thead><tr><th scope="col">Action</th><th scope="col">Who</th><th scope="col">Was due</th></tr></thead>
              <tbody>
                {overdue.map((a) => (
                  <tr key={a.id}>
                    <td>{a.text}<br /><a href={`#/families/${a.familyId}`}>{a.family}</a></td>
                    <td>{a.who}</td>
                    <td>{formatDate(a.dueDate)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
        <section aria-labelledby="reviews-heading">
          <h2 className="heading-m" id="reviews-heading">Reviews coming up or overdue ({reviews.length})</h2>
          {reviews.length === 0 ? <p className="muted">Nothing in the next {SOON_DAYS} days.</p> : (
            <ul className="list">
              {reviews.map((r) => (
                <li key={`${r.familyId}-${r.meetingId ?? 'due'}`}>
                  {r.overdue && <><Tag tone="red">Overdue</Tag>{' '}</>}
                  <a href={r.meetingId ? `#/families/${r.familyId}/meetings/${r.meetingId}` : `#/families/${r.familyId}`}>{r.children}</a>
                  <br /><span className="muted">{r.what}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
      <section aria-labelledby="people-heading">
        <h2 className="heading-m" id="people-heading">Each person’s open actions</h2>
        <PerPersonList items={actions} today={today} />
      </section>
    </div>
  );
}
