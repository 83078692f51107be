import type { CreateCustomerDTO } from "@medusajs/framework/types"
import {
  createCustomersWorkflow,
  setAuthAppMetadataStep,
} from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { validatePhoneAccountStep } from "./steps/validate-phone-account"

export type CreatePhoneCustomerAccountInput = {
  /** The number the shopper proved with its Zalo code, in E.164: the sign-in's identifier. */
  phone: string
  authIdentityId: string
  customerData: Omit<CreateCustomerDTO, "phone" | "has_account">
}

export const createPhoneCustomerAccountWorkflowId =
  "create-phone-customer-account"

/**
 * Medusa's `create-customer-account` for a shopper who signed up with a phone instead of an
 * email (Medusa requires an email there): the customer gets the proven number and is linked to
 * the sign-in, or neither happens.
 */
export const createPhoneCustomerAccountWorkflow = createWorkflow(
  createPhoneCustomerAccountWorkflowId,
  (input: CreatePhoneCustomerAccountInput) => {
    validatePhoneAccountStep(transform({ input }, ({ input }) => input))
    const customers = createCustomersWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({
        customersData: [
          { ...input.customerData, phone: input.phone, has_account: true },
        ],
      })),
    })
    const customer = transform({ customers }, ({ customers }) => customers[0])
    setAuthAppMetadataStep({
      authIdentityId: input.authIdentityId,
      actorType: "customer",
      value: customer.id,
    })
    return new WorkflowResponse(customer)
  }
)
