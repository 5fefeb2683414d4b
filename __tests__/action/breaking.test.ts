import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { annotate } from '../../src/action/annotations.js'
import { MAX_BREAKING_ANNOTATIONS } from '../../src/action/breaking-annotations.js'
import type { ActionLog } from '../../src/action/log.js'
import { Output, outputValues } from '../../src/action/outputs.js'
import { breakingSection, breakingVerdict, COMMENT_BREAKING } from '../../src/action/review/breaking.js'
import { loadConfig, runBatch, type BatchResult, type ReviewedCause } from '../../src/engine/index.js'
import { writeBreakingPair } from '../helpers/breaking-pair.js'
import { gfmProblems } from '../helpers/gfm-check.js'

let dir: string
let result: BatchResult
beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'slice-oas-action-breaking-'))
  const files = writeBreakingPair(dir)
  const config = (await loadConfig(files.config)).options
  result = await runBatch({
    ...config,
    spec: files.head,
    baseSpec: files.base,
    outputDir: path.join(dir, 'out'),
    failOnChange: 'error'
  })
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function recordingLog() {
  const lines: { level: string; message: string; props?: object }[] = []
  const record = (level: string) => (message: string, props?: object) =>
    void lines.push({ level, message, props })
  const log: ActionLog = {
    info: record('info'),
    debug: record('debug'),
    notice: record('notice'),
    warning: record('warning'),
    error: record('error'),
    startGroup: record('group'),
    endGroup: () => undefined
  }
  return { log, lines }
}

describe('the action on changes since the base spec', () => {
  it('annotates each cause at its level: a removal on the base line, an addition on the head line', () => {
    const { log, lines } = recordingLog()
    annotate(result, log, dir)
    expect(lines.filter(line => line.level === 'error')).toEqual([
      {
        level: 'error',
        message: expect.stringMatching(
          /^`#\/paths\/~1users~1\{id\}\/delete`: [^\n]*\. \(DELETE \/users\/\{id\} in users\)\. To accept it, add fingerprint [0-9a-f]{16} to accepted-changes\.$/
        ),
        props: expect.objectContaining({
          title: 'slice-oas: api-path-removed-without-deprecation (error)',
          file: 'base.yaml',
          startLine: 10
        })
      }
    ])
    expect(lines.filter(line => line.level === 'notice')).toEqual([
      expect.objectContaining({
        props: expect.objectContaining({
          title: 'slice-oas: endpoint-added (info)',
          file: 'head.yaml',
          startLine: 14
        })
      })
    ])
  })

  it('annotates a few causes per level, then counts the rest in one notice', () => {
    const cause = result.comparison!.breaking.causes[0]
    const many: ReviewedCause[] = Array.from({ length: MAX_BREAKING_ANNOTATIONS + 3 }, () => cause)
    const crowded = {
      ...result,
      comparison: { ...result.comparison!, breaking: { ...result.comparison!.breaking, causes: many } }
    }
    const { log, lines } = recordingLog()
    annotate(crowded, log, dir)
    expect(lines.filter(line => line.level === 'error')).toHaveLength(MAX_BREAKING_ANNOTATIONS)
    expect(lines.at(-1)?.message).toMatch(/^3 more causes of change since the base spec are not annotated/)
  })

  it('sets breaking-services and breaking-operations as JSON arrays', () => {
    const values = outputValues(result, undefined)
    expect(JSON.parse(values[Output.BreakingServices])).toEqual(['users'])
    expect(JSON.parse(values[Output.BreakingOperations])).toEqual(['DELETE /users/{id}'])
  })

  it('gives the summary a verdict and a section naming each service, cause, pointer and fingerprint', () => {
    expect(breakingVerdict(result)).toBe('1 service has breaking changes: users (1)')
    const text = breakingSection(result).join('\n')
    expect(text).toContain('**Breaking changes:** 1 service has breaking changes: users (1).')
    expect(text).toMatch(/❌ fail-on-change is error: 1 cause/)
    expect(text).toContain('<summary>users: 1 error</summary>')
    const { message } = result.comparison!.breaking.causes.find(cause => cause.level === 'error')!
    expect(message).toContain('`#/paths/~1users~1{id}/delete`')
    expect(text).toContain(`| ❌ error | \`api-path-removed-without-deprecation\` | ${message} | 1 |`)
    expect(text).toContain('<summary>orders: 1 info</summary>')
    const fingerprint = result.comparison!.breaking.changes[0].fingerprint
    expect(text).toContain(`  - \`DELETE /users/{id}\`: fingerprint \`${fingerprint}\``)
    expect(text).toContain(`accepted-changes:\n  - fingerprint: ${fingerprint}\n`)
    // Errors come first: the breaking service leads.
    expect(text.indexOf('<summary>users')).toBeLessThan(text.indexOf('<summary>orders'))
    expect(gfmProblems(`## ❌ the verdict\n\n${text}`)).toEqual([])
  })

  it('keeps the comment to the services a change may break', () => {
    const text = breakingSection(result, COMMENT_BREAKING).join('\n')
    expect(text).toContain('<summary>users: 1 error</summary>')
    expect(text).not.toContain('<summary>orders')
    expect(text).toContain('1 service has only compatible changes; the job summary lists them.')
  })

  it('has nothing to say without a base spec', () => {
    const plain = { ...result, comparison: undefined }
    expect(breakingVerdict(plain)).toBeUndefined()
    expect(breakingSection(plain)).toEqual([])
  })
})
