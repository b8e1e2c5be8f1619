// What a page costs to download: every JS and CSS file its HTML loads
// (scripts, stylesheets, modulepreloads) plus the chunks those scripts import
// statically, each gzipped at level 9 as a server would send it. Dynamic
// import() chunks are left out: they are not needed for the first render.
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

const attr = (tag, name) => new RegExp(`\\b${name}\\s*=\\s*["']([^"']+)["']`, 'i').exec(tag)?.[1];
// Static `import … from "x"`, `import "x"` and `export … from "x"` as minified
// output writes them; `import("x")` has a "(" and so never matches.
const staticImport = /\b(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g;

/** @returns {{ file: string, bytes: number, gzip: number }[]} */
export function pageAssets(distDir, htmlPath = 'index.html') {
  const html = readFileSync(join(distDir, htmlPath), 'utf8');
  const pageUrl = `/${htmlPath}`;
  const queue = [];
  for (const [tag, name] of html.matchAll(/<(script|link)\b[^>]*>/gi)) {
    const ref = name.toLowerCase() === 'script' ? attr(tag, 'src') : /\b(stylesheet|modulepreload)\b/i.test(attr(tag, 'rel') ?? '') ? attr(tag, 'href') : undefined;
    if (ref) queue.push(posix.resolve(posix.dirname(pageUrl), ref));
  }
  const seen = new Map();
  while (queue.length) {
    const url = queue.shift();
    if (seen.has(url) || /^[a-z]+:/i.test(url)) continue;
    const body = readFileSync(join(distDir, url));
    seen.set(url, { file: url, bytes: body.length, gzip: gzipSync(body, { level: 9 }).length });
    if (!url.endsWith('.js')) continue;
    for (const [, spec] of body.toString('utf8').matchAll(staticImport)) {
      if (spec.startsWith('.') || spec.startsWith('/')) queue.push(posix.resolve(posix.dirname(url), spec));
    }
  }
  return [...seen.values()];
}

