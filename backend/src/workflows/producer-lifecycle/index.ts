export * from "./submit-producer"
export * from "./verify-producer"
export * from "./suspend-producer"
export * from "./reinstate-producer"
