export const id = 183;
export const ids = [183];
export const modules = {

/***/ 8646:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Nd: () => (/* binding */ KIND),
  Fo: () => (/* binding */ collect),
  x5: () => (/* binding */ locate)
});

// UNUSED EXPORTS: COLLECTIONS

// EXTERNAL MODULE: ./src/suite/schema.ts + 1 modules
var schema = __webpack_require__(729);
// EXTERNAL MODULE: ./src/suite/confusables.ts
var confusables = __webpack_require__(4591);
// EXTERNAL MODULE: ./src/suite/did-you-mean.ts
var did_you_mean = __webpack_require__(113);
;// CONCATENATED MODULE: ./src/suite/zod-issues.ts


function zodIssuesToSuiteIssues(issues, file, schema) {
    const flat = flatten(issues, []);
    // "unknown key 'personna' — did you mean 'persona'?" already explains the missing 'persona'.
    const explained = new Set(flat.flatMap(({ issue, path }) => issue.code === 'unrecognized_keys'
        ? issue.keys.flatMap((key) => [(0,did_you_mean/* closest */.kp)(key, knownKeys(schema, path, file.data)) ?? []].flat().map((k) => pathText([...path, k])))
        : []));
    return flat
        .filter(({ issue, path }) => !(valueAt(file.data, path) === undefined && expectedOf(issue) !== undefined && explained.has(pathText(path))))
        .flatMap((issue) => toSuiteIssues(issue, file, schema));
}
function pathText(path) {
    return path.join('\u0000');
}
function knownKeys(schema, path, data) {
    return keysAt(schema._zod.def, path, data);
}
/** Unions report one list of issues per option: keep the option that came closest (fewest issues). */
function flatten(issues, prefix) {
    return issues.flatMap((issue) => {
        const path = [...prefix, ...issue.path];
        if (issue.code === 'invalid_union' && issue.errors.length > 0) {
            const best = [...issue.errors].sort((a, b) => a.length - b.length)[0] ?? [];
            return flatten(best, path);
        }
        return [{ issue, path }];
    });
}
function toSuiteIssues({ issue, path }, file, schema) {
    // One error per unknown key, each at its own line.
    if (issue.code === 'unrecognized_keys') {
        const known = knownKeys(schema, path, file.data);
        return issue.keys.map((key) => error(file.locateKey([...path, key]), `unknown key '${key}'${(0,did_you_mean/* suggestion */.h)(key, known)}`));
    }
    return [toSuiteIssue({ issue, path }, file)];
}
function toSuiteIssue({ issue, path }, file) {
    const value = valueAt(file.data, path);
    const expected = value === undefined ? expectedOf(issue) : undefined;
    if (expected !== undefined)
        return error(file.locate(path.slice(0, -1)), `missing required key '${String(path.at(-1))}' (expected ${expected})`);
    return error(file.locate(path), `${label(path)}${describe(issue, value)}`);
}
/** What a missing value should have been, for the issues a missing key produces. */
function expectedOf(issue) {
    if (issue.code === 'invalid_type')
        return article(String(issue.expected));
    const options = issue.code === 'invalid_value'
        ? issue.values
        : issue.code === 'invalid_union' && 'options' in issue && Array.isArray(issue.options)
            ? issue.options
            : undefined;
    return options && `one of ${options.map((o) => `'${String(o)}'`).join(', ')}`;
}
function describe(issue, value) {
    switch (issue.code) {
        case 'invalid_type':
            return `expected ${article(String(issue.expected))}, got ${kindOf(value)}`;
        case 'invalid_value': {
            const options = issue.values.map((v) => `'${String(v)}'`).join(', ');
            const hint = typeof value === 'string' ? (0,did_you_mean/* suggestion */.h)(value, issue.values.map(String)) : '';
            return `expected ${issue.values.length === 1 ? options : `one of ${options}`}, got ${show(value)}${hint}`;
        }
        case 'invalid_union':
            if ('options' in issue && Array.isArray(issue.options)) {
                const options = issue.options.map(String);
                const hint = typeof value === 'string' ? (0,did_you_mean/* suggestion */.h)(value, options) : '';
                return `expected one of ${options.map((o) => `'${o}'`).join(', ')}, got ${show(value)}${hint}`;
            }
            return `invalid value ${show(value)}`;
        case 'too_big':
            return issue.origin === 'number'
                ? `expected a number ${issue.inclusive ? 'at most' : 'below'} ${String(issue.maximum)}, got ${show(value)}`
                : `too long: at most ${String(issue.maximum)} allowed`;
        case 'too_small':
            if (issue.origin === 'number')
                return (`expected a number ${issue.inclusive ? 'at least' : 'above'} ${String(issue.minimum)}, got ` +
                    `${show(value)}`);
            return issue.origin === 'array'
                ? `expected at least ${String(issue.minimum)} item(s)`
                : `expected a non-empty value`;
        case 'invalid_format': {
            // A value in a field named like a credential may be a secret pasted by mistake: never printed back.
            const secretField = SECRET_FIELD.test(String(issue.path.at(-1) ?? ''));
            const shown = secretField ? 'a value that is not shown (it may be a secret)' : show(value);
            const strange = !secretField && typeof value === 'string' ? (0,confusables/* describeStrangeCharacter */.vs)(value) : undefined;
            const why = strange === undefined ? '' : ` — ${strange}`;
            return (`${issue.format === 'regex' ? `expected ${issue.message}` : `expected a valid ${issue.format}`}, ` +
                `got ${shown}${why}`);
        }
        default:
            return issue.message;
    }
}
const SECRET_FIELD = /key|token|secret|password/i;
function label(path) {
    const key = [...path].reverse().find((segment) => typeof segment === 'string');
    return key === undefined ? '' : `${key}: `;
}
function error(location, message) {
    return { location, message, severity: 'error' };
}
/** zod's type names in YAML words. */
const YAML_TYPE_NAMES = { array: 'list', object: 'mapping', record: 'mapping' };
function article(type) {
    const name = YAML_TYPE_NAMES[type] ?? type;
    return /^[aeiou]/.test(name) ? `an ${name}` : `a ${name}`;
}
function kindOf(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a mapping';
    return `${article(typeof value)} (${show(value)})`;
}
function show(value) {
    if (typeof value === 'string')
        return `'${(0,confusables/* visible */.RK)(value)}'`;
    if (value === undefined)
        return 'nothing';
    return JSON.stringify(value) ?? String(value);
}
function valueAt(data, path) {
    let current = data;
    for (const segment of path) {
        if (current === null || typeof current !== 'object')
            return undefined;
        current = current[segment];
    }
    return current;
}
/** Keys the schema accepts for the object at `path` (for "did you mean" on unknown keys). */
function keysAt(def, path, data) {
    const value = valueAt(data, path);
    const objects = objectsAt(def, path, data, 0);
    const typed = objects.filter((o) => {
        const discriminator = o.shape?.type?._zod.def;
        return (!discriminator?.values ||
            !value ||
            typeof value !== 'object' ||
            discriminator.values.includes(value.type));
    });
    return [...new Set((typed.length > 0 ? typed : objects).flatMap((o) => Object.keys(o.shape ?? {})))];
}
function objectsAt(def, path, data, depth) {
    const inner = def.innerType ?? def.in;
    if (inner)
        return objectsAt(inner._zod.def, path, data, depth);
    if (def.options)
        return def.options.flatMap((o) => objectsAt(o._zod.def, path, data, depth));
    if (def.left && def.right)
        return [...objectsAt(def.left._zod.def, path, data, depth), ...objectsAt(def.right._zod.def, path, data, depth)];
    if (depth === path.length)
        return def.type === 'object' ? [def] : [];
    const segment = path[depth];
    if (def.type === 'array' && def.element)
        return objectsAt(def.element._zod.def, path, data, depth + 1);
    const child = typeof segment === 'string' ? def.shape?.[segment] : undefined;
    return child ? objectsAt(child._zod.def, path, data, depth + 1) : [];
}

