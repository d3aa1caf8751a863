export const id = 599;
export const ids = [599];
export const modules = {

/***/ 2013:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pO: () => (/* binding */ DEFAULT_ALPHA),
  bP: () => (/* reexport */ SECTIONS),
  YW: () => (/* reexport */ SECTION_LABELS),
  _Z: () => (/* reexport */ SECTION_TITLES),
  qB: () => (/* binding */ compareRuns),
  Ov: () => (/* binding */ compareVariants),
  s: () => (/* reexport */ comparisonJson),
  Lv: () => (/* reexport */ placeTests)
});

// UNUSED EXPORTS: CHANGE_CATEGORIES, DEFINITION_PARTS, agentChanges, comparisonPayload, fisherOneSided, logFactorial, testCounts

// EXTERNAL MODULE: ./src/model/base-side.ts
var base_side = __webpack_require__(5178);
// EXTERNAL MODULE: ./src/model/history.ts
var model_history = __webpack_require__(8585);
// EXTERNAL MODULE: ./src/model/results.ts
var model_results = __webpack_require__(3111);
// EXTERNAL MODULE: ./src/aggregate/index.ts + 1 modules
var aggregate = __webpack_require__(2475);
// EXTERNAL MODULE: ./src/verdict/index.ts + 15 modules
var verdict = __webpack_require__(7822);
// EXTERNAL MODULE: ./src/util/plural.ts
var plural = __webpack_require__(1976);
;// CONCATENATED MODULE: ./src/compare/classify.ts
/**
 * Put one test key in a category, from its counts on both sides and the
 * run's comparison plan. Pure: the statistics live in src/verdict, the
 * run-level work in index.ts.
 *
 * A drop is a `regression` only when the exact test on the full confirmation
 * sample rejects at the per-comparison level (decideDrop, the same decision the
 * runner takes between batches); a drop the run could not confirm is
 * `suspected`, one it tried and did not confirm is `not_confirmed`. A rise at
 * the same level is a `fix`.
 */



function sideStats(test) {
    return {
        verdict: test.verdict,
        trials: test.passes + test.failures,
        passes: test.passes,
        errors: test.errors,
        passRate: test.passRate,
        costUsd: test.costUsd,
        latencyP50: test.latencyP50,
        latencyP95: test.latencyP95,
        ...(test.personaVersion === undefined ? {} : { personaVersion: test.personaVersion }),
        ...(test.scenarioVersion === undefined ? {} : { scenarioVersion: test.scenarioVersion }),
    };
}
/**
 * The parts of the test's identity whose version differs; a version absent
 * on either side (older files) is unknown, not changed.
 */
function changedDefinition(before, after) {
    const was = (0,model_history/* definitionOf */.Fg)(before);
    const now = (0,model_history/* definitionOf */.Fg)(after);
    return (0,model_history/* definitionChanges */.x6)(was, now).filter((part) => was[part] !== undefined && now[part] !== undefined);
}
function noOutcomeNote(side, test) {
    if (test.verdict === 'not_run')
        return `not run ${side === 'before' ? 'before' : 'now'}`;
    const parts = [test.errors ? (0,plural/* plural */.L)(test.errors, 'error') : '', test.invalid ? `${test.invalid} invalid` : '']
        .filter(Boolean)
        .join(', ');
    return `no pass/fail trial ${side === 'before' ? 'before' : 'now'}${parts ? ` (${parts})` : ''}`;
}
function stabilityFor(after, history) {
    if (!history || history.length === 0)
        return undefined;
    return (0,model_history/* stabilityOf */.nD)((0,verdict/* referencePool */.W8)(history, (0,model_history/* definitionOf */.Fg)(after)));
}
function steady(after, stability) {
    if (stability === 'flaky')
        return 'flaky';
    return after.verdict === 'pass' ? 'still_passing' : 'still_failing';
}
/** The reference the drop test reads: the plan's, the baseline's first trials, or the previous run's planned ones. */
function settingsOf(ctx) {
    return ctx.settings ?? verdict/* DEFAULT_CONFIRMATION */.Wh;
}
/**
 * A results file's test read as the runner read it (src/verdict/sample.ts): its pass/fail trials only, no
 * confirmation for a key that errored. Files without `outcomes` ran exactly their plan: all their counts.
 */
function sampleFor(test, settings) {
    if (test.outcomes !== undefined)
        return (0,verdict/* sampleOf */.uV)(test.outcomes, test.runs, settings);
    const trials = test.passes + test.failures;
    return {
        planned: trials,
        broken: false,
        settings,
        counts: (limit = Infinity) => limit >= trials ? { passes: test.passes, trials } : (0,verdict/* firstCounts */.Tj)(test, Math.min(limit, test.runs)),
    };
}
function referenceOf(before, ctx, broken) {
    if (ctx.paired) {
        const sample = sampleFor(before, (0,verdict/* settingsFor */.zc)(settingsOf(ctx), broken));
        const extendable = {
            counts: { passes: 0, trials: 0 },
            source: 'baseline',
            extendablePlanned: Math.max(1, sample.planned),
        };
        const limit = (0,verdict/* fullSample */.sO)({ planned: 1, reference: extendable, settings: sample.settings }).reference;
        return { ...extendable, counts: sample.counts(limit) };
    }
    if (ctx.reference)
        return ctx.reference;
    const sample = sampleFor(before, settingsOf(ctx));
    return { counts: sample.counts(sample.planned), source: 'previous' };
}
function classifyCounts(before, after, ctx) {
    const stability = stabilityFor(after, ctx.history);
    const withStability = stability === undefined ? {} : { stability };
    if (ctx.unreferenced)
        return { category: ctx.unreferenced, ...withStability };
    if (ctx.baselineOnly) {
        const trials = before.passes + before.failures;
        // Passing: nothing to say. Failing: no verdict of this comparison ("still failing" would say it failed before).
        return {
            category: after.verdict === 'pass' ? steady(after, stability) : 'invalid',
            note: `compared with its baseline only: ${trials} earlier trial${trials === 1 ? '' : 's'} cannot decide`,
            ...withStability,
        };
    }
    if (before.passes + before.failures === 0 && !ctx.reference) {
        return { category: 'invalid', note: noOutcomeNote('before', before) };
    }
    const beforeBroken = ctx.paired === true && sampleFor(before, settingsOf(ctx)).broken;
    const sample = sampleFor(after, (0,verdict/* settingsFor */.zc)(settingsOf(ctx), beforeBroken));
    const planned = sample.counts(sample.planned);
    if (planned.trials === 0)
        return { category: 'invalid', note: noOutcomeNote('after', after) };
    const reference = referenceOf(before, ctx, sample.broken);
    if (reference.counts.trials === 0)
        return { category: 'invalid', note: noOutcomeNote('before', before) };
    const settings = sample.settings;
    const current = sample.counts((0,verdict/* fullSample */.sO)({ planned: planned.trials, reference, settings }).current);
    const evidence = {
        reference: {
            source: reference.source,
            passes: reference.counts.passes,
            trials: reference.counts.trials,
            ...(reference.source === 'history' ? { runs: (0,verdict/* referencePool */.W8)(ctx.history ?? [], (0,model_history/* definitionOf */.Fg)(after)).runs } : {}),
        },
        planned,
        ...(current.trials > planned.trials ? { confirmed: current } : {}),
        ...withStability,
    };
    const decision = (0,verdict/* decideDrop */.eg)({
        reference,
        current,
        planned: planned.trials,
        alpha: ctx.alpha,
        settings,
        ...(ctx.deterministic ? { deterministic: true } : {}),
    });
    const pDrop = (0,verdict/* observedDrop */.We)(reference.counts, current) ? (0,verdict/* dropPValue */.RA)(reference.counts, current).value : undefined;
    const withP = pDrop === undefined ? {} : { pValue: pDrop };
    if (decision.status === 'more')
        return { category: 'suspected', ...withP, ...evidence };
    if (decision.outcome === 'regression-confirmed')
        return { category: 'regression', ...withP, ...evidence };
    // Not confirmed only when its planned trials dropped (what makes a drop suspected): extra trials run for another
    // reason (the threshold, the baseline side) leave a steady test steady — 3/5 → 3/5 is no drop, whatever the
    // trials added for its baseline comparison read against this reference.
    if (decision.outcome === 'not-confirmed' && (0,verdict/* observedDrop */.We)(reference.counts, planned)) {
        return { category: 'not_confirmed', ...withP, ...evidence };
    }
    // A single-trial flip with nothing to confirm it: rerun before it can fail the gate.
    if (planned.trials === 1 && current.trials === 1 && (0,verdict/* observedDrop */.We)(reference.counts, current)) {
        return { category: 'suspected', ...withP, ...evidence };
    }
    if ((0,verdict/* observedDrop */.We)(current, reference.counts)) {
        const rise = (0,verdict/* dropPValue */.RA)(current, reference.counts);
        const singleFlip = reference.counts.trials === 1 && current.trials === 1;
        if (singleFlip || (0,verdict/* isBelow */.Yw)(rise, ctx.alpha)) {
            return { category: 'fix', ...(singleFlip ? {} : { pValue: rise.value }), ...evidence };
        }
        return { category: steady(after, stability), pValue: rise.value, ...evidence };
    }
    return { category: steady(after, stability), ...withP, ...evidence };
}
function classifyPair(before, after, ctx) {
    const classified = classifyCounts(before, after, ctx);
    return {
        key: after.key,
        testId: after.testId,
        test: after,
        before: sideStats(before),
        after: sideStats(after),
        changedDefinition: ctx.trackDefinition === false ? [] : changedDefinition(before, after),
        ...(ctx.trackDefinition !== false && (0,model_history/* agentChanged */.U8)((0,model_history/* definitionOf */.Fg)(before), (0,model_history/* definitionOf */.Fg)(after))
            ? { agentChanged: true }
            : {}),
        ...classified,
    };
}
function unmatched(test, category) {
    const stats = sideStats(test);
    return {
        key: test.key,
        testId: test.testId,
        category,
        test,
        ...(category === 'new' ? { after: stats } : { before: stats }),
        changedDefinition: [],
    };
}

