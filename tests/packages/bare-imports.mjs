// The module specifiers a built file asks for, read from its syntax tree (so
// a specifier quoted in a comment or a string is not one).
import { ts } from '@custom-elements-manifest/analyzer';

/**
 * Every specifier in `text` (a .js or .d.ts file named `path`), each once:
 * static and dynamic imports, re-exports, `import("x")` types,
 * `declare module "x"` augmentations and `/// <reference types="x" />`.
 */
export function moduleSpecifiers(path, text) {
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, false);
  const found = new Set(file.typeReferenceDirectives.map((reference) => reference.fileName));
  const visit = (node) => {
    const specifier =
      ts.isImportDeclaration(node) || ts.isExportDeclaration(node)
        ? node.moduleSpecifier
        : ts.isImportTypeNode(node)
          ? node.argument.literal
          : ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword
            ? node.arguments[0]
            : ts.isModuleDeclaration(node)
              ? node.name
              : undefined;
    if (specifier && ts.isStringLiteralLike(specifier)) found.add(specifier.text);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return [...found];
}

/** The specifiers that name a package: not relative paths, nor `node:` built-ins. */
export function bareImports(path, text) {
  return moduleSpecifiers(path, text).filter((specifier) => !specifier.startsWith('.') && !specifier.startsWith('/') && !specifier.startsWith('node:'));
}
