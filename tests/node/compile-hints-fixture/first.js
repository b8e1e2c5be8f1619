import { shared } from './shared.js';

export function firstPage() {
  return shared('first page marker');
}

document.body.textContent = firstPage();
document.addEventListener('click', () => import('./later.js').then(({ later }) => later()));