;// CONCATENATED MODULE: ./src/compare/totals.ts
function delta(before, after) {
    const b = before ?? null;
    const a = after ?? null;
    return { before: b, after: a, change: a === null || b === null ? null : a - b };
}
function totalsDelta(before, after) {
    return {
        passRate: delta(before.passRate, after.passRate),
        testsPassed: delta(before.passed, after.passed),
        tests: delta(before.tests, after.tests),
        costUsd: delta(before.usage.costUsd, after.usage.costUsd),
        tokens: delta(before.usage.inputTokens + before.usage.outputTokens, after.usage.inputTokens + after.usage.outputTokens),
        durationMs: delta(before.durationMs, after.durationMs),
        latencyP50: delta(before.latencyP50, after.latencyP50),
        latencyP95: delta(before.latencyP95, after.latencyP95),
    };
}

;// CONCATENATED MODULE: ./src/compare/agent-changes.ts
/** Every variant whose agent changed; variants a side does not record settings for are unknown, not changed. */
function agentChanges(before, after) {
    const changes = [];
    for (const now of after) {
        const was = before.find((variant) => variant.id === now.id);
        if (!was)
            continue;
        const settings = was.settings && now.settings
            ? [...new Set([...Object.keys(was.settings), ...Object.keys(now.settings)])]
                .filter((setting) => ownSetting(was.settings, setting) !== ownSetting(now.settings, setting))
                .sort()
            : [];
        if (settings.length > 0 || was.agent !== now.agent)
            changes.push({ variant: now.id, before: was.agent, after: now.agent, settings });
    }
    return changes;
}
/** A recorded setting's version: own entries only (a setting named `constructor` is a setting like any other). */
function ownSetting(settings, name) {
    return settings !== undefined && Object.hasOwn(settings, name) ? settings[name] : undefined;
}

;// CONCATENATED MODULE: ./src/compare/types.ts
/**
 * `regression`: a drop confirmed by the exact test at the per-comparison level (fails the gate).
 * `suspected`: a drop the run had no chance to confirm (no confirmation trials); shown, does not fail the gate.
 * `not_confirmed`: a suspected drop the confirmation trials did not confirm.
 * `changed`: the test's identity (persona, scenario, profile, tools, criteria, judge) changed and no earlier run has
 * the new one: nothing to compare with, so it is held to its own threshold (like `new`).
 * `flaky`: unstable across its history (pooled pass rate strictly between 5% and 95% over ≥ 10 trials).
 */
const CHANGE_CATEGORIES = [
    'regression',
    'suspected',
    'not_confirmed',
    'fix',
    'changed',
    'flaky',
    'still_failing',
    'still_passing',
    'new',
    'removed',
    'invalid',
];
/** What a test is made of (its identity), each with its own content version in the results; never the agent. */


// EXTERNAL MODULE: ./src/compare/variant-totals.ts
var variant_totals = __webpack_require__(2300);
;// CONCATENATED MODULE: ./src/compare/sections.ts

const SECTIONS = [
    /** A drop confirmed in some comparison. */
    'regression',
    /** Its identity changed and nothing comparable ran before: held to its own threshold. */
    'changed',
    /** No earlier run and no baseline has it: held to its own threshold. */
    'new',
    /** A drop the run could not confirm or clear. */
    'suspected',
    /** A drop its confirmation trials did not confirm. */
    'not_confirmed',
    /** Fails or errors, and none of the above. */
    'failing',
    /** Could not run (no key or endpoint). */
    'skipped',
    /** Unstable across its history, passing now. */
    'flaky',
    /** Rose significantly (or a single-trial fail → pass), passing now. */
    'fix',
    /** Still passing, but its own definition changed. */
    'edited',
    /** In the previous run, not in this one. */
    'removed',
    /** Nothing to compare: one side has no pass/fail trial. */
    'invalid',
    /** Passing and unchanged: not listed. */
    'passing',
];
/** Headings, the same words in every output. */
const SECTION_TITLES = {
    regression: 'Confirmed regressions',
    changed: 'Changed tests',
    new: 'New tests',
    suspected: 'Suspected drops',
    not_confirmed: 'Drops not confirmed',
    failing: 'Failing tests',
    skipped: 'Could not run',
    flaky: 'Flaky',
    fix: 'Fixes',
    edited: 'Still passing, definition changed',
    removed: 'Removed tests',
    invalid: 'Not comparable',
    passing: 'Passing, unchanged',
};
/** The one-word label of a section (badges, JUnit properties, CSV cells): "regression", "drop not confirmed". */
const SECTION_LABELS = {
    regression: 'regression',
    changed: 'changed',
    new: 'new',
    suspected: 'suspected drop',
    not_confirmed: 'drop not confirmed',
    failing: 'failing',
    skipped: 'skipped',
    flaky: 'flaky',
    fix: 'fix',
    edited: 'definition changed',
    removed: 'removed',
    invalid: 'not comparable',
    passing: 'passing',
};
function testCounts(test) {
    return {
        planned: (0,verdict/* plannedCounts */.$h)(test),
        all: { passes: test.passes, trials: test.passes + test.failures },
        trials: test.trials,
        errors: test.errors,
        extraTrials: test.confirmation?.extraTrials ?? Math.max(0, test.trials - test.runs),
    };
}
/** Categories that say the test was compared with something. */
const COMPARED = new Set([
    'regression',
    'suspected',
    'not_confirmed',
    'fix',
    'flaky',
    'still_failing',
    'still_passing',
]);
function failing(test) {
    return test.verdict === 'fail' || test.verdict === 'error';
}
function first(compared, category) {
    return compared.find((entry) => entry.change.category === category);
}
/** The section of a test of this run, and the change that put it there. */
function place(test, compared) {
    const by = (category) => first(compared, category);
    const regression = by('regression');
    if (regression)
        return { section: 'regression', decided: regression };
    const changed = by('changed');
    if (changed)
        return { section: 'changed', decided: changed };
    const comparable = compared.filter((entry) => COMPARED.has(entry.change.category));
    // New against the previous run and not compared with a baseline either: nothing to compare it with.
    const isNew = by('new');
    if (comparable.length === 0 && isNew && isNew.comparison.kind === 'runs')
        return { section: 'new', decided: isNew };
    for (const category of ['suspected', 'not_confirmed']) {
        const drop = by(category);
        if (drop)
            return { section: category, decided: drop };
    }
    const any = comparable[0] ?? by('invalid');
    if (failing(test))
        return { section: 'failing', ...(any ? { decided: any } : {}) };
    const flaky = by('flaky');
    if (flaky)
        return { section: 'flaky', decided: flaky };
    const fix = by('fix');
    if (fix)
        return { section: 'fix', decided: fix };
    const edited = comparable.find((entry) => entry.change.changedDefinition.length > 0);
    if (edited)
        return { section: 'edited', decided: edited };
    const invalid = by('invalid');
    if (invalid)
        return { section: 'invalid', decided: invalid };
    return { section: 'passing', ...(any ? { decided: any } : {}) };
}
/** Every key of the run (its tests, the ones it skipped, the ones removed since the previous run), placed once. */
function placeTests(input) {
    const comparisons = [input.previous, input.variants].filter((c) => c !== undefined);
    const changesOf = new Map();
    const removed = new Map();
    for (const comparison of comparisons) {
        for (const change of comparison.changes) {
            // A key of the previous run missing from this one; "only in baseline" is a test of this run, placed by itself.
            if (change.category === 'removed') {
                if (comparison.kind === 'runs')
                    removed.set(change.key, { change, comparison });
                continue;
            }
            const list = changesOf.get(change.key) ?? [];
            list.push({ change, comparison });
            changesOf.set(change.key, list);
        }
    }
    const placements = [];
    const seen = new Set();
    for (const test of input.results.tests) {
        const compared = changesOf.get(test.key) ?? [];
        placements.push({ key: test.key, test, compared, counts: testCounts(test), ...place(test, compared) });
        seen.add(test.key);
    }
    for (const entry of input.results.skipped) {
        if (seen.has(entry.key))
            continue;
        placements.push({ key: entry.key, section: 'skipped', skipped: entry, compared: [] });
        seen.add(entry.key);
    }
    for (const [key, entry] of removed) {
        if (seen.has(key))
            continue;
        placements.push({ key, section: 'removed', test: entry.change.test, decided: entry, compared: [entry] });
        seen.add(key);
    }
    const rank = (section) => SECTIONS.indexOf(section);
    const ordered = placements
        .map((placement, index) => ({ placement, index }))
        .sort((a, b) => rank(a.placement.section) - rank(b.placement.section) || a.index - b.index)
        .map(({ placement }) => placement);
    const byKey = new Map(ordered.map((placement) => [placement.key, placement]));
    return {
        placements: ordered,
        byKey,
        of: (section) => ordered.filter((placement) => placement.section === section),
    };
}

