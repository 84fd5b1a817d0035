package lib

const Y = 2
