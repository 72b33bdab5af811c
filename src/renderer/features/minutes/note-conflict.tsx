// When a note was saved in another place (another tab or window) after this one was based on it: both
// versions side by side, nothing lost, and a choice — keep both, or merge by hand and save on top.
import { londonTime } from '../../../core/shared/dates';
import type { NoteEntry } from '../../../core/minutes/schema';
import { NOTE_KIND_LABELS } from '../../../core/minutes/schema';
import type { NoteDraft } from './minutes-store';

/** A note's words as plain lines, to read side by side. */
export function noteLines(n: Pick<NoteDraft, 'kind' | 'text' | 'views' | 'professionalsOnly' | 'professionalsOnlyReason' | 'reasonNotShared'>): string[] {
  return [
    n.text.trim() || '(No words)',
    ...n.views.filter((v) => v.text.trim()).map((v) => `${v.name || 'Someone'}: ${v.text}`),
    n.reasonNotShared.trim() ? `Why it was not shared: ${n.reasonNotShared}` : '',
    n.professionalsOnly ? `For professionals only${n.professionalsOnlyReason.trim() ? `: ${n.professionalsOnlyReason}` : ''}` : '',
    `Kind: ${NOTE_KIND_LABELS[n.kind]}`,
  ].filter(Boolean);
}

export function NoteConflict({ id, theirs, mine, onKeepBoth, onAddTheirs, onSaveOnTop }: {
  id: string;
  theirs: NoteEntry;
  mine: NoteDraft;
  onKeepBoth: () => void;
  onAddTheirs: () => void;
  onSaveOnTop: () => void;
}) {
  return (
    <div className="notice notice--warning note-conflict" role="alert" aria-labelledby={`${id}-conflict-title`}>
      <p className="notice__title" id={`${id}-conflict-title`}>This note was changed in another place</p>
      <p>
        Someone saved it in another window or tab at {londonTime(new Date(theirs.updatedAt))}, after you started. Your words were not
        saved over theirs, and nothing is lost: both versions are below.
      </p>
      <div className="note-conflict__sides">
        <section aria-label="The other version">
          <p className="heading-s">The other version, saved at {londonTime(new Date(theirs.updatedAt))}</p>
          {noteLines(theirs).map((l, i) => <p key={i} className="note-conflict__line" data-side="theirs">{l}</p>)}
        </section>
        <section aria-label="Your version">
          <p className="heading-s">Your version, not saved yet</p>
          {noteLines(mine).map((l, i) => <p key={i} className="note-conflict__line" data-side="mine">{l}</p>)}
        </section>
      </div>
      <p>Keep both, and yours becomes a new note under this item. Or merge by hand: change your version below (you can add their words to yours first), then save it on top of theirs.</p>
      <div className="button-group">
        <button type="button" className="button button--slim" onClick={onKeepBoth}>Keep both</button>
        <button type="button" className="button button--secondary button--slim" onClick={onAddTheirs}>Add their words to yours</button>
        <button type="button" className="button button--secondary button--slim" onClick={onSaveOnTop}>Save mine on top of theirs</button>
      </div>
    </div>
  );
}
