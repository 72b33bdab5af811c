// When an action under review is waiting for a service to start: since when (words as people say them,
// "3 November", "last Monday") and, if the service has said, when it is expected to start.
import { readPastDate } from '../../../core/dates/past';
import type { Meeting } from '../../../core/meetings/schema';
import type { TemplateBundle } from '../../../api/templates';
import { DateLine, readNewDate, type NewDate } from './new-date-line';

/** What the two lines give: since when (needed) and the expected start (optional). */
export function readWaiting(since: string, start: string, meeting: Meeting, templates: TemplateBundle): { since: NewDate; start: NewDate } {
  const past = readPastDate(since, meeting.date);
  return { since: { text: since, ...past }, start: readNewDate(start, meeting, templates) };
}

export function WaitingFields({ since, start, onSince, onStart, errors }: {
  since: NewDate;
  start: NewDate;
  onSince: (text: string) => void;
  onStart: (text: string) => void;
  errors: Record<string, string>;
}) {
  return (
    <>
      <DateLine
        path="review.waitingSince"
        label="Waiting since when?"
        hint="For example: 3 November, last Monday, 2 weeks ago."
        value={since}
        onChange={onSince}
        error={errors['review.waitingSince'] || undefined}
      />
      <DateLine
        path="review.expectedStart"
        label="When is it expected to start? (optional)"
        hint="If the service has said, for example: 5 January, after half term."
        value={start}
        onChange={onStart}
        error={errors['review.expectedStart'] || undefined}
      />
    </>
  );
}
