/**
 * The custom-elements manifest (`npm run analyze`): the public API of
 * @otforms/elements as read from its JSDoc (`@fires`, `@csspart`, `@cssprop`,
 * `@slot`). Storybook's controls and docs, and editors, all read it.
 * Output: packages/elements/custom-elements.json (generated, gitignored).
 */
export default {
  globs: ['packages/elements/src/**/*.ts'],
  exclude: ['packages/elements/src/**/*.test.ts'],
  outdir: 'packages/elements',
  litelement: true,
  plugins: [typedEventsPlugin()],
};

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