;// CONCATENATED MODULE: ./src/compare/json.ts

function sideJson(stats) {
    if (!stats)
        return null;
    return {
        passes: stats.passes,
        trials: stats.trials,
        errors: stats.errors,
        passRate: stats.passRate,
        verdict: stats.verdict,
    };
}
function changeJson(change, sections) {
    const section = change.category === 'removed' ? undefined : sections?.byKey.get(change.key)?.section;
    return {
        key: change.key,
        /** Where every report lists this test (the same for each of its comparisons). */
        ...(section ? { section } : {}),
        testId: change.testId,
        variant: change.test.variant,
        priority: change.test.priority,
        tags: change.test.tags,
        before: sideJson(change.before),
        after: sideJson(change.after),
        pValue: change.pValue ?? null,
        ...(change.reference ? { reference: change.reference } : {}),
        ...(change.planned ? { planned: change.planned } : {}),
        ...(change.confirmed ? { confirmed: change.confirmed } : {}),
        ...(change.stability ? { stability: change.stability } : {}),
        changedDefinition: change.changedDefinition,
        ...(change.note ? { note: change.note } : {}),
    };
}
/** One comparison as plain data: the same fields for previous → current and baseline → candidate. */
function comparisonPayload(comparison, sections) {
    const of = (category) => comparison.changes.filter((c) => c.category === category).map((change) => changeJson(change, sections));
    return {
        kind: comparison.kind,
        before: comparison.before,
        after: comparison.after,
        method: comparison.method,
        counts: comparison.counts,
        totals: comparison.totals,
        failureCategories: comparison.failureCategories,
        regressions: of('regression'),
        suspected: of('suspected'),
        notConfirmed: of('not_confirmed'),
        fixes: of('fix'),
        changed: of('changed'),
        flaky: of('flaky'),
        new: of('new'),
        removed: of('removed'),
        invalid: of('invalid'),
        stillFailing: of('still_failing'),
        // Several variants against the baseline: each pair on its own, with the same fields.
        ...(comparison.byVariant
            ? { byVariant: comparison.byVariant.map((pair) => comparisonPayload(pair, sections)) }
            : {}),
    };
}
/** Every test of this run (the "after" sides), placed once across both comparisons. */
function sectionsOf(previous, variants) {
    const tests = new Map();
    for (const comparison of [previous, variants])
        for (const change of comparison?.changes ?? [])
            if (change.category !== 'removed')
                tests.set(change.key, change.test);
    return placeTests({ results: { tests: [...tests.values()], skipped: [] }, previous, variants });
}
/**
 * The previous-run comparison at the top level (as before), plus `variants`:
 * the current run's baseline vs candidate, or null when only one variant ran, and `sections`: every test key by the
 * one section every report lists it in.
 */
function comparisonJson(previous, variants) {
    const sections = sectionsOf(previous, variants);
    const bySection = Object.fromEntries(SECTIONS.map((section) => [section, sections.of(section).map((placement) => placement.key)]).filter(([, keys]) => keys.length > 0));
    const payload = {
        ...comparisonPayload(previous, sections),
        variants: variants ? comparisonPayload(variants, sections) : null,
        sections: bySection,
    };
    return `${JSON.stringify(payload, null, 2)}\n`;
}

;// CONCATENATED MODULE: ./src/compare/index.ts
/**
 * Compare a run with what came before (its pooled history on the base branch,
 * else the previous run) or two variants of one run (baseline → candidate)
 * over stable test keys. Pure functions.
 *
 * Every comparison is decided at the per-comparison level of the run's plan
 * (run α / comparisons): a drop fails the gate only once confirmed (see
 * classify.ts); a single-trial flip is only suspected until confirmation
 * trials or a `deterministic` declaration settle it. `flaky` means unstable
 * across the history, never "a change that was not significant".
 */















