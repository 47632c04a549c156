/**
 * Reads the value imports of TypeScript files and follows them through a tree,
 * so a test can state which folders may reach which. Type-only imports are
 * erased by the compiler and do not count; `new URL('./x.ts', import.meta.url)`
 * (how a worker is started) does.
 */
import { existsSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, relative, resolve } from 'node:path';
import ts from 'typescript';

/** Specifiers a file imports at run time. */
export function valueImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const typeOnly =
        clause?.isTypeOnly ||
        (clause && !clause.name && clause.namedBindings && ts.isNamedImports(clause.namedBindings) &&
          clause.namedBindings.elements.length > 0 && clause.namedBindings.elements.every((element) => element.isTypeOnly));
      if (!typeOnly) found.push(node.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier) && !node.isTypeOnly) {
      found.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) {
      found.push(node.arguments[0].text);
    } else if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'URL' && node.arguments?.[0] && ts.isStringLiteral(node.arguments[0]) && node.arguments[0].text.startsWith('.')) {
      found.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const builtins = new Set(builtinModules);

export function isNodeBuiltin(specifier: string): boolean {
  return specifier.startsWith('node:') || builtins.has(specifier.split('/')[0]!);
}

export interface Reach {
  /** The file (relative to the root) that imports. */
  from: string;
  /** What it imports: a path relative to the root for local files, else the bare specifier. */
  to: string;
}

/** Every import reachable from the entry files, following local .ts files. */
export function reachableImports(entries: readonly string[], root: string): Reach[] {
  const seen = new Set<string>();
  const reaches: Reach[] = [];
  const queue = entries.map((entry) => resolve(root, entry));
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const specifier of valueImports(file)) {
      if (!specifier.startsWith('.')) {
        reaches.push({ from: relative(root, file), to: specifier });
        continue;
      }
      const target = resolve(dirname(file), specifier);
      reaches.push({ from: relative(root, file), to: relative(root, target) });
      if (/\.ts$/.test(target) && existsSync(target)) queue.push(target);
    }
  }
  return reaches;
}

/** The reaches that break a rule, as readable lines („a.ts → node:fs“). */
export function violations(reaches: readonly Reach[], forbidden: (to: string) => boolean): string[] {
  return reaches.filter((reach) => forbidden(reach.to)).map((reach) => `${reach.from} → ${reach.to}`);
}
