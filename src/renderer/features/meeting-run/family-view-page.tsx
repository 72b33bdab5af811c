// The family's screen: for a second screen or a shared display during the meeting. Large text,
// plain words, who is here, what we are talking about now and the plan so far. It shows only what
// the server's family view gives — nothing marked for professionals only ever reaches it.
import { useEffect, useState } from 'react';
import { api } from '../../api-client';
import type { Output } from '../../../api';

type View = Output<'meetings', 'familyView'>;

export function FamilyViewPage({ familyId, meetingId }: { familyId: string; meetingId: string }) {
  const [view, setView] = useState<View>();
  const [problem, setProblem] = useState<string>();
  useEffect(() => {
    let live = true;
    const load = async () => {
      const result = await api.meetings.familyView({ familyId, meetingId });
      if (!live) return;
      if (result.ok) {
        setView(result.value);
        setProblem(undefined);
      } else setProblem(result.error.message);
    };
    void load();
    const timer = setInterval(() => void load(), 2000);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [familyId, meetingId]);
  useEffect(() => {
    document.title = view ? `${view.teamName} meeting – TAC Chair` : 'Family screen – TAC Chair';
  }, [view]);

  if (problem) return <main className="family-view"><p>{problem}</p></main>;
  if (!view) return <main className="family-view"><p>Getting ready…</p></main>;
  return (
    <main className="family-view" id="main">
      <h1 className="family-view__title">{view.title}</h1>
      <section aria-labelledby="fv-now" className="family-view__now">
        <h2 id="fv-now">What we are talking about now</h2>
        <p className="family-view__item" aria-live="polite">{view.itemNow}</p>
      </section>
      <div className="family-view__columns">
        <section aria-labelledby="fv-here">
          <h2 id="fv-here">Who is here</h2>
          {view.here.length ? <ul>{view.here.map((p) => <li key={p}>{p}</li>)}</ul> : <p>We have not written down who is here yet.</p>}
          {view.couldNotCome.length > 0 && (
            <>
              <h3>Could not come</h3>
              <ul>{view.couldNotCome.map((p) => <li key={p}>{p}</li>)}</ul>
            </>
          )}
        </section>
        <section aria-labelledby="fv-plan">
          <h2 id="fv-plan">The {view.planName} so far</h2>
          {view.plan.length ? (
            <ul className="family-view__plan">
              {view.plan.map((a, i) => (
                <li key={i}><strong>{a.who}</strong> will {a.what.charAt(0).toLowerCase() + a.what.slice(1)} — {a.when}</li>
              ))}
            </ul>
          ) : <p>Nothing agreed yet.</p>}
        </section>
      </div>
      <section aria-labelledby="fv-next" className="family-view__footer">
        <h2 id="fv-next">Your {view.keyPerson ? 'key person' : 'contact'}</h2>
        <p>{view.keyPerson}</p>
        <h2>When we meet next</h2>
        <p>{view.nextMeeting}</p>
      </section>
    </main>
  );
}
