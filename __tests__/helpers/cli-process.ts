/**
 * A CLI process that stays up between runs, so that a test can start many runs of two processes at
 * once without paying Node's and the TypeScript loader's start each time. Each message is one argv; the
 * answer is the exit code and what the run printed.
 */
import { main } from '../../src/cli/main.js'

process.on('message', async (argv: string[]) => {
  let output = ''
  const write = (text: string) => void (output += text)
  const code = await main(argv, { stdout: { write }, stderr: { write }, env: {} })
  process.send!({ code, output })
})
process.send!('ready')
