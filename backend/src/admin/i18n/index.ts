// Texts of our Medusa Admin extensions, per admin language (Medusa ≥ 2.11.1 merges them into
// the dashboard's react-i18next resources). Each extension keeps its keys under its own name.
import bankTransfersEn from "./bank-transfers-en"
import bankTransfersVi from "./bank-transfers-vi"
import en from "./json/en.json"
import vi from "./json/vi.json"
import messagesEn from "./messages-en"
import messagesVi from "./messages-vi"
import producersEn from "./producers-en"
import producersVi from "./producers-vi"

export default {
  en: {
    translation: { ...en, ...producersEn, ...bankTransfersEn, ...messagesEn },
  },
  vi: {
    translation: { ...vi, ...producersVi, ...bankTransfersVi, ...messagesVi },
  },
}