const DEFAULT_ALPHA = 0.05;
const PRIORITY_ORDER = { critical: 0, high: 1, normal: 2, low: 3 };
function methodOf(alpha, level) {
    const each = level.comparisons === 1 ? `α = ${alpha}` : `α = ${alpha} / ${level.comparisons} comparisons`;
    return {
        test: 'one-sided Fisher exact test',
        alpha,
        comparisonAlpha: level.value,
        comparisons: level.comparisons,
        description: `Each test is compared with its pooled history on the base branch (else the previous run) and a candidate ` +
            `with its baseline, by a one-sided Fisher exact test at ${each}. A drop is a regression only when ` +
            'confirmation trials confirm it; a drop the run could not confirm is listed as suspected, one it could not ' +
            'confirm as not confirmed. Flaky: unstable across the history (pooled pass rate strictly between 5% and 95%).',
    };
}
/** The level of a comparison made outside a run's plan: one comparison at the run's α. */
function levelOf(alpha, plan) {
    return plan?.level ?? (0,verdict/* comparisonLevel */.yj)(alpha, 1);
}
function validAlpha(alpha) {
    const value = alpha ?? DEFAULT_ALPHA;
    if (!(value > 0 && value < 1))
        throw new RangeError(`alpha must be between 0 and 1 (exclusive), got ${value}`);
    return value;
}
function sortChanges(changes) {
    const rank = (category) => CHANGE_CATEGORIES.indexOf(category);
    return changes.sort((x, y) => rank(x.category) - rank(y.category) ||
        PRIORITY_ORDER[x.test.priority] - PRIORITY_ORDER[y.test.priority] ||
        (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
}
function countByCategory(changes) {
    const counts = Object.fromEntries(CHANGE_CATEGORIES.map((category) => [category, 0]));
    for (const change of changes)
        counts[change.category] += 1;
    return counts;
}
/**
 * Match `before` and `after` tests by `matchKey` (`matchBefore` for the before side, when it differs); everything
 * unmatched is new or removed.
 */
function compareTests(before, after, matchKey, contextOf, matchBefore = matchKey) {
    const beforeByKey = new Map(before.map((test) => [matchBefore(test), test]));
    const afterKeys = new Set();
    const changes = [];
    for (const test of after) {
        const key = matchKey(test);
        afterKeys.add(key);
        const previous = beforeByKey.get(key);
        changes.push(previous ? classifyPair(previous, test, contextOf(previous, test)) : unmatched(test, 'new'));
    }
    for (const test of before)
        if (!afterKeys.has(matchBefore(test)))
            changes.push(unmatched(test, 'removed'));
    return sortChanges(changes);
}
function sideOf(results, label, detail) {
    return {
        label,
        runId: results.runId,
        status: results.status,
        startedAt: results.startedAt,
        ...(results.git.sha === undefined ? {} : { sha: results.git.sha }),
        ...(results.git.ref === undefined ? {} : { ref: results.git.ref }),
        ...(detail === undefined ? {} : { detail }),
        ...compare_settingsOf(results),
    };
}
function compare_settingsOf(results) {
    const recorded = results.variants.filter((variant) => variant.settings !== undefined);
    if (recorded.length === 0)
        return {};
    return { settings: Object.fromEntries(recorded.map((variant) => [variant.id, variant.settings])) };
}
/**
 * The confirmation allowance the run was given (its suite's `run.confirmation`), so compare tests the same full
 * sample the runner filled; the defaults for runs that record none.
 */
function confirmationSettingsOf(results) {
    const recorded = results.confirmation;
    if (!recorded)
        return verdict/* DEFAULT_CONFIRMATION */.Wh;
    return { ...verdict/* DEFAULT_CONFIRMATION */.Wh, maxExtra: recorded.maxExtra, maxExtraPaired: recorded.maxExtraPaired };
}
/**
 * A run's tests as they meet earlier runs, each with the key its earlier runs are recorded under: in a run against
 * the base revision, the candidates under `testId@default` and without the base side (src/model/base-side.ts).
 */
function earlierKeyed(results) {
    const baseSide = (0,base_side/* isBaseSideRun */.ak)(results);
    const keyOf = (test) => (0,base_side/* referenceKeyOf */.Y3)(test.key, baseSide) ?? test.key;
    return { tests: results.tests.filter((test) => (0,base_side/* referenceKeyOf */.Y3)(test.key, baseSide) !== undefined), keyOf };
}
/** The stored previous run against this run, key by key (`testId@variant`). */
function compareRuns(previous, current, options = {}) {
    const alpha = validAlpha(options.alpha);
    const level = levelOf(alpha, options.plan);
    const history = options.history ?? {};
    const before = earlierKeyed(previous);
    const after = earlierKeyed(current);
    const contextOf = (was, now) => {
        const earlierKey = after.keyOf(now);
        const reference = options.plan
            ? options.plan.referenceFor(now.key)
            : (0,verdict/* chooseReference */.x)((0,model_history/* historyOf */.om)(history, earlierKey), (0,model_history/* definitionOf */.Fg)(now), {
                counts: (0,verdict/* plannedCounts */.$h)(was),
                definition: (0,model_history/* definitionOf */.Fg)(was),
            });
        // Nothing comparable before (new identity): held to its threshold, never compared with its old self.
        const unreferenced = !reference && changedDefinition(was, now).length > 0
            ? (options.plan?.unreferenced(now.key) ?? 'changed')
            : undefined;
        // The plan left this key's earlier reference out: too small to decide beside the baseline it is compared with.
        const baselineOnly = !reference && !unreferenced && options.plan?.baselineFor(now.key) !== undefined;
        return {
            alpha: level.alpha,
            settings: confirmationSettingsOf(current),
            ...(reference ? { reference } : {}),
            ...(unreferenced ? { unreferenced } : {}),
            ...(baselineOnly ? { baselineOnly: true } : {}),
            ...(options.plan?.deterministic(now.key) || now.deterministic ? { deterministic: true } : {}),
            ...((0,model_history/* historyOf */.om)(history, earlierKey) ? { history: (0,model_history/* historyOf */.om)(history, earlierKey) } : {}),
        };
    };
    const changes = compareTests(before.tests, after.tests, after.keyOf, contextOf, before.keyOf);
    return {
        kind: 'runs',
        before: sideOf(previous, 'previous run'),
        after: sideOf(current, 'current run'),
        method: methodOf(alpha, level),
        changes,
        counts: countByCategory(changes),
        totals: totalsDelta(previous.totals, current.totals),
        failureCategories: { before: previous.totals.failureCategories, after: current.totals.failureCategories },
        agentChanges: agentChanges(previous.variants, current.variants),
    };
}
function variantDetail(results, id) {
    const variant = results.variants.find((v) => v.id === id);
    if (!variant)
        return undefined;
    const agent = variant.model ? `${variant.agent} · ${variant.model}` : variant.agent;
    // Against the base revision both sides may run the same agent id: which revision is what tells them apart.
    return (0,base_side/* isBaseSideRun */.ak)(results) && variant.description ? `${variant.description} · ${agent}` : agent;
}
/**
 * Each variant against the run's baseline, matched by test id; undefined unless the baseline and another variant
 * ran. With one other variant (baseline → candidate) that pair is the comparison; with more, every pair's changes
 * are listed together (each under its own `testId@variant` key) and `byVariant` holds the pairs one by one.
 */
function compareVariants(results, options = {}) {
    const pairs = (0,model_results/* comparedVariantsOf */.Zd)(results)
        .map((variant) => compareVariantPair(results, variant, options))
        .filter((pair) => pair !== undefined);
    if (pairs.length <= 1)
        return pairs[0];
    return mergedPairs(results, pairs);
}
/** The baseline against one other variant of the run, matched by test id. */
function compareVariantPair(results, variant, options) {
    const baselineId = (0,model_results/* baselineVariantOf */.gk)(results);
    const baseline = results.tests.filter((test) => test.variant === baselineId);
    const baseSide = (0,base_side/* isBaseSideRun */.ak)(results);
    // Against the base revision, a test whose history sufficed ran no base side: it has nothing here to compare.
    const baselineIds = new Set(baseline.map((test) => test.testId));
    const candidate = results.tests.filter((test) => test.variant === variant && (!baseSide || baselineIds.has(test.testId)));
    if (baseline.length === 0 || candidate.length === 0)
        return undefined;
    const alpha = validAlpha(options.alpha);
    const level = levelOf(alpha, options.plan);
    const history = options.history ?? {};
    const contextOf = (_before, after) => {
        const earlierKey = (0,base_side/* referenceKeyOf */.Y3)(after.key, baseSide) ?? after.key;
        return {
            alpha: level.alpha,
            settings: confirmationSettingsOf(results),
            paired: true,
            trackDefinition: false,
            ...(options.plan?.deterministic(after.key) || after.deterministic ? { deterministic: true } : {}),
            ...((0,model_history/* historyOf */.om)(history, earlierKey) ? { history: (0,model_history/* historyOf */.om)(history, earlierKey) } : {}),
        };
    };
    const changes = compareTests(baseline, candidate, (test) => test.testId, contextOf);
    const beforeTotals = (0,variant_totals/* totalsOfVariant */.M)(results, baselineId);
    const afterTotals = (0,variant_totals/* totalsOfVariant */.M)(results, variant);
    return {
        kind: 'variants',
        before: sideOf(results, baselineId, variantDetail(results, baselineId)),
        after: sideOf(results, variant, variantDetail(results, variant)),
        method: methodOf(alpha, level),
        changes,
        counts: countByCategory(changes),
        totals: totalsDelta(beforeTotals, afterTotals),
        failureCategories: { before: beforeTotals.failureCategories, after: afterTotals.failureCategories },
    };
}
/**
 * Several pairs as one comparison: every change (keys differ by variant; "only in baseline" once per pair is
 * kept once), counts over all of them, and the baseline against every other variant's trials pooled for totals.
 */
function mergedPairs(results, pairs) {
    const seenRemoved = new Set();
    const changes = sortChanges(pairs.flatMap((pair) => pair.changes.filter((change) => {
        if (change.category !== 'removed')
            return true;
        if (seenRemoved.has(change.key))
            return false;
        seenRemoved.add(change.key);
        return true;
    })));
    const first = pairs[0];
    const variants = pairs.map((pair) => pair.after.label);
    const pooled = (0,aggregate/* totals */.Sd)({
        tests: results.tests.filter((test) => variants.includes(test.variant)),
        trials: results.trials.filter((trial) => variants.includes(trial.variant)),
        durationMs: results.totals.durationMs,
    });
    const beforeTotals = (0,variant_totals/* totalsOfVariant */.M)(results, first.before.label);
    return {
        ...first,
        after: { ...first.after, label: variants.join(', '), detail: `${variants.length} variants` },
        changes,
        counts: countByCategory(changes),
        totals: totalsDelta(beforeTotals, pooled),
        failureCategories: { before: beforeTotals.failureCategories, after: pooled.failureCategories },
        byVariant: pairs,
    };
}


/***/ }),

/***/ 2300:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ totalsOfVariant)
/* harmony export */ });
/* harmony import */ var _results_variant_totals_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3231);

function totalsOfVariant(results, variant) {
    return ((Object.hasOwn(results.variantTotals, variant) ? results.variantTotals[variant] : undefined) ??
        (0,_results_variant_totals_js__WEBPACK_IMPORTED_MODULE_0__/* .computeVariantTotals */ ._)(results, variant));
}


/***/ }),

/***/ 6189:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ky: () => (/* binding */ toolCalls),
/* harmony export */   YB: () => (/* binding */ parsedArguments),
/* harmony export */   aX: () => (/* binding */ agentMessages),
/* harmony export */   fr: () => (/* binding */ isOwnReply),
/* harmony export */   oZ: () => (/* binding */ formatTranscript)
/* harmony export */ });
/* unused harmony exports eventsOf, RECORDED_NOTE */
/* harmony import */ var _util_bounded_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3177);

function eventsOf(events, type) {
    return events.filter((event) => event.type === type);
}
/**
 * The agent's own messages in this trial. Recorded turns (a scenario's `start_from`) were said before the test
 * began: deterministic criteria judge what the agent did, not what it was handed.
 */
function agentMessages(events) {
    return eventsOf(events, 'agent_message').filter(isOwnReply);
}
/** One of the agent's replies in this trial: what turns are counted in (checkpoints, scorers, max_turns alike). */
function isOwnReply(event) {
    return event.type === 'agent_message' && !event.recorded;
}
/** The tool calls made in this trial (recorded ones left out, as in agentMessages). */
function toolCalls(events) {
    return eventsOf(events, 'tool_call').filter((event) => !event.recorded);
}
/** The note that tells the judge model which lines were recorded before the test began. */
const RECORDED_NOTE = '[The conversation starts from recorded turns, marked "(recorded)": they happened before this test began and ' +
    'are context for the agent; judge the agent on what it did after them.]';
