/**
 * The analyzer plugins that turn what the analyzer reads from src/ into the
 * manifest @otforms/elements ships: our typed events named, module paths as a
 * host imports them (dist/…/x.js), and the public API only. The package
 * build and the root `npm run analyze` (Storybook) both use exactly these, so
 * both write the same custom-elements.json.
 */
import { posix } from 'node:path';

/** What the analyzer reads: the package's source, without tests and test helpers. */
export const sourceGlobs = ['src/**/*.ts'];
export const sourceExcludes = ['src/**/*.test.ts', 'src/**/*.test-support.ts', 'src/**/*.fixture.ts', 'src/**/test-support/**'];

export function manifestPlugins() {
  return [typedEventsPlugin(), packagePathsPlugin(), publicApiPlugin()];
}

/**
 * Our events are typed classes (`new OtErrorEvent(detail)`) whose name is a
 * static `eventName` field. The analyzer cannot read a name from such a
 * `dispatchEvent` call, so it adds an event with no name, or named after the
 * constructor's first argument ("detail"), next to the one from `@fires`.
 * This merges each dispatch into its `@fires` entry, which keeps the
 * description and gains the event's class as its type.
 */
function typedEventsPlugin() {
  return {
    name: 'otforms-typed-events',
    packageLinkPhase({ customElementsManifest }) {
      const declarations = customElementsManifest.modules.flatMap((module) => module.declarations ?? []);
      const nameOfClass = new Map();
      for (const declaration of declarations) {
        const field = declaration.members?.find((member) => member.static && member.name === 'eventName');
        const name = /^['"]([^'"]+)['"]$/.exec(field?.default ?? '')?.[1];
        if (name) nameOfClass.set(declaration.name, name);
      }
      for (const declaration of declarations) {
        if (!declaration.events) continue;
        const merged = new Map();
        for (const event of declaration.events) {
          const name = nameOfClass.get(event.type?.text) ?? event.name;
          if (!name) continue;
          const known = merged.get(name) ?? { name };
          merged.set(name, {
            ...known,
            ...(event.type ? { type: event.type } : {}),
            ...(event.description ? { description: event.description } : {}),
            ...(event.inheritedFrom ? { inheritedFrom: event.inheritedFrom } : {}),
          });
        }
        declaration.events = [...merged.values()];
      }
    },
  };
}

/**
 * The analyzer names modules by the source file it read, relative to where it
 * ran (`src/x.ts` in the package, `packages/elements/src/x.ts` at the root),
 * and points at them in three spellings: that path, `/…/src/x.js` (from a
 * `customElements.define` call) and `./x.js` (from a re-export). A host
 * imports the built JavaScript, so every module and every reference to one
 * becomes the package path of the built file: `dist/x.js`.
 */
function packagePathsPlugin() {
  return {
    name: 'otforms-package-paths',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        const from = module.path;
        module.path = builtPath(from, from);
        rewriteModuleReferences(module, from);
      }
    },
  };
}

const sourcePath = /^\/?(?:packages\/elements\/)?src\/(.+)\.[jt]s$/;

/** `reference` as the package path of the built module, resolving `./x.js` against the module that names it. */
export function builtPath(reference, fromModulePath) {
  const path = reference.startsWith('.') ? posix.join(posix.dirname(fromModulePath), reference) : reference;
  const match = sourcePath.exec(path);
  return match ? `dist/${match[1]}.js` : reference;
}

function rewriteModuleReferences(value, fromModulePath) {
  if (Array.isArray(value)) {
    for (const item of value) rewriteModuleReferences(item, fromModulePath);
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key === 'module' && typeof item === 'string') value[key] = builtPath(item, fromModulePath);
      else rewriteModuleReferences(item, fromModulePath);
    }
  }
}

/** Members the browser or Lit reads from an element, never a host. */
const platformMembers = new Set([
  'formAssociated',
  'shadowRootOptions',
  'formAssociatedCallback',
  'formDisabledCallback',
  'formResetCallback',
  'formStateRestoreCallback',
]);

