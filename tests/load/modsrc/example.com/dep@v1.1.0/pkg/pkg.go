package pkg

import "example.com/transitive"

const Version = "v1.1.0"

var T = transitive.Name