/** Tool arguments as a value: agents may hand over raw JSON text. */
function parsedArguments(call) {
    if (typeof call.arguments !== 'string')
        return call.arguments;
    try {
        return (0,_util_bounded_js__WEBPACK_IMPORTED_MODULE_0__/* .parseJsonBounded */ .Xg)(call.arguments);
    }
    catch {
        return call.arguments;
    }
}
/** The conversation as plain text for a judge model: who said what, and which tools ran. */
function formatTranscript(events) {
    const lines = [];
    if (events.some((event) => 'recorded' in event && event.recorded))
        lines.push(RECORDED_NOTE);
    for (const event of events) {
        const mark = 'recorded' in event && event.recorded ? ' (recorded)' : '';
        switch (event.type) {
            case 'user_message':
                lines.push(`User${mark}: ${event.content}`);
                break;
            case 'agent_message':
                lines.push(`Agent${mark}: ${event.content}`);
                break;
            case 'tool_call': {
                const outcome = event.error !== undefined ? `error: ${event.error}` : `result: ${compact(event.result)}`;
                lines.push(`[agent called tool ${event.name}(${compact(parsedArguments(event))}) → ${outcome}]${mark}`);
                break;
            }
            case 'error':
                lines.push(`[${event.source} error (${event.category}): ${event.message}]`);
                break;
            case 'state_write':
                lines.push(`[${event.tool} changed the records: ${event.changes.map((c) => c.path).join(', ')}]`);
                break;
            default:
                break;
        }
    }
    return lines.length > 0 ? lines.join('\n') : '(the conversation is empty)';
}
function compact(value) {
    if (value === undefined)
        return '(none)';
    return typeof value === 'string' ? value : JSON.stringify(value);
}


/***/ }),

/***/ 9278:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _E: () => (/* binding */ buildTrialResult),
/* harmony export */   lU: () => (/* binding */ failureCategoryLabel)
/* harmony export */ });
/* unused harmony exports trialVerdict, FAILURE_CATEGORY_LABELS */
/* harmony import */ var _util_percentile_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4713);
/* harmony import */ var _model_results_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3111);
/* harmony import */ var _transcript_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6189);
/**
 * A trial's verdict: pass iff every criterion passes; `error` when the
 * conversation or a metric could not complete; `invalid` when the simulated
 * user misbehaved. Failures are categorised for the run's distribution.
 */



function buildTrialResult(trial, trace, metrics) {
    const latencies = (0,_transcript_js__WEBPACK_IMPORTED_MODULE_1__/* .agentMessages */ .aX)(trace.events).map((message) => message.latencyMs);
    const verdict = trialVerdict(trace, metrics);
    return {
        id: trial.id,
        key: trial.key,
        testId: trial.testId,
        variant: trial.variant,
        index: trial.index,
        ...verdict,
        ...(trial.kind === 'conversation'
            ? { personaVersion: trial.persona.version, scenarioVersion: trial.scenario.version }
            : {}),
        startedAt: trace.startedAt,
        durationMs: trace.durationMs,
        endReason: trace.endReason,
        turns: trace.turns,
        transcript: [...trace.events],
        metrics: [...metrics],
        usage: trace.usage,
        latency: {
            p50: (0,_util_percentile_js__WEBPACK_IMPORTED_MODULE_2__/* .percentile */ .Y)(latencies, 50),
            p95: (0,_util_percentile_js__WEBPACK_IMPORTED_MODULE_2__/* .percentile */ .Y)(latencies, 95),
            max: latencies.length > 0 ? Math.max(...latencies) : null,
        },
        attempts: Math.max(1, trace.attempts),
    };
}
function trialVerdict(trace, metrics) {
    if (trace.invalid)
        return { status: 'invalid', failureCategory: 'invalid_simulator', reason: trace.invalid.reason };
    const ended = endedBadly(trace);
    if (ended)
        return { status: 'error', ...ended };
    const errored = metrics.filter((metric) => metric.error !== undefined);
    if (errored.length > 0) {
        return {
            status: 'error',
            failureCategory: 'infrastructure',
            reason: errored.map((metric) => `${named(metric)}: ${metric.error}`).join('; '),
        };
    }
    const failed = metrics.filter((metric) => !metric.passed);
    if (failed.length === 0)
        return { status: 'pass' };
    return {
        status: 'fail',
        failureCategory: categoryOfFailure(failed),
        reason: failed.map((metric) => `${named(metric)}: ${metric.reason}`).join('; '),
    };
}
/** The criterion's id, with its checkpoint when it has one: "asks-early (at turn 2)". */
function named(metric) {
    return metric.at ? `${metric.id} (${(0,_model_results_js__WEBPACK_IMPORTED_MODULE_0__/* .checkpointText */ .am)(metric.at)})` : metric.id;
}
function endedBadly(trace) {
    const lastError = [...trace.events]
        .reverse()
        .find((event) => event.type === 'error');
    const because = (fallback) => lastError?.message ?? fallback;
    switch (trace.endReason) {
        case 'timeout':
            return { failureCategory: 'timeout', reason: because('the trial timed out') };
        case 'budget':
            return { failureCategory: 'budget', reason: because('the run budget was reached') };
        case 'cancelled':
            return { failureCategory: 'cancelled', reason: because('the run was cancelled') };
        case 'error': {
            const category = lastError?.category ?? 'infrastructure';
            return { failureCategory: category, reason: because('the conversation ended in an error') };
        }
        default:
            return undefined;
    }
}
/**
 * Failure categories as people read them. `judge` is the results contract's
 * name for "a criterion said no", deterministic checks included, so it is
 * shown as "criteria not met", never as if an LLM judge had decided.
 */
const FAILURE_CATEGORY_LABELS = {
    judge: 'criteria not met',
    tool_error: 'tool error',
    infrastructure: 'infrastructure',
    timeout: 'timeout',
    budget: 'budget',
    invalid_simulator: 'invalid simulator',
    cancelled: 'cancelled',
};
function failureCategoryLabel(category) {
    return Object.hasOwn(FAILURE_CATEGORY_LABELS, category)
        ? FAILURE_CATEGORY_LABELS[category]
        : category;
}
/** Root cause first: a broken agent or tool explains a failed outcome, not the other way round. */
function categoryOfFailure(failed) {
    if (failed.some((metric) => metric.type === 'infrastructure'))
        return 'infrastructure';
    if (failed.some((metric) => metric.type === 'tool_call_success'))
        return 'tool_error';
    return 'judge';
}


/***/ }),

/***/ 5178:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y3: () => (/* binding */ referenceKeyOf),
/* harmony export */   ak: () => (/* binding */ isBaseSideRun),
/* harmony export */   js: () => (/* binding */ baseSideDescription)
/* harmony export */ });
/** The variant descriptions a base-side run records (Results.variants[].description). */
function baseSideDescription(variant, sha) {
    return variant === 'baseline' ? `base revision ${sha ? sha.slice(0, 7) : 'unknown'}` : 'this revision';
}
/**
 * The key a test's earlier runs are recorded under: the key itself, or in a base-side run the candidate's
 * `testId@default` (undefined for the base side's own keys, which are compared with nothing but the candidate).
 */
function referenceKeyOf(key, baseSide) {
    if (!baseSide)
        return key;
    const at = key.lastIndexOf('@');
    const variant = key.slice(at + 1);
    if (variant === 'candidate')
        return `${key.slice(0, at)}@default`;
    return variant === 'baseline' ? undefined : key;
}
/** The run compared its tests with the base revision side by side. */
function isBaseSideRun(results) {
    return results.baseSide !== undefined;
}


/***/ }),

/***/ 3877:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $8: () => (/* binding */ confirmationTotals),
/* harmony export */   $Y: () => (/* binding */ dropText),
/* harmony export */   IG: () => (/* binding */ confirmationLine),
/* harmony export */   WB: () => (/* binding */ levelText),
/* harmony export */   rS: () => (/* binding */ evidenceText),
/* harmony export */   sQ: () => (/* binding */ wilsonText)
/* harmony export */ });
/* harmony import */ var _failures_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7999);
/* harmony import */ var _verdict_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7822);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2011);
/* harmony import */ var _util_plural_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1976);




/** "main" from refs/heads/main; undefined for anything else (a PR merge ref says nothing about the base). */
function branchOf(ref) {
    return ref?.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined;
}
function referenceText({ passes, trials, source, runs, branch }) {
    const counts = (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .passFraction */ .gi)(passes, trials);
    if (source === 'history') {
        const over = runs === undefined
            ? 'over the last runs'
            : runs === 1
                ? 'in the last run'
                : `over the last ${(0,_util_plural_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .L)(runs, 'run')}`;
        return `${counts} ${over}${branch ? ` on ${branch}` : ''}`;
    }
    if (source === 'baseline')
        return `${counts} on baseline`;
    return `${counts} in the previous run`;
}
/**
 * "48/50 over the last 10 runs on main → 1/5 now, 2/25 after confirmation": the one phrasing of a drop, in the
 * reports and in the confirmation summary the runner records.
 */
