/**
 * The GitHub port with the redaction layer in front of every write: comment
 * bodies and check-run titles, summaries and annotations pass the redactor
 * on their way out, whatever rendered them (report, error message, gate).
 * The runner's log masking does not cover what is posted through the API.
 */
import type { Redactor } from '../util/redact.js';
import type { CheckAnnotation, CheckRunUpdate, GitHubPort } from './port.js';

export function redactingPort(port: GitHubPort, redactor: Redactor): GitHubPort {
  const redact = (text: string) => redactor.redact(text);
  const annotation = (a: CheckAnnotation): CheckAnnotation => ({
    ...a,
    message: redact(a.message),
    ...(a.title !== undefined ? { title: redact(a.title) } : {}),
    ...(a.raw_details !== undefined ? { raw_details: redact(a.raw_details) } : {}),
  });
  const update = (u: CheckRunUpdate): CheckRunUpdate =>
    u.output
      ? {
          ...u,
          output: {
            title: redact(u.output.title),
            summary: redact(u.output.summary),
            ...(u.output.annotations ? { annotations: u.output.annotations.map(annotation) } : {}),
          },
        }
      : u;
  return {
    listIssueComments: (issueNumber) => port.listIssueComments(issueNumber),
    createIssueComment: (issueNumber, body) => port.createIssueComment(issueNumber, redact(body)),
    updateIssueComment: (commentId, body) => port.updateIssueComment(commentId, redact(body)),
    pullRequestHeadSha: (pullNumber) => port.pullRequestHeadSha(pullNumber),
    viewerLogin: () => port.viewerLogin(),
    createCheckRun: (name, headSha, detailsUrl) => port.createCheckRun(redact(name), headSha, detailsUrl),
    updateCheckRun: (checkRunId, u) => port.updateCheckRun(checkRunId, update(u)),
    listSuccessfulRuns: (workflow, branch, page) => port.listSuccessfulRuns(workflow, branch, page),
  };
}
