package constraints

const AWindows = 1
