import { isIP } from "node:net"
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
import { isVnpaySuccess } from "../../../domain/vnpay-ipn"
import {
  newTxnRef,
  VNPAY_PAYMENT_MINUTES,
  VNPAY_VERSION,
  type VnpayParams,
  verifyVnpayParams,
  vnpayDate,
  vnpayLocale,
  vnpayPaymentUrl,
  withoutDiacritics,
} from "../../../utils/vnpay"
import { VnpayOptionsSchema, type VnpayOptions } from "./options"

/** The result VNPay signed for an attempt, as the IPN received it. */
export type VnpayRecordedResult = { params: VnpayParams; recorded_at: string }

/** What a VNPay payment session's `data` holds; the storefront redirects to `payment_url`. */
export type VnpaySessionData = {
  session_id: string
  txn_ref: string
  payment_url: string
  /** Whole đồng; VNPay's `vnp_Amount` is this × 100. */
  amount: number
  currency_code: "vnd"
  expires_at: string
  locale: "vi" | "en"
  client_ip: string
  /** Written through the IPN only; null until VNPay has answered for this attempt. */
  vnp_result: VnpayRecordedResult | null
  vnp_response_code: string | null
  vnp_transaction_status: string | null
  vnp_transaction_no: string | null
  vnp_amount_matched: boolean | null
}

const FALLBACK_CLIENT_IP = "127.0.0.1"

/**
 * An attempt without a result. Written out explicitly because Medusa stores the shopper's own
 * `data` under ours: a result the shopper sends when creating the session is overwritten.
 */
const UNSETTLED = {
  vnp_result: null,
  vnp_response_code: null,
  vnp_transaction_status: null,
  vnp_transaction_no: null,
  vnp_amount_matched: null,
} as const

/**
 * VNPay (domestic ATM cards through NAPAS, bank QR, wallets), protocol 2.1.0. Each attempt is
 * a signed payment URL; VNPay's IPN records the result on the session and completes the cart,
 * so a cart is authorized only by a result VNPay signed.
 */
class VnpayPaymentProviderService extends RecordOnlyPaymentProvider<VnpayOptions> {
  static identifier = "vnpay"

  static validateOptions(options: Record<string, unknown>) {
    providerSettings(VnpayOptionsSchema, "VNPay payment", options)
  }

  private readonly settings: VnpayOptions

  constructor(cradle: Record<string, unknown>, options: VnpayOptions) {
    super(cradle, options)
    this.settings = providerSettings(
      VnpayOptionsSchema,
      "VNPay payment",
      options
    )
  }

