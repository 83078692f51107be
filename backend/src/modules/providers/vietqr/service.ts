import type {
  AuthorizePaymentInput,
  AuthorizePaymentOutput,
  GetPaymentStatusInput,
  GetPaymentStatusOutput,
  InitiatePaymentInput,
  InitiatePaymentOutput,
  UpdatePaymentInput,
  UpdatePaymentOutput,
  WebhookActionResult,
} from "@medusajs/framework/types"
import { MedusaError, PaymentActions } from "@medusajs/framework/utils"
import { RecordOnlyPaymentProvider } from "../record-only-payment-provider"
import { providerSettings } from "../provider-settings"
import {
  buildVietQrPayload,
  generatePaymentReference,
} from "../../../utils/vietqr"
import { VietqrOptionsSchema, type VietqrOptions } from "./options"

/** What a VietQR payment session's `data` holds; the order page shows it to the shopper. */
export type VietqrSessionData = {
  reference: string
  payload: string
  amount: number
  currency_code: string
  bank_bin: string
  bank_name: string
  account_number: string
  account_name: string
  unpaid_lifetime_minutes: number
  /** Written by the store's payment-session route from the request, never by the shopper. */
  client_ip: string | null
}

/**
 * VietQR bank transfer (NAPAS 247). The order is placed as soon as the shopper chooses it
 * (`authorized`: waiting for the transfer); the bank webhook or an officer captures it later.
 */
class VietqrPaymentProviderService extends RecordOnlyPaymentProvider<VietqrOptions> {
  static identifier = "vietqr"

  static validateOptions(options: Record<string, unknown>) {
    providerSettings(VietqrOptionsSchema, "VietQR payment", options)
  }

  private readonly settings: VietqrOptions

  constructor(cradle: Record<string, unknown>, options: VietqrOptions) {
    super(cradle, options)
    this.settings = providerSettings(
      VietqrOptionsSchema,
      "VietQR payment",
      options
    )
  }

  private sessionData(
    amount: unknown,
    currency: string,
    reference: string,
    clientIp: unknown
  ) {
    if (currency.toLowerCase() !== "vnd") {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "VietQR transfers are in Vietnamese đồng only; choose the Việt Nam region"
      )
    }
    const wholeDong = Math.round(Number(amount))
    const data: VietqrSessionData = {
      reference,
      payload: buildVietQrPayload({
        bankBin: this.settings.bank_bin,
        accountNumber: this.settings.account_number,
        amount: wholeDong,
        purpose: reference,
      }),
      amount: wholeDong,
      currency_code: "vnd",
      bank_bin: this.settings.bank_bin,
      bank_name: this.settings.bank_name,
      account_number: this.settings.account_number,
      account_name: this.settings.account_name,
      unpaid_lifetime_minutes: this.settings.unpaid_lifetime_minutes,
      client_ip: typeof clientIp === "string" ? clientIp : null,
    }
    return data
  }

  async initiatePayment({
    amount,
    currency_code,
    data,
  }: InitiatePaymentInput): Promise<InitiatePaymentOutput> {
    const reference = generatePaymentReference()
    return {
      id: reference,
      status: "pending",
      data: this.sessionData(amount, currency_code, reference, data?.client_ip),
    }
  }

  async updatePayment({
    amount,
    currency_code,
    data,
  }: UpdatePaymentInput): Promise<UpdatePaymentOutput> {
    const reference =
      (data?.reference as string | undefined) ?? generatePaymentReference()
    return {
      status: "pending",
      data: this.sessionData(amount, currency_code, reference, data?.client_ip),
    }
  }

  async authorizePayment({
    data,
  }: AuthorizePaymentInput): Promise<AuthorizePaymentOutput> {
    return { status: "authorized", data }
  }

  async getPaymentStatus({
    data,
  }: GetPaymentStatusInput): Promise<GetPaymentStatusOutput> {
    return { status: "pending", data }
  }

  /**
   * Bank notifications are checked and applied synchronously by the middleware on
   * /hooks/payment/vietqr_vietqr (src/api/hooks), so the bank learns the truth in the response;
   * Medusa's delayed generic handler has nothing left to do.
   */
  async getWebhookActionAndData(): Promise<WebhookActionResult> {
    return { action: PaymentActions.NOT_SUPPORTED }
  }
}

export default VietqrPaymentProviderService
