/**
 * Where a place of the converted 3.0 document stood in the Swagger 2.0 text, so that a failure in a
 * converted document is still located on its own line: `components/schemas` were `definitions`, a
 * response's `content/<type>/schema` was its `schema`, a parameter's `schema` was the parameter itself.
 * A place with no 2.0 counterpart (a request body) maps to the nearest one that had.
 */
import type { PointerTokens } from '../pointer.js'

const SECTIONS: Record<string, string> = {
  schemas: 'definitions',
  parameters: 'parameters',
  requestBodies: 'parameters',
  responses: 'responses',
  securitySchemes: 'securityDefinitions'
}

export function swaggerPointer(tokens: PointerTokens): PointerTokens {
  const [first, second, name, ...rest] = tokens
  if (first === 'components' && second !== undefined && Object.hasOwn(SECTIONS, second)) {
    if (name === undefined) return [SECTIONS[second]]
    const inner =
      second === 'responses' ? responseRest(rest) : second === 'parameters' ? parameterRest(rest) : rest
    return [SECTIONS[second], name, ...(second === 'requestBodies' ? [] : inner)]
  }
  if (first === 'paths' && tokens.length > 3) {
    const [, path, method, field, ...more] = tokens
    if (field === 'requestBody') return ['paths', path, method, 'parameters']
    if (field === 'responses' && more.length > 0)
      return ['paths', path, method, 'responses', more[0], ...responseRest(more.slice(1))]
    if (field === 'parameters' && more.length > 0)
      return ['paths', path, method, 'parameters', more[0], ...parameterRest(more.slice(1))]
  }
  return [...tokens]
}

/** `content/<type>/schema/…` was `schema/…`; a header's `schema/…` was the header itself. */
function responseRest(rest: PointerTokens): PointerTokens {
  if (rest[0] === 'content') return rest[2] === 'schema' ? ['schema', ...rest.slice(3)] : []
  if (rest[0] === 'headers' && rest[2] === 'schema') return ['headers', rest[1], ...rest.slice(3)]
  return rest
}

function parameterRest(rest: PointerTokens): PointerTokens {
  return rest[0] === 'schema' ? rest.slice(1) : rest
}
