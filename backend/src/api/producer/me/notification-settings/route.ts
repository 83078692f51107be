import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import {
  type NotificationSettingsBody,
  type NotificationSettingsResponse,
  respondWithNotificationSettings,
  updateNotificationSettings,
} from "../../../utils/notification-settings"
import { resolveProducerScope } from "../../helpers"

/** Which messages the signed-in member receives (new paid orders, low stock). */
export const GET = async (
  req: MedusaRequest,
  res: MedusaResponse<NotificationSettingsResponse>
) => {
  const { member } = await resolveProducerScope(req)
  await respondWithNotificationSettings(req, res, "member", member.id)
}

export const POST = async (
  req: MedusaRequest<NotificationSettingsBody>,
  res: MedusaResponse<NotificationSettingsResponse>
) => {
  const { member } = await resolveProducerScope(req)
  await updateNotificationSettings(req, res, "member", member.id)
}
