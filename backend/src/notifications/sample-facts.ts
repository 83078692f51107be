import { DEVELOPMENT_SECRET } from "../config/env"
import { qrImageUrl } from "../utils/qr-image"
import { buildVietQrPayload } from "../utils/vietqr"
import type {
  MessageFacts,
  MessageKind,
  MessageLine,
  MessageLocale,
} from "./kinds"

// One believable message of every kind, shared by the email preview (`npm run email:preview`)
// and the renderer's tests. QR images point at a backend started with `npm start`
// (localhost:9000, development secret), so that the preview shows them while it runs.

const STOREFRONT = "https://cho-xuan-tho.vn"
const ADMIN = "https://api.cho-xuan-tho.vn/app"
const LOCAL_BACKEND = {
  MEDUSA_BACKEND_URL: "http://localhost:9000",
  COOKIE_SECRET: DEVELOPMENT_SECRET,
}

const ORDER_ID = "order_01JZ8Q4M7R2XK5T9V3NB6WHC1D"
const DISPLAY_ID = 1024
const REFERENCE = "OCOP7K3Q9X"

const STRAWBERRIES: MessageLine = {
  title: "Dâu tây Nam Anh – hộp 500 g",
  quantity: 2,
  total: 240_000,
}
const PERSIMMONS: MessageLine = {
  title: "Hồng treo gió – túi 500 g",
  quantity: 1,
  total: 185_000,
  shipsOn: "2027-01-15",
}
const CELERY_POWDER: MessageLine = {
  title: "Bột cần tây sấy lạnh – hũ 100 g",
  quantity: 1,
  total: 95_000,
}
const BANANAS: MessageLine = {
  title: "Chuối Laba sấy dẻo – gói 250 g",
  quantity: 3,
  total: 150_000,
}

const ITEM_TOTAL = 670_000
const SHIPPING_TOTAL = 30_000
const TOTAL = ITEM_TOTAL + SHIPPING_TOTAL

export type SampleFacts = { [K in MessageKind]: MessageFacts[K] }

/** Every kind's facts as the dispatcher gathers them for a reader of `locale`. */
export function sampleFacts(locale: MessageLocale): SampleFacts {
  const storefront = `${STOREFRONT}/${locale}`
  const orderUrl = `${storefront}/orders/${ORDER_ID}`
  const inviteUrl = `${storefront}/portal/invite/Zk3vQ9mT2xLr8pWc4nHs7yBd1fGa6eJu0oKi5qVt3wE`
  return {
    "order-placed": {
      displayId: DISPLAY_ID,
      orderUrl,
      lines: [STRAWBERRIES, PERSIMMONS, CELERY_POWDER, BANANAS],
      itemTotal: ITEM_TOTAL,
      shippingTotal: SHIPPING_TOTAL,
      total: TOTAL,
      payment: {
        kind: "vietqr",
        reference: REFERENCE,
        amount: TOTAL,
        bankName: "VietinBank",
        accountNumber: "102874563910",
        accountName: "HTX NONG NGHIEP XUAN THO",
        qrImageUrl: qrImageUrl(
          buildVietQrPayload({
            bankBin: "970415",
            accountNumber: "102874563910",
            amount: TOTAL,
            purpose: REFERENCE,
          }),
          LOCAL_BACKEND
        ),
      },
      holdMinutes: 30,
    },
    "payment-received": {
      displayId: DISPLAY_ID,
      orderUrl,
      total: TOTAL,
    },
    "order-shipped": {
      displayId: DISPLAY_ID,
      orderUrl,
      producerName: "HTX Nông nghiệp Nam Anh",
      carrier: "Viettel Post",
      trackingNumber: "VTP2606210417",
      trackingUrl:
        "https://viettelpost.com.vn/tra-cuu-hanh-trinh-don/?code=VTP2606210417",
      lines: [STRAWBERRIES],
    },
    "order-cancelled": {
      displayId: DISPLAY_ID,
      orderUrl,
    },
    "payment-refunded": {
      displayId: DISPLAY_ID,
      orderUrl,
      amount: TOTAL,
    },
    "payment-expired": {
      displayId: DISPLAY_ID,
      orderUrl,
      graceHours: 24,
    },
    "producer-new-order": {
      producerName: "HTX Nông nghiệp Nam Anh",
      displayId: DISPLAY_ID,
      portalUrl: `${storefront}/portal/orders`,
      lines: [STRAWBERRIES],
      shipTo: {
        name: "Nguyễn Thị Thu Hà",
        phone: "+84912345678",
        lines: [
          "12 Đường Xuân Thọ, Tổ dân phố Đa Lộc",
          "Phường Xuân Thọ, Đà Lạt",
          "Lâm Đồng",
        ],
      },
    },
    "producer-low-stock": {
      producerName: "Cơ sở Hồng treo gió Xuân Thọ",
      productTitle: "Hồng treo gió",
      variantTitle: "Túi 500 g",
      stock: 3,
      threshold: 5,
      portalUrl: `${storefront}/portal/products/prod_01JZ8P2D4F6H8K0M2P4R6T8V0X`,
    },
    "phone-verification": {
      code: "048213",
      minutes: 10,
      signUpUrl: `${storefront}/account/sign-up`,
    },
    "order-transfer-requested": {
      displayId: 1042,
      accountEmail: "lan.tran@example.vn",
      acceptUrl: `${storefront}/account/orders/transfer?order=order_01JZ8P2D4F6H8K0M2P4R6T8V0X&token=0b6f1c9e-2d4a-4c8e-9f1a-3e5d7b9c1a2f`,
    },
    "producer-password-reset": {
      resetUrl: `${storefront}/portal/reset-password?token=eyJhbGciOiJIUzI1NiJ9.c2FtcGxl.c2lnbmF0dXJl&email=hoa.nguyen%40htxnamanh.vn`,
    },
    "producer-invite": {
      producerName: "Cơ sở Chuối Laba sấy Xuân Thọ",
      inviteUrl,
      qrImageUrl: qrImageUrl(inviteUrl, LOCAL_BACKEND),
      expiresAt: "2026-06-28T09:30:00.000Z",
    },
    "officer-producer-submitted": {
      producerName: "HTX Bột cần tây Xuân Thọ",
      adminUrl: `${ADMIN}/producers/prdcr_01JZ8NX3C5E7G9J1L3N5Q7S9U1`,
    },
    "officer-transfer-attention": {
      outcome: "underpaid",
      amount: 600_000,
      reference: REFERENCE,
      orderDisplayId: DISPLAY_ID,
      adminUrl: `${ADMIN}/bank-transfers`,
    },
  }
}
