import type { Alias } from 'vite';

export declare function workspaceSources(): Record<string, string>;
export declare function sourceAliases(): Alias[];
export declare function sourceResolverPlugin(): { name: string; resolveImport(context: { source: string }): string | undefined };
