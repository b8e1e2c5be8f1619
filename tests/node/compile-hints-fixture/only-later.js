export function onlyLater(text) {
  return text.toUpperCase();
}
