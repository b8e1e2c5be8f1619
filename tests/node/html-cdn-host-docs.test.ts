import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * docs/hosts.md, "A plain HTML page, with no build step": what it tells a
 * vendor to write is what tests/hosts/html-cdn is (that app is run through a
 * whole Barthel Index under its CSP by tests/hosts/run-hosts.mjs, then
 * shows the outcome report page its host.json lists). Its pages and scripts
 * are kept equal by hosts-docs.test.ts, as every host's files are.
 */
const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const guide = read('docs/hosts.md');
/** From the section's heading to the next heading (or the end of the page). */
const section = /## A plain HTML page, with no build step\n[\s\S]*?(?=\n## |$)/.exec(guide)?.[0] ?? '';
const block = (language: string) => new RegExp(`\`\`\`${language}\\n([\\s\\S]*?)\\n\`\`\``).exec(section)?.[1];
const host = (path: string) => read(`tests/hosts/html-cdn/${path}`);

describe('docs/hosts.md: the plain HTML page', () => {
  it('copies the files as the tested app does', () => {
    const { scripts, dependencies } = JSON.parse(host('package.json')) as { scripts: { build: string }; dependencies: Record<string, string> };
    expect(dependencies).toHaveProperty('@otforms/elements');
    expect(block('sh')).toBe(`npm install @otforms/elements\n${scripts.build}`);
  });

  it('says what each file it copies is', () => {
    const { scripts } = JSON.parse(host('package.json')) as { scripts: { build: string } };
    const copied = [...scripts.build.matchAll(/node_modules\/@otforms\/elements\/cdn\/([\w-]+\.js)/g)].map(([, file]) => file!);
    expect(copied).toEqual(['otforms.js', 'catalogue.js', 'reporting.js', 'outcome-summary-worker.js']);
    for (const file of copied) expect(section).toMatch(new RegExp(`^- \`cdn/${file.replace('.', '\\.')}\``, 'm'));
  });

  it('shows each further page the test checks', () => {
    const { pages = [] } = JSON.parse(host('host.json')) as { pages?: { path: string }[] };
    expect(pages.length).toBeGreaterThan(0);
    for (const { path } of pages) expect(section).toContain(`\`public${path}\``);
  });

  it('names the Content-Security-Policy the tested app is served with', () => {
    const { headers } = JSON.parse(host('host.json')) as { headers: Record<string, string> };
    expect(section).toContain(`\`Content-Security-Policy: ${headers['content-security-policy']}\``);
  });
});
