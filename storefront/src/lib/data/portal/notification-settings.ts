"use server"

import { revalidatePath } from "next/cache"
import { localeOf } from "@/lib/data/shared/form-input"
import { messageOf } from "@/lib/data/shared/actor-session"
import { producerFetch } from "./fetch"

/** The messages a member may turn on and off. */
export type MemberMessageKind = "producer-new-order" | "producer-low-stock"

export type NotificationSetting = { kind: MemberMessageKind; enabled: boolean }

export type NotificationSettingState =
  { status: "idle" | "saved" } | { status: "error"; message: string }

/** Which messages the signed-in member receives (all on until turned off). */
export async function getNotificationSettings(
  locale: string
): Promise<NotificationSetting[]> {
  const { settings } = await producerFetch<{
    settings: NotificationSetting[]
  }>("/producer/me/notification-settings", { locale })
  return settings
}

/** Turns one kind on or off: the form sends `kind` and `enabled` ("true" or "false"). */
export async function saveNotificationSetting(
  _previous: NotificationSettingState,
  formData: FormData
): Promise<NotificationSettingState> {
  const locale = localeOf(formData)
  const kind = String(formData.get("kind") ?? "")
  try {
    await producerFetch("/producer/me/notification-settings", {
      method: "POST",
      body: { settings: { [kind]: formData.get("enabled") === "true" } },
      locale,
    })
  } catch (error) {
    return { status: "error", message: messageOf(error) }
  }
  revalidatePath(`/${locale}/portal/settings`)
  return { status: "saved" }
}
