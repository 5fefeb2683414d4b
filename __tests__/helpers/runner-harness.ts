/**
 * Runs the built action the way the GitHub runner does, on loopback only: INPUT_* variables, temporary
 * GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, a results service that answers the artifact client's
 * CreateArtifact and FinalizeArtifact calls, an Azure-compatible blob store (Azurite, started here) for
 * the upload, and a stand-in for the GitHub API's issue comments. Tests use it, and so can a developer:
 * `node --import ./scripts/ts-loader.mjs scripts/run-action-locally.ts`.
 */
import {
  BlobSASPermissions,
  BlobServiceClient,
  generateBlobSASQueryParameters,
  SASProtocol,
  StorageSharedKeyCredential
} from '@azure/storage-blob'
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { createRequire } from 'node:module'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import yauzl from 'yauzl'

const require = createRequire(import.meta.url)
// Azurite's well-known development account: public, for local emulation only.
const ACCOUNT = 'devstoreaccount1'
const ACCOUNT_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=='
const CONTAINER = 'artifacts'
export const REPOSITORY = 'octo/shop'
export const RUN_ID = '7001'

export interface Comment {
  id: number
  /** The pull request (issue) number it is on. */
  issue: number
  body: string
}

export interface RunnerServices {
  /** Environment for the action child: runtime token, results URL, API URL, repository, run. */
  env: Record<string, string>
  /** Artifacts of the workflow run, in the order they were finalized; a deleted one leaves the list. */
  finalized: { name: string; id: string }[]
  /** Artifacts deleted (to be replaced), by name and id. */
  deleted: { name: string; id: string }[]
  /** Entries of an uploaded artifact's zip, with their contents. */
  readArtifact(name: string): Promise<Map<string, string>>
  /** Every comment on every pull request, oldest first. */
  comments: Comment[]
  /** The comments on one pull request, oldest first. */
  commentsOn(issue: number): Comment[]
  /** A comment written by someone else (or an earlier version), as the API would hold it. */
  addComment(issue: number, body: string): Comment
  /** Make the comments API refuse writes, as for a fork's token. */
  forbidComments: boolean
  close(): Promise<void>
}

export interface ActionRun {
  code: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
}

function base64url(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url')
}

/** A runtime token: a JWT whose signature nobody checks; its scp claim carries the run and job ids. */
export function runtimeToken(runId = 'run-backend-1', jobId = 'job-backend-1'): string {
  return `${base64url({ alg: 'HS256', typ: 'JWT' })}.${base64url({ scp: `Actions.GenericRead:x Actions.Results:${runId}:${jobId}` })}.c2lnbmF0dXJl`
}

async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise(resolve => server.close(resolve))
  return port
}

async function listen(
  handler: (req: IncomingMessage, res: ServerResponse) => void
): Promise<{ server: Server; url: string }> {
  const server = createServer(handler)
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }
}

