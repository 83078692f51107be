import { Container, Heading } from "@medusajs/ui"

/** One titled block of the producer detail page. */
export const Section = ({
  title,
  children,
}: {
  title: string
  children: React.ReactNode
}) => (
  <Container className="flex flex-col gap-2 px-6 py-4">
    <Heading level="h2">{title}</Heading>
    {children}
  </Container>
)
