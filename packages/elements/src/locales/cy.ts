/**
 * `import '@otforms/elements/locales/cy.js'`: Welsh from the first paint. Elements otherwise fetch
 * the Welsh catalogue the first time a `lang` asks for it, and show en-GB until it arrives; a host
 * that must work offline from the start (a tablet taken into a person's home) imports this instead,
 * so the catalogue is in its bundle. Registering it changes nothing where Welsh is already here.
 */
import { cy } from '../i18n/cy.js';
import { provideLocale } from '../i18n/registry.js';

provideLocale(cy);
