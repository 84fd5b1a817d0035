package constraints

const AArm64 = 1
