import { shared } from './shared.js';

document.body.textContent = shared('second page');
document.addEventListener('click', () => import('./other-later.js').then(({ otherLater }) => otherLater()));
