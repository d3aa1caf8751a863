export const id = 81;
export const ids = [81];
export const modules = {

/***/ 3199:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ lazyAjv)
/* harmony export */ });
/* unused harmony export createAjv */
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2463);
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(ajv__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var ajv_formats__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2815);
/* harmony import */ var ajv_formats__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(ajv_formats__WEBPACK_IMPORTED_MODULE_0__);
/**
 * The one Ajv configuration of the project: the loader compiles every tool's
 * `parameters` with it, so a schema the engine would reject at call time is a
 * load error instead (and not a failed call blamed on the agent); the
 * `json_schema` criterion validates agent output with it too.
 */


/**
 * `strict: false`: tools copied from other platforms carry keywords (e.g. `examples`, vendor `x-` keys) Ajv would
 * refuse.
 * ajv-formats: `format: email`, `date-time`, `uri`… are checked, instead of ignored with an "unknown format" warning.
 */
function createAjv() {
    const ajv = new ajv__WEBPACK_IMPORTED_MODULE_1__.Ajv({ allErrors: true, strict: false });
    // A CommonJS module: its function is also exported as `default`, which is what the types describe under NodeNext.
    ajv_formats__WEBPACK_IMPORTED_MODULE_0___default()["default"](ajv);
    return ajv;
}
/** An Ajv made at its first use: creating one costs milliseconds, and many runs never check a schema. */
function lazyAjv() {
    let ajv;
    return () => (ajv ??= createAjv());
}


/***/ }),

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
// EXTERNAL MODULE: ./src/suite/numbers.ts
var numbers = __webpack_require__(3818);
;// CONCATENATED MODULE: ./src/suite/zod-issues.ts



function zodIssuesToSuiteIssues(issues, file, schema) {
    const flat = flatten(issues, []);
    // "unknown key 'personna' — did you mean 'persona'?" already explains the missing 'persona'.
    const explained = new Set(flat.flatMap(({ issue, path }) => issue.code === 'unrecognized_keys'
        ? issue.keys.flatMap((key) => [(0,did_you_mean/* closest */.kp)(key, knownKeys(schema, path, file.data)) ?? []].flat().map((k) => pathText([...path, k])))
        : []));
    const suiteIssues = flat
        .filter(({ issue, path }) => !(valueAt(file.data, path) === undefined && expectedOf(issue) !== undefined && explained.has(pathText(path))))
        .flatMap((issue) => toSuiteIssues(issue, file, schema));
    // A number past 2^53 misses two checks of its field (whole, at most the maximum) that say the same: say it once.
    const said = new Set();
    return suiteIssues.filter((issue) => {
        const key = `${issue.location.line}:${issue.location.column}:${issue.message}`;
        return !said.has(key) && said.add(key);
    });
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
    return error(file.locate(path), `${label(path)}${describe(issue, value, file.writtenAt(path))}`);
}
/** What a missing value should have been, for the issues a missing key produces. */
function expectedOf(issue) {
    if (issue.code === 'invalid_type')
        return numbers/* NUMBER_EXPECTATION */.hi.test(issue.message) ? issue.message : article(String(issue.expected));
    const options = issue.code === 'invalid_value'
        ? issue.values
        : issue.code === 'invalid_union' && 'options' in issue && Array.isArray(issue.options)
            ? issue.options
            : undefined;
    return options && `one of ${options.map((o) => `'${String(o)}'`).join(', ')}`;
}
/** `written`: the value as the YAML spells it, shown for a number (`1e400` says more than Infinity). */
function describe(issue, value, written) {
    const got = show(value, written);
    // Number fields (numbers.ts) phrase their whole range, whichever check the value missed.
    if ((issue.code === 'invalid_type' || issue.code === 'too_big' || issue.code === 'too_small') &&
        numbers/* NUMBER_EXPECTATION */.hi.test(issue.message))
        return `expected ${issue.message}, got ${typeof value === 'number' ? got : kindOf(value, written)}`;
    switch (issue.code) {
        case 'invalid_type':
            return `expected ${article(String(issue.expected))}, got ${kindOf(value, written)}`;
        case 'invalid_value': {
            const options = issue.values.map((v) => `'${String(v)}'`).join(', ');
            const hint = typeof value === 'string' ? (0,did_you_mean/* suggestion */.h)(value, issue.values.map(String)) : '';
            return `expected ${issue.values.length === 1 ? options : `one of ${options}`}, got ${got}${hint}`;
        }
        case 'invalid_union':
            if ('options' in issue && Array.isArray(issue.options)) {
                const options = issue.options.map(String);
                const hint = typeof value === 'string' ? (0,did_you_mean/* suggestion */.h)(value, options) : '';
                return `expected one of ${options.map((o) => `'${o}'`).join(', ')}, got ${got}${hint}`;
            }
            return `invalid value ${got}`;
        // Numbers were phrased above; what is left is a string or a list.
        case 'too_big':
            return `too long: at most ${String(issue.maximum)} allowed`;
        case 'too_small':
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
function kindOf(value, written) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a mapping';
    return `${article(typeof value)} (${show(value, written)})`;
}
function show(value, written) {
    if (typeof value === 'string')
        return `'${(0,confusables/* visible */.RK)(value)}'`;
    if (value === undefined)
        return 'nothing';
    if (typeof value === 'number')
        return showNumber(value, written);
    return JSON.stringify(value) ?? String(value);
}
/** JSON has no Infinity or NaN (it printed `null`): the number as written, and what YAML made of it if not a number. */
function showNumber(value, written) {
    if (Number.isNaN(value))
        return `${written ?? '.nan'} (not a number)`;
    if (Number.isFinite(value))
        return written ?? String(value);
    const text = written ?? (value > 0 ? '.inf' : '-.inf');
    return /inf/i.test(text) ? `${text} (infinity)` : `${text} (too large: YAML reads it as infinity)`;
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

// EXTERNAL MODULE: ./src/model/parse-once.ts
var parse_once = __webpack_require__(5674);
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
        const whole = schema/* SuiteFileSchema */.Qk.safeParse(file.data, parse_once/* PARSED_ONCE */.I);
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
                const parsed = ITEM_SCHEMAS[name].safeParse(item, parse_once/* PARSED_ONCE */.I);
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
        const parsed = schema/* SuiteFileSchema */.Qk.shape[key].safeParse(root.data[key], parse_once/* PARSED_ONCE */.I);
        if (parsed.success)
            settings[key] = parsed.data;
    }
    return settings;
}


/***/ }),

/***/ 1993:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Gt: () => (/* binding */ displayPath),
  i6: () => (/* binding */ readReferencedFile),
  Qe: () => (/* binding */ readSuiteFiles)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/util/bom.ts
var bom = __webpack_require__(5258);
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
    return { ok: true, text: (0,bom/* withoutBom */.vA)(text) };
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

// EXTERNAL MODULE: ./src/suite/repository-scope.ts
var repository_scope = __webpack_require__(5763);
;// CONCATENATED MODULE: ./src/suite/glob.ts



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
/** The files `pattern` matches from `baseDir`, following folder links only inside `within`; a plain path as is. */
async function expandGlob(pattern, baseDir, within) {
    const globPattern = toGlobPattern(pattern);
    const { glob, isDynamicPattern } = await tinyglobby();
    if (!isDynamicPattern(globPattern))
        return { files: [(0,external_node_path_.resolve)(baseDir, pattern)], loops: [], outside: [] };
    const guard = linkGuard(within);
    const matches = await glob(globPattern, {
        cwd: baseDir,
        absolute: true,
        onlyFiles: true,
        dot: false,
        expandDirectories: false,
        ignore: ['**/node_modules/**'],
        fs: { realpath: guard.realpath },
    });
    // tinyglobby answers with `/` on every platform; resolve() gives the native form the rest of the loader compares.
    const files = await oncePerFile([...new Set(matches.map((match) => (0,external_node_path_.resolve)(match)))]);
    return { files, loops: [...guard.loops].sort(), outside: [...guard.outside].sort() };
}
/**
 * fdir asks `realpath` of every link it meets before it follows one: answering with an error (which it passes
 * over) keeps it out of a folder link that loops or leads out of `within`; file links are answered as they are.
 */
function linkGuard(within) {
    const loops = new Set();
    const outside = new Set();
    const reals = new Map();
    const realOf = (path) => {
        let real = reals.get(path);
        if (!real)
            reals.set(path, (real = (0,promises_.realpath)(path).catch(() => undefined)));
        return real;
    };
    const refusal = async (link, real) => {
        if (!(await (0,promises_.stat)(real).catch(() => undefined))?.isDirectory())
            return undefined;
        const realWithin = (await realOf(within)) ?? (0,external_node_path_.resolve)(within);
        if (!(0,repository_scope/* isInside */.FK)(realWithin, real))
            return 'outside';
        // A loop: the target holds a folder the link sits in (its parent, or any folder above it).
        for (let dir = (0,external_node_path_.dirname)(link);; dir = (0,external_node_path_.dirname)(dir)) {
            const realDir = await realOf(dir);
            if (realDir !== undefined && (0,repository_scope/* isInside */.FK)(real, realDir))
                return 'loop';
            if ((0,external_node_path_.dirname)(dir) === dir)
                break;
        }
        return undefined;
    };
    const guarded = (path, callback) => {
        const link = (0,external_node_path_.resolve)(String(path));
        void (async () => {
            const real = await realOf(link);
            if (real === undefined)
                return callback(new Error(`cannot resolve ${link}`), '');
            const refused = await refusal(link, real);
            if (refused)
                (refused === 'loop' ? loops : outside).add(link);
            callback(refused ? new Error(`not followed: ${refused}`) : null, real);
        })();
    };
    return { realpath: guarded, loops, outside };
}
/**
 * One path per real file (device and inode: a file reached through two folder links, or hard-linked, is one file),
 * the one with the fewest folders (the link-free name, usually), then the first in order; sorted.
 */
async function oncePerFile(paths) {
    const depth = (path) => path.split(external_node_path_.sep).length;
    const byDepth = [...paths].sort((a, b) => depth(a) - depth(b) || (a < b ? -1 : a > b ? 1 : 0));
    const kept = new Map();
    for (const path of byDepth) {
        const id = await fileIdentity(path);
        if (!kept.has(id))
            kept.set(id, path);
    }
    return [...kept.values()].sort();
}
/** Device and inode (as bigints: exact on every platform), or the resolved path when the file can not be looked at. */
async function fileIdentity(path) {
    const info = await (0,promises_.stat)(path, { bigint: true }).catch(() => undefined);
    return info && info.ino !== 0n ? `${info.dev}:${info.ino}` : (0,external_node_path_.resolve)(path);
}

// EXTERNAL MODULE: ./src/suite/limits.ts
var limits = __webpack_require__(6542);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/suite/yaml-keys.ts
/**
 * Mapping keys as the suite sees them: the property name a key becomes in the
 * data. YAML allows keys that JavaScript objects can not hold as written, and
 * `toJS` then changes them without a word: `? [a, b]` becomes the key
 * "[ a, b ]" (reported as unknown at the mapping's start, 1:1 at the top),
 * `null:`, `~:` and an empty `?` become "", `1:` and `"1":` are one key (the
 * second silently wins), an alias `*k` as a key can repeat another key
 * unnoticed, and `__proto__` is dropped by the schema. Each is refused here at
 * the key's own position; duplicates are compared by property name.
 */

