// The manifest is generated (`npm run analyze`) and gitignored, so a clean
// checkout type-checks before it exists; this gives its import a type either way.
declare module '*/custom-elements.json' {
  const manifest: import('./public-api.js').Manifest;
  export default manifest;
}
