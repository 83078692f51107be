import { MedusaService } from "@medusajs/framework/utils"
import MessagePreference from "./models/message-preference"
import StockAlert from "./models/stock-alert"

export type RecipientType = "member" | "officer"

class MessagingModuleService extends MedusaService({
  MessagePreference,
  StockAlert,
}) {
  /** The `recipient_id:kind` pairs among these recipients that were turned off. */
  async mutedPairs(
    recipientType: RecipientType,
    recipientIds: string[]
  ): Promise<Set<string>> {
    if (!recipientIds.length) {
      return new Set()
    }
    const muted = await this.listMessagePreferences({
      recipient_type: recipientType,
      recipient_id: recipientIds,
      enabled: false,
    })
    return new Set(muted.map((pref) => `${pref.recipient_id}:${pref.kind}`))
  }

  /** Stores a recipient's choices, replacing earlier ones for the same kinds. */
  async setPreferences(
    recipientType: RecipientType,
    recipientId: string,
    choices: Record<string, boolean>
  ): Promise<void> {
    const existing = await this.listMessagePreferences({
      recipient_type: recipientType,
      recipient_id: recipientId,
      kind: Object.keys(choices),
    })
    const byKind = new Map(existing.map((pref) => [pref.kind, pref]))
    const updates = existing
      .filter((pref) => pref.enabled !== choices[pref.kind])
      .map((pref) => ({ id: pref.id, enabled: choices[pref.kind] }))
    const creates = Object.entries(choices)
      .filter(([kind]) => !byKind.has(kind))
      .map(([kind, enabled]) => ({
        recipient_type: recipientType,
        recipient_id: recipientId,
        kind,
        enabled,
      }))
    if (updates.length) {
      await this.updateMessagePreferences(updates)
    }
    if (creates.length) {
      await this.createMessagePreferences(creates)
    }
  }
}

export default MessagingModuleService
