import type { Locale } from "@/i18n/routing"
import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { InviteView } from "@/lib/data/portal/invite"
import AcceptInviteForm from "../components/accept-invite-form"

/** The invite link's page: whose shop it joins and a password, or why the link no longer works. */
export default async function AcceptInviteTemplate({
  invite,
  token,
  locale,
}: {
  invite: InviteView
  token: string
  locale: Locale
}) {
  const t = await getTranslations({
    locale,
    namespace: "onboarding.acceptInvite",
  })
  return (
    <div
      className="mx-auto max-w-md space-y-6 px-4 py-8"
      data-testid="accept-invite"
    >
      <h1 className="text-2xl font-bold text-leaf-800">{t("title")}</h1>
      {invite.status === "open" ? (
        <>
          <p className="text-lg" data-testid="accept-invite-producer">
            {t("intro", { name: invite.producerName })}
          </p>
          <p className="text-base text-stone-700">
            {t("email", { email: invite.email })}
          </p>
          <AcceptInviteForm link={{ locale, token, email: invite.email }} />
        </>
      ) : (
        <>
          <p
            role="alert"
            className="rounded-lg bg-berry-500/10 p-3 text-base text-berry-600"
            data-testid="accept-invite-unavailable"
            data-reason={invite.status}
          >
            {t(invite.status)}
          </p>
          <Link
            href="/portal/sign-in"
            className="block min-h-12 py-3 text-base text-leaf-700 underline"
          >
            {t("signIn")}
          </Link>
        </>
      )}
    </div>
  )
}
