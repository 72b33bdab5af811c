// The meeting under way: the agenda down the side, the item now in the middle with its prompts
// and panels, and the chair's private alerts. Alt+PageDown / Alt+PageUp move between items.
import { useEffect, useRef, useState } from 'react';
import { api } from '../../api-client';
import { Button, Notice } from '../../ui/bits';
import { AgendaNav } from './agenda-nav';
import { ItemView } from './item-view';
import { ChairSide } from './chair-side';
import type { FamilyRecord } from '../../../core/families/record';
import type { Meeting } from '../../../core/meetings/schema';
import type { TemplateBundle } from '../../../api/templates';
import { promptContext } from '../../../core/prompts/context';
import { meetingGuidance } from '../../../core/prompts/prompts';
import { fillPlaceholders } from '../../../core/prompts/local';
import { fit } from '../../../core/agenda/build';

const GUIDED_KEY = 'tac.guidedMode';

export function useGuidedMode(): [boolean, (v: boolean) => void] {
  const [guided, setGuided] = useState(() => (typeof localStorage === 'undefined' ? true : localStorage.getItem(GUIDED_KEY) !== 'off'));
  return [guided, (v: boolean) => {
    setGuided(v);
    localStorage.setItem(GUIDED_KEY, v ? 'on' : 'off');
  }];
}

export function Workspace({ record, meeting, templates, onRecord }: {
  record: FamilyRecord;
  meeting: Meeting;
  templates: TemplateBundle;
  onRecord: (r: FamilyRecord) => void;
}) {
  const [guided, setGuided] = useGuidedMode();
  const [problem, setProblem] = useState<string>();
  const itemRef = useRef<HTMLDivElement>(null);
  const context = promptContext(record, meeting, templates.local);
  const index = meeting.agenda.findIndex((i) => i.id === meeting.currentItemId);
  const item = meeting.agenda[Math.max(0, index)];

  const go = async (itemId: string, markDone: boolean) => {
    const result = await api.meetings.goTo({ familyId: record.id, meetingId: meeting.id, itemId, markDoneId: markDone ? item?.id : undefined });
    if (result.ok) {
      onRecord(result.value);
      setProblem(undefined);
      requestAnimationFrame(() => document.getElementById('item-title')?.focus());
    } else setProblem(result.error.message);
  };
  // Just started (the start button has gone): put focus on the first item's heading.
  useEffect(() => {
    if (!document.activeElement || document.activeElement === document.body) document.getElementById('item-title')?.focus();
  }, []);
  const next = meeting.agenda[index + 1];
  const previous = meeting.agenda[index - 1];

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!e.altKey) return;
      if (e.key === 'PageDown' && next) {
        e.preventDefault();
        void go(next.id, true);
      } else if (e.key === 'PageUp' && previous) {
        e.preventDefault();
        void go(previous.id, false);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  if (!item) return <Notice tone="problem">This meeting has no agenda.</Notice>;
  return (
    <div className="run">
      <div className="run__controls">
        <div className="checkboxes__item">
          <input className="checkboxes__input" id="guided-mode" type="checkbox" checked={guided} onChange={(e) => setGuided(e.target.checked)} />
          <label className="checkboxes__label" htmlFor="guided-mode">Guided mode: show every prompt</label>
        </div>
        <a className="link" href={`#/families/${record.id}/meetings/${meeting.id}/family-view`} target="_blank" rel="noreferrer">
          Open the family’s screen<span className="visually-hidden"> (opens in a new window)</span>
        </a>
      </div>
      {guided && <p className="inset">{meetingGuidance(meeting.kind, context, templates.prompts)}</p>}
      {problem && <Notice tone="problem">{problem}</Notice>}
      <div className="run__layout">
        <AgendaNav meeting={meeting} context={context} onGo={(id) => void go(id, false)} />
        <section className="run__item" aria-labelledby="item-title" ref={itemRef}>
          <p className="caption">Item {index + 1} of {meeting.agenda.length}{item.minutes ? ` · about ${item.minutes} minutes` : ''}</p>
          <ItemView record={record} meeting={meeting} item={item} templates={templates} onRecord={onRecord} guided={guided} goTo={(id) => void go(id, false)} />
          <div className="button-group run__next">
            {previous && <Button variant="secondary" onClick={() => void go(previous.id, false)}>Previous item</Button>}
            {next && <Button onClick={() => void go(next.id, true)}>Next item: {fit(fillPlaceholders(next.title, context), 60)}</Button>}
          </div>
          <p className="hint">Keyboard: Alt+Page Down for the next item, Alt+Page Up for the one before.</p>
        </section>
        <ChairSide record={record} meeting={meeting} templates={templates} onRecord={onRecord} item={item} />
      </div>
    </div>
  );
}
