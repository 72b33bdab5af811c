// A text field that checks its words as you type: flagged words are marked in the field and listed
// under it, each suggestion a button away, and Alt+Enter uses the first suggestion for the word at the caret.
import { memo, useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode, type Ref } from 'react';
import { applySuggestion, checkText, unknownAcronymWords, type CompiledGlossary, type Finding } from '../../../core/plain-language';
import { AcronymQuestions } from './acronym-question';
import { findingAtCaret, spanChange } from './use-glossary';
import { pasteClean } from './paste';

export interface CheckedTextFieldProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  glossary?: CompiledGlossary;
  /** 'professional' for minutes (acronyms spelled out once); 'family' for what the family will read. */
  audience?: 'family' | 'professional';
  alreadyDefined?: readonly string[];
  /** False for someone's own words: never checked, never changed. */
  check?: boolean;
  rows?: number;
  /** One line: Enter sends the form instead of starting a new line. */
  singleLine?: boolean;
  /** Shown as a quotation (someone's own words). */
  quote?: boolean;
  labelClassName?: string;
  inputRef?: Ref<HTMLTextAreaElement>;
}

const SHOW_AT_MOST = 8;
/** Short texts are checked almost at once; long ones after a pause in typing. */
const delayFor = (length: number) => (length < 4000 ? 120 : 350);

interface Checked {
  text: string;
  findings: Finding[];
}

export function CheckedTextField(props: CheckedTextFieldProps) {
  const { id, value, glossary, audience = 'professional', alreadyDefined, check = true, onChange } = props;
  const ref = useRef<HTMLTextAreaElement | null>(null);
  const backdrop = useRef<HTMLDivElement>(null);
  const [checked, setChecked] = useState<Checked>({ text: '', findings: [] });
  const [announcement, setAnnouncement] = useState('');
  const lastCount = useRef(0);
  const active = check && !!glossary;

  const run = (text: string): Finding[] => (active && text.trim() ? checkText(text, glossary!, { audience, alreadyDefined }) : []);

  useEffect(() => {
    if (!active) {
      if (checked.findings.length) setChecked({ text: value, findings: [] });
      return;
    }
    if (value === checked.text) return;
    const timer = setTimeout(() => {
      const findings = run(value);
      setChecked({ text: value, findings });
      if (findings.length !== lastCount.current && findings.length > 0) {
        setAnnouncement(`Plainer words suggested: ${findings.length}. Alt+Enter on a flagged word uses its first suggestion.`);
      }
      lastCount.current = findings.length;
    }, delayFor(value.length));
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value, active, glossary, audience, alreadyDefined]);

  const syncScroll = () => {
    if (backdrop.current && ref.current) backdrop.current.scrollTop = ref.current.scrollTop;
  };
  useEffect(syncScroll, [checked]);

  /** The finding as it stands in the text now (the text may have moved on since the last check). */
  const current = (f: Finding): Finding | undefined => {
    const text = ref.current?.value ?? value;
    if (text === checked.text) return f;
    const fresh = run(text).filter((g) => g.text === f.text);
    return fresh.sort((a, b) => Math.abs(a.start - f.start) - Math.abs(b.start - f.start))[0];
  };

  const apply = (finding: Finding | undefined, index: number) => {
    const ta = ref.current;
    if (!ta || !finding) return;
    const before = ta.value;
    const suggestion = finding.suggestions[index];
    if (suggestion === undefined) {
      setAnnouncement(`No swap for “${finding.text}”. ${finding.message}`);
      return;
    }
    const after = applySuggestion(before, finding, index);
    if (after === before) return;
    const change = spanChange(before, after);
    ta.focus();
    ta.setSelectionRange(change.start, change.end);
    // insertText keeps the change on the field's undo list (Ctrl+Z puts the word back).
    const done = document.execCommand?.('insertText', false, change.insert) && ta.value === after;
    if (!done) {
      onChange(after);
      requestAnimationFrame(() => ref.current?.setSelectionRange(change.start + change.insert.length, change.start + change.insert.length));
    }
    const findings = run(after);
    setChecked({ text: after, findings });
    lastCount.current = findings.length;
    setAnnouncement(`Changed “${finding.text}” to “${change.insert.trim() || suggestion}”.`);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && e.altKey && active) {
      e.preventDefault();
      const ta = e.currentTarget;
      const findings = ta.value === checked.text ? checked.findings : run(ta.value);
      const finding = findingAtCaret(findings, ta.selectionStart);
      if (!finding) {
        setAnnouncement('There is no flagged word at the cursor.');
        return;
      }
      apply(finding, 0);
    } else if (e.key === 'Enter' && props.singleLine && !e.shiftKey && !e.altKey && !e.ctrlKey && !e.metaKey) {
      e.preventDefault();
      e.currentTarget.form?.requestSubmit();
    }
  };

  const stale = checked.text !== value;
  // Letters nobody has explained yet are asked about once typing settles (never in someone's own words).
  const unknown = useMemo(() => (active && checked.text ? unknownAcronymWords(checked.text, glossary!) : []), [active, checked.text, glossary]);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const countId = `${id}-plain-count`;
  const findings = active ? checked.findings : [];
  const describedBy = [props.hint ? hintId : '', props.error ? errorId : '', findings.length ? countId : ''].filter(Boolean).join(' ') || undefined;

  return (
    <div className={`form-group checked-field${props.error ? ' form-group--error' : ''}`}>
      <label className={props.labelClassName ?? 'label'} htmlFor={id}>{props.label}</label>
      {props.hint && <div id={hintId} className="hint">{props.hint}</div>}
      {props.error && <p id={errorId} className="error-message"><span className="visually-hidden">Error:</span> {props.error}</p>}
      <div className={`checked-field__box${props.quote ? ' checked-field__box--quote' : ''}${stale ? ' checked-field__box--stale' : ''}${props.singleLine ? ' checked-field__box--line' : ''}`}>
        {active && <Backdrop text={checked.text} findings={checked.findings} refEl={backdrop} />}
        <textarea
          id={id}
          ref={(el) => {
            ref.current = el;
            const outer = props.inputRef;
            if (typeof outer === 'function') outer(el);
            else if (outer) (outer as { current: HTMLTextAreaElement | null }).current = el;
          }}
          className={`textarea checked-field__input${props.error ? ' input--error' : ''}`}
          rows={props.rows ?? (props.singleLine ? 1 : 3)}
          value={value}
          spellCheck
          aria-invalid={props.error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(e) => onChange(e.target.value)}
          onKeyDown={onKeyDown}
          onScroll={syncScroll}
          onPaste={pasteClean}
          onBlur={props.onBlur}
        />
      </div>
      {findings.length > 0 && <FindingsList id={countId} findings={findings} onApply={(f, i) => apply(current(f), i)} />}
      <AcronymQuestions id={id} words={unknown} />
      <p className="visually-hidden" aria-live="polite">{announcement}</p>
    </div>
  );
}