/** The property name a key node becomes, or undefined for a key that is not a plain scalar (refused below). */
function keyName(key) {
    if (!(0,dist/* isScalar */.jn)(key) || key.value === null)
        return undefined;
    const { value } = key;
    return typeof value === 'symbol' ? (value.description ?? '') : String(value);
}
/** yaml's `uniqueKeys`: two keys are the same when they become the same property (`1` and `"1"`, two `<<`). */
function sameKey(a, b) {
    const name = keyName(a);
    return name !== undefined && name === keyName(b);
}
const KEYS_ARE_NAMES = 'mapping keys in a suite are plain names';
/** The first mapping key (in document order) that would not survive as a property name. */
function findKeyProblem(doc) {
    let problem;
    (0,dist/* visit */.YR)(doc, {
        Pair(_key, pair) {
            const key = pair.key;
            const offset = key?.range?.[0] ?? 0;
            if ((0,dist/* isAlias */.Vj)(key))
                problem = { offset, message: `an alias (*${key.source}) as a mapping key: ${KEYS_ARE_NAMES}, write it out` };
            else if ((0,dist/* isCollection */.P3)(key)) {
                const kind = (0,dist/* isSeq */.oP)(key) ? 'a list' : (0,dist/* isMap */.jh)(key) ? 'a mapping' : 'a collection';
                problem = { offset, message: `${kind} as a mapping key (a \`?\` complex key): ${KEYS_ARE_NAMES}` };
            }
            else if (keyName(key) === undefined) {
                const forms = '`null:`, `~:` or a `?` with no key';
                problem = { offset, message: `an empty or null mapping key (${forms}): quote it ('null') if it is a name` };
            }
            else if (keyName(key) === '__proto__')
                problem = { offset, message: "the key '__proto__' can not be used: JavaScript objects drop it; rename it" };
            return problem ? dist/* visit */.YR.BREAK : undefined;
        },
    });
    return problem;
}
/** The key that starts at `offset` and repeats an earlier key of its mapping, with where that one starts. */
function findDuplicateKey(doc, offset) {
    let found;
    (0,dist/* visit */.YR)(doc, {
        Map(_key, map) {
            const seen = new Map();
            for (const pair of map.items) {
                const name = keyName(pair.key);
                if (name === undefined || !(0,dist/* isScalar */.jn)(pair.key) || !pair.key.range)
                    continue;
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

;// CONCATENATED MODULE: ./src/suite/yaml-tags.ts
/**
 * Explicit YAML tags in a suite. The JSON-like core tags (`!!str 12` to keep a
 * number as text, `!!int`, `!!float`, `!!bool`, `!!null`, `!!seq`, `!!map`)
 * and the non-specific `!` (text) are accepted on purpose. The others make values no suite field can hold
 * (`!!binary` a byte buffer, `!!timestamp` a Date, `!!set` a Set, `!!omap` a
 * Map; the schema called those "a mapping"), and a custom tag means nothing
 * here; yaml only warns about a tag it can not resolve and keeps the text, so
 * `!!float 3` and `!!bool yes` quietly stayed strings. Each is an error at the tag.
 */

const CORE = 'tag:yaml.org,2002:';
/** The JSON-like core tags, and `!` (YAML's "non-specific" tag: the value is text). */
const ACCEPTED = new Set(['!', ...['str', 'int', 'float', 'bool', 'null', 'seq', 'map'].map((name) => CORE + name)]);
/** `!!float` for a core tag, else the tag as yaml resolved it. */
const shortTag = (tag) => (tag.startsWith(CORE) ? `!!${tag.slice(CORE.length)}` : tag);
/** Where the tag written before a node starts: the node's range begins after it. */
function tagOffset(text, nodeStart) {
    const match = /!\S*\s*$/.exec(text.slice(Math.max(0, nodeStart - 200), nodeStart));
    return match ? nodeStart - match[0].length : nodeStart;
}
function findTagProblem(doc, warnings, text) {
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
    let problem;
    (0,dist/* visit */.YR)(doc, {
        Node(_key, node) {
            if (!node.tag || ACCEPTED.has(node.tag))
                return undefined;
            const what = shortTag(node.tag);
            problem = {
                offset: tagOffset(text, node.range?.[0] ?? 0),
                message: `YAML tag '${what}' makes a value no suite field takes (suite values are text, numbers, true/false, ` +
                    'null, lists and mappings): remove the tag',
            };
            return dist/* visit */.YR.BREAK;
        },
    });
    return problem;
}

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
        const hint = duplicate?.key === '<<'
            ? 'merge several mappings with one `<<: [*a, *b]`'
            : 'keep one (a list such as `tests:` takes all its items under one key)';
        if (duplicate)
            return (`duplicate key '${duplicate.key}': given on line ${lineOf(duplicate.firstOffset)} and again on line ` +
                `${lineOf(error.pos[0])} of the same mapping; ${hint}`);
    }
    return `YAML syntax error: ${error.message}`;
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
/**
 * The pair of `map` whose key is `name`; a key merged in with `<<` is found in the mapping it comes from, so an
 * error in a merged value points where the value is written. Aliases resolve to the anchors before them.
 */
function pairOf(map, name, doc, depth = 0) {
    const own = map.items.find((item) => keyName(item.key) === name);
    if (own || depth > MAX_NESTING)
        return own;
    for (const item of map.items) {
        if (!(0,dist/* isScalar */.jn)(item.key) || !isMergeKey(item.key.value))
            continue;
        const sources = (0,dist/* isSeq */.oP)(item.value) ? item.value.items : [item.value];
        for (const source of sources) {
            const merged = (0,dist/* isAlias */.Vj)(source) ? source.resolve(doc) : source;
            const found = (0,dist/* isMap */.jh)(merged) ? pairOf(merged, name, doc, depth + 1) : undefined;
            if (found)
                return found;
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
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: sameKey, merge: true });
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
    const tag = findTagProblem(doc, doc.warnings, text);
    if (tag)
        return fail(tag.offset, tag.message);
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
    const structural = findAliasProblem(doc) ?? findKeyProblem(doc);
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
    /** The node at `path` (its key with `wantKey`), or the deepest existing ancestor. */
    const nodeAt = (path, wantKey) => {
        let node = root;
        for (const [index, segment] of path.entries()) {
            const isLast = index === path.length - 1;
            if ((0,dist/* isMap */.jh)(node)) {
                const pair = pairOf(node, String(segment), doc);
                if (!pair)
                    return { node, exact: false };
                const key = pair.key;
                if (isLast && wantKey)
                    return { node: key, exact: true };
                if (!pair.value)
                    return { node: key, exact: false };
                node = pair.value;
            }
            else if ((0,dist/* isSeq */.oP)(node) && typeof segment === 'number' && node.items[segment]) {
                node = node.items[segment];
            }
            else
                return { node, exact: false };
        }
        return { node, exact: true };
    };
    const offsetOf = (path, wantKey) => nodeAt(path, wantKey).node.range?.[0] ?? 0;
    const writtenAt = (path) => {
        const { node, exact } = nodeAt(path, false);
        return exact && (0,dist/* isScalar */.jn)(node) && typeof node.source === 'string' ? node.source : undefined;
    };
    return {
        ok: true,
        file: {
            path,
            display,
            data,
            locate: (p) => at(offsetOf(p, false)),
            locateKey: (p) => at(offsetOf(p, true)),
            writtenAt,
        },
    };
}

;// CONCATENATED MODULE: ./src/suite/files.ts








const YAML_FILE = /\.ya?ml$/i;
/**
 * What stands in the way of reading a file whole, from its stat: not a regular file (a FIFO would block the read
 * forever; a folder is not "not found"), or larger than one suite file may be.
 */
function readProblem(info) {
    if (info.isDirectory())
        return 'a folder';
    if (!info.isFile())
        return 'a special file';
    return info.size > limits/* MAX_SUITE_FILE_BYTES */.hy ? 'too large' : undefined;
}
const mb = (bytes) => `${Math.round(bytes / 1024 / 1024)} MB`;
/**
 * A file a suite names besides its YAML (a system prompt, a start transcript, a state file): text, or why not.
 * It stays inside the repository, by the rule includes follow.
 */
async function readReferencedFile(path, scope) {
    const outside = await (0,repository_scope/* outsideRepositoryProblem */.Vf)(path, scope);
    if (outside)
        return { ok: false, why: outside };
    const info = await (0,promises_.stat)(path).catch(() => undefined);
    if (!info)
        return { ok: false, why: 'not found' };
    const problem = readProblem(info);
    if (problem === 'a folder')
        return { ok: false, why: 'is a folder' };
    if (problem === 'a special file')
        return { ok: false, why: 'is not a regular file' };
    if (problem === 'too large')
        return { ok: false, why: `is larger than ${mb(limits/* MAX_SUITE_FILE_BYTES */.hy)}` };
    return (0,bom/* readTextFile */.Gu)(path).then((text) => ({ ok: true, text }), (error) => ({ ok: false, why: `can not be read (${readError(error)})` }));
}
/** Why `path` cannot be read as a suite file (not a regular file, too large, too much in all), or undefined. */
async function suiteFileSizeProblem(path, readSoFar) {
    const info = await (0,promises_.stat)(path).catch(() => undefined);
    if (!info)
        return undefined; // missing: reported by the read, with the system's reason
    const problem = readProblem(info);
    if (problem === 'too large')
        return (`suite file too large: ${info.size.toLocaleString('en')} bytes, at most ${mb(limits/* MAX_SUITE_FILE_BYTES */.hy)} ` +
            '(split it with include:)');
    if (problem)
        return `cannot read suite file: not a regular file (${problem})`;
    if (readSoFar + info.size > limits/* MAX_SUITE_TOTAL_BYTES */.vG)
        return `the suite's files pass ${mb(limits/* MAX_SUITE_TOTAL_BYTES */.vG)} in all with this one: not read`;
    return undefined;
}
function displayPath(absolute, cwd) {
    const rel = (0,external_node_path_.relative)(cwd, absolute);
    return rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel) ? absolute : rel;
}
async function readSuiteFiles(rootPath, cwd) {
    const files = [];
    const issues = [];
    /** Files read, by device and inode: one reached again by another name (a folder link) is the same file. */
    const visited = new Set();
    const show = (path) => displayPath(path, cwd);
    const repository = (0,repository_scope/* repositoryRoot */.Hn)((0,external_node_path_.dirname)(rootPath), cwd);
    const scope = { repository, show };
    let totalBytes = 0;
    /** `chain`: the files (path and identity) whose includes lead here, root first. */
    const visit = async (path, chain) => {
        visited.add(chain.at(-1).id);
        const fileStart = { file: show(path), line: 1, column: 1 };
        // Looked at before reading: a FIFO would block the read forever, a huge file would take the parser's memory.
        const sizeProblem = await suiteFileSizeProblem(path, totalBytes);
        if (sizeProblem) {
            issues.push({ location: fileStart, message: sizeProblem, severity: 'error' });
            return;
        }
        let bytes;
        try {
            bytes = await (0,promises_.readFile)(path);
            totalBytes += bytes.byteLength;
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
            const patternProblem = (0,repository_scope/* includePatternProblem */.WF)(pattern) ?? (0,repository_scope/* includeClimbProblem */.r2)(pattern, (0,external_node_path_.dirname)(path), repository);
            if (patternProblem) {
                fail(patternProblem);
                continue;
            }
            const globbed = await expandGlob(pattern, (0,external_node_path_.dirname)(path), repository);
            const matches = globbed.files;
            await noteLinksNotFollowed(pattern, globbed, at);
            if (!(await hasGlobChars(pattern))) {
                const [target] = matches;
                // Outside first: "no such file ../../etc/x.yaml" would tell the reader what exists out there.
                const outside = target === undefined ? undefined : await (0,repository_scope/* outsideRepositoryProblem */.Vf)(target, scope);
                if (outside) {
                    fail(`include '${pattern}' ${outside}`);
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
                const outside = await (0,repository_scope/* outsideRepositoryProblem */.Vf)(match, scope);
                if (outside)
                    fail(`include '${pattern}' matches '${show(match)}', which ${outside}`);
                else if (!YAML_FILE.test(match))
                    fail(`include '${pattern}' matches '${show(match)}', which is not a YAML file (expected .yaml or .yml)`);
                else {
                    const id = await fileIdentity(match);
                    const cycle = chain.findIndex((file) => file.id === id);
                    if (cycle >= 0)
                        fail(cycleMessage([...chain.slice(cycle).map((file) => file.path), match].map(show)));
                    else if (!visited.has(id))
                        await visit(match, [...chain, { path: match, id }]);
                }
            }
        }
    };
    /** A `**` glob stops at a folder link that loops or leads out of the repository: say so, at the include. */
    const noteLinksNotFollowed = async (pattern, { loops, outside }, location) => {
        // Other globs meet links they would not descend into anyway; only `**` searches every folder below it.
        if (!pattern.includes('**'))
            return;
        const warn = (message) => void issues.push({ location, message, severity: 'warning' });
        for (const link of loops)
            warn(`include '${pattern}' does not follow the folder link '${show(link)}': it leads back to a folder above it ` +
                '(a symbolic link loop); each file is read once');
        for (const link of outside) {
            const why = await (0,repository_scope/* outsideRepositoryProblem */.Vf)(link, scope);
            warn(`include '${pattern}' does not search the folder link '${show(link)}', which ${why}`);
        }
    };
    await visit(rootPath, [{ path: rootPath, id: await fileIdentity(rootPath) }]);
    return { files, repository, issues };
}
/** `a → b → a'`: when the last names the first through a link, says so (the names differ). */
function cycleMessage(names) {
    const [first] = names;
    const last = names.at(-1);
    const alias = first !== last ? ` (${last} is ${first} through a link)` : '';
    return `include cycle: ${names.join(' → ')}${alias}`;
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

/***/ 2462:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Hd: () => (/* binding */ formatIssue),
  bu: () => (/* binding */ loadSuite)
});

// UNUSED EXPORTS: findTemplateRefs, renderTemplate, renderTemplateDeep

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/suite/collect.ts + 1 modules
var collect = __webpack_require__(8646);
// EXTERNAL MODULE: ./src/suite/files.ts + 5 modules
var files = __webpack_require__(1993);
// EXTERNAL MODULE: ./src/suite/confusables.ts
var confusables = __webpack_require__(4591);
// EXTERNAL MODULE: ./src/suite/schema.ts + 1 modules
var schema = __webpack_require__(729);
// EXTERNAL MODULE: ./src/suite/did-you-mean.ts
var did_you_mean = __webpack_require__(113);
;// CONCATENATED MODULE: ./src/suite/references.ts
/**
 * Cross-file references: every id a test, set, dataset, agent, variant or
 * default names must exist, with the nearest valid name suggested.
 */




/**
 * `incomplete`: some file could not be read or parsed, so its ids are not
 * known; "unknown persona 'alice'" would then be an echo of that error, not
 * a mistake of its own, and is not reported.
 */
function checkReferences(suite, incomplete = false) {
    if (incomplete)
        return [];
    const issues = [];
    const ref = (kind, id, at) => {
        if (typeof id !== 'string' || suite.known[kind].has(id))
            return; // a non-string is the schema's error
        // A malformed id (e.g. with an invisible character) is the schema's error,
        // and so is a declaration with a lookalike in it.
        if (kind !== 'tools' && !schema/* IdSchema */.N$.safeParse(id).success)
            return;
        if ([...suite.known[kind]].some((known) => (0,confusables/* skeleton */.qV)(known) === id && known !== id))
            return;
        const message = `unknown ${collect/* KIND */.Nd[kind]} '${(0,confusables/* visible */.RK)(id)}'${(0,did_you_mean/* suggestion */.h)(id, suite.known[kind])}`;
        issues.push({ location: at, message, severity: 'error' });
    };
    const criteria = (entry) => list(entry.value.criteria).forEach((criterion, index) => {
        if (isObject(criterion) && 'metric' in criterion)
            ref('metrics', criterion.metric, (0,collect/* locate */.x5)(entry, 'criteria', index, 'metric'));
    });
    for (const test of suite.raw.tests) {
        for (const [field, kind] of [
            ['persona', 'personas'],
            ['scenario', 'scenarios'],
            ['profile', 'profiles'],
            ['agent', 'agents'],
        ]) {
            ref(kind, test.value[field], (0,collect/* locate */.x5)(test, field));
        }
        criteria(test);
        issues.push(...missingAgent(suite, test, 'test'));
    }
    for (const dataset of suite.raw.datasets) {
        ref('profiles', dataset.value.profile, (0,collect/* locate */.x5)(dataset, 'profile'));
        ref('agents', dataset.value.agent, (0,collect/* locate */.x5)(dataset, 'agent'));
        criteria(dataset);
        issues.push(...missingAgent(suite, dataset, 'dataset'));
    }
    for (const set of suite.raw.sets) {
        list(set.value.tests).forEach((item, index) => isObject(item) && ref('tests', item.test, (0,collect/* locate */.x5)(set, 'tests', index, 'test')));
    }
    for (const agent of suite.raw.agents)
        list(agent.value.tools).forEach((tool, index) => ref('tools', tool, (0,collect/* locate */.x5)(agent, 'tools', index)));
    const { variants, defaults } = suite.settings;
    for (const name of Object.keys(variants ?? {}))
        ref('agents', variants?.[name]?.agent, suite.root.locate(['variants', name, 'agent']));
    ref('agents', defaults?.agent, suite.root.locate(['defaults', 'agent']));
    ref('profiles', defaults?.profile, suite.root.locate(['defaults', 'profile']));
    return issues;
}
function list(value) {
    return Array.isArray(value) ? value : [];
}
function isObject(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
/** The agent a test or dataset runs against: its own, the default, or the only one. */
function effectiveAgent(suite, own) {
    if (own)
        return own;
    if (suite.settings.defaults?.agent)
        return suite.settings.defaults.agent;
    const all = [...suite.known.agents];
    return all.length === 1 ? all[0] : undefined;
}
function missingAgent(suite, entry, kind) {
    const own = entry.value.agent;
    if (effectiveAgent(suite, typeof own === 'string' ? own : undefined) !== undefined ||
        (own !== undefined && typeof own !== 'string'))
        return [];
    const count = suite.known.agents.size;
    return [
        {
            location: (0,collect/* locate */.x5)(entry),
            message: `${kind} '${String(entry.value.id)}' has no agent: set \`agent:\` on it or \`defaults.agent\` in ` +
                `the root config (the suite declares ${count} agents)`,
            severity: 'error',
        },
    ];
}

;// CONCATENATED MODULE: ./src/suite/agents.ts
/**
 * File references of agents and variants: system prompt files are read
 * (relative to the declaring file), a command's cwd is made absolute. Also
 * warns about variant overrides that cannot apply to the agent they hit.
 */





/** Overrides that only mean something for an `openai` agent. */
const OPENAI_ONLY_OVERRIDES = ['model', 'base_url', 'system_prompt', 'system_prompt_file', 'temperature'];
async function resolveAgents(suite, scope) {
    const issues = [];
    const agents = await Promise.all(suite.agents.map((entry) => resolveAgent(entry, issues, scope)));
    const variants = {};
    for (const [name, variant] of Object.entries(suite.settings.variants ?? {})) {
        const promptFile = variant.system_prompt_file;
        const at = suite.root.locate(['variants', name, 'system_prompt_file']);
        const prompt = promptFile === undefined
            ? variant.system_prompt
            : await readPrompt((0,external_node_path_.resolve)((0,external_node_path_.dirname)(suite.root.path), promptFile), promptFile, at, issues, scope);
        variants[name] = { ...variant, ...(prompt === undefined ? {} : { system_prompt: prompt }) };
    }
    issues.push(...overrideWarnings(suite));
    return { agents, variants, issues };
}
async function resolveAgent(entry, issues, scope) {
    const { show } = scope;
    const agent = entry.value;
    const source = (0,collect/* locate */.x5)(entry);
    const baseDir = (0,external_node_path_.dirname)(entry.file.path);
    if (agent.type === 'openai' && agent.system_prompt_file !== undefined) {
        if (agent.system_prompt !== undefined)
            issues.push(error((0,collect/* locate */.x5)(entry, 'system_prompt_file'), `agent '${agent.id}' sets both system_prompt and system_prompt_file; keep one`));
        const prompt = await readPrompt((0,external_node_path_.resolve)(baseDir, agent.system_prompt_file), agent.system_prompt_file, (0,collect/* locate */.x5)(entry, 'system_prompt_file'), issues, scope);
        const { system_prompt_file: _file, ...rest } = agent;
        return { ...rest, ...(prompt === undefined ? {} : { system_prompt: prompt }), source };
    }
    if (agent.type === 'command') {
        const cwd = (0,external_node_path_.resolve)(baseDir, agent.cwd ?? '.');
        if (!(await isDirectory(cwd)))
            issues.push(error((0,collect/* locate */.x5)(entry, 'cwd'), `cwd '${agent.cwd ?? '.'}' of agent '${agent.id}' is not a directory (${show(cwd)})`));
        return { ...agent, cwd, source };
    }
    return { ...agent, source };
}
async function readPrompt(path, written, at, issues, scope) {
    const read = await (0,files/* readReferencedFile */.i6)(path, scope);
    if (read.ok)
        return read.text;
    issues.push(error(at, `system prompt file '${written}' ${read.why} (${scope.show(path)})`));
    return undefined;
}
function overrideWarnings(suite) {
    const used = new Set([...suite.tests, ...suite.datasets].map((e) => effectiveAgent(suite, e.value.agent)));
    const warnings = [];
    for (const [name, variant] of Object.entries(suite.settings.variants ?? {})) {
        const fields = OPENAI_ONLY_OVERRIDES.filter((field) => variant?.[field] !== undefined);
        if (!variant || fields.length === 0)
            continue;
        const targets = suite.agents.filter((a) => (variant.agent ? a.value.id === variant.agent : used.has(a.value.id)));
        for (const target of targets.filter((a) => a.value.type !== 'openai')) {
            warnings.push({
                location: suite.root.locateKey(['variants', name, fields[0]]),
                message: `variant '${name}' sets ${fields.join(', ')}, which only applies to openai agents: agent ` +
                    `'${target.value.id}' is a ${target.value.type} agent, so it runs unchanged`,
                severity: 'warning',
            });
        }
    }
    return warnings;
}
async function isDirectory(path) {
    try {
        return (await (0,promises_.stat)(path)).isDirectory();
    }
    catch {
        return false;
    }
}
function error(location, message) {
    return { location, message, severity: 'error' };
}

// EXTERNAL MODULE: ./src/util/user-regex.ts
var user_regex = __webpack_require__(2455);
// EXTERNAL MODULE: ./src/suite/tags.ts
var tags = __webpack_require__(8159);
;// CONCATENATED MODULE: ./src/suite/scenario-rules.ts
/**
 * The seed's structural rules for scripted (conditional-action) scenarios,
 * and the tags an action may carry in a text conversation.
 */




const FIRST_MESSAGE = 'FIRST_MESSAGE';
const TEXT_TAGS_HINT = 'text-mode tags are <endcall/> and <spell>…</spell>';
function checkScenarioRules(scenarios) {
    return scenarios.flatMap((entry) => entry.value.type === 'scripted' ? checkScripted(entry) : []);
}
function checkScripted(entry) {
    const issues = [];
    const scenario = entry.value;
    const conditions = scenario.conditional_actions.conditions;
    const at = (index, ...key) => (0,collect/* locate */.x5)(entry, 'conditional_actions', 'conditions', index, ...key);
    const fail = (location, message) => void issues.push({ location, message, severity: 'error' });
    const firsts = conditions.flatMap((c, index) => (c.condition === FIRST_MESSAGE ? [index] : []));
    if (firsts.length === 0)
        fail((0,collect/* locate */.x5)(entry, 'conditional_actions', 'conditions'), `scenario '${scenario.id}' needs exactly one FIRST_MESSAGE condition (id 0, fixed_message: true); found none`);
    for (const index of firsts.slice(1))
        fail(at(index, 'condition'), `a second FIRST_MESSAGE condition (the first is at line ${at(firsts[0]).line}); a scenario has exactly one`);
    for (const index of firsts.slice(0, 1)) {
        const first = conditions[index];
        if (first.id !== 0)
            fail(at(index, 'id'), `FIRST_MESSAGE must have id 0, got ${first.id}`);
        if (!first.fixed_message)
            fail(at(index, 'fixed_message'), 'FIRST_MESSAGE must have fixed_message: true (the opening message is sent verbatim; use an empty action ' +
                'to let the agent speak first)');
    }
    const seen = new Map();
    conditions.forEach((condition, index) => {
        const previous = seen.get(condition.id);
        if (previous !== undefined)
            fail(at(index, 'id'), `duplicate condition id ${condition.id} (first used at line ${at(previous).line})`);
        else
            seen.set(condition.id, index);
    });
    conditions.forEach((condition, index) => {
        if (condition.type === 'action_followup')
            checkFollowup(condition, index, seen, at, fail);
        else if (typeof condition.condition !== 'string')
            fail(at(index, 'condition'), 'a standard condition describes what the agent says (text); only an action_followup refers to a condition id');
        else if (condition.condition !== FIRST_MESSAGE)
            checkMatcher(scenario.match, condition, index, at, fail);
        checkTags(condition, at(index, 'action'), fail);
    });
    return issues;
}
function checkFollowup(condition, index, ids, at, fail) {
    const target = typeof condition.condition === 'number'
        ? condition.condition
        : /^\d+$/.test(condition.condition)
            ? Number(condition.condition)
            : undefined;
    const valid = [...ids.keys()].filter((id) => id !== condition.id).join(', ');
    if (target === undefined || target === condition.id || !ids.has(target)) {
        fail(at(index, 'condition'), `action_followup condition must be the id of another condition in this scenario (${valid || 'none'}), got ` +
            `${JSON.stringify(condition.condition)}`);
    }
}
function checkMatcher(match, condition, index, at, fail) {
    if (match === 'regex') {
        if (condition.pattern === undefined)
            fail(at(index), `condition ${condition.id} needs a \`pattern\` (the scenario uses match: regex)`);
        else {
            const compiled = (0,user_regex/* compileUserRegex */._)(condition.pattern, { ignoreCase: true });
            const why = compiled.ok ? undefined : compiled.message;
            if (why !== undefined)
                fail(at(index, 'pattern'), `invalid regex ${JSON.stringify(condition.pattern)}: ${why}`);
        }
    }
    if (match === 'keywords' && !condition.keywords?.length)
        fail(at(index), `condition ${condition.id} needs \`keywords\` (the scenario uses match: keywords)`);
}
function checkTags(condition, location, fail) {
    for (const { text: tag, name, closing, wellFormed } of (0,tags/* findTags */.vU)(condition.action)) {
        // A closing tag is judged by its opening one, except a stray closing text-mode tag.
        if (schema/* VOICE_ONLY_TAGS */.Ur.includes(name)) {
            if (!closing)
                fail(location, `${tag} is a voice-only tag; Rehearse runs text conversations (${TEXT_TAGS_HINT})`);
        }
        else if (!schema/* TEXT_MODE_TAGS */.KK.includes(name)) {
            const why = condition.fixed_message ? ': in a fixed_message action it would be sent literally' : '';
            if (!closing)
                fail(location, `unknown tag ${tag}${why} (${TEXT_TAGS_HINT})`);
        }
        else if (!wellFormed) {
            fail(location, `malformed tag ${tag}: it would be sent literally (${TEXT_TAGS_HINT})`);
        }
    }
    const opened = (condition.action.match((0,tags/* spellOpenPattern */.Fc)()) ?? []).length;
    const closed = (condition.action.match((0,tags/* spellClosePattern */.N1)()) ?? []).length;
    if (opened !== closed)
        fail(location, 'unbalanced <spell>…</spell>: every <spell> needs a closing </spell>');
}

// EXTERNAL MODULE: ./src/suite/template.ts
var template = __webpack_require__(664);
;// CONCATENATED MODULE: ./src/suite/template-checks.ts
/**
 * `{{profile.x}}` must resolve in the profile of every test that uses the
 * templated text (scenario text, mock mappings' `when`): an unknown key is a
 * load error, not a runtime surprise.
 */




/**
 * Errors keyed by place and message: the same problem met twice (a template written twice, a text used by two tests
 * with the same profile) is one issue.
 */
function issueSet() {
    const issues = new Map();
    return {
        add: (location, message) => void issues.set(`${location.file}:${location.line}:${location.column}:${message}`, {
            location,
            message,
            severity: 'error',
        }),
        issues: () => [...issues.values()],
    };
}
/** Each `{{profile.x}}` of `texts` missing from `data` (the profile test `testId` runs with), with the nearest key. */
function checkRefsResolve(texts, profileId, data, testId, add) {
    for (const { text, location, owner } of texts) {
        for (const ref of (0,template/* findTemplateRefs */.u9)(text)) {
            if ((0,template/* lookupPath */.wf)(data, ref.path) !== undefined)
                continue;
            add(location, `${ref.text} in ${owner} does not resolve: profile '${profileId}' (used by test '${testId}') ` +
                `has no '${ref.path.join('.')}'${nearestKey(data, ref.path)}`);
        }
    }
}
function checkTemplates(suite) {
    const { add, issues } = issueSet();
    const scenarios = new Map(suite.scenarios.map((s) => [s.value.id, templatedStrings(s, `scenario '${s.value.id}'`)]));
    const toolTexts = new Map(suite.tools.map((t) => [t.value.name, templatedStrings(t, `tool '${t.value.name}'`, ['mock'])]));
    const profiles = new Map(suite.profiles.map((p) => [p.value.id, p.value]));
    const checked = [
        ...suite.scenarios.map((s) => ({
            entry: s,
            owner: `scenario '${s.value.id}'`,
            under: [],
        })),
        ...suite.tools.map((t) => ({
            entry: t,
            owner: `tool '${t.value.name}'`,
            under: ['mock'],
        })),
    ];
    for (const { entry, owner, under } of checked) {
        for (const { text, location } of stringsUnder(entry, owner, under)) {
            for (const bad of (0,template/* findMalformedTemplates */.yL)(text)) {
                add(location, `${bad.text} in ${owner} is not a profile template: expected {{profile.key}} (nested: ` +
                    `{{profile.a.b}}, list item: {{profile.items[0]}}), keys start with a letter or '_'`);
            }
        }
    }
    for (const test of suite.tests) {
        const scenarioTexts = scenarios.get(test.value.scenario) ?? [];
        const profileId = test.value.profile ?? suite.settings.defaults?.profile;
        if (profileId === undefined) {
            // A mock mapping that needs a profile simply never matches without one; a scenario would say "{{profile.x}}"
            // aloud.
            const [first] = scenarioTexts;
            if (first)
                add((0,collect/* locate */.x5)(test, 'scenario'), `test '${test.value.id}' has no profile, but ${first.owner} uses ` +
                    `${(0,template/* findTemplateRefs */.u9)(first.text)[0].text} (set \`profile:\` on the test or \`defaults.profile\`)`);
            continue;
        }
        const texts = [...scenarioTexts, ...toolsOf(suite, test).flatMap((name) => toolTexts.get(name) ?? [])];
        const profile = profiles.get(profileId);
        if (!profile)
            continue; // unknown profile: reported by the reference check
        checkRefsResolve(texts, profileId, profile.data, test.value.id, add);
    }
    return issues();
}
/** Tools the test's agent (and any variant's agent) may call. */
function toolsOf(suite, test) {
    const agentIds = [
        effectiveAgent(suite, test.value.agent),
        ...Object.values(suite.settings.variants ?? {}).map((variant) => variant.agent),
    ];
    return suite.agents.filter((a) => agentIds.includes(a.value.id)).flatMap((a) => a.value.tools);
}
/** Every string containing a template inside the entry (optionally under `under`), with its location. */
function templatedStrings(entry, owner, under = []) {
    return stringsUnder(entry, owner, under).filter(({ text }) => (0,template/* findTemplateRefs */.u9)(text).length > 0);
}
/** Every string inside the entry (optionally under `under`) that has a `{{`, with its location. */
function stringsUnder(entry, owner, under = []) {
    const found = [];
    const walk = (value, path) => {
        if (typeof value === 'string') {
            if (value.includes('{{'))
                found.push({ text: value, location: (0,collect/* locate */.x5)(entry, ...path), owner });
        }
        else if (Array.isArray(value))
            value.forEach((item, index) => walk(item, [...path, index]));
        else if (value && typeof value === 'object')
            for (const [key, item] of Object.entries(value))
                walk(item, [...path, key]);
    };
    let start = entry.value;
    for (const segment of under)
        start = start?.[segment];
    walk(start, under);
    return found;
}
function nearestKey(data, path) {
    const depth = path.findIndex((_, i) => (0,template/* lookupPath */.wf)(data, path.slice(0, i + 1)) === undefined);
    const parent = (0,template/* lookupPath */.wf)(data, path.slice(0, depth));
    if (!parent || typeof parent !== 'object')
        return '';
    const match = (0,did_you_mean/* closest */.kp)(path[depth], Object.keys(parent));
    return match === undefined ? '' : ` — did you mean '${[...path.slice(0, depth), match].join('.')}'?`;
}

;// CONCATENATED MODULE: ./src/suite/simulator-prompt-checks.ts
/**
 * The simulated user's own prompt (root or persona `simulator.system_prompt`,
 * or the file it names) may say `{{persona.x}}` and `{{profile.x}}`. Both are
 * checked at load, as scenario texts are (template-checks.ts): an unknown
 * persona field, a `{{…}}` that is neither, or a profile key missing from a
 * test's profile would otherwise reach the simulator as written.
 */




function checkSimulatorPrompts(suite, starts) {
    // A template written twice in one prompt is one issue.
    const { add: fail, issues } = issueSet();
    const prompts = promptsOf(suite, starts);
    // Declared, read or not: a persona whose prompt file is missing (reported where it is read) does not fall back.
    const withOwnPrompt = new Set(suite.personas
        .filter(({ value }) => value.simulator?.system_prompt !== undefined || value.simulator?.system_prompt_file !== undefined)
        .map(({ value }) => value.id));
    const profiles = new Map(suite.profiles.map((p) => [p.value.id, p.value]));
    for (const prompt of prompts) {
        for (const match of prompt.text.matchAll(template/* PERSONA_TEMPLATE */.yJ)) {
            const field = match[1] ?? '';
            if (template/* PERSONA_TEMPLATE_FIELDS */.Y6.includes(field))
                continue;
            const near = (0,did_you_mean/* closest */.kp)(field, template/* PERSONA_TEMPLATE_FIELDS */.Y6);
            fail(prompt.location, `${match[0]} in ${prompt.owner} is not a persona field: expected one of ` +
                `${template/* PERSONA_TEMPLATE_FIELDS */.Y6.join(', ')}${near ? ` — did you mean '{{persona.${near}}}'?` : ''}`);
        }
        const withoutPersona = prompt.text.replace(template/* PERSONA_TEMPLATE */.yJ, '');
        for (const bad of (0,template/* findMalformedTemplates */.yL)(withoutPersona))
            fail(prompt.location, `${bad.text} in ${prompt.owner} is neither a persona nor a profile template: expected ` +
                `{{persona.field}} (${template/* PERSONA_TEMPLATE_FIELDS */.Y6.join(', ')}) or {{profile.key}}`);
        const refs = (0,template/* findTemplateRefs */.u9)(withoutPersona);
        if (refs.length === 0)
            continue;
        for (const test of suite.tests) {
            const users = prompt.persona === undefined ? !withOwnPrompt.has(test.value.persona) : test.value.persona === prompt.persona;
            if (!users)
                continue;
            const profileId = test.value.profile ?? suite.settings.defaults?.profile;
            if (profileId === undefined) {
                fail((0,collect/* locate */.x5)(test, 'persona'), `test '${test.value.id}' has no profile, but ${prompt.owner} uses ${refs[0].text} ` +
                    '(set `profile:` on the test or `defaults.profile`)');
                continue;
            }
            const profile = profiles.get(profileId);
            if (!profile)
                continue; // unknown profile: reported by the reference check
            checkRefsResolve([{ ...prompt, text: withoutPersona }], profileId, profile.data, test.value.id, fail);
        }
    }
    return issues();
}
/** The root prompt and each persona's own, with where each was written (the inline text or the file's name). */
function promptsOf(suite, starts) {
    const prompts = [];
    const root = starts.simulator?.system_prompt;
    const rootSettings = suite.settings.simulator;
    if (root !== undefined) {
        const key = rootSettings?.system_prompt_file === undefined ? 'system_prompt' : 'system_prompt_file';
        prompts.push({
            text: root,
            location: suite.root.locate(['simulator', key]),
            owner: key === 'system_prompt'
                ? "the simulator's system_prompt"
                : `simulator prompt file '${rootSettings?.system_prompt_file}'`,
            persona: undefined,
        });
    }
    for (const entry of suite.personas) {
        const text = starts.personas.get(entry.value.id)?.system_prompt;
        if (text === undefined)
            continue;
        const file = entry.value.simulator?.system_prompt_file;
        prompts.push({
            text,
            location: (0,collect/* locate */.x5)(entry, 'simulator', file === undefined ? 'system_prompt' : 'system_prompt_file'),
            owner: file === undefined
                ? `the simulator system_prompt of persona '${entry.value.id}'`
                : `the simulator prompt file '${file}' of persona '${entry.value.id}'`,
            persona: entry.value.id,
        });
    }
    return prompts;
}

// EXTERNAL MODULE: ./src/suite/ajv.ts
var suite_ajv = __webpack_require__(3199);
;// CONCATENATED MODULE: ./src/suite/tool-checks.ts
/**
 * What the schema alone can not say about a tool: its `parameters` must be a
 * JSON Schema the engine can compile, and its strategy must have what it needs
 * (a passthrough needs a URL; mock behaviour on a passthrough tool would never run).
 */



function checkTools(suite) {
    const issues = [];
    // Built only for a suite with tools.
    const ajv = (0,suite_ajv/* lazyAjv */.A)();
    for (const entry of suite.tools) {
        const tool = entry.value;
        const error = (message, ...path) => void issues.push({ location: (0,collect/* locate */.x5)(entry, ...path), message, severity: 'error' });
        const keyError = (message, key) => void issues.push({ location: entry.file.locateKey([...entry.path, key]), message, severity: 'error' });
        const schemaProblem = compileProblem(ajv(), tool.parameters);
        if (schemaProblem)
            error(`tool '${tool.name}': parameters is not a valid JSON Schema: ${schemaProblem.message}`, 'parameters', ...schemaProblem.path);
        tool.mock?.mappings.forEach((mapping, index) => {
            if (mapping.match !== 'pattern')
                return;
            for (const { text, sub } of patternStrings(mapping.when, [])) {
                const compiled = (0,user_regex/* compileUserRegex */._)(text);
                if (!compiled.ok)
                    error(`tool '${tool.name}': invalid pattern ${JSON.stringify(text)} (mapping with match: pattern): ` +
                        compiled.message, 'mock', 'mappings', index, 'when', ...sub);
            }
        });
        if (tool.strategy === 'passthrough') {
            if (!tool.passthrough)
                error(`tool '${tool.name}' has strategy passthrough but no passthrough.url: add \`passthrough: { url: ` +
                    `https://… }\` or use strategy mock`, 'strategy');
            if (tool.mock)
                keyError(`tool '${tool.name}' has strategy passthrough, so its mock would never be used: remove \`mock\` or ` +
                    `use strategy mock`, 'mock');
        }
        else if (tool.passthrough) {
            keyError(`tool '${tool.name}' has a passthrough block but strategy ${tool.strategy}: set \`strategy: ` +
                `passthrough\` or remove \`passthrough\``, 'passthrough');
        }
    }
    return issues;
}
function patternStrings(value, path) {
    if (typeof value === 'string')
        return [{ text: value, sub: path }];
    if (value && typeof value === 'object' && !Array.isArray(value))
        return Object.entries(value).flatMap(([key, item]) => patternStrings(item, [...path, key]));
    return [];
}
function compileProblem(ajv, schema) {
    // validateSchema checks against the meta-schema and says where; compile
    // also catches what the meta-schema allows but Ajv can not build (bad $ref, bad regex).
    if (!ajv.validateSchema(schema)) {
        const [first] = ajv.errors ?? [];
        if (first) {
            const allowed = first.params && 'allowedValues' in first.params
                ? ` (${first.params.allowedValues.join(', ')})`
                : '';
            return {
                message: `${first.instancePath || '(root)'} ${first.message ?? 'is invalid'}${allowed}`,
                path: pointerSegments(first.instancePath),
            };
        }
    }
    try {
        ajv.compile(schema);
        return undefined;
    }
    catch (error) {
        return { message: error instanceof Error ? error.message : String(error), path: [] };
    }
}
function pointerSegments(pointer) {
    if (!pointer)
        return [];
    return pointer
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

// EXTERNAL MODULE: ./src/util/state-path.ts
var state_path = __webpack_require__(9765);
;// CONCATENATED MODULE: ./src/suite/criterion-checks.ts
/**
 * What the schema alone can not say about criteria, checked at load so a
 * mistake never passes silently at run time: tools they name exist, regexes
 * compile on the engine that runs them (RE2: no catastrophic backtracking),
 * json_schema criteria compile, and `{{profile.x}}` only appears where the
 * judge renders it (tool_called args, text contains/not_contains) and resolves
 * there. Passthrough URLs and headers are never rendered either.
 */








/** What a `state` criterion checks at its path: one per criterion. */
const STATE_CHECKS = ['equals', 'contains', 'exists', 'matches'];
/** Criterion fields the judge renders `{{profile.x}}` in (see src/judge/deterministic.ts). */
const RENDERED_FIELDS = new Set(['args', 'contains', 'not_contains']);
function checkCriteria(suite) {
    const issues = [];
    const fail = (location, message) => void issues.push({ location, message, severity: 'error' });
    // Built only for a suite with a schema to check.
    const ajv = (0,suite_ajv/* lazyAjv */.A)();
    const inline = [...suite.tests, ...suite.datasets].flatMap((entry) => entry.value.criteria.flatMap((criterion, index) => 'type' in criterion
        ? [
            {
                metric: criterion,
                entry,
                path: ['criteria', index],
                name: `criterion '${criterion.id ?? criterion.type}'`,
            },
        ]
        : []));
    const named = suite.metrics.map((entry) => ({
        metric: entry.value,
        entry,
        path: [],
        name: `metric '${entry.value.id}'`,
    }));
    for (const placed of [...inline, ...named])
        checkMetric(placed, suite, ajv, fail);
    checkRenderedTemplates(suite, fail);
    checkExpectedOutputRegexes(suite, fail);
    checkPassthroughTemplates(suite, fail);
    return issues;
}
function checkMetric({ metric, entry, path, name }, suite, ajv, fail) {
    const at = (...sub) => (0,collect/* locate */.x5)(entry, ...path, ...sub);
    const tool = (toolName, ...sub) => {
        if (suite.known.tools.has(toolName))
            return;
        fail(at(...sub), `${name} names unknown tool '${(0,confusables/* visible */.RK)(toolName)}'${(0,did_you_mean/* suggestion */.h)(toolName, suite.known.tools)} ` +
            '(expected a tool declared under `tools:`; declare one the agent implements itself with `strategy: none`)');
    };
    if (metric.type === 'tool_called' || metric.type === 'tool_not_called')
        tool(metric.tool, 'tool');
    if (metric.type === 'tool_sequence')
        metric.tools.forEach((toolName, index) => tool(toolName, 'tools', index));
    if (metric.type === 'text' && metric.regex !== undefined) {
        const compiled = (0,user_regex/* compileUserRegex */._)(metric.regex);
        if (!compiled.ok)
            fail(at('regex'), `invalid regex ${JSON.stringify(metric.regex)} in ${name}: ${compiled.message}`);
    }
    if (metric.type === 'state') {
        const parsed = (0,state_path/* parsePath */.Rr)(metric.path);
        if (!parsed.ok)
            fail(at('path'), `${name}: ${parsed.error}`);
        const checks = STATE_CHECKS.filter((key) => metric[key] !== undefined);
        if (checks.length !== 1)
            fail(at(), `${name} needs exactly one of ${STATE_CHECKS.join(', ')}` +
                (checks.length > 1 ? ` (it has ${checks.join(' and ')}: write one criterion per check)` : ''));
    }
    if (metric.type === 'state_unchanged') {
        metric.except.forEach((text, index) => {
            const parsed = (0,state_path/* parsePath */.Rr)(text);
            if (!parsed.ok)
                fail(at('except', index), `${name}: ${parsed.error}`);
        });
    }
    if (metric.type === 'json_schema') {
        const problem = compileProblem(ajv(), metric.schema);
        if (problem)
            fail(at('schema', ...problem.path), `${name}: schema is not a valid JSON Schema: ${problem.message}`);
    }
    for (const [field, value] of Object.entries(metric)) {
        if (RENDERED_FIELDS.has(field))
            continue;
        for (const { text, sub } of stringsIn(value, [field])) {
            const [ref] = (0,template/* findTemplateRefs */.u9)(text);
            if (ref)
                fail(at(...sub), `${ref.text} in ${name} (${field}) is never rendered: profile templates work only in ` +
                    'tool_called args and text contains/not_contains; write the value itself');
        }
    }
}
/** Rendered fields must resolve in the profile of every test using the criterion. */
function checkRenderedTemplates(suite, fail) {
    const profiles = new Map(suite.profiles.map((p) => [p.value.id, p.value.data]));
    const metrics = new Map(suite.metrics.map((m) => [m.value.id, m]));
    const seen = new Set();
    for (const test of [...suite.tests, ...suite.datasets]) {
        const profileId = test.value.profile ?? suite.settings.defaults?.profile;
        test.value.criteria.forEach((criterion, index) => {
            const [metric, entry, path] = 'type' in criterion
                ? [criterion, test, ['criteria', index]]
                : [
                    metrics.get(criterion.metric)?.value,
                    metrics.get(criterion.metric),
                    [],
                ];
            if (!metric || !entry)
                return;
            for (const field of RENDERED_FIELDS) {
                for (const { text, sub } of stringsIn(metric[field], [field])) {
                    for (const ref of (0,template/* findTemplateRefs */.u9)(text)) {
                        const location = (0,collect/* locate */.x5)(entry, ...path, ...sub);
                        const key = `${location.file}:${location.line}:${location.column}:${profileId}:${ref.text}`;
                        if (seen.has(key))
                            continue;
                        seen.add(key);
                        if (profileId === undefined) {
                            fail(location, `${ref.text} needs a profile, but ${test.path[0] === 'tests' ? 'test' : 'dataset'} ` +
                                `'${test.value.id}' has none (set \`profile:\` on it or \`defaults.profile\`)`);
                        }
                        else {
                            const data = profiles.get(profileId);
                            if (data !== undefined && (0,template/* lookupPath */.wf)(data, ref.path) === undefined) {
                                fail(location, `${ref.text} does not resolve: profile '${profileId}' (used by '${test.value.id}') ` +
                                    `has no '${ref.path.join('.')}'`);
                            }
                        }
                    }
                }
            }
        });
    }
}
/** A dataset judged with expected_output match: regex uses each item's expected_output as the pattern. */
function checkExpectedOutputRegexes(suite, fail) {
    const metrics = new Map(suite.metrics.map((m) => [m.value.id, m.value]));
    for (const dataset of suite.datasets) {
        const usesRegex = dataset.value.criteria.some((criterion) => {
            const metric = 'type' in criterion ? criterion : metrics.get(criterion.metric);
            return metric?.type === 'expected_output' && metric.match === 'regex';
        });
        if (!usesRegex)
            continue;
        dataset.value.items.forEach((item, index) => {
            if (item.expected_output === undefined)
                return;
            const compiled = (0,user_regex/* compileUserRegex */._)(item.expected_output);
            if (!compiled.ok) {
                fail((0,collect/* locate */.x5)(dataset, 'items', index, 'expected_output'), `invalid regex ${JSON.stringify(item.expected_output)} ` +
                    `(the dataset's expected_output uses match: regex): ${compiled.message}`);
            }
        });
    }
}
function checkPassthroughTemplates(suite, fail) {
    for (const tool of suite.tools) {
        for (const { text, sub } of stringsIn(tool.value.passthrough, ['passthrough'])) {
            const [ref] = (0,template/* findTemplateRefs */.u9)(text);
            if (ref) {
                fail((0,collect/* locate */.x5)(tool, ...sub), `${ref.text} in tool '${tool.value.name}' passthrough is never rendered: ` +
                    'a passthrough URL and headers take `${ENV}` variables only');
            }
        }
    }
}
function stringsIn(value, path) {
    if (typeof value === 'string')
        return value.includes('{{') ? [{ text: value, sub: path }] : [];
    if (Array.isArray(value))
        return value.flatMap((item, index) => stringsIn(item, [...path, index]));
    if (value && typeof value === 'object')
        return Object.entries(value).flatMap(([key, item]) => stringsIn(item, [...path, key]));
    return [];
}

;// CONCATENATED MODULE: ./src/suite/checkpoint-checks.ts
/**
 * Checkpoints (`at:` on a criterion) the schema can not check alone: a `step`
 * names a condition of the test's scripted scenario (the message lists the ids
 * that exist); behavioral scenarios and datasets have no steps. A named metric
 * with a step is checked in every test that uses it, at the test's reference.
 */

function checkCheckpoints(suite) {
    const issues = [];
    const fail = (location, message) => void issues.push({ location, message, severity: 'error' });
    const named = new Map(suite.metrics.map((entry) => [entry.value.id, entry.value]));
    const atOf = (criterion) => {
        if ('type' in criterion)
            return { ...pick(criterion.at), name: criterion.id ?? criterion.type, inline: true };
        return { ...pick(named.get(criterion.metric)?.at), name: criterion.metric, inline: false };
    };
    for (const entry of suite.tests) {
        const scenario = suite.scenarios.find((candidate) => candidate.value.id === entry.value.scenario)?.value;
        entry.value.criteria.forEach((criterion, index) => {
            const { at, name, inline } = atOf(criterion);
            if (!at || !('step' in at) || !scenario)
                return;
            const where = inline
                ? (0,collect/* locate */.x5)(entry, 'criteria', index, 'at', 'step')
                : (0,collect/* locate */.x5)(entry, 'criteria', index, 'metric');
            if (scenario.type !== 'scripted') {
                fail(where, `criterion '${name}': checkpoint step ${at.step} needs a scripted scenario; ` +
                    `'${scenario.id}' is behavioral (use \`at: { turn: n }\`)`);
                return;
            }
            const ids = scenario.conditional_actions.conditions.map((condition) => condition.id);
            if (!ids.includes(at.step))
                fail(where, `criterion '${name}': checkpoint step ${at.step} is not a condition of scenario '${scenario.id}' ` +
                    `(its condition ids: ${ids.join(', ')})`);
        });
    }
    for (const entry of suite.datasets)
        entry.value.criteria.forEach((criterion, index) => {
            const { at, name, inline } = atOf(criterion);
            if (!at || !('step' in at))
                return;
            const where = inline
                ? (0,collect/* locate */.x5)(entry, 'criteria', index, 'at', 'step')
                : (0,collect/* locate */.x5)(entry, 'criteria', index, 'metric');
            fail(where, `criterion '${name}': datasets have no scripted steps (checkpoint step ${at.step})`);
        });
    return issues;
}
function pick(at) {
    return at ? { at } : {};
}

// EXTERNAL MODULE: ./src/util/module-worker.ts
var module_worker = __webpack_require__(6305);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
;// CONCATENATED MODULE: ./src/suite/module-graph.ts
/**
 * What a code scorer's verdict depends on, as files: the module and every
 * local module it imports, found by reading their import specifiers (static
 * `import`/`export … from`, dynamic `import()` and `require()` of a literal
 * path). Only relative and absolute paths are followed; packages are the
 * project's dependencies, not the suite's. The hash of a module that imports
 * nothing local is its content's alone, as it always was, so such scorers
 * keep their tests' identity.
 */




/** Enough for any scorer with its helpers; a graph larger than this is hashed as far as it was read. */
const MAX_GRAPH_FILES = 200;
// After `import`/`export`, the names up to `from` are bounded and the whitespace before a quote is matched once, so
// each keyword costs time linear in what follows it.
const SPECIFIER = /(?:\bimport\b(?:[\w*${},\s]{0,2000}?\bfrom\b)?|\bexport\b[\w*${},\s]{0,2000}?\bfrom\b|\bimport\s*\(|\brequire\s*\()\s*(['"])([^'"\n]+)\1/g;
/** Comments (where an import may be commented out, or a note sit in an import list), with strings kept whole. */
const COMMENT_OR_STRING = /("(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*'|`(?:\\.|[^`\\])*`)|\/\/[^\n]*|\/\*[\s\S]*?\*\//g;
/** Extensions tried for a specifier without one, and in place of `.js` for TypeScript written with `.js` imports. */
const PROBE_EXTENSIONS = ['.js', '.mjs', '.cjs', '.ts', '.mts', '.cts', '.json'];
/**
 * The content hash of `file` and of every local module it imports (directly or not). Paths inside `root` (the
 * suite's folder) are recorded relative to it, others as they are: moving the checkout changes nothing.
 */
async function moduleGraphHash(file, content, root = (0,external_node_path_.dirname)(file)) {
    const own = sha256(content);
    // Imports are resolved from the real file, as Node does: a scorer reached through a link uses the link's target.
    const start = await (0,promises_.realpath)(file).catch(() => file);
    const seen = new Map([[start, own]]);
    const pending = [...localImports(start, content.toString('utf8'))];
    while (pending.length > 0 && seen.size < MAX_GRAPH_FILES) {
        const found = await existingModule(pending.shift());
        if (found === undefined || seen.has(found))
            continue;
        const text = await (0,promises_.readFile)(found).catch(() => undefined);
        if (text === undefined)
            continue;
        seen.set(found, sha256(text));
        pending.push(...localImports(found, text.toString('utf8')));
    }
    if (seen.size === 1)
        return own;
    const shown = (path) => {
        const inside = (0,external_node_path_.relative)(root, path);
        return (inside.startsWith('..') || (0,external_node_path_.isAbsolute)(inside) ? path : inside).split('\\').join('/');
    };
    const lines = [...seen].map(([path, hash]) => `${shown(path)} ${hash}`).sort();
    return sha256(Buffer.from(lines.join('\n')));
}
/** The absolute paths the text's relative or absolute specifiers point at, as written (not yet probed). */
function localImports(file, text) {
    const found = [];
    const code = text.replace(COMMENT_OR_STRING, (whole, string) => string ?? '');
    for (const match of code.matchAll(SPECIFIER)) {
        const specifier = match[2].split(/[?#]/)[0];
        if (specifier.startsWith('file:')) {
            const path = pathOfFileUrl(specifier);
            if (path !== undefined)
                found.push(path);
        }
        else if (/^\.\.?(\/|$)/.test(specifier) || (0,external_node_path_.isAbsolute)(specifier))
            found.push((0,external_node_path_.resolve)((0,external_node_path_.dirname)(file), specifier));
    }
    return found;
}
/** A `file:` URL's path, or undefined for text that only looks like one (it may sit in a string). */
function pathOfFileUrl(url) {
    try {
        return (0,external_node_url_.fileURLToPath)(url);
    }
    catch {
        return undefined;
    }
}
/** The file a specifier loads: as written, with an extension added, `.ts` for `.js`, or a folder's index. */
async function existingModule(path) {
    const extension = (0,external_node_path_.extname)(path);
    const stem = extension === '' ? path : path.slice(0, -extension.length);
    const candidates = [
        path,
        ...(extension === '' ? PROBE_EXTENSIONS.map((ext) => path + ext) : []),
        ...(/^\.[mc]?js$/.test(extension) ? [stem + extension.replace('js', 'ts')] : []),
        ...PROBE_EXTENSIONS.map((ext) => (0,external_node_path_.resolve)(path, `index${ext}`)),
    ];
    for (const candidate of candidates)
        if (await isFile(candidate))
            return (0,promises_.realpath)(candidate).catch(() => candidate);
    return undefined;
}
async function isFile(path) {
    return (0,promises_.stat)(path).then((info) => info.isFile(), () => false);
}
function sha256(content) {
    return (0,external_node_crypto_.createHash)('sha256').update(content).digest('hex');
}

// EXTERNAL MODULE: ./src/suite/repository-scope.ts
var repository_scope = __webpack_require__(5763);
;// CONCATENATED MODULE: ./src/suite/code-modules.ts
/**
 * Code scorers at load: each `type: code` criterion's module is made absolute
 * (relative to the file that declares it), must exist with a supported
 * extension, and must export a function under the name asked for — checked by
 * importing it in a worker (src/util/module-worker.ts), so a module that throws
 * or hangs while loading is a load error at the criterion's file:line, never a
 * surprise at run time. Each module's content hash, with the local modules it
 * imports (module-graph.ts), is kept: an edited scorer or helper makes its
 * tests "changed" (src/plan/trial.ts puts it in the criteria version).
 */






/** What Node runs without a loader (TypeScript by its own type stripping). */
const SCORER_EXTENSIONS = ['.js', '.mjs', '.cjs', '.ts', '.mts', '.cts'];
/** Importing a module to see its exports: generous, a cold TypeScript import takes a few hundred ms. */
const LOAD_CHECK_TIMEOUT_MS = 15_000;
/** `module` of a code criterion made absolute, relative to the declaring file. */
function absoluteModule(criterion, declaringFile) {
    if (!('type' in criterion) || criterion.type !== 'code')
        return criterion;
    return { ...criterion, module: (0,external_node_path_.resolve)((0,external_node_path_.dirname)(declaringFile), criterion.module) };
}
async function checkCodeModules(suite, scope) {
    const issues = [];
    const hashes = new Map();
    const checked = new Map();
    const placed = [];
    for (const entry of [...suite.tests, ...suite.datasets])
        entry.value.criteria.forEach((criterion, index) => {
            if ('type' in criterion && criterion.type === 'code')
                placed.push({ entry, path: ['criteria', index], metric: criterion });
        });
    for (const entry of suite.metrics)
        if (entry.value.type === 'code')
            placed.push({ entry, path: [], metric: entry.value });
    // Sequential: one worker, and the messages come out in file order.
    for (const { entry, path, metric } of placed) {
        const file = (0,external_node_path_.resolve)((0,external_node_path_.dirname)(entry.file.path), metric.module);
        const key = `${file}#${metric.export}`;
        let problem = checked.get(key);
        if (!problem) {
            problem = checkOne(file, metric.export, scope, hashes, (0,external_node_path_.dirname)(suite.root.path));
            checked.set(key, problem);
        }
        const message = await problem;
        if (message)
            issues.push({
                location: (0,collect/* locate */.x5)(entry, ...path, 'module'),
                message: `code scorer: ${message}`,
                severity: 'error',
            });
    }
    return { hashes, issues };
}
async function checkOne(file, exportName, scope, hashes, suiteRoot) {
    const shown = scope.show(file);
    const outside = await (0,repository_scope/* outsideRepositoryProblem */.Vf)(file, scope);
    if (outside)
        return `module ${shown} ${outside}`;
    if (!SCORER_EXTENSIONS.includes((0,external_node_path_.extname)(file).toLowerCase()))
        return `${shown} is not a JS or TS module (expected one of ${SCORER_EXTENSIONS.join(', ')})`;
    let text;
    try {
        text = await (0,promises_.readFile)(file);
    }
    catch {
        return `module ${shown} does not exist (a path relative to the file that declares the criterion)`;
    }
    hashes.set(file, await moduleGraphHash(file, text, suiteRoot));
    const exports = await module_worker/* moduleWorkers */.G.describe(file, exportName, LOAD_CHECK_TIMEOUT_MS);
    if ('error' in exports) {
        const typescript = /\.[mc]?ts$/i.test(file) && /Unknown file extension/i.test(exports.error);
        // `npm init` writes "type": "commonjs": an `export` in a .js or .ts file is then a syntax error.
        const esmAsCommonJs = /\.[jt]s$/i.test(file) && /Unexpected token 'export'|Cannot use import statement outside/i.test(exports.error);
        const hint = typescript
            ? ' (TypeScript scorers need Node.js 22.18+ or 23.6+, which strip types)'
            : esmAsCommonJs
                ? ` (Node reads ${(0,external_node_path_.extname)(file)} files as CommonJS where the nearest package.json does not say ` +
                    '"type": "module": name the scorer .mjs or .mts, or set "type": "module")'
                : '';
        return `module ${shown} could not be loaded: ${exports.error}${hint}`;
    }
    if (exports.type === 'function')
        return undefined;
    const functions = exports.names.length > 0 ? ` (it exports: ${exports.names.join(', ')})` : ' (it exports nothing)';
    return exports.type === 'undefined'
        ? `module ${shown} has no export '${exportName}'${functions}`
        : `export '${exportName}' of ${shown} is a ${exports.type}, not a function`;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/suite/state.ts
/**
 * Trial state at load: `state_file` references are read (JSON or YAML,
 * relative to the declaring file), module tools' files made absolute, and what
 * the schema can not say about stateful tools checked with file:line errors:
 * the strategy has its block, every path parses, `{arg}` segments name
 * parameters, the module file exists.
 */







async function resolveStates(suite, scope) {
    const issues = [];
    const fail = (location, message) => void issues.push({ location, message, severity: 'error' });
    const owners = async (entries) => {
        const map = new Map();
        for (const entry of entries) {
            const { id, state, state_file: file } = entry.value;
            if (state !== undefined && file !== undefined) {
                fail((0,collect/* locate */.x5)(entry, 'state_file'), `'${id}' sets both state and state_file; keep one`);
                continue;
            }
            if (state !== undefined)
                map.set(id, state);
            if (file === undefined)
                continue;
            const loaded = await readStateFile((0,external_node_path_.resolve)((0,external_node_path_.dirname)(entry.file.path), file), scope);
            if (loaded.ok)
                map.set(id, loaded.state);
            else
                fail((0,collect/* locate */.x5)(entry, 'state_file'), loaded.message);
        }
        return map;
    };
    const tests = await owners(suite.tests);
    const profiles = await owners(suite.profiles);
    const moduleFiles = new Map();
    for (const entry of suite.tools) {
        const file = entry.value.module?.file;
        if (file === undefined)
            continue;
        const absolute = (0,external_node_path_.resolve)((0,external_node_path_.dirname)(entry.file.path), file);
        moduleFiles.set(entry.value.name, absolute);
        const at = (0,collect/* locate */.x5)(entry, 'module', 'file');
        const outside = await (0,repository_scope/* outsideRepositoryProblem */.Vf)(absolute, scope);
        if (outside) {
            fail(at, `tool '${entry.value.name}': module file ${scope.show(absolute)} ${outside}`);
            continue;
        }
        const found = await (0,promises_.stat)(absolute).catch(() => undefined);
        if (!found?.isFile())
            fail(at, `tool '${entry.value.name}': module file ${scope.show(absolute)} does not exist ` +
                '(a path relative to the file that declares the tool)');
    }
    return { tests, profiles, moduleFiles, issues };
}
async function readStateFile(path, scope) {
    const shown = scope.show(path);
    const read = await (0,files/* readReferencedFile */.i6)(path, scope);
    if (!read.ok)
        return { ok: false, message: `state file ${shown} ${read.why} (a path relative to this file)` };
    const text = read.text;
    try {
        const value = (0,external_node_path_.extname)(path).toLowerCase() === '.json' ? JSON.parse(text) : (0,dist/* parse */.qg)(text);
        if (!(0,state_path/* isRecord */.u4)(value))
            return { ok: false, message: `state file ${shown} must hold an object (records by name)` };
        return { ok: true, state: value };
    }
    catch (error) {
        return {
            ok: false,
            message: `state file ${shown} is not valid JSON or YAML: ${error instanceof Error ? error.message : ''}`,
        };
    }
}
/** Stateful tools: the strategy has its block and the block's paths parse and name real parameters. */
function checkStateTools(suite) {
    const issues = [];
    for (const entry of suite.tools) {
        const tool = entry.value;
        const fail = (message, ...path) => void issues.push({ location: (0,collect/* locate */.x5)(entry, ...path), message, severity: 'error' });
        for (const [strategy, block] of [
            ['state', 'state'],
            ['module', 'module'],
        ]) {
            if (tool.strategy === strategy && tool[block] === undefined)
                fail(`tool '${tool.name}' has strategy ${strategy} but no \`${block}:\` block`, 'strategy');
            if (tool.strategy !== strategy && tool[block] !== undefined)
                fail(`tool '${tool.name}' has a \`${block}:\` block but strategy ${tool.strategy}: set \`strategy: ${strategy}\``, block);
        }
        if (tool.state)
            checkStatePaths(tool, fail);
    }
    return issues;
}
function checkStatePaths(tool, fail) {
    const spec = tool.state;
    if (!spec)
        return;
    const properties = (0,state_path/* isRecord */.u4)(tool.parameters.properties) ? Object.keys(tool.parameters.properties) : undefined;
    const path = (text, ...at) => {
        const parsed = (0,state_path/* parsePathTemplate */.TD)(text);
        if (!parsed.ok)
            return fail(`tool '${tool.name}': ${parsed.error}`, 'state', ...at);
        for (const segment of parsed.segments) {
            if (typeof segment === 'object' && properties && !properties.includes(segment.arg))
                fail(`tool '${tool.name}': path '${text}' uses {${segment.arg}}, which is not one of its parameters ` +
                    `(${properties.join(', ') || 'none'})`, 'state', ...at);
        }
    };
    if (spec.read !== undefined)
        path(spec.read, 'read');
    if (spec.find !== undefined)
        path(spec.find, 'find');
    for (const key of Object.keys(spec.where ?? {}))
        path(key, 'where', key);
    spec.require.forEach((condition, index) => {
        path(condition.path, 'require', index, 'path');
        if (condition.exists === undefined && condition.equals === undefined && condition.one_of === undefined)
            fail(`tool '${tool.name}': a require condition needs exists, equals or one_of`, 'state', 'require', index);
    });
    for (const key of Object.keys(spec.set ?? {}))
        path(key, 'set', key);
    for (const key of Object.keys(spec.append ?? {}))
        path(key, 'append', key);
    (spec.remove ?? []).forEach((text, index) => path(text, 'remove', index));
    if (spec.returns === 'key' && spec.find === undefined)
        fail(`tool '${tool.name}': \`returns: key\` needs \`find\``, 'state', 'returns');
    else if (spec.returns !== undefined && spec.returns !== 'key')
        path(spec.returns, 'returns');
    if (spec.where !== undefined && spec.find === undefined)
        fail(`tool '${tool.name}': \`where\` needs \`find\` (the collection to search)`, 'state', 'where');
    const reads = spec.read !== undefined || spec.find !== undefined;
    const writes = spec.set !== undefined || spec.append !== undefined || spec.remove !== undefined;
    if (!reads && !writes && spec.returns === undefined)
        fail(`tool '${tool.name}': a state tool needs read, find, set, append, remove or returns`, 'state');
}

// EXTERNAL MODULE: ./src/suite/starts.ts
var suite_starts = __webpack_require__(9183);
// EXTERNAL MODULE: ./src/suite/version.ts
var version = __webpack_require__(8996);
// EXTERNAL MODULE: ./src/model/parse-once.ts
var parse_once = __webpack_require__(5674);
;// CONCATENATED MODULE: ./src/suite/index.ts
/**
 * The suite loader's public face: `loadSuite` reads a root config and its
 * includes, validates everything, and either returns the merged suite or every
 * problem found, sorted by file and line (it never throws for a user's mistake).
 */


















/** `file:line:column: message` (warnings say so). */
function formatIssue(issue) {
    const { file, line, column } = issue.location;
    const prefix = issue.severity === 'warning' ? 'warning: ' : '';
    return `${file}:${line}:${column}: ${prefix}${issue.message}`;
}
async function loadSuite(configPath, options = {}) {
    const cwd = (0,external_node_path_.resolve)(options.cwd ?? process.cwd());
    const rootFile = (0,external_node_path_.resolve)(cwd, configPath);
    const read = await (0,files/* readSuiteFiles */.Qe)(rootFile, cwd);
    if (read.files.length === 0)
        return { ok: false, issues: sortIssues([...read.issues], []) };
    const suite = (0,collect/* collect */.Fo)(read.files);
    const scope = { repository: read.repository, show: (path) => (0,files/* displayPath */.Gt)(path, cwd) };
    const resolved = await resolveAgents(suite, scope);
    const states = await resolveStates(suite, scope);
    const codeModules = await checkCodeModules(suite, scope);
    const starts = await (0,suite_starts/* resolveStarts */.g)(suite, scope);
    const all = [
        ...read.issues,
        ...suite.issues,
        ...checkReferences(suite, read.issues.length > 0),
        ...checkScenarioRules(suite.scenarios),
        ...checkTemplates(suite),
        ...checkTools(suite),
        ...checkStateTools(suite),
        ...states.issues,
        ...checkCriteria(suite),
        ...codeModules.issues,
        ...checkCheckpoints(suite),
        ...checkUniqueWithin(suite),
        ...resolved.issues,
        ...starts.issues,
        ...checkSimulatorPrompts(suite, starts),
    ];
    const issues = sortIssues(all, read.files.map((f) => f.display));
    const warnings = issues.filter((issue) => issue.severity === 'warning');
    if (issues.some((issue) => issue.severity === 'error'))
        return { ok: false, issues };
    return {
        ok: true,
        suite: assemble(suite, rootFile, read.files.map((f) => f.path), resolved, states, codeModules, starts),
        warnings,
    };
}
function assemble(suite, rootFile, files, resolved, states, codeModules, starts) {
    const { settings } = suite;
    const defaultProfile = settings.defaults?.profile;
    return {
        rootFile,
        files,
        name: settings.name ?? (0,external_node_path_.basename)((0,external_node_path_.dirname)(rootFile)),
        ...(starts.simulator ? { simulator: starts.simulator } : {}),
        ...(settings.judge ? { judge: settings.judge } : {}),
        pricing: settings.pricing ?? {},
        defaults: settings.defaults ?? {},
        variants: resolved.variants,
        gate: settings.gate ?? schema/* GateSchema */.ZM.parse({}, parse_once/* PARSED_ONCE */.I),
        run: settings.run ?? schema/* RunSettingsSchema */.Qr.parse({}, parse_once/* PARSED_ONCE */.I),
        agents: resolved.agents,
        personas: suite.personas.map((e) => {
            const persona = withPersonaSimulator(e.value, starts);
            return { ...persona, version: personaVersion(persona, starts.simulator?.system_prompt), source: (0,collect/* locate */.x5)(e) };
        }),
        scenarios: suite.scenarios.map((e) => {
            const scenario = withStartingTurns(e.value, starts);
            return { ...scenario, version: (0,version/* contentVersion */.e)(scenario), source: (0,collect/* locate */.x5)(e) };
        }),
        profiles: suite.profiles.map((e) => ({ ...withState(e.value, states.profiles), source: (0,collect/* locate */.x5)(e) })),
        tools: suite.tools.map((e) => ({ ...withModuleFile(e.value, states.moduleFiles), source: (0,collect/* locate */.x5)(e) })),
        metrics: suite.metrics.map((e) => ({ ...absoluteModule(e.value, e.file.path), source: (0,collect/* locate */.x5)(e) })),
        // Defaults resolved here so the planner never has to guess.
        tests: suite.tests.map((e) => ({
            ...withState(e.value, states.tests),
            criteria: e.value.criteria.map((c) => absoluteModule(c, e.file.path)),
            agent: effectiveAgent(suite, e.value.agent),
            ...((e.value.profile ?? defaultProfile) ? { profile: e.value.profile ?? defaultProfile } : {}),
            source: (0,collect/* locate */.x5)(e),
        })),
        sets: suite.sets.map((e) => ({ ...e.value, source: (0,collect/* locate */.x5)(e) })),
        ...(codeModules.hashes.size > 0 ? { codeModules: codeModules.hashes } : {}),
        datasets: suite.datasets.map((e) => ({
            ...e.value,
            criteria: e.value.criteria.map((c) => absoluteModule(c, e.file.path)),
            agent: effectiveAgent(suite, e.value.agent),
            ...((e.value.profile ?? defaultProfile) ? { profile: e.value.profile ?? defaultProfile } : {}),
            source: (0,collect/* locate */.x5)(e),
        })),
    };
}
/** `start_from_file` read into `start_from`: later stages (and the scenario's version) see the turns only. */
function withStartingTurns(scenario, starts) {
    const { start_from_file: _file, start_from: _inline, ...rest } = scenario;
    const turns = starts.scenarios.get(scenario.id);
    return (turns === undefined ? rest : { ...rest, start_from: [...turns] });
}
/** The persona's simulator settings with their prompt file read. */
function withPersonaSimulator(persona, starts) {
    const simulator = starts.personas.get(persona.id);
    return simulator === undefined ? persona : { ...persona, simulator };
}
/**
 * The simulated user's prompt shapes the test, so it is part of the persona's identity: its own (already in the
 * persona), or the root `simulator.system_prompt` it falls back to. The root simulator's model is not (as before).
 */
function personaVersion(persona, rootPrompt) {
    if (rootPrompt === undefined || persona.simulator?.system_prompt !== undefined)
        return (0,version/* contentVersion */.e)(persona);
    return (0,version/* contentVersion */.e)({ persona, simulator_prompt: rootPrompt });
}
/** `state_file` read into `state`: later stages see the records only. */
function withState(value, states) {
    const { state_file: _file, ...rest } = value;
    const state = states.get(value.id);
    return (state === undefined ? rest : { ...rest, state });
}
/** A module tool's file made absolute (relative to the file that declares it). */
function withModuleFile(tool, files) {
    const file = files.get(tool.name);
    return tool.module && file ? { ...tool, module: { ...tool.module, file } } : tool;
}
/** Ids that must be unique inside one entity: dataset items, explicit criterion ids. */
function checkUniqueWithin(suite) {
    const issues = [];
    const unique = (ids, at, what) => {
        const seen = new Map();
        ids.forEach((id, index) => {
            if (id === undefined)
                return;
            const first = seen.get(id);
            if (first === undefined)
                seen.set(id, index);
            else
                issues.push({
                    location: at(index),
                    message: `duplicate ${what} '${id}' (first used at line ${at(first).line})`,
                    severity: 'error',
                });
        });
    };
    for (const d of suite.datasets)
        unique(d.value.items.map((i) => i.id), (i) => (0,collect/* locate */.x5)(d, 'items', i, 'id'), `item id in dataset '${d.value.id}'`);
    // A test listed twice in one set used to be dropped silently (its run count with it).
    for (const set of suite.sets) {
        const first = new Map();
        set.value.tests.forEach(({ test }, index) => {
            const previous = first.get(test);
            if (previous === undefined)
                return void first.set(test, index);
            const line = (0,collect/* locate */.x5)(set, 'tests', previous, 'test').line;
            issues.push({
                location: (0,collect/* locate */.x5)(set, 'tests', index, 'test'),
                message: `set '${set.value.id}' lists test '${test}' twice (first at line ${line}): list each test ` +
                    `once, with the runs it needs`,
                severity: 'error',
            });
        });
    }
    for (const t of [...suite.tests, ...suite.datasets]) {
        unique(t.value.criteria.map((c) => ('type' in c ? c.id : undefined)), (i) => (0,collect/* locate */.x5)(t, 'criteria', i, 'id'), 'criterion id');
    }
    return issues;
}
function sortIssues(issues, fileOrder) {
    const rank = (file) => {
        const index = fileOrder.indexOf(file);
        return index < 0 ? fileOrder.length : index;
    };
    return issues.sort((a, b) => rank(a.location.file) - rank(b.location.file) ||
        a.location.file.localeCompare(b.location.file) ||
        a.location.line - b.location.line ||
        a.location.column - b.location.column);
}


/***/ }),

/***/ 5763:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   Hn: () => (/* binding */ repositoryRoot),
/* harmony export */   Vf: () => (/* binding */ outsideRepositoryProblem),
/* harmony export */   WF: () => (/* binding */ includePatternProblem),
/* harmony export */   r2: () => (/* binding */ includeClimbProblem)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/**
 * Every file a suite names (includes, system prompts, start_from_file,
 * state_file, code modules) stays inside the repository: a suite (perhaps from
 * a fork's pull request) must not make Rehearse read `../../etc/passwd`, an
 * absolute path, or a symlink pointing out of the checkout, and send it to a
 * model or echo it into a report. One rule (`outsideRepositoryProblem`) for
 * all of them; kept apart from glob matching, which only finds files.
 */



const WHY = 'a suite may only name files inside its repository, so that one from a pull request can not read the rest ' +
    'of the machine';
/** Whether `path` is `root` or below it (both absolute, resolved the same way). */
const isInside = (root, path) => {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(root, path);
    return rel === '' || (!rel.startsWith('..') && !(0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(rel));
};
/**
 * The nearest directory at or above `start` holding `.git` (a directory, or a file in a worktree). Outside a
 * repository: `fallback` (the working directory) when `start` is inside it, else `start` itself (a suite run from
 * elsewhere may still name the files beside it, and nothing above them).
 */
function repositoryRoot(start, fallback) {
    for (let dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(start);; dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(dir)) {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, '.git')))
            return dir;
        if ((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(dir) === dir)
            return isInside((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(fallback), (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(start)) ? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(fallback) : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(start);
    }
}
/** Why an include pattern is refused before it is expanded, or undefined. */
function includePatternProblem(pattern) {
    if ((0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(pattern) || /^[A-Za-z]:[\\/]/.test(pattern)) {
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
    if (isInside((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(root), (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(fromDir, ...literal)))
        return undefined;
    return `include '${pattern}' points outside the repository: ${WHY}`;
}
/**
 * Why `target` (absolute, as the loader will open it) may not be read, or undefined: its path leads out of `root`,
 * or a symbolic link on the way (the file itself or a folder above it) does. Checked before the file is looked at,
 * so "not found" never tells what exists out there. The message names the link and what it points at as written
 * in the link (the repository holds that text already; the resolved absolute path is not shown: messages may be
 * posted on a pull request).
 */
async function outsideRepositoryProblem(target, scope) {
    const top = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(scope.repository);
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(target);
    if (!isInside(top, path))
        return `is outside the repository: ${WHY}`;
    const realTop = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(top).catch(() => top);
    let at = top;
    for (const segment of (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(top, path).split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).filter(Boolean)) {
        at = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(at, segment);
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(at).catch(() => undefined);
        if (!info)
            return undefined; // missing: the read says so; nothing below it can be a link
        if (!info.isSymbolicLink())
            continue;
        const written = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readlink)(at);
        // A dangling link still must not point out: where it would lead, from the folder it sits in.
        const real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(at).catch(async () => (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(at)), written));
        if (isInside(realTop, real))
            continue;
        const link = scope.show(at);
        return `points outside the repository through the symbolic link '${link}' (→ ${JSON.stringify(written)}): ${WHY}`;
    }
    return undefined;
}


/***/ }),

/***/ 9183:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ recordedTurnOf),
/* harmony export */   g: () => (/* binding */ resolveStarts)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _transcript_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3900);
/* harmony import */ var _collect_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8646);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1993);
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




async function resolveStarts(suite, scope) {
    const issues = [];
    const fail = (location, message) => void issues.push({ location, message, severity: 'error' });
    const scenarios = new Map();
    for (const entry of suite.scenarios) {
        const turns = await startingTurns(entry, fail, scope);
        if (turns === undefined)
            continue;
        scenarios.set(entry.value.id, turns);
        checkNoOpening(entry, fail);
    }
    const root = suite.settings.simulator;
    const simulator = root &&
        (await withPrompt(root, (0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)(suite.root.path), (...path) => suite.root.locate(['simulator', ...path]), fail, scope));
    const personas = new Map();
    for (const entry of suite.personas) {
        const own = entry.value.simulator;
        if (!own)
            continue;
        const at = (...path) => (0,_collect_js__WEBPACK_IMPORTED_MODULE_2__/* .locate */ .x5)(entry, 'simulator', ...path);
        const resolved = await withPrompt(own, (0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)(entry.file.path), at, fail, scope);
        if (resolved)
            personas.set(entry.value.id, resolved);
    }
    return { scenarios, ...(simulator ? { simulator } : {}), personas, issues };
}
async function startingTurns(entry, fail, scope) {
    const { show } = scope;
    const { id, start_from: inline, start_from_file: file } = entry.value;
    if (inline !== undefined && file !== undefined) {
        fail((0,_collect_js__WEBPACK_IMPORTED_MODULE_2__/* .locate */ .x5)(entry, 'start_from_file'), `scenario '${id}' sets both start_from and start_from_file; keep one`);
        return undefined;
    }
    if (file === undefined)
        return inline;
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)(entry.file.path), file);
    const read = await (0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .readReferencedFile */ .i6)(path, scope);
    if (!read.ok) {
        fail((0,_collect_js__WEBPACK_IMPORTED_MODULE_2__/* .locate */ .x5)(entry, 'start_from_file'), `start_from_file '${file}' ${read.why} (${show(path)})`);
        return undefined;
    }
    try {
        const turns = (0,_transcript_js__WEBPACK_IMPORTED_MODULE_1__/* .parseTranscript */ .K9)(read.text, show(path)).turns.map(recordedTurnOf);
        if (turns.length === 0)
            throw new Error(`${show(path)}: the transcript has no turns`);
        return turns;
    }
    catch (error) {
        fail((0,_collect_js__WEBPACK_IMPORTED_MODULE_2__/* .locate */ .x5)(entry, 'start_from_file'), `start_from_file '${file}' can not be read: ${error instanceof Error ? error.message : String(error)}`);
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
            fail((0,_collect_js__WEBPACK_IMPORTED_MODULE_2__/* .locate */ .x5)(entry, 'first_message'), `scenario '${scenario.id}': drop first_message: ${why}`);
        return;
    }
    const conditions = scenario.conditional_actions.conditions;
    const index = conditions.findIndex((c) => String(c.condition).trim().toUpperCase() === 'FIRST_MESSAGE');
    const opener = conditions[index];
    if (opener && opener.action.trim() !== '')
        fail((0,_collect_js__WEBPACK_IMPORTED_MODULE_2__/* .locate */ .x5)(entry, 'conditional_actions', 'conditions', index, 'action'), `scenario '${scenario.id}': give FIRST_MESSAGE an empty action (""): ${why}`);
}
async function withPrompt(settings, baseDir, at, fail, scope) {
    const { system_prompt_file: file, ...rest } = settings;
    if (file === undefined)
        return settings;
    if (settings.system_prompt !== undefined) {
        fail(at('system_prompt_file'), 'simulator sets both system_prompt and system_prompt_file; keep one');
        return undefined;
    }
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(baseDir, file);
    const read = await (0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .readReferencedFile */ .i6)(path, scope);
    if (read.ok)
        return { ...rest, system_prompt: read.text };
    fail(at('system_prompt_file'), `system prompt file '${file}' ${read.why} (${scope.show(path)})`);
    return undefined;
}


/***/ }),

/***/ 8159:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AF: () => (/* binding */ endcallPattern),
/* harmony export */   Bg: () => (/* binding */ spellPattern),
/* harmony export */   Fc: () => (/* binding */ spellOpenPattern),
/* harmony export */   N1: () => (/* binding */ spellClosePattern),
/* harmony export */   vU: () => (/* binding */ findTags)
/* harmony export */ });
/**
 * The text-mode tags of scripted actions, in one place: the loader accepts
 * exactly what the engine acts on, so a tag that validates is never sent to
 * the agent literally. Whitespace inside the brackets is tolerated
 * (`<spell >`, `< endcall />`, `</ spell>`).
 */
const SPELL_OPEN = String.raw `<\s*spell\s*>`;
const SPELL_CLOSE = String.raw `<\s*/\s*spell\s*>`;
const ENDCALL = String.raw `<\s*endcall\s*/?\s*>`;
const WELL_FORMED = new RegExp(`^(?:${SPELL_OPEN}|${SPELL_CLOSE}|${ENDCALL})$`, 'i');
/** `<spell>…</spell>`, the spelled text in group 1 (global: use with replace/matchAll). */
const spellPattern = () => new RegExp(`${SPELL_OPEN}([\\s\\S]*?)${SPELL_CLOSE}`, 'gi');
const spellOpenPattern = () => new RegExp(SPELL_OPEN, 'gi');
const spellClosePattern = () => new RegExp(SPELL_CLOSE, 'gi');
/** `<endcall/>`, `<endcall />`, `<endcall>`. */
const endcallPattern = () => new RegExp(ENDCALL, 'i');
/** Every `<name …>` or `</name …>` in an action. */
function findTags(text) {
    return [...text.matchAll(/<\s*(\/)?\s*([A-Za-z_][\w-]*)[^<>]*>/g)].map((match) => ({
        text: match[0],
        name: (match[2] ?? '').toLowerCase(),
        closing: match[1] !== undefined,
        wellFormed: WELL_FORMED.test(match[0]),
    }));
}


/***/ }),

