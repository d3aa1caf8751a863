import { describe, expect, it } from 'vitest';
import { neutralizeForLog } from '../../src/github/log.js';
import { Redactor } from '../../src/util/redact.js';
import { sanitizeForTerminal, sanitizeTerminalChunk, REDRAW_LINE } from '../../src/util/terminal.js';
import { injectedCommands, runnerLines, SECRET, TERMINAL_ATTACK, WORKFLOW_INJECTIONS } from '../security/corpus.js';

describe('neutralizeForLog (the workflow log)', () => {
  it('no line of the corpus starts a command or holds `##[` once neutralized, every break counted', () => {
    for (const text of WORKFLOW_INJECTIONS) {
      const safe = neutralizeForLog(text);
      expect(injectedCommands(safe), JSON.stringify(text)).toEqual([]);
      for (const line of runnerLines(safe)) expect(line.startsWith('::'), JSON.stringify(line)).toBe(false);
      expect(safe).not.toMatch(/[\r\u000b\u000c\u0085\u2028\u2029]/);
      expect(safe.replace(/\u200b/g, '')).toContain('PWNED'); // still readable
    }
    // Written raw, the corpus does inject (the runner breaks lines on CR and LF only, so the U+2028, NEL, VT and FF
    // entries are no commands for it; they are neutralized all the same, for log viewers that do break there).
    expect(injectedCommands(WORKFLOW_INJECTIONS.join('\n'))).toHaveLength(8);
  });

  it('keeps ordinary text and line structure, and redacts', () => {
    expect(neutralizeForLog('retry 1: HTTP 503\nsee https://x.example/a::b')).toBe(
      'retry 1: HTTP 503\nsee https://x.example/a::b',
    );
    expect(neutralizeForLog(`key ${SECRET}\r\n::error::x`, new Redactor([SECRET]))).toBe('key ***\n:\u200b:error::x');
  });
});

describe('terminal sanitizing', () => {
  it('removes escapes, BEL, NUL, backspace and OSC; a lone CR becomes a newline; tabs, newlines and CRLF stay', () => {
    const safe = sanitizeForTerminal(`${TERMINAL_ATTACK}\tend\r\nnext`);
    expect(safe).toBe('✓ all passed\n✓ all passed\tend\r\nnext');
    expect(sanitizeForTerminal('\u009b2J\u001b(B\u001bc\u007f ok')).toBe(' ok');
  });

  it("lets only our own redraw through, at a chunk's start", () => {
    expect(sanitizeTerminalChunk(`${REDRAW_LINE}3/4 trials`)).toBe(`${REDRAW_LINE}3/4 trials`);
    expect(sanitizeTerminalChunk(`x${REDRAW_LINE}fake`)).toBe('x\nfake');
  });
});
