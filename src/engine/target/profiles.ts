/** Every gateway profile, by name. */
import { APIGEE } from './apigee.js'
import { AWS_APIGATEWAY } from './aws-apigateway.js'
import { AZURE_APIM } from './azure-apim.js'
import { GOOGLE_API_GATEWAY } from './google-api-gateway.js'
import { KONG } from './kong.js'
import type { TargetName, TargetProfile, TargetRule } from './target-rule.js'

export const PROFILES: Readonly<Record<TargetName, TargetProfile>> = {
  'aws-apigateway': AWS_APIGATEWAY,
  'azure-apim': AZURE_APIM,
  'google-api-gateway': GOOGLE_API_GATEWAY,
  apigee: APIGEE,
  kong: KONG
}

/** Every rule of every profile, with its gateway. */
export function ruleTable(): (TargetRule & { target: TargetName })[] {
  return Object.values(PROFILES).flatMap(profile =>
    profile.rules.map(rule => ({ ...rule, target: profile.name }))
  )
}
