import { existsSync, readFileSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = resolve('.');
const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as {
  peerDependencies: Record<string, string>;
};

// The host's program, shared with scripts/check-install.mjs.
const hostProgram = readFileSync('test/package/fixtures/host-program.ts.txt', 'utf8');

/**
 * Type-checks host files that live (in memory) inside this package, so
 * they import it by name through package.json's `exports` and dist/, as
 * a host on nodenext with `skipLibCheck: false` would.
 */
function typeCheckHost(files: Record<string, string>) {
  const options: ts.CompilerOptions = {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    strict: true,
    noEmit: true,
    skipLibCheck: false,
    types: ['node'],
  };
  const host = ts.createCompilerHost(options);
  const { fileExists, readFile, getSourceFile } = host;
  host.fileExists = (name) => name in files || fileExists(name);
  host.readFile = (name) => files[name] ?? readFile(name);
  host.getSourceFile = (name, version, ...rest) => {
    const text = files[name];

    return text === undefined
      ? getSourceFile(name, version, ...rest)
      : ts.createSourceFile(name, text, version);
  };
  const program = ts.createProgram(Object.keys(files), options, host);

  return { program, diagnostics: ts.getPreEmitDiagnostics(program) };
}

function describeDiagnostic(diagnostic: ts.Diagnostic): string {
  const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
  const file = diagnostic.file?.fileName.replace(`${root}${sep}`, '') ?? '';

  return `${file} TS${diagnostic.code}: ${message}`;
}

/** The optional peers whose files, or @types, the program read. */
function peersRead(program: ts.Program): string[] {
  const peers = Object.keys(manifest.peerDependencies);
  const read = program.getSourceFiles().map((file) => file.fileName);
  const readPeer = (peer: string) =>
    read.some((name) => name.includes(`/node_modules/${peer}/`)) ||
    read.some((name) => name.includes(`/node_modules/@types/${peer}/`));

  return peers.filter(readPeer);
}

describe('the built declarations', () => {
  describe('when a nodenext host type-checks them with skipLibCheck off', () => {
    const built = existsSync('dist/index.d.ts') && existsSync('dist/testing.d.cts');
    const { program, diagnostics } = typeCheckHost({
      [resolve(root, 'test/package/host.mts')]: hostProgram,
      [resolve(root, 'test/package/host.cts')]: hostProgram,
    });

    it('finds dist/ (npm test builds first)', () => {
      expect(built).toBe(true);
    });

    // Guards TS2709 on the engine's EventEmitter, TS2307 on msw and TS2305
    // on JsonWebKey from node:crypto, seen by a new user in 0.1.0.
    it('reports no error, from ESM or from CommonJS', () => {
      expect(diagnostics.map(describeDiagnostic)).toEqual([]);
    });

    it('reads no optional peer, so hosts without msw type-check too', () => {
      expect(peersRead(program)).toEqual([]);
    });
  });
});
