/**
 * The action: reads the inputs, runs one batch, and reports it the runner's way: progress in a log
 * group, annotations on the spec, outputs, the job summary, the artifact, an optional pull-request
 * comment, and the quality gate. Bad inputs fail the step with a plain sentence and no stack trace.
 */
import * as core from '@actions/core'
import path from 'node:path'
import {
  BatchStoppedError,
  describeError,
  isSliceOasError,
  loadConfig,
  findConfigFile,
  mergeShards,
  type MergeRequest,
  runBatch,
  sourceDateClock,
  type BatchResult,
  type WorkerScript
} from '../engine/index.js'
import { annotate } from './annotations.js'
import {
  OVERWRITE_ARTIFACT,
  uploadFiles,
  uploadSlices,
  type UploadedArtifact,
  type UploadOptions
} from './artifact.js'
import {
  mergeRequestFrom,
  readCommentSettings,
  readInputs,
  requestFrom,
  type ActionInputs,
  type Input
} from './inputs.js'
import { plural, type ActionLog } from './log.js'
import { mergeOutputValues, outputValues } from './outputs.js'
import { publish, type PublishPorts } from './publish.js'
import { ActionProgress } from './progress.js'
import { reviewedSha, runUrl, workspaceSpec } from './review-context.js'
import { buildMergeSummary } from './review/merge-summary.js'
import { buildComment, buildFailureReport, buildSummary, type ReviewContext } from './summary.js'

export const coreLog: ActionLog = {
  info: message => core.info(message),
  debug: message => core.debug(message),
  notice: (message, props) => core.notice(message, props),
  warning: (message, props) => core.warning(message, props),
  error: (message, props) => core.error(message, props),
  startGroup: name => core.startGroup(name),
  endGroup: () => core.endGroup()
}

/** The follow-up job of a sharded workflow: one folder and one index from the shards' artifacts. */
async function runMerge(
  request: MergeRequest,
  inputs: ActionInputs,
  context: ReviewContext,
  env: NodeJS.ProcessEnv
): Promise<void> {
  const result = await mergeShards(request)
  let artifact: UploadedArtifact | undefined
  if (inputs.uploadArtifact) {
    const files = [...result.fileNames.map(name => path.join(result.outputDir, name)), result.indexPath]
    const outcome = await uploadFiles(files, result.outputDir, uploadOptions(inputs), env)
    if ('uploaded' in outcome) artifact = logUploaded(outcome.uploaded)
    else coreLog.notice(outcome.skipped, { title: 'slice-oas: artifact' })
  }
  for (const [name, value] of Object.entries(mergeOutputValues(result, artifact))) core.setOutput(name, value)
  await core.summary.addRaw(buildMergeSummary(result, { ...context, artifact })).write()
  if (!result.meetsMinimum) {
    core.setFailed(
      `The validation pass rate of the merged shards is ${result.passRate}%, below the minimum of ${result.minPassRate}%: ${plural(result.failed, 'operation')} failed.`
    )
  }
}

function uploadOptions(inputs: ActionInputs): UploadOptions {
  return {
    name: inputs.artifactName,
    retentionDays: inputs.retentionDays,
    replace: inputs.adapter[OVERWRITE_ARTIFACT] === true
  }
}

function logUploaded(artifact: UploadedArtifact): UploadedArtifact {
  coreLog.info(
    `The artifact ${artifact.name} (${plural(artifact.files, 'file')}) was uploaded: ${artifact.url}`
  )
  return artifact
}

const ports: PublishPorts = {
  log: coreLog,
  writeSummary: async markdown => {
    await core.summary.addRaw(markdown).write()
  }
}

/** A run that has a result: its summary, its comment, then the gate. */
async function reportResult(
  result: BatchResult,
  inputs: ActionInputs,
  context: ReviewContext,
  env: NodeJS.ProcessEnv,
  stopped: boolean
): Promise<void> {
  const failed = stopped || !result.passed
  const changed = (result.comparison?.changedOperations.length ?? 0) > 0
  await publish(
    {
      summary: buildSummary(result, context),
      comment: buildComment(result, context),
      spec: context.spec,
      failed,
      changed
    },
    { mode: inputs.commentOnPr, token: inputs.githubToken },
    env,
    ports
  )
}

