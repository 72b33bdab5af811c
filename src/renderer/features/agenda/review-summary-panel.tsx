// Under "What we said we would do last time": every action still open from last time, who has it,
// how often it has been carried over, and what this meeting has said about it so far.
import type { PanelProps } from '../meeting-run/panel';
import { Button, Tag } from '../../ui/bits';
import { REVIEW_RESULT_LABELS } from '../../../core/actions/schema';
import { personName } from '../../../core/families/people';
import { timesWord } from '../../../core/agenda/build';
import { formatDate } from '../../../core/shared/dates';

export function ReviewSummaryPanel({ record, meeting, templates, goTo }: PanelProps) {
  const items = meeting.agenda.filter((i) => i.key === 'action-review' && i.actionId);
  if (items.length === 0) return <p className="panel-block">No actions are still open from last time.</p>;
  const reviewed = items.filter((i) => meeting.actionReviews.some((r) => r.actionId === i.actionId)).length;
  return (
    <section className="panel-block" aria-labelledby="to-review-heading">
      <h3 className="heading-m" id="to-review-heading">To go through, one at a time</h3>
      <p className="hint">{reviewed} of {items.length} looked at so far. An action carried over {timesWord(templates.local.carriedOverFlagAt)} or more is marked so you can talk about what is in the way.</p>
      <table className="table">
        <caption className="visually-hidden">Actions from last time to review</caption>
        <thead><tr><th scope="col">Action</th><th scope="col">Who</th><th scope="col">Carried over</th><th scope="col">This time</th></tr></thead>
        <tbody>
          {items.map((i) => {
            const action = record.actions.find((a) => a.id === i.actionId);
            const review = meeting.actionReviews.find((r) => r.actionId === i.actionId);
            const carried = i.carriedOver ?? 0;
            return (
              <tr key={i.id}>
                <td>
                  {goTo ? <Button variant="link" onClick={() => goTo(i.id)}>{i.title}</Button> : i.title}
                  {action?.dueDate && <><br /><span className="muted">Due {formatDate(action.dueDate)}</span></>}
                </td>
                <td>{action ? personName(record, action.ownerId, action.ownerName || 'No one named') : ''}</td>
                <td>{carried === 0 ? 'No' : timesWord(carried).replace(/^./, (c) => c.toUpperCase())}{i.flagged && <> <Tag tone="red">Talk about it</Tag></>}</td>
                <td>{review ? REVIEW_RESULT_LABELS[review.result] : <span className="muted">Not looked at yet</span>}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
