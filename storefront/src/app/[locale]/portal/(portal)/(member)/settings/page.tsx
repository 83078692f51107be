import { hasLocale } from "next-intl"
import { setRequestLocale } from "next-intl/server"
import { notFound } from "next/navigation"
import { routing } from "@/i18n/routing"
import { getNotificationSettings } from "@/lib/data/portal/notification-settings"
import SettingsTemplate from "@/modules/portal/templates/settings-template"

type Props = { params: Promise<{ locale: string }> }

export default async function PortalSettingsPage({ params }: Props) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  const settings = await getNotificationSettings(locale)
  return <SettingsTemplate settings={settings} locale={locale} />
}
