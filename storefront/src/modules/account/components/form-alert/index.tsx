/** The one line under an account form that says what went wrong. */
export default function FormAlert({
  testId,
  children,
}: {
  testId: string
  children: string
}) {
  return (
    <p
      role="alert"
      data-testid={testId}
      className="rounded-lg bg-berry-500/10 p-3 text-base text-berry-600"
    >
      {children}
    </p>
  )
}
