import type { FilterableCustomerProps } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"

export const validatePhoneAccountStepId = "validate-phone-account"

/** One account per phone, as Medusa allows one account per email. Reads only. */
export const validatePhoneAccountStep = createStep(
  validatePhoneAccountStepId,
  async (input: { phone: string }, { container }) => {
    const existing = await container
      .resolve(Modules.CUSTOMER)
      // Medusa's filter type omits phone, a plain column its repository filters like any other.
      .listCustomers({
        phone: input.phone,
        has_account: true,
      } as FilterableCustomerProps)
    if (existing.length) {
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        "Số điện thoại này đã có tài khoản: hãy đăng nhập / This phone number already has an account: sign in"
      )
    }
  }
)
