// One place for how the workspace reads its own packages. Each package's
// `exports` lists an "@otforms/source" condition (its TypeScript source)
// before the built dist files. The demo, Storybook, Vitest, the browser tests
// and `tsc --noEmit` (tsconfig.json `customConditions`) resolve that
// condition, so nothing needs building first; hosts never ask for it and get dist/.
import { defaultClientConditions, defaultServerConditions } from 'vite';

export const sourceCondition = '@otforms/source';

/** Vite `resolve` and `ssr.resolve` settings that read the workspace packages from source. */
export const sourceResolve = {
  resolve: { conditions: [sourceCondition, ...defaultClientConditions] },
  ssr: { resolve: { conditions: [sourceCondition, ...defaultServerConditions] } },
};
