"use client"

import { useTranslations } from "next-intl"
import { useState } from "react"
import type { Locale } from "@/i18n/routing"
import PhoneSignUpForm from "../phone-sign-up-form"
import SignUpForm from "../sign-up-form"

const CHOICES = [
  { value: "email", testId: "sign-up-with-email", label: "withEmail" },
  { value: "phone", testId: "sign-up-with-phone", label: "withPhone" },
] as const

/**
 * Where the market has Zalo, a shopper without an email signs up with their phone instead: the
 * two ways side by side, email first as everywhere else.
 */
export default function SignUpChoice({ locale }: { locale: Locale }) {
  const t = useTranslations("account.phoneSignUp")
  const [way, setWay] = useState<"email" | "phone">("email")
  return (
    <div className="space-y-4">
      <div
        role="group"
        aria-label={t("choiceLabel")}
        className="grid grid-cols-2 gap-2 rounded-xl bg-stone-100 p-1"
      >
        {CHOICES.map((choice) => (
          <button
            key={choice.value}
            type="button"
            aria-pressed={way === choice.value}
            onClick={() => setWay(choice.value)}
            data-testid={choice.testId}
            className="min-h-12 rounded-lg px-3 text-base font-semibold text-stone-700 aria-pressed:bg-white aria-pressed:text-leaf-800 aria-pressed:shadow-sm"
          >
            {t(choice.label)}
          </button>
        ))}
      </div>
      {way === "email" ? (
        <SignUpForm locale={locale} />
      ) : (
        <PhoneSignUpForm locale={locale} />
      )}
    </div>
  )
}
