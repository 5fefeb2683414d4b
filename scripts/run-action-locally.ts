// Runs the built action on this machine the way the runner does, with the test harness's loopback
// stand-ins for the results service, the blob store and the GitHub API:
//   node --import ./scripts/ts-loader.mjs scripts/run-action-locally.ts spec=examples/store-platform.yaml output-dir=local-slices
// Every `name=value` argument becomes the input of that name.
import { runAction, startRunnerServices } from '../__tests__/helpers/runner-harness.js'

const inputs: Record<string, string> = { spec: 'examples/store-platform.yaml', 'output-dir': 'local-slices' }
for (const argument of process.argv.slice(2)) {
  const at = argument.indexOf('=')
  if (at > 0) inputs[argument.slice(0, at)] = argument.slice(at + 1)
}
const services = await startRunnerServices()
try {
  const run = await runAction(inputs, services.env, process.cwd())
  process.stdout.write(run.stdout)
  process.stderr.write(run.stderr)
  process.stdout.write(
    `\n--- outputs ---\n${JSON.stringify(run.outputs, null, 2)}\n--- step summary ---\n${run.summary}`
  )
  for (const artifact of services.finalized) {
    const entries = await services.readArtifact(artifact.name)
    process.stdout.write(`--- artifact ${artifact.name} (id ${artifact.id}): ${entries.size} files ---\n`)
  }
  process.exitCode = run.code ?? 1
} finally {
  await services.close()
}
