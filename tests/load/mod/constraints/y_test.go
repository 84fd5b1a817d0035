package constraints

const YTest = 1
