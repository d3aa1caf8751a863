/**
 * Explicit YAML tags in a suite. The JSON-like core tags (`!!str 12` to keep a
 * number as text, `!!int`, `!!float`, `!!bool`, `!!null`, `!!seq`, `!!map`)
 * and the non-specific `!` (text) are accepted on purpose. The others make values no suite field can hold
 * (`!!binary` a byte buffer, `!!timestamp` a Date, `!!set` a Set, `!!omap` a
 * Map; the schema called those "a mapping"), and a custom tag means nothing
 * here; yaml only warns about a tag it can not resolve and keeps the text, so
 * `!!float 3` and `!!bool yes` quietly stayed strings. Each is an error at the tag.
 */
import { visit, type Document, type YAMLWarning } from 'yaml';

const CORE = 'tag:yaml.org,2002:';
/** The JSON-like core tags, and `!` (YAML's "non-specific" tag: the value is text). */
const ACCEPTED = new Set(['!', ...['str', 'int', 'float', 'bool', 'null', 'seq', 'map'].map((name) => CORE + name)]);

export interface TagProblem {
  readonly offset: number;
  readonly message: string;
}

/** `!!float` for a core tag, else the tag as yaml resolved it. */
const shortTag = (tag: string): string => (tag.startsWith(CORE) ? `!!${tag.slice(CORE.length)}` : tag);

/** Where the tag written before a node starts: the node's range begins after it. */
function tagOffset(text: string, nodeStart: number): number {
  const match = /!\S*\s*$/.exec(text.slice(Math.max(0, nodeStart - 200), nodeStart));
  return match ? nodeStart - match[0].length : nodeStart;
}

export function findTagProblem(doc: Document, warnings: readonly YAMLWarning[], text: string): TagProblem | undefined {
  const unresolved = warnings.find((warning) => warning.code === 'TAG_RESOLVE_FAILED');
  if (unresolved) {
    const [start, end] = unresolved.pos;
    const written = text.slice(start, end);
    const tag = /^!\S*/.exec(written)?.[0] ?? written;
    const core = /^(!!|!<tag:yaml\.org,2002:)/.test(tag);
    return {
      offset: start,
      message: core
        ? `YAML tag '${tag}' does not fit the value after it: remove the tag, or write a value of that type`
        : `unknown YAML tag '${tag}': suite files use plain YAML values, remove the tag`,
    };
  }
  let problem: TagProblem | undefined;
  visit(doc, {
    Node(_key, node) {
      if (!node.tag || ACCEPTED.has(node.tag)) return undefined;
      const what = shortTag(node.tag);
      problem = {
        offset: tagOffset(text, node.range?.[0] ?? 0),
        message:
          `YAML tag '${what}' makes a value no suite field takes (suite values are text, numbers, true/false, ` +
          'null, lists and mappings): remove the tag',
      };
      return visit.BREAK;
    },
  });
  return problem;
}
