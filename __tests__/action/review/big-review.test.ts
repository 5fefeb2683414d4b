/**
 * The big review: GitHub's REST description against a base with a third of its paths removed, run for
 * real (a dry run, so nothing is written), must give a comment a reviewer can read on GitHub.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { buildComment, buildSummary } from '../../../src/action/summary.js'
import { runBatch, type BatchResult } from '../../../src/engine/index.js'
import { githubRestJson } from '../../helpers/corpora.js'
import { gfmProblems } from '../../helpers/gfm-check.js'
import { context, expectReadable } from './fixtures.js'

let dir: string
let result: BatchResult
let comment: string
let summary: string

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'slice-oas-big-review-'))
  const doc = JSON.parse(readFileSync(githubRestJson, 'utf8'))
  const kept = Object.keys(doc.paths).filter((_, i) => i % 3 !== 0)
  const base = { ...doc, paths: Object.fromEntries(kept.map(key => [key, doc.paths[key]])) }
  writeFileSync(path.join(dir, 'base.json'), JSON.stringify(base))
  result = await runBatch({
    spec: githubRestJson,
    baseSpec: path.join(dir, 'base.json'),
    outputDir: path.join(dir, 'out'),
    dryRun: true
  })
  comment = buildComment(result, context)
  summary = buildSummary(result, context)
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const beforeDetails = (markdown: string) => markdown.slice(0, markdown.indexOf('<details'))

describe('the big review of GitHub’s description', () => {
  it('gives a comment under 60 lines before its first <details>, no table over 8 columns, nothing struck', () => {
    expect(gfmProblems(comment, { maxLinesBeforeDetails: 60 })).toEqual([])
    expectReadable(comment, { maxLinesBeforeDetails: 60 })
    expectReadable(summary)
    expect(comment.length).toBeLessThan(30_000)
  })

  it('heads the comparison with one short line: counts and the three biggest services', () => {
    const added = result.comparison!.operations.filter(op => op.change === 'added').length
    expect(added).toBeGreaterThan(300)
    const headline = comment.split('\n').filter(line => line.includes('Since the base spec'))[0]
    expect(headline).toMatch(
      new RegExp(
        `^\\*\\*Since the base spec:\\*\\* ${added} operations added in \\d+ services — \\S+ \\(\\d+\\), \\S+ \\(\\d+\\), \\S+ \\(\\d+\\), …$`
      )
    )
    expect(headline.length).toBeLessThan(160)
    expect(
      beforeDetails(comment)
        .split('\n')
        .filter(line => line.startsWith('##'))
    ).toHaveLength(1)
  })

  it('collapses unchanged services instead of listing all-zero rows', () => {
    const rows = comment.split('\n').filter(line => /^\| [^-|]/.test(line))
    // Service rows of the comparison: Service | Added | Unchanged (nothing removed or changed here).
    expect(comment).toContain('| Service | Added | Unchanged |')
    for (const row of rows.filter(line => line.split('|').length === 5 && !line.startsWith('| Service')))
      expect(row).not.toMatch(/^\| [^|]+ \| 0 \|/)
    expect(comment).toMatch(/<summary>\d+ services? unchanged since the base spec<\/summary>/)
  })

  it('lists operations grouped by service, sorted by path, and links the job summary for the rest', () => {
    const blocks = comment.split('<summary>').slice(1)
    const service = blocks.find(block => /^repos: \d+ added<\/summary>/.test(block))!
    const paths = [...service.matchAll(/^- `[A-Z]+ ([^`]+)` added$/gm)].map(match => match[1])
    expect(paths).toHaveLength(10)
    expect(paths).toEqual([...paths].sort())
    expect(service).toMatch(/^- … and \d+ more operations$/m)
    // One block per service of the table (30 in a comment), then what is left, linked.
    expect(comment.match(/<summary>[\w-]+: \d+ added<\/summary>/g)).toHaveLength(30)
    expect(comment).toMatch(
      /\n… and \d+ more operations in other services; the \[job summary\]\(https:\/\/github\.com\/acme\/shop\/actions\/runs\/42\) lists every one\.\n/
    )
    // The summary lists every changed operation.
    expect(summary).not.toContain('more operations')
    expect(summary.match(/^- `[A-Z]+ [^`]+` added$/gm)).toHaveLength(
      result.comparison!.changedOperations.length
    )
  })
})
