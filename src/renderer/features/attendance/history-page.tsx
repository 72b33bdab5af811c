// Attendance across meetings, for the family or one child's support: every service's, person's and the
// family's marks (in words, not colour), and the flags for anyone missing meetings, with follow-ups.
import { Page, Loading, Problem } from '../../ui/page';
import { useFamily } from '../families/use-family';
import { useTemplates } from '../templates/use-templates';
import { FlagList } from './follow-up';
import { attendanceHistory, memberMarksAt, memberMissingMore, type AttendanceHistory, type AttendanceMark, type AttendanceScope, type GroupAttendance } from '../../../core/attendance/patterns';
import { nonAttendanceFlags } from '../../../core/attendance/flags';
import { STATUS_WORDS } from '../../../core/attendance/presence';
import { MEETING_KIND_LABELS } from '../../../core/meetings/schema';
import { formatDate } from '../../../core/shared/dates';
import { personName } from '../../../core/families/people';
import { RELATIONSHIP_LABELS, type Relationship } from '../../../core/families/schema';
import type { Meeting } from '../../../core/meetings/schema';

function markWords(mark: AttendanceMark): string {
  const words = mark.status === 'sent-someone-else' && mark.substituteName ? `sent ${mark.substituteName}` : STATUS_WORDS[mark.status];
  const noReply = mark.category === 'missed' && mark.reply === 'no-reply-yet' ? ', no reply to the invitation' : '';
  return `${words.charAt(0).toUpperCase()}${words.slice(1)}${noReply}`;
}

function Cells({ meetings, marks }: { meetings: Meeting[]; marks: AttendanceMark[] }) {
  return (
    <>
      {meetings.map((m) => {
        const mark = marks.find((x) => x.meetingId === m.id);
        return (
          <td key={m.id} className={mark?.category === 'missed' ? 'mark--missed' : undefined}>
            {mark ? markWords(mark) : <><span aria-hidden="true">—</span><span className="visually-hidden">Not on the list</span></>}
          </td>
        );
      })}
    </>
  );
}

/** A service's marks: the best of its people, and each person's own when they differ. */
function GroupCells({ meetings, group, history }: { meetings: Meeting[]; group: GroupAttendance; history: AttendanceHistory }) {
  return (
    <>
      {meetings.map((m) => {
        const mark = group.marks.find((x) => x.meetingId === m.id);
        const members = memberMarksAt(history, group, m.id);
        const differ = new Set(members.map((x) => markWords(x.mark))).size > 1;
        return (
          <td key={m.id} className={mark?.category === 'missed' || members.some((x) => x.mark.category === 'missed') ? 'mark--missed' : undefined}>
            {!mark ? <><span aria-hidden="true">—</span><span className="visually-hidden">Not on the list</span></>
              : differ ? <ul className="list history-members">{members.map((x) => <li key={x.personId}>{x.name}: {lowerFirst(markWords(x.mark))}</li>)}</ul>
              : markWords(mark)}
          </td>
        );
      })}
    </>
  );
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

function Head({ meetings, first }: { meetings: Meeting[]; first: string }) {
  return (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        {meetings.map((m) => <th scope="col" key={m.id}>{formatDate(m.date)}<br /><span className="muted">{MEETING_KIND_LABELS[m.kind]}</span></th>)}
        <th scope="col">Missed in a row</th>
      </tr>
    </thead>
  );
}

export function AttendanceHistoryPage({ familyId, episodeId }: { familyId: string; episodeId?: string }) {
  const { record, setRecord, problem } = useFamily(familyId);
  const templates = useTemplates();
  const title = 'Attendance at meetings';
  if (problem) return <Page title={title}><Problem message={problem} /></Page>;
  if (!record || !templates) return <Page title={title}><Loading what="Gathering attendance" /></Page>;
  const episode = record.episodes.find((e) => e.id === episodeId);
  const scope: AttendanceScope = episode ? { episodeId: episode.id } : {};
  const history = attendanceHistory(record, scope);
  const flags = nonAttendanceFlags(record, scope, { local: templates.local, prompts: templates.prompts });
  const { meetings } = history;
  const base = `#/families/${familyId}/attendance`;

  return (
    <Page title={title} caption={`Family ${record.reference}${episode ? ` · support for ${personName(record, episode.childId)}` : ''}`} back={{ href: `/families/${familyId}`, label: 'Back to the family' }} wide>
      <nav aria-label="Which meetings" className="section__heading">
        <ul className="list">
          <li><a href={base} aria-current={!episode ? 'page' : undefined}>All meetings for the family</a></li>
          {record.episodes.map((e) => (
            <li key={e.id}>
              <a href={`${base}?episode=${e.id}`} aria-current={episode?.id === e.id ? 'page' : undefined}>
                Support for {personName(record, e.childId)}, from {formatDate(e.openedOn)}{e.closedOn ? ` to ${formatDate(e.closedOn)}` : ''}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {meetings.length === 0 ? (
        <p>No meetings have finished yet, so there is no attendance to show.</p>
      ) : (
        <>
          <section className="section" aria-labelledby="flags-heading">
            <h2 className="heading-m" id="flags-heading">Missing meetings</h2>
            {flags.length === 0 ? (
              <p>No one has missed {templates.local.nonAttendanceInARow} or more meetings in a row.</p>
            ) : (
              <FlagList flags={flags} record={record} templates={templates} onRecord={setRecord} />
            )}
          </section>
          <section className="section" aria-labelledby="services-heading">
            <h2 className="heading-m" id="services-heading">Each service and the family</h2>
            <p className="hint">For a service with more than one person, each person is named when they did not all do the same. “Apologies” and “did not come” are missed meetings; a written update is not a missed meeting, but it is not coming either.</p>
            <div className="history-wrap">
              <table className="table history-table">
                <caption className="visually-hidden">Attendance of each service and the family at each meeting</caption>
                <Head meetings={meetings} first="Service" />
                <tbody>
                  {[...history.agencies, history.family].map((g) => {
                    const more = memberMissingMore(history, g);
                    return (
                      <tr key={g.name}>
                        <th scope="row">{g.name}</th>
                        <GroupCells meetings={meetings} group={g} history={history} />
                        <td>{more ? `${g.missedInARow} (${more.name}: ${more.missedInARow})` : g.missedInARow}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          </section>
          <section className="section" aria-labelledby="people-heading">
            <h2 className="heading-m" id="people-heading">Each person</h2>
            <div className="history-wrap">
              <table className="table history-table">
                <caption className="visually-hidden">Attendance of each person at each meeting</caption>
                <Head meetings={meetings} first="Person" />
                <tbody>
                  {history.people.map((p) => (
                    <tr key={p.personId}>
                      <th scope="row">
                        {p.name}<br />
                        <span className="muted">{p.kind === 'family' ? RELATIONSHIP_LABELS[p.role as Relationship] ?? p.role : `${p.role}, ${p.agency}`}{!p.active ? ' (has left the team)' : ''}</span>
                      </th>
                      <Cells meetings={meetings} marks={p.marks} />
                      <td>{p.missedInARow}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        </>
      )}
    </Page>
  );
}
