// Lets TypeScript import the .mjs helper under strict mode (TS7016). Only the fields the tests read.
export interface ManifestItem {
  name: string;
  description?: string;
}
export interface ManifestDeclaration {
  kind: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  cssParts?: ManifestItem[];
  cssProperties?: ManifestItem[];
}
export interface ElementsManifest {
  modules: { path: string; declarations?: ManifestDeclaration[] }[];
}
/** The manifest `npm run analyze` writes, made in a temporary folder and read back. */
export declare function elementsManifest(): ElementsManifest;