/***/ 664:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xm: () => (/* binding */ renderTemplate),
/* harmony export */   Y6: () => (/* binding */ PERSONA_TEMPLATE_FIELDS),
/* harmony export */   nh: () => (/* binding */ renderTemplateDeep),
/* harmony export */   u9: () => (/* binding */ findTemplateRefs),
/* harmony export */   wf: () => (/* binding */ lookupPath),
/* harmony export */   yJ: () => (/* binding */ PERSONA_TEMPLATE),
/* harmony export */   yL: () => (/* binding */ findMalformedTemplates)
/* harmony export */ });
/**
 * `{{profile.x}}` templates. The loader checks every reference resolves (an
 * unknown key is a load error); the engine renders them. The seed's own
 * spelling, `{{test_profile.x}}` and `{{test_profile['x']}}`, is accepted too.
 */
const TEMPLATE = /\{\{\s*(?:test_)?profile((?:\.[A-Za-z_][\w-]*|\[\s*'[^']*'\s*\]|\[\s*"[^"]*"\s*\]|\[\d+\])+)\s*\}\}/g;
const SEGMENT = /\.([A-Za-z_][\w-]*)|\[\s*'([^']*)'\s*\]|\[\s*"([^"]*)"\s*\]|\[(\d+)\]/g;
/** The persona fields a simulator prompt may name as `{{persona.x}}` (the engine fills them in). */
const PERSONA_TEMPLATE_FIELDS = ['id', 'name', 'role', 'background', 'language', 'traits'];
/** Any `{{persona.x}}`, known field or not: the loader checks the field, the engine fills the known ones. */
const PERSONA_TEMPLATE = /\{\{\s*persona\.([A-Za-z_][\w-]*)\s*\}\}/g;
function findTemplateRefs(text) {
    return [...text.matchAll(TEMPLATE)].map((match) => ({
        text: match[0],
        path: [...(match[1] ?? '').matchAll(SEGMENT)].map((s) => s[1] ?? s[2] ?? s[3] ?? s[4] ?? ''),
        offset: match.index ?? 0,
    }));
}
/**
 * Anything written as `{{ … }}` that is not a profile reference: a typo the agent would otherwise receive literally.
 */
function findMalformedTemplates(text) {
    return [...text.matchAll(/\{\{[\s\S]*?\}\}/g)]
        .filter((match) => !new RegExp(`^${TEMPLATE.source}$`).test(match[0]))
        .map((match) => ({ text: match[0], offset: match.index ?? 0 }));
}
/**
 * The value at `path`, or undefined when any segment is missing. Own keys
 * only (and array indexes only), so `{{profile.constructor}}` or
 * `{{profile.items.length}}` never resolve to something inherited.
 */
function lookupPath(data, path) {
    let current = data;
    for (const key of path) {
        if (current === null || typeof current !== 'object' || !Object.hasOwn(current, key))
            return undefined;
        if (Array.isArray(current) && !/^\d+$/.test(key))
            return undefined;
        current = current[key];
    }
    return current;
}
/**
 * Replaces every reference; objects render as JSON. Unknown keys are left as
 * written (the loader rejects them first). `format` post-processes each
 * inserted value, e.g. `escapeRegExp` when the text is a regex pattern.
 */
function renderTemplate(text, profile, format = (v) => v) {
    return text.replace(TEMPLATE, (whole, pathText) => {
        const path = [...pathText.matchAll(SEGMENT)].map((s) => s[1] ?? s[2] ?? s[3] ?? s[4] ?? '');
        const value = lookupPath(profile, path);
        if (value === undefined)
            return whole;
        return format(typeof value === 'string' ? value : JSON.stringify(value));
    });
}
/** A profile value inside a regex pattern matches itself literally ("A.1 (x)" is not a pattern). */

/** Renders templates inside any JSON value (mock tool mappings use this). */
function renderTemplateDeep(value, profile) {
    if (typeof value === 'string')
        return renderTemplate(value, profile);
    if (Array.isArray(value))
        return value.map((item) => renderTemplateDeep(item, profile));
    if (value && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, renderTemplateDeep(v, profile)]));
    }
    return value;
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


/***/ }),

