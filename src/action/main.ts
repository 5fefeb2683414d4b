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
import { uploadFiles, uploadSlices, type UploadedArtifact } from './artifact.js'
import { mergeRequestFrom, readInputs, requestFrom, type ActionInputs, type Input } from './inputs.js'
import type { ActionLog } from './log.js'
import { mergeOutputValues, outputValues } from './outputs.js'
import { upsertPullRequestComment } from './pr-comment.js'
import { ActionProgress } from './progress.js'
import { buildSummary } from './summary.js'

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
async function runMerge(request: MergeRequest, inputs: ActionInputs, env: NodeJS.ProcessEnv): Promise<void> {
  const result = await mergeShards(request)
  let artifact: UploadedArtifact | undefined
  if (inputs.uploadArtifact) {
    const files = [...result.fileNames.map(name => path.join(result.outputDir, name)), result.indexPath]
    const outcome = await uploadFiles(files, result.outputDir, inputs.artifactName, inputs.retentionDays, env)
    if ('uploaded' in outcome) artifact = outcome.uploaded
    else coreLog.notice(outcome.skipped, { title: 'slice-oas: artifact' })
  }
  for (const [name, value] of Object.entries(mergeOutputValues(result, artifact))) core.setOutput(name, value)
  const artifactLine = artifact
    ? `\n📦 Artifact: [${artifact.name}](${artifact.url}) (${artifact.files} files)\n`
    : ''
  await core.summary
    .addRaw(
      `## slice-oas: merged ${result.shards} shard(s)\n\n${result.files} file(s), ${result.operations} operation(s), ${result.failed} failed · pass rate ${result.passRate}%\n${artifactLine}`
    )
    .write()
  if (!result.meetsMinimum) {
    core.setFailed(
      `The validation pass rate of the merged shards is ${result.passRate}%, below the minimum of ${result.minPassRate}%: ${result.failed} operation(s) failed.`
    )
  }
}

async function commentOnPr(token: string, summary: string, log: ActionLog): Promise<void> {
  const outcome = await upsertPullRequestComment(token, summary)
  if ('warning' in outcome) log.warning(outcome.warning, { title: 'slice-oas: pull-request comment' })
  else if ('skipped' in outcome) log.info(outcome.skipped)
  else log.info(`The pull-request comment was ${outcome.commented}.`)
}

/**
 * @param workers the slice-pool worker entry beside the bundle; without it, slices are made on one thread.
 */
export async function run(env: NodeJS.ProcessEnv = process.env, workers?: WorkerScript): Promise<void> {
  const log = coreLog
  try {
    const inputs = readInputs((name: Input) => core.getInput(name))
    // slice-oas.config.yaml in the workspace is read when no other config is named.
    const configFile = findConfigFile(inputs.configFile, env.GITHUB_WORKSPACE ?? process.cwd())
    const config = configFile ? (await loadConfig(configFile)).options : undefined
    if (inputs.merge.length > 0) return await runMerge(mergeRequestFrom(inputs, config), inputs, env)
    const request = await requestFrom(inputs, config)
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
    let artifact: UploadedArtifact | undefined
    let artifactNote: string | undefined
    if (inputs.uploadArtifact && !result.dryRun) {
      const outcome = await uploadSlices(result, inputs.artifactName, inputs.retentionDays, env)
      if ('uploaded' in outcome) artifact = outcome.uploaded
      else {
        artifactNote = outcome.skipped
        log.notice(outcome.skipped, { title: 'slice-oas: artifact' })
      }
    }
    for (const [name, value] of Object.entries(outputValues(result, artifact))) core.setOutput(name, value)
    const summary = buildSummary(result, artifact, artifactNote)
    await core.summary.addRaw(summary).write()
    if (inputs.commentOnPr) await commentOnPr(inputs.githubToken, summary, log)

    if (stopped) throw stopped
    if (!result.passed) {
      core.setFailed(
        `The validation pass rate is ${result.passRate}%, below the minimum of ${result.minPassRate}%: ${result.failed} slice(s) failed. The annotations and the job summary name them.`
      )
    } else {
      log.info(
        `slice-oas: ${result.extracted} slice(s) written to ${result.outputDir}, pass rate ${result.passRate}%${result.threads > 1 ? `, on ${result.threads} threads` : ''}.`
      )
    }
    if (result.changeGate?.message) core.setFailed(result.changeGate.message)
  } catch (error) {
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
}