function dropText({ reference, planned, confirmed }) {
    const after = confirmed ? `, ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .passFraction */ .gi)(confirmed.passes, confirmed.trials)} after confirmation` : '';
    return `${referenceText(reference)} → ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .passFraction */ .gi)(planned.passes, planned.trials)} now${after}`;
}
/** "α = 0.01 (0.05 / 5 comparisons)" */
function levelText(comparison) {
    const { alpha, comparisonAlpha, comparisons } = comparison.method;
    if (comparisons <= 1)
        return `α = ${alpha}`;
    return `α = ${formatLevel(comparisonAlpha)} (${alpha} / ${(0,_util_plural_js__WEBPACK_IMPORTED_MODULE_3__/* .formatCount */ .B)(comparisons)} comparisons)`;
}
function formatLevel(value) {
    return value >= 0.001 ? String(Number(value.toPrecision(2))) : value.toExponential(1);
}
/** The whole evidence line, or undefined when the change carries none (new, removed, old comparisons). */
function evidenceText(change, comparison) {
    if (!change.reference || !change.planned)
        return undefined;
    const branch = change.reference.source === 'history' ? branchOf(comparison.before.ref) : undefined;
    // The test's own count after confirmation, the same in every output; when this comparison's verdict read fewer
    // of its trials (another comparison asked for more), say which ones decided it.
    const all = { passes: change.test.passes, trials: change.test.passes + change.test.failures };
    const read = change.confirmed;
    const drop = dropText({
        reference: { ...change.reference, ...(branch ? { branch } : {}) },
        planned: change.planned,
        ...(read ? { confirmed: read.trials < all.trials ? all : read } : {}),
    });
    const decidedOn = read && read.trials < all.trials
        ? ` (the first ${(0,_util_plural_js__WEBPACK_IMPORTED_MODULE_3__/* .formatCount */ .B)(read.trials)} decide this comparison: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .passFraction */ .gi)(read.passes, read.trials)})`
        : '';
    if (change.test.deterministic && change.category === 'regression') {
        return `${drop}${decidedOn} · declared deterministic: any drop is a regression`;
    }
    const relation = change.category === 'regression' ? '<' : change.category === 'not_confirmed' ? '≥' : undefined;
    const p = change.pValue === undefined
        ? ''
        : ` · ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatPValue */ .td)(change.pValue)}${relation ? ` ${relation} ${levelText(comparison)}` : ''}`;
    return `${drop}${decidedOn}${p}`;
}
/** "[0.52, 0.93]" for a test's pass rate over its pass/fail trials; "—" without any. */
function wilsonText(test) {
    const interval = (0,_verdict_index_js__WEBPACK_IMPORTED_MODULE_1__/* .wilsonInterval */ .YV)(test.passes, test.passes + test.failures);
    if (!interval)
        return '—';
    return `${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatPercent */ .l9)(interval.low)}–${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatPercent */ .l9)(interval.high)}`;
}
/** What a test's confirmation trials cost: recorded in its summary, else read from its trials (older files). */
function extraCostOf(test, trials) {
    const confirmation = test.confirmation;
    if (confirmation.extraUsd !== undefined)
        return confirmation.extraUsd;
    const extra = (trials.get(test.key) ?? []).filter((trial) => trial.phase === 'confirmation');
    // Read without trials: the test's own cost per trial stands in.
    if (extra.length === 0)
        return confirmation.extraTrials * (test.trials ? test.costUsd / test.trials : 0);
    return extra.reduce((sum, trial) => sum + trial.usage.costUsd, 0);
}
/**
 * Confirmation trials run and planned trials spared (early stopping), with what they cost or saved; undefined when
 * none.
 */
function confirmationTotals(results) {
    const confirmed = results.tests.filter((test) => test.confirmation);
    if (confirmed.length === 0)
        return undefined;
    const trials = (0,_failures_js__WEBPACK_IMPORTED_MODULE_0__/* .indexTrials */ .Ae)(results);
    let extraTrials = 0;
    let extraUsd = 0;
    let savedTrials = 0;
    let savedUsd = 0;
    for (const test of confirmed) {
        const confirmation = test.confirmation;
        extraTrials += confirmation.extraTrials;
        extraUsd += extraCostOf(test, trials);
        const saved = confirmation.savedTrials ?? 0;
        savedTrials += saved;
        // Estimated at the mean cost of the test's own trials.
        savedUsd += saved * (test.trials ? test.costUsd / test.trials : 0);
    }
    return { tests: confirmed.length, extraTrials, extraUsd, savedTrials, savedUsd };
}
/** "Confirmation: 45 extra trials ($0.12) for 3 tests · early stopping saved 10 trials ($0.03)". */
function confirmationLine(totals) {
    const parts = [];
    if (totals.extraTrials > 0) {
        parts.push(`${(0,_util_plural_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .L)(totals.extraTrials, 'extra trial')} (${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatUsd */ .UK)(totals.extraUsd)}) to confirm or clear ` +
            `suspected drops and threshold verdicts`);
    }
    if (totals.savedTrials > 0)
        parts.push(`early stopping saved ${(0,_util_plural_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .L)(totals.savedTrials, 'trial')} (${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatUsd */ .UK)(totals.savedUsd)})`);
    return parts.length ? `**Confirmation** (${(0,_util_plural_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .L)(totals.tests, 'test')}): ${parts.join(' · ')}` : '';
}


/***/ }),

/***/ 7999:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ae: () => (/* binding */ indexTrials),
/* harmony export */   JT: () => (/* reexport safe */ _aggregate_failure_digest_js__WEBPACK_IMPORTED_MODULE_0__.JT),
/* harmony export */   cK: () => (/* binding */ partTextLines),
/* harmony export */   g5: () => (/* binding */ failureOf)
/* harmony export */ });
/* harmony import */ var _aggregate_failure_digest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5494);
/**
 * Why a test failed, as the reports read it: the failure digest its summary
 * carries (src/aggregate/failure-digest.ts), or, for a file written before
 * digests existed, the same digest computed from its trials.
 */


/** "  ✓ met: confirms refund (Done)" lines for plain-text outputs (annotations, JUnit). */
function partTextLines(parts) {
    return (parts ?? []).map((part) => {
        const evidence = part.evidence ? ` (${part.evidence})` : '';
        return `  ${part.met ? '✓ met' : '✗ not met'}: ${part.part}${evidence}`;
    });
}
/**
 * Built on the first lookup: renderers that find every digest in the
 * summaries (the PR comment of a 10,000-test run) never group the trials.
 */
function indexTrials(results) {
    let byKey;
    const build = () => {
        const index = new Map();
        for (const trial of results.trials) {
            const list = index.get(trial.key);
            if (list)
                list.push(trial);
            else
                index.set(trial.key, [trial]);
        }
        for (const list of index.values())
            list.sort((a, b) => a.index - b.index);
        return index;
    };
    return { get: (key) => (byKey ??= build()).get(key) };
}
const computed = new WeakMap();
/** The test's failure digest: stored in its summary, else computed from its trials (once per summary). */
function failureOf(test, trials) {
    if (test.failure)
        return test.failure;
    if (test.failures + test.errors + test.invalid === 0)
        return undefined;
    if (!computed.has(test))
        computed.set(test, (0,_aggregate_failure_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .failureDigest */ .nn)(trials.get(test.key) ?? []));
    return computed.get(test);
}


/***/ }),

/***/ 2011:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $N: () => (/* binding */ formatPassHatK),
/* harmony export */   CW: () => (/* binding */ formatDelta),
/* harmony export */   Fu: () => (/* binding */ shortSha),
/* harmony export */   UK: () => (/* binding */ formatUsd),
/* harmony export */   V5: () => (/* binding */ trialsPassing),
/* harmony export */   W7: () => (/* binding */ formatRateDelta),
/* harmony export */   gi: () => (/* binding */ passFraction),
/* harmony export */   l9: () => (/* binding */ formatPercent),
/* harmony export */   td: () => (/* binding */ formatPValue)
/* harmony export */ });
/* harmony import */ var _util_plural_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1976);
/** Numbers as people read them in reports: rates, money, durations, deltas. */


function formatPercent(rate) {
    if (rate === null || rate === undefined)
        return '—';
    const value = rate * 100;
    return `${Number.isInteger(Math.round(value * 10) / 10) ? Math.round(value) : value.toFixed(1)}%`;
}
/**
 * "$4.00", "$0.17", "$0.012", "$0.0062": cents from a dollar up, else two
 * significant digits, so $0.0125 and $0.0100 do not read as "$0.01" and "$0.0100".
 */
function formatUsd(value) {
    if (value === null || value === undefined)
        return '—';
    const rounded = Number(value.toPrecision(2));
    if (rounded === 0 || Math.abs(rounded) >= 1)
        return `$${value.toFixed(2)}`;
    const decimals = Math.max(2, 1 - Math.floor(Math.log10(Math.abs(rounded))));
    return `$${rounded.toFixed(decimals)}`;
}
function signed(value, text) {
    if (value > 0)
        return `+${text}`;
    if (value < 0)
        return `−${text}`;
    return '±0';
}
/** "+12.5 pts" for a pass-rate change. */
function formatRateDelta(change) {
    if (change === null)
        return '—';
    const points = Math.round(change * 1000) / 10;
    return points === 0 ? '±0' : signed(points, `${Math.abs(points)} pts`);
}
/** "+$0.17 (+14%)" style: the absolute change and, when meaningful, the relative one. */
function formatDelta(before, change, format) {
    if (change === null || before === null)
        return '—';
    if (change === 0)
        return '±0';
    const absolute = signed(change, format(Math.abs(change)));
    if (before === 0)
        return absolute;
    const relative = Math.round((change / before) * 100);
    return relative === 0 ? absolute : `${absolute} (${relative > 0 ? '+' : '−'}${Math.abs(relative)}%)`;
}
function formatPValue(p) {
    if (p === undefined)
        return '—';
    if (p < 0.001)
        return 'p < 0.001';
    return `p = ${p.toFixed(3)}`;
}
function passFraction(passes, trials) {
    return `${passes}/${trials}`;
}
/**
 * "3/5 passing, 2 errors": passes over the trials the pass rate counts
 * (pass, fail and error; invalid ones stay out), and the errored ones named,
 * so errors never read as passes.
 */
