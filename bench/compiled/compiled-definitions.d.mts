import type { Plugin } from 'vite';

export const DEFAULT_COMPILED_ITEMS: number[];
export function compiledItems(env?: Record<string, string | undefined>): number[];
export function compiledDefinitions(): Plugin;