/***/ 8996:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ contentVersion)
/* harmony export */ });
/* unused harmony export stableJson */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/** Content versions: a short hash of an entity's normalised content, recorded in results. */

const VERSION_LENGTH = 8;
/** JSON with keys sorted at every level, so key order in YAML does not change the version. */
function stableJson(value) {
    if (Array.isArray(value))
        return `[${value.map(stableJson).join(',')}]`;
    if (value && typeof value === 'object') {
        const entries = Object.entries(value)
            .filter(([, item]) => item !== undefined)
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${stableJson(item)}`).join(',')}}`;
    }
    return JSON.stringify(value) ?? 'null';
}
/** `value` must already have defaults applied and no `source`. */
function contentVersion(value) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(stableJson(value)).digest('hex').slice(0, VERSION_LENGTH);
}


/***/ }),

/***/ 6305:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ moduleWorkers)
/* harmony export */ });
/* unused harmony export ModuleWorkerPool */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_3__);
/**
 * Code the suite names (code scorers), run in worker threads under a time
 * limit. A worker is the only way to stop code that never yields: a sync
 * `while (true) {}` in the main thread would hang the whole run, whereas a
 * worker is terminated when its time is up and the run goes on.
 *
 * Starting a worker costs about 0.1 s, so idle workers are kept (unref'd, so
 * they never keep the process alive) and reused; a worker that timed out,
 * crashed or was cancelled is thrown away. Modules are imported once per
 * worker and cached there: a scorer must not rely on module state between
 * calls (each call may land on another worker).
 *
 * The worker's source is an eval'd string, not a file: the published CLI is one
 * bundle, with no second file to point a Worker at. TypeScript modules load by
 * Node's own type stripping (on by default since Node 23.6; erasable syntax
 * only), or by tsx when the process runs under `--import tsx` (the worker
 * inherits the process's flags).
 */




