// Quick action capture under every agenda item: type the action in one line as people say it,
// press Enter, check what was read, keep it. The full form is one click away for those who prefer it.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { PanelProps } from '../meeting-run/panel';
import { api } from '../../api-client';
import { readActionLine } from '../../../core/actions/capture';
import { OPEN_STATUSES } from '../../../core/actions/schema';
import { formatDateWithDay } from '../../../core/shared/dates';
import { useCompiledGlossary } from '../plain-language/use-glossary';
import { useActionContext, type ActionContext } from './action-context';
import { ActionPreview, type DraftAction } from './action-preview';
import { ActionForm } from './action-form';
import { endSentence } from '../../../core/shared/wording';

/** Children named in the action ("Refer Jay to …") — it is for them; none named means the whole family. */
function childrenNamed(text: string, context: ActionContext): string[] {
  return context.children.filter((c) => c.name && new RegExp(`\\b${c.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i').test(text)).map((c) => c.id);
}

export function CapturePanel({ record, meeting, templates, onRecord }: PanelProps) {
  const context = useActionContext(record, meeting, templates);
  const glossary = useCompiledGlossary(templates.glossary);
  const [line, setLine] = useState('');
  const [preview, setPreview] = useState<{ draft: DraftAction; problems: string[] }>();
  const [full, setFull] = useState<Partial<DraftAction> | undefined>();
  const [said, setSaid] = useState('');
  const lineRef = useRef<HTMLInputElement>(null);
  const others = useMemo(() => record.actions.filter((a) => OPEN_STATUSES.includes(a.status)), [record.actions]);

  const read = () => {
    if (!line.trim()) return;
    const draft = readActionLine(line, {
      record, meetingDate: meeting.date, holidays: context.holidays, terms: context.terms, nextMeetingDate: meeting.nextMeeting?.date,
    });
    setPreview({
      draft: { text: draft.text, ownerId: draft.ownerId, ownerName: draft.ownerName, agency: draft.agency, dueDate: draft.dueDate, dateText: draft.dateText, childIds: childrenNamed(draft.text, context) },
      problems: draft.problems,
    });
    setSaid('');
  };

  // Back to the line once it is on the page again (after the preview or the form has gone).
  const [focusLine, setFocusLine] = useState(0);
  const backToLine = () => setFocusLine((n) => n + 1);
  useEffect(() => {
    if (focusLine > 0) lineRef.current?.focus();
  }, [focusLine]);

  const keep = async (value: DraftAction): Promise<string | undefined> => {
    const result = await api.actions.save({
      familyId: record.id,
      meetingId: meeting.id,
      action: {
        text: value.text, childIds: value.childIds, ownerId: value.ownerId, ownerName: value.ownerId ? '' : value.ownerName,
        agency: value.agency, ...(value.dueDate ? { dueDate: value.dueDate } : {}),
      },
    });
    if (!result.ok) return Object.values(result.error.fields ?? {})[0] ?? result.error.message;
    onRecord(result.value.record);
    const who = value.ownerId ? context.owners.find((o) => o.id === value.ownerId)?.name : value.ownerName;
    setSaid(endSentence(`Kept: ${value.text}${who ? `, ${who}` : ''}${value.dueDate ? `, by ${formatDateWithDay(value.dueDate)}` : ''}`));
    setPreview(undefined);
    setLine('');
    backToLine();
    return undefined;
  };

  return (
    <section className="panel-block capture" aria-labelledby={`capture-${meeting.id}`}>
      <h3 className="heading-s" id={`capture-${meeting.id}`}>Add an action</h3>
      {!preview && !full && (
        <form className="capture__line" noValidate onSubmit={(e) => { e.preventDefault(); read(); }}>
          <label className="label" htmlFor="capture-line">Type it as people say it, then press Enter</label>
          <div className="hint" id="capture-line-hint">For example: Sarah (school nurse) to refer Jay to the children’s mental health service by next Friday</div>
          <div className="capture__row">
            <input
              id="capture-line"
              ref={lineRef}
              className="input input--full"
              value={line}
              autoComplete="off"
              aria-describedby="capture-line-hint"
              onChange={(e) => setLine(e.target.value)}
            />
            <button type="submit" className="button button--secondary" disabled={!line.trim()}>Check it</button>
          </div>
          <button type="button" className="button button--link capture__full" onClick={() => setFull({})}>Use the full form instead</button>
        </form>
      )}
      {preview && (
        <ActionPreview
          initial={preview.draft}
          problems={preview.problems}
          context={context}
          record={record}
          glossary={glossary}
          others={others}
          onKeep={keep}
          onCancel={() => { setPreview(undefined); backToLine(); }}
          onFullForm={(value) => { setPreview(undefined); setFull(value); }}
        />
      )}
      {full && (
        <ActionForm
          formId="capture-form"
          record={record}
          meeting={meeting}
          templates={templates}
          initial={full}
          onSaved={(r) => { onRecord(r); setFull(undefined); setLine(''); setSaid('Action kept.'); backToLine(); }}
          onCancel={() => { setFull(undefined); backToLine(); }}
        />
      )}
      {/* One message, shown and announced: a second, hidden copy read it out twice. */}
      <p className={said && !preview && !full ? 'capture__said' : 'visually-hidden'} aria-live="polite">{said}</p>
    </section>
  );
}
