// The export check's acronyms: every one left in the document with its meaning, letters with two
// meanings asked about ("Which does PA mean here?"), and letters nobody has explained ("What does FMASM stand for?").
import { useState } from 'react';
import type { Output } from '../../../api';
import { AcronymQuestions } from '../plain-language/acronym-question';
import { explainAcronym } from '../templates/use-templates';

type Acronyms = Output<'documents', 'preview'>['acronyms'];

export function AcronymCheck({ id, acronyms, family }: { id: string; acronyms: Acronyms; family: boolean }) {
  const { used, unknown } = acronyms;
  if (used.length === 0 && unknown.length === 0) {
    return family ? <p className="acronym-check">No abbreviations are left in it.</p> : null;
  }
  return (
    <div className="acronym-check">
      {family && used.length > 0 && (
        <>
          <p className="reading-age__label" id={`${id}-left`}>Abbreviations left in it</p>
          <ul className="list list--bullet" aria-labelledby={`${id}-left`}>
            {used.map((u) => (
              <li key={u.term}>
                <strong>{u.term}</strong>: {u.ambiguous ? <WhichMeaning id={`${id}-${u.term}`} term={u.term} meanings={u.meanings} /> : u.meaning}
              </li>
            ))}
          </ul>
        </>
      )}
      {unknown.length > 0 && (
        <>
          <p className="reading-age__label">Letters TAC Chair does not know yet</p>
          <AcronymQuestions id={id} words={unknown} />
        </>
      )}
    </div>
  );
}

function WhichMeaning({ id, term, meanings }: { id: string; term: string; meanings: readonly string[] }) {
  const [problem, setProblem] = useState<string>();
  return (
    <span role="group" aria-labelledby={`${id}-q`}>
      <span id={`${id}-q`}>this can mean {meanings.join(' or ')}. Which is meant here?</span>{' '}
      {meanings.map((m) => (
        <button key={m} type="button" className="button button--secondary button--slim" onClick={() => void explainAcronym(term, m).then(setProblem)}>
          {m}
        </button>
      ))}
      {problem && <span className="error-message" role="alert"> {problem}</span>}
    </span>
  );
}
