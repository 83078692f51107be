"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import {
  type NotificationSetting,
  type NotificationSettingState,
  saveNotificationSetting,
} from "@/lib/data/portal/notification-settings"
import type { Locale } from "@/i18n/routing"

const initialState: NotificationSettingState = { status: "idle" }

/** One kind of email, whether it is on, and the button that turns it the other way. */
export default function MessageSettingForm({
  setting,
  locale,
}: {
  setting: NotificationSetting
  locale: Locale
}) {
  const t = useTranslations("portal.settings")
  const [state, formAction, pending] = useActionState(
    saveNotificationSetting,
    initialState
  )
  return (
    <form
      action={formAction}
      data-testid={`portal-message-setting-${setting.kind}`}
      className="flex flex-wrap items-center justify-between gap-3 rounded-2xl border border-earth-200 bg-white p-4"
    >
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="kind" value={setting.kind} />
      <input type="hidden" name="enabled" value={String(!setting.enabled)} />
      <div className="min-w-0 flex-1">
        <p className="font-semibold">{t(`kinds.${setting.kind}.title`)}</p>
        <p className="text-sm text-stone-600">
          {t(`kinds.${setting.kind}.hint`)}
        </p>
        <p
          className="text-sm font-medium"
          data-testid="portal-message-setting-state"
        >
          {setting.enabled ? t("on") : t("off")}
        </p>
        {state.status === "error" && (
          <p role="alert" className="text-sm text-berry-700">
            {t("failed", { message: state.message })}
          </p>
        )}
      </div>
      <button
        type="submit"
        disabled={pending}
        className="min-h-11 rounded-xl border border-leaf-700 px-4 font-semibold text-leaf-800 disabled:opacity-60"
      >
        {setting.enabled ? t("turnOff") : t("turnOn")}
      </button>
    </form>
  )
}
