// The app shell: the lock gate first (create or unlock before anything else), then the skip link,
// header with the Lock button, and the page for the current route. The family's screen has no header.
import { useEffect, useState, type JSX, type ReactNode } from 'react';
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
import { SecurityGate } from './features/security/security-gate';
import { LockButton } from './features/security/lock-button';
import { SettingsPage } from './features/settings/settings-page';
import { LockTimePage } from './features/settings/lock-time-page';
import { BackupsPage } from './features/settings/backups-page';
import { PassphrasePage } from './features/settings/passphrase-page';
import { RecoveryPassphrasePage } from './features/settings/recovery-page';
import { AuditPage } from './features/audit/audit-page';
import { RecordsPage } from './features/records/records-page';
import { ErasePage } from './features/records/erase-page';
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
  { pattern: '/families/:familyId/erase', render: (p) => <ErasePage familyId={p.familyId} /> },
  { pattern: '/records', render: () => <RecordsPage /> },
  { pattern: '/audit', render: () => <AuditPage /> },
  { pattern: '/settings', render: () => <SettingsPage /> },
  { pattern: '/settings/lock-time', render: () => <LockTimePage /> },
  { pattern: '/settings/backups', render: () => <BackupsPage /> },
  { pattern: '/settings/passphrase', render: () => <PassphrasePage /> },
  { pattern: '/settings/recovery', render: () => <RecoveryPassphrasePage /> },
  { pattern: '/families/:familyId/meetings/:meetingId/run', render: (p) => <RunPage familyId={p.familyId} meetingId={p.meetingId} /> },
];

const FAMILY_SCREEN = '/families/:familyId/meetings/:meetingId/family-view';

export function App() {
  const path = usePath();
  const familyScreen = match(FAMILY_SCREEN, path);
  return (
    <SecurityGate familyScreen={!!familyScreen}>
      {(gate) => {
        if (familyScreen) return gate.unlocked ? <FamilyViewPage familyId={familyScreen.familyId} meetingId={familyScreen.meetingId} /> : gate.screen;
        return <Frame unlocked={gate.unlocked}>{gate.unlocked ? routePage(path) : gate.screen}</Frame>;
      }}
    </SecurityGate>
  );
}

function routePage(path: string): JSX.Element {
  for (const route of ROUTES) {
    const params = match(route.pattern, path);
    if (params) return route.render(params, path);
  }
  return <NotFoundPage />;
}

/** Skip link, header and footer. While locked the header has no links into the records and no Lock button. */
function Frame({ unlocked, children }: { unlocked: boolean; children: ReactNode }) {
  const [version, setVersion] = useState('');
  useEffect(() => {
    if (unlocked && !version) void api.app.info().then((r) => r.ok && setVersion(r.value.version));
  }, [unlocked, version]);
  return (
    <>
      <a className="skip-link" href="#main" onClick={(e) => { e.preventDefault(); document.getElementById('main')?.focus(); }}>
        Skip to main content
      </a>
      <header className="header">
        <div className="header__inner">
          {unlocked ? <a className="header__name" href="#/">TAC Chair</a> : <span className="header__name">TAC Chair</span>}
          {unlocked && (
            <>
              <nav aria-label="Main">
                <ul className="header__nav">
                  <li><a href="#/">Families</a></li>
                  <li><a href="#/records">Records</a></li>
                  <li><a href="#/audit">Audit log</a></li>
                  <li><a href="#/settings">Settings</a></li>
                </ul>
              </nav>
              <LockButton />
            </>
          )}
        </div>
      </header>
      <main id="main" className="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="footer">
        <p>TAC Chair{version && ` version ${version}`}. Records are kept on this computer only, and always stored locked.</p>
      </footer>
    </>
  );
}
