// Working out who an action's owner is from the words said: a name ("Sarah", "Ms Khan"), a role
// ("the school nurse"), a relationship ("Mum", "Nan") or a service ("school"). Says so when unsure.
import type { FamilyRecord } from '../families/record';
import { currentLeadProfessional } from '../episodes/schema';
import type { AgencyKind } from '../team/schema';
import type { Relationship } from '../families/schema';
import { candidatesFor, type Candidate } from './people-index';

export type OwnerRecord = Pick<FamilyRecord, 'children' | 'members' | 'team'> & Partial<Pick<FamilyRecord, 'episodes' | 'meetings'>>;

export interface OwnerMatch {
  /** person: one person on the record; community: someone not on the record, kept as said. */
  kind: 'person' | 'community' | 'unsure' | 'service-only' | 'nobody' | 'not-a-name';
  ownerId?: string;
  /** The matched person's name, or the name as said for someone not on the record. */
  ownerName: string;
  agency: string;
  /** Why no one person was chosen, in plain words. */
  problem?: string;
}

const norm = (s: string) => s.toLowerCase().replace(/[’‘]/g, "'").replace(/[^a-z0-9' -]+/g, ' ').replace(/\s+/g, ' ').trim();
const TITLES = /^(?:mr|mrs|ms|miss|mx|dr|nurse)\.?\s+/i;

const RELATIONSHIP_WORDS: [RegExp, Relationship, ('female' | 'male')?][] = [
  [/^(?:mum|mam|mom|mummy|mammy|mother)$/, 'mother'],
  [/^(?:dad|daddy|father)$/, 'father'],
  [/^(?:step[- ]?(?:dad|mum|mom|father|mother|parent))$/, 'step-parent'],
  [/^(?:nan|nana|nanna|nanny|nain|gran|granny|grandma|grandmother)$/, 'grandparent', 'female'],
  [/^(?:grandad|granddad|grandpa|grampa|grandfather|taid)$/, 'grandparent', 'male'],
  [/^(?:grandparents?)$/, 'grandparent'],
  [/^(?:foster (?:carer|mum|dad|parent))$/, 'foster-carer'],
  [/^(?:carer)$/, 'carer'],
  [/^(?:aunt|auntie|aunty)$/, 'aunt-or-uncle', 'female'],
  [/^(?:uncle)$/, 'aunt-or-uncle', 'male'],
  [/^(?:brother|big brother)$/, 'brother-or-sister', 'male'],
  [/^(?:sister|big sister)$/, 'brother-or-sister', 'female'],
  [/^(?:neighbour)$/, 'neighbour'],
  [/^(?:family friend)$/, 'family-friend'],
];
const FEMALE = /\b(?:grandmother|grandma|nan|nana|nanna|nanny|gran|granny|mum|mother|aunt|auntie|aunty|sister|wife|daughter)\b/;
const MALE = /\b(?:grandfather|grandad|granddad|grandpa|dad|father|uncle|brother|husband|son)\b/;

/** Generic service words → kind of agency. Specific services (the GP, the dentist) are not here. */
const SERVICE_WORDS: [RegExp, AgencyKind | undefined, string][] = [
  [/^(?:the )?(?:school|college|academy)$/, 'school', 'school'],
  [/^(?:the )?(?:nursery|pre-?school|early years|setting)$/, 'early-years', 'nursery'],
  [/^(?:health|the health service|nhs)$/, 'health', 'health'],
  [/^(?:camhs|cahms|the camhs team|mental health|the mental health team|children's mental health service)$/, 'mental-health', 'the children’s mental health service'],
  [/^(?:the )?(?:housing|housing association|council housing|landlord)$/, 'housing', 'housing'],
  [/^(?:early help|family support|the early help team|family hub)$/, 'early-help', 'early help'],
  [/^(?:social care|social services|children's services|children's social care|the social worker)$/, 'social-care', 'children’s social care'],
  [/^(?:the )?police$/, 'police', 'the police'],
  [/^(?:the )?(?:youth service|youth club|youth worker)$/, 'youth-service', 'the youth service'],
  [/^(?:the )?(?:gp|gp surgery|surgery|doctor|doctors|doctor's|dentist|optician|opticians|hospital|paediatrician|ed psych|educational psychologist|speech and language|salt|school health)$/, undefined, ''],
];

const GROUP = /^(?:we|us|all|everyone|everybody|all of us|the team|team|all professionals|professionals|all agencies|everyone here|the group|all present|tac|taf|the tac|the taf)$/;
const NOBODY = /^(?:someone|somebody|anyone|anybody|tbc|tba|to be confirmed|who)$/;

function leadProfessionalIds(record: OwnerRecord): string[] {
  const open = (record.episodes ?? []).filter((e) => !e.closedOn);
  return [...new Set(open.map((e) => currentLeadProfessional(e)?.teamMemberId).filter((x): x is string => !!x))];
}

function describe(c: Candidate): string {
  const role = c.kind === 'child' ? 'child' : c.role.replace(/\s*\((.*)\)\s*$/, ', $1');
  return `${c.name} (${role})`;
}

function listOr(cands: Candidate[]): string {
  const parts = cands.map(describe);
  return parts.length <= 2 ? parts.join(' or ') : `${parts.slice(0, -1).join(', ')} or ${parts[parts.length - 1]}`;
}

function person(c: Candidate): OwnerMatch {
  return { kind: 'person', ownerId: c.id, ownerName: c.name, agency: c.kind === 'team' ? c.agency : '' };
}

function fromCandidates(cands: Candidate[], said: string): OwnerMatch | undefined {
  if (cands.length === 0) return undefined;
  const active = cands.filter((c) => c.active);
  const pool = active.length > 0 ? active : cands;
  if (pool.length === 1) {
    const match = person(pool[0]);
    if (!pool[0].active) match.problem = `${pool[0].name} is no longer on the team. Check who will do this now.`;
    return match;
  }
  return { kind: 'unsure', ownerName: '', agency: '', problem: `“${said}” could be ${listOr(pool)}. Choose who will do it.` };
}

function byRelationship(words: string, cands: Candidate[], record: OwnerRecord): Candidate[] | undefined {
  // "Jay's mum", "the children's nan", "Dawn's mum" (matched on the relationship detail).
  const m = /^(?:(?:the )?([a-z' -]+?)'s? )?(.+)$/.exec(words);
  if (!m) return undefined;
  const [, whose, word] = m;
  const rule = RELATIONSHIP_WORDS.find(([re]) => re.test(word));
  if (!rule) return undefined;
  const [, relationship, gender] = rule;
  const childWords = new Set(['the children', 'the kids', 'children', 'kids', ...record.children.flatMap((c) => [c.firstName, c.knownAs].filter(Boolean).map((n) => norm(n)))]);
  if (whose && !childWords.has(norm(whose)) && !childWords.has(`the ${norm(whose)}`)) {
    const detail = cands.filter((c) => c.kind === 'family' && norm(c.detail).includes(`${norm(whose)}'s ${word}`));
    return detail;
  }
  return cands.filter((c) => {
    if (c.kind !== 'family' || c.relationship !== relationship) return false;
    if (!gender) return true;
    const d = norm(c.detail);
    return gender === 'female' ? !MALE.test(d) || FEMALE.test(d) : !FEMALE.test(d) || MALE.test(d);
  });
}

function byName(words: string, cands: Candidate[], hadTitle: boolean): Candidate[] {
  const tokens = words.split(' ');
  const pool = hadTitle ? cands.filter((c) => c.kind !== 'child') : cands;
  // The name on the record may carry a title ("Dr Lena Okafor"); the title said is already taken off `words`.
  const full = pool.filter((c) => norm(c.name) === words || norm(c.name).replace(TITLES, '') === words);
  if (full.length > 0) return full;
  if (tokens.length === 1) {
    const first = pool.filter((c) => c.firstNames.includes(words));
    if (first.length > 0) return first;
    return pool.filter((c) => c.lastName === words && (hadTitle || c.kind !== 'child'));
  }
  if (tokens.length === 2) {
    const [a, b] = tokens;
    return pool.filter((c) => c.firstNames.includes(a) && (c.lastName === b || (b.length === 1 && c.lastName.startsWith(b))));
  }
  return [];
}

const ROLE_SHORT: Record<string, string> = {
  hv: 'health visitor', sn: 'school nurse', fsw: 'family support worker', sw: 'social worker', ewo: 'education welfare officer',
  dsl: 'designated safeguarding lead', head: 'head teacher', headteacher: 'head teacher', senco: 'senco', pastoral: 'pastoral lead',
};

function byRole(words: string, cands: Candidate[], exactOnly = false): Candidate[] {
  const w = ROLE_SHORT[words.replace(/^(?:the|our|their|his|her|[a-z]+'s) /, '')] ?? words.replace(/^(?:the|our|their|his|her|[a-z]+'s) /, '');
  const team = cands.filter((c) => c.kind === 'team');
  const exact = team.filter((c) => norm(c.role) === w);
  if (exact.length > 0 || exactOnly) return exact;
  const wanted = w.split(' ').filter((t) => t.length > 2);
  if (wanted.length === 0) return [];
  return team.filter((c) => {
    const role = norm(c.role).replace(/-/g, ' ');
    return wanted.every((t) => new RegExp(`\\b${t}`).test(role));
  });
}

function byService(words: string, cands: Candidate[], said = words): { cands: Candidate[]; service: string } | undefined {
  const team = cands.filter((c) => c.kind === 'team');
  const bare = words.replace(/^(?:the )?[a-z]+'s? /, ''); // "Mia's nursery", "Jay's school"
  const rule = SERVICE_WORDS.find(([re]) => re.test(bare));
  const named = team.filter((c) => norm(c.agency) === words || (words.length > 3 && norm(c.agency).includes(words)));
  if (named.length > 0) return { cands: named, service: named[0].agency };
  if (!rule) return undefined;
  const [, kind, label] = rule;
  return { cands: kind ? team.filter((c) => c.agencyKind === kind) : [], service: label || `“${said.replace(/^the\s+/i, '')}”` };
}

/** Typing slips between two words: letters added, dropped, changed or swapped ("Sarha" → "Sarah" is 1). */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** Who "said" is, on this family's record. `said` is the owner part of a line, e.g. "Sarah (school nurse)". */
export function matchOwner(said: string, record: OwnerRecord, options: { meetingDate?: string } = {}): OwnerMatch {
  const cands = candidatesFor(record);
  let phrase = said.trim().replace(/^(?:action|actions)\s*[:-]\s*/i, '');
  let hint = '';
  const paren = /^(.*?)\s*\((.+)\)\s*$/.exec(phrase) ?? /^(.*?)\s*,\s*(.+)$/.exec(phrase) ?? /^(.+?)\s+(?:from|at)\s+(.+)$/i.exec(phrase);
  if (paren && paren[1].trim()) [phrase, hint] = [paren[1].trim(), paren[2].trim()];
  const hadTitle = TITLES.test(phrase);
  const words = norm(phrase.replace(TITLES, ''));
  const asSaid = phrase.replace(/\s+/g, ' ').trim();
  if (!words) return { kind: 'nobody', ownerName: '', agency: '', problem: 'No one is named to do this. Choose who will.' };
  if (GROUP.test(words)) return { kind: 'unsure', ownerName: '', agency: '', problem: `“${asSaid}” is everyone. An action needs one person to make sure it happens: choose who.` };
  if (NOBODY.test(words)) return { kind: 'nobody', ownerName: '', agency: '', problem: 'No one is named to do this. Choose who will.' };
  if (/^(?:i|me|myself)$/.test(words)) return { kind: 'unsure', ownerName: '', agency: '', problem: '“I” could be anyone reading this later. Choose the person by name.' };

  if (/^(?:the )?(?:lead professional|lp|key worker|keyworker|lead practitioner)$/.test(words)) {
    const ids = leadProfessionalIds(record);
    const found = ids.map((id) => cands.find((c) => c.id === id)).filter((c): c is Candidate => !!c);
    return fromCandidates(found, asSaid) ?? { kind: 'unsure', ownerName: '', agency: '', problem: 'No lead professional is recorded yet. Choose who will do this.' };
  }
  if (/^(?:the )?chair$/.test(words)) {
    const meeting = (record.meetings ?? []).find((m) => m.date === options.meetingDate && m.status !== 'cancelled');
    const chair = meeting && cands.find((c) => c.id === meeting.chairId);
    if (chair) return person(chair);
    return { kind: 'unsure', ownerName: '', agency: '', problem: 'The chair of this meeting is not recorded. Choose who will do this by name.' };
  }

  // Two or more people: an action needs one owner.
  const parts = words.split(/\s*(?:\band\b|&|\+|\/|,)\s*/).filter(Boolean);
  if (parts.length > 1 && !byName(words, cands, hadTitle).length && !byRole(words, cands).length && !byService(words, cands)) {
    const named = parts.map((p) => matchOwner(p, record, options));
    const shown = named.map((n, i) => n.ownerName || parts[i]).join(' and ');
    return { kind: 'unsure', ownerName: '', agency: '', problem: `More than one person is named (${shown}). An action needs one owner: choose who leads, or split it into separate actions.` };
  }

  const relation = byRelationship(words, cands, record);
  if (relation) {
    return fromCandidates(relation, asSaid) ?? { kind: 'community', ownerName: asSaid, agency: '' };
  }
  // "Auntie Sue", "Uncle Dave": the name decides, the relationship word is kept in what was said.
  const kin = /^(?:aunt|auntie|aunty|uncle|cousin|nan|nana|nanny|gran|granny|grandad|grandma|grandpa) (.+)$/.exec(words);
  if (kin) {
    const found = byName(kin[1], cands.filter((c) => c.kind === 'family'), false);
    return fromCandidates(found, asSaid) ?? { kind: 'community', ownerName: asSaid, agency: '' };
  }

  let named = byName(words, cands, hadTitle);
  if (named.length > 1 && hadTitle) {
    // "Dr Okafor": the one on the record with that title, when only one has it.
    const title = norm(TITLES.exec(phrase)![0]);
    const titled = named.filter((c) => norm(c.name).startsWith(`${title} `));
    if (titled.length === 1) named = titled;
  }
  if (named.length > 1 && hint) {
    const narrowed = named.filter((c) => byRole(norm(hint), [c]).length > 0 || byService(norm(hint), [c])?.cands.length || norm(c.role).includes(norm(hint)));
    if (narrowed.length > 0) named = narrowed;
  }
  const fromName = fromCandidates(named, asSaid);
  if (fromName) return fromName;

  // A role said in full ("the school nurse") first; then a service ("school", "housing"), which
  // means its one person on the team; then part of a role ("the nurse").
  const exactRole = fromCandidates(byRole(words, cands, true), asSaid);
  if (exactRole) return exactRole;

  const service = byService(words, cands, phrase.replace(TITLES, '').trim());
  if (service) {
    const one = fromCandidates(service.cands, asSaid);
    if (one) return one;
    return {
      kind: 'service-only', ownerName: '', agency: service.service,
      problem: `No one from ${service.service} is on the team. Name the person who will do this, or add them to the team first.`,
    };
  }

  const role = fromCandidates(byRole(words, cands), asSaid);
  if (role) return role;

  // Not on the record: someone from the family's own network ("Uncle Dave"), or a slip of the keyboard.
  const firstWord = words.split(' ')[0];
  const near = cands.filter((c) => c.firstNames.some((n) => n.length > 2 && n !== firstWord && editDistance(n, firstWord) <= (n.length > 5 ? 2 : 1)));
  if (near.length > 0) {
    return {
      kind: 'community', ownerName: asSaid, agency: '',
      problem: `“${asSaid}” is not on the team or in the family. Did you mean ${near.map((c) => c.name).join(' or ')}? If not, add them if they will own actions.`,
    };
  }
  if (!looksLikeAName(asSaid)) return { kind: 'not-a-name', ownerName: '', agency: '', problem: 'No one is named to do this. Choose who will.' };
  return { kind: 'community', ownerName: asSaid, agency: '' };
}

/** "Kelly", "Uncle Dave", "Dawn's friend Kelly", "Mrs Ali next door" — not "Pat sat with Jay". */
function looksLikeAName(said: string): boolean {
  const tokens = said.split(/\s+/).filter(Boolean);
  if (tokens.length === 1) return /^[\p{L}'’-]+$/u.test(tokens[0]);
  if (tokens.length > 4) return false;
  const kinship = /^(?:uncle|aunt|auntie|aunty|cousin|nan|nana|nanny|gran|granny|grandad|grandma|grandpa|neighbour|friend|partner|boyfriend|girlfriend|next|door)$/i;
  return tokens.every((t, i) => /^\p{Lu}/u.test(t) || kinship.test(t) || (i > 0 && /^(?:the|next|door|from)$/i.test(t)) || /['’]s$/i.test(t));
}