// Output of the code goes to stderr: stdout may be a report or JSON someone parses. Redirected inside the worker,
// not piped by the parent: a worker with piped stdio keeps the process alive even when unref'd (the CLI never exited).
const WORKER_SOURCE = String.raw `
process.stdout.write = process.stderr.write.bind(process.stderr);
const { parentPort } = require('node:worker_threads');
const modules = new Map();
const load = (url) => {
  let loaded = modules.get(url);
  if (!loaded) { loaded = import(url); modules.set(url, loaded); }
  return loaded;
};
const messageOf = (error) => {
  if (error instanceof Error) return error.message || error.name;
  return typeof error === 'string' ? error : (JSON.stringify(error) ?? String(error));
};
parentPort.on('message', async (request) => {
  try {
    const module = await load(request.url);
    const exported = module[request.exportName];
    if (request.kind === 'describe') {
      const value = { names: Object.keys(module), type: typeof exported };
      parentPort.postMessage({ id: request.id, ok: true, value });
      return;
    }
    if (typeof exported !== 'function')
      throw new Error("the module has no function export '" + request.exportName + "'");
    const value = await exported(request.input);
    // Only plain data crosses back: a function or a class instance in the answer is the scorer's mistake.
    const plain = value === undefined ? undefined : JSON.parse(JSON.stringify(value));
    parentPort.postMessage({ id: request.id, ok: true, value: plain });
  } catch (error) {
    parentPort.postMessage({ id: request.id, ok: false, error: messageOf(error) });
  }
});
`;
class ModuleWorkerPool {
    idle = [];
    waiting = [];
    running = 0;
    nextId = 1;
    maxWorkers;
    maxIdle;
    constructor(options = {}) {
        this.maxWorkers = options.maxWorkers ?? Math.max(2, (0,node_os__WEBPACK_IMPORTED_MODULE_1__.availableParallelism)());
        this.maxIdle = options.maxIdle ?? 2;
    }
    /** Calls `exportName` of the module at the absolute path `file` with `input` (plain data). */
    async call(file, exportName, input, limits) {
        return this.run({ kind: 'call', url: await versionedUrl(file), exportName, input }, limits);
    }
    /** Imports the module and says what it exports (the import itself runs under the time limit). */
    async describe(file, exportName, timeoutMs) {
        const outcome = await this.run({ kind: 'describe', url: await versionedUrl(file), exportName }, { timeoutMs });
        return outcome.ok ? outcome.value : { error: outcome.error };
    }
    async run(request, limits) {
        if (limits.signal?.aborted)
            return { ok: false, error: 'cancelled' };
        await this.slot();
        try {
            return await this.dispatch({ ...request, id: this.nextId++ }, limits);
        }
        finally {
            this.running--;
            this.waiting.shift()?.();
        }
    }
    async slot() {
        while (this.running >= this.maxWorkers)
            await new Promise((resolve) => this.waiting.push(resolve));
        this.running++;
    }
    dispatch(request, limits) {
        const worker = this.idle.pop() ?? this.spawn();
        worker.ref();
        return new Promise((resolve) => {
            let settled = false;
            const finish = (outcome, reusable) => {
                if (settled)
                    return;
                settled = true;
                clearTimeout(timer);
                worker.off('message', onMessage);
                worker.off('error', onError);
                worker.off('exit', onExit);
                limits.signal?.removeEventListener('abort', onAbort);
                if (reusable && this.idle.length < this.maxIdle) {
                    worker.unref();
                    this.idle.push(worker);
                }
                else
                    void worker.terminate();
                resolve(outcome);
            };
            const onMessage = (answer) => {
                if (answer.id !== request.id)
                    return;
                finish(answer.ok ? { ok: true, value: answer.value } : { ok: false, error: answer.error ?? 'failed' }, true);
            };
            // An error thrown outside the call (a stray timer, an unhandled rejection) kills the worker.
            const onError = (error) => finish({ ok: false, error: error.message || error.name }, false);
            const onExit = (code) => finish({ ok: false, error: `the worker exited with code ${code}` }, false);
            const onAbort = () => finish({ ok: false, error: 'cancelled' }, false);
            const timer = setTimeout(() => finish({ ok: false, error: `timed out after ${limits.timeoutMs} ms`, timedOut: true }, false), limits.timeoutMs);
            worker.on('message', onMessage);
            worker.on('error', onError);
            worker.on('exit', onExit);
            limits.signal?.addEventListener('abort', onAbort, { once: true });
            try {
                worker.postMessage(request);
            }
            catch (error) {
                finish({ ok: false, error: `the input could not be sent: ${error.message}` }, true);
            }
        });
    }
    spawn() {
        const worker = new node_worker_threads__WEBPACK_IMPORTED_MODULE_3__.Worker(WORKER_SOURCE, { eval: true });
        // An error between calls (a scorer's stray timer) ends the worker: the exit below drops it from the pool.
        worker.on('error', () => undefined);
        worker.on('exit', () => {
            const index = this.idle.indexOf(worker);
            if (index >= 0)
                this.idle.splice(index, 1);
        });
        return worker;
    }
}
/**
 * The module's URL with its modification time: workers cache imports by URL, so a scorer edited while the
 * process lives (a re-judge after a fix, a watch loop, tests) is imported afresh.
 */