;// CONCATENATED MODULE: ./src/suite/collect.ts


const ITEM_SCHEMAS = {
    agents: schema/* AgentSchema */.TH,
    personas: schema/* PersonaSchema */.cx,
    scenarios: schema/* ScenarioSchema */.x6,
    profiles: schema/* ProfileSchema */.DT,
    tools: schema/* ToolSchema */.WK,
    metrics: schema/* NamedMetricSchema */.h,
    tests: schema/* TestSchema */.c4,
    sets: schema/* SetSchema */.Yx,
    datasets: schema/* DatasetSchema */.e8,
};
const COLLECTIONS = Object.keys(ITEM_SCHEMAS);
/** What each collection is called in messages. */
const KIND = {
    agents: 'agent',
    personas: 'persona',
    scenarios: 'scenario',
    profiles: 'profile',
    tools: 'tool',
    metrics: 'metric',
    tests: 'test',
    sets: 'set',
    datasets: 'dataset',
};
function locate(entry, ...subpath) {
    return entry.file.locate([...entry.path, ...subpath]);
}
function collect(files) {
    const issues = [];
    const collections = Object.fromEntries(COLLECTIONS.map((name) => [name, []]));
    const raw = Object.fromEntries(COLLECTIONS.map((name) => [name, []]));
    const known = Object.fromEntries(COLLECTIONS.map((name) => [name, new Set()]));
    const firstSeen = new Map();
    const [root] = files;
    if (!root)
        throw new Error('collect: no files');
    for (const file of files) {
        const whole = schema/* SuiteFileSchema */.Qk.safeParse(file.data);
        if (!whole.success)
            issues.push(...zodIssuesToSuiteIssues(whole.error.issues, file, schema/* SuiteFileSchema */.Qk));
        if (file !== root)
            issues.push(...rootOnlyKeys(file, root));
        for (const name of COLLECTIONS) {
            const items = file.data[name];
            if (!Array.isArray(items))
                continue;
            items.forEach((item, index) => {
                const path = [name, index];
                if (item && typeof item === 'object' && !Array.isArray(item))
                    raw[name].push({ value: item, file, path });
                const id = idOf(name, item);
                if (id !== undefined) {
                    known[name].add(id);
                    const key = `${name}:${id}`;
                    const first = firstSeen.get(key);
                    const idPath = [...path, name === 'tools' ? 'name' : 'id'];
                    if (first)
                        issues.push({
                            location: file.locate(idPath),
                            message: `duplicate ${KIND[name]} ${name === 'tools' ? 'name' : 'id'} '${id}' (first declared at ` +
                                `${first.file}:${first.line}:${first.column})`,
                            severity: 'error',
                        });
                    else
                        firstSeen.set(key, file.locate(idPath));
                    if (first)
                        return;
                }
                const parsed = ITEM_SCHEMAS[name].safeParse(item);
                if (parsed.success)
                    collections[name].push({ value: parsed.data, file, path });
            });
        }
    }
    return { ...collections, raw, root, settings: rootSettings(root), known, issues };
}
function idOf(name, item) {
    if (!item || typeof item !== 'object')
        return undefined;
    const id = item[name === 'tools' ? 'name' : 'id'];
    return typeof id === 'string' ? id : undefined;
}
function rootOnlyKeys(file, root) {
    return schema/* ROOT_ONLY_KEYS */.z1.filter((key) => key in file.data).map((key) => ({
        location: file.locateKey([key]),
        message: `'${key}' is only allowed in the root config (${root.display}), not in an included file`,
        severity: 'error',
    }));
}
/** Root settings, each parsed on its own so one bad key does not hide the others. */
function rootSettings(root) {
    const settings = {};
    for (const key of [...schema/* ROOT_ONLY_KEYS */.z1, 'name']) {
        const parsed = schema/* SuiteFileSchema */.Qk.shape[key].safeParse(root.data[key]);
        if (parsed.success)
            settings[key] = parsed.data;
    }
    return settings;
}


/***/ }),

/***/ 9267:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  G: () => (/* binding */ displayPath),
  Q: () => (/* binding */ readSuiteFiles)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/suite/encoding.ts
/**
 * Suite files are UTF-8. Editors on Windows save UTF-16 (with a BOM, or
 * without one: every other byte NUL), which YAML would read as garbage; a
 * UTF-8 BOM is harmless but would shift every column on the first line by one.
 */
const SAVE_AS_UTF8 = 'save it as UTF-8 (most editors: "Save with encoding" → UTF-8)';
function decodeSuiteText(bytes) {
    if (bytes[0] === 0xff && bytes[1] === 0xfe)
        return failAt(1, 1, `file is UTF-16 (little-endian, with a byte order mark); ${SAVE_AS_UTF8}`);
    if (bytes[0] === 0xfe && bytes[1] === 0xff)
        return failAt(1, 1, `file is UTF-16 (big-endian, with a byte order mark); ${SAVE_AS_UTF8}`);
    const nul = bytes.indexOf(0);
    if (nul >= 0) {
        // ASCII text in UTF-16 without a BOM: a NUL next to every character.
        const utf16 = nul <= 1 && bytes.length >= 2 && (bytes[nul === 0 ? 1 : 0] ?? 0) !== 0;
        const { line, column } = position(bytes, nul);
        if (utf16)
            return failAt(1, 1, `file looks like UTF-16 (${nul === 0 ? 'big' : 'little'}-endian, NUL bytes between characters); ` +
                SAVE_AS_UTF8);
        return failAt(line, column, 'NUL byte in the file: a suite file is UTF-8 text; is this a binary file, or saved as UTF-16?');
    }
    let text;
    try {
        text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    }
    catch {
        const bad = firstInvalidUtf8(bytes);
        const { line, column } = position(bytes, bad);
        return failAt(line, column, `file is not valid UTF-8 (byte 0x${bytes[bad].toString(16).padStart(2, '0')}); ${SAVE_AS_UTF8}`);
    }
    // ignoreBOM keeps the BOM in the text; drop it so columns on line 1 are right.
    return { ok: true, text: text.startsWith('\uFEFF') ? text.slice(1) : text };
}
function failAt(line, column, message) {
    return { ok: false, message, line, column };
}
/** Line and column (in characters) of a byte offset. */
function position(bytes, offset) {
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, offset));
    const lineStart = before.lastIndexOf('\n') + 1;
    return { line: before.split('\n').length, column: [...before.slice(lineStart).replace(/^\uFEFF/, '')].length + 1 };
}
function firstInvalidUtf8(bytes) {
    let low = 0;
    let high = bytes.length;
    // The longest valid prefix, found by halving: decoding is linear, so this stays cheap.
    while (high - low > 1) {
        const middle = (low + high) >> 1;
        try {
            new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, middle), { stream: true });
            low = middle;
        }
        catch {
            high = middle;
        }
    }
    // An incomplete sequence is only detected at the byte after it: point at its lead byte instead.
    for (let back = low; back > low - 4 && back > 0; back--)
        if ((bytes[back - 1] & 0xc0) === 0xc0)
            return back - 1;
    return low;
}

