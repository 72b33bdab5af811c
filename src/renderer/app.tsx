// The app shell: skip link, header, and the page for the current route.
import { useEffect, useState, type JSX } from 'react';
import { match, queryParam, usePath } from './router';
import { api } from './api-client';
import { HomePage } from './features/home/home-page';
import { FamilyPage } from './features/families/family-page';
import { FamilyFormPage } from './features/families/family-form-page';
import { TeamMemberPage } from './features/team/team-member-page';
import { OpenSupportPage } from './features/episodes/open-support-page';
import { SupportPage } from './features/episodes/support-page';
import { MeetingFormPage } from './features/meetings/meeting-form-page';
import { MeetingPage } from './features/meetings/meeting-page';
import { NotFoundPage } from './features/home/not-found-page';
import { RunPage } from './features/meeting-run/run-page';
import { FamilyViewPage } from './features/meeting-run/family-view-page';
import { AttendanceHistoryPage } from './features/attendance/history-page';

type Route = { pattern: string; render: (p: Record<string, string>, path: string) => JSX.Element };

const ROUTES: Route[] = [
  { pattern: '/', render: () => <HomePage /> },
  { pattern: '/families/new', render: () => <FamilyFormPage /> },
  { pattern: '/families/:familyId', render: (p) => <FamilyPage familyId={p.familyId} /> },
  { pattern: '/families/:familyId/edit', render: (p) => <FamilyFormPage familyId={p.familyId} /> },
  { pattern: '/families/:familyId/team/new', render: (p) => <TeamMemberPage familyId={p.familyId} /> },
  { pattern: '/families/:familyId/team/:memberId', render: (p) => <TeamMemberPage familyId={p.familyId} memberId={p.memberId} /> },
  { pattern: '/families/:familyId/support/new', render: (p, path) => <OpenSupportPage familyId={p.familyId} path={path} /> },
  { pattern: '/families/:familyId/support/:episodeId', render: (p, path) => <SupportPage familyId={p.familyId} episodeId={p.episodeId} path={path} /> },
  { pattern: '/families/:familyId/meetings/new', render: (p) => <MeetingFormPage familyId={p.familyId} /> },
  { pattern: '/families/:familyId/meetings/:meetingId', render: (p) => <MeetingPage familyId={p.familyId} meetingId={p.meetingId} /> },
  { pattern: '/families/:familyId/meetings/:meetingId/edit', render: (p) => <MeetingFormPage familyId={p.familyId} meetingId={p.meetingId} /> },
  { pattern: '/families/:familyId/attendance', render: (p, path) => <AttendanceHistoryPage familyId={p.familyId} episodeId={queryParam(path, 'episode')} /> },
  { pattern: '/families/:familyId/meetings/:meetingId/run', render: (p) => <RunPage familyId={p.familyId} meetingId={p.meetingId} /> },
];

export function App() {
  const path = usePath();
  const [version, setVersion] = useState('');
  useEffect(() => {
    void api.app.info().then((r) => r.ok && setVersion(r.value.version));
  }, []);
  const familyScreen = match('/families/:familyId/meetings/:meetingId/family-view', path);
  if (familyScreen) return <FamilyViewPage familyId={familyScreen.familyId} meetingId={familyScreen.meetingId} />;
  let page: JSX.Element = <NotFoundPage />;
  for (const route of ROUTES) {
    const params = match(route.pattern, path);
    if (params) {
      page = route.render(params, path);
      break;
    }
  }
  return (
    <>
      <a className="skip-link" href="#main" onClick={(e) => { e.preventDefault(); document.getElementById('main')?.focus(); }}>
        Skip to main content
      </a>
      <header className="header">
        <div className="header__inner">
          <a className="header__name" href="#/">TAC Chair</a>
          <nav aria-label="Main">
            <ul className="header__nav">
              <li><a href="#/">Families</a></li>
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" className="main" tabIndex={-1}>
        {page}
      </main>
      <footer className="footer">
        <p>TAC Chair {version && `version ${version}`}. Records are kept on this computer only.</p>
      </footer>
    </>
  );
}