async function body(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

function json(res: ServerResponse, status: number, data: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' })
  res.end(JSON.stringify(data))
}

async function startAzurite(): Promise<{ child: ChildProcess; blobUrl: string; workspace: string }> {
  const port = await freePort()
  const workspace = mkdtempSync(path.join(tmpdir(), 'azurite-'))
  const main = path.join(
    path.dirname(require.resolve('azurite/package.json')),
    'dist',
    'src',
    'blob',
    'main.js'
  )
  const child = spawn(
    process.execPath,
    [
      main,
      '--blobHost',
      '127.0.0.1',
      '--blobPort',
      String(port),
      '--skipApiVersionCheck',
      '--disableTelemetry',
      '--loose',
      '--silent',
      '--location',
      workspace
    ],
    { stdio: ['ignore', 'pipe', 'pipe'], cwd: workspace }
  )
  await new Promise<void>((resolve, reject) => {
    let seen = ''
    const timer = setTimeout(() => reject(new Error(`Azurite did not start: ${seen}`)), 20_000)
    const watch = (chunk: Buffer) => {
      seen += chunk.toString()
      if (/successfully listen/i.test(seen)) {
        clearTimeout(timer)
        resolve()
      }
    }
    child.stdout!.on('data', watch)
    child.stderr!.on('data', watch)
    child.on('exit', code => reject(new Error(`Azurite exited with ${code}: ${seen}`)))
  })
  return { child, blobUrl: `http://127.0.0.1:${port}/${ACCOUNT}`, workspace }
}

export async function startRunnerServices(): Promise<RunnerServices> {
  const azurite = await startAzurite()
  const credential = new StorageSharedKeyCredential(ACCOUNT, ACCOUNT_KEY)
  const blobService = new BlobServiceClient(azurite.blobUrl, credential)
  const container = blobService.getContainerClient(CONTAINER)
  await container.createIfNotExists()

  const finalized: { name: string; id: string }[] = []
  const deleted: { name: string; id: string }[] = []
  // Names taken in this workflow run: created (and maybe finalized), until deleted.
  const taken = new Set<string>()
  let nextArtifactId = 4200
  const results = await listen(async (req, res) => {
    const text = await body(req)
    const request = text ? JSON.parse(text) : {}
    if (req.url?.endsWith('/ListArtifacts')) {
      const name = request.name_filter ?? request.nameFilter
      const artifacts = finalized
        .filter(artifact => name === undefined || artifact.name === name)
        .map(artifact => ({
          workflow_run_backend_id: 'run-backend-1',
          workflow_job_run_backend_id: 'job-backend-1',
          database_id: artifact.id,
          name: artifact.name,
          size: '1'
        }))
      return json(res, 200, { artifacts })
    }
    if (req.url?.endsWith('/DeleteArtifact')) {
      const index = finalized.findIndex(artifact => artifact.name === request.name)
      if (index < 0) return json(res, 404, { code: 'not_found', msg: 'artifact not found' })
      const [gone] = finalized.splice(index, 1)
      deleted.push(gone)
      taken.delete(gone.name)
      return json(res, 200, { ok: true, artifact_id: gone.id })
    }
    if (req.url?.endsWith('/CreateArtifact')) {
      // As the results service: one artifact per name in a workflow run.
      if (taken.has(request.name))
        return json(res, 409, { code: 'already_exists', msg: 'an artifact with this name already exists' })
      taken.add(request.name)
      const blobName = `${request.workflow_run_backend_id}/${request.name}.zip`
      const sas = generateBlobSASQueryParameters(
        {
          containerName: CONTAINER,
          blobName,
          permissions: BlobSASPermissions.parse('rcw'),
          expiresOn: new Date(Date.now() + 3_600_000),
          protocol: SASProtocol.HttpsAndHttp
        },
        credential
      ).toString()
      return json(res, 200, {
        ok: true,
        signed_upload_url: `${azurite.blobUrl}/${CONTAINER}/${blobName}?${sas}`
      })
    }
    if (req.url?.endsWith('/FinalizeArtifact')) {
      const id = String(nextArtifactId++)
      finalized.push({ name: request.name, id })
      return json(res, 200, { ok: true, artifact_id: id })
    }
    json(res, 404, { code: 'not_found', msg: `no route ${req.url}` })
  })

  let nextCommentId = 900
  const services: RunnerServices = {
    env: {},
    finalized,
    deleted,
    comments: [],
    commentsOn: issue => services.comments.filter(comment => comment.issue === issue),
    addComment(issue, commentBody) {
      const comment = { id: nextCommentId++, issue, body: commentBody }
      services.comments.push(comment)
      return comment
    },
    forbidComments: false,
    async readArtifact(name) {
      const blobs: string[] = []
      for await (const blob of container.listBlobsFlat())
        if (blob.name.endsWith(`/${name}.zip`)) blobs.push(blob.name)
      if (blobs.length !== 1) throw new Error(`expected one upload named ${name}, found ${blobs.length}`)
      const zip = await container.getBlobClient(blobs[0]).downloadToBuffer()
      return unzip(zip)
    },
    async close() {
      await new Promise(resolve => results.server.close(resolve))
      await new Promise(resolve => api.server.close(resolve))
      // Azurite may still be writing its folder: wait for it to exit before removing it.
      await new Promise(resolve => {
        if (azurite.child.exitCode !== null) return resolve(undefined)
        azurite.child.once('exit', resolve)
        azurite.child.kill()
      })
      rmSync(azurite.workspace, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 })
    }
  }

  const api = await listen(async (req, res) => {
    const text = await body(req)
    const list = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments/.exec(req.url ?? '')
    const one = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)/.exec(req.url ?? '')
    if (list && req.method === 'GET') return json(res, 200, services.commentsOn(Number(list[1])))
    if ((list && req.method === 'POST') || (one && req.method === 'PATCH')) {
      if (services.forbidComments)
        return json(res, 403, { message: 'Resource not accessible by integration' })
      const { body: commentBody } = JSON.parse(text)
      if (list) return json(res, 201, services.addComment(Number(list[1]), commentBody))
      const comment = services.comments.find(c => c.id === Number(one![1]))
      if (!comment) return json(res, 404, { message: 'Not Found' })
      comment.body = commentBody
      return json(res, 200, comment)
    }
    json(res, 404, { message: `no route ${req.method} ${req.url}` })
  })

  services.env = {
    ACTIONS_RUNTIME_TOKEN: runtimeToken(),
    ACTIONS_RESULTS_URL: `${results.url}/`,
    GITHUB_API_URL: api.url,
    GITHUB_REPOSITORY: REPOSITORY,
    GITHUB_RUN_ID: RUN_ID
  }
  return services
}

