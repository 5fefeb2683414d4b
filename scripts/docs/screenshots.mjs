// Renders sample reviews (job summaries and pull-request comments) as GitHub would, and screenshots
// them with headless Chromium into docs/review-*.png. No network: the page is local, the CSS inline.
//   node scripts/docs/screenshots.mjs [--markdown <dir>]   (--markdown also keeps each sample's Markdown)
import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { register } from 'node:module'
import path from 'node:path'
import { Marked } from 'marked'
import { sampleRuns } from './samples.mjs'

register('../ts-resolve.mjs', import.meta.url)
const { runBatch } = await import('../../src/engine/index.ts')
const { buildComment, buildFailureReport, buildSummary } = await import('../../src/action/summary.ts')

const WIDTH = 920
const CSS = `
body { margin: 0; background: #fff; color: #1f2328; font: 14px/1.5 -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; }
.frame { margin: 16px; border: 1px solid #d1d9e0; border-radius: 6px; }
.title { padding: 8px 16px; background: #f6f8fa; border-bottom: 1px solid #d1d9e0; border-radius: 6px 6px 0 0; color: #59636e; }
.markdown-body { padding: 16px 24px; overflow-wrap: break-word; }
h2 { font-size: 1.5em; font-weight: 600; padding-bottom: .3em; border-bottom: 1px solid #d1d9e0b3; margin: 0 0 16px; }
h3 { font-size: 1.25em; font-weight: 600; margin: 24px 0 16px; }
p, table, details, ul { margin: 0 0 16px; }
a { color: #0969da; text-decoration: none; }
code { padding: .2em .4em; font: 85% ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, monospace; background: #818b981f; border-radius: 6px; white-space: break-spaces; }
table { border-collapse: collapse; display: block; width: max-content; max-width: 100%; overflow: auto; }
th, td { padding: 6px 13px; border: 1px solid #d1d9e0; }
th { font-weight: 600; }
tr:nth-child(2n) { background: #f6f8fa; }
summary { cursor: pointer; }
ul { padding-left: 2em; }
.emoji { display: inline-block; width: 1.1em; height: 1.1em; line-height: 1.1em; border-radius: 4px; color: #fff; text-align: center; font-size: .9em; vertical-align: -0.1em; }
.ok { background: #1a7f37; } .warn { background: #bf8700; } .bad { background: #cf222e; } .box { background: #8c6b3f; }
`

// The machine that makes the screenshots may have no colour emoji font: the verdict's emoji are drawn.
const EMOJI = { '✅': ['ok', '✓'], '⚠️': ['warn', '!'], '❌': ['bad', '✕'], '📦': ['box', '▣'] }
const drawEmoji = html =>
  html.replace(/✅|⚠️|❌|📦/g, emoji => `<span class="emoji ${EMOJI[emoji][0]}">${EMOJI[emoji][1]}</span>`)

/** `open`: which collapsed blocks (by order on the page) to show opened, as a reader would click them. */
function page(title, markdown, open = []) {
  let seen = 0
  const body = drawEmoji(new Marked({ gfm: true }).parse(markdown)).replace(/<details>/g, tag =>
    open.includes(seen++) ? '<details open>' : tag
  )
  const measure = `<script>addEventListener('load', () => document.body.dataset.height = Math.ceil(document.querySelector('.frame').getBoundingClientRect().bottom) + 16)</script>`
  return `<!doctype html><html><head><meta charset="utf-8"><style>${CSS}</style>${measure}</head><body><div class="frame"><div class="title">${title}</div><div class="markdown-body">${body}</div></div></body></html>`
}

function chromium(args) {
  return execFileSync(
    'chromium',
    ['--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', ...args],
    {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore']
    }
  )
}

function screenshot([name, title, markdown, open], work) {
  const html = path.join(work, `${name}.html`)
  writeFileSync(html, page(title, markdown, open))
  const url = `file://${html}`
  const dom = chromium([`--window-size=${WIDTH},800`, '--dump-dom', url])
  const height = Math.min(4000, Number(/data-height="(\d+)"/.exec(dom)?.[1] ?? 1200))
  const png = path.resolve('docs', `review-${name}.png`)
  chromium([`--window-size=${WIDTH},${height}`, `--screenshot=${png}`, url])
  console.log(`${png} (${WIDTH}×${height})`)
}

const args = process.argv.slice(2)
const markdownDir = args.includes('--markdown') ? args[args.indexOf('--markdown') + 1] : undefined
const runs = await sampleRuns(runBatch)
const context = { sha: '9f3c2a1b7d4e', runUrl: 'https://github.com/acme/shop/actions/runs/42' }
const artifact = { id: 7, name: 'slices', url: `${context.runUrl}/artifacts/7`, files: 0 }
const samples = [
  [
    'passing',
    'Job summary',
    buildSummary(runs.passing, {
      ...context,
      spec: 'examples/store-platform.yaml',
      artifact: { ...artifact, files: runs.passing.files.length + 1 }
    })
  ],
  ['failing', 'Pull-request comment', buildComment(runs.failing, { ...context, spec: 'openapi/shop.json' })],
  ['big', 'Pull-request comment', buildComment(runs.big, { ...context, spec: 'api.github.com.json' })],
  [
    'big-opened',
    'Pull-request comment, its operations opened',
    buildComment(runs.big, { ...context, spec: 'api.github.com.json' }),
    [2, 3]
  ],
  [
    'early-failure',
    'Pull-request comment',
    buildFailureReport(runs.early, { ...context, spec: 'openapi.yaml' })
  ]
]
mkdirSync('docs', { recursive: true })
for (const sample of samples) {
  if (markdownDir) writeFileSync(path.join(markdownDir, `review-${sample[0]}.md`), sample[2])
  screenshot(sample, runs.dir)
}
