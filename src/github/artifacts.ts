/**
 * ArtifactStore implemented with `@actions/artifact`: uploads go to this
 * workflow run (Actions results service), downloads from another run go
 * through the public REST API (`findBy`, needs `actions: read`).
 */
import path from 'node:path';
import { mkdir } from 'node:fs/promises';
import { ArtifactNotFoundError, DefaultArtifactClient } from '@actions/artifact';
import { httpStatusOf, type ArtifactStore } from './port.js';

const GONE = 410;

/** Results are small; a month is enough to serve as the next runs' baseline without hoarding storage. */
const RETENTION_DAYS = 30;

export interface ArtifactStoreOptions {
  readonly token: string;
  readonly owner: string;
  readonly repo: string;
}

export function createArtifactStore(options: ArtifactStoreOptions): ArtifactStore {
  const client = new DefaultArtifactClient();
  const findBy = (workflowRunId: number) => ({
    token: options.token,
    workflowRunId,
    repositoryOwner: options.owner,
    repositoryName: options.repo,
  });
  return {
    async upload(name, files, rootDirectory) {
      const { id } = await client.uploadArtifact(name, [...files], rootDirectory, { retentionDays: RETENTION_DAYS });
      return { id: id ?? 0 };
    },
    async downloadFromRun(workflowRunId, name, directory) {
      let artifactId: number;
      try {
        const { artifact } = await client.getArtifact(name, { findBy: findBy(workflowRunId) });
        artifactId = artifact.id;
      } catch (error) {
        if (error instanceof ArtifactNotFoundError) return false;
        throw error;
      }
      await mkdir(directory, { recursive: true });
      try {
        await client.downloadArtifact(artifactId, { path: directory, findBy: findBy(workflowRunId) });
      } catch (error) {
        // Past its retention period an artifact is still listed, but its download is 410 Gone.
        if (httpStatusOf(error) === GONE)
          throw new Error(`artifact ${artifactId} has expired (410 Gone)`, { cause: error });
        throw error;
      }
      return true;
    },
    async downloadFromThisRun(matches, directory) {
      const { artifacts } = await client.listArtifacts({ latest: true });
      const wanted = artifacts
        .filter((artifact) => matches(artifact.name))
        .sort((a, b) => a.name.localeCompare(b.name));
      for (const artifact of wanted) {
        const target = path.join(directory, artifact.name);
        await mkdir(target, { recursive: true });
        await client.downloadArtifact(artifact.id, { path: target });
      }
      return wanted.map((artifact) => artifact.name);
    },
  };
}
