import { NextIntlClientProvider } from "next-intl"
import type { ComponentProps } from "react"
import type { ReactNode } from "react"
import type { Locale } from "@/i18n/routing"
import Footer from "../components/footer"
import Header from "../components/header"

/** The whole page around any content: the language, the site header and the footer. */
export default function SiteDocument({
  locale,
  intl,
  children,
}: {
  locale: Locale
  /** What client components below need: their messages (the header needs none), and more. */
  intl: Omit<
    ComponentProps<typeof NextIntlClientProvider>,
    "locale" | "children"
  >
  children: ReactNode
}) {
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col font-sans">
        <NextIntlClientProvider locale={locale} {...intl}>
          <Header locale={locale} />
          <main id="main" className="flex-1">
            {children}
          </main>
          <Footer locale={locale} />
        </NextIntlClientProvider>
      </body>
    </html>
  )
}
