// Demo sign-ins: passwords are generated on first seed and written to .data/seed.json only.
import { randomBytes } from "node:crypto"
import { createUserAccountWorkflow } from "@medusajs/medusa/core-flows"
import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createOnboarderWorkflow } from "../../workflows/onboarding/create-onboarder"
import { createProducerMemberWorkflow } from "../../workflows/producer/create-producer-member"

export type DemoAccount = { email: string; password: string }

export function generatePassword() {
  return randomBytes(12).toString("base64url")
}

/** Creates a commune officer who signs in to Medusa Admin. */
export async function createAdminAccount(
  container: MedusaContainer,
  email: string
): Promise<DemoAccount> {
  const authModule = container.resolve(Modules.AUTH)
  const password = generatePassword()
  const { authIdentity, error } = await authModule.register("emailpass", {
    body: { email, password },
  } as Parameters<typeof authModule.register>[1])
  if (error || !authIdentity) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Could not create the admin sign-in ${email}: ${error}`
    )
  }
  await createUserAccountWorkflow(container).run({
    input: {
      authIdentityId: authIdentity.id,
      userData: { email, first_name: "Cán bộ", last_name: "Xã Xuân Thọ" },
    },
  })
  return { email, password }
}

export type ProducerAccount = DemoAccount & { producer_handle: string }

/** Creates one portal sign-in (the `producer` actor) for each producer handle given. */
export async function createProducerAccounts(
  container: MedusaContainer,
  members: { email: string; name: string; producer_handle: string }[],
  producerIds: Map<string, string>
): Promise<ProducerAccount[]> {
  const authModule = container.resolve(Modules.AUTH)
  const accounts: ProducerAccount[] = []
  for (const member of members) {
    const password = generatePassword()
    const { authIdentity, error } = await authModule.register("emailpass", {
      body: { email: member.email, password },
    } as Parameters<typeof authModule.register>[1])
    if (error || !authIdentity) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Could not create the producer sign-in ${member.email}: ${error}`
      )
    }
    await createProducerMemberWorkflow(container).run({
      input: {
        producer_id: producerIds.get(member.producer_handle)!,
        email: member.email,
        name: member.name,
        auth_identity_id: authIdentity.id,
      },
    })
    accounts.push({
      email: member.email,
      password,
      producer_handle: member.producer_handle,
    })
  }
  return accounts
}

export type OnboarderAccount = DemoAccount & { name: string; team: string }

/** Creates the tech-team volunteer who signs in to the onboarding screens. */
export async function createOnboarderAccount(
  container: MedusaContainer,
  volunteer: { email: string; name: string; team: string; village: string }
): Promise<OnboarderAccount> {
  const authModule = container.resolve(Modules.AUTH)
  const password = generatePassword()
  const { authIdentity, error } = await authModule.register("emailpass", {
    body: { email: volunteer.email, password },
  } as Parameters<typeof authModule.register>[1])
  if (error || !authIdentity) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Could not create the volunteer sign-in ${volunteer.email}: ${error}`
    )
  }
  await createOnboarderWorkflow(container).run({
    input: {
      ...volunteer,
      phone: "+84987654321",
      auth_identity_id: authIdentity.id,
    },
  })
  return {
    email: volunteer.email,
    password,
    name: volunteer.name,
    team: volunteer.team,
  }
}
