export * from "./create-onboarder-account"
export * from "./deactivate-onboarder"
export * from "./remove-producer-member"
