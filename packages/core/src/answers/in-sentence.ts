/** "Bowels" reads as "bowels" mid-sentence; "NHS number" keeps its capitals. */
export function inSentence(label: string): string {
  return /^[A-Z][a-z]/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}
