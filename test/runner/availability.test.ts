import { describe, expect, it } from 'vitest';
import { simulatorAvailable } from '../../src/llm/index.js';

/** `rehearse run`, `rehearse validate` and the action decide with this one rule whether behavioral scenarios run. */
describe('simulatorAvailable', () => {
  const remote = { model: 'gpt-4o-mini', api_key_env: 'OPENAI_API_KEY' };
  const local = { model: 'llama', base_url: 'http://127.0.0.1:11434/v1', api_key_env: 'OPENAI_API_KEY' };
  const cases: [
    string,
    { simulator?: typeof remote & { base_url?: string } },
    Record<string, string | undefined>,
    boolean,
  ][] = [
    ['no simulator', {}, { OPENAI_API_KEY: 'sk' }, false],
    ['a remote simulator without its key', { simulator: remote }, {}, false],
    ['a remote simulator with its key', { simulator: remote }, { OPENAI_API_KEY: 'sk' }, true],
    ['a keyless local simulator', { simulator: local }, {}, true],
    [
      'OPENAI_BASE_URL pointing at a local server',
      { simulator: remote },
      { OPENAI_BASE_URL: 'http://localhost:8080/v1' },
      true,
    ],
    [
      'a remote base URL without its key: a URL alone is not enough',
      { simulator: { ...remote, base_url: 'https://llm.example.com/v1' } },
      {},
      false,
    ],
  ];
  it.each(cases)('%s', (_label, suite, env, expected) => {
    expect(simulatorAvailable(suite, env)).toBe(expected);
  });
});
