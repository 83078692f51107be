import { model } from "@medusajs/framework/utils"
import { BANK_TRANSACTION_OUTCOMES } from "../../../types/bank-transfer/module"

/**
 * One transaction as the bank's notifier (SePay format) reported it. `transaction_id` is unique,
 * so a delivery repeated or sent concurrently is recorded and acted on once.
 */
const BankTransaction = model
  .define("bank_transaction", {
    id: model.id({ prefix: "banktx" }).primaryKey(),
    transaction_id: model.text().unique(),
    gateway: model.text().nullable(),
    account_number: model.text().nullable(),
    transaction_date: model.text().nullable(),
    content: model.text().nullable(),
    transfer_type: model.enum(["in", "out"]),
    amount: model.bigNumber(),
    reference: model.text().nullable(),
    order_id: model.text().nullable(),
    outcome: model.enum([...BANK_TRANSACTION_OUTCOMES]),
    raw: model.json().nullable(),
  })
  .indexes([{ on: ["outcome"] }, { on: ["order_id"] }])

export default BankTransaction