function trialsPassing(test) {
    const errors = test.errors ? `, ${(0,_util_plural_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .L)(test.errors, 'error')}` : '';
    return `${passFraction(test.passes, test.passes + test.failures + test.errors)} passing${errors}`;
}
/** "pass^3 0.10" (k is the run count in files written before k was recorded); "" when undefined. */
function formatPassHatK(test) {
    return test.passHatK === null ? '' : `pass^${test.passK ?? test.runs} ${test.passHatK.toFixed(2)}`;
}
function shortSha(sha) {
    return sha ? sha.slice(0, 7) : undefined;
}


/***/ }),

/***/ 2242:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $2: () => (/* reexport safe */ _read_js__WEBPACK_IMPORTED_MODULE_6__.$2),
/* harmony export */   By: () => (/* binding */ markChecked),
/* harmony export */   KB: () => (/* binding */ writeResults),
/* harmony export */   n0: () => (/* reexport safe */ _merge_js__WEBPACK_IMPORTED_MODULE_5__.n),
/* harmony export */   x8: () => (/* reexport safe */ _read_js__WEBPACK_IMPORTED_MODULE_6__.x8)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _model_results_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3111);
/* harmony import */ var _util_write_chunks_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5662);
/* harmony import */ var _merge_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2958);
/* harmony import */ var _read_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7590);
/* harmony import */ var _model_parse_once_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5674);
/* harmony import */ var _variant_totals_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3231);
/**
 * Reading, writing and merging results files. Writes are atomic (temp file +
 * rename) so a cancelled or crashed run never leaves half a file behind.
 */









/** Trials checked against the schema where they were made (the runner, as each finishes): written as they are. */
const checkedTrials = new WeakSet();
/** `trial` is TrialResultSchema's own output (or that output read back from JSON): no second check when written. */
function markChecked(trial) {
    checkedTrials.add(trial);
    return trial;
}
async function writeResults(path, results) {
    const temporary = `${path}.${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}.tmp`;
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), { recursive: true });
        await (0,_util_write_chunks_js__WEBPACK_IMPORTED_MODULE_4__/* .writeChunks */ .a7)(temporary, resultsChunks(results));
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temporary, path);
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temporary, { force: true }).catch(() => undefined);
        // Named as the file the user asked for, not the temporary one beside it.
        throw (0,_util_write_chunks_js__WEBPACK_IMPORTED_MODULE_4__/* .writeFailure */ .EU)(path, error instanceof _util_write_chunks_js__WEBPACK_IMPORTED_MODULE_4__/* .WriteError */ .QM ? error.cause : error);
    }
}
/**
 * The text of `JSON.stringify(results, null, 2)` with `trials` moved to the
 * end, one trial at a time: validating and serialising the whole run at once
 * held two more copies of every transcript (the peak RSS of a 3,000-conversation
 * run). Trials last lets a reader that needs no trials (the previous run of a
 * comparison) stop at the `"trials"` key instead of scanning the transcripts
 * (see head.ts); readers take the keys in any order.
 */
function* resultsChunks(results) {
    const { trials } = results;
    // Parsed once per file (see PARSED_ONCE).
    const { trials: _empty, ...head } = _model_results_js__WEBPACK_IMPORTED_MODULE_3__/* .ResultsSchema */ .SX.parse({ ...results, trials: [] }, _model_parse_once_js__WEBPACK_IMPORTED_MODULE_7__/* .PARSED_ONCE */ .I);
    if (trials.length === 0) {
        yield `${JSON.stringify({ ...head, trials: [] }, null, 2)}\n`;
        return;
    }
    // A random token cannot occur in the rest of the document.
    const placeholder = `rehearse-trials-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(12).toString('hex')}`;
    const text = JSON.stringify({ ...head, trials: [placeholder] }, null, 2);
    const at = text.indexOf(`"${placeholder}"`);
    yield text.slice(0, at - 4); // up to the '[' and its line break, before the placeholder's indentation
    for (let i = 0; i < trials.length; i++) {
        const given = trials[i];
        const checked = checkedTrials.has(given) ? given : _model_results_js__WEBPACK_IMPORTED_MODULE_3__/* .TrialResultSchema */ .X9.parse(given);
        const trial = JSON.stringify(checked, null, 2).replaceAll('\n', '\n    ');
        yield `${i === 0 ? '' : ',\n'}    ${trial}`;
    }
    yield `${text.slice(at + placeholder.length + 2)}\n`;
}


/***/ }),

/***/ 2958:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ missingShardsNote),
/* harmony export */   n: () => (/* binding */ mergeResults)
/* harmony export */ });
/* harmony import */ var _aggregate_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2475);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17);
/**
 * Shards of one plan (a GitHub Actions matrix running `--shard i/n`) merged
 * back into one run whose tests and totals equal the unsharded run's.
 */


const PRIORITY_RANK = { critical: 0, high: 1, normal: 2, low: 3 };
function mergeResults(given) {
    if (given.length === 0)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1('merge: no results files given');
    checkCompatible(given);
    // Shard 1 (else the earliest) gives the merged run its id and git info, whatever the argument order.
    const shards = [...given].sort((a, b) => (a.shard?.index ?? 0) - (b.shard?.index ?? 0) || Date.parse(a.startedAt) - Date.parse(b.startedAt));
    const first = shards[0];
    const infos = new Map(shards.flatMap((shard) => shard.tests.map((test) => [test.key, (0,_aggregate_index_js__WEBPACK_IMPORTED_MODULE_0__/* .testInfoOf */ .ox)(test)])));
    const testOrder = planOrder(shards);
    const orderedInfos = [...infos.values()].sort((a, b) => (testOrder.get(a.testId) ?? 0) - (testOrder.get(b.testId) ?? 0));
    // Stable: a test's trials keep their shard's order (runs interleaved across variants, as planned).
    const trials = shards
        .flatMap((shard) => shard.trials)
        .sort((a, b) => (testOrder.get(a.testId) ?? 0) - (testOrder.get(b.testId) ?? 0));
    checkUniqueTrials(trials.map((trial) => trial.id));
    const startedAt = minIso(shards.map((shard) => shard.startedAt));
    const finished = shards.map((shard) => shard.finishedAt).filter((value) => value !== undefined);
    const finishedAt = finished.length === shards.length ? maxIso(finished) : undefined;
    const durationMs = finishedAt
        ? Date.parse(finishedAt) - Date.parse(startedAt)
        : Math.max(...shards.map((shard) => shard.totals.durationMs));
    const tests = (0,_aggregate_index_js__WEBPACK_IMPORTED_MODULE_0__/* .summarizeInfos */ .j)(orderedInfos, trials);
    const stopped = shards.find((shard) => shard.status === 'stopped');
    const missing = missingShardsOf(shards);
    const { shard: _shard, confirmation: _confirmation, unfinished: _unfinished, ...base } = first;
    const confirmation = mergedConfirmation(shards);
    const unfinished = mergedUnfinished(shards);
    return {
        ...base,
        startedAt,
        ...(finishedAt ? { finishedAt } : {}),
        // Some shards only: the tests of the others are not even known, so the run can not count as complete.
        status: mergedStatus([...shards.map((shard) => shard.status), ...(missing ? ['stopped'] : [])]),
        ...(stopped?.stopReason ? { stopReason: stopped.stopReason } : {}),
        ...(missing ? { missingShards: missing } : {}),
        skipped: uniqueBy(shards.flatMap((shard) => shard.skipped), (entry) => entry.key),
        tests,
        trials,
        ...(unfinished ? { unfinished } : {}),
        totals: (0,_aggregate_index_js__WEBPACK_IMPORTED_MODULE_0__/* .totals */ .Sd)({ tests, trials, durationMs, ...(unfinished ? { unfinished: unfinished.usage } : {}) }),
        variantTotals: (0,_aggregate_index_js__WEBPACK_IMPORTED_MODULE_0__/* .variantTotals */ .h6)(tests, trials, durationMs),
        ...(confirmation ? { confirmation } : {}),
    };
}
/** The shards' unfinished trials added up: what they cost stays in the merged run's spend. */
function mergedUnfinished(shards) {
    const given = shards.flatMap((shard) => (shard.unfinished ? [shard.unfinished] : []));
    if (given.length === 0)
        return undefined;
    return given.reduce((total, value) => ({
        trials: total.trials + value.trials,
        usage: {
            inputTokens: total.usage.inputTokens + value.usage.inputTokens,
            outputTokens: total.usage.outputTokens + value.usage.outputTokens,
            costUsd: total.usage.costUsd + value.usage.costUsd,
        },
    }));
}
/** The shards' confirmation summaries added up (the settings are the plan's, the same in every shard). */
function mergedConfirmation(shards) {
    const given = shards.flatMap((shard) => (shard.confirmation ? [shard.confirmation] : []));
    const [first] = given;
    if (!first)
        return undefined;
    const sum = (pick) => given.reduce((total, value) => total + pick(value), 0);
    return {
        maxExtra: first.maxExtra,
        maxExtraPaired: first.maxExtraPaired,
        extraTrials: sum((value) => value.extraTrials),
        savedTrials: sum((value) => value.savedTrials),
        savedUsd: sum((value) => value.savedUsd),
    };
}
/**
 * Each test id's position in the unsharded plan. The planner deals tests
 * round-robin in plan order (shard i gets positions i-1, i-1+n, …), so taking
 * the shards' tests in turn, shard 1 first, rebuilds that order; the stable
 * sort by priority after it only matters when a shard had tests skipped (they
 * are not in its tests, so its later tests shift a turn earlier). The unsharded
 * run (one file) keeps its own order.
 */