/** The field's text drawn under it with the flagged words marked (only once checked, so it never drifts). */
const Backdrop = memo(function Backdrop({ text, findings, refEl }: { text: string; findings: Finding[]; refEl: Ref<HTMLDivElement> }) {
  const parts = useMemo(() => {
    const out: ReactNode[] = [];
    let at = 0;
    findings.forEach((f, i) => {
      if (f.start < at) return;
      out.push(text.slice(at, f.start));
      out.push(<mark key={i} className={`checked-field__mark checked-field__mark--${f.kind}`}>{text.slice(f.start, f.end)}</mark>);
      at = f.end;
    });
    out.push(text.slice(at));
    return out;
  }, [text, findings]);
  return (
    <div className="checked-field__backdrop" aria-hidden="true" ref={refEl}>
      {parts}
      {'\n\u200b'}
    </div>
  );
});

const FindingsList = memo(function FindingsList({ id, findings, onApply }: { id: string; findings: Finding[]; onApply: (f: Finding, i: number) => void }) {
  const shown = findings.slice(0, SHOW_AT_MOST);
  return (
    <div className="checked-field__findings">
      <p className="checked-field__count" id={id}>
        {findings.length} {findings.length === 1 ? 'word' : 'words'} could be plainer. Alt+Enter on a word uses its first suggestion.
      </p>
      <ul className="checked-field__list">
        {shown.map((f, i) => (
          <li key={`${f.start}-${i}`} className="checked-field__finding">
            <span className="checked-field__word">{f.text}</span> {f.message}
            {f.suggestions.length > 0 && (
              <span className="checked-field__buttons">
                {f.suggestions.slice(0, 2).map((s, j) => (
                  <button key={s} type="button" className="button button--secondary button--slim" onClick={() => onApply(f, j)}>
                    Use “{s}”<span className="visually-hidden"> instead of “{f.text}”</span>
                  </button>
                ))}
              </span>
            )}
          </li>
        ))}
      </ul>
      {findings.length > SHOW_AT_MOST && <p className="hint">And {findings.length - SHOW_AT_MOST} more further down.</p>}
    </div>
  );
});
