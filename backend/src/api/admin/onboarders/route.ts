import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createOnboarderAccountWorkflow } from "../../../workflows/accounts/create-onboarder-account"
import { readOnboarderForOfficer } from "./helpers"
import { ONBOARDER_FIELDS } from "./query-config"
import type { AdminCreateOnboarderType } from "./validators"

/** The tech-team volunteers, for the admin's "onboarded by" filter and their accounts. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: onboarders } = await query.graph({
    entity: "onboarder",
    fields: [...ONBOARDER_FIELDS, "producers.id"],
    pagination: { order: { name: "ASC" } },
  })
  res.json({
    onboarders: onboarders.map(({ producers, ...onboarder }) => ({
      ...onboarder,
      producer_count: (producers ?? []).filter(Boolean).length,
    })),
    count: onboarders.length,
  })
}

/** An officer creates a volunteer, who then signs in with this email and password. */
export const POST = async (
  req: MedusaRequest<AdminCreateOnboarderType>,
  res: MedusaResponse
) => {
  const { result } = await createOnboarderAccountWorkflow(req.scope).run({
    input: req.validatedBody,
  })
  const onboarder = await readOnboarderForOfficer(req, result.id)
  res.status(201).json({ onboarder })
}
