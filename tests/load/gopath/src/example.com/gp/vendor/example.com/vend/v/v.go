package v

const V = 2