;// CONCATENATED MODULE: ./src/suite/glob.ts
/**
 * `include` globs, matched by tinyglobby (picomatch syntax: `*`, `?`, `**`,
 * `[ab]` character classes, `{a,b}` alternatives), relative to the including
 * file. tinyglobby rather than `fs.glob`: `fs.glob` is experimental in Node 22,
 * the lowest Node the CLI supports. Dot files and `node_modules` are left out, as
 * before. Results are sorted so the merge order (and therefore "first
 * declared at") is deterministic.
 *
 * tinyglobby (and the picomatch and fdir it brings) is loaded by the first
 * include, not with the loader: most suites are one file, and every run of
 * them would pay a few ms of start-up for it.
 */

const tinyglobby = () => __webpack_require__.e(/* import() */ 382).then(__webpack_require__.bind(__webpack_require__, 3382));
async function hasGlobChars(pattern) {
    return (await tinyglobby()).isDynamicPattern(toGlobPattern(pattern));
}
/**
 * Glob patterns separate directories with `/` on every platform. On Windows a `\` in an include is a separator
 * (it can not be part of a file name there), so it is turned into `/`; elsewhere it stays an escape.
 */
function toGlobPattern(pattern, separator = external_node_path_.sep) {
    return separator === '\\' ? pattern.replaceAll('\\', '/') : pattern;
}
/** Absolute, native paths of the files `pattern` matches from `baseDir`; a plain path is returned as is. */
async function expandGlob(pattern, baseDir) {
    const globPattern = toGlobPattern(pattern);
    const { glob, isDynamicPattern } = await tinyglobby();
    if (!isDynamicPattern(globPattern))
        return [(0,external_node_path_.resolve)(baseDir, pattern)];
    const matches = await glob(globPattern, {
        cwd: baseDir,
        absolute: true,
        onlyFiles: true,
        dot: false,
        expandDirectories: false,
        ignore: ['**/node_modules/**'],
    });
    // tinyglobby answers with `/` on every platform; resolve() gives the native form the rest of the loader compares.
    return [...new Set(matches.map((match) => (0,external_node_path_.resolve)(match)))].sort();
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/suite/include-scope.ts
/**
 * Includes stay inside the repository: a suite (perhaps from a fork's pull
 * request) must not make Rehearse read `../../etc/x.yaml`, an absolute path,
 * or a symlink pointing out of the checkout, and echo it into a report.
 * Kept apart from glob matching, which only finds files.
 */



const INSIDE = 'included files must be inside the repository that holds the suite';
/** The nearest directory at or above `start` holding `.git` (a directory, or a file in a worktree); else `fallback`. */
function repositoryRoot(start, fallback) {
    for (let dir = (0,external_node_path_.resolve)(start);; dir = (0,external_node_path_.dirname)(dir)) {
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, '.git')))
            return dir;
        if ((0,external_node_path_.dirname)(dir) === dir)
            return (0,external_node_path_.resolve)(fallback);
    }
}
/** Why an include pattern is refused before it is expanded, or undefined. */
function includePatternProblem(pattern) {
    if ((0,external_node_path_.isAbsolute)(pattern) || /^[A-Za-z]:[\\/]/.test(pattern)) {
        const rule = 'includes are relative to the including file and stay inside the repository';
        return `include '${pattern}' is an absolute path: ${rule}`;
    }
    return undefined;
}
/**
 * Why a relative pattern climbs out of `root` (its literal directory part,
 * before any glob character), checked before the glob lists any directory.
 */
function includeClimbProblem(pattern, fromDir, root) {
    const literal = pattern
        .split('/')
        .filter((segment, index, all) => !/[*?[\]{}]/.test(all.slice(0, index + 1).join('/')));
    const base = (0,external_node_path_.resolve)(fromDir, ...literal);
    const rel = (0,external_node_path_.relative)((0,external_node_path_.resolve)(root), base);
    if (rel === '' || (!rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel)))
        return undefined;
    return `include '${pattern}' points outside the repository: ${INSIDE}`;
}
/** Why a matched file may not be read (it resolves outside `root`, symlinks followed), or undefined. */
async function includeTargetProblem(pattern, target, root) {
    const realRoot = await (0,promises_.realpath)(root).catch(() => root);
    // A missing file is reported by the caller; its path still must not point outside.
    const real = await (0,promises_.realpath)(target).catch(() => (0,external_node_path_.resolve)(target));
    const rel = (0,external_node_path_.relative)(realRoot, real);
    if (rel === '' || (!rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel)))
        return undefined;
    const via = real === (0,external_node_path_.resolve)(target) ? '' : ' through a symbolic link';
    // No absolute paths in the message: it may be posted on a pull request.
    return `include '${pattern}' points outside the repository${via}: ${INSIDE}`;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/suite/yaml-file.ts
/**
 * One YAML file of a suite: its data plus a way to turn a data path
 * (e.g. ["tests", 2, "persona"]) back into the line and column of the node,
 * so every error can point at the exact place in the user's file.
 */

/**
 * Lists and mappings nested deeper than this are refused: no suite needs it,
 * and past a few hundred levels the parser and every recursive walk after it
 * run out of stack ("Maximum call stack size exceeded" said nothing useful).
 */
const MAX_NESTING = 64;
/** Bounds what anchors and aliases may expand to, against alias bombs. */
const MAX_ALIAS_COUNT = 1000;
const NESTING_MESSAGE = `lists and mappings nested more than ${MAX_NESTING} levels deep: a suite file needs a ` +
    `few levels; flatten the data`;
/**
 * Where `[`/`{` brackets first open more than MAX_NESTING levels deep (quotes
 * and comments skipped): a better place to point at than where the parser's
 * stack happened to run out.
 */
