import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import {
  type NotificationSettingsBody,
  type NotificationSettingsResponse,
  respondWithNotificationSettings,
  updateNotificationSettings,
} from "../../utils/notification-settings"

/** Which messages the signed-in officer receives (submitted producers, transfers to act on). */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<NotificationSettingsResponse>
) => {
  await respondWithNotificationSettings(
    req,
    res,
    "officer",
    req.auth_context.actor_id
  )
}

export const POST = async (
  req: AuthenticatedMedusaRequest<NotificationSettingsBody>,
  res: MedusaResponse<NotificationSettingsResponse>
) => {
  await updateNotificationSettings(
    req,
    res,
    "officer",
    req.auth_context.actor_id
  )
}
