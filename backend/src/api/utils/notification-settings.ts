import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { settingKindsFor } from "../../domain/message-audience"
import { MESSAGING_MODULE } from "../../modules/messaging"
import type MessagingModuleService from "../../modules/messaging/service"
import { setMessagePreferencesWorkflow } from "../../workflows/messaging/set-message-preferences"

type Audience = "member" | "officer"

export type NotificationSettingsResponse = {
  settings: { kind: string; enabled: boolean }[]
}

/**
 * `{ settings: { "<kind>": true | false } }` with only the kinds this audience may turn on and
 * off; an unknown kind is named in the answer.
 */
export const notificationSettingsBody = (audience: Audience) => {
  const kinds: string[] = settingKindsFor(audience)
  return z
    .object({
      settings: z
        .record(z.string(), z.boolean({ error: "must be true or false" }))
        .superRefine((settings, ctx) => {
          for (const kind of Object.keys(settings)) {
            if (!kinds.includes(kind)) {
              ctx.addIssue({
                code: "custom",
                path: [kind],
                message: `unknown notification kind "${kind}": use one of ${kinds.join(", ")}`,
              })
            }
          }
        }),
    })
    .strict()
}

export type NotificationSettingsBody = {
  settings: Record<string, boolean>
}

/** Every kind this recipient may choose, on unless they turned it off. */
export async function respondWithNotificationSettings(
  req: MedusaRequest,
  res: MedusaResponse<NotificationSettingsResponse>,
  audience: Audience,
  recipientId: string
) {
  const messaging = req.scope.resolve<MessagingModuleService>(MESSAGING_MODULE)
  const muted = await messaging.mutedPairs(audience, [recipientId])
  res.json({
    settings: settingKindsFor(audience).map((kind) => ({
      kind,
      enabled: !muted.has(`${recipientId}:${kind}`),
    })),
  })
}

export async function updateNotificationSettings(
  req: MedusaRequest<NotificationSettingsBody>,
  res: MedusaResponse<NotificationSettingsResponse>,
  audience: Audience,
  recipientId: string
) {
  await setMessagePreferencesWorkflow(req.scope).run({
    input: {
      recipient_type: audience,
      recipient_id: recipientId,
      choices: req.validatedBody.settings,
    },
  })
  await respondWithNotificationSettings(req, res, audience, recipientId)
}
