import { onlyLater } from './only-later.js';

export const otherLater = () => onlyLater('other');
