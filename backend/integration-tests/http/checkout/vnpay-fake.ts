// The spec's VNPAY_* settings: a sandbox terminal that never reaches VNPay.
export const VNPAY_SETTINGS = {
  VNPAY_TMN_CODE: "XUANTHO1",
  VNPAY_HASH_SECRET: "XUANTHOVNPAYTESTSECRET0123456789",
  VNPAY_URL: "https://sandbox.vnpayment.vn/paymentv2/vpcpay.html",
}

let transactionNo = 14_000_000

// `vnpay` ships as an ES module; the backend compiles to CommonJS, which may only import() it.
const loadVnpay = () => import("vnpay")
type VnpayPackage = Awaited<ReturnType<typeof loadVnpay>>

/**
 * VNPay's side of the protocol, played by the npm package `vnpay`: an implementation
 * independent of ours, so a signature both accept is VNPay's format and not only our own.
 */
export async function startVnpayGateway() {
  const vnpay: VnpayPackage = await loadVnpay()
  const gateway = new vnpay.VNPay({
    tmnCode: VNPAY_SETTINGS.VNPAY_TMN_CODE,
    secureSecret: VNPAY_SETTINGS.VNPAY_HASH_SECRET,
    vnpayHost: "https://sandbox.vnpayment.vn",
    testMode: true,
  })

  /** Signs parameters as VNPay does, with `secret` (another one forges a notification). */
  function sign(
    params: Record<string, string>,
    secret = VNPAY_SETTINGS.VNPAY_HASH_SECRET
  ): Record<string, string> {
    const vnp_SecureHash = vnpay.calculateSecureHash({
      secureSecret: secret,
      data: vnpay.buildPaymentUrlSearchParams(params).toString(),
      hashAlgorithm: vnpay.HashAlgorithm.SHA512,
      bufferEncode: "utf-8",
    })
    return { ...params, vnp_SecureHash }
  }

  /**
   * The query VNPay sends to the IPN and to the return URL once the shopper has paid (or
   * cancelled) the attempt of `paymentUrl`: our own fields echoed, VNPay's result added, signed.
   */
  function result(
    paymentUrl: string,
    overrides: Record<string, string> = {},
    secret?: string
  ): Record<string, string> {
    const sent = Object.fromEntries(new URL(paymentUrl).searchParams.entries())
    transactionNo += 1
    return sign(
      {
        vnp_Amount: sent.vnp_Amount,
        vnp_BankCode: "NCB",
        vnp_BankTranNo: `VNP${transactionNo}`,
        vnp_CardType: "ATM",
        vnp_OrderInfo: sent.vnp_OrderInfo,
        vnp_PayDate: "20261206173005",
        vnp_ResponseCode: "00",
        vnp_TmnCode: sent.vnp_TmnCode,
        vnp_TransactionNo: String(transactionNo),
        vnp_TransactionStatus: "00",
        vnp_TxnRef: sent.vnp_TxnRef,
        ...overrides,
      },
      secret
    )
  }

  /** True when the package accepts the payment URL's signature as VNPay would. */
  function acceptsPaymentUrl(paymentUrl: string): boolean {
    const query = Object.fromEntries(new URL(paymentUrl).searchParams.entries())
    return gateway.verifyReturnUrl(
      query as unknown as Parameters<typeof gateway.verifyReturnUrl>[0]
    ).isVerified
  }

  return { sign, result, acceptsPaymentUrl }
}

export type VnpayGateway = Awaited<ReturnType<typeof startVnpayGateway>>

export const queryString = (params: Record<string, string>) =>
  new URLSearchParams(params).toString()
