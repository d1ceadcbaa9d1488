/**
 * A small CSS rewriter for govuk-frontend's precompiled stylesheet (the project has no Sass):
 * it drops the rules of components this site never uses and swaps the GOV.UK font for the
 * site's own. It understands just enough CSS for that file: rules, nested at-rules, strings.
 */

interface Node {
  prelude: string;
  /** Declarations of a rule, nested nodes of an at-rule, or null for a statement like @charset. */
  body: string | Node[] | null;
}

const NESTED_AT_RULES = /^@(media|supports|container|layer|-moz-document)\b/;

/** Index just past the block that starts with the `{` at `open`, skipping strings. */
const blockEnd = (css: string, open: number): number => {
  let depth = 0;
  for (let i = open; i < css.length; i++) {
    const c = css[i];
    if (c === '"' || c === "'") {
      i = css.indexOf(c, i + 1);
      if (i === -1) break;
    } else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i + 1;
  }
  throw new Error('Unbalanced braces in CSS');
};

const parse = (css: string): Node[] => {
  const nodes: Node[] = [];
  let i = 0;
  while (i < css.length) {
    const open = css.indexOf('{', i);
    const semi = css.indexOf(';', i);
    if (open === -1 && semi === -1) break;
    if (semi !== -1 && (open === -1 || semi < open)) {
      nodes.push({ prelude: css.slice(i, semi).trim(), body: null });
      i = semi + 1;
      continue;
    }
    const end = blockEnd(css, open);
    const prelude = css.slice(i, open).trim();
    const inner = css.slice(open + 1, end - 1);
    nodes.push({ prelude, body: NESTED_AT_RULES.test(prelude) ? parse(inner) : inner });
    i = end;
  }
  return nodes;
};

const serialise = (nodes: Node[]): string =>
  nodes
    .map((n) =>
      n.body === null
        ? `${n.prelude};`
        : `${n.prelude}{${typeof n.body === 'string' ? n.body : serialise(n.body)}}`,
    )
    .join('');

/** Splits a selector list on commas that are not inside brackets. */
const splitSelectors = (prelude: string): string[] => {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < prelude.length; i++) {
    const c = prelude[i];
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(prelude.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(prelude.slice(start));
  return parts;
};

export interface SubsetOptions {
  /** Class-name blocks to drop, e.g. "accordion" drops .govuk-accordion, __x and --y. */
  unusedBlocks: string[];
  /** Replaces every font-family that names GDS Transport. */
  fontFamily: string;
}

export const subsetCss = (css: string, options: SubsetOptions): string => {
  const blocks = options.unusedBlocks.map((b) => b.replace(/[-]/g, '\\-')).join('|');
  const unused = new RegExp(`\\.govuk-(?:${blocks})(?=__|--|[^a-zA-Z0-9_-]|$)`);
  const filter = (nodes: Node[]): Node[] =>
    nodes.flatMap((node): Node[] => {
      if (node.body === null) return [node];
      if (node.prelude.startsWith('@font-face') || node.prelude.startsWith('@-moz-document')) return [];
      if (typeof node.body !== 'string') {
        const body = filter(node.body);
        return body.length > 0 ? [{ ...node, body }] : [];
      }
      if (node.prelude.startsWith('@')) return [node];
      const selectors = splitSelectors(node.prelude).filter((s) => !unused.test(s));
      if (selectors.length === 0) return [];
      const body = node.body.replace(/font-family:GDS Transport[^;}]*/g, `font-family:${options.fontFamily}`);
      return [{ prelude: selectors.join(','), body }];
    });
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  return serialise(filter(parse(withoutComments)));
};
