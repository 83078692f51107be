import { foldVietnamese } from "./_fold"

// Vietnamese product words and their English names: a shopper typing either finds
// the product. Engines that match synonyms (Meilisearch) read these; search-postgres finds
// the English names through the `*_en` fields instead.
const GROUPS: string[][] = [
  ["dâu tây", "strawberry", "strawberries"],
  ["hồng", "persimmon", "persimmons"],
  ["hồng treo gió", "wind-dried persimmon", "wind dried persimmons"],
  ["chuối", "banana", "bananas"],
  ["ớt", "chilli", "chili", "pepper", "peppers"],
  ["bí", "squash", "pumpkin"],
  ["bí mì sợi", "spaghetti squash"],
  ["cần tây", "celery"],
  ["bột cần tây", "celery powder"],
  ["cà phê", "coffee"],
  ["đậu đỏ", "red bean", "red beans", "adzuki"],
  ["mứt", "jam", "preserve"],
  ["sấy", "dried"],
  ["hoa", "flower", "flowers"],
  ["trà", "tea"],
  ["mật ong", "honey"],
  ["rau", "vegetable", "vegetables"],
  ["trái cây", "fruit", "fruits"],
]

/** Each group with the unmarked spelling shoppers type on phones ("dau tay") added. */
export const PRODUCT_SYNONYMS: string[][] = GROUPS.map((group) => [
  ...new Set(group.flatMap((word) => [word, foldVietnamese(word)])),
])
