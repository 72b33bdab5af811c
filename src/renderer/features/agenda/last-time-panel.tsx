// Under "What has gone well" and "What we are worried about": what was said last time, to look at
// again, and the good news since (actions done). Notes marked for professionals only say so.
import type { PanelProps } from '../meeting-run/panel';
import { Tag } from '../../ui/bits';
import { lastTime } from '../../../core/agenda/carry-over';
import { personName } from '../../../core/families/people';
import { formatDate } from '../../../core/shared/dates';
import type { NoteEntry } from '../../../core/minutes/schema';
import type { FamilyRecord } from '../../../core/families/record';

function NoteLine({ note, record }: { note: NoteEntry; record: FamilyRecord }) {
  const who = note.speakerId ? personName(record, note.speakerId) : '';
  return (
    <li className="last-time__note">
      {note.kind === 'differing-views' ? (
        <>
          <span>Views differed:</span>
          <ul className="list list--bullet">
            {note.views.map((v, i) => <li key={i}><strong>{v.personId ? personName(record, v.personId) : v.name || 'Someone'}:</strong> {v.text}</li>)}
          </ul>
        </>
      ) : (
        <span>{note.ownWords ? `“${note.text}”` : note.text}</span>
      )}
      {who && <span className="muted"> ({who}{note.ownWords ? ', in their own words' : ''})</span>}
      {note.professionalsOnly && <> <Tag tone="purple">For professionals only: do not read out</Tag></>}
      {!note.professionalsOnly && note.harmFlagged && !note.familyMaySee && <> <Tag tone="purple">May suggest harm: do not read out</Tag></>}
    </li>
  );
}

function LastTimePanel({ record, meeting, kind }: PanelProps & { kind: 'strengths' | 'worries' }) {
  const last = lastTime(record, meeting);
  if (!last.meeting) {
    return <p className="panel-block muted">This is the first meeting, so there is nothing from last time.</p>;
  }
  const notes = kind === 'strengths' ? last.strengths : [...last.worries, ...last.meeting.notes.filter((n) => n.kind === 'differing-views')];
  const doneHere = meeting.actionReviews.filter((r) => r.result === 'done').map((r) => record.actions.find((a) => a.id === r.actionId)).filter((a) => !!a);
  const done = kind === 'strengths' ? [...last.actionsDone, ...doneHere.filter((a) => !last.actionsDone.some((d) => d.id === a!.id))] : [];
  const heading = kind === 'strengths' ? 'Going well last time' : 'Worries last time';
  return (
    <section className="panel-block last-time" aria-labelledby={`last-${kind}`}>
      <h3 className="heading-m" id={`last-${kind}`}>{heading} ({formatDate(last.meeting.date)})</h3>
      {notes.length === 0 ? (
        <p className="muted">Nothing was written down under this last time.</p>
      ) : (
        <ul className="list last-time__list">{notes.map((n) => <NoteLine key={n.id} note={n} record={record} />)}</ul>
      )}
      {kind === 'worries' && notes.length > 0 && <p className="hint">Ask: is this still a worry? Is it better, the same or worse?</p>}
      {done.length > 0 && (
        <>
          <h4 className="heading-s">Done since last time</h4>
          <ul className="list list--bullet">{done.map((a) => <li key={a!.id}>{a!.text} ({personName(record, a!.ownerId, a!.ownerName || 'no one named')})</li>)}</ul>
        </>
      )}
    </section>
  );
}

export const GoneWellPanel = (props: PanelProps) => <LastTimePanel {...props} kind="strengths" />;
export const WorriesPanel = (props: PanelProps) => <LastTimePanel {...props} kind="worries" />;