function deepFlowOffset(text) {
    let depth = 0;
    let quote;
    for (let i = 0; i < text.length; i++) {
        const char = text[i];
        if (quote) {
            if (char === '\\' && quote === '"')
                i++;
            else if (char === quote)
                quote = undefined;
        }
        else if (char === '"' || char === "'")
            quote = char;
        else if (char === '#' && (i === 0 || /\s/.test(text[i - 1]))) {
            const lineEnd = text.indexOf('\n', i);
            i = lineEnd < 0 ? text.length : lineEnd;
        }
        else if (char === '[' || char === '{') {
            if (++depth > MAX_NESTING)
                return i;
        }
        else if ((char === ']' || char === '}') && depth > 0)
            depth--;
    }
    return undefined;
}
function syntaxMessage(error, doc, lineOf) {
    if (error.code === 'MULTIPLE_DOCS')
        return 'several YAML documents in one file: one document per file; split it or remove the `---`';
    if (error.code === 'DUPLICATE_KEY') {
        const duplicate = findDuplicateKey(doc, error.pos[0]);
        if (duplicate)
            return (`duplicate key '${duplicate.key}': given on line ${lineOf(duplicate.firstOffset)} and again on line ` +
                `${lineOf(error.pos[0])} of the same mapping; keep one (a list such as \`tests:\` takes all its items ` +
                `under one key)`);
    }
    return `YAML syntax error: ${error.message}`;
}
/** The key that starts at `offset` and repeats an earlier key of its mapping, with where that one starts. */
function findDuplicateKey(doc, offset) {
    let found;
    (0,dist/* visit */.YR)(doc, {
        Map(_key, map) {
            const seen = new Map();
            for (const pair of map.items) {
                if (!(0,dist/* isScalar */.jn)(pair.key) || !pair.key.range)
                    continue;
                const name = String(pair.key.value);
                const first = seen.get(name);
                if (pair.key.range[0] === offset && first !== undefined) {
                    found = { key: name.length > 80 ? `${name.slice(0, 79)}…` : name, firstOffset: first };
                    return dist/* visit */.YR.BREAK;
                }
                if (first === undefined)
                    seen.set(name, pair.key.range[0]);
            }
            return undefined;
        },
    });
    return found;
}
/**
 * Aliases to no anchor and merge keys (`<<`) that do not merge a mapping:
 * `toJS` would throw on these. One pass in document order, with the anchors
 * seen so far (what `Alias.resolve` finds, without its walk per alias).
 */
function findAliasProblem(doc) {
    let problem;
    const anchors = new Map();
    const deref = (node) => ((0,dist/* isAlias */.Vj)(node) ? anchors.get(node.source) : node);
    (0,dist/* visit */.YR)(doc, {
        Node(_key, node) {
            if (!(0,dist/* isAlias */.Vj)(node) && node.anchor)
                anchors.set(node.anchor, node);
            return undefined;
        },
        Alias(_key, node) {
            if (anchors.has(node.source))
                return undefined;
            problem = {
                offset: node.range?.[0] ?? 0,
                message: `unknown YAML alias '*${node.source}': no anchor '&${node.source}' is set before it`,
            };
            return dist/* visit */.YR.BREAK;
        },
        Pair(_key, pair) {
            if (!(0,dist/* isScalar */.jn)(pair.key) || !isMergeKey(pair.key.value))
                return undefined;
            const value = deref(pair.value);
            const sources = (0,dist/* isSeq */.oP)(value) ? value.items.map(deref) : [value];
            if (sources.every((source) => (0,dist/* isMap */.jh)(source)))
                return undefined;
            problem = {
                offset: pair.value?.range?.[0] ?? pair.key.range?.[0] ?? 0,
                message: 'merge key `<<` expects a mapping, an alias of one (`<<: *defaults`) or a list of them',
            };
            return dist/* visit */.YR.BREAK;
        },
    });
    return problem;
}
/** The first node nested deeper than MAX_NESTING, walked with an explicit stack (recursion is what fails here). */
function tooDeepOffset(root) {
    const stack = [{ node: root, depth: 1 }];
    while (stack.length > 0) {
        const { node, depth } = stack.pop();
        if (!(0,dist/* isMap */.jh)(node) && !(0,dist/* isSeq */.oP)(node))
            continue;
        if (depth > MAX_NESTING)
            return node.range?.[0] ?? 0;
        for (const item of node.items) {
            if ((0,dist/* isPair */.tO)(item))
                stack.push({ node: item.value, depth: depth + 1 }, { node: item.key, depth: depth + 1 });
            else
                stack.push({ node: item, depth: depth + 1 });
        }
    }
    return undefined;
}
function isMergeKey(value) {
    return value === '<<' || (typeof value === 'symbol' && value.description === '<<');
}
function firstAliasOffset(doc) {
    let offset;
    (0,dist/* visit */.YR)(doc, {
        Alias(_key, node) {
            offset = node.range?.[0];
            return dist/* visit */.YR.BREAK;
        },
    });
    return offset;
}
function parseYamlFile(path, display, text) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: true, merge: true });
    const at = (offset) => {
        const { line, col } = lineCounter.linePos(offset);
        return { file: display, line, column: col };
    };
    const fail = (offset, message) => ({
        ok: false,
        issue: { location: at(offset), message, severity: 'error' },
    });
    // Later syntax errors are mostly echoes of the first one, so report that one.
    const syntax = doc.errors[0];
    if (syntax && /call stack/i.test(syntax.message))
        return fail(deepFlowOffset(text) ?? syntax.pos[0], NESTING_MESSAGE);
    if (syntax)
        return fail(syntax.pos[0], syntaxMessage(syntax, doc, (offset) => lineCounter.linePos(offset).line));
    // yaml only warns about an unknown tag and then keeps the value untagged:
    // a suite has no custom types, so a tag is a mistake worth stopping for.
    const unknownTag = doc.warnings.find((w) => w.code === 'TAG_RESOLVE_FAILED');
    if (unknownTag) {
        const tag = text.slice(unknownTag.pos[0], unknownTag.pos[1]);
        return fail(unknownTag.pos[0], `unknown YAML tag '${tag}': suite files use plain YAML values, remove the tag`);
    }
    if (doc.contents === null)
        return fail(0, 'empty file: expected a YAML mapping of suite keys (e.g. `personas:`, `tests:`)');
    if (!(0,dist/* isMap */.jh)(doc.contents)) {
        const kind = (0,dist/* isSeq */.oP)(doc.contents) ? 'a list' : 'a single value';
        return fail(doc.contents.range?.[0] ?? 0, `expected a YAML mapping of suite keys (e.g. \`personas:\`, \`tests:\`), got ${kind} — is this a suite file?`);
    }
    const root = doc.contents;
    const deep = tooDeepOffset(root);
    if (deep !== undefined)
        return fail(deep, NESTING_MESSAGE);
    const structural = findAliasProblem(doc);
    if (structural)
        return fail(structural.offset, structural.message);
    let data;
    try {
        data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    }
    catch (error) {
        // The checks above catch what a user writes by mistake; what is left is
        // alias expansion beyond the limit (a "billion laughs" document).
        const message = error instanceof Error && /alias count/i.test(error.message)
            ? `YAML aliases expand to more than ${MAX_ALIAS_COUNT} nodes: write the data out instead of nesting aliases`
            : `cannot read YAML: ${error instanceof Error ? error.message : String(error)}`;
        return fail(firstAliasOffset(doc) ?? 0, message);
    }
    const offsetOf = (path, wantKey) => {
        let node = root;
        for (const [index, segment] of path.entries()) {
            const isLast = index === path.length - 1;
            if ((0,dist/* isMap */.jh)(node)) {
                const pair = node.items.find((item) => (0,dist/* isPair */.tO)(item) && (0,dist/* isScalar */.jn)(item.key) && String(item.key.value) === String(segment));
                if (!pair)
                    break;
                const key = pair.key;
                if (isLast && wantKey)
                    return key.range?.[0] ?? 0;
                if (!pair.value)
                    return key.range?.[0] ?? 0;
                node = pair.value;
            }
            else if ((0,dist/* isSeq */.oP)(node) && typeof segment === 'number' && node.items[segment]) {
                node = node.items[segment];
            }
            else
                break;
        }
        return node.range?.[0] ?? 0;
    };
    return {
        ok: true,
        file: { path, display, data, locate: (p) => at(offsetOf(p, false)), locateKey: (p) => at(offsetOf(p, true)) },
    };
}

