// What every service needs: the vault (through the family store), the clock and id maker as
// ports (so tests can fix them), and which host is running.
import { randomUUID } from 'node:crypto';
import { londonDate, type IsoDate } from '../../core/shared/dates';
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

export function defaultPorts(now: () => Date = () => new Date()) {
  return {
    now,
    newId: () => randomUUID(),
    today: () => londonDate(now()),
  };
}
