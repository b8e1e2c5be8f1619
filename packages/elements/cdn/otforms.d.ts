// The types of cdn/otforms.js. Written by hand because Vite, not tsc, makes
// that file; they say what cdn-src/otforms.ts says: every tag registered (the
// define module declares them in HTMLElementTagNameMap), and the exports of
// the elements and of @otforms/core.
import '../dist/define.js';

export * from '../dist/index.js';
export * from '@otforms/core';
