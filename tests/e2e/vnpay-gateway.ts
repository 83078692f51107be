import {
  buildPaymentUrlSearchParams,
  calculateSecureHash,
  HashAlgorithm,
} from "vnpay"
import { expect, type APIRequestContext, type Page } from "@playwright/test"

const VNPAY_HOST = "https://sandbox.vnpayment.vn"

function terminal() {
  const tmnCode = process.env.VNPAY_TMN_CODE
  const secret = process.env.VNPAY_HASH_SECRET
  if (!tmnCode || !secret)
    throw new Error(
      "VNPAY_TMN_CODE / VNPAY_HASH_SECRET are not set (run through scripts/test.mjs)"
    )
  return { tmnCode, secret }
}

/**
 * VNPay's side, replaced at the HTTP boundary: its payment page is answered here instead of by
 * VNPay's sandbox, and its result is signed by the npm package `vnpay`, an implementation
 * independent of the market's.
 */
export async function interceptVnpayPage(page: Page) {
  const visits: string[] = []
  await page.route(`${VNPAY_HOST}/**`, (route) => {
    visits.push(route.request().url())
    return route.fulfill({
      contentType: "text/html; charset=utf-8",
      body: "<!doctype html><title>VNPay</title><h1>VNPay sandbox</h1>",
    })
  })
  return visits
}

/** The query VNPay sends to the IPN and the return URL after the shopper paid `paymentUrl`. */
export function vnpayResult(paymentUrl: string): string {
  const { tmnCode, secret } = terminal()
  const sent = new URL(paymentUrl).searchParams
  expect(sent.get("vnp_TmnCode")).toBe(tmnCode)
  const params: Record<string, string> = {
    vnp_Amount: sent.get("vnp_Amount") ?? "",
    vnp_BankCode: "NCB",
    vnp_BankTranNo: "VNP14880001",
    vnp_CardType: "ATM",
    vnp_OrderInfo: sent.get("vnp_OrderInfo") ?? "",
    vnp_PayDate: "20261207101500",
    vnp_ResponseCode: "00",
    vnp_TmnCode: tmnCode,
    vnp_TransactionNo: "14880001",
    vnp_TransactionStatus: "00",
    vnp_TxnRef: sent.get("vnp_TxnRef") ?? "",
  }
  const vnp_SecureHash = calculateSecureHash({
    secureSecret: secret,
    data: buildPaymentUrlSearchParams(params).toString(),
    hashAlgorithm: HashAlgorithm.SHA512,
    bufferEncode: "utf-8",
  })
  return new URLSearchParams({ ...params, vnp_SecureHash }).toString()
}

/** VNPay's server calls the IPN; the market confirms with RspCode 00. */
export async function sendVnpayIpn(request: APIRequestContext, query: string) {
  const response = await request.get(
    `${process.env.BACKEND_URL}/hooks/vnpay/ipn?${query}`
  )
  expect(await response.json()).toEqual({
    RspCode: "00",
    Message: "Confirm Success",
  })
}
