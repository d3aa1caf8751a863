/**
 * The part of a fake GitHub that `@actions/artifact` talks to: the Actions
 * results service (Twirp JSON under `ACTIONS_RESULTS_URL`) and the Azure
 * blob storage its signed URLs point at. Requests and responses are checked
 * with the toolkit's own generated protobuf messages (strict `fromJson`).
 */
import { createHash } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipFiles, zipFiles } from './github-zip.js';

export interface StoredArtifact {
  readonly id: number;
  readonly name: string;
  readonly runId: number;
  zip: Buffer;
  digest: string;
  finalized: boolean;
  readonly createdAt: string;
}

interface MessageType {
  fromJson(json: unknown, options?: { ignoreUnknownFields?: boolean }): unknown;
}

type Messages = Record<string, MessageType>;

interface BlobAnswer {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body?: Buffer | string;
  readonly operation: string;
}

const TWIRP_SERVICE = 'github.actions.results.api.v1.ArtifactService';
const JOB_SUFFIX = 'job';

export class ArtifactService {
  static readonly BLOB_ACCOUNT = 'devstoreaccount1';
  onProblem: (problem: string) => void = () => undefined;
  runRepository: () => { owner: string; repo: string } = () => ({ owner: '', repo: '' });
  private readonly stored: StoredArtifact[] = [];
  private readonly blocks = new Map<string, Buffer>();
  private nextId = 500;

  private constructor(
    private readonly url: string,
    private readonly messages: Messages,
  ) {}

  static async create(url: string): Promise<ArtifactService> {
    const generated = path.join(process.cwd(), 'node_modules/@actions/artifact/lib/generated/index.js');
    const messages = (await import(pathToFileURL(generated).href)) as Messages;
    return new ArtifactService(url, messages);
  }

  reset(): void {
    this.stored.length = 0;
    this.blocks.clear();
  }

  /** A runtime token (JWT) whose `scp` claim carries the backend ids of workflow run `runId`. */
  runtimeToken(runId: number): string {
    const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const scp = `Actions.ExampleScope Actions.Results:${backendIdOf(runId)}:${backendIdOf(runId)}-${JOB_SUFFIX}`;
    return `${encode({ alg: 'none', typ: 'JWT' })}.${encode({ scp, iat: 1 })}.signature`;
  }

  /** An artifact of an earlier run, as if its workflow had uploaded it. */
  seed(runId: number, name: string, files: Readonly<Record<string, string>>): StoredArtifact {
    const zip = zipFiles(files);
    const artifact: StoredArtifact = {
      id: this.id(),
      name,
      runId,
      zip,
      digest: sha256(zip),
      finalized: true,
      createdAt: new Date().toISOString(),
    };
    this.stored.push(artifact);
    return artifact;
  }

  ofRun(runId: number): StoredArtifact[] {
    return this.stored.filter((artifact) => artifact.runId === runId && artifact.finalized);
  }

  byId(id: number): StoredArtifact | undefined {
    return this.stored.find((artifact) => artifact.id === id && artifact.finalized);
  }

  /** The files of an uploaded artifact, unzipped. */
  files(artifact: StoredArtifact): Record<string, string> {
    return Object.fromEntries(
      Object.entries(unzipFiles(artifact.zip)).map(([name, data]) => [name, data.toString('utf8')]),
    );
  }

  signedUrl(artifact: StoredArtifact): string {
    return `${this.url}/${ArtifactService.BLOB_ACCOUNT}/artifacts/${artifact.id}.zip?sig=fake-signature&se=2099-01-01`;
  }

  async handle(method: string, url: URL, raw: Buffer, headers: IncomingHttpHeaders): Promise<BlobAnswer> {
    if (url.pathname.startsWith('/twirp/')) return this.twirp(url.pathname.split('/').pop() ?? '', raw, headers);
    return this.blob(method, url, raw);
  }

  private id(): number {
    this.nextId += 1;
    return this.nextId;
  }

  private twirp(method: string, raw: Buffer, headers: IncomingHttpHeaders): BlobAnswer {
    const operation = `twirp/${method}`;
    if (!String(headers['authorization'] ?? '').startsWith('Bearer '))
      this.onProblem(`${operation}: no Bearer runtime token`);
    const request = this.checked(`${method}Request`, JSON.parse(raw.toString('utf8') || '{}')) as Record<
      string,
      unknown
    >;
    const response = this.answer(method, request);
    this.checked(`${method}Response`, response);
    return { status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify(response), operation };
  }