;// CONCATENATED MODULE: ./src/suite/files.ts
/**
 * Reads the root config and, depth first, every file its `include` globs
 * match (relative to the including file). Missing files, globs matching
 * nothing, non-YAML files and include cycles are errors at the include line.
 */






const YAML_FILE = /\.ya?ml$/i;
function displayPath(absolute, cwd) {
    const rel = (0,external_node_path_.relative)(cwd, absolute);
    return rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel) ? absolute : rel;
}
async function readSuiteFiles(rootPath, cwd) {
    const files = [];
    const issues = [];
    const visited = new Set();
    const show = (path) => displayPath(path, cwd);
    const repository = repositoryRoot((0,external_node_path_.dirname)(rootPath), cwd);
    const visit = async (path, chain) => {
        visited.add(path);
        let bytes;
        try {
            bytes = await (0,promises_.readFile)(path);
        }
        catch (error) {
            issues.push({
                location: { file: show(path), line: 1, column: 1 },
                message: `cannot read suite file: ${readError(error)}`,
                severity: 'error',
            });
            return;
        }
        const decoded = decodeSuiteText(bytes);
        if (!decoded.ok) {
            const location = { file: show(path), line: decoded.line, column: decoded.column };
            issues.push({ location, message: decoded.message, severity: 'error' });
            return;
        }
        const text = decoded.text;
        const parsed = parseYamlFile(path, show(path), text);
        if (!parsed.ok) {
            issues.push(parsed.issue);
            return;
        }
        files.push(parsed.file);
        const includes = parsed.file.data.include;
        if (!Array.isArray(includes))
            return; // a wrong type is reported by the schema
        for (const [index, pattern] of includes.entries()) {
            if (typeof pattern !== 'string')
                continue;
            const at = parsed.file.locate(['include', index]);
            const fail = (message) => void issues.push({ location: at, message, severity: 'error' });
            const patternProblem = includePatternProblem(pattern) ?? includeClimbProblem(pattern, (0,external_node_path_.dirname)(path), repository);
            if (patternProblem) {
                fail(patternProblem);
                continue;
            }
            const matches = await expandGlob(pattern, (0,external_node_path_.dirname)(path));
            if (!(await hasGlobChars(pattern))) {
                const [target] = matches;
                // Outside first: "no such file ../../etc/x.yaml" would tell the reader what exists out there.
                const outside = target === undefined ? undefined : await includeTargetProblem(pattern, target, repository);
                if (outside) {
                    fail(outside);
                    continue;
                }
                const kind = target === undefined ? 'file' : await kindOf(target);
                if (target && kind === 'directory') {
                    fail(`include '${pattern}' is a directory: include its files with a glob, e.g. ` +
                        `'${pattern.replace(/\/+$/, '')}/*.yaml'`);
                    continue;
                }
                if (target && kind === 'missing') {
                    fail(`missing include '${pattern}': no such file (${show(target)})`);
                    continue;
                }
            }
            else if (matches.length === 0) {
                fail(`include '${pattern}' matches no file`);
                continue;
            }
            for (const match of matches) {
                const outside = await includeTargetProblem(pattern, match, repository);
                if (outside)
                    fail(outside);
                else if (!YAML_FILE.test(match))
                    fail(`include '${pattern}' matches '${show(match)}', which is not a YAML file (expected .yaml or .yml)`);
                else if (chain.includes(match))
                    fail(`include cycle: ${[...chain.slice(chain.indexOf(match)), match].map(show).join(' → ')}`);
                else if (!visited.has(match))
                    await visit(match, [...chain, match]);
            }
        }
    };
    await visit(rootPath, [rootPath]);
    return { files, issues };
}
async function kindOf(path) {
    try {
        return (await (0,promises_.stat)(path)).isDirectory() ? 'directory' : 'file';
    }
    catch {
        return 'missing';
    }
}
function readError(error) {
    const code = error?.code;
    if (code === 'ENOENT')
        return 'no such file';
    if (code === 'EISDIR')
        return 'is a directory, expected a YAML file';
    return error?.message ?? String(error);
}


/***/ }),

/***/ 9183:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ recordedTurnOf),
/* harmony export */   g: () => (/* binding */ resolveStarts)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _transcript_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3900);
/* harmony import */ var _collect_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8646);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9267);
/**
 * What the loader reads besides the YAML for conversations that start from
 * recorded turns and for the simulated user's own prompt:
 * - `start_from_file` is read with the transcript reader of `scenario
 *   from-transcript` (any format it accepts) into the same turns `start_from`
 *   writes inline; recorded turns replace the scenario's opening, so an
 *   opening message beside them is an error;
 * - `simulator.system_prompt_file` (root or persona) is read into
 *   `system_prompt`, so later stages and the content versions see the text.
 */