function unzip(zip: Buffer): Promise<Map<string, string>> {
  return new Promise((resolve, reject) => {
    const entries = new Map<string, string>()
    yauzl.fromBuffer(zip, { lazyEntries: true }, (error, file) => {
      if (error || !file) return reject(error)
      file.on('entry', (entry: yauzl.Entry) => {
        file.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return reject(streamError)
          const chunks: Buffer[] = []
          stream.on('data', chunk => chunks.push(chunk))
          stream.on('end', () => {
            entries.set(entry.fileName, Buffer.concat(chunks).toString('utf8'))
            file.readEntry()
          })
        })
      })
      file.on('end', () => resolve(entries))
      file.readEntry()
    })
  })
}

/** Runs dist/index.js as a child, asynchronously so the in-process services can answer it. */
export async function runAction(
  inputs: Record<string, string>,
  extraEnv: Record<string, string>,
  cwd: string
): Promise<ActionRun> {
  const scratch = mkdtempSync(path.join(tmpdir(), 'runner-'))
  const outputFile = path.join(scratch, 'output')
  const summaryFile = path.join(scratch, 'summary')
  writeFileSync(outputFile, '')
  writeFileSync(summaryFile, '')
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? scratch,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_WORKSPACE: cwd,
    RUNNER_TEMP: scratch,
    GITHUB_ACTIONS: 'true',
    ...extraEnv
  }
  for (const [name, value] of Object.entries(inputs))
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
  const child = spawn(process.execPath, [path.resolve('dist/index.js')], {
    cwd,
    env,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', chunk => (stdout += chunk))
  child.stderr.on('data', chunk => (stderr += chunk))
  const code = await new Promise<number | null>(resolve => child.on('exit', resolve))
  const outputs = parseOutputFile(readFileSync(outputFile, 'utf8'))
  const summary = readFileSync(summaryFile, 'utf8')
  rmSync(scratch, { recursive: true, force: true })
  return { code, stdout, stderr, outputs, summary }
}

/** GITHUB_OUTPUT uses heredoc blocks: `name<<DELIMITER`, the value, `DELIMITER`. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[i])
    if (!match) continue
    const value: string[] = []
    for (i++; i < lines.length && lines[i] !== match[2]; i++) value.push(lines[i])
    outputs[match[1]] = value.join('\n')
  }
  return outputs
}
