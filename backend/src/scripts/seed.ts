// Seeds the demo market once: `npm start` runs it only while the store carries no seed mark, so a
// second start changes nothing. Sign-ins and the publishable key go to .data/seed.json.
import fs from "node:fs"
import path from "node:path"
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createMarketplaceListingWorkflow,
  createProducersWorkflow,
  linkProductsToProducerWorkflow,
  upsertOcopCertificateWorkflow,
} from "../workflows"
import { readMarketEnv } from "../config/env"
import {
  createAdminAccount,
  createOnboarderAccount,
  createProducerAccounts,
} from "./seed/accounts"
import { seedPromotionCodes } from "./seed/promotions"
import { attachCardPayments } from "./seed/card-payments"
import { attachVnpayPayments } from "./seed/vnpay-payments"
import { PRODUCERS, PRODUCTS } from "./seed/catalogue"
import { createCatalogueProducts } from "./seed/products"
import { applySeedPreorders } from "./seed/preorders"
import { applySeedSeasons } from "./seed/seasons"
import { setUpStore } from "./seed/store-setup"

export const SEED_MARK = "market_seed"
const SEED_VERSION = "1"

export default async function seedMarket({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const storeModule = container.resolve(Modules.STORE)
  const [store] = await storeModule.listStores()
  if (store?.metadata?.[SEED_MARK]) {
    logger.info("The market is already seeded; nothing to do.")
    return
  }

  logger.info("Seeding store, region, shipping and the publishable key…")
  const setup = await setUpStore(container)
  // Cards and VNPay join VietQR in the region when they are configured.
  await attachCardPayments(container)
  await attachVnpayPayments(container)

  logger.info("Seeding producers and OCOP products…")
  const { result: producers } = await createProducersWorkflow(container).run({
    input: { producers: PRODUCERS },
  })
  const producerIds = new Map(
    producers.map((producer) => [producer.handle, producer.id])
  )
  const productIds = await createCatalogueProducts(container, setup)

  for (const producer of PRODUCERS) {
    const ids = PRODUCTS.filter(
      (product) => product.producer === producer.handle
    ).map((product) => productIds.get(product.handle)!)
    if (ids.length) {
      await linkProductsToProducerWorkflow(container).run({
        input: {
          producer_id: producerIds.get(producer.handle)!,
          product_ids: ids,
        },
      })
    }
  }
  for (const product of PRODUCTS) {
    const productId = productIds.get(product.handle)!
    await upsertOcopCertificateWorkflow(container).run({
      input: {
        product_id: productId,
        stars: product.ocop.stars,
        decision_number: product.ocop.decision_number,
        issuing_level: "province",
        issued_at: new Date(product.ocop.issued_at),
      },
    })
    for (const listing of product.listings) {
      await createMarketplaceListingWorkflow(container).run({
        input: {
          product_id: productId,
          marketplace: listing.marketplace,
          url: listing.url,
        },
      })
    }
  }

  await applySeedSeasons(container)
  await applySeedPreorders(container)
  await seedPromotionCodes(container)

  logger.info("Seeding the demo sign-ins…")
  const admin = await createAdminAccount(container, "canbo@xuantho.demo")
  const producerAccounts = await createProducerAccounts(
    container,
    [
      {
        email: "namanh@xuantho.demo",
        name: "Nam Anh",
        producer_handle: "namanh-farm",
      },
      {
        email: "vuonnha@xuantho.demo",
        name: "HTX Vườn Nhà",
        producer_handle: "htx-vuon-nha-da-lat",
      },
    ],
    producerIds
  )
  const onboarder = await createOnboarderAccount(container, {
    email: "tocongnghe@xuantho.demo",
    name: "Tổ công nghệ số thôn Xuân Thành",
    team: "Tổ công nghệ số cộng đồng",
    village: "Thôn Xuân Thành",
  })

  await storeModule.updateStores(setup.storeId, {
    metadata: { [SEED_MARK]: SEED_VERSION },
  })

  writeSeedOutput({
    publishable_key: setup.publishableKey,
    accounts: { admin, producers: producerAccounts, onboarder },
    vietqr: vietqrSettings(),
  })
  logger.info(
    `Seeded ${PRODUCERS.length} producers and ${PRODUCTS.length} products.`
  )
}

// The demo receiving account and webhook key, so a developer can post a test bank notification.
function vietqrSettings() {
  const env = readMarketEnv()
  return {
    bank_bin: env.VIETQR_BANK_BIN,
    account_number: env.VIETQR_ACCOUNT_NUMBER,
    account_name: env.VIETQR_ACCOUNT_NAME,
    webhook_key: env.VIETQR_WEBHOOK_KEY,
  }
}

function writeSeedOutput(output: Record<string, unknown>) {
  const dataDir =
    process.env.MARKET_DATA_DIR ?? path.resolve(process.cwd(), "..", ".data")
  fs.mkdirSync(dataDir, { recursive: true })
  fs.writeFileSync(
    path.join(dataDir, "seed.json"),
    `${JSON.stringify(output, null, 2)}\n`,
    { mode: 0o600 }
  )
}
