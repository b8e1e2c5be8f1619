import { createContext } from '@lit/context';
import type { DraftStorage } from '@otforms/core';

/**
 * Lets a host hand one draft store to every otforms element below it, for
 * example with `new ContextProvider(document.body, { context: draftStorageContext, initialValue: store })`.
 */
export const draftStorageContext = createContext<DraftStorage>(Symbol('otforms-draft-storage'));