const entryModule = 'dist/index.js';
const isDefineModule = (path) => path === 'dist/define.js' || path.endsWith('.define.js');

/**
 * The manifest describes what a host can use: what the package entry exports
 * (following `export *`), the tags the define modules register, and of each
 * of those only the public members. The analyzer also describes every
 * module it read and every private, protected or `#` member; those are how
 * the package works, not its API, and editors and docs would offer them.
 */
function publicApiPlugin() {
  return {
    name: 'otforms-public-api',
    packageLinkPhase({ customElementsManifest }) {
      const modules = new Map(customElementsManifest.modules.map((module) => [module.path, module]));
      const publicNames = new Map();
      const reExportModules = new Set([entryModule]);
      collectExports(entryModule, modules, publicNames, reExportModules);

      const isPublicDeclaration = (path, name) => publicNames.get(path)?.has(name) ?? false;
      customElementsManifest.modules = customElementsManifest.modules
        .map((module) => {
          if (reExportModules.has(module.path)) return { ...module, declarations: [] };
          if (isDefineModule(module.path)) {
            return { ...module, declarations: [], exports: module.exports?.filter((e) => e.kind === 'custom-element-definition') ?? [] };
          }
          const declarations = (module.declarations ?? []).filter((d) => isPublicDeclaration(module.path, d.name)).map(publicMembersOf);
          const exports = (module.exports ?? []).filter((e) => isPublicDeclaration(module.path, e.declaration?.name));
          return { ...module, declarations, exports };
        })
        .filter((module) => module.declarations.length > 0 || (module.exports?.length ?? 0) > 0);
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations) markGlobalSuperclass(declaration, modules.get(module.path));
      }
    },
  };
}

/**
 * `class OtErrorEvent extends CustomEvent` comes out with a superclass in its
 * own module; the schema spells a platform class `{ package: 'global:' }`.
 */
function markGlobalSuperclass(declaration, module) {
  const superclass = declaration.superclass;
  if (superclass?.module !== module.path || module.declarations?.some((d) => d.name === superclass.name)) return;
  declaration.superclass = { name: superclass.name, package: 'global:' };
}

/** Records, per module, the names the entry module exports from it, following re-exports and `export *`. */
function collectExports(path, modules, publicNames, reExportModules) {
  for (const entry of modules.get(path)?.exports ?? []) {
    if (entry.kind !== 'js' || !entry.declaration?.module) continue;
    const target = entry.declaration.module;
    if (entry.name === '*') {
      reExportModules.add(target);
      collectExports(target, modules, publicNames, reExportModules);
    } else {
      const [home, name] = declaringModule(target, entry.declaration.name, modules);
      if (!publicNames.has(home)) publicNames.set(home, new Set());
      publicNames.get(home).add(name);
    }
  }
}

/** Where `name` exported by module `path` is declared: that module, or the one it re-exports it from. */
function declaringModule(path, name, modules, seen = new Set()) {
  const module = modules.get(path);
  if (!module || seen.has(path) || module.declarations?.some((d) => d.name === name)) return [path, name];
  seen.add(path);
  const reExport = module.exports?.find((e) => e.kind === 'js' && e.name === name && e.declaration?.module && e.declaration.module !== path);
  return reExport ? declaringModule(reExport.declaration.module, reExport.declaration.name, modules, seen) : [path, name];
}

function publicMembersOf(declaration) {
  if (!declaration.members) return declaration;
  const isElement = Boolean(declaration.customElement || declaration.tagName);
  const members = declaration.members.filter(
    (member) =>
      (member.privacy ?? 'public') === 'public' &&
      !member.name.startsWith('#') &&
      !member.name.startsWith('_') &&
      !(isElement && platformMembers.has(member.name)),
  );
  return { ...declaration, members };
}
