// The built-in glossary: every entry from the four lists, in one constant. templates/glossary.json
// carries the same entries for a local authority to edit; this is used when that file is broken.
import type { Glossary } from '../glossary-schema';
import { ACRONYM_ENTRIES } from './acronyms';
import { OFFICIALESE_ENTRIES } from './officialese';
import { PROCESS_ENTRIES } from './process-terms';
import { SERVICE_ENTRIES } from './services';

export const BUILT_IN_GLOSSARY: Glossary = [
  ...SERVICE_ENTRIES,
  ...ACRONYM_ENTRIES,
  ...PROCESS_ENTRIES,
  ...OFFICIALESE_ENTRIES,
];
