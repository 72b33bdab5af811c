// All handlers, one object per domain, matching the contract in src/api.
import type { Handlers } from '../../api';
import type { ServiceContext } from './context';
import { appHandlers } from './app';
import { familiesHandlers } from './families';
import { teamHandlers } from './team';
import { episodesHandlers } from './episodes';
import { meetingsHandlers } from './meetings';
import { browserHostHandlers } from './host';

export function createHandlers(ctx: ServiceContext): Handlers {
  return {
    app: appHandlers(ctx),
    families: familiesHandlers(ctx),
    team: teamHandlers(ctx),
    episodes: episodesHandlers(ctx),
    meetings: meetingsHandlers(ctx),
    host: browserHostHandlers(),
  };
}