async function versionedUrl(file) {
    const url = (0,node_url__WEBPACK_IMPORTED_MODULE_2__.pathToFileURL)(file);
    const stats = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(file).catch(() => undefined);
    if (stats)
        url.search = `v=${stats.mtimeMs}-${stats.size}`;
    return url.href;
}
/** The process's pool: code scorers of every trial share it. */
const moduleWorkers = new ModuleWorkerPool();


/***/ }),

/***/ 9765:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rr: () => (/* binding */ parsePath),
/* harmony export */   TD: () => (/* binding */ parsePathTemplate),
/* harmony export */   UH: () => (/* binding */ appendAt),
/* harmony export */   Wq: () => (/* binding */ removeAt),
/* harmony export */   YF: () => (/* binding */ applyChanges),
/* harmony export */   ZN: () => (/* binding */ matchesValue),
/* harmony export */   bD: () => (/* binding */ deepEqual),
/* harmony export */   ef: () => (/* binding */ setAt),
/* harmony export */   jV: () => (/* binding */ formatPath),
/* harmony export */   oD: () => (/* binding */ diffStates),
/* harmony export */   qX: () => (/* binding */ pathCovers),
/* harmony export */   sM: () => (/* binding */ getAt),
/* harmony export */   u4: () => (/* binding */ isRecord)
/* harmony export */ });
/**
 * Paths into a trial's state (plain JSON: records in objects and lists) and
 * the small operations every stage needs on them: read, write, the changes
 * between two states, and "does this value match that JSON subset".
 *
 * Path syntax: `orders["#W1"].items[0].status`; a dotted segment is any run of
 * characters but `.`, `[`, `]`, `{`, `}` (so `users.sara_doe_496` works); a
 * bracket holds a list index or a JSON string. In tool declarations a whole
 * segment may be an argument, `orders[{order_id}]` or `users.{user_id}`.
 */
