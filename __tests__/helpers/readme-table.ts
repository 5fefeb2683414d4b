/** The rows of the first table under a README heading, each as its trimmed cells (code spans unwrapped). */
import { readFileSync } from 'node:fs'

export function readmeTable(heading: string): string[][] {
  const lines = readFileSync('README.md', 'utf8').split('\n')
  const start = lines.indexOf(heading)
  if (start < 0) throw new Error(`README.md has no heading "${heading}"`)
  const rows: string[][] = []
  for (const line of lines.slice(start + 1)) {
    if (line.startsWith('#')) break
    if (!line.startsWith('|')) {
      if (rows.length > 0) break
      continue
    }
    const cells = line
      .slice(1, -1)
      .split('|')
      .map(cell => cell.trim())
    if (cells.every(cell => /^:?-+:?$/.test(cell))) continue
    rows.push(cells.map(cell => cell.replace(/^`([^`]*)`$/, '$1')))
  }
  return rows.slice(1)
}
