export function shared(text) {
  return `${text}!`;
}
