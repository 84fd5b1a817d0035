package constraints

const ALinuxTest = 1
