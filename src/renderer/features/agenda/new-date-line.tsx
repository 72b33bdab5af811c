// One line asking for a new date for an action whose date has passed, read the way the one-line
// capture reads dates ("by 18 December", "Friday week", "before half term"), with the date in words.
import { readDatePhrases } from '../../../core/dates/natural';
import { formatDate } from '../../../core/shared/dates';
import type { Meeting } from '../../../core/meetings/schema';
import type { TemplateBundle } from '../../../api/templates';
import { holidaysFrom } from '../actions/action-context';
import { DateInWords } from '../actions/action-fields';
import { fieldId } from '../../ui/fields';

export interface NewDate {
  text: string;
  date?: string;
  problem?: string;
}

/** What a line of words gives as a new date, after the meeting. */
export function readNewDate(text: string, meeting: Meeting, templates: TemplateBundle): NewDate {
  if (!text.trim()) return { text };
  const reading = readDatePhrases(/^\s*(by|on|before)\b/i.test(text) ? text : `by ${text}`, {
    meetingDate: meeting.date, holidays: holidaysFrom(templates, meeting.date), terms: templates.termDates, nextMeetingDate: meeting.nextMeeting?.date,
  });
  if (!reading.due) return { text, problem: reading.problem ?? 'We could not read a date from that. Try something like “18 December” or “Friday week”.' };
  if (reading.due.date <= meeting.date) return { text, date: reading.due.date, problem: 'The new date must be after this meeting.' };
  return { text, date: reading.due.date };
}

export function NewDateLine({ was, value, onChange, error }: {
  was: string;
  value: NewDate;
  onChange: (text: string) => void;
  error?: string;
}) {
  return (
    <DateLine
      path="review.newDueDate"
      label={`It was due by ${formatDate(was)}. By when now?`}
      hint="Type it as people say it, for example: by 18 December, Friday week, before half term."
      value={value}
      onChange={onChange}
      error={error}
    />
  );
}

/** A date typed in words on one line, its problem shown as an error, the date read back in words. */
export function DateLine({ path, label, hint, value, onChange, error }: {
  path: string;
  label: string;
  hint: string;
  value: NewDate;
  onChange: (text: string) => void;
  error?: string;
}) {
  const id = fieldId(path);
  const shown = error || (value.text.trim() && value.problem) || undefined;
  return (
    <div className={`form-group${shown ? ' form-group--error' : ''}`}>
      <label className="label" htmlFor={id}>{label}</label>
      <div className="hint" id={`${id}-hint`}>{hint}</div>
      {shown && <p id={`${id}-error`} className="error-message"><span className="visually-hidden">Error:</span> {shown}</p>}
      <input
        id={id}
        className="input input--full"
        value={value.text}
        autoComplete="off"
        aria-describedby={`${id}-hint${shown ? ` ${id}-error` : ''}`}
        onChange={(e) => onChange(e.target.value)}
      />
      {value.text.trim() && !value.problem && <DateInWords date={value.date} />}
    </div>
  );
}
