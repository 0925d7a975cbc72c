import { relative } from 'node:path';
import ts from 'typescript';

/** One exported name, or one member of it, that has no TSDoc comment. */
export interface TsdocGap {
  entry: string;
  name: string;
  location: string;
}

/** What a scan found: the gaps, and how many exports and members it read. */
export interface TsdocScan {
  gaps: TsdocGap[];
  exportCount: number;
  memberCount: number;
}

/** A public entry point: its label in messages and its source file. */
export interface TsdocEntry {
  entry: string;
  file: string;
}

/** A comment counts when it opens with `/**` and says something. */
function isTsdoc(comment: string): boolean {
  if (!comment.startsWith('/**') || comment === '/**/') {
    return false;
  }

  const body = comment.slice(3, -2).replace(/^\s*\*/gm, '');
  return body.trim() !== '';
}

/**
 * The node a declaration's comment sits on: a `const` keeps its comment
 * on the statement, not on the name.
 */
function commentedNode(declaration: ts.Node): ts.Node {
  if (ts.isVariableDeclaration(declaration)) {
    return declaration.parent.parent;
  }

  return declaration;
}

function hasTsdoc(declaration: ts.Node): boolean {
  const node = commentedNode(declaration);
  const text = node.getSourceFile().getFullText();
  const ranges = ts.getLeadingCommentRanges(text, node.getFullStart()) ?? [];

  return ranges.some((range) => isTsdoc(text.slice(range.pos, range.end)));
}

/**
 * The declarations a reader sees. An implementation behind overloads is
 * left out: the declarations never show it, each overload carries its own
 * comment.
 */
function visibleDeclarations(symbol: ts.Symbol): ts.Node[] {
  const declarations = (symbol.declarations ?? []).filter(isOurs);
  const overloaded = declarations.filter(
    (declaration) => ts.isFunctionLike(declaration) && !hasBody(declaration),
  );

  if (overloaded.length === 0) {
    return declarations;
  }

  return declarations.filter(
    (declaration) => !ts.isFunctionLike(declaration) || !hasBody(declaration),
  );
}

function hasBody(declaration: ts.Node): boolean {
  return 'body' in declaration && declaration.body !== undefined;
}

function isPublicMember(declaration: ts.Node): boolean {
  const name = ts.getNameOfDeclaration(declaration as ts.Declaration);
  if (name !== undefined && ts.isPrivateIdentifier(name)) {
    return false;
  }

  const flags = ts.getCombinedModifierFlags(declaration as ts.Declaration);
  return (flags & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected)) === 0;
}

/**
 * A member that can hold one value only (`kind: 'full-sync'`, `ok: true`)
 * says all there is on its own line; the union it tells apart says what
 * the values mean.
 */
function isSingleLiteral(type: ts.Type): boolean {
  return type.isLiteral() || (type.flags & ts.TypeFlags.BooleanLiteral) !== 0;
}

const memberKinds = new Set([
  ts.SyntaxKind.PropertySignature,
  ts.SyntaxKind.MethodSignature,
  ts.SyntaxKind.PropertyDeclaration,
  ts.SyntaxKind.MethodDeclaration,
  ts.SyntaxKind.GetAccessor,
  ts.SyntaxKind.SetAccessor,
  ts.SyntaxKind.EnumMember,
  ts.SyntaxKind.Parameter, // a constructor's `public readonly` parameter
]);

/** What a scan carries from one declaration to the next. */
interface ScanState {
  checker: ts.TypeChecker;
  root: string;
  gaps: TsdocGap[];
  exports: number;
  members: Set<ts.Node>;
  seen: Set<ts.Node>;
}

function isOurs(declaration: ts.Node): boolean {
  const file = declaration.getSourceFile().fileName;

  return !file.includes('/node_modules/') && !file.endsWith('.d.ts');
}

function locationOf(node: ts.Node, root: string): string {
  const source = node.getSourceFile();
  const { line } = source.getLineAndCharacterOfPosition(node.getStart());

  return `${relative(root, source.fileName)}:${line + 1}`;
}

/** Records a gap for each declaration not seen before that has no comment. */
function check(state: ScanState, entry: string, name: string, declarations: ts.Node[]) {
  for (const declaration of declarations) {
    if (state.seen.has(declaration)) {
      continue;
    }

    state.seen.add(declaration);
    if (!hasTsdoc(declaration)) {
      state.gaps.push({ entry, name, location: locationOf(declaration, state.root) });
    }
  }
}

