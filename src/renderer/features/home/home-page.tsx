// The home screen: what needs doing (overdue actions, reviews due, each person's open actions), every
// family with its children, lead professional and next meeting; search; families that cannot be opened.
import { useEffect, useState } from 'react';
import { api } from '../../api-client';
import { Page, Loading, Problem } from '../../ui/page';
import { LinkButton, Notice, Tag, Button } from '../../ui/bits';
import { formatDate, formatTime } from '../../../core/shared/dates';
import type { Output } from '../../../api';
import { FamilyPlanReminder, FamilyPlanTag } from '../circulation/family-plan-notice';
import { HomeOverview } from './overview';
import { loadTemplateBundle } from '../templates/use-templates';
import { RetentionPrompt } from '../records/retention-prompt';

type List = Output<'families', 'list'>;

/** The heading of each kind of notice about the vault. */
const NOTICE_TITLES: Record<NonNullable<List['notices'][number]['kind']>, string> = {
  damaged: 'A family’s latest save was damaged',
  missing: 'A family’s file was missing',
  older: 'A family’s file is an older copy',
  audit: 'The audit log has been changed or damaged',
  moved: 'Your records were moved to the locked format',
};

export function HomePage() {
  const [query, setQuery] = useState('');
  const [list, setList] = useState<List | undefined>();
  const [problem, setProblem] = useState<string | undefined>();
  const [restored, setRestored] = useState<string | undefined>();
  // Every family, unfiltered, for the overview; kept while searching so the page does not jump.
  const [all, setAll] = useState<List['families'] | undefined>();
  const [interval, setIntervalWeeks] = useState(6);

  useEffect(() => {
    let live = true;
    const t = setTimeout(async () => {
      const [result, templates] = await Promise.all([api.families.list({ query }), loadTemplateBundle()]);
      if (!live) return;
      if (templates) setIntervalWeeks(templates.local.reviewIntervalWeeks);
      if (result.ok) {
        setList(result.value);
        if (!query) setAll(result.value.families);
      } else setProblem(result.error.message);
    }, query ? 150 : 0);
    return () => {
      live = false;
      clearTimeout(t);
    };
  }, [query]);

  const restoreNewest = async (familyId: string, noticeId: string) => {
    const result = await api.records.restoreNewest({ familyId, noticeId });
    if (result.ok) setRestored(result.value.message);
    else setProblem(result.error.message);
    await dismiss(noticeId);
  };

  const dismiss = async (noticeId: string) => {
    await api.families.dismissNotice({ noticeId });
    const result = await api.families.list({ query });
    if (result.ok) setList(result.value);
    if (result.ok && !query) setAll(result.value.families);
  };

  return (
    <Page title="Families" actions={<LinkButton href="/families/new">Add a family</LinkButton>}>
      {problem && <Problem message={problem} />}
      {restored && <Notice tone="success" title="Copy put back"><p>{restored}</p></Notice>}
      {list?.notices.map((n) => (
        <Notice key={n.id} tone="warning" title={NOTICE_TITLES[n.kind ?? 'damaged']}>
          <p>{n.message}</p>
          <div className="button-group">
            {n.kind === 'older' && n.familyId && (
              <Button onClick={() => void restoreNewest(n.familyId!, n.id)}>Put back the newest copy</Button>
            )}
            <Button variant="secondary" onClick={() => void dismiss(n.id)}>{n.kind === 'older' ? 'Keep the file as it is' : 'I have read this'}</Button>
          </div>
        </Notice>
      ))}
      <RetentionPrompt />
      {!list && !problem && <Loading what="Loading families" />}
      {list && list.total === 0 && list.unreadable.length === 0 && <EmptyState />}
      {list && list.total > 0 && (
        <>
          {all && <HomeOverview families={all} reviewIntervalWeeks={interval} />}
          <h2 className="heading-m">Find a family</h2>
          <div className="form-group search">
            <label className="label" htmlFor="family-search">Search by name or reference</label>
            <input
              id="family-search"
              className="input input--half"
              type="search"
              value={query}
              onChange={(e) => setQuery(e.target.value)}
              autoComplete="off"
            />
          </div>
          <p className="muted" role="status" aria-live="polite">
            {query ? `${list.families.length} of ${list.total} families match “${query}”` : `${list.total} ${list.total === 1 ? 'family' : 'families'}`}
          </p>
          <FamilyPlanReminder families={list.families} />
          {list.families.length > 0 ? (
            <table className="table">
              <caption className="visually-hidden">Families, soonest meeting first</caption>
              <thead>
                <tr>
                  <th scope="col">Reference</th>
                  <th scope="col">Children</th>
                  <th scope="col">Lead professional</th>
                  <th scope="col">Next meeting</th>
                </tr>
              </thead>
              <tbody>
                {list.families.map((f) => (
                  <tr key={f.id}>
                    <td><a href={`#/families/${f.id}`}>{f.reference}</a><FamilyPlanTag family={f} /></td>
                    <td>{f.childNames.join(', ')}</td>
                    <td>{f.leadProfessional || <span className="muted">None yet</span>}</td>
                    <td>
                      {f.nextMeeting ? `${formatDate(f.nextMeeting.date)}, ${formatTime(f.nextMeeting.startTime)}` : <span className="muted">None planned</span>}
                      {f.lapsedMeetings > 0 && <> <Tag tone="red">Meeting date passed</Tag></>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p>No families match. Check the spelling, or search by the family reference.</p>
          )}
        </>
      )}
      {list && list.unreadable.length > 0 && (
        <section aria-labelledby="unreadable-heading">
          <h2 className="heading-m" id="unreadable-heading">Families that cannot be opened</h2>
          <p>The files below could not be read. They have been kept, unchanged, so nothing is lost. Every other family works as normal.</p>
          <ul className="list">
            {list.unreadable.map((u) => (
              <li key={u.id}>
                <strong>{u.reference ?? 'Family'} — cannot be opened.</strong> {u.problem}
              </li>
            ))}
          </ul>
          <p className="hint">Ask your IT support for help. Quote the file name in the vault’s families folder: it starts with the code shown in the address bar when you open a family.</p>
        </section>
      )}
    </Page>
  );
}

function EmptyState() {
  return (
    <div className="empty-state">
      <h2 className="heading-m">No families yet</h2>
      <p>Start by adding a family you support. You will need:</p>
      <ul className="list list--bullet">
        <li>a family reference (your service’s case number, or one you make up, like EH-2026-0001)</li>
        <li>the children’s names and dates of birth</li>
        <li>the parents, carers and anyone else important to the children</li>
      </ul>
      <p>You can add the team, the consent to share information and the first meeting after that.</p>
      <LinkButton href="/families/new">Add a family</LinkButton>
    </div>
  );
}