function planOrder(shards) {
    const perShard = shards.map((shard) => [
        ...new Map(shard.tests.map((test) => [test.testId, test.priority])),
    ]);
    const dealt = [];
    for (let turn = 0; perShard.some((tests) => turn < tests.length); turn++) {
        for (const tests of perShard)
            if (turn < tests.length)
                dealt.push(tests[turn]);
    }
    const order = new Map();
    dealt
        .map(([testId, priority], position) => ({ testId, rank: PRIORITY_RANK[priority], position }))
        .sort((a, b) => a.rank - b.rank || a.position - b.position)
        .forEach(({ testId }) => order.has(testId) || order.set(testId, order.size));
    return order;
}
function checkCompatible(shards) {
    const [first] = shards;
    const variantsOf = (results) => results.variants
        .map((variant) => variant.id)
        .sort()
        .join(',');
    shards.forEach((shard, index) => {
        const label = `shard ${index + 1} (run ${shard.runId})`;
        if (shard.suite.name !== first.suite.name || shard.suite.config !== first.suite.config) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`merge: ${label} is from suite "${shard.suite.name}" (${shard.suite.config}), the first is from ` +
                `"${first.suite.name}" (${first.suite.config}); only shards of one suite can be merged`);
        }
        if (variantsOf(shard) !== variantsOf(first)) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`merge: ${label} ran variants [${variantsOf(shard)}], the first ran [${variantsOf(first)}]; only shards ` +
                `of one plan can be merged`);
        }
        if (shard.shard && first.shard && shard.shard.total !== first.shard.total) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`merge: ${label} is one of ${shard.shard.total} shards, the first one of ${first.shard.total}`);
        }
    });
    const indexes = shards.flatMap((shard) => (shard.shard ? [shard.shard.index] : []));
    const outOfRange = shards.find((shard) => shard.shard && shard.shard.index > shard.shard.total);
    if (outOfRange?.shard)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`merge: run ${outOfRange.runId} says it is shard ${outOfRange.shard.index} of ${outOfRange.shard.total}`);
    if (indexes.length > 0 && indexes.length < shards.length)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1('merge: some files are shards (--shard i/n) and some are not; only the shards of one plan can be merged');
    const duplicate = indexes.find((index, position) => indexes.indexOf(index) !== position);
    if (duplicate !== undefined)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`merge: shard ${duplicate} is given twice`);
}
/**
 * The shards of 1..n not given (n from the files' `shard.total`); undefined when all are there or the files are not
 * shards.
 */
function missingShardsOf(shards) {
    const total = shards.find((shard) => shard.shard)?.shard?.total;
    if (total === undefined)
        return undefined;
    const given = new Set(shards.flatMap((shard) => (shard.shard ? [shard.shard.index] : [])));
    const indexes = Array.from({ length: total }, (_, position) => position + 1).filter((index) => !given.has(index));
    return indexes.length > 0 ? { total, indexes } : undefined;
}
/** One line for people: which shards a merged run lacks; undefined when it lacks none. */
function missingShardsNote(results) {
    const missing = results.missingShards;
    if (!missing)
        return undefined;
    const list = missing.indexes.length === 1 ? `shard ${missing.indexes[0]}` : `shards ${missing.indexes.join(', ')}`;
    return (`incomplete merge: ${list} of ${missing.total} ${missing.indexes.length === 1 ? 'is' : 'are'} missing, ` +
        `so the run counts as stopped and its tests are not in the results`);
}
function checkUniqueTrials(ids) {
    const seen = new Set();
    for (const id of ids) {
        if (seen.has(id))
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`merge: trial ${id} appears in more than one shard; were the shards planned with the same --shard total?`);
        seen.add(id);
    }
}
function mergedStatus(statuses) {
    if (statuses.includes('failed'))
        return 'failed';
    if (statuses.includes('stopped'))
        return 'stopped';
    if (statuses.includes('running'))
        return 'running';
    return 'completed';
}
function minIso(values) {
    return values.reduce((min, value) => (Date.parse(value) < Date.parse(min) ? value : min));
}
function maxIso(values) {
    return values.reduce((max, value) => (Date.parse(value) > Date.parse(max) ? value : max));
}
function uniqueBy(items, keyOf) {
    const seen = new Set();
    return items.filter((item) => !seen.has(keyOf(item)) && (seen.add(keyOf(item)), true));
}


/***/ }),

/***/ 667:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lb: () => (/* binding */ createProgressReporter),
/* harmony export */   p0: () => (/* binding */ duration)
/* harmony export */ });
/* unused harmony export formatProgress */
/* harmony import */ var _util_terminal_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4702);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9997);
/**
 * Progress of a run: a live single line on a terminal, plain periodic lines
 * in CI logs (every ~10 s or every 10% of the trials, whichever comes first).
 */


/** Enough of a retried failure to recognise it ("HTTP 429: rate limited") on a line that must stay one line. */
const RETRY_REASON_CHARS = 60;
const PLAIN_INTERVAL_MS = 10_000;
const PLAIN_STEP_SHARE = 0.1;
/** Our redraw is the one control sequence the CLI's sanitizing writer lets through (src/util/terminal.ts). */
const CLEAR_LINE = _util_terminal_js__WEBPACK_IMPORTED_MODULE_0__/* .REDRAW_LINE */ .vx;
function formatProgress(progress) {
    const percent = progress.total === 0 ? 100 : Math.floor((progress.done / progress.total) * 100);
    const parts = [
        `${progress.done}/${progress.total} trials (${percent}%)`,
        `✓ ${progress.passed}  ✗ ${progress.failed}  ! ` +
            `${progress.errored}${progress.invalid ? `  ~ ${progress.invalid}` : ''}`,
        // Left out of the total, they would be missing from a line that reads 100%.
        ...(progress.notRun ? [`${progress.notRun} not run`] : []),
        `$${progress.spentUsd.toFixed(4)}`,
        `elapsed ${duration(progress.elapsedMs)}`,
    ];
    // Without it, a rate-limit storm (calls waiting up to a minute per retry) showed a line with nothing failing.
    if (progress.retries?.count) {
        const { count, lastReason } = progress.retries;
        const reason = (0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .x)(lastReason.replace(/\s+/g, ' '), RETRY_REASON_CHARS);
        parts.push(`↻ ${count} ${count === 1 ? 'retry' : 'retries'} (last: ${reason})`);
    }
    if (progress.etaMs !== null && progress.done < progress.total)
        parts.push(`ETA ${duration(progress.etaMs)}`);
    return parts.join('  ·  ');
}
function createProgressReporter(options) {
    const now = options.now ?? Date.now;
    if (options.isTTY) {
        let drawn = false;
        const fit = (line) => options.columns && line.length >= options.columns ? `${line.slice(0, options.columns - 2)}…` : line;
        return {
            update: (progress) => {
                options.write(`${CLEAR_LINE}${fit(formatProgress(progress))}`);
                drawn = true;
            },
            finish: () => {
                if (drawn)
                    options.write('\n');
                drawn = false;
            },
        };
    }
    let lastAt = -Infinity;
    let lastDone = -1;
    let lastTotal = -1;
    return {
        update: (progress) => {
            const step = Math.max(1, Math.ceil(progress.total * PLAIN_STEP_SHARE));
            const timeDue = now() - lastAt >= PLAIN_INTERVAL_MS;
            // The end is printed once, however it was reached: also when the last change was a trial left out (refused by
            // the circuit breaker after the last one finished), which moves the total, not `done`; judged by `done` alone,
            // the log then ended on the line before, short of 100% and one "not run" short.
            const endDue = progress.done === progress.total && (progress.done !== lastDone || progress.total !== lastTotal);
            if (!timeDue && !endDue && progress.done - lastDone < step)
                return;
            lastAt = now();
            lastDone = progress.done;
            lastTotal = progress.total;
            options.write(`progress: ${formatProgress(progress)}\n`);
        },
        finish: () => undefined,
    };
}
function duration(ms) {
    const seconds = Math.round(ms / 1000);
    if (seconds < 60)
        return `${seconds}s`;
    const minutes = Math.floor(seconds / 60);
    return minutes < 60
        ? `${minutes}m${String(seconds % 60).padStart(2, '0')}s`
        : `${Math.floor(minutes / 60)}h${String(minutes % 60).padStart(2, '0')}m`;
}


/***/ })

};
