import { NextIntlClientProvider } from "next-intl"
import { getMessages, getTranslations } from "next-intl/server"
import type { Locale } from "@/i18n/routing"
import type { NotificationSetting } from "@/lib/data/portal/notification-settings"
import MessageSettingForm from "../components/message-setting-form"

/** The emails a member receives, each of which they may turn off (all on at first). */
export default async function SettingsTemplate({
  settings,
  locale,
}: {
  settings: NotificationSetting[]
  locale: Locale
}) {
  const t = await getTranslations({ locale, namespace: "portal.settings" })
  const messages = await getMessages({ locale })
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-bold text-leaf-800">{t("title")}</h1>
        <p className="text-base text-stone-600">{t("intro")}</p>
      </header>
      <NextIntlClientProvider
        locale={locale}
        messages={{ portal: { settings: messages.portal.settings } }}
      >
        <ul className="space-y-3">
          {settings.map((setting) => (
            <li key={setting.kind}>
              <MessageSettingForm setting={setting} locale={locale} />
            </li>
          ))}
        </ul>
      </NextIntlClientProvider>
    </div>
  )
}
