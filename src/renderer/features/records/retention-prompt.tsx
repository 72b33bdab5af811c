// On the home screen: a quiet prompt when families are due a "review for deletion". Shows nothing
// when none are, or when the check cannot be made (the records page explains why).
import { useEffect, useState } from 'react';
import { api } from '../../api-client';
import { Notice } from '../../ui/bits';

export function RetentionPrompt() {
  const [due, setDue] = useState(0);
  useEffect(() => {
    let live = true;
    void api.records.retentionReview().then((r) => live && r.ok && setDue(r.value.due.length));
    return () => {
      live = false;
    };
  }, []);
  if (due === 0) return null;
  return (
    <Notice tone="info" title={`${due} ${due === 1 ? 'family is' : 'families are'} due a review for deletion`}>
      <p>
        Under your local rules their records have been kept long enough. <a href="#/records">Review them</a>: nothing is deleted until you choose to.
      </p>
    </Notice>
  );
}
