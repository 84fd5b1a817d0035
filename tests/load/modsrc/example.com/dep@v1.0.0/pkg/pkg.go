package pkg

// Version is the old one: the build list must select v1.1.0.
const Version = "v1.0.0"
