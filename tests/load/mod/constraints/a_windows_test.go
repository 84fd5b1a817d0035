package constraints

const AWindowsTest = 1
