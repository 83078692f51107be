import { getTranslations } from "next-intl/server"
import type { Locale } from "@/i18n/routing"
import { absoluteUrl } from "@/lib/site"
import ShareButton from "../share-button"

/** The share button of a catalogue page, with its public address and words in `locale`. */
export default async function PageShare({
  locale,
  path,
  title,
}: {
  locale: Locale
  /** The page's path without the locale ("/products/dau-tay"). */
  path: string
  title: string
}) {
  const t = await getTranslations({ locale, namespace: "share" })
  return (
    <ShareButton
      url={absoluteUrl(`/${locale}${path === "/" ? "" : path}`)}
      title={title}
      labels={{
        share: t("share"),
        zalo: t("zalo"),
        facebook: t("facebook"),
        copy: t("copy"),
        copied: t("copied"),
        copiedForZalo: t("copiedForZalo"),
        copyFailed: t("copyFailed"),
      }}
    />
  )
}
