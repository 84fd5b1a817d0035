package constraints

const Z = 3
