package transitive

const Name = "transitive"
