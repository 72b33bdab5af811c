// The template files a local authority edits: the shipped files match the built-in defaults, and a
// broken file is reported with its file and field while the built-in default is used instead.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadTemplate } from '../../../src/main/templates/load';
import { AGENDA_TEMPLATE_FILES, BUILT_IN_AGENDAS, agendaTemplateSchema, agendaTemplateSchemaFor } from '../../../src/core/agenda/template';
import { BUILT_IN_LOCAL, LOCAL_FILE, localSchema } from '../../../src/core/prompts/local';
import { PROMPTS_FILE, promptsSchema } from '../../../src/core/prompts/schema';
import { BUILT_IN_PROMPTS } from '../../../src/core/prompts/built-in';
import { MEETING_KINDS } from '../../../src/core/meetings/schema';
import { STANDING_ITEM_KEYS } from '../../../src/core/agenda/keys';

const shipped = path.resolve(__dirname, '../../../templates');

function scratch(files: Record<string, unknown>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'tac-templates-'));
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), typeof content === 'string' ? content : JSON.stringify(content));
  }
  return dir;
}

describe('the template files shipped with the app', () => {
  it.each(MEETING_KINDS)('the %s meeting agenda file loads and says the same as the built-in default', (kind) => {
    const loaded = loadTemplate(shipped, AGENDA_TEMPLATE_FILES[kind], agendaTemplateSchemaFor(kind), BUILT_IN_AGENDAS[kind]);
    expect(loaded.problem).toBeUndefined();
    expect(loaded.source).toBe('file');
    expect(loaded.value).toEqual(BUILT_IN_AGENDAS[kind]);
    expect(loaded.value.kind).toBe(kind);
  });

  it('prompts.json and local.json load and match the built-in defaults', () => {
    const prompts = loadTemplate(shipped, PROMPTS_FILE, promptsSchema, BUILT_IN_PROMPTS);
    const local = loadTemplate(shipped, LOCAL_FILE, localSchema, BUILT_IN_LOCAL);
    expect(prompts.problem).toBeUndefined();
    expect(local.problem).toBeUndefined();
    expect(prompts.value).toEqual(BUILT_IN_PROMPTS);
    expect(local.value).toEqual(BUILT_IN_LOCAL);
  });

  it('has prompts for every standing item, every closing item and each action and outcome reviewed', () => {
    const templateKeys = Object.values(BUILT_IN_AGENDAS).flatMap((t) => t.items.map((i) => i.key));
    for (const key of [...STANDING_ITEM_KEYS, ...templateKeys, 'action-review', 'outcome-review']) {
      expect(BUILT_IN_PROMPTS.items[key], key).toBeDefined();
      expect(BUILT_IN_PROMPTS.items[key].say.length, key).toBeGreaterThan(0);
    }
  });

  it('uses the local defaults the research and local guidance give', () => {
    expect(BUILT_IN_LOCAL).toMatchObject({
      reviewIntervalWeeks: 6, nonAttendanceInARow: 2, maxActionsBeforePrompt: 8, familyPlanWithinWorkingDays: 5, readingAgeTarget: 9, keyPerson: 'key person',
    });
  });
});

