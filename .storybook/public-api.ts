/** The slice of a custom-elements manifest that Storybook reads. */
interface Member {
  [key: string]: unknown;
  kind?: string;
  name?: string;
  privacy?: string;
  static?: boolean;
}
interface Declaration {
  [key: string]: unknown;
  members?: readonly Member[];
}
export interface Manifest {
  [key: string]: unknown;
  modules: readonly { declarations?: readonly Declaration[] }[];
}

/**
 * Storybook turns every named member of an element into a documented
 * property, private ones and statics included. The manifest keeps them (it
 * describes the code, and editors filter by privacy); the docs show only
 * what a host can use.
 */
export function publicApiOnly<M extends Manifest>(manifest: M): M {
  const isPublic = (member: Member) =>
    !member.static && (member.privacy ?? 'public') === 'public' && !member.name?.startsWith('#');
  return {
    ...manifest,
    modules: manifest.modules.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) => ({
        ...declaration,
        members: declaration.members?.filter(isPublic),
      })),
    })),
  };
}
