// The oldest Node.js the CLI runs on, checked before the bundle loads: on an older one the bundle fails on a missing
// API with an error that names the API, not the Node.js version. Plain JavaScript that Node.js 14.8 and later parse
// (the entry uses top-level await): older ones still fail with a SyntaxError before this check runs.

/** The oldest Node.js major the CLI supports (package.json `engines.node`). */
export const MIN_NODE_MAJOR = 22;

/**
 * Why this Node.js cannot run the CLI, in one line, or undefined when it can. `version` as in
 * `process.versions.node` (`20.20.2`); a version that does not read as one is given the benefit of the doubt.
 */
export function unsupportedNode(version) {
  const major = /^v?(\d+)\./.exec(version)?.[1];
  if (major === undefined || Number(major) >= MIN_NODE_MAJOR) return undefined;
  return `rehearse needs Node.js ${MIN_NODE_MAJOR} or later, got ${version}: install a newer Node.js and run it again`;
}
