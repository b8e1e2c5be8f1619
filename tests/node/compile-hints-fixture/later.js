import { shared } from './shared.js';
import { onlyLater } from './only-later.js';

export function later() {
  return onlyLater(shared('later'));
}
