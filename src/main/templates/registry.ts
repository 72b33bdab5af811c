// All templates the app loads at start, in one place, with the problems found. Each domain adds
// its entry here: `name: loadTemplate(dir, 'file.json', schema, BUILT_IN_DEFAULT)`.
export interface TemplateSet {
  dir: string;
  problems: string[];
}

export function loadTemplates(dir: string): TemplateSet {
  const problems: string[] = [];
  return { dir, problems };
}
