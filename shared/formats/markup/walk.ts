import { spendWork } from '../../domain/work-budget.ts';
import type { MarkupDocument } from './parse.ts';

/**
 * Searches of a parsed HTML or XML tree that charge the work budget one unit per node
 * they visit: a search repeated under every element of a deep tree costs depth x size,
 * and that must run out of budget instead of time.
 */
type MarkupNode = MarkupDocument['children'][number];
type MarkupElement = Extract<MarkupNode, { attribs: unknown }>;

/**
 * domhandler's element types (`<script>` and `<style>` have their own), compared one by
 * one: asked of every node of every walk, a Set lookup costs more than three compares.
 */
export const isMarkupElement = (node: MarkupNode): node is MarkupElement => {
  const { type } = node;
  return type === 'tag' || type === 'script' || type === 'style';
};

/** Every element under `nodes` that passes `test`, in document order. */
export const findElements = (
  test: (element: MarkupElement) => boolean,
  nodes: readonly MarkupNode[],
  where: string,
): MarkupElement[] => {
  const found: MarkupElement[] = [];
  const visited = walkElements(nodes, (element) => {
    if (test(element)) found.push(element);
    return false;
  });
  spendWork(visited, where);
  return found;
};

/**
 * Every element under `nodes` in document order, and the nodes visited to gather them,
 * for the caller to charge (once per search it answers from them).
 */
export const gatherElements = (
  nodes: readonly MarkupNode[],
): { elements: MarkupElement[]; visited: number } => {
  const elements: MarkupElement[] = [];
  const visited = walkElements(nodes, (element) => {
    elements.push(element);
    return false;
  });
  return { elements, visited };
};

/** The first element under `nodes` (document order) that passes `test`. */
export const findElement = (
  test: (element: MarkupElement) => boolean,
  nodes: readonly MarkupNode[],
  where: string,
): MarkupElement | undefined => {
  let found: MarkupElement | undefined;
  const visited = walkElements(nodes, (element) => {
    if (!test(element)) return false;
    found = element;
    return true;
  });
  spendWork(visited, where);
  return found;
};

/**
 * Visits the nodes under `nodes` depth first in document order, calling `visit` on each
 * element until it returns true; returns the number of nodes visited. Iterative, so no
 * depth of tree can exhaust the stack.
 */
const walkElements = (
  nodes: readonly MarkupNode[],
  visit: (element: MarkupElement) => boolean,
): number => {
  const pending: MarkupNode[] = [...nodes].reverse();
  let visited = 0;
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    visited += 1;
    if (isMarkupElement(node) && visit(node)) return visited;
    if ('children' in node) {
      for (let index = node.children.length - 1; index >= 0; index -= 1) {
        pending.push(node.children[index] as MarkupNode);
      }
    }
  }
  return visited;
};
