/**
 * cdn/catalogue.js: the instrument catalogue, beside otforms.js. Built with
 * @otforms/core left out and imported from './otforms.js', so a page that
 * loads both carries core (and zod) once. Its types are cdn/catalogue.d.ts.
 */
export * from '@otforms/instruments';
