import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * docs/hosts.md tells a vendor what to write in each host; tests/hosts holds
 * one app per host, run from the packed tarballs by tests/hosts/run-hosts.mjs.
 * This keeps the two the same: every code block the page introduces with a
 * file name ("Write `src/App.tsx`:") is that file of the section's tested app
 * (a block that shows part of a file, "the page's body", must appear in it
 * whole), every package an install line names is a dependency of the app and
 * the app lists no @otforms package its install line does not name, and every
 * host app has its section.
 */
const repo = (path: string) => new URL(`../../${path}`, import.meta.url);
const read = (path: string) => readFileSync(repo(path), 'utf8');
const guide = read('docs/hosts.md');
const hostNames = readdirSync(repo('tests/hosts'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(repo(`tests/hosts/${entry.name}/host.json`)))
  .map((entry) => entry.name);

interface Section {
  heading: string;
  hosts: string[];
  blocks: { intro: string; language: string; code: string }[];
}

const sections: Section[] = guide
  .split(/\n(?=## )/)
  .filter((text) => text.startsWith('## '))
  .map((text) => ({
    heading: text.slice(3, text.indexOf('\n')),
    hosts: [...(/Tested apps?: ([\s\S]*?)(?:\n\n|$)/.exec(text)?.[1] ?? '').matchAll(/`tests\/hosts\/([\w-]+)`/g)].map(([, name]) => name!),
    blocks: [...text.matchAll(/([^\n]*)\n\n```(\w+)\n([\s\S]*?)\n```/g)].map(([, intro, language, code]) => ({ intro: intro!, language: language!, code: code! })),
  }));

/** The file a block's introduction names: "Write `src/App.tsx`:" or "… in `vite.config.ts`:". */
const namedFile = (intro: string) => /`([\w./-]+\.\w+)`[^`]*:$/.exec(intro)?.[1];
/** `@otforms/core` → `file:../../../.packed/otforms-core-0.1.0.tgz`, the tarball `tests/packages/pack.mjs` writes. */
const packedSpec = (name: string) => {
  const { version } = JSON.parse(read(`packages/${name.replace('@otforms/', '')}/package.json`)) as { version: string };
  return `file:../../../.packed/${name.replace('@', '').replace('/', '-')}-${version}.tgz`;
};
/** Package names of every `npm install` line, versions and flags left out. */
const installed = (code: string) =>
  code
    .split('\n')
    .filter((line) => line.startsWith('npm install'))
    .flatMap((line) => line.split(/\s+/).slice(2))
    .filter((word) => !word.startsWith('-'))
    .map((word) => word.replace(/(?<=.)@[^@/]*$/, ''));

describe('docs/hosts.md and the host apps in tests/hosts', () => {
  it('has a section for every host app', () => {
    expect(hostNames.length).toBeGreaterThanOrEqual(8);
    expect(sections.flatMap((section) => section.hosts).sort()).toEqual([...hostNames].sort());
  });

  for (const section of sections.filter((s) => s.hosts.length > 0)) {
    describe(section.heading, () => {
      // A section with one app shows that app's files; the Node section's two
      // apps run the council back-end guide's code, which council-back-end-hosts.test.ts keeps equal.
      if (section.hosts.length === 1) {
        const host = section.hosts[0]!;
        const files = section.blocks.filter((block) => namedFile(block.intro));

        it('shows files of its tested app', () => {
          expect(files.length).toBeGreaterThan(0);
        });

        for (const block of files) {
          const file = namedFile(block.intro)!;
          it(`shows ${file} as tests/hosts/${host} has it`, () => {
            const actual = read(`tests/hosts/${host}/${file}`);
            if (/\bbody\b|part of/i.test(block.intro)) expect(actual).toContain(block.code);
            else expect(block.code).toBe(actual.trimEnd());
          });
        }
      }

      for (const host of section.hosts) {
        const { dependencies = {}, devDependencies = {}, overrides = {} } = JSON.parse(read(`tests/hosts/${host}/package.json`)) as Record<string, Record<string, string>>;
        const listed = Object.keys({ ...dependencies, ...devDependencies });
        const names = section.blocks.filter((block) => block.language === 'sh').flatMap((block) => installed(block.code));

        it(`installs what tests/hosts/${host} depends on, and it depends on no other @otforms package`, () => {
          expect(names.length).toBeGreaterThan(0);
          for (const name of names) expect(listed).toContain(name);
          expect(listed.filter((name) => name.startsWith('@otforms/')).sort()).toEqual(names.filter((name) => name.startsWith('@otforms/')).sort());
        });

        // The packages are not on the registry in the tests: each @otforms
        // dependency names its tarball, and the overrides point the ones npm
        // would fetch for those packages at theirs.
        it(`takes every @otforms package of tests/hosts/${host} from .packed, overriding only those it gets through others`, () => {
          for (const name of listed.filter((name) => name.startsWith('@otforms/'))) expect({ ...dependencies, ...devDependencies }[name]).toBe(packedSpec(name));
          for (const [name, spec] of Object.entries(overrides)) {
            expect(name).toMatch(/^@otforms\//);
            expect(listed).not.toContain(name);
            expect(spec).toBe(packedSpec(name));
          }
        });
      }
    });
  }

  it('reads the file names and install lines it checks', () => {
    expect(namedFile('Write `src/App.tsx`:')).toBe('src/App.tsx');
    expect(namedFile('Tell Vue that … are custom elements, in `vite.config.ts`:')).toBe('vite.config.ts');
    expect(namedFile('Then install:')).toBeUndefined();
    expect(installed('npm install react@18 @otforms/react\nnpm install --save-dev @types/react@18')).toEqual(['react', '@otforms/react', '@types/react']);
  });
});
