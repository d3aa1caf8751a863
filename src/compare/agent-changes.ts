/**
 * What changed in the agent between two runs, per variant: the agent is what
 * a pull request changes, so a report says so once ("agent changed since the
 * reference run: system_prompt, model") and compares the tests across it.
 * Read from the per-setting versions each run records (`variants[].settings`).
 */
import type { Results } from '../model/results.js';

export interface AgentChange {
  readonly variant: Results['variants'][number]['id'];
  /** The agent ids on each side (equal unless the variant now runs another agent). */
  readonly before: string;
  readonly after: string;
  /** Settings added, removed or changed, sorted; empty when only the agent id differs. */
  readonly settings: readonly string[];
}

/** Every variant whose agent changed; variants a side does not record settings for are unknown, not changed. */
export function agentChanges(before: Results['variants'], after: Results['variants']): AgentChange[] {
  const changes: AgentChange[] = [];
  for (const now of after) {
    const was = before.find((variant) => variant.id === now.id);
    if (!was) continue;
    const settings =
      was.settings && now.settings
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
function ownSetting(settings: Readonly<Record<string, string>> | undefined, name: string): string | undefined {
  return settings !== undefined && Object.hasOwn(settings, name) ? settings[name] : undefined;
}