async function resolveStarts(suite, cwd) {
    const issues = [];
    const fail = (location, message) => void issues.push({ location, message, severity: 'error' });
    const show = (path) => (0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .displayPath */ .G)(path, cwd);
    const scenarios = new Map();
    for (const entry of suite.scenarios) {
        const turns = await startingTurns(entry, fail, show);
        if (turns === undefined)
            continue;
        scenarios.set(entry.value.id, turns);
        checkNoOpening(entry, fail);
    }
    const root = suite.settings.simulator;
    const simulator = root &&
        (await withPrompt(root, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(suite.root.path), (...path) => suite.root.locate(['simulator', ...path]), fail, show));
    const personas = new Map();
    for (const entry of suite.personas) {
        const own = entry.value.simulator;
        if (!own)
            continue;
        const at = (...path) => (0,_collect_js__WEBPACK_IMPORTED_MODULE_3__/* .locate */ .x5)(entry, 'simulator', ...path);
        const resolved = await withPrompt(own, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(entry.file.path), at, fail, show);
        if (resolved)
            personas.set(entry.value.id, resolved);
    }
    return { scenarios, ...(simulator ? { simulator } : {}), personas, issues };
}
async function startingTurns(entry, fail, show) {
    const { id, start_from: inline, start_from_file: file } = entry.value;
    if (inline !== undefined && file !== undefined) {
        fail((0,_collect_js__WEBPACK_IMPORTED_MODULE_3__/* .locate */ .x5)(entry, 'start_from_file'), `scenario '${id}' sets both start_from and start_from_file; keep one`);
        return undefined;
    }
    if (file === undefined)
        return inline;
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(entry.file.path), file);
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    }
    catch {
        fail((0,_collect_js__WEBPACK_IMPORTED_MODULE_3__/* .locate */ .x5)(entry, 'start_from_file'), `start_from_file '${file}' not found (${show(path)})`);
        return undefined;
    }
    try {
        const turns = (0,_transcript_js__WEBPACK_IMPORTED_MODULE_2__/* .parseTranscript */ .K9)(text, show(path)).turns.map(recordedTurnOf);
        if (turns.length === 0)
            throw new Error(`${show(path)}: the transcript has no turns`);
        return turns;
    }
    catch (error) {
        fail((0,_collect_js__WEBPACK_IMPORTED_MODULE_3__/* .locate */ .x5)(entry, 'start_from_file'), `start_from_file '${file}' can not be read: ${error instanceof Error ? error.message : String(error)}`);
        return undefined;
    }
}
/** A turn of the transcript reader as a recorded turn of the suite. */
function recordedTurnOf(turn) {
    if (turn.role === 'user')
        return { user: turn.text };
    const calls = turn.toolCalls.map((call) => ({
        name: call.name,
        arguments: call.arguments,
        ...(call.failed ? { error: errorText(call.output) } : call.output === undefined ? {} : { result: call.output }),
    }));
    return { agent: turn.text, ...(calls.length ? { tool_calls: calls } : {}) };
}
function errorText(output) {
    if (output === undefined)
        return 'failed';
    return typeof output === 'string' ? output : JSON.stringify(output);
}
/** The recorded turns are the conversation's opening: a scripted or behavioral opening beside them is a mistake. */
function checkNoOpening(entry, fail) {
    const scenario = entry.value;
    const why = 'the recorded turns of start_from are the opening';
    if (scenario.type === 'behavioral') {
        if (scenario.first_message !== undefined && scenario.first_message.trim() !== '')
            fail((0,_collect_js__WEBPACK_IMPORTED_MODULE_3__/* .locate */ .x5)(entry, 'first_message'), `scenario '${scenario.id}': drop first_message: ${why}`);
        return;
    }
    const conditions = scenario.conditional_actions.conditions;
    const index = conditions.findIndex((c) => String(c.condition).trim().toUpperCase() === 'FIRST_MESSAGE');
    const opener = conditions[index];
    if (opener && opener.action.trim() !== '')
        fail((0,_collect_js__WEBPACK_IMPORTED_MODULE_3__/* .locate */ .x5)(entry, 'conditional_actions', 'conditions', index, 'action'), `scenario '${scenario.id}': give FIRST_MESSAGE an empty action (""): ${why}`);
}
async function withPrompt(settings, baseDir, at, fail, show) {
    const { system_prompt_file: file, ...rest } = settings;
    if (file === undefined)
        return settings;
    if (settings.system_prompt !== undefined) {
        fail(at('system_prompt_file'), 'simulator sets both system_prompt and system_prompt_file; keep one');
        return undefined;
    }
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(baseDir, file);
    try {
        return { ...rest, system_prompt: await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8') };
    }
    catch {
        fail(at('system_prompt_file'), `system prompt file '${file}' not found (${show(path)})`);
        return undefined;
    }
}


/***/ }),

/***/ 3900:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K9: () => (/* binding */ parseTranscript),
/* harmony export */   xb: () => (/* binding */ parseTranscripts)
/* harmony export */ });
/* unused harmony export ACCEPTED_SHAPES */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17);
/**
 * Reads recorded conversations, in the shapes people have them, into plain
 * turns:
 * - OpenAI chat messages as JSON (an array, or an object with `messages`);
 * - a τ-bench results file (an array of `{task_id, reward, traj}`) or one
 *   such object; a τ²-bench results file (`{simulations: [{messages}]}`) or
 *   one simulation;
 * - JSON lines: one message per line, or one conversation per line (any of
 *   the JSON shapes above on a single line);
 * - plain text: `User:` / `Agent:` (or `Assistant:`) lines, and `Tool:` lines
 *   for the agent's tool calls and their results.
 * A file can hold several conversations. Every mistake names file:line and
 * the shapes accepted.
 */


/** The shapes accepted, for error messages. */
const ACCEPTED_SHAPES = 'expected OpenAI chat messages (a JSON array, or {"messages": [...]}), a τ-bench results file ' +
    '([{"task_id", "reward", "traj": [...]}]), a τ²-bench results file ({"simulations": [{"messages": [...]}]}), ' +
    'JSON lines (one message or one conversation per line), or "User:" / "Agent:" text';
const TEXT_SHAPES = 'expected "User: …", "Agent: …", "Tool: name {json args} -> output", "Tool: name {json args}" ' +
    'followed by "Tool: output", or a continuation of the line above';
