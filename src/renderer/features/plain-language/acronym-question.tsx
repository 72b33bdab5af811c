// "What does FMASM stand for?": all-capitals words nobody has explained, asked about under a field
// or in the export check. The answer goes in the user's own glossary and is used from then on.
import { useState } from 'react';
import { explainAcronym } from '../templates/use-templates';

export function AcronymQuestions({ id, words }: { id: string; words: readonly string[] }) {
  if (words.length === 0) return null;
  return (
    <ul className="acronym-questions" aria-label="Letters to explain">
      {words.slice(0, 5).map((w) => <AcronymQuestion key={w} id={`${id}-acr-${w}`} term={w} />)}
    </ul>
  );
}

function AcronymQuestion({ id, term }: { id: string; term: string }) {
  const [meaning, setMeaning] = useState('');
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  const save = async () => {
    if (!meaning.trim()) {
      setProblem('Enter what the letters stand for');
      return;
    }
    setBusy(true);
    setProblem(await explainAcronym(term, meaning.trim()));
    setBusy(false);
  };
  return (
    <li className="acronym-question">
      <label className="label" htmlFor={id}>What does {term} stand for?</label>
      <span className="hint"> Your answer is added to your own glossary, and used from then on.</span>
      {problem && <p className="error-message" role="alert">{problem}</p>}
      <span className="acronym-question__row">
        <input
          id={id}
          className="input input--half"
          value={meaning}
          onChange={(e) => setMeaning(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              void save();
            }
          }}
        />{' '}
        <button type="button" className="button button--secondary button--slim" disabled={busy} onClick={() => void save()}>
          Add to my glossary<span className="visually-hidden">: {term}</span>
        </button>
      </span>
    </li>
  );
}
