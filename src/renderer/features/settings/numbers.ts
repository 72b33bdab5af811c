// Reading a whole number typed into a text box (GOV.UK advises text boxes, not number spinners):
// the number, or the message to show.
export function readWholeNumber(text: string, rule: { min: number; max: number; what: string }): number | string {
  const trimmed = text.trim();
  if (!trimmed) return `Enter a number of ${rule.what}`;
  if (!/^\d+$/.test(trimmed)) return `Enter a whole number of ${rule.what}, like ${rule.min === 0 ? 7 : 10}`;
  const n = Number(trimmed);
  if (n < rule.min) return `Enter ${rule.min} or more`;
  if (n > rule.max) return `Enter ${rule.max} or fewer`;
  return n;
}