describe('a broken template', () => {
  it('falls back to the built-in agenda with a message naming the file and the field', () => {
    const broken = structuredClone(BUILT_IN_AGENDAS.review) as unknown as { items: { minutes: unknown }[] };
    broken.items[2].minutes = 'ten';
    const dir = scratch({ 'agendas/review.json': broken });
    const loaded = loadTemplate(dir, AGENDA_TEMPLATE_FILES.review, agendaTemplateSchema, BUILT_IN_AGENDAS.review);
    expect(loaded.source).toBe('default');
    expect(loaded.value).toEqual(BUILT_IN_AGENDAS.review);
    expect(loaded.problem).toContain('templates/agendas/review.json');
    expect(loaded.problem).toContain('items.2.minutes');
    expect(loaded.problem).toContain('built-in version is used');
  });

  it('refuses a review file that says it is for a first meeting', () => {
    const dir = scratch({ 'agendas/review.json': { ...BUILT_IN_AGENDAS.first } });
    const loaded = loadTemplate(dir, AGENDA_TEMPLATE_FILES.review, agendaTemplateSchemaFor('review'), BUILT_IN_AGENDAS.review);
    expect(loaded.value).toEqual(BUILT_IN_AGENDAS.review);
    expect(loaded.problem).toContain('kind: This file is the agenda for a review meeting, so its kind must be "review"');
  });

  it('refuses two items with the same order number, naming the second', () => {
    const t = structuredClone(BUILT_IN_AGENDAS.first);
    t.items[3].order = t.items[1].order;
    const result = agendaTemplateSchema.safeParse(t);
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]).toMatchObject({ path: ['items', 3, 'order'], message: 'Two items have order 20; give each its own number' });
  });

  it('refuses a title with a placeholder the app cannot fill, such as a misspelt {childName}', () => {
    const t = structuredClone(BUILT_IN_AGENDAS.first);
    t.items[3].title = 'What {childName} thinks';
    const result = agendaTemplateSchema.safeParse(t);
    expect(result.success).toBe(false);
    expect(result.error!.issues[0].path).toEqual(['items', 3, 'title']);
    expect(result.error!.issues[0].message).toContain('{childNames}');
  });

  it('refuses the keys the app makes itself, and keys with spaces', () => {
    const t = structuredClone(BUILT_IN_AGENDAS.review);
    t.items[0].key = 'action-review';
    t.items[1].key = 'Family View';
    const result = agendaTemplateSchema.safeParse(t);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join('.'))).toEqual(['items.0.key', 'items.1.key']);
  });

  it('falls back to the built-in local words when the review interval is nonsense', () => {
    const dir = scratch({ 'local.json': { ...BUILT_IN_LOCAL, reviewIntervalWeeks: 0 } });
    const loaded = loadTemplate(dir, LOCAL_FILE, localSchema, BUILT_IN_LOCAL);
    expect(loaded.value.reviewIntervalWeeks).toBe(6);
    expect(loaded.problem).toContain('templates/local.json');
    expect(loaded.problem).toContain('reviewIntervalWeeks: Enter the weeks between reviews as a whole number from 1 to 26');
  });

  it('falls back to the built-in prompts when a line uses an unknown placeholder', () => {
    const prompts = structuredClone(BUILT_IN_PROMPTS);
    prompts.items.welcome.say[0] = 'Welcome to the {TeamNme} meeting.';
    const dir = scratch({ 'prompts.json': prompts });
    const loaded = loadTemplate(dir, PROMPTS_FILE, promptsSchema, BUILT_IN_PROMPTS);
    expect(loaded.value).toEqual(BUILT_IN_PROMPTS);
    expect(loaded.problem).toContain('templates/prompts.json');
    expect(loaded.problem).toContain('items.welcome.say.0');
  });

  it('falls back when a situation the app needs is missing from prompts.json', () => {
    const prompts = structuredClone(BUILT_IN_PROMPTS) as unknown as { situations: Record<string, unknown> };
    delete prompts.situations['family-absent'];
    const dir = scratch({ 'prompts.json': prompts });
    const loaded = loadTemplate(dir, PROMPTS_FILE, promptsSchema, BUILT_IN_PROMPTS);
    expect(loaded.problem).toContain('situations.family-absent');
  });

  it('falls back when the file is not JSON at all, saying so', () => {
    const dir = scratch({ 'agendas/closing.json': '{ "kind": "closing", items: [' });
    const loaded = loadTemplate(dir, AGENDA_TEMPLATE_FILES.closing, agendaTemplateSchema, BUILT_IN_AGENDAS.closing);
    expect(loaded.value).toEqual(BUILT_IN_AGENDAS.closing);
    expect(loaded.problem).toContain('templates/agendas/closing.json is not valid JSON');
  });
});