  private answer(method: string, request: Record<string, unknown>): Record<string, unknown> {
    const runId = runIdOf(String(request['workflow_run_backend_id'] ?? ''));
    switch (method) {
      case 'CreateArtifact': {
        const artifact: StoredArtifact = {
          id: this.id(),
          name: String(request['name']),
          runId,
          zip: Buffer.alloc(0),
          digest: '',
          finalized: false,
          createdAt: new Date().toISOString(),
        };
        this.stored.push(artifact);
        return { ok: true, signed_upload_url: this.signedUrl(artifact) };
      }
      case 'FinalizeArtifact': {
        const artifact = this.stored.find((a) => a.runId === runId && a.name === request['name'] && !a.finalized);
        if (!artifact) {
          this.onProblem(`FinalizeArtifact: no pending artifact '${String(request['name'])}'`);
          return { ok: false, artifact_id: '0' };
        }
        if (String(request['size']) !== String(artifact.zip.length))
          this.onProblem(
            `FinalizeArtifact: size ${String(request['size'])} but ${artifact.zip.length} bytes were uploaded`,
          );
        if (request['hash'] !== undefined && request['hash'] !== `sha256:${sha256(artifact.zip)}`)
          this.onProblem('FinalizeArtifact: hash does not match the uploaded bytes');
        artifact.finalized = true;
        artifact.digest = sha256(artifact.zip);
        return { ok: true, artifact_id: String(artifact.id) };
      }
      case 'ListArtifacts': {
        const nameFilter = request['name_filter'];
        const idFilter = request['id_filter'];
        const found = this.ofRun(runId).filter(
          (a) =>
            (nameFilter === undefined || a.name === nameFilter) &&
            (idFilter === undefined || String(a.id) === String(idFilter)),
        );
        return {
          artifacts: found.map((a) => ({
            workflow_run_backend_id: backendIdOf(runId),
            workflow_job_run_backend_id: `${backendIdOf(runId)}-${JOB_SUFFIX}`,
            database_id: String(a.id),
            name: a.name,
            size: String(a.zip.length),
            created_at: a.createdAt,
            digest: `sha256:${a.digest}`,
          })),
        };
      }
      case 'GetSignedArtifactURL': {
        const artifact = this.ofRun(runId).find((a) => a.name === request['name']);
        if (!artifact) this.onProblem(`GetSignedArtifactURL: no artifact '${String(request['name'])}'`);
        return { signed_url: artifact ? this.signedUrl(artifact) : '' };
      }
      default:
        this.onProblem(`${TWIRP_SERVICE}/${method}: not served by the fake`);
        return {};
    }
  }

  /** Strict protobuf JSON parsing: an unknown or mistyped field is a problem. */
  private checked(typeName: string, json: unknown): unknown {
    const type = this.messages[typeName];
    if (!type) {
      this.onProblem(`no protobuf message ${typeName}`);
      return json;
    }
    try {
      type.fromJson(json);
    } catch (error) {
      this.onProblem(`${typeName}: ${String(error)}`);
    }
    return json;
  }

  private blob(method: string, url: URL, raw: Buffer): BlobAnswer {
    const id = Number(path.basename(url.pathname, '.zip'));
    const artifact = this.stored.find((a) => a.id === id);
    const ok = {
      etag: '"0x8D"',
      'last-modified': new Date().toUTCString(),
      'x-ms-request-id': 'fake',
      'x-ms-version': '2025-01-05',
      'x-ms-request-server-encrypted': 'true',
    };
    if (!artifact || url.searchParams.get('sig') === null) return { status: 404, headers: {}, operation: 'blob' };
    if (method === 'GET')
      return {
        status: 200,
        headers: { 'content-type': 'application/zip', 'content-length': String(artifact.zip.length) },
        body: artifact.zip,
        operation: 'blob/get',
      };
    const comp = url.searchParams.get('comp');
    if (comp === 'block') {
      this.blocks.set(`${id}/${url.searchParams.get('blockid') ?? ''}`, raw);
      return { status: 201, headers: ok, operation: 'blob/put-block' };
    }
    if (comp === 'blocklist') {
      const ids = [...raw.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]+)<\//g)].map((m) => m[1]);
      artifact.zip = Buffer.concat(ids.map((blockId) => this.blocks.get(`${id}/${blockId}`) ?? Buffer.alloc(0)));
      return { status: 201, headers: ok, operation: 'blob/put-block-list' };
    }
    artifact.zip = raw;
    return { status: 201, headers: ok, operation: 'blob/put' };
  }
}

function backendIdOf(runId: number): string {
  return `00000000-0000-4000-8000-${String(runId).padStart(12, '0')}`;
}

function runIdOf(backendId: string): number {
  return Number(backendId.split('-')[4] ?? 0);
}

function sha256(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}
