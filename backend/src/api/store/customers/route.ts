import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type { HttpTypes } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
  Modules,
} from "@medusajs/framework/utils"
import { createCustomerAccountWorkflow } from "@medusajs/medusa/core-flows"
import { createPhoneCustomerAccountWorkflow } from "../../../workflows/accounts/create-phone-customer-account"

/** The phone a sign-up was made with (E.164), or null for an email sign-up. */
async function signUpPhone(
  req: AuthenticatedMedusaRequest,
  authIdentityId: string
): Promise<string | null> {
  const identity = await req.scope
    .resolve(Modules.AUTH)
    .retrieveAuthIdentity(authIdentityId, {
      relations: ["provider_identities"],
    })
  const identifier = identity.provider_identities?.find(
    (provider) => provider.provider === "emailpass"
  )?.entity_id
  return identifier?.startsWith("+84") ? identifier : null
}

/**
 * POST /store/customers — Medusa's handler at the same path (its validation and sign-in check
 * still run first), with one addition: a sign-up made with a phone, which the auth routes
 * accept only with that phone's Zalo code, becomes a customer with that phone and no email.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<HttpTypes.StoreCreateCustomer>,
  res: MedusaResponse
) {
  if (req.auth_context.actor_id) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "Request already authenticated as a customer."
    )
  }
  const authIdentityId = req.auth_context.auth_identity_id
  const phone = await signUpPhone(req, authIdentityId)
  const customerData = req.validatedBody
  const { result } = phone
    ? await createPhoneCustomerAccountWorkflow(req.scope).run({
        input: {
          phone,
          authIdentityId,
          customerData: {
            first_name: customerData.first_name,
            last_name: customerData.last_name,
            email: customerData.email,
          },
        },
      })
    : await createCustomerAccountWorkflow(req.scope).run({
        input: { customerData, authIdentityId },
      })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [customer],
  } = await query.graph({
    entity: "customer",
    fields: req.queryConfig.fields,
    filters: { id: result.id },
  })
  res.json({ customer })
}
