package constraints

const ALinux = 1
