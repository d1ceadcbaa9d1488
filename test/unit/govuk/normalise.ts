import * as cheerio from 'cheerio';
import type { AnyNode } from 'domhandler';

/**
 * Markup as a tree that ignores what HTML does not mean: element names, attributes as a set
 * (class as a set of names), text trimmed with its whitespace collapsed, empty text dropped.
 */
export type Shape = string | { name: string; attributes: Record<string, string>; children: Shape[] };

const shapeOf = (node: AnyNode): Shape | undefined => {
  if (node.type === 'text') {
    const words = node.data.replace(/\s+/g, ' ').trim();
    return words === '' ? undefined : words;
  }
  if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') return undefined;
  const attributes = Object.fromEntries(
    Object.entries(node.attribs)
      .map(([name, value]): [string, string] => [
        name,
        name === 'class' ? [...new Set(value.split(/\s+/).filter(Boolean))].sort().join(' ') : value,
      ])
      .sort(([a], [b]) => a.localeCompare(b)),
  );
  return { name: node.name, attributes, children: shapesOf(node.children) };
};

const shapesOf = (nodes: AnyNode[]): Shape[] =>
  nodes.map(shapeOf).filter((shape): shape is Shape => shape !== undefined);

export const normalise = (markup: string): Shape[] => {
  const $ = cheerio.load(markup, null, false);
  return shapesOf($.root().contents().toArray());
};