const DOTTED = /^[^.[\]{}"]+/;
const ARG = /^\{([A-Za-z_][A-Za-z0-9_]*)\}/;
/** Parses a path that may hold `{arg}` segments (tool declarations). */
function parsePathTemplate(text) {
    const segments = [];
    let rest = text.trim();
    if (rest === '' || rest === '$')
        return { ok: true, segments };
    if (rest.startsWith('$'))
        rest = rest.slice(1);
    let first = true;
    while (rest.length > 0) {
        if (rest.startsWith('[')) {
            const close = closingBracket(rest);
            if (close < 0)
                return { ok: false, error: `unclosed "[" in path '${text}'` };
            const inner = rest.slice(1, close).trim();
            const segment = bracketSegment(inner);
            if (segment === undefined)
                return {
                    ok: false,
                    error: `"[${inner}]" in path '${text}' is not a list index, a "quoted key" or an {argument}`,
                };
            segments.push(segment);
            rest = rest.slice(close + 1);
        }
        else {
            if (!first) {
                if (!rest.startsWith('.'))
                    return { ok: false, error: `expected "." or "[" at '${rest}' in path '${text}'` };
                rest = rest.slice(1);
            }
            else if (rest.startsWith('.')) {
                rest = rest.slice(1);
            }
            const arg = ARG.exec(rest);
            const dotted = arg ? undefined : DOTTED.exec(rest);
            if (arg) {
                segments.push({ arg: arg[1] });
                rest = rest.slice(arg[0].length);
            }
            else if (dotted) {
                segments.push(dotted[0]);
                rest = rest.slice(dotted[0].length);
            }
            else {
                return { ok: false, error: `empty or invalid segment at '${rest}' in path '${text}'` };
            }
        }
        first = false;
    }
    return { ok: true, segments };
}
/** A path without arguments (criteria). */
function parsePath(text) {
    const parsed = parsePathTemplate(text);
    if (!parsed.ok)
        return parsed;
    const arg = parsed.segments.find((segment) => typeof segment === 'object');
    if (arg && typeof arg === 'object')
        return {
            ok: false,
            error: `path '${text}' holds the argument {${arg.arg}}: only tool declarations take arguments`,
        };
    return { ok: true, segments: parsed.segments };
}
function closingBracket(text) {
    let inString = false;
    for (let i = 1; i < text.length; i++) {
        const char = text[i];
        if (inString) {
            if (char === '\\')
                i++;
            else if (char === '"')
                inString = false;
        }
        else if (char === '"')
            inString = true;
        else if (char === ']')
            return i;
    }
    return -1;
}
function bracketSegment(inner) {
    if (/^\d+$/.test(inner))
        return Number(inner);
    const arg = ARG.exec(inner);
    if (arg && arg[0].length === inner.length)
        return { arg: arg[1] };
    if (inner.startsWith('"')) {
        try {
            const key = JSON.parse(inner);
            return typeof key === 'string' ? key : undefined;
        }
        catch {
            return undefined;
        }
    }
    if (inner.startsWith("'") && inner.endsWith("'") && inner.length >= 2)
        return inner.slice(1, -1);
    return undefined;
}
/** The path as it is written: `orders["#W1"].items[0]`. */
function formatPath(segments) {
    if (segments.length === 0)
        return '$';
    return segments
        .map((segment, index) => {
        if (typeof segment === 'number')
            return `[${segment}]`;
        if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(segment))
            return index === 0 ? segment : `.${segment}`;
        return `[${JSON.stringify(segment)}]`;
    })
        .join('');
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** The value at `path`, or `found: false`. A string of digits indexes a list too. */
function getAt(root, path) {
    let current = root;
    for (const segment of path) {
        if (Array.isArray(current)) {
            const index = typeof segment === 'number' ? segment : /^\d+$/.test(segment) ? Number(segment) : NaN;
            if (!(index >= 0 && index < current.length))
                return { found: false };
            current = current[index];
        }
        else if (isRecord(current)) {
            const key = String(segment);
            if (!Object.prototype.hasOwnProperty.call(current, key))
                return { found: false };
            current = current[key];
        }
        else {
            return { found: false };
        }
    }
    return { found: true, value: current };
}
/** Sets `value` at `path`, creating objects on the way; throws a readable message for a list index out of range. */
function setAt(root, path, value) {
    if (path.length === 0)
        throw new Error('can not replace the whole state');
    const parent = containerAt(root, path.slice(0, -1), true);
    const last = path[path.length - 1];
    if (Array.isArray(parent)) {
        const index = listIndex(parent, last, formatPath(path), true);
        parent[index] = value;
    }
    else {
        parent[String(last)] = value;
    }
}
/** Appends to the list at `path` (created when absent). */
function appendAt(root, path, value) {
    const found = getAt(root, path);
    if (!found.found)
        return setAt(root, path, [value]);
    if (!Array.isArray(found.value))
        throw new Error(`${formatPath(path)} is not a list`);
    found.value.push(value);
}
/** Removes the key or list item at `path`; false when there was nothing to remove. */
function removeAt(root, path) {
    if (path.length === 0)
        throw new Error('can not remove the whole state');
    if (!getAt(root, path).found)
        return false;
    const parent = containerAt(root, path.slice(0, -1), false);
    const last = path[path.length - 1];
    if (Array.isArray(parent))
        parent.splice(listIndex(parent, last, formatPath(path), false), 1);
    else
        delete parent[String(last)];
    return true;
}
function containerAt(root, path, create) {
    let current = root;
    path.forEach((segment, depth) => {
        let next;
        if (Array.isArray(current))
            next = current[listIndex(current, segment, formatPath(path.slice(0, depth + 1)), false)];
        else
            next = current[String(segment)];
        if (next === undefined && create && !Array.isArray(current)) {
            next = {};
            current[String(segment)] = next;
        }
        if (!isRecord(next) && !Array.isArray(next))
            throw new Error(`${formatPath(path.slice(0, depth + 1))} is not an object or a list`);
        current = next;
    });
    return current;
}
function listIndex(list, segment, shown, allowEnd) {
    const index = typeof segment === 'number' ? segment : /^\d+$/.test(segment) ? Number(segment) : NaN;
    if (!(index >= 0 && index < list.length + (allowEnd ? 1 : 0)))
        throw new Error(`${shown}: no such list item`);
    return index;
}
/** What changed from `before` to `after`, down to the leaves of objects (a changed list is one change). */
function diffStates(before, after, path = []) {
    if (deepEqual(before, after))
        return [];
    if (isRecord(before) && isRecord(after)) {
        const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
        return [...keys].flatMap((key) => {
            const inBefore = Object.prototype.hasOwnProperty.call(before, key);
            const inAfter = Object.prototype.hasOwnProperty.call(after, key);
            const at = [...path, key];
            if (!inBefore)
                return [{ path: formatPath(at), after: after[key] }];
            if (!inAfter)
                return [{ path: formatPath(at), before: before[key] }];
            return diffStates(before[key], after[key], at);
        });
    }
    return [{ path: formatPath(path), before, after }];
}
/** `base` with `changes` applied (a copy). */
function applyChanges(base, changes) {
    const copy = structuredClone(isRecord(base) ? base : {});
    for (const change of changes) {
        const parsed = parsePath(change.path);
        if (!parsed.ok)
            continue;
        if (parsed.segments.length === 0)
            return 'after' in change ? structuredClone(change.after) : {};
        if ('after' in change)
            setAt(copy, parsed.segments, structuredClone(change.after));
        else
            removeAt(copy, parsed.segments);
    }
    return copy;
}
/** True when `changed` (a path) is `allowed` or lies inside it, or holds it. */
function pathCovers(allowed, changed) {
    const n = Math.min(allowed.length, changed.length);
    for (let i = 0; i < n; i++)
        if (String(allowed[i]) !== String(changed[i]))
            return false;
    return true;
}
// ---------------------------------------------------------------- matching
function deepEqual(a, b) {
    if (a === b)
        return true;
    if (Array.isArray(a) && Array.isArray(b))
        return a.length === b.length && a.every((item, index) => deepEqual(item, b[index]));
    if (isRecord(a) && isRecord(b)) {
        const keys = Object.keys(a);
        return keys.length === Object.keys(b).length && keys.every((key) => key in b && deepEqual(a[key], b[key]));
    }
    return false;
}
/** Does `actual` match `expected` under the options (recursively)? */
function matchesValue(actual, expected, options) {
    if (isRecord(expected)) {
        if (!isRecord(actual))
            return false;
        const keys = Object.keys(expected);
        if (!options.partial && keys.length !== Object.keys(actual).length)
            return false;
        return keys.every((key) => Object.prototype.hasOwnProperty.call(actual, key) && matchesValue(actual[key], expected[key], options));
    }
    if (Array.isArray(expected)) {
        if (!Array.isArray(actual) || actual.length !== expected.length)
            return false;
        if (!options.anyOrder)
            return expected.every((item, index) => matchesValue(actual[index], item, options));
        return perfectMatching(actual, expected, options);
    }
    return deepEqual(actual, expected);
}
/** Every expected item matched by a distinct actual item (backtracking: lists in tool arguments are short). */
function perfectMatching(actual, expected, options) {
    const used = new Array(actual.length).fill(false);
    const assign = (index) => {
        if (index === expected.length)
            return true;
        for (let j = 0; j < actual.length; j++) {
            if (used[j] || !matchesValue(actual[j], expected[index], options))
                continue;
            used[j] = true;
            if (assign(index + 1))
                return true;
            used[j] = false;
        }
        return false;
    };
    return assign(0);
}


/***/ }),

