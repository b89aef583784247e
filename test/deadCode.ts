/**
 * Dead code: modules that nothing reaches, and exports that no other module uses, in models/, src/ and
 * test/ (`npx tsx test/deadCode.ts`, run by `npm test`). It reads the three TypeScript projects with the
 * compiler itself: a module is reached from an entry point (the app, its worker, the command-line tools,
 * the tests, the benchmarks, the configs) through static imports, re-exports, `import()` and
 * `new URL('…', import.meta.url)`. An export is dead when nothing refers to it, in its own module or
 * another (an export that only its own module uses is allowed: it documents the module's surface). A module
 * loaded whole (a namespace import or `import()`) has all its exports used. Prints each finding and exits 1
 * if there is any.
 */
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PROJECTS = ['tsconfig.models.json', 'tsconfig.app.json', 'tsconfig.node.json'];
const CHECKED = /^(models|src|test)\//;

/** Where the program starts: what a browser, Node, Vitest, Playwright or a config loads first. */
function isEntry(path: string): boolean {
  return (
    path === 'src/main.tsx' ||
    /^src\/cli\/(simulate|schema|docs)\.ts$/.test(path) ||
    /^test\/.*\.(test|spec)\.tsx?$/.test(path) ||
    /^test\/bench\/[^/]+\.ts$/.test(path) ||
    // Generators run by hand after their inputs change (their output is checked by a test).
    /^test\/.*\.gen\.ts$/.test(path) ||
    path === 'test/deadCode.ts' ||
    /^(vite|playwright)\.config\.ts$/.test(path)
  );
}

function projectFiles(): { files: string[]; options: ts.CompilerOptions } {
  const files = new Set<string>();
  let options: ts.CompilerOptions = {};
  for (const project of PROJECTS) {
    const parsed = ts.getParsedCommandLineOfConfigFile(
      join(ROOT, project),
      {},
      {
        ...ts.sys,
        onUnRecoverableConfigFileDiagnostic: (d) => {
          throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
        },
      },
    );
    if (!parsed) throw new Error(`cannot read ${project}`);
    for (const file of parsed.fileNames) files.add(file);
    // One program for all three: the strictest libraries (DOM and Node) cover each project's files.
    options = {
      ...parsed.options,
      ...options,
      types: ['node', 'vite/client'],
      lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
    };
  }
  return { files: [...files], options: { ...options, noEmit: true } };
}

const { files, options } = projectFiles();
const program = ts.createProgram(files, options);
const checker = program.getTypeChecker();
const rel = (file: string) => relative(ROOT, file).split('\\').join('/');
const sources = program
  .getSourceFiles()
  .filter(
    (f) => !f.isDeclarationFile && !rel(f.fileName).startsWith('..') && !f.fileName.includes('node_modules'),
  );
const byPath = new Map(sources.map((f) => [rel(f.fileName), f]));

/** The project file a module specifier in `from` names, if any. */
function resolveSpecifier(specifier: string, from: ts.SourceFile): string | undefined {
  const resolved = ts.resolveModuleName(specifier, from.fileName, options, ts.sys).resolvedModule;
  if (resolved && !resolved.isExternalLibraryImport) return rel(resolved.resolvedFileName);
  // `new URL('./x.ts', import.meta.url)`: a path with its extension.
  const direct = rel(resolve(dirname(from.fileName), specifier));
  return byPath.has(direct) ? direct : undefined;
}

/** Modules a file loads, and those it loads whole (every export counts as used). */
function dependencies(file: ts.SourceFile): { all: Set<string>; whole: Set<string> } {
  const all = new Set<string>();
  const whole = new Set<string>();
  const visit = (node: ts.Node): void => {
    let specifier: string | undefined;
    let wholeModule = false;
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      specifier = node.moduleSpecifier.text;
      const bindings = ts.isImportDeclaration(node) ? node.importClause?.namedBindings : undefined;
      wholeModule =
        (bindings !== undefined && ts.isNamespaceImport(bindings)) ||
        (ts.isExportDeclaration(node) && !node.exportClause);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [arg] = node.arguments;
      if (arg && ts.isStringLiteralLike(arg)) {
        specifier = arg.text;
        wholeModule = true;
      }
    } else if (
      ts.isImportTypeNode(node) &&
      ts.isLiteralTypeNode(node.argument) &&
      ts.isStringLiteral(node.argument.literal)
    ) {
      specifier = node.argument.literal.text;
      wholeModule = node.qualifier === undefined;
    } else if (
      ts.isNewExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'URL'
    ) {
      const [arg] = node.arguments ?? [];
      if (arg && ts.isStringLiteralLike(arg) && arg.text.startsWith('.')) {
        specifier = arg.text;
        wholeModule = true;
      }
    }
    if (specifier !== undefined) {
      const target = resolveSpecifier(specifier, file);
      if (target !== undefined) {
        all.add(target);
        if (wholeModule) whole.add(target);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return { all, whole };
}

const deps = new Map(sources.map((f) => [rel(f.fileName), dependencies(f)]));

// Reachability from the entry points.
const reached = new Set<string>();
const queue = [...byPath.keys()].filter(isEntry);
while (queue.length > 0) {
  const path = queue.pop()!;
  if (reached.has(path)) continue;
  reached.add(path);
  for (const next of deps.get(path)?.all ?? []) queue.push(next);
}

// Symbols referenced anywhere other than at their own declaration.
const referenced = new Set<ts.Symbol>();
const wholeModules = new Set<string>();
const original = (symbol: ts.Symbol): ts.Symbol =>
  symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
for (const file of sources) {
  for (const path of deps.get(rel(file.fileName))?.whole ?? []) wholeModules.add(path);
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node)) {
      const symbol = checker.getSymbolAtLocation(node);
      const declaredHere = symbol?.declarations?.some((d) => (d as ts.NamedDeclaration).name === node);
      if (symbol && !declaredHere) {
        referenced.add(symbol);
        referenced.add(original(symbol));
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
}

const findings: string[] = [];
for (const [path, file] of byPath) {
  if (!CHECKED.test(path)) continue;
  if (!reached.has(path)) {
    findings.push(`${path}: no entry point reaches this module`);
    continue;
  }
  if (isEntry(path) || wholeModules.has(path)) continue;
  const moduleSymbol = checker.getSymbolAtLocation(file);
  if (!moduleSymbol) continue;
  for (const symbol of checker.getExportsOfModule(moduleSymbol)) {
    const target = original(symbol);
    if (referenced.has(symbol) || referenced.has(target)) continue;
    const declaration = target.declarations?.[0];
    // A name re-exported from another module is judged where it is declared.
    if (declaration && rel(declaration.getSourceFile().fileName) !== path) continue;
    const line = declaration ? file.getLineAndCharacterOfPosition(declaration.getStart()).line + 1 : 0;
    findings.push(`${path}:${line}: export ${symbol.getName()} is used nowhere`);
  }
}

for (const finding of findings.sort()) console.log(finding);
console.log(
  findings.length === 0
    ? `dead code: none in ${reached.size} modules reached from the entry points`
    : `dead code: ${findings.length} finding(s): remove what nothing uses`,
);
process.exitCode = findings.length > 0 ? 1 : 0;
