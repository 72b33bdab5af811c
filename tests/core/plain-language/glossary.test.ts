// The glossary a local authority edits: big enough, every service explained, the template file in
// step with the built-in list, broken entries reported by field, and local entries merged over ours.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BUILT_IN_GLOSSARY,
  checkText,
  compileGlossary,
  glossarySchema,
  mergeGlossaries,
  type GlossaryEntry,
} from '../../../src/core/plain-language';
import { explainIssues } from '../../../src/core/shared/issues';
import { loadTemplate } from '../../../src/main/templates/load';

const templates = path.resolve(__dirname, '../../../templates');
const readJson = (file: string): unknown => JSON.parse(readFileSync(path.join(templates, file), 'utf8'));

describe('the built-in glossary', () => {
  it('has at least 150 entries, each with plain words', () => {
    expect(BUILT_IN_GLOSSARY.length).toBeGreaterThanOrEqual(150);
    for (const e of BUILT_IN_GLOSSARY) expect(e.plain.trim().length, e.term).toBeGreaterThan(0);
  });

  it('explains what every service does in one sentence', () => {
    const services = BUILT_IN_GLOSSARY.filter((e) => e.service);
    expect(services.length).toBeGreaterThanOrEqual(30);
    for (const s of services) {
      expect(s.explanation, s.term).toMatch(/^[A-Z].{20,}\.$/);
      expect(s.explanation!.split(/\. (?=[A-Z])/).length, s.term).toBeLessThanOrEqual(2);
    }
  });

  it('lists each term once', () => {
    const keys = BUILT_IN_GLOSSARY.map((e) => e.term.toLowerCase());
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });

  it('is valid against its own schema', () => {
    expect(glossarySchema.safeParse(BUILT_IN_GLOSSARY).success).toBe(true);
  });

  it('never uses "LP" or another acronym in its plain words', () => {
    const compiled = compileGlossary(BUILT_IN_GLOSSARY);
    for (const e of BUILT_IN_GLOSSARY) {
      const acronyms = checkText(e.plain, compiled).filter((f) => f.kind === 'acronym');
      // Cafcass is a name families meet in court letters; its plain words keep it beside the meaning.
      if (e.term !== 'Cafcass') expect(acronyms.map((f) => f.text), e.term).toEqual([]);
    }
  });
});

describe('templates/glossary.json', () => {
  it('is the built-in list, so a local authority edits what the app ships with', () => {
    const parsed = glossarySchema.safeParse(readJson('glossary.json'));
    expect(parsed.success).toBe(true);
    // If this fails after changing the built-in lists, regenerate the file (see the folder README).
    expect(parsed.data).toEqual(BUILT_IN_GLOSSARY);
  });

  it('comes with a local file that adds nothing yet but says how to', () => {
    const raw = readJson('glossary-local.json') as { about: string };
    expect(raw.about).toMatch(/merged over glossary\.json/);
    expect(glossarySchema.parse(raw)).toEqual([]);
  });
});

describe('a broken glossary entry', () => {
  it('is reported with the entry number and field', () => {
    const result = glossarySchema.safeParse({ entries: [{ term: 'FMASM', kind: 'acronym', plain: 'ok' }, { term: 'ASKK', kind: 'initials', plain: '' }] });
    expect(result.success).toBe(false);
    const said = explainIssues(result.error!.issues);
    expect(said).toContain('entries.1.kind');
    expect(said).toContain('Choose acronym, jargon or phrase');
  });

  it('refuses a field the app does not know, so a typo is not silently ignored', () => {
    const result = glossarySchema.safeParse([{ term: 'FMASM', kind: 'acronym', plain: 'meeting', explaination: 'typo' }]);
    expect(result.success).toBe(false);
  });

  it('accepts a plain list as well as { about, entries }', () => {
    expect(glossarySchema.parse([{ term: 'FMASM', kind: 'acronym', plain: 'meeting' }])).toHaveLength(1);
  });
});

describe('merging a local glossary over the built-in one', () => {
  const local: GlossaryEntry[] = [
    { term: 'FMASM', kind: 'acronym', plain: 'meeting with the people helping your family', expansion: 'Family and Multi-Agency Support Meeting' },
    { term: 'ewo', kind: 'acronym', plain: 'attendance officer', explanation: 'Our attendance team visits families at home.' },
    { term: 'threshold', kind: 'jargon', plain: 'threshold', off: true },
  ];
  const merged = mergeGlossaries(BUILT_IN_GLOSSARY, local);
  const compiled = compileGlossary(merged);

  it('adds a local acronym, which is then flagged', () => {
    const [f] = checkText('The FMASM is on Monday.', compiled);
    expect(f.text).toBe('FMASM');
    expect(f.suggestions[0]).toBe('meeting with the people helping your family');
  });

  it('replaces a built-in entry with the same term, keeping its place', () => {
    const at = BUILT_IN_GLOSSARY.findIndex((e) => e.term === 'EWO');
    expect(merged[at].plain).toBe('attendance officer');
    expect(checkText('The EWO visited.', compiled)[0].suggestions[0]).toBe('attendance officer');
  });

  it('stops flagging a built-in term the local authority switched off', () => {
    expect(merged.some((e) => e.term === 'threshold')).toBe(false);
    expect(checkText('Jay is above the threshold.', compiled)).toEqual([]);
  });

  it('leaves the built-in list itself unchanged', () => {
    expect(BUILT_IN_GLOSSARY.find((e) => e.term === 'EWO')!.plain).toBe('education welfare officer');
  });
});

describe('loading through the app’s template loader', () => {
  it('loads the shipped files, with no problems to report', () => {
    const builtIn = loadTemplate(templates, 'glossary.json', glossarySchema, BUILT_IN_GLOSSARY);
    const local = loadTemplate(templates, 'glossary-local.json', glossarySchema, [], { optional: true });
    expect(builtIn.problem).toBeUndefined();
    expect(local.problem).toBeUndefined();
    expect(mergeGlossaries(builtIn.value, local.value)).toHaveLength(BUILT_IN_GLOSSARY.length);
  });

  it('uses the built-in list and names the file and field when a local edit breaks it', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tac-glossary-'));
    try {
      writeFileSync(path.join(dir, 'glossary-local.json'), JSON.stringify({ entries: [{ term: 'FMASM', kind: 'acronym' }] }));
      const local = loadTemplate(dir, 'glossary-local.json', glossarySchema, [], { optional: true });
      expect(local.value).toEqual([]);
      expect(local.problem).toContain('templates/glossary-local.json');
      expect(local.problem).toContain('entries.0.plain');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
