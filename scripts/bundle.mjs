// Builds dist/ with @vercel/ncc: the action (dist/index.js), the CLI (dist/cli/index.js) and the slice
// pool's worker (dist/worker/index.js), all ESM.
// The output is deterministic, so CI can rebuild it and fail on any difference (a stale bundle).
import { execFileSync } from 'node:child_process'
import { existsSync, rmSync, writeFileSync, chmodSync, readFileSync } from 'node:fs'

const entries = [
  { source: 'src/index.ts', out: 'dist' },
  { source: 'src/cli.ts', out: 'dist/cli' },
  // The slice pool's worker thread: ncc does not follow `new Worker(...)`, so it is an entry of its own.
  { source: 'src/worker.ts', out: 'dist/worker' }
]
// The structure phase's validators are generated source (Ajv standalone code); make them fresh first.
execFileSync(process.execPath, ['scripts/generate-validators.mjs'], { stdio: 'inherit' })
rmSync('dist', { recursive: true, force: true })
for (const { source, out } of entries) {
  if (!existsSync(source)) continue
  execFileSync(
    'npx',
    ['ncc', 'build', source, '-o', out, '--license', 'licenses.txt', '--target', 'es2022', '--quiet'],
    { stdio: 'inherit' }
  )
}
// The bundles are ESM: say so beside them, whatever package.json they end up next to.
writeFileSync('dist/package.json', JSON.stringify({ type: 'module' }, null, 2) + '\n')
const cli = 'dist/cli/index.js'
if (existsSync(cli)) {
  const text = readFileSync(cli, 'utf8')
  if (!text.startsWith('#!')) writeFileSync(cli, '#!/usr/bin/env node\n' + text)
  chmodSync(cli, 0o755)
}
