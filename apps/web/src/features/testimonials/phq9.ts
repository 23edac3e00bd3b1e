/**
 * The PHQ-9 (Patient Health Questionnaire-9): nine questions about the last two weeks, each scored 0–3,
 * added up to a total of 0–27.
 */
export const PHQ9_PROMPT =
  'Over the last 2 weeks, how often have you been bothered by any of the following problems?';

export const PHQ9_ITEMS: readonly string[] = [
  'Little interest or pleasure in doing things',
  'Feeling down, depressed, or hopeless',
  'Trouble falling or staying asleep, or sleeping too much',
  'Feeling tired or having little energy',
  'Poor appetite or overeating',
  'Feeling bad about yourself — or that you are a failure or have let yourself or your family down',
  'Trouble concentrating on things, such as reading the newspaper or watching television',
  'Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual',
  'Thoughts that you would be better off dead or of hurting yourself in some way',
];

export const PHQ9_ANSWERS: readonly { value: number; label: string }[] = [
  { value: 0, label: 'Not at all' },
  { value: 1, label: 'Several days' },
  { value: 2, label: 'More than half the days' },
  { value: 3, label: 'Nearly every day' },
];

/** Nine answers; null where not answered yet. */
export type Phq9Answers = (number | null)[];

export const emptyPhq9 = (): Phq9Answers => PHQ9_ITEMS.map(() => null);

export function isComplete(answers: Phq9Answers): answers is number[] {
  return answers.length === PHQ9_ITEMS.length && answers.every((a) => a !== null);
}

/** The total of the answers given so far (0–27 once complete). */
export function phq9Total(answers: Phq9Answers): number {
  return answers.reduce<number>((sum, a) => sum + (a ?? 0), 0);
}

export function answeredCount(answers: Phq9Answers): number {
  return answers.filter((a) => a !== null).length;
}

/** The usual reading of a PHQ-9 total. */
export function phq9Severity(total: number): string {
  if (total <= 4) return 'minimal';
  if (total <= 9) return 'mild';
  if (total <= 14) return 'moderate';
  if (total <= 19) return 'moderately severe';
  return 'severe';
}

/** The last question asks about thoughts of death or self-harm. */
export const PHQ9_SELF_HARM_ITEM = 8;
