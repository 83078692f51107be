import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

/**
 * An emailpass sign-in made in-process, as an accepted invite or an officer would make it:
 * self-registration over HTTP is refused for members and volunteers.
 */
export async function registerEmailpassIdentity(
  container: MedusaContainer,
  email: string,
  password: string
): Promise<string> {
  const auth = container.resolve(Modules.AUTH)
  const { authIdentity, error } = await auth.register("emailpass", {
    body: { email, password },
  } as Parameters<typeof auth.register>[1])
  if (error || !authIdentity) {
    throw new Error(`Could not register ${email}: ${error}`)
  }
  return authIdentity.id
}
