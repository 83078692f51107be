import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { routing } from "@/i18n/routing"
import "./globals.css"

// Requests outside any locale (proxy.ts normally redirects them) end here,
// so the page speaks both languages.
export default async function GlobalNotFound() {
  const texts = await Promise.all(
    routing.locales.map(async (locale) => ({
      locale,
      t: await getTranslations({ locale, namespace: "notFound" }),
    }))
  )
  return (
    <html lang={routing.defaultLocale}>
      <body className="font-sans">
        <main
          data-testid="not-found"
          className="mx-auto flex min-h-screen max-w-xl flex-col items-center justify-center gap-6 p-6 text-center"
        >
          {texts.map(({ locale, t }) => (
            <section key={locale} lang={locale} className="space-y-2">
              <h1 className="text-2xl font-semibold text-leaf-800">
                {t("title")}
              </h1>
              <Link className="text-leaf-700 underline" href={`/${locale}`}>
                {t("backHome")}
              </Link>
            </section>
          ))}
        </main>
      </body>
    </html>
  )
}
