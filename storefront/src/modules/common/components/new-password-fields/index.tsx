import type { Locale } from "@/i18n/routing"

/** What a form opened from an emailed link (invite, password reset) carries back. */
export interface EmailedLink {
  locale: Locale
  token: string
  email: string
}

/**
 * The link's token and email as hidden fields, and the new password (at least 8 characters,
 * as Medusa's emailpass provider wants), labelled so the phone's password manager offers one.
 */
export default function NewPasswordFields({
  link,
  label,
  inputClass,
  testId,
}: {
  link: EmailedLink
  label: string
  inputClass: string
  testId?: string
}) {
  return (
    <>
      <input type="hidden" name="locale" value={link.locale} />
      <input type="hidden" name="token" value={link.token} />
      <input type="hidden" name="email" value={link.email} />
      {/* Lets the password manager store the new password under the right account. */}
      <input
        type="hidden"
        name="username"
        autoComplete="username"
        value={link.email}
      />
      <label className="block space-y-1">
        <span className="text-base font-medium">{label}</span>
        <input
          name="password"
          type="password"
          autoComplete="new-password"
          minLength={8}
          required
          className={inputClass}
          data-testid={testId}
        />
      </label>
    </>
  )
}
