// The plain-language checker: what other code may use. Pure — safe to import in the renderer for
// instant feedback and in src/main for documents. Build the compiled glossary once and reuse it.
export {
  glossarySchema,
  glossaryEntrySchema,
  mergeGlossaries,
  type Glossary,
  type GlossaryEntry,
  type GlossaryAlias,
} from './glossary-schema';
export { BUILT_IN_GLOSSARY } from './built-in/index';
export { compileGlossary, type CompiledGlossary } from './compile';
export { checkText, acronymsDefinedIn, type Finding, type FindingKind, type CheckOptions } from './check';
export { checkOutcome } from './outcome';
export { plainVersion, applySuggestion, type PlainVersionOptions } from './plain-version';
export { readability, splitSentences, type Readability, type ReadabilityOptions } from './readability';
export type { Range } from './tokens';
export { acronymsUsed, unknownAcronyms, unknownAcronymWords, type AcronymUse, type UnknownAcronym } from './acronyms';
