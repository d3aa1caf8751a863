/**
 * The order of the house (docs/architecture.md), checked by `npm run lint:imports`.
 *
 * A stage imports only stages in earlier layers (and the model and util at the
 * bottom); the layers follow the pipeline: load (suite) → plan → the LLM client
 * → execute (engine) → judge → aggregate → results files → runner → compare →
 * gate → report → pipeline, then the edges that translate inputs and outputs.
 * Only the edges touch the network, child processes or the Actions toolkit.
 *
 * Paths are relative to the directory depcruise runs in, so the same rules
 * check a fixture tree (fixtures/lint/) in the test that shows them working.
 */

/** Lowest first. A folder may import its own layer's folder and any earlier layer. */
const LAYERS = [
  ['util'], // small helpers: import nothing of ours
  ['model'], // the results model every stage uses
  ['verdict'], // the statistics of a verdict: exact tests, α spending, confirmation decisions
  ['suite'], // load
  ['plan'],
  ['llm'], // the LLM client
  ['engine'], // execute one conversation
  ['judge'],
  ['import'], // suites from other formats (τ²-bench): replays their actions with the engine's tools
  ['aggregate'],
  ['results'], // results files: read, write, merge
  ['runner'], // execute the plan: engine + judge + aggregate per trial
  ['cassette'], // record and replay every call of a run (wraps the runner's chat client and entry points)
  ['compare'],
  ['gate'],
  ['report'],
  ['pipeline'], // the stages wired once
  ['config'], // the action's inputs
  ['author'], // writing suites for a user: init's starter, scenarios from transcripts and from a prompt
  ['cli', 'github'], // the edges
  ['main.ts', 'index.ts'], // entry points
];

const pathOf = (name) => (name.endsWith('.ts') ? `^src/${name.replace('.', '\\.')}$` : `^src/${name}/`);
const anyOf = (names) => `(${names.map(pathOf).join('|')})`;

const layerRules = LAYERS.slice(0, -1).map((layer, index) => ({
  name: `layer-${layer.join('-').replace(/\.ts$/, '')}`,
  comment: `${layer.join(', ')} may import only earlier layers: a later one (${LAYERS.slice(index + 1)
    .flat()
    .join(', ')}) is a backwards import`,
  severity: 'error',
  from: { path: anyOf(layer) },
  to: { path: anyOf(LAYERS.slice(index + 1).flat()) },
}));

// Within one layer, folders that share it must not import each other.
const sameLayerRules = LAYERS.filter(
  (layer) => layer.length > 1 && layer.every((name) => !name.endsWith('.ts')),
).flatMap((layer) =>
  layer.map((name) => ({
    name: `layer-sibling-${name}`,
    comment: `${name} and ${layer.filter((other) => other !== name).join(', ')} share a layer: no import between them`,
    severity: 'error',
    from: { path: pathOf(name) },
    to: { path: anyOf(layer.filter((other) => other !== name)) },
  })),
);

/** Where network, child processes and process-level APIs are allowed: the edges. */
const IO_EDGES = [
  '^src/(cli|github)/',
  '^src/(main|index)\\.ts$',
  '^src/llm/', // the LLM client
  '^src/engine/agents/', // agents' I/O: HTTP endpoints and local commands
  '^src/engine/http\\.ts$', // passthrough tools and HTTP agents
  '^src/runner/run-info\\.ts$', // the git lookup (sha, ref) of a local run
  '^src/runner/base-revision\\.ts$', // the base revision's temporary worktree (rehearse run --base)
  '^src/util/module-worker\\.ts$', // worker threads running code the suite names (code scorers), under a time limit
].join('|');

// A folder missing from LAYERS would be bound by no layer rule: any import from or into one is an error until it is
// placed.
const listed = anyOf(LAYERS.flat());
const unlistedRules = [
  {
    name: 'folder-not-in-layers',
    comment: 'A folder (or top-level file) under src/ that LAYERS does not place: add it to LAYERS',
    severity: 'error',
    from: { path: '^src/', pathNot: listed },
    to: {},
  },
  {
    name: 'import-of-folder-not-in-layers',
    comment: 'An import of a folder (or top-level file) under src/ that LAYERS does not place: add it to LAYERS',
    severity: 'error',
    from: { path: '^src/' },
    to: { path: '^src/', pathNot: listed },
  },
];

module.exports = {
  forbidden: [
    ...layerRules,
    ...sameLayerRules,
    ...unlistedRules,
    {
      name: 'no-folder-cycle',
      comment:
        'Two folders under src/ that import each other (directly or round a longer loop): the layers above only ' +
        'catch it for listed folders; this catches it for any.',
      severity: 'error',
      scope: 'folder',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'no-circular',
      comment: 'A cycle between modules: split the shared part out (to model/ or util/).',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'actions-toolkit-at-the-edge',
      comment: 'Only the action (src/github/, src/main.ts) talks to the Actions toolkit.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/github/|^src/(main|index)\\.ts$' },
      to: { path: '(^|/)node_modules/@actions/|^@actions/' },
    },
    {
      name: 'io-at-the-edge',
      comment:
        'Network, child processes and process-level APIs only at the edges ' +
        "(cli, github, the LLM client, agents' I/O): " +
        'the core takes them as ports.',
      severity: 'error',
      from: { path: '^src/', pathNot: IO_EDGES },
      to: {
        dependencyTypes: ['core'],
        path: '^(node:)?(child_process|cluster|dgram|dns|http|http2|https|net|process|tls|worker_threads)$',
      },
    },
    {
      name: 'network-clients-at-the-edge',
      comment: 'HTTP client libraries only at the edges.',
      severity: 'error',
      from: { path: '^src/', pathNot: IO_EDGES },
      to: { path: '(^|/)node_modules/(openai|undici|@octokit)/' },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'An import that resolves to nothing.',
      severity: 'error',
      from: { path: '^src/' },
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    includeOnly: { path: '^src/|node_modules|^(node:)?[a-z_0-9]+$' },
    tsPreCompilationDeps: true,
    combinedDependencies: false,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
      extensions: ['.ts', '.js', '.mjs', '.cjs', '.json'],
    },
  },
};
