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

/** `security` (the key session, vault and audit log) comes from the app core; without it vault.* answers "not set up". */
export function createHandlers(ctx: ServiceContext, security?: SecurityServices): Handlers {
  return {
    app: appHandlers(ctx),
    families: familiesHandlers(ctx),
    team: teamHandlers(ctx),
    episodes: episodesHandlers(ctx),
    meetings: meetingsHandlers(ctx),
    host: browserHostHandlers(),
    vault: vaultHandlers(security),
    audit: auditHandlers(security),
    records: recordsHandlers(ctx, security),
  };
}
