// The family plan's reading age, shown before it is exported: against the council's target, the
// reading-ease score, the hard words and long sentences that pushed it up, and what is left out.
import type { Output } from '../../../api';
import { Tag } from '../../ui/bits';
import { AcronymCheck } from './acronym-check';

type Preview = Output<'documents', 'preview'>;

const one = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

export function ReadingAgeReport({ preview, planName }: { preview: Preview; planName: string }) {
  const r = preview.readability;
  if (!r) return null;
  const left = preview.professionalsOnlyLeftOut;
  const sources = new Map(r.hardWordSources.map((s) => [s.word, s.where]));
  return (
    <div className="reading-age">
      <h4 className="heading-s" id="reading-age-heading">How easy the {planName} is to read</h4>
      <dl className="reading-age__figures">
        <div>
          <dt>Reading age</dt>
          <dd>
            <span className="reading-age__number">{one(r.readingAge)}</span>{' '}
            {r.meetsTarget ? <Tag tone="green">Meets the target of {r.target}</Tag> : <Tag tone="yellow">Above the target of {r.target}</Tag>}
          </dd>
        </div>
        <div>
          <dt>Reading ease</dt>
          <dd>{one(r.fleschReadingEase)} out of 100 <span className="muted">(60 or more is plain English)</span></dd>
        </div>
      </dl>
      {!r.meetsTarget && (
        <p>
          Families find a plan easier to follow when it reads at age {r.target} or under. Changing the words below in the minutes
          and the actions brings the reading age down. What the family said is always kept as they said it, so it is never listed here.
        </p>
      )}
      {r.hardWords.length > 0 && (
        <>
          <p className="reading-age__label" id="hard-words-label">Longer words that pushed the reading age up</p>
          <ul className="reading-age__words" aria-labelledby="hard-words-label">
            {r.hardWords.map((w) => (
              <li key={w}>
                {w}
                {sources.get(w)?.length ? <span className="reading-age__source"> (in “{sources.get(w)!.join('”, “')}”)</span> : null}
              </li>
            ))}
          </ul>
        </>
      )}
      {r.longSentences.length > 0 && (
        <details className="reading-age__sentences">
          <summary>{r.longSentences.length === 1 ? '1 sentence is' : `${r.longSentences.length} sentences are`} longer than 25 words</summary>
          <ul className="list list--bullet">{r.longSentences.map((s) => <li key={s}>{s}</li>)}</ul>
        </details>
      )}
      <AcronymCheck id="plan-acronyms" acronyms={preview.acronyms} family />
      {preview.harmLeftOut > 0 && (
        <p className="reading-age__left-out">
          {preview.harmLeftOut === 1 ? '1 entry uses words that may suggest harm, so it is' : `${preview.harmLeftOut} entries use words that may suggest harm, so they are`} left out
          until the chair says {preview.harmLeftOut === 1 ? 'it' : 'they'} may go in.
        </p>
      )}
      <p className="reading-age__left-out">
        {left === 0
          ? 'Nothing in the minutes was marked for professionals only.'
          : `${left} ${left === 1 ? 'entry' : 'entries'} in the minutes ${left === 1 ? 'is' : 'are'} for professionals only and left out of the family’s copy.`}
      </p>
    </div>
  );
}
