// What every service needs: the vault (through the family store), the clock and id maker as
// ports (so tests can fix them), and which host is running.
import { randomUUID } from 'node:crypto';
import { daysBetween, londonDate, type IsoDate } from '../../core/shared/dates';
import type { FamilyStore } from './family-store';
import type { TemplateSet } from '../templates/registry';

export interface ServiceContext {
  store: FamilyStore;
  host: 'electron' | 'web';
  now: () => Date;
  newId: () => string;
  today: () => IsoDate;
  templates: TemplateSet;
  templateProblems: () => string[];
}

/**
 * A clock whose date is `today` (London) while its time of day keeps running: for tests, demos and
 * checks of how the app behaves on another day. Without `today` it is the computer's clock.
 */
export function shiftedClock(today?: IsoDate, real: () => Date = () => new Date()): () => Date {
  if (!today) return real;
  const offset = daysBetween(londonDate(real()), today) * DAY_MS;
  return () => new Date(real().getTime() + offset);
}

const DAY_MS = 86_400_000;

export function defaultPorts(now: () => Date = () => new Date()) {
  return {
    now,
    newId: () => randomUUID(),
    today: () => londonDate(now()),
  };
}
