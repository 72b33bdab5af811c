// Safeguarding: the council's list of words that suggest harm or a disclosure, and matching them.
// Pure; the renderer uses it for the prompt as you type, src/main to keep flagged notes from the family.
export { safeguardingSchema, BUILT_IN_SAFEGUARDING, SAFEGUARDING_FILE, type Safeguarding } from './schema';
export { compileHarmList, findHarmWords, harmWordsIn, suggestsHarm, type CompiledHarmList, type HarmMatch } from './match';
export { concernSchema, type Concern } from './concern';
