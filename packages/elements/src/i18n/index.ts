export type { Catalogue, DeepPartial, LocaleMessages, MessageOverrides } from './catalogue.js';
export { formatMessagesFor, type FormatMessages } from './format-messages.js';
export { plural, formatNumber, formatDate, formatDateTime, formatList, type PluralForms } from './intl.js';
export { enGB } from './en-gb.js';
export { cy } from './cy.js';
export { availableLocales, catalogueFor, clearMessageOverrides, matchLocale, overrideMessages, registerLocale } from './registry.js';
export { LocalisedElement } from './localised-element.js';
export { pseudoLocale, PSEUDO_LOCALE } from './pseudo-locale.js';