/** Slices, annotates, uploads and sets the outputs; the result, and whether a signal stopped it. */
async function slice(
  inputs: ActionInputs,
  config: Awaited<ReturnType<typeof loadConfig>>['options'] | undefined,
  context: ReviewContext,
  env: NodeJS.ProcessEnv,
  workers: WorkerScript | undefined
): Promise<{ result: BatchResult; stopped?: BatchStoppedError }> {
  const log = coreLog
  const request = await requestFrom(inputs, config)
  context.spec = workspaceSpec(request.spec, env)
  const progress = new ActionProgress(log)
  let result: BatchResult
  let stopped: BatchStoppedError | undefined
  try {
    result = await runBatch(
      request,
      {
        onStart: start => progress.start(start),
        onSlice: (_slice, done) => progress.update(done),
        onLockWait: file => log.info(`Waiting for another run to finish with the output folder (${file})…`)
      },
      { now: sourceDateClock(env.SOURCE_DATE_EPOCH), workers }
    )
  } catch (error) {
    if (!(error instanceof BatchStoppedError)) throw error
    stopped = error
    result = error.result
  } finally {
    progress.finish()
  }
  annotate(result, log, env.GITHUB_WORKSPACE ?? process.cwd(), request.spec)
  if (inputs.uploadArtifact && !result.dryRun) {
    const outcome = await uploadSlices(result, uploadOptions(inputs), env)
    if ('uploaded' in outcome) context.artifact = logUploaded(outcome.uploaded)
    else {
      context.artifactNote = outcome.skipped
      log.notice(outcome.skipped, { title: 'slice-oas: artifact' })
    }
  }
  for (const [name, value] of Object.entries(outputValues(result, context.artifact)))
    core.setOutput(name, value)
  return { result, stopped }
}

function gate(result: BatchResult): void {
  if (!result.passed) {
    core.setFailed(
      `The validation pass rate is ${result.passRate}%, below the minimum of ${result.minPassRate}%: ${plural(result.failed, 'slice')} failed. The annotations and the job summary name them.`
    )
  } else {
    coreLog.info(
      `slice-oas: ${plural(result.extracted, 'slice')} written to ${result.outputDir}, pass rate ${result.passRate}%${result.threads > 1 ? `, on ${result.threads} threads` : ''}.`
    )
  }
}

/** Fails the step with the error, on the spec's line when it has one. */
function fail(error: unknown, env: NodeJS.ProcessEnv): void {
  const location = isSliceOasError(error) ? error.location : undefined
  if (location?.line) {
    // Point the failure at the spec's line: the same as setFailed, with the file and line attached.
    const file = path.relative(env.GITHUB_WORKSPACE ?? process.cwd(), location.file) || location.file
    core.error(describeError(error), {
      title: 'slice-oas',
      file,
      startLine: location.line,
      startColumn: location.column
    })
    process.exitCode = core.ExitCode.Failure
  } else {
    core.setFailed(describeError(error))
  }
  if (!isSliceOasError(error) && error instanceof Error && error.stack) core.debug(error.stack)
}

/**
 * @param workers the slice-pool worker entry beside the bundle; without it, slices are made on one thread.
 */
export async function run(env: NodeJS.ProcessEnv = process.env, workers?: WorkerScript): Promise<void> {
  const get = (name: Input) => core.getInput(name)
  // Known before anything can fail, so that even an early failure names its spec, commit and run.
  const context: ReviewContext = {
    spec: workspaceSpec(get('spec').trim(), env),
    sha: reviewedSha(env),
    runUrl: runUrl(env)
  }
  let reported = false
  try {
    const inputs = readInputs(get)
    // slice-oas.config.yaml in the workspace is read when no other config is named.
    const configFile = findConfigFile(inputs.configFile, env.GITHUB_WORKSPACE ?? process.cwd())
    const config = configFile ? (await loadConfig(configFile)).options : undefined
    if (!context.spec && config?.spec) context.spec = workspaceSpec(config.spec, env)
    if (inputs.merge.length > 0) return await runMerge(mergeRequestFrom(inputs, config), inputs, context, env)
    const { result, stopped } = await slice(inputs, config, context, env, workers)
    await reportResult(result, inputs, context, env, stopped !== undefined)
    reported = true
    if (stopped) throw stopped
    gate(result)
    if (result.changeGate?.message) core.setFailed(result.changeGate.message)
  } catch (error) {
    if (!reported) {
      const report = buildFailureReport(error, context)
      const review = { summary: report, comment: report, spec: context.spec, failed: true, changed: false }
      await publish(review, readCommentSettings(get), env, ports)
    }
    fail(error, env)
  }
}
