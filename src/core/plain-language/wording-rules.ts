// Wording that research on these plans found harmful: judgemental or unsupported labels, and a
// need written as a service. Each rule has the prompt a minute-taker sees. Add phrases here.

export interface WordingRule {
  /** Phrases; "(a|b)" gives alternatives, "(|x)" makes x optional. Matched in any case. */
  phrases: readonly string[];
  /** True: not flagged when the same sentence already gives a fact (what was said, seen or done). */
  needsFact: boolean;
  /** The prompt; {text} is the words flagged. */
  message: string;
}

const ASK_FACT = 'What happened? Write what was seen or said, when, and who saw it';

export const JUDGEMENTAL_RULES: readonly WordingRule[] = [
  {
    phrases: [
      '(can’t|can\'t|cannot|can not|couldn’t|couldn\'t|could not|won’t|won\'t) be bothered',
      '(doesn’t|doesn\'t|does not|didn’t|didn\'t|did not) (|seem to |appear to )care',
      'manipulative', 'manipulating', 'lazy', 'feckless', 'attention(-| )seeking', 'attention seeker',
      'unmotivated', 'lacks motivation', 'in denial', 'toxic', 'dysfunctional', 'feral', 'naughty',
      '(problem|troubled|difficult|chaotic) (family|families|parent|parents|mum|mother|dad|father)',
      '(bad|poor|inadequate) (parenting|mother|mum|father|dad|parent)', 'liar', 'scrounger',
    ],
    needsFact: false,
    message: `“{text}” is a judgement, not a fact. ${ASK_FACT} — for example “Jay said he was too tired to do his homework”.`,
  },
  {
    phrases: [
      '(refuses|refused|refusing|refuse) to (engage|cooperate|co-operate|comply)',
      '(fails|failed|failing|fail) to (engage|cooperate|co-operate|comply)',
      '(not|isn’t|isn\'t|wasn’t|wasn\'t) engaging', 'non(-| |)engagement', '(poor|lack of|limited) engagement',
      'non(-| |)compliant', 'non(-| |)compliance', '(uncooperative|un-cooperative|unco-operative)',
      'hard to reach', 'resistant to (support|help|services|change)',
    ],
    needsFact: false,
    message: `“{text}” blames the family without saying what happened. Say what happened and what may be getting in the way — for example “Dawn has not come to the last 2 meetings; she says the times clash with work”.`,
  },
  {
    phrases: [
      'chaotic', 'aggressive', 'aggression', 'hostile', 'hostility', 'volatile', '(verbally|physically) abusive',
      'inappropriate', 'defiant', 'rude', 'confrontational', 'argumentative', 'obstructive', 'evasive',
      'unreasonable', 'erratic', 'out of control', 'kicking off', 'challenging behaviour',
      'unkempt', '(dirty|filthy|messy) (house|home|flat|bedroom|bedrooms)', 'smelly', 'neglectful', 'disruptive',
    ],
    needsFact: true,
    message: `“{text}” needs a fact behind it. ${ASK_FACT} — for example “shouted and threw a chair in class on 3 November”.`,
  },
];

/** Words that show a sentence gives the fact behind a label: what was said, done or seen. */
export const FACT_MARKERS = new RegExp(
  [
    '["“”]', '\\d',
    '\\b(said|says|told|tells|asked|shouted|shouting|swore|swearing|screamed|screaming|threw|throwing|hit|hitting|kicked|kicking',
    'punched|pushed|slapped|bit|spat|slammed|threatened|damaged|broke|ran|walked out|left the',
    'observed|saw|seen|heard|noticed|reported|reports|recorded|described|describes|according to',
    'for example|for instance|such as|including|e\\.g\\.|because)\\b',
  ].join('|'),
  'i',
);

/** Services and service-like things that, written straight after "needs", name a service not a need. */
export const SERVICE_NOUNS: readonly string[] = [
  'counselling', 'counseling', 'counsellor', 'therapy', 'therapist', 'play therapy', 'CBT', 'mentoring', 'mentor',
  'diagnosis', 'referral', 'referred', 're-referral', 'assessment',
  'parenting course', 'parenting programme', 'parenting class', 'parenting classes', 'course', 'programme', 'group work',
  'anger management', 'social worker', 'psychologist', 'psychiatrist', 'paediatrician', 'GP', 'doctor',
  'respite', 'short breaks', 'key worker', 'youth worker', 'family support', 'early help', 'social care', 'sessions',
];

/** Words that start a need: "needs …", "requires …", "would benefit from …". */
export const NEED_TRIGGERS: ReadonlySet<string> = new Set([
  'need', 'needs', 'needed', 'require', 'requires', 'required', 'requiring',
]);

/** Words allowed between "needs" and the service: "needs a referral to", "needs to be seen by". */
export const NEED_FILLERS: ReadonlySet<string> = new Set([
  'a', 'an', 'some', 'more', 'further', 'urgent', 'ongoing', 'additional', 'extra', 'regular', 'weekly', 'specialist',
  'intensive', 'formal', 'to', 'be', 'input', 'support', 'help', 'from', 'by', 'see', 'seen', 'go', 'attend', 'access',
  'the', 'with', 'into', 'onto', 'on', 'for', 'her', 'his', 'their', 'urgently', 'assessed', 'get', 'have', 'start',
]);

export const NEED_MESSAGE =
  'This names a service, not a need. Say what is hard for the child or family now and what needs to change — for example “Jay finds it hard to calm down after school” — then add the service to the plan as an action.';

/** "(a|b) c" → ["a c", "b c"]; an empty alternative drops the words. */
export function expandPhrase(phrase: string): string[] {
  const open = phrase.indexOf('(');
  if (open < 0) return [phrase.replace(/\s+/g, ' ').trim()];
  const close = phrase.indexOf(')', open);
  const options = phrase.slice(open + 1, close).split('|');
  return options.flatMap((o) => expandPhrase(phrase.slice(0, open) + o + phrase.slice(close + 1)));
}
