import type { Import } from './import-graph.ts';

/**
 * Checks over an import graph. Each returns its violations as readable lines (empty when
 * the rule holds), so a failing test names the file and the import at fault.
 */

/** What the files under some folders must not import. */
export interface ImportBan {
  /** Repo folders whose files the ban applies to, e.g. `shared/text`. */
  readonly in: readonly string[];
  /** Repo folders they must not reach. */
  readonly folders?: readonly string[];
  /** Packages they must not import: a name covers its subpaths; `@scope/*` a whole scope. */
  readonly packages?: readonly string[];
  /** Files inside those folders that may still be imported (a port's definition). */
  readonly except?: readonly string[];
}

export function bannedImports(graph: readonly Import[], ban: ImportBan): string[] {
  return graph
    .filter((edge) => ban.in.some((folder) => isUnder(edge.file, folder)))
    .filter((edge) =>
      edge.target === undefined
        ? (ban.packages ?? []).some((name) => namesPackage(edge.specifier, name))
        : (ban.folders ?? []).some((folder) => isUnder(edge.target as string, folder)) &&
          !(ban.except ?? []).includes(edge.target as string),
    )
    .map(describeImport);
}

/** Relative imports from files under `folder` that leave it (`../` out of tests/). */
export function relativeImportsLeaving(graph: readonly Import[], folder: string): string[] {
  return graph
    .filter((edge) => isUnder(edge.file, folder) && edge.specifier.startsWith('.'))
    .filter((edge) => edge.target !== undefined && !isUnder(edge.target, folder))
    .map(describeImport);
}

/**
 * Cycles between the folders directly under `parent` (shared/domain, shared/text...):
 * per cycle, its folders and the imports that close it.
 */
export function folderCycles(graph: readonly Import[], parent: string): string[] {
  const folderOf = (path: string): string | undefined => {
    if (!isUnder(path, parent)) return undefined;
    const child = path.slice(parent.length + 1).split('/')[0];
    // A file directly in `parent` belongs to no folder and so to no folder cycle.
    return child === undefined || /\.(ts|mjs)$/.test(child) ? undefined : `${parent}/${child}`;
  };
  const crossings = graph.flatMap((edge) => {
    const from = folderOf(edge.file);
    const to = edge.target === undefined ? undefined : folderOf(edge.target);
    return from !== undefined && to !== undefined && from !== to ? [{ edge, from, to }] : [];
  });
  const components = cyclicComponents(crossings.map(({ from, to }) => [from, to]));
  return components.map((folders) => {
    const closing = crossings
      .filter(({ from, to }) => folders.includes(from) && folders.includes(to))
      .map(({ edge }) => describeImport(edge));
    return `${folders.join(' <-> ')}: ${closing.join('; ')}`;
  });
}

/** File-level import cycles among the files under `folder`: per cycle, its files. */
export function fileCycles(graph: readonly Import[], folder: string): string[] {
  const edges = graph.flatMap((edge): [string, string][] =>
    isUnder(edge.file, folder) && edge.target !== undefined && isUnder(edge.target, folder)
      ? [[edge.file, edge.target]]
      : [],
  );
  return cyclicComponents(edges).map((files) => `import cycle among ${files.join(', ')}`);
}

/**
 * The strongly connected components that hold a cycle (more than one node, or a node
 * that imports itself), each sorted, in sorted order (Tarjan's algorithm).
 */
export function cyclicComponents(edges: readonly (readonly [string, string])[]): string[][] {
  const successors = new Map<string, Set<string>>();
  for (const [from, to] of edges) {
    successors.set(from, (successors.get(from) ?? new Set()).add(to));
    if (!successors.has(to)) successors.set(to, new Set());
  }
  const index = new Map<string, number>();
  const lowLink = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];

  const visit = (node: string): void => {
    index.set(node, index.size);
    lowLink.set(node, index.get(node) as number);
    stack.push(node);
    onStack.add(node);
    for (const next of successors.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        lowLink.set(node, Math.min(lowLink.get(node) as number, lowLink.get(next) as number));
      } else if (onStack.has(next)) {
        lowLink.set(node, Math.min(lowLink.get(node) as number, index.get(next) as number));
      }
    }
    if (lowLink.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop() as string;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || successors.get(node)?.has(node)) components.push(component.sort());
  };
  for (const node of [...successors.keys()].sort()) {
    if (!index.has(node)) visit(node);
  }
  return components.sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? ''));
}

function isUnder(path: string, folder: string): boolean {
  return path === folder || path.startsWith(`${folder}/`);
}

function namesPackage(specifier: string, name: string): boolean {
  if (name.endsWith('/*')) return specifier.startsWith(name.slice(0, -1));
  return specifier === name || specifier.startsWith(`${name}/`);
}

function describeImport(edge: Import): string {
  const resolved = edge.target === undefined || edge.target === edge.specifier;
  return `${edge.file} imports '${edge.specifier}'${resolved ? '' : ` (${edge.target})`}`;
}
