import { describe, expect, it } from 'vitest';
import type { CheckRunUpdate, GitHubPort } from '../../src/github/port.js';
import { redactingPort } from '../../src/github/redacting-port.js';
import { Redactor } from '../../src/util/redact.js';
import { leaksIn, SECRET } from '../security/corpus.js';

/** Records what would be sent to GitHub. */
function recordingPort(sent: unknown[]): GitHubPort {
  const comment = (body: string) => ({
    id: 1,
    body,
    url: 'u',
    authorLogin: 'bot',
    authorType: 'Bot',
    minimized: false,
  });
  return {
    listIssueComments: async () => [],
    createIssueComment: async (_n, body) => (sent.push(body), comment(body)),
    updateIssueComment: async (_id, body) => (sent.push(body), comment(body)),
    pullRequestHeadSha: async () => undefined,
    viewerLogin: async () => undefined,
    createCheckRun: async (name) => (sent.push(name), { id: 1, url: 'u' }),
    updateCheckRun: async (_id, update: CheckRunUpdate) => void sent.push(update),
    listSuccessfulRuns: async () => ({ runs: [], more: false }),
  };
}

describe('redactingPort', () => {
  it(
    'every comment body and check-run title, summary and annotation leaves redacted, ' + 'whoever rendered it',
    async () => {
      const sent: unknown[] = [];
      const port = redactingPort(recordingPort(sent), new Redactor([SECRET]));
      const leak = `failed: 401 Authorization: Bearer ${SECRET}`;
      await port.createIssueComment(2, leak);
      await port.updateIssueComment(3, `${encodeURIComponent(SECRET)}`);
      await port.updateCheckRun(4, {
        conclusion: 'failure',
        output: {
          title: leak,
          summary: leak,
          annotations: [
            {
              path: 'a.yaml',
              start_line: 1,
              end_line: 1,
              annotation_level: 'failure',
              message: leak,
              title: leak,
              raw_details: leak,
            },
          ],
        },
      });
      expect(sent).toHaveLength(3);
      expect(leaksIn(JSON.stringify(sent))).toEqual([]);
      expect(JSON.stringify(sent)).toContain('Bearer ***');
      expect(sent[2]).toMatchObject({
        conclusion: 'failure',
        output: { annotations: [{ path: 'a.yaml', start_line: 1 }] },
      });
    },
  );
});
