package constraints

const ADarwinArm64 = 1