/**
 * A member with no comment of its own shows the one it overrides or
 * implements, in editors and in typedoc alike.
 */
function inheritsTsdoc(checker: ts.TypeChecker, owner: ts.Type, member: ts.Symbol): boolean {
  const heritage = (owner.symbol?.declarations ?? []).flatMap((declaration) =>
    ts.isClassLike(declaration) || ts.isInterfaceDeclaration(declaration)
      ? [...(declaration.heritageClauses ?? [])]
      : [],
  );
  const bases = heritage.flatMap((clause) => [...clause.types]);

  return bases.some((base) => {
    const inherited = checker.getTypeAtLocation(base).getProperty(member.name);
    const declarations = inherited?.declarations ?? [];

    return declarations.length > 0 && declarations.every(hasTsdoc);
  });
}

/** The declarations of a member that a comment must sit on. */
function memberDeclarations(state: ScanState, member: ts.Symbol): ts.Node[] {
  if (isSingleLiteral(state.checker.getTypeOfSymbol(member))) {
    return [];
  }

  return visibleDeclarations(member).filter(
    (declaration) => memberKinds.has(declaration.kind) && isPublicMember(declaration),
  );
}

/** Checks the members of an object type, or of each variant of a union. */
function checkMembers(state: ScanState, entry: string, owner: string, type: ts.Type) {
  const objects = type.isUnion() ? type.types : [type];

  for (const object of objects) {
    for (const member of state.checker.getPropertiesOfType(object)) {
      const declarations = memberDeclarations(state, member);
      for (const declaration of declarations) {
        state.members.add(declaration);
      }

      const inherits =
        !declarations.every(hasTsdoc) && inheritsTsdoc(state.checker, object, member);
      if (declarations.length > 0 && !inherits) {
        check(state, entry, `${owner}.${member.name}`, declarations);
      }
    }
  }
}

function checkEnumMembers(state: ScanState, entry: string, owner: string, symbol: ts.Symbol) {
  for (const member of symbol.exports?.values() ?? []) {
    const declarations = member.declarations ?? [];
    for (const declaration of declarations) {
      state.members.add(declaration);
    }

    check(state, entry, `${owner}.${member.name}`, declarations);
  }
}

/** Checks one exported name, following an alias to its declaration. */
function checkExport(state: ScanState, entry: string, exported: ts.Symbol) {
  const { checker } = state;
  const symbol =
    exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
  const name = exported.name;

  state.exports += 1;
  check(state, entry, name, visibleDeclarations(symbol));

  if (symbol.flags & (ts.SymbolFlags.Interface | ts.SymbolFlags.TypeAlias | ts.SymbolFlags.Class)) {
    checkMembers(state, entry, name, checker.getDeclaredTypeOfSymbol(symbol));
  }

  if (symbol.flags & ts.SymbolFlags.Class) {
    checkMembers(state, entry, name, checker.getTypeOfSymbol(symbol));
  }

  if (symbol.flags & ts.SymbolFlags.Enum) {
    checkEnumMembers(state, entry, name, symbol);
  }
}

/**
 * Finds exports, and members of exported object types and classes, that
 * carry no TSDoc comment. The rules are written down in
 * docs/api-documentation.md.
 */
export function scanTsdoc(program: ts.Program, entries: TsdocEntry[], root: string): TsdocScan {
  const checker = program.getTypeChecker();
  const state: ScanState = {
    checker,
    root,
    gaps: [],
    exports: 0,
    members: new Set(),
    seen: new Set(),
  };

  for (const { entry, file } of entries) {
    const source = program.getSourceFile(file);
    const module = source && checker.getSymbolAtLocation(source);
    if (module === undefined) {
      throw new Error(`${entry}: ${file} is not in the program`);
    }

    for (const exported of checker.getExportsOfModule(module)) {
      checkExport(state, entry, exported);
    }
  }

  return { gaps: state.gaps, exportCount: state.exports, memberCount: state.members.size };
}

/** One line per gap: `entry: Name(.member) — file:line`. */
export function formatGaps(gaps: TsdocGap[]): string[] {
  return gaps.map((gap) => `${gap.entry}: ${gap.name} — ${gap.location}`);
}
