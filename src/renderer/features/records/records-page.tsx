// Records: families due a "review for deletion" under the local retention rules, with the rules and
// who decides. Nothing is deleted automatically; each family links to its erase page.
import { useEffect, useState } from 'react';
import { api } from '../../api-client';
import { Page, Loading, Problem } from '../../ui/page';
import { Notice, Tag } from '../../ui/bits';
import { formatDate } from '../../../core/shared/dates';
import { useFlash } from '../security/flash';
import type { Output } from '../../../api';
import '../security/security.css';

type Review = Output<'records', 'retentionReview'>;

export function RecordsPage() {
  const flash = useFlash();
  const [review, setReview] = useState<Review | undefined>();
  const [problem, setProblem] = useState<string | undefined>();

  useEffect(() => {
    void api.records.retentionReview().then((r) => (r.ok ? setReview(r.value) : setProblem(r.error.message)));
  }, []);

  return (
    <Page title="Review for deletion" windowTitle="Records" back={{ href: '/', label: 'All families' }}>
      {flash && <div className="flash"><Notice tone="success" title="Erased"><p>{flash}</p></Notice></div>}
      <p>
        Records about a family are kept for as long as your local rules say, and then reviewed. TAC Chair lists the families
        whose records have reached that point. <strong>Nothing is deleted automatically.</strong>
      </p>
      {problem && <Problem message={problem} />}
      {!review && !problem && <Loading what="Checking the records" />}
      {review && (
        <>
          {review.problem && <Notice tone="warning" title="The local retention rules could not be read"><p>{review.problem}</p><p>The built-in rules below are used until they are fixed.</p></Notice>}
          <h2 className="heading-m">The rules</h2>
          <ul className="list list--bullet">
            {review.rules.map((r) => <li key={r.id}>{r.label}</li>)}
          </ul>
          <p className="hint">Records are kept until every rule has passed. {review.policyNote}</p>
          <h2 className="heading-m">Families due a review</h2>
          {review.due.length === 0 ? (
            <p>No families are due a review for deletion. TAC Chair checked {review.checked} {review.checked === 1 ? 'family' : 'families'}.</p>
          ) : (
            <table className="table">
              <caption className="visually-hidden">Families due a review for deletion, soonest first</caption>
              <thead>
                <tr>
                  <th scope="col">Family</th>
                  <th scope="col">Review due</th>
                  <th scope="col">Why</th>
                  <th scope="col"><span className="visually-hidden">Action</span></th>
                </tr>
              </thead>
              <tbody>
                {review.due.map((d) => (
                  <tr key={d.familyId}>
                    <td><a href={`#/families/${d.familyId}`}>{d.reference}</a></td>
                    <td>{d.reviewOn ? formatDate(d.reviewOn) : <Tag tone="yellow">Now</Tag>}</td>
                    <td>{d.summary}</td>
                    <td><a className="link" href={`#/families/${d.familyId}/erase`}>Review and erase<span className="visually-hidden"> family {d.reference}</span></a></td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <h2 className="heading-m">Other requests</h2>
          <p>
            To answer a request to see the information held about a family, or to erase a family’s records before the review is
            due, open the family and use “Everything we hold about this family” at the bottom of its page.
          </p>
        </>
      )}
    </Page>
  );
}
