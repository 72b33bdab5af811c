// All handlers, one object per domain, matching the contract in src/api.
import type { Handlers } from '../../api';
import type { ServiceContext } from './context';
import { appHandlers } from './app';
import { familiesHandlers } from './families';
import { teamHandlers } from './team';
import { episodesHandlers } from './episodes';
import { meetingsHandlers } from './meetings';
import { browserHostHandlers } from './host';
import { vaultHandlers, type SecurityServices } from './vault';
import { auditHandlers } from './audit';
import { recordsHandlers } from './records';
import { templatesHandlers } from './templates';
import { meetingRunHandlers } from './meeting-run';
import { attendanceHandlers } from './attendance';
import { outcomesHandlers } from './outcomes';
import { actionsHandlers } from './actions';
import { notesHandlers } from './notes';
import { documentsHandlers } from './documents';
import { circulationHandlers } from './circulation';

/** `security` (the key session, vault and audit log) comes from the app core; without it vault.* answers "not set up". */
export function createHandlers(ctx: ServiceContext, security?: SecurityServices): Handlers {
  return {
    app: appHandlers(ctx),
    families: familiesHandlers(ctx),
    team: teamHandlers(ctx),
    episodes: episodesHandlers(ctx),
    meetings: { ...meetingsHandlers(ctx), ...meetingRunHandlers(ctx) },
    host: browserHostHandlers(),
    vault: vaultHandlers(security),
    audit: auditHandlers(security),
    records: recordsHandlers(ctx, security),
    templates: templatesHandlers(ctx),
    attendance: attendanceHandlers(ctx),
    outcomes: outcomesHandlers(ctx),
    actions: actionsHandlers(ctx),
    notes: notesHandlers(ctx),
    documents: documentsHandlers(ctx),
    circulation: circulationHandlers(ctx),
  };
}