/***/ 2455:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ compileUserRegex),
/* harmony export */   r: () => (/* binding */ userRegex)
/* harmony export */ });
/* harmony import */ var re2js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2856);
/**
 * Regexes written by users (text criteria, scripted-scenario patterns,
 * expected_output with match: regex) run on RE2JS, a linear-time engine: a
 * pattern like `(a+)+$` can not backtrack catastrophically, so matching never
 * freezes a run past its timeout or its cancellation. RE2 has no
 * backreferences or lookaround; those are rejected with a message saying so,
 * at load time, with the same function the engine uses.
 */

const RE2_HINT = 'Rehearse runs regexes on RE2, a linear-time engine';
/** Constructs RE2 can not run in linear time, found before RE2's own (terser) syntax error. */
function unsupportedConstruct(pattern) {
    let inClass = false;
    for (let i = 0; i < pattern.length; i++) {
        const char = pattern[i];
        if (char === '\\') {
            const next = pattern[i + 1] ?? '';
            if (!inClass && /[1-9]/.test(next))
                return `backreference \\${next} is not supported (${RE2_HINT}): repeat the group's pattern instead`;
            if (!inClass && next === 'k' && pattern[i + 2] === '<')
                return `named backreference \\k<…> is not supported (${RE2_HINT})`;
            i++;
        }
        else if (inClass) {
            if (char === ']')
                inClass = false;
        }
        else if (char === '[') {
            inClass = true;
            if (pattern[i + 1] === ']' || (pattern[i + 1] === '^' && pattern[i + 2] === ']'))
                i += pattern[i + 1] === '^' ? 2 : 1;
        }
        else if (char === '(' && pattern[i + 1] === '?') {
            const look = /^\(\?(<?[=!])/.exec(pattern.slice(i));
            if (look) {
                const kind = look[1].startsWith('<') ? 'lookbehind' : 'lookahead';
                const instead = 'match the text itself, or use a text check (contains/not_contains)';
                return `${kind} ${look[0]}…) is not supported (${RE2_HINT}): ${instead}`;
            }
        }
    }
    return undefined;
}
/** Compiles `pattern` (JavaScript-like syntax; `ignoreCase` for case-insensitive matching). */
function compileUserRegex(pattern, options = {}) {
    const unsupported = unsupportedConstruct(pattern);
    if (unsupported)
        return { ok: false, message: unsupported };
    try {
        const compiled = re2js__WEBPACK_IMPORTED_MODULE_0__/* .RE2JS */ .L3.compile(pattern, options.ignoreCase ? re2js__WEBPACK_IMPORTED_MODULE_0__/* .RE2JS */ .L3.CASE_INSENSITIVE : 0);
        return { ok: true, regex: { source: pattern, test: (text) => compiled.test(text) } };
    }
    catch (error) {
        return { ok: false, message: describeSyntaxError(error) };
    }
}
/** Like `compileUserRegex`, for patterns the loader has already accepted (an Error otherwise). */
function userRegex(pattern, options = {}) {
    const compiled = compileUserRegex(pattern, options);
    if (!compiled.ok)
        throw new Error(`invalid regex /${pattern}/: ${compiled.message}`);
    return compiled.regex;
}
function describeSyntaxError(error) {
    const raw = error instanceof Error ? error.message : String(error);
    // RE2JS says "error parsing regexp: missing closing ): `(?i)your (name`"; the pattern is already in our message.
    const withoutPrefix = raw.replace(/^error parsing regexp:\s*/, '');
    return withoutPrefix.replace(/:\s*`[\s\S]*`$/, '');
}


/***/ })

};