  /** A new attempt: a new reference and payment URL; any earlier result is forgotten. */
  private newAttempt(
    amount: unknown,
    currency: string,
    data: Record<string, unknown> | undefined
  ): VnpaySessionData {
    if (currency.toLowerCase() !== "vnd") {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "VNPay nhận thanh toán bằng đồng Việt Nam: hãy chọn khu vực Việt Nam / VNPay takes Vietnamese đồng only: choose the Việt Nam region"
      )
    }
    const sessionId =
      typeof data?.session_id === "string" ? data.session_id : ""
    const txnRef = newTxnRef(sessionId)
    const wholeDong = Math.round(Number(amount))
    const locale = data?.locale === "en" ? "en" : "vi"
    const clientIp =
      typeof data?.client_ip === "string" && isIP(data.client_ip)
        ? data.client_ip
        : FALLBACK_CLIENT_IP
    // Whole seconds, as VNPay's dates are, so `expires_at` is exactly vnp_ExpireDate.
    const now = new Date(Math.floor(Date.now() / 1000) * 1000)
    const expires = new Date(now.getTime() + VNPAY_PAYMENT_MINUTES * 60_000)
    const params: VnpayParams = {
      vnp_Version: VNPAY_VERSION,
      vnp_Command: "pay",
      vnp_TmnCode: this.settings.tmn_code,
      vnp_Amount: String(wholeDong * 100),
      vnp_CurrCode: "VND",
      vnp_TxnRef: txnRef,
      vnp_OrderInfo: withoutDiacritics(`Thanh toán đơn hàng ${txnRef}`),
      vnp_OrderType: "other",
      vnp_Locale: vnpayLocale(locale),
      vnp_ReturnUrl: `${this.settings.storefront_url.replace(/\/+$/, "")}/${locale}/vnpay-return`,
      vnp_IpAddr: clientIp,
      vnp_CreateDate: vnpayDate(now),
      vnp_ExpireDate: vnpayDate(expires),
    }
    return {
      session_id: sessionId,
      txn_ref: txnRef,
      payment_url: vnpayPaymentUrl(
        this.settings.payment_url,
        params,
        this.settings.hash_secret
      ),
      amount: wholeDong,
      currency_code: "vnd",
      expires_at: expires.toISOString(),
      locale,
      client_ip: clientIp,
      ...UNSETTLED,
    }
  }

  /** The result on `data` when VNPay signed it for this very attempt; null otherwise. */
  private signedResult(data: Record<string, unknown> | undefined) {
    const result = data?.vnp_result as VnpayRecordedResult | null | undefined
    if (!result?.params) {
      return null
    }
    const { params } = result
    const signed =
      verifyVnpayParams(params, this.settings.hash_secret) &&
      params.vnp_TmnCode === this.settings.tmn_code &&
      params.vnp_TxnRef === data?.txn_ref
    return signed ? params : null
  }

  async initiatePayment({
    amount,
    currency_code,
    data,
  }: InitiatePaymentInput): Promise<InitiatePaymentOutput> {
    const attempt = this.newAttempt(amount, currency_code, data)
    return { id: attempt.txn_ref, status: "pending", data: attempt }
  }

  /**
   * Three cases. The IPN records VNPay's signed result on the session: the attempt is kept and
   * the result's fields are derived here from the signed parameters. An update that leaves the
   * amount unchanged keeps the attempt, so an IPN VNPay may still send for it finds it. A new
   * amount needs a new attempt (a new reference and payment URL).
   */
  async updatePayment({
    amount,
    currency_code,
    data,
  }: UpdatePaymentInput): Promise<UpdatePaymentOutput> {
    if (!data?.vnp_result) {
      const sameAttempt =
        typeof data?.txn_ref === "string" &&
        typeof data.payment_url === "string" &&
        Number(data.amount) === Math.round(Number(amount)) &&
        currency_code.toLowerCase() === "vnd"
      return {
        status: "pending",
        data: sameAttempt
          ? { ...data, ...UNSETTLED }
          : this.newAttempt(amount, currency_code, data),
      }
    }
    const params = this.signedResult(data)
    if (!params) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "This VNPay result is not signed by VNPay for this payment attempt; start a new attempt instead"
      )
    }
    const paid = isVnpaySuccess(
      params.vnp_ResponseCode,
      params.vnp_TransactionStatus
    )
    return {
      status: paid ? "pending" : "error",
      data: {
        ...data,
        vnp_response_code: params.vnp_ResponseCode ?? null,
        vnp_transaction_status: params.vnp_TransactionStatus ?? null,
        vnp_transaction_no: params.vnp_TransactionNo ?? null,
        vnp_amount_matched:
          params.vnp_Amount === String(Math.round(Number(amount)) * 100),
      },
    }
  }

  /** True when VNPay signed a successful payment of this attempt's amount. */
  private paid(data: Record<string, unknown> | undefined): boolean {
    const params = this.signedResult(data)
    return (
      !!params &&
      isVnpaySuccess(params.vnp_ResponseCode, params.vnp_TransactionStatus) &&
      params.vnp_Amount === String(Number(data?.amount) * 100)
    )
  }

  /** Authorized only by a successful result VNPay signed for this attempt and amount. */
  async authorizePayment({
    data,
  }: AuthorizePaymentInput): Promise<AuthorizePaymentOutput> {
    if (!this.paid(data)) {
      throw new MedusaError(
        MedusaError.Types.PAYMENT_AUTHORIZATION_ERROR,
        "VNPay chưa xác nhận thanh toán này: hãy thanh toán trên trang VNPay, đơn hàng sẽ được tạo ngay khi VNPay báo đã nhận tiền / VNPay has not confirmed this payment: pay on VNPay's page, the order is placed as soon as VNPay reports the money received"
      )
    }
    return { status: "authorized", data }
  }

  async getPaymentStatus({
    data,
  }: GetPaymentStatusInput): Promise<GetPaymentStatusOutput> {
    return { status: this.paid(data) ? "authorized" : "pending", data }
  }

  /**
   * VNPay's IPN (GET /hooks/vnpay/ipn) is checked and applied synchronously, because VNPay reads
   * the outcome from the response; Medusa's delayed generic handler has nothing left to do.
   */
  async getWebhookActionAndData(): Promise<WebhookActionResult> {
    return { action: PaymentActions.NOT_SUPPORTED }
  }
}

export default VnpayPaymentProviderService