/** One conversation: the first of the file, for callers that take one. */
function parseTranscript(text, file) {
    const { transcripts, skipped } = parseTranscripts(text, file, { includeUnsolved: true });
    const first = transcripts[0];
    if (!first)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${file}:1:1: no conversation to read (${skipped.join('; ')})`);
    return first;
}
function parseTranscripts(text, file, options = {}) {
    const trimmed = text.trim();
    if (trimmed === '')
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${file}:1:1: the transcript is empty; ${ACCEPTED_SHAPES}`);
    const reader = new Reader(file, options);
    if (trimmed.startsWith('[') || trimmed.startsWith('{')) {
        let parsed;
        let failure;
        try {
            parsed = JSON.parse(trimmed);
        }
        catch (error) {
            failure = error;
        }
        if (failure === undefined)
            reader.readJson(parsed, lazyLines(text), undefined);
        else if (!isJsonLines(text))
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${file}:${jsonErrorLine(text, failure)}: not valid JSON (${failure.message}); ${ACCEPTED_SHAPES}`);
        else {
            text.split('\n').forEach((line, i) => {
                if (line.trim() === '')
                    return;
                let value;
                try {
                    value = JSON.parse(line);
                }
                catch (error) {
                    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${file}:${i + 1}:1: not a JSON object (${error.message}); expected one message ` +
                        `({"role": "user", "content": "…"}) or one conversation per line`);
                }
                reader.line(value, i + 1);
            });
            reader.endLines();
        }
    }
    else {
        reader.add('text', file, fromText(text, file));
    }
    if (reader.transcripts.length === 0 && reader.skipped.length === 0)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${file}:1:1: no conversation found; ${ACCEPTED_SHAPES}`);
    return { transcripts: reader.transcripts, skipped: reader.skipped };
}
/** More than one line, the first of which is a whole JSON value on its own. */
function isJsonLines(text) {
    const lines = text.split('\n').filter((line) => line.trim() !== '');
    if (lines.length < 2)
        return false;
    try {
        JSON.parse(lines[0]);
        return true;
    }
    catch {
        return false;
    }
}
/** Where JSON.parse stopped, as line:column (V8 says "at position N"). */
function jsonErrorLine(text, error) {
    const position = /position (\d+)/.exec(error.message)?.[1];
    if (position === undefined)
        return '1:1';
    const before = text.slice(0, Number(position)).split('\n');
    return `${before.length}:${before.at(-1).length + 1}`;
}
function lazyLines(text) {
    let doc;
    return (path) => {
        doc ??= (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { keepSourceTokens: false });
        const node = doc.getIn(path, true);
        const offset = node?.range?.[0];
        return offset === undefined ? 1 : text.slice(0, offset).split('\n').length;
    };
}
class Reader {
    file;
    options;
    transcripts = [];
    skipped = [];
    /** JSON lines holding single messages, gathered into one conversation. */
    messageLines = [];
    constructor(file, options) {
        this.file = file;
        this.options = options;
    }
    add(format, source, turns, where = `${source}`) {
        if (!turns.some((t) => t.role === 'user'))
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${where}: the conversation has no user turn`);
        if (!turns.some((t) => t.role === 'agent' && (t.text !== '' || t.toolCalls.length > 0)))
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${where}: the conversation has no agent turn`);
        this.transcripts.push({ format, source, turns });
    }
    /** A parsed JSON file: a message list, a conversation object, or a list of conversations. */
    readJson(value, lineOf, line) {
        const at = (path) => () => `${this.file}:${line ?? lineOf(path)}`;
        const label = (extra) => (line === undefined ? `${this.file}${extra}` : `${this.file}:${line}${extra}`);
        if (Array.isArray(value)) {
            if (value.length === 0)
                throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${at([])()}: an empty list; ${ACCEPTED_SHAPES}`);
            if (value.every(isRunRecord)) {
                value.forEach((record, i) => this.benchRecord(record, [i], lineOf, line, 'tau-bench'));
                return;
            }
            if (value.some(isRunRecord) || value.some(isConversationObject)) {
                value.forEach((item, i) => this.readJson(item, (path) => lineOf([i, ...path]), line));
                return;
            }
            const format = line === undefined ? 'openai-json' : 'jsonl';
            this.add(format, label(''), fromMessages(value.map((m, i) => ({ message: m, where: at([i]) }))), at([])());
            return;
        }
        if (typeof value !== 'object' || value === null)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${at([])()}: ${JSON.stringify(value)?.slice(0, 40)} is not a conversation; ${ACCEPTED_SHAPES}`);
        const object = value;
        if (Array.isArray(object['simulations'])) {
            object['simulations'].forEach((simulation, i) => this.benchRecord(simulation, ['simulations', i], lineOf, line, 'tau2-bench'));
            return;
        }
        if (isRunRecord(object)) {
            this.benchRecord(object, [], lineOf, line, Array.isArray(object['traj']) ? 'tau-bench' : 'tau2-bench');
            return;
        }
        if (Array.isArray(object['messages'])) {
            const messages = object['messages'];
            this.add(line === undefined ? 'openai-json' : 'jsonl', label(''), fromMessages(messages.map((m, i) => ({ message: m, where: at(['messages', i]) }))), at([])());
            return;
        }
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${at([])()}: an object with ${describeKeys(object)}, which is not a conversation; ${ACCEPTED_SHAPES}`);
    }
    /** One τ-bench record (`traj`) or τ² simulation (`messages`), skipped when its reward says unsolved. */
    benchRecord(record, path, lineOf, line, format) {
        const r = record;
        const key = Array.isArray(r['traj']) ? 'traj' : 'messages';
        const messages = (r[key] ?? []);
        const task = r['task_id'] ?? '?';
        const trial = typeof r['trial'] === 'number' ? `, trial ${r['trial']}` : '';
        const source = `${line === undefined ? this.file : `${this.file}:${line}`} (task ${String(task)}${trial})`;
        const reward = rewardOf(r);
        if (messages.length === 0) {
            this.skipped.push(`${source}: no messages`);
            return;
        }
        if (reward !== undefined && reward < 1 && !this.options.includeUnsolved) {
            this.skipped.push(`${source}: reward ${reward}, the task was not solved (--include-unsolved keeps it)`);
            return;
        }
        const at = (i) => () => `${this.file}:${line ?? lineOf([...path, key, i])}`;
        this.add(format, source, fromMessages(messages.map((m, i) => ({ message: m, where: at(i) }))), `${this.file}:${line ?? lineOf(path)}`);
    }
    /** One line of a JSON-lines file: a message (gathered) or a whole conversation. */
    line(value, line) {
        const isMessage = typeof value === 'object' && value !== null && !Array.isArray(value) && 'role' in value;
        if (isMessage) {
            this.messageLines.push({ message: value, where: () => `${this.file}:${line}` });
            return;
        }
        if (this.messageLines.length > 0)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${this.file}:${line}: a conversation on a line of a file of single messages; ` +
                `expected {"role": …, "content": …} like the lines above`);
        this.readJson(value, () => line, line);
    }
    endLines() {
        if (this.messageLines.length > 0)
            this.add('jsonl', this.file, fromMessages(this.messageLines), `${this.file}:1`);
        this.messageLines = [];
    }
}
function isRunRecord(value) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return false;
    const v = value;
    return Array.isArray(v['traj']) || (Array.isArray(v['messages']) && ('task_id' in v || 'reward_info' in v));
}
function isConversationObject(value) {
    return typeof value === 'object' && value !== null && !('role' in value) && 'messages' in value;
}
function rewardOf(record) {
    const direct = record['reward'];
    if (typeof direct === 'number')
        return direct;
    const info = record['reward_info'];
    return typeof info?.reward === 'number' ? info.reward : undefined;
}
function describeKeys(object) {
    const keys = Object.keys(object).slice(0, 5);
    return keys.length === 0 ? 'no keys' : `keys ${keys.map((k) => JSON.stringify(k)).join(', ')}`;
}
const USER_ROLES = new Set(['user', 'human', 'customer']);
const AGENT_ROLES = new Set(['assistant', 'agent', 'ai', 'bot', 'model']);
const TOOL_ROLES = new Set(['tool', 'function']);
/**
 * Chat messages → turns. The agent's tool calls are joined with their results
 * (by `tool_call_id`, τ²'s `id`, or in order) and with the reply that
 * follows; calls with no reply after them (a transfer as the last act) make a
 * last agent turn with no text. Tools the user runs (τ²'s `requestor: user`)
 * are the user's own device, not the agent's: they are left out.
 */
function fromMessages(messages) {
    const turns = [];
    let pending = [];
    let open = [];
    for (const { message, where } of messages) {
        if (typeof message !== 'object' || message === null || Array.isArray(message))
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${where()}: ${JSON.stringify(message)?.slice(0, 40)} is not a message; expected {"role": …, "content": …}`);
        const m = message;
        const role = typeof m.role === 'string' ? m.role.toLowerCase() : m.role;
        const content = contentText(m.content);
        if (role === 'system' || role === 'developer')
            continue;
        if (typeof role === 'string' && USER_ROLES.has(role)) {
            if (content.trim() !== '')
                turns.push({ role: 'user', text: content, toolCalls: [] });
        }
        else if (typeof role === 'string' && AGENT_ROLES.has(role)) {
            const calls = (m.tool_calls ?? []).map((call) => toolCallOf(call, where));
            if (content.trim() !== '') {
                turns.push({ role: 'agent', text: content, toolCalls: pending });
                pending = [];
            }
            // Calls sent with a reply are made after it: they belong to the next reply (or to the last turn).
            pending.push(...calls);
            open.push(...calls);
        }
        else if (typeof role === 'string' && TOOL_ROLES.has(role)) {
            if (m.requestor === 'user')
                continue;
            const id = m.tool_call_id ?? m.id;
            const target = (id ? open.find((call) => call.id === id) : undefined) ??
                open.find((call) => call.output === undefined && (!m.name || call.name === m.name));
            if (target) {
                target.output = parseMaybeJson(content);
                if (isFailure(m.error, content, target.output))
                    target.failed = true;
                open = open.filter((call) => call !== target);
            }
        }
        else {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${where()}: unknown role ${JSON.stringify(m.role)}; expected "user", "assistant", "tool" or "system"` +
                (m.role === undefined ? ` (a message is {"role": …, "content": …}; ${ACCEPTED_SHAPES})` : ''));
        }
    }
    if (pending.length > 0)
        turns.push({ role: 'agent', text: '', toolCalls: pending });
    return turns.map((t) => ({
        role: t.role,
        text: t.text,
        toolCalls: t.toolCalls.map(({ id: _id, ...call }) => call),
    }));
}
/** An error result: τ²'s `error: true`, τ-bench's "Error: …" text, or a JSON object with only an error. */
function isFailure(flag, content, output) {
    if (flag === true)
        return true;
    if (/^\s*error\b/i.test(content))
        return true;
    if (typeof output === 'object' && output !== null && !Array.isArray(output)) {
        const o = output;
        if (o['success'] === false || o['ok'] === false)
            return true;
        return 'error' in o && o['error'] !== null && o['error'] !== false && Object.keys(o).length <= 3;
    }
    return false;
}
function toolCallOf(call, where) {
    const name = call.function?.name ?? call.name;
    if (!name)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${where()}: a tool call has no function name; expected {"function": {"name", "arguments"}}`);
    const raw = call.function?.arguments ?? call.arguments ?? {};
    const args = typeof raw === 'string' ? (raw.trim() === '' ? {} : parseMaybeJson(raw)) : raw;
    if (typeof args !== 'object' || args === null || Array.isArray(args)) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${where()}: the arguments of tool call '${name}' are not a JSON object`);
    }
    return { name, arguments: args, ...(call.id ? { id: call.id } : {}) };
}
function contentText(content) {
    if (typeof content === 'string')
        return content;
    // The array form of OpenAI content: keep the text parts.
    if (Array.isArray(content))
        return content.map((part) => part?.text ?? '').join('');
    return '';
}
function parseMaybeJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return text;
    }
}
const SPEAKER = /^\s*(user|customer|human|agent|assistant|bot|ai)\s*:\s?(.*)$/i;
const TOOL_PREFIX = /^\s*tool(?:\s+(?:call|result|output))?\s*:\s*(.*)$/i;
const TOOL_NAME = /^([A-Za-z_][A-Za-z0-9_.-]*)\s*/;
const ARROW = /^\s*(?:->|→)\s*/;
/** `name {args}`, `name(args)`, `name -> output` or `name {args} -> output`; undefined when the text is not a call. */
function toolCallAt(text, where) {
    const name = TOOL_NAME.exec(text);
    if (!name)
        return undefined;
    let rest = text.slice(name[0].length);
    let args = {};
    if (rest.startsWith('{') || rest.startsWith('(')) {
        const end = balancedEnd(rest);
        if (end < 0)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${where}:1: the arguments of a Tool: line are not closed; ${TEXT_SHAPES}`);
        args = argsAt(rest.slice(0, end), where);
        rest = rest.slice(end);
    }
    else if (!ARROW.test(rest)) {
        return undefined;
    }
    const arrow = ARROW.exec(rest);
    if (!arrow && rest.trim() !== '')
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${where}:1: unexpected "${rest.trim().slice(0, 30)}" after the arguments; ${TEXT_SHAPES}`);
    const outputText = arrow ? rest.slice(arrow[0].length).trim() : '';
    if (outputText === '')
        return { name: name[1], arguments: args };
    const output = parseMaybeJson(outputText);
    return {
        name: name[1],
        arguments: args,
        output,
        ...(isFailure(undefined, outputText, output) ? { failed: true } : {}),
    };
}
/** The index just past the bracket closing the one `text` starts with (JSON strings respected), or -1. */
function balancedEnd(text) {
    let depth = 0;
    let inString = false;
    for (let i = 0; i < text.length; i++) {
        const char = text[i];
        if (inString) {
            if (char === '\\')
                i++;
            else if (char === '"')
                inString = false;
        }
        else if (char === '"')
            inString = true;
        else if (char === '{' || char === '(' || char === '[')
            depth++;
        else if (char === '}' || char === ')' || char === ']') {
            depth--;
            if (depth === 0)
                return i + 1;
        }
    }
    return -1;
}
function fromText(text, file) {
    const turns = [];
    let tools = [];
    text.split('\n').forEach((line, i) => {
        const where = `${file}:${i + 1}`;
        const tool = TOOL_PREFIX.exec(line);
        if (tool) {
            const rest = tool[1].trim();
            const isResult = /^\s*tool\s+(result|output)/i.test(line);
            const call = isResult ? undefined : toolCallAt(rest, where);
            // A call needs a name followed by arguments or an arrow; anything else is the output of the call above.
            if (call) {
                tools.push(call);
                return;
            }
            const waiting = tools.find((t) => t.output === undefined);
            if (!waiting)
                throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${where}:1: "${rest.slice(0, 40)}" reads as a tool's output, ` +
                    `but no tool call above is waiting for one; ${TEXT_SHAPES}`);
            waiting.output = parseMaybeJson(rest);
            if (isFailure(undefined, rest, waiting.output))
                waiting.failed = true;
            return;
        }
        const speaker = SPEAKER.exec(line);
        if (speaker) {
            const role = /^(user|customer|human)$/i.test(speaker[1]) ? 'user' : 'agent';
            turns.push({ role, lines: [speaker[2]], toolCalls: role === 'agent' ? tools : [] });
            if (role === 'agent')
                tools = [];
            return;
        }
        if (line.trim() === '')
            return;
        const current = turns.at(-1);
        if (!current)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${where}:1: expected a line starting with "User:" or "Agent:"; ${TEXT_SHAPES}`);
        current.lines.push(line.trim());
    });
    if (tools.length > 0)
        turns.push({ role: 'agent', lines: [], toolCalls: tools });
    return turns.map((t) => ({ role: t.role, text: t.lines.join('\n').trim(), toolCalls: t.toolCalls }));
}
function argsAt(text, where) {
    const json = text.startsWith('(') ? text.slice(1, -1).trim() || '{}' : text;
    let parsed;
    try {
        parsed = JSON.parse(json);
    }
    catch (error) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${where}:1: the arguments of a Tool: line are not valid JSON (${error.message}); ${TEXT_SHAPES}`);
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${where}:1: the arguments of a Tool: line must be a JSON object; ${TEXT_SHAPES}`);
    return parsed;
}


/***/ })

};
