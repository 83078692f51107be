import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  generateJwtToken,
  Modules,
} from "@medusajs/framework/utils"

export type RequestHeaders = { headers: Record<string, string> }

/**
 * Creates a commune officer (Medusa `user` + emailpass auth identity) and returns headers
 * carrying a bearer token for it, as the admin dashboard would after signing in.
 */
export async function createAdminHeaders(
  container: MedusaContainer,
  email = "officer@xuantho.test"
): Promise<RequestHeaders> {
  const userModule = container.resolve(Modules.USER)
  const authModule = container.resolve(Modules.AUTH)
  const user = await userModule.createUsers({
    email,
    first_name: "Cán bộ",
    last_name: "Xã",
  })
  const authIdentity = await authModule.createAuthIdentities({
    provider_identities: [{ provider: "emailpass", entity_id: email }],
    app_metadata: { user_id: user.id },
  })
  const { projectConfig } = container.resolve(
    ContainerRegistrationKeys.CONFIG_MODULE
  )
  const token = generateJwtToken(
    {
      actor_id: user.id,
      actor_type: "user",
      auth_identity_id: authIdentity.id,
      app_metadata: { user_id: user.id },
    },
    { secret: projectConfig.http.jwtSecret, expiresIn: "1h" }
  )
  return { headers: { authorization: `Bearer ${token}` } }
}
