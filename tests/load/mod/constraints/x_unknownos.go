package constraints

const Unknown = 1
