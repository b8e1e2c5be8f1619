export type { Catalogue, DeepPartial, LocaleMessages, MessageOverrides } from './catalogue.js';
export { formatMessagesFor, type FormatMessages } from './format-messages.js';
export { plural, formatNumber, formatDate, formatDateTime, formatList, type PluralForms } from './intl.js';
export { enGB } from './en-gb.js';
// Not loaded by importing the index: a module without side effects (package.json sideEffects), left out of a bundle that does not use `cy`.
export { cy } from './cy.js';
export { availableLocales, catalogueFor, clearMessageOverrides, loadLocale, matchLocale, overrideMessages, registerLocale, type CatalogueAnswer } from './registry.js';
export { LocalisedElement } from './localised-element.js';
export { pseudoLocale, PSEUDO_LOCALE } from './pseudo-locale.js';
