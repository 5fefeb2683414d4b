/**
 * A column of index.csv is listed once (output/index-csv.ts) and given its value once (index-rows.ts,
 * or index-facts.ts when it is read from the built slice): every row has exactly the listed columns,
 * whether the slice was built (its facts, as a worker thread sends them too) or not.
 */
import { describe, expect, it } from '@jest/globals'
import { sliceFacts } from '../../../src/engine/batch/index-facts.js'
import { indexRows } from '../../../src/engine/batch/index-rows.js'
import type { SliceResult } from '../../../src/engine/batch/result.js'
import { INDEX_COLUMNS } from '../../../src/engine/index.js'
import type { JsonObject } from '../../../src/engine/json-value.js'
import { enumerateOperations } from '../../../src/engine/openapi/operations.js'

const doc: JsonObject = {
  openapi: '3.1.0',
  info: { title: 't', version: '1' },
  paths: {
    '/pets/{id}': {
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
      get: { responses: { '200': { description: 'ok' }, '404': { description: 'no' } } }
    }
  },
  components: { schemas: { Pet: { type: 'object' } } }
}
const operations = enumerateOperations(doc)

function result(facts: SliceResult['facts']): SliceResult {
  return {
    groupId: operations[0].key,
    kind: 'operation',
    label: operations[0].key,
    fileName: 'pets-id_GET.yaml',
    operations,
    services: [],
    status: facts ? 'PASS' : 'SKIPPED',
    failures: [],
    notes: [],
    facts,
    elapsedMs: 0
  }
}

describe('index rows', () => {
  it('have every listed column and no other, for a built slice and for one never built', () => {
    for (const facts of [sliceFacts(doc, operations), undefined]) {
      const [row] = indexRows(result(facts), doc, 'now', '3.1')
      expect(Object.keys(row).sort()).toEqual([...INDEX_COLUMNS].sort())
    }
  })

  it('read the facts from the slice when it was built, and from the source otherwise', () => {
    const [built] = indexRows(result(sliceFacts(doc, operations)), doc, 'now', '3.0')
    expect(built).toMatchObject({
      schema_count: '1',
      parameter_count: '1',
      response_codes: '200;404',
      security_required: 'false',
      output_oas_version: '3.1.0'
    })
    const [unbuilt] = indexRows(result(undefined), doc, 'now', '3.0')
    expect(unbuilt).toMatchObject({ schema_count: '', parameter_count: '1', output_oas_version: '3.0' })
  })
})
